"""``/v1/keys``: an organisation's API keys, managed with one of its ``admin`` keys
(``api.gate`` refuses any other scope with 403 before the body is read).

The plaintext of a key is in the answer to its creation only; ``Idempotency-Key`` is not
honoured here, because replaying that answer would mean storing the key in clear. A
revoked key is refused (401) from the next request on, on every server.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response
from fastapi.responses import JSONResponse

from api.db.keys import issue_key, org_key, org_keys
from api.db.models import utcnow
from api.deps import OrgDep, SessionDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_keys import KeyCreated, KeyIn, KeyList, KeyOut, key_out

router = APIRouter(prefix="/v1/keys", tags=["keys"], route_class=NestingLimitedRoute)
NOT_FOUND = "No such key."


@router.get("", response_model=KeyList, responses=PROBLEMS)
def list_keys(org: OrgDep, session: SessionDep) -> KeyList:
    """The organisation's keys, oldest first, revoked ones included."""
    return KeyList(items=[key_out(row) for row in org_keys(session, org)])


@router.post("", status_code=201, response_model=KeyCreated, responses=PROBLEMS)
def create_key(body: KeyIn, org: OrgDep, session: SessionDep) -> JSONResponse:
    """Create a key; its secret is in this answer only."""
    row, key = issue_key(session, org, scope=body.scope, expires_at=body.expires_at, name=body.name)
    created = KeyCreated(**key_out(row).model_dump(), key=key)
    headers = {"Location": f"/v1/keys/{row.id}", "Cache-Control": "no-store"}
    return JSONResponse(created.model_dump(mode="json"), status_code=201, headers=headers)


@router.get("/{key_id}", response_model=KeyOut, responses=PROBLEMS)
def get_key(key_id: str, org: OrgDep, session: SessionDep) -> KeyOut:
    """One key."""
    row = org_key(session, org, key_id)
    if row is None:
        raise HTTPException(404, NOT_FOUND)
    return key_out(row)


@router.delete("/{key_id}", status_code=204, responses=PROBLEMS)
def revoke_key(key_id: str, org: OrgDep, session: SessionDep) -> Response:
    """Revoke a key: every request with it is refused (401) from now on. Revoking a key
    already revoked changes nothing."""
    row = org_key(session, org, key_id)
    if row is None:
        raise HTTPException(404, NOT_FOUND)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
    return Response(status_code=204)
