"""The error statuses each route documents: the ones it can really give, and no other.

Most follow from what a route is, read from the OpenAPI operation itself and from
``api.routes_table``:

- every ``/v1`` route: 401 (no, a wrong, revoked or expired key), 429 (the key's rate
  limit, or too many wrong keys from one address) and 503 (the database busy while the
  key is looked up) — ``api.gate``;
- 403 only where the route needs more than the ``read`` scope every key has
  (``routes_table.required_scope``);
- 422 for a route with a body or a parameter FastAPI can refuse (FastAPI's validation:
  a plain string in the path cannot fail), 404 for one with a
  path parameter (the resource, or another organisation's), 409 for one that takes an
  ``Idempotency-Key`` (reused for another request);
- a body: 400 (not parseable as JSON or multipart) and 413 (over the route's cap,
  ``api.body_limit``);
- a route admitted to the parse workers (``routes_table.uses_workers``): 429 and 503 from
  the admission queue, already in every ``/v1`` route's set.

What only the route's own code knows is in ``ROUTE_ERRORS``, by method and path.
"""

from __future__ import annotations

from typing import Any

from api.routes_table import needs_key, required_scope

PROBLEM_REF = "#/components/schemas/Problem"
_NOTES = ("title", "description", "default", "examples")
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")

DESCRIPTIONS: dict[int, str] = {
    400: "Malformed body (not JSON, not multipart)",
    401: "Missing, invalid, revoked or expired API key (unauthorized)",
    403: "The API key's scope does not allow this (insufficient_scope)",
    404: "Not found (or another organisation's)",
    409: "A conflict: see the route for which",
    413: "Body or file too large (too_large, too_many_pages, text_too_long, ...)",
    415: "Unsupported file type (unsupported_format, type_mismatch)",
    422: "Invalid request, rules or file (invalid_request, invalid_rules, corrupt, ...)",
    429: "Too many requests (rate_limited, too_many_attempts, or busy: the organisation's "
    "share of the queue): retry after Retry-After",
    503: "Busy (the admission queue or the database): retry after Retry-After",
}

# What a route's own code adds, with why (a status listed here is one a test can reach).
ROUTE_ERRORS: dict[tuple[str, str], dict[int, str]] = {
    ("POST", "/v1/parse"): {415: DESCRIPTIONS[415]},
    ("POST", "/v1/screen"): {
        404: "No bundled rule set has this id, or the rules field is not JSON (rules_not_found)",
        415: DESCRIPTIONS[415],
    },
    ("POST", "/v1/rules/draft"): {415: DESCRIPTIONS[415]},
    ("POST", "/v1/jobs"): {404: "No bundled rule set has this id (rules_not_found)"},
    ("POST", "/v1/jobs/{job_id}/applications"): {415: DESCRIPTIONS[415]},
    # the caller's file name picks the reader: a .pdf name over text is a type mismatch
    ("POST", "/v1/jobs/{job_id}/applications/text"): {415: DESCRIPTIONS[415]},
    ("GET", "/v1/applications/{application_id}"): {
        409: "format=jsonresume and the application has no profile (not screened, or unreadable)"
    },
    ("GET", "/v1/applications/{application_id}/screenings/{number}/input"): {
        409: "The screening's input is no longer kept"
    },
    ("GET", "/v1/applications/{application_id}/screenings/{number}/replay"): {
        409: "The screening failed, or its input is no longer kept: nothing to replay"
    },
    ("GET", "/v1/jobs/{job_id}/audit"): {
        409: "No demographics are kept for this job's applications"
    },
}


def route_errors(method: str, path: str, operation: dict[str, Any]) -> dict[int, str]:
    """The error statuses ``method path`` can give, each with its description."""
    if not needs_key(path):
        return {}
    statuses = {401, 429, 503}
    if required_scope(method, path) != "read":
        statuses.add(403)
    parameters = operation.get("parameters", [])
    if "requestBody" in operation or any(_can_fail(p) for p in parameters):
        statuses.add(422)
    if any(p.get("in") == "path" for p in parameters):
        statuses.add(404)
    if any(p.get("in") == "header" and p.get("name") == "Idempotency-Key" for p in parameters):
        statuses.add(409)
    if "requestBody" in operation:
        statuses |= {400, 413}
    found = {status: DESCRIPTIONS[status] for status in statuses}
    if 409 in found:
        found[409] = "This Idempotency-Key was used for another request"
    extra = ROUTE_ERRORS.get((method, path), {})
    if 409 in extra and 409 in found:
        extra = {**extra, 409: f"{found[409]}; or: {extra[409]}"}
    return dict(sorted((found | extra).items()))


def _can_fail(parameter: dict[str, Any]) -> bool:
    """Whether FastAPI can refuse ``parameter``: one required outside the path (it may be
    missing), or one typed more narrowly than any string (a number, a date, an enum, a
    length)."""
    if parameter.get("required") and parameter.get("in") != "path":
        return True
    schema = {k: v for k, v in parameter.get("schema", {}).items() if k not in _NOTES}
    return schema not in ({"type": "string"}, {"anyOf": [{"type": "string"}, {"type": "null"}]})


def problem_response(description: str) -> dict[str, Any]:
    """A documented problem+json answer."""
    schema = {"$ref": PROBLEM_REF}
    return {"description": description, "content": {"application/problem+json": {"schema": schema}}}


def document_errors(schema: dict[str, Any]) -> None:
    """Give every operation of ``schema`` exactly the error statuses it can give: drop the
    problem answers (and FastAPI's default 422) it cannot give, add those it lacks."""
    for path, item in schema.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if not needs_key(path):
                continue  # health and the web pages document their own
            errors = route_errors(method.upper(), path, operation)
            responses: dict[str, Any] = operation.setdefault("responses", {})
            for documented in [s for s in responses if s[:1] in ("4", "5")]:
                if int(documented) not in errors:
                    del responses[documented]
            for status, description in errors.items():
                responses[str(status)] = problem_response(description)
            operation["responses"] = dict(sorted(responses.items()))
