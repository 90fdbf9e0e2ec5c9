"""Webhooks (Standard Webhooks): endpoints an organisation registers, an outbox of
deliveries written in the same transaction as the event, and a loop that sends them.

- ``events``: the event types and the bodies sent for them (pure);
- ``outbox``: deliveries enqueued in the caller's transaction, erased with their subject;
- ``endpoints``: endpoints and their delivery log, scoped to one organisation;
- ``ssrf``: which URLs may be called (http/https to public addresses only, by default);
- ``signing``: secrets and the ``webhook-*`` headers, made by ``standardwebhooks``;
- ``sending``: one attempt over HTTP (httpx), pinned to the address that was checked;
- ``delivery``: the loop that sends due deliveries, with backoff, and records each try.
"""
