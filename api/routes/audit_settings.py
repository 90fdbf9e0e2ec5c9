"""``/v1/audit/settings``: whether the demographics posted for an audit are kept.

Off by default: a posted CSV is used for its one report and forgotten. Turning
``store_demographics`` on keeps the values with the applications they matched
(``api.db.audit_data``), so ``GET /v1/jobs/{id}/audit`` can report on them; turning it off
erases every value kept. Changing it needs an ``admin`` key (``api.routes_table``).
"""

from __future__ import annotations

from fastapi import APIRouter

from api.db import audit_data
from api.deps import OrgDep, SessionDep
from api.json_nesting import NestingLimitedRoute
from api.schemas import PROBLEMS
from api.schemas_history import AuditSettingsIn, AuditSettingsOut

router = APIRouter(prefix="/v1", tags=["audit"], route_class=NestingLimitedRoute)


@router.get("/audit/settings", response_model=AuditSettingsOut, responses=PROBLEMS)
def get_audit_settings(org: OrgDep, session: SessionDep) -> AuditSettingsOut:
    """Whether demographics uploaded for audits are kept."""
    return AuditSettingsOut(
        store_demographics=audit_data.stores_demographics(session, org),
        stored=audit_data.count_stored(session, org),
    )


@router.put("/audit/settings", response_model=AuditSettingsOut, responses=PROBLEMS)
def update_audit_settings(
    body: AuditSettingsIn, org: OrgDep, session: SessionDep
) -> AuditSettingsOut:
    """Turn keeping demographics on or off; off erases every one kept."""
    stored = audit_data.set_store_demographics(session, org, body.store_demographics)
    return AuditSettingsOut(store_demographics=body.store_demographics, stored=stored)
