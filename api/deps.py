"""``Annotated`` dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from api.admission import Admission
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
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The id of the organisation whose API key authorised the request.

    ``api.gate.KeyGate`` checked the key on the headers, before the body was read, and
    left the organisation here; ``credentials`` only documents the scheme in OpenAPI.
    """
    org: str | None = getattr(request.state, "org_id", None)
    if org is None or credentials is None:
        raise HTTPException(401, "An API key is required: Authorization: Bearer <key>.")
    return org


OrgDep = Annotated[str, Depends(current_org)]


def get_session_factory(request: Request) -> sessionmaker[Session]:
    """The sessions' factory, for handlers that open short sessions in a thread."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


def get_admission(request: Request) -> Admission:
    """The admission queue in front of the parse workers."""
    admission: Admission = request.app.state.admission
    return admission


FactoryDep = Annotated[sessionmaker[Session], Depends(get_session_factory)]
AdmissionDep = Annotated[Admission, Depends(get_admission)]
