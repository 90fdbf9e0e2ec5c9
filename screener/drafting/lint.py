"""The fairness lint on a posting: words a fair screening must not use.

Two sources, so that a posting and a rule file are judged alike:

* the proxy phrases of ``screener/requirements/proxies.yaml`` — the list that refuses a
  rule file's labels and keywords (age: "recent graduate", "digital native", "young";
  graduation years; "native English speaker"; gender, religion, family status, …);
* experience maximums ("no more than 5 years", "up to 3 years", the 5 of "3-5 years"): a
  cap on experience screens out older candidates, and the rule language has only minimums.

A clause with a proxy phrase drafts no criterion at all; a range drafts its minimum.
EEO statements and benefits are not linted: they name protected traits to protect them.
"""

from __future__ import annotations

from screener.drafting.report import LintFinding
from screener.drafting.years import YearsMention, find_years
from screener.requirements.checks import proxies

MAXIMUM_REASON = (
    "a maximum of experience screens out experienced (usually older) candidates, a proxy "
    "for age; the rule language has only minimums"
)


def proxy_findings(clause: str, offset: int) -> list[LintFinding]:
    """Each proxy phrase in ``clause`` (which starts at ``offset`` in the posting)."""
    found: list[LintFinding] = []
    for trait, pattern in proxies().phrases:
        for match in pattern.finditer(clause):
            found.append(
                LintFinding(
                    text=match.group(0),
                    start=offset + match.start(),
                    end=offset + match.end(),
                    trait=trait,
                    reason=f"refers to {trait}, a protected trait or a proxy for one; "
                    "a fair screening never uses it",
                )
            )
    return sorted(found, key=lambda f: (f.start, f.end, f.trait))


def maximum_findings(clause: str, offset: int) -> list[LintFinding]:
    """Each experience maximum in ``clause``: capped figures and the tops of ranges."""
    return [
        _maximum(clause, offset, mention)
        for mention in find_years(clause)
        if mention.upper_bound is not None
    ]


def _maximum(clause: str, offset: int, mention: YearsMention) -> LintFinding:
    words = clause[mention.start : mention.end]
    if not mention.drafts_minimum:
        reason = f"an experience maximum ({mention.upper_bound:g} years) is not drafted: " + (
            MAXIMUM_REASON
        )
    else:
        reason = (
            f"only the minimum ({mention.minimum:g} years) is drafted; the maximum "
            f"({mention.maximum:g} years) is not: {MAXIMUM_REASON}"
        )
    return LintFinding(
        text=words,
        start=offset + mention.start,
        end=offset + mention.end,
        trait="age",
        reason=reason,
    )
