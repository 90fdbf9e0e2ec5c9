"""Plain terminal views of a Document and of a Profile (résumé text is never markup)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape


def print_document(console: Console, document: dict[str, Any]) -> None:
    """Source, page count, warnings, then the text."""
    source = document["source"]
    console.print(
        f"{source['media_type']} · {source['size']:,} bytes · {len(document['pages'])} page(s)"
        f" · {len(document['text']):,} chars",
        markup=False,
    )
    _warnings(console, document["warnings"])
    console.print(document["text"], markup=False)


def print_profile(console: Console, profile: dict[str, Any]) -> None:
    """Degrees, experience, skills and certifications, each with its first quote."""
    _warnings(console, profile["warnings"])
    highest = profile["highest_degree"]
    console.print(f"[bold]Highest degree[/bold]: {_degree(highest) if highest else 'none found'}")
    for degree in profile["degrees"]:
        console.print(f"  {_degree(degree)} — {_quote(degree)}")
    experience = profile["experience"]
    claimed = experience["claimed_years"]
    total, interns = _years(experience["total_months"]), _years(experience["internship_months"])
    claim = f", claims {claimed:g} years" if claimed is not None else ""
    console.print(
        f"[bold]Experience[/bold] ({experience['as_of']}): {total}, internships {interns}{claim}"
    )
    for position in profile["positions"]:
        end = position["end"] or "present"
        kind = " (internship)" if position["is_internship"] else ""
        console.print(f"  {position['start']} – {end}{kind}: {_quote(position)}")
    skills = ", ".join(escape(skill["name"]) for skill in profile["skills"])
    console.print(f"[bold]Skills[/bold] ({len(profile['skills'])}): {skills or 'none found'}")
    for cert in profile["certifications"]:
        console.print(
            f"[bold]Certification[/bold] {escape(cert['name'])} ({cert['status']}) — {_quote(cert)}"
        )


def _warnings(console: Console, warnings: list[dict[str, Any]]) -> None:
    for warning in warnings:
        console.print(f"[yellow]warning[/yellow] {warning['code']}: {escape(warning['message'])}")


def _degree(degree: dict[str, Any]) -> str:
    field = f" in {degree['field']}" if degree["field"] else ""
    status = "" if degree["status"] == "completed" else f" ({degree['status']})"
    return f"{degree['level']}{field}{status}"


def _quote(fact: dict[str, Any]) -> str:
    evidence = fact["evidence"][0]
    return f'"{escape(evidence["text"])}" (p. {evidence["page"]})'


def _years(months: int) -> str:
    years, rest = divmod(months, 12)
    return f"{years} y {rest} m"
