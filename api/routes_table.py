"""What the ASGI layers need to know about a route before the application sees it: its
body cap, whether it needs a key (and which scope) or the parse workers."""

from __future__ import annotations

import re

from api.settings import ApiSettings

MULTIPART_OVERHEAD = 64 * 1024  # part headers and small fields beside the files
_JOB_ID = r"[^/]+"
_PARSE = re.compile(r"^/v1/parse/?$")
_SCREEN = re.compile(r"^/v1/screen/?$")
_DRAFT = re.compile(r"^/v1/rules/draft/?$")  # a posting, drafted in a parse worker
_KEYS = re.compile(r"^/v1/keys(/.*)?$")
_AUDIT_LOG = re.compile(r"^/v1/audit-log/?$")  # the decision log: admin keys only
_AUDIT_SETTINGS = re.compile(r"^/v1/audit/settings/?$")
_UPLOAD = re.compile(rf"^/v1/jobs/{_JOB_ID}/applications/?$")
_WEB_UPLOAD = re.compile(rf"^/jobs/{_JOB_ID}/upload/?$")  # the web application's upload form
_WEB_RULES = re.compile(rf"^/jobs(/{_JOB_ID}/rules)?/?$")  # forms that may carry a rule file
# Routes whose work is a parse: admitted (or refused busy) before their body is read. The
# multipart upload is admitted in its handler, once it knows it screens before answering.
_WORK = [
    _PARSE,
    _SCREEN,
    _DRAFT,
    re.compile(rf"^/v1/jobs/{_JOB_ID}/applications/text/?$"),
    re.compile(rf"^/v1/jobs/{_JOB_ID}/rescreen/?$"),
]


def needs_key(path: str) -> bool:
    """Every ``/v1`` route needs an API key."""
    return path == "/v1" or path.startswith("/v1/")


def required_scope(method: str, path: str) -> str:
    """The least key scope ``method path`` needs: ``admin`` for the keys themselves, the
    decision log's export and a change of the audit settings (whether demographics are
    kept); ``read`` to look (and for the stateless screen and parse, which store nothing),
    ``write`` for every other change."""
    if _KEYS.match(path) or _AUDIT_LOG.match(path):
        return "admin"
    if _AUDIT_SETTINGS.match(path) and method not in ("GET", "HEAD", "OPTIONS"):
        return "admin"
    if method in ("GET", "HEAD", "OPTIONS") or any(
        p.match(path) for p in (_PARSE, _SCREEN, _DRAFT)
    ):
        return "read"
    return "write"


def uses_workers(method: str, path: str) -> bool:
    """True for the routes admitted to the parse workers before their body is read."""
    return method == "POST" and any(pattern.match(path) for pattern in _WORK)


def body_cap(method: str, path: str, settings: ApiSettings) -> int:
    """The largest body ``method path`` accepts: files × the per-file limit for uploads,
    ``max_json_bytes`` for everything else."""
    per_file = settings.limits.max_bytes
    files = settings.max_files_per_request
    if method == "POST":
        if _PARSE.match(path) or _DRAFT.match(path):  # one file, or its text as JSON
            return per_file + MULTIPART_OVERHEAD
        if _SCREEN.match(path):  # the rules field may hold an inline rule set
            return files * per_file + settings.max_json_bytes + MULTIPART_OVERHEAD
        if _UPLOAD.match(path) or _WEB_UPLOAD.match(path):
            return files * per_file + MULTIPART_OVERHEAD
        if _WEB_RULES.match(path):
            return settings.max_json_bytes + MULTIPART_OVERHEAD
    return settings.max_json_bytes
