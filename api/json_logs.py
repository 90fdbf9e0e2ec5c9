"""Structured logs: one JSON object per line, for a log pipeline to read.

``screener serve --log-format json`` (the default) installs :class:`JsonLogFormatter` on
uvicorn's and the API's loggers. A line holds the time, level, logger, message and, while
a request is served, its ``request_id``; uvicorn's access lines also carry ``method``,
``path`` (its query string already cut by ``request_id.QueryDropped``), ``status`` and
``client``. What is logged never includes a résumé's contents: the API logs ids, codes
and counts only.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

_ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")


class JsonLogFormatter(logging.Formatter):
    """Format a record as one JSON object on one line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as ``{"time", "level", "logger", "message", …}``."""
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id is not None:
            line["request_id"] = request_id
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            line.update(zip(_ACCESS_FIELDS, args, strict=True))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def log_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn: every line JSON on standard error."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    logger = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLogFormatter}},
        "handlers": {"default": handler},
        "loggers": dict.fromkeys(
            ("uvicorn", "uvicorn.error", "uvicorn.access", "api", "screener"), logger
        ),
    }
