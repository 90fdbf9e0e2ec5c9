"""``mount_web(app)``: add the web application to the API's FastAPI app (pages at ``/``,
assets at ``/static``, Swagger UI at ``/docs``)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.web import docs, routes_auth, routes_candidates, routes_jobs, upload
from api.web.auth import LoginThrottle
from api.web.pages import HERE, install_handlers


def mount_web(app: FastAPI) -> None:
    """Serve the recruiters' pages, their assets and the API docs from ``app``."""
    app.state.login_throttle = LoginThrottle()
    install_handlers(app)
    for module in (routes_auth, routes_jobs, routes_candidates, upload, docs):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
