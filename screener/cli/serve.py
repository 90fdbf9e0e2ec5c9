"""``screener serve``: the HTTP API on uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def serve_cli(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    log_format: Annotated[
        str, typer.Option(help="json (one object per line) or text (uvicorn's own).")
    ] = "json",
) -> None:
    """Serve the HTTP API (settings from SCREENER_* environment variables)."""
    import uvicorn

    from api.json_logs import log_config
    from api.main import create_app

    if log_format not in ("json", "text"):
        raise typer.BadParameter("give json or text", param_hint="--log-format")
    config = log_config(log_level) if log_format == "json" else uvicorn.config.LOGGING_CONFIG
    uvicorn.run(create_app(), host=host, port=port, log_level=log_level, log_config=config)
