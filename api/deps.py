"""``Annotated`` dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api.db.session import session_scope
from api.engine import Engine
from api.settings import ApiSettings

_bearer = HTTPBearer(auto_error=False, description="An API key: Authorization: Bearer scr_…")


def get_settings(request: Request) -> ApiSettings:
    """The server's settings."""
    settings: ApiSettings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    """The shared pool of parse workers."""
    engine: Engine = request.app.state.engine
    return engine


def get_session(request: Request) -> Iterator[Session]:
    """A database session for the request, committed on success."""
    with session_scope(request.app.state.session_factory) as session:
        yield session


# scope="function": the session commits before the response is sent, so a client that
# gets 201/204 always finds the change (by default FastAPI exits yield dependencies after).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def current_org(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The id of the organisation whose API key authorised the request, or 401."""
    from api.db.repository import org_for_key

    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "An API key is required: Authorization: Bearer <key>.")
    org = org_for_key(session, credentials.credentials)
    if org is None:
        raise HTTPException(401, "The API key is not valid.")
    return org.id


OrgDep = Annotated[str, Depends(current_org)]
