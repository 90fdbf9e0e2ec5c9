"""The flow, named once: read → profile → screen.

Every entry point — the library façade (:mod:`screener.screening`,
:mod:`screener.parsing`), the command line, the HTTP API and the evaluation — runs these
functions, in process or as the worker tasks below (in the spirit of Docling's
``BasePipeline.execute``): there is no other place where the stages are put together.

* **read**: bytes (or extracted text) → :class:`~screener.models.Document`, under limits;
* **profile**: Document → :class:`~screener.models.Profile` (the spaCy pipeline once,
  then every extractor over the same Doc);
* **screen**: Profile + rules → :class:`~screener.models.Screening`.

Each ``*_task`` has the worker signature ``(data, filename, limits, **bound)`` of
:class:`~screener.workers.WorkerPool`; ``ParserPool`` and ``ProfilePool`` are pools bound
to the first two.
"""

from __future__ import annotations

import hashlib
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ConfigDict

from screener.extract.profile import build_profile
from screener.ingest.extracted import Extracted
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.ingest.reader import assemble, read_document
from screener.models import Document, Profile, Screening, Source
from screener.months import YearMonth, parse_as_of
from screener.requirements.evaluate import screen_profile
from screener.requirements.loading import LoadedRules
from screener.workers import WorkerPool

if TYPE_CHECKING:
    from screener.drafting import Draft

AsOf = str | YearMonth | None
WARM = ("screener.warm",)
"""Preloaded by screening pools: workers fork with the pipeline and taxonomies built."""
K = TypeVar("K")

read = read_document
"""Stage 1: bytes and a file name → Document (``screener.ingest.read_document``)."""


def read_text(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Stage 1 for text that is already extracted, normalised like any file's text."""
    encoded = text.encode("utf-8")
    source = Source(
        filename=None,
        sha256=hashlib.sha256(encoded).hexdigest(),
        media_type="text/plain",
        size=len(encoded),
        encoding="utf-8",
    )
    return assemble(Extracted(pages=[text], encoding="utf-8"), source, limits)


def profile(document: Document, *, as_of: AsOf = None) -> Profile:
    """Stage 2: every fact of one Document, each with its evidence."""
    return build_profile(document, as_of=as_of)


def screen(document: Document, rules: LoadedRules, *, as_of: AsOf = None) -> Screening:
    """Stages 2 and 3: the Document's facts evaluated against ``rules``."""
    return screen_profile(
        profile(document, as_of=as_of), rules.ruleset, rules.ref(), document=document
    )


class Analysed(BaseModel):
    """Everything the flow yields for one file: the read text, its facts, the screening.

    The text is what a stored application keeps (not the file), so a job can be
    re-screened.
    """

    model_config = ConfigDict(frozen=True)

    source: Source
    text: str
    profile: Profile
    screening: Screening


def analyse(document: Document, rules: LoadedRules, *, as_of: AsOf = None) -> Analysed:
    """Stages 2 and 3, keeping the text and the Profile beside the Screening."""
    facts = profile(document, as_of=as_of)
    screening = screen_profile(facts, rules.ruleset, rules.ref(), document=document)
    return Analysed(source=document.source, text=document.text, profile=facts, screening=screening)


# --------------------------------------------------------------------- worker tasks
def profile_task(
    data: bytes, filename: str | None, limits: Limits, *, as_of: str | None = None
) -> Profile:
    """Read and extract one file (runs in a worker)."""
    return profile(read(data, filename, limits), as_of=as_of)


def screen_task(
    data: bytes, filename: str | None, limits: Limits, *, rules: LoadedRules, as_of: str
) -> Screening:
    """Read, extract and evaluate one file (runs in a worker)."""
    return screen(read(data, filename, limits), rules, as_of=as_of)


def analyse_task(
    data: bytes, filename: str | None, limits: Limits, *, rules: LoadedRules, as_of: str
) -> Analysed:
    """Read, extract and screen one file, keeping its text (runs in a worker)."""
    return analyse(read(data, filename, limits), rules, as_of=as_of)


def draft_task(
    data: bytes, filename: str | None, limits: Limits, *, rules_id: str | None = None
) -> Draft:
    """Read a job posting and draft its rule set (runs in a worker: a posting may be a
    hostile PDF or DOCX like any résumé)."""
    from screener.drafting import draft_bytes

    return draft_bytes(data, filename, rules_id=rules_id, limits=limits)


class ParserPool(WorkerPool[K, Document]):
    """Workers that read files into ``Document``s."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS, workers: int | None = None) -> None:
        super().__init__(read_document, limits, workers, ("screener.ingest.reader",))


class ProfilePool(WorkerPool[K, Profile]):
    """Workers that read and extract files into ``Profile``s as of one month."""

    def __init__(
        self, limits: Limits = DEFAULT_LIMITS, workers: int | None = None, as_of: str | None = None
    ) -> None:
        month = str(parse_as_of(as_of))  # resolved once here, so every worker agrees
        super().__init__(partial(profile_task, as_of=month), limits, workers, WARM)
