"""``GET /v1/skills`` and ``GET /v1/certifications``: find the ids rules refer to.

The same search as ``screener skills search`` / ``screener certs search``
(:mod:`screener.taxonomy.search`); nothing stored, read scope.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from api.schemas import PROBLEMS
from api.schemas_drafts import CertificationHit, CertificationSearch, SkillHit, SkillSearch
from screener.taxonomy.search import MAX_QUERY, search_certifications, search_skills

router = APIRouter(prefix="/v1", tags=["taxonomy"])

SearchText = Annotated[
    str,
    Query(min_length=1, max_length=MAX_QUERY, description="A name, alias, acronym or part."),
]
Limit = Annotated[int, Query(ge=1, le=100, description="At most this many hits.")]


@router.get("/skills", response_model=SkillSearch, responses=PROBLEMS)
async def search_skill_ids(q: SearchText, limit: Limit = 10) -> SkillSearch:
    """Skills whose id, name or alias is ``q`` (exact and alias hits first), then close ones."""
    hits = await run_in_threadpool(search_skills, q, limit=limit)  # fuzzy work: off the loop
    items = [
        SkillHit(
            id=h.id, name=h.name, category=h.group, match=h.match, matched=h.matched, score=h.score
        )
        for h in hits
    ]
    return SkillSearch(query=q, items=items)


@router.get("/certifications", response_model=CertificationSearch, responses=PROBLEMS)
async def search_certification_ids(q: SearchText, limit: Limit = 10) -> CertificationSearch:
    """Certifications whose id, name, alias or exam code is ``q``, then close ones; when
    ``q`` names a vendor ("AWS …"), suggestions stay with that vendor."""
    hits = await run_in_threadpool(search_certifications, q, limit=limit)
    items = [
        CertificationHit(
            id=h.id, name=h.name, issuer=h.group, match=h.match, matched=h.matched, score=h.score
        )
        for h in hits
    ]
    return CertificationSearch(query=q, items=items)
