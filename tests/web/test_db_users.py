"""Accounts and sessions in storage, on SQLite and PostgreSQL: only hashes are kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from api.db.migrate import upgrade
from api.db.models import User, WebSession, utcnow
from api.db.session import make_engine, make_session_factory, session_scope
from api.db.users import (
    UserExists,
    create_session,
    create_user,
    delete_session,
    purge_expired_sessions,
    session_for_token,
    user_by_email,
)
from api.web.passwords import hash_password, verify_password


def test_users_and_sessions(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    try:
        with session_scope(factory) as session:
            user = create_user(session, "Acme", " Ada@Example.org ", hash_password("s3cret-pass"))
            with pytest.raises(UserExists):
                create_user(session, "Other", "ada@example.org", hash_password("another-pass"))
            gone = create_user(session, "Acme", "gone@example.org", hash_password("s3cret-pass"))
            gone.disabled_at = utcnow()
            session.flush()
            with pytest.raises(UserExists):  # a disabled account still holds its address
                create_user(session, "Acme", "gone@example.org", hash_password("s3cret-pass"))
            token, row = create_session(session, user, hours=1)
            old, _ = create_session(session, user, hours=1)
            session.get(WebSession, _.id).expires_at = utcnow() - timedelta(minutes=1)  # type: ignore[union-attr]
        with session_scope(factory) as session:
            found = user_by_email(session, "ADA@example.org")
            assert found is not None
            assert found.email == "ada@example.org"
            assert verify_password(found.password_hash, "s3cret-pass")
            assert not verify_password(found.password_hash, "wrong-pass")
            assert found.password_hash.startswith("$argon2id$")
            stored = session.scalars(select(WebSession.token_hash)).all()
            assert token not in stored
            assert row.csrf_token
            live = session_for_token(session, token)
            assert live is not None
            assert live[2].name == "Acme"
            assert session_for_token(session, old) is None  # expired
            assert purge_expired_sessions(session) == 1
            delete_session(session, token)
            assert session_for_token(session, token) is None
            assert "s3cret-pass" not in str(session.scalars(select(User.password_hash)).all())
    finally:
        engine.dispose()
