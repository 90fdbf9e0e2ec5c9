"""Security headers on every response (a pure ASGI middleware).

- ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer`` everywhere;
- ``Cache-Control: no-store`` on ``/v1`` (answers there carry personal data);
- a Content-Security-Policy: HTML pages (the web application, ``/docs``) may load scripts,
  styles and images from this server only (no inline script, no other host) and post
  forms only to it; everything else (JSON) may load nothing and never be framed.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.routes_table import needs_key

# Pages (the web application and /docs) load scripts, styles and images from this server
# only, run no inline script, and post forms only here.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
DATA_CSP = "default-src 'none'; frame-ancestors 'none'"


class SecurityHeaders:
    """Add the security headers to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        private = needs_key(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                content_type = dict(headers).get(b"content-type", b"")
                page = content_type.startswith(b"text/html")
                wanted = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"content-security-policy", (PAGE_CSP if page else DATA_CSP).encode()),
                ]
                if private:
                    wanted.append((b"cache-control", b"no-store"))
                headers += [(name, value) for name, value in wanted if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
