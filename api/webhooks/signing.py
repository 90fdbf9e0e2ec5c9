"""Secrets and the Standard Webhooks headers, made by the ``standardwebhooks`` library.

A secret is ``whsec_`` and 32 random bytes in base64, the form the Standard Webhooks
libraries read. Every attempt is signed afresh with the time it is sent (receivers
refuse a timestamp more than five minutes away), over the same ``webhook-id`` and body,
so a receiver can drop a message it has seen by its id.
"""

from __future__ import annotations

import base64
import secrets
from datetime import UTC, datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"


def new_secret() -> str:
    """A fresh signing secret, ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def signed_headers(secret: str, message_id: str, body: str, now: datetime) -> dict[str, str]:
    """The ``webhook-id``, ``webhook-timestamp`` and ``webhook-signature`` of ``body``
    sent at ``now`` (timezone-aware)."""
    moment = now.astimezone(UTC)
    signature = Webhook(secret).sign(message_id, moment, body)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signature,
    }
