"""The OpenAPI document as integrators read it: stable, readable ``operationId``s and
schema names.

FastAPI derives an operation's id from its function and path
(``upload_v1_jobs__job_id__applications_post``) and names a form body after that id
(``Body_upload_v1_…``): both change whenever a handler is renamed and read badly in
generated clients. Here the id of every public route is fixed in ``OPERATION_IDS`` by
method and path — the contract — and a route missing from it gets its function's name in
camelCase; a form body is named ``<OperationId>Form``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

OPERATION_IDS: dict[tuple[str, str], str] = {
    ("GET", "/healthz"): "getLiveness",
    ("GET", "/readyz"): "getReadiness",
    ("POST", "/v1/parse"): "parseResume",
    ("POST", "/v1/screen"): "screenResumes",
    ("POST", "/v1/jobs"): "createJob",
    ("GET", "/v1/jobs"): "listJobs",
    ("GET", "/v1/jobs/{job_id}"): "getJob",
    ("PATCH", "/v1/jobs/{job_id}"): "updateJob",
    ("DELETE", "/v1/jobs/{job_id}"): "deleteJob",
    ("POST", "/v1/jobs/{job_id}/rescreen"): "rescreenJob",
    ("POST", "/v1/jobs/{job_id}/applications"): "uploadApplication",
    ("POST", "/v1/jobs/{job_id}/applications/text"): "uploadApplicationText",
    ("GET", "/v1/jobs/{job_id}/applications"): "listApplications",
    ("GET", "/v1/applications/{application_id}"): "getApplication",
    ("DELETE", "/v1/applications/{application_id}"): "deleteApplication",
    ("POST", "/v1/webhooks"): "createWebhook",
    ("GET", "/v1/webhooks"): "listWebhooks",
    ("GET", "/v1/webhooks/{webhook_id}"): "getWebhook",
    ("PATCH", "/v1/webhooks/{webhook_id}"): "updateWebhook",
    ("DELETE", "/v1/webhooks/{webhook_id}"): "deleteWebhook",
    ("POST", "/v1/webhooks/{webhook_id}/rotate"): "rotateWebhookSecret",
    ("POST", "/v1/webhooks/{webhook_id}/test"): "sendTestWebhook",
    ("GET", "/v1/webhooks/{webhook_id}/deliveries"): "listWebhookDeliveries",
    ("GET", "/v1/webhooks/{webhook_id}/deliveries/{delivery_id}"): "getWebhookDelivery",
    (
        "POST",
        "/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    ): "redeliverWebhookDelivery",
    ("GET", "/v1/keys"): "listKeys",
    ("POST", "/v1/keys"): "createKey",
    ("GET", "/v1/keys/{key_id}"): "getKey",
    ("DELETE", "/v1/keys/{key_id}"): "revokeKey",
    # issue 14: history, replay, rule-set versions, decisions, the audit and its log
    ("GET", "/v1/applications/{application_id}/screenings"): "listScreenings",
    ("GET", "/v1/applications/{application_id}/screenings/{number}"): "getScreening",
    ("GET", "/v1/applications/{application_id}/screenings/{number}/replay"): "replayScreening",
    ("GET", "/v1/applications/{application_id}/screenings/{number}/input"): "getScreeningInput",
    ("GET", "/v1/jobs/{job_id}/rules/versions"): "listRuleVersions",
    ("GET", "/v1/jobs/{job_id}/rules/versions/{number}"): "getRuleVersion",
    ("POST", "/v1/applications/{application_id}/decisions"): "createDecision",
    ("GET", "/v1/applications/{application_id}/decisions"): "listDecisions",
    ("GET", "/v1/applications/{application_id}/decisions/{decision_id}"): "getDecision",
    ("GET", "/v1/jobs/{job_id}/audit"): "getJobAudit",
    ("POST", "/v1/jobs/{job_id}/audit"): "auditJob",
    ("GET", "/v1/audit/settings"): "getAuditSettings",
    ("PUT", "/v1/audit/settings"): "updateAuditSettings",
    ("GET", "/v1/audit-log"): "exportAuditLog",
    # issue 12: authoring aids
    ("GET", "/v1/skills"): "searchSkills",
    ("GET", "/v1/certifications"): "searchCertifications",
    ("POST", "/v1/rules/draft"): "draftRules",
}


def camel(name: str) -> str:
    """``list_rule_versions`` → ``listRuleVersions``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def operation_id(route: APIRoute) -> str:
    """The ``operationId`` of ``route`` (FastAPI's ``generate_unique_id_function``)."""
    for method in sorted(route.methods or ()):
        found = OPERATION_IDS.get((method, route.path_format))
        if found is not None:
            return found
    return camel(route.name)


def install(app: FastAPI) -> None:
    """Name form bodies after their operation in ``app``'s OpenAPI document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            _rename_bodies(FastAPI.openapi(app))
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def _rename_bodies(schema: dict[str, Any]) -> None:
    schemas: dict[str, Any] = schema.get("components", {}).get("schemas", {})
    renamed = {
        name: f"{name[5:6].upper()}{name[6:]}Form" for name in schemas if name.startswith("Body_")
    }
    for old, new in renamed.items():
        body = schemas.pop(old)
        body["title"] = new
        schemas[new] = body
    refs = {
        f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renamed.items()
    }
    _replace_refs(schema, refs)


def _replace_refs(node: Any, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _replace_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _replace_refs(value, refs)
