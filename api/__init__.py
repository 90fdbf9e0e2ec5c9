"""Screener's HTTP API: FastAPI application and its SQLAlchemy storage."""
