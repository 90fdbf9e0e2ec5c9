"""``screener serve``: the HTTP API on uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def serve_cli(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the HTTP API (settings from SCREENER_* environment variables)."""
    import uvicorn

    from api.main import create_app

    uvicorn.run(create_app(), host=host, port=port, log_level=log_level)
