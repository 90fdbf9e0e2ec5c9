"""The API's interactive docs at ``/docs``: Swagger UI with every asset served by this
server (from the ``swagger-ui-bundle-v2`` package), so the page works offline and under a
Content-Security-Policy that allows no other host and no inline script."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from swagger_ui_bundle import swagger_ui_path

from api.web.pages import render

router = APIRouter(include_in_schema=False)
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    """Swagger UI over ``/openapi.json``."""
    return render(request, "docs.html", None, title="Screener API", openapi_url="/openapi.json")


@router.get("/docs/assets/{name}")
def docs_asset(name: str) -> Response:
    """One of Swagger UI's own files (only those the page uses)."""
    if name not in ASSETS:
        return Response(status_code=404)
    path = Path(str(swagger_ui_path)) / name
    return FileResponse(path, media_type=ASSETS[name], headers={"Cache-Control": "max-age=3600"})
