"""Password hashing with argon2id (argon2-cffi, RFC 9106 parameters): never stored plain.

``verify`` answers in about the same time whether or not the user exists (a dummy hash is
checked for an unknown e-mail), so the sign-in form does not reveal who has an account.
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
MAX_LENGTH = 1024  # argon2 takes any length; this bounds the work an attacker can ask for

_hasher = PasswordHasher()


def check_new_password(password: str) -> str | None:
    """Why ``password`` cannot be used, or None when it can."""
    if len(password) < MIN_LENGTH:
        return f"A password needs at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"A password may hold at most {MAX_LENGTH} characters."
    return None


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (salted; parameters kept inside the hash)."""
    return _hasher.hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("not a password anyone has")


def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored`` (None: no such user, still hashed once)."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(stored)
