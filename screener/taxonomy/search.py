"""Find taxonomy ids by name or alias: ``screener skills search``, ``screener certs search``
and ``GET /v1/skills`` / ``GET /v1/certifications``.

A search ranks, in this order:

1. **exact** — the text is an entry's id or its official name (case, accents and "&"
   folded, whitespace collapsed);
2. **alias** — the text is one of its aliases or exact aliases (folded the same way: a
   search is forgiving where the résumé matcher is not);
3. **fuzzy** — the best ``rapidfuzz.fuzz.WRatio`` (lower case, punctuation dropped) of the
   text against every name and alias of an entry, at least :data:`FUZZY_CUTOFF`; best score
   first, ties by id.

Certifications never cross vendors: when the text names a vendor ("AWS", "Microsoft",
"Cisco" — a word that belongs to the entries of one issuer only), fuzzy suggestions come
from that vendor's entries only, so "AWS Certified Developer" never suggests another
vendor's developer credential. Pure functions of the loaded catalogs; nothing here imports
the NLP stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Literal

from rapidfuzz import fuzz, process, utils

from screener.taxonomy.base import fold_phrase
from screener.taxonomy.certifications import CertificationCatalog, CertificationEntry
from screener.taxonomy.loader import load_certifications, load_skills
from screener.taxonomy.skills import SkillEntry, SkillTaxonomy

FUZZY_CUTOFF = 75.0
"""Least ``WRatio`` (0-100) for a fuzzy suggestion."""
SHORT_FORM = 4
"""Forms (or texts) shorter than this are compared whole, never partially."""
DEFAULT_LIMIT = 10
MAX_QUERY = 200
"""Longer texts are cut here: a name is never this long, and fuzzy work stays bounded."""

MatchKind = Literal["exact", "alias", "fuzzy"]
_RANK: dict[str, int] = {"exact": 0, "alias": 1, "fuzzy": 2}

# Words that begin many issuers' names or entries' names and so name no vendor.
_GENERIC = (
    "the and for are certified certificate certification professional associate expert "
    "specialist national international american state various society board institute "
    "association council foundation chartered global general federal"
)
_NOT_VENDORS = frozenset(_GENERIC.split(" "))
_WORD = re.compile(r"[a-z0-9][a-z0-9.+#-]*")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One entry a search found: its id, name, group (a skill's category or a
    certification's issuer), how it matched, which form matched and the score (100 for
    exact and alias hits)."""

    id: str
    name: str
    group: str
    match: MatchKind
    matched: str
    score: float

    def to_dict(self) -> dict[str, str | float]:
        """The JSON shape of a hit (``--format json`` and the API)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    name: str
    group: str
    vendor: str
    aliases: tuple[str, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_phrase(text))


def search_skills(
    text: str, *, limit: int = DEFAULT_LIMIT, taxonomy: SkillTaxonomy | None = None
) -> list[SearchHit]:
    """Skills whose id, name or alias is ``text`` (or close to it), best first."""
    entries, vendors = _prepared(taxonomy or load_skills())
    return _search(text, entries, vendors, limit)


def search_certifications(
    text: str, *, limit: int = DEFAULT_LIMIT, catalog: CertificationCatalog | None = None
) -> list[SearchHit]:
    """Certifications whose id, name or alias is ``text`` (or close to it), best first;
    fuzzy suggestions stay with the vendor the text names, if it names one."""
    entries, vendors = _prepared(catalog or load_certifications())
    return _search(text, entries, vendors, limit)


def _skill_entry(skill: SkillEntry) -> _Entry:
    forms = (*skill.aliases, *skill.exact_aliases)
    return _Entry(skill.id, skill.name, skill.category, "", forms)


def _cert_entry(cert: CertificationEntry) -> _Entry:
    forms = (*cert.aliases, *cert.exact_aliases)
    return _Entry(cert.id, cert.name, cert.issuer, _vendor_of(cert.issuer), forms)


_PREPARED: dict[int, tuple[object, tuple[_Entry, ...], dict[str, frozenset[str]]]] = {}
"""Entries and vendor words per catalog object (kept alive here, so its id stays its own)."""


def _prepared(
    catalog: SkillTaxonomy | CertificationCatalog,
) -> tuple[tuple[_Entry, ...], dict[str, frozenset[str]]]:
    """The search entries and vendor words of ``catalog``, computed once per object."""
    known = _PREPARED.get(id(catalog))
    if known is not None and known[0] is catalog:
        return known[1], known[2]
    if isinstance(catalog, SkillTaxonomy):
        entries, vendors = tuple(_skill_entry(s) for s in catalog.skills), {}
    else:
        entries = tuple(_cert_entry(cert) for cert in catalog.certifications)
        vendors = _vendor_words(catalog)
    if len(_PREPARED) >= 8:  # tests build small catalogs; the loaded ones are few
        _PREPARED.clear()
    _PREPARED[id(catalog)] = (catalog, entries, vendors)
    return entries, vendors


def _vendor_of(issuer: str) -> str:
    """An issuer's vendor: the first word of its name that is not a generic one ("Amazon
    Web Services" → amazon, "Google (Coursera)" and "Google Cloud" → google, "American
    Welding Society (AWS)" → welding)."""
    words = _words(issuer.split("(")[0])
    return next((word for word in words if word not in _NOT_VENDORS), fold_phrase(issuer))


def _is_brand(word: str) -> bool:
    """An acronym or a brand's spelling ("AWS", "CompTIA", "PRINCE2"), not a common word."""
    return len(word) >= 2 and any(ch.isupper() for ch in word[1:])


def _vendor_words(catalog: CertificationCatalog) -> dict[str, frozenset[str]]:
    """Which vendors a word of a search names: each vendor's own word when its issuer is that
    one word or two of its credentials start with it, the acronyms in its
    issuers' parentheses, the brand a name starts with ("AWS Certified …", "CompTIA …"),
    and the catalog's abbreviations that expand to a vendor (aws → amazon web services).
    A word may name several vendors ("AWS": Amazon Web Services and the American Welding
    Society); a search that names any stays with all of them."""
    claims: dict[str, set[str]] = {}

    def claim(word: str, vendor: str) -> None:
        folded = fold_phrase(word)
        if len(folded) >= 3 and folded not in _NOT_VENDORS and not folded.isdigit():
            claims.setdefault(folded, set()).add(vendor)

    starts: dict[str, int] = {}
    for cert in catalog.certifications:
        vendor = _vendor_of(cert.issuer)
        if _words(cert.name)[:1] == [vendor] or _words(cert.issuer) == [vendor]:
            starts[vendor] = starts.get(vendor, 0) + 1
    for cert in catalog.certifications:
        vendor = _vendor_of(cert.issuer)
        if starts.get(vendor, 0) >= 2:  # a brand its credentials carry: "Oracle …", "Cisco …"
            claim(vendor, vendor)
        for inside in re.findall(r"\(([^)]*)\)", cert.issuer):
            for word in re.findall(r"[A-Za-z0-9][A-Za-z0-9.+-]*", inside):
                if _is_brand(word):
                    claim(word, vendor)
        first = cert.name.split()[0].rstrip(":,")
        if _is_brand(first):
            claim(first, vendor)
    vendors = {vendor for owners in claims.values() for vendor in owners}
    for short, long in catalog.abbreviations.items():
        expanded = _words(long)
        if expanded and expanded[0] in vendors:
            claim(short, expanded[0])
    return {word: frozenset(owners) for word, owners in claims.items()}


def _search(
    text: str, entries: Sequence[_Entry], vendor_words: dict[str, frozenset[str]], limit: int
) -> list[SearchHit]:
    query = " ".join(text[:MAX_QUERY].split())
    folded = fold_phrase(query)
    if not folded or limit < 1:
        return []
    hits = {hit.id: hit for hit in _exact_hits(folded, entries)}
    if len(hits) < limit:
        named = [vendor_words.get(word, frozenset()) for word in _words(query)]
        vendors = frozenset().union(*named)
        pool = [entry for entry in entries if not vendors or entry.vendor in vendors]
        for hit in _fuzzy_hits(query, pool):
            hits.setdefault(hit.id, hit)
    ranked = sorted(hits.values(), key=lambda hit: (_RANK[hit.match], -hit.score, hit.id))
    return ranked[:limit]


def _exact_hits(folded: str, entries: Iterable[_Entry]) -> list[SearchHit]:
    found: list[SearchHit] = []
    for entry in entries:
        if folded in (entry.id, fold_phrase(entry.name)):
            found.append(SearchHit(entry.id, entry.name, entry.group, "exact", entry.name, 100.0))
            continue
        alias = next((form for form in entry.aliases if fold_phrase(form) == folded), None)
        if alias is not None:
            found.append(SearchHit(entry.id, entry.name, entry.group, "alias", alias, 100.0))
    return found


def _fuzzy_hits(query: str, entries: Sequence[_Entry]) -> list[SearchHit]:
    choices = [(entry, form) for entry in entries for form in (entry.name, *entry.aliases)]
    scored = process.extract(
        query,
        [form for _, form in choices],
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=FUZZY_CUTOFF,
        limit=None,
    )
    best: dict[str, SearchHit] = {}
    processed = utils.default_process(query)
    for form, wratio, index in scored:
        entry = choices[index][0]
        score = _short_form_score(processed, form, wratio)
        if score < FUZZY_CUTOFF:
            continue
        known = best.get(entry.id)
        if known is None or score > known.score:
            hit = SearchHit(entry.id, entry.name, entry.group, "fuzzy", form, round(score, 1))
            best[entry.id] = hit
    return list(best.values())


def _short_form_score(processed: str, form: str, wratio: float) -> float:
    """``WRatio`` unless either side is under :data:`SHORT_FORM` characters: then the plain
    ``ratio``, since a partial match of "LAN" inside "golang" means nothing."""
    other = utils.default_process(form)
    if min(len(processed), len(other)) < SHORT_FORM:
        return float(fuzz.ratio(processed, other))
    return float(wratio)
