"""The storage API in one place: every function takes a Session (and an organisation id
for tenant data; another organisation's rows are simply "not found")."""

from __future__ import annotations

from api.db.applications import (
    add_application,
    count_applications,
    delete_application,
    get_application,
    list_applications,
    list_summaries,
    pending_applications,
    purge_older_than,
    record_failure,
    record_screening,
)
from api.db.idempotency import (
    IdempotencyConflict,
    idempotent_response,
    purge_idempotency_older_than,
    purge_mentions,
    store_idempotent_response,
)
from api.db.jobs import (
    count_jobs,
    create_job,
    current_rule_set,
    delete_job,
    get_job,
    get_rule_set,
    list_jobs,
    list_rule_sets,
    set_job_archived,
    update_job_rules,
    update_job_title,
)
from api.db.keys import (
    create_api_key,
    create_org,
    get_org,
    hash_key,
    org_for_key,
    revoke_api_key,
)

__all__ = [
    "IdempotencyConflict",
    "add_application",
    "count_applications",
    "count_jobs",
    "create_api_key",
    "create_job",
    "create_org",
    "current_rule_set",
    "delete_application",
    "delete_job",
    "get_application",
    "get_job",
    "get_org",
    "get_rule_set",
    "hash_key",
    "idempotent_response",
    "list_applications",
    "list_jobs",
    "list_rule_sets",
    "list_summaries",
    "org_for_key",
    "pending_applications",
    "purge_idempotency_older_than",
    "purge_mentions",
    "purge_older_than",
    "record_failure",
    "record_screening",
    "revoke_api_key",
    "set_job_archived",
    "store_idempotent_response",
    "update_job_rules",
    "update_job_title",
]
