"""The OpenAPI document as integrators read it: stable, readable ``operationId``s and
schema names.

FastAPI derives an operation's id from its function and path
(``upload_v1_jobs__job_id__applications_post``) and names a form body after that id
(``Body_upload_v1_…``): both change whenever a handler is renamed and read badly in
generated clients. Here the id of every public route is fixed in ``OPERATION_IDS`` by
method and path — the contract — and a route missing from it gets its function's name in
camelCase; a form body is named ``<OperationId>Form``.

The document is then finished here: the inline ``rules`` a job or ``/v1/screen`` takes is
typed as the ``RuleSet`` schema (the server still reads it as a free object and answers
an invalid one 422 ``invalid_rules`` with its paths, as before), and every operation lists
exactly the error statuses it can give (``api.route_errors``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.route_errors import document_errors
from screener.requirements.models import RuleSet

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


RULE_SET_REF = "#/components/schemas/RuleSet"
BUNDLED_ID = {"type": "string", "description": "A bundled rule set's id (`screener rules list`)."}
# Where an inline rule set is taken: (schema, property, whether it may be null)
RULES_FIELDS = [("JobIn", "rules", True), ("JobPatch", "rules", True)]
FORM_RULES_FIELDS = [("ScreenResumesForm", "rules")]  # a form field: the rule set as JSON


def install(app: FastAPI) -> None:
    """Finish ``app``'s OpenAPI document: form bodies named after their operation, inline
    rules typed as ``RuleSet``, each operation's error statuses."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            _rename_bodies(schema)
            _type_rules(schema)
            document_errors(schema)
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


def _type_rules(schema: dict[str, Any]) -> None:
    """Add ``RuleSet`` (and the schemas it uses) to the components and type every inline
    ``rules`` by it: ``oneOf`` a bundled id or a ``RuleSet`` (as JSON text in a form)."""
    schemas: dict[str, Any] = schema.setdefault("components", {}).setdefault("schemas", {})
    rule_set = RuleSet.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, definition in {**rule_set.pop("$defs", {}), "RuleSet": rule_set}.items():
        if schemas.setdefault(name, definition) != definition:
            raise ValueError(f"two schemas are called {name!r}")
    for model, field, nullable in RULES_FIELDS:
        prop = schemas[model]["properties"][field]
        choices: list[dict[str, Any]] = [dict(BUNDLED_ID), {"$ref": RULE_SET_REF}]
        if nullable:
            choices.append({"type": "null"})
        described = {"description": prop["description"]} if "description" in prop else {}
        schemas[model]["properties"][field] = {"oneOf": choices, "title": "Rules", **described}
    for model, field in FORM_RULES_FIELDS:
        prop = schemas[model]["properties"][field]
        as_json = {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {"$ref": RULE_SET_REF},
            "description": "A rule set (the RuleSet schema) as JSON.",
        }
        schemas[model]["properties"][field] = {
            "anyOf": [dict(BUNDLED_ID), as_json],
            "title": prop.get("title", "Rules"),
            "description": prop.get("description", ""),
        }


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
