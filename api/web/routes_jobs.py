"""Jobs: the list (open and archived), creating one, its rules (seen and edited), archiving.

Every look-up goes through ``api.db.repository`` with the signed-in user's organisation:
another organisation's job is "not found" (404), exactly as for an API key.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from api.db import repository as repo
from api.db.session import session_scope
from api.deps import SessionDep
from api.web.auth import SignedIn, WebUser
from api.web.csrf import Protected
from api.web.pages import not_found, render, see_other
from api.web.rules_input import RulesProblem, as_yaml, bundled_choices, from_form, from_text
from screener.requirements.loading import LoadedRules

router = APIRouter(include_in_schema=False)
MAX_TITLE = 500


def _jobs_page(
    request: Request,
    session: Session,
    user: WebUser,
    status: int = 200,
    errors: dict[str, list[str]] | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    def summary(archived: bool) -> list[dict[str, Any]]:
        rows = repo.list_jobs(session, user.org_id, limit=500, archived=archived)
        return [
            {"job": job, "count": repo.count_applications(session, user.org_id, job.id)}
            for job in rows
        ]

    return render(
        request,
        "jobs.html",
        user,
        status,
        title="Jobs",
        open_jobs=summary(False),
        archived_jobs=summary(True),
        bundled=bundled_choices(),
        errors=errors or {},
        form=form or {"title": "", "rules": "ml-engineer"},
    )


@router.get("/jobs")
def jobs(request: Request, user: SignedIn, session: SessionDep) -> Response:
    """The organisation's jobs and the form to create one."""
    return _jobs_page(request, session, user)


def _create(factory: sessionmaker[Session], org: str, title: str, loaded: LoadedRules) -> str:
    with session_scope(factory) as session:
        return repo.create_job(session, org, title, loaded).id


@router.post("/jobs")
async def create_job(
    request: Request,
    user: Protected,
    title: Annotated[str, Form(max_length=2000)] = "",
    rules: Annotated[str, Form(max_length=200)] = "",
    rule_file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Create a job from a title and a bundled rule set or an uploaded rule file; on a
    problem, the form again with each error beside its field (422)."""
    errors: dict[str, list[str]] = {}
    clean = title.strip()
    if not clean:
        errors["title"] = ["Give the job a title."]
    elif len(clean) > MAX_TITLE or "\x00" in clean:
        errors["title"] = [f"A title holds at most {MAX_TITLE} characters and no NUL."]
    loaded = await from_form(rules, rule_file)
    if isinstance(loaded, RulesProblem):
        errors["rule_file" if rule_file is not None and rule_file.filename else "rules"] = (
            loaded.lines
        )
    factory: sessionmaker[Session] = request.app.state.session_factory
    if errors or isinstance(loaded, RulesProblem):
        form = {"title": title, "rules": rules}

        def page() -> Response:
            with session_scope(factory) as session:
                return _jobs_page(request, session, user, 422, errors, form)

        return await run_in_threadpool(page)
    job_id = await run_in_threadpool(_create, factory, user.org_id, clean, loaded)
    return see_other(f"/jobs/{job_id}")


@router.post("/jobs/{job_id}/archive")
def archive_job(
    request: Request,
    job_id: str,
    user: Protected,
    session: SessionDep,
    archived: Annotated[str, Form(max_length=10)] = "on",
) -> Response:
    """Archive a job (its candidates are kept) or reopen it."""
    job = repo.set_job_archived(session, user.org_id, job_id, archived == "on")
    if job is None:
        return not_found(request, user, "job")
    return see_other("/jobs" if archived == "on" else f"/jobs/{job_id}")


def _rules_page(
    request: Request,
    session: Session,
    user: WebUser,
    job_id: str,
    status: int = 200,
    text: str | None = None,
    errors: list[str] | None = None,
) -> Response:
    job = repo.get_job(session, user.org_id, job_id)
    if job is None:
        return not_found(request, user, "job")
    current = repo.current_rule_set(session, user.org_id, job)
    versions = repo.list_rule_sets(session, user.org_id, job.id)
    return render(
        request,
        "rules.html",
        user,
        status,
        title=f"Rules — {job.title}",
        job=job,
        current=current,
        versions=versions,
        text=text if text is not None else (as_yaml(current.body) if current else ""),
        errors=errors or [],
    )


@router.get("/jobs/{job_id}/rules")
def rules_page(request: Request, job_id: str, user: SignedIn, session: SessionDep) -> Response:
    """The job's current rules as YAML in an editor, and every earlier version."""
    return _rules_page(request, session, user, job_id)


@router.post("/jobs/{job_id}/rules")
def save_rules(
    request: Request,
    job_id: str,
    user: Protected,
    session: SessionDep,
    rules_text: Annotated[str, Form(max_length=1_000_000)] = "",
) -> Response:
    """Save edited rules as a new immutable version (earlier screenings keep theirs); on a
    problem, the editor again with every error listed beside it (422)."""
    loaded = from_text(rules_text, "rules")
    if isinstance(loaded, RulesProblem):
        return _rules_page(request, session, user, job_id, 422, rules_text, loaded.lines)
    if repo.update_job_rules(session, user.org_id, job_id, loaded) is None:
        return not_found(request, user, "job")
    return see_other(f"/jobs/{job_id}?saved=rules")
