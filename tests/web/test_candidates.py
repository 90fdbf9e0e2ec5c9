"""Upload, the ranked list, the candidate page, blind mode, CSV export and erasure."""

from __future__ import annotations

import csv
import html
import io
import re
import time

import pytest
from fastapi.testclient import TestClient

from api.web import routes_candidates
from tests.web.conftest import SAMPLES, Web, new_job

GOOD = ["aigerim_bekova.txt", "adebayo_ogunleye.pdf", "aroha_ngata.docx"]
CORRUPT = ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without end")


def _upload(client: TestClient, token: str, path: str, files: list[tuple[str, bytes]]) -> str:
    answer = client.post(
        f"{path}/upload",
        data={"csrf_token": token},
        files=[("files", item) for item in files],
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def _samples() -> list[tuple[str, bytes]]:
    return [(name, (SAMPLES / name).read_bytes()) for name in GOOD]


def _rows(page: str) -> list[str]:
    body = re.search(r'<table class="ranking" id="ranking">.*?<tbody>(.*?)</tbody>', page, re.S)
    assert body is not None
    return re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)


def _job_with_candidates(web: Web, org: str) -> tuple[TestClient, str, str]:
    web.user(org, f"r@{org}.example")
    client, token = web.signed_in(f"r@{org}.example")
    path = new_job(client, token)
    landed = _upload(client, token, path, [*_samples(), CORRUPT])
    assert landed.endswith("?saved=uploaded")
    return client, token, path


def test_upload_ranks_the_readable_and_explains_the_rest(web: Web, org: str) -> None:
    client, _, path = _job_with_candidates(web, org)
    page = client.get(path).text
    rows = _rows(page)
    assert len(rows) == 3
    ranks = [re.search(r"<td>(\d+)</td>", row).group(1) for row in rows]  # type: ignore[union-attr]
    assert ranks == ["1", "2", "3"]
    for row in rows:
        assert re.search(r'class="verdict verdict-(meets|needs_review|does_not_meet)">\w', row)
        assert re.search(r"\d+/\d+", row)  # required criteria met at a glance
        assert 'href="/candidates/' in row
    unreadable = re.search(r'<ul class="unreadable" id="unreadable">(.*?)</ul>', page, re.S)
    assert unreadable is not None
    assert "broken.pdf" in unreadable.group(1)
    assert "damaged" in unreadable.group(1)  # plain words, not only the code
    assert "(corrupt)" in unreadable.group(1)


def test_filter_by_verdict_and_export_what_is_shown(web: Web, org: str) -> None:
    client, _, path = _job_with_candidates(web, org)
    exported = client.get(f"{path}/export.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(exported.text)))
    assert table[0] == ["rank", "candidate", "verdict", "score", "required_met", "missing"]
    assert len(table) == 4
    verdicts = {row[2] for row in table[1:]}
    shown = "Meets" if "Meets" in verdicts else sorted(verdicts)[0]
    value = {"Meets": "meets", "Needs review": "needs_review", "Does not meet": "does_not_meet"}
    filtered = client.get(f"{path}?verdict={value[shown]}").text
    expected = sum(1 for row in table[1:] if row[2] == shown)
    assert len(_rows(filtered)) == expected
    only = list(
        csv.reader(io.StringIO(client.get(f"{path}/export.csv?verdict={value[shown]}").text))
    )
    assert len(only) == expected + 1
    assert {row[2] for row in only[1:]} == {shown}


def test_candidate_page_marks_every_quote_at_its_offsets(web: Web, org: str) -> None:
    client, _, path = _job_with_candidates(web, org)
    link = re.search(r'href="(/candidates/[^"]+)"', client.get(path).text)
    assert link is not None
    page = client.get(link.group(1))
    assert page.status_code == 200
    marks = re.findall(r'<mark id="(q\d+)"[^>]*>(.*?)</mark>', page.text, re.S)
    assert marks, "no evidence highlighted"
    for mark_id, _ in marks:
        assert f'href="#{mark_id}"' in page.text  # each criterion links to its quotes
    text = re.search(r'<div class="text" id="resume-text">(.*?)</div>', page.text, re.S)
    assert text is not None
    plain = html.unescape(re.sub(r"</?mark[^>]*>", "", text.group(1)))
    for _, quote in marks:
        assert html.unescape(quote) in plain
    assert "Rule set" in page.text
    assert "ml-engineer, version 1" in page.text
    assert "Engine" in page.text
    assert "As of" in page.text


def test_resume_text_is_escaped(web: Web, org: str) -> None:
    web.user(org, f"x@{org}.example")
    client, token = web.signed_in(f"x@{org}.example")
    path = new_job(client, token)
    hostile = b"<script>alert(1)</script> Skills: Python, Java. <img src=x onerror=alert(2)>"
    _upload(client, token, path, [("hostile.txt", hostile)])
    link = re.search(r'href="(/candidates/[^"]+)"', client.get(path).text)
    assert link is not None
    page = client.get(link.group(1)).text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_blind_mode_hides_names_everywhere(web: Web, org: str) -> None:
    client, token, path = _job_with_candidates(web, org)
    names = ["aigerim", "bekova", "adebayo", "ogunleye", "aroha", "ngata"]
    assert any(name in client.get(path).text.lower() for name in names)
    client.post("/preferences/blind", data={"blind": "on", "csrf_token": token, "next": path})
    page = client.get(path).text
    assert 'aria-pressed="true"' in page
    assert not any(name in page.lower() for name in names)
    assert all(re.search(r">candidate-[0-9a-f]{12}</a>", row) for row in _rows(page))
    exported = client.get(f"{path}/export.csv").text.lower()
    assert not any(name in exported for name in names)
    assert "candidate-" in exported
    for link in re.findall(r'href="(/candidates/[^"]+)"', page):
        candidate = client.get(link).text.lower()
        assert not any(name in candidate for name in names), link
        assert "@example.com" not in candidate
    client.post("/preferences/blind", data={"blind": "off", "csrf_token": token, "next": path})
    assert any(name in client.get(path).text.lower() for name in names)


def test_erase_a_candidate(web: Web, org: str) -> None:
    client, token, path = _job_with_candidates(web, org)
    link = re.search(r'href="/candidates/([^"]+)"', client.get(path).text)
    assert link is not None
    app_id = link.group(1)
    erased = client.post(
        f"/candidates/{app_id}/delete", data={"csrf_token": token}, follow_redirects=False
    )
    assert (erased.status_code, erased.headers["location"]) == (303, f"{path}?saved=deleted")
    assert client.get(f"/candidates/{app_id}").status_code == 404
    assert len(_rows(client.get(path).text)) == 2


def test_another_organisation_cannot_see_or_erase_a_candidate(web: Web, org: str) -> None:
    client, _, path = _job_with_candidates(web, org)
    link = re.search(r'href="(/candidates/[^"]+)"', client.get(path).text)
    assert link is not None
    web.user(f"{org}-b", f"s@{org}-b.example")
    rival, token = web.signed_in(f"s@{org}-b.example")
    assert rival.get(link.group(1)).status_code == 404
    assert rival.post(f"{link.group(1)}/delete", data={"csrf_token": token}).status_code == 404
    assert client.get(link.group(1)).status_code == 200


def test_many_files_are_screened_in_the_background(web: Web, org: str) -> None:
    web.user(org, f"m@{org}.example")
    client, token = web.signed_in(f"m@{org}.example")
    path = new_job(client, token)
    texts = sorted(SAMPLES.glob("*.txt"))[:6]
    files = [(p.name, p.read_bytes()) for p in texts] + [("empty.txt", b"")]
    landed = _upload(client, token, path, files)
    assert landed.endswith("?saved=pending")
    first = client.get(path).text
    assert '<meta http-equiv="refresh"' in first or len(_rows(first)) == 6
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        page = client.get(path).text
        if "Screening " not in page:
            break
        time.sleep(0.5)
    assert len(_rows(page)) == 6
    assert "empty.txt" in page
    assert "The file is empty." in page
    assert '<meta http-equiv="refresh"' not in page


def test_search_and_sort_keep_each_rank(web: Web, org: str) -> None:
    client, _, path = _job_with_candidates(web, org)
    found = _rows(client.get(f"{path}?q=BEKOVA").text)
    assert len(found) == 1
    assert "aigerim_bekova.txt" in found[0]
    by_name = _rows(client.get(f"{path}?sort=name").text)
    names = [re.search(r'href="/candidates/[^"]+">([^<]+)<', row).group(1) for row in by_name]  # type: ignore[union-attr]
    assert names == sorted(names, key=str.casefold)
    lowest = _rows(client.get(f"{path}?sort=score_asc").text)
    assert re.search(r"<td>(\d+)</td>", lowest[0]).group(1) == "3"  # type: ignore[union-attr]
    exported = client.get(f"{path}/export.csv?q=bekova").text.strip().splitlines()
    assert len(exported) == 2


def test_a_list_cut_at_its_row_limit_says_so(
    web: Web, org: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _, path = _job_with_candidates(web, org)
    assert 'id="cut"' not in client.get(path).text
    monkeypatch.setattr(routes_candidates, "MAX_ROWS", 2)
    page = client.get(path).text
    assert len(_rows(page)) == 2
    assert 'id="cut"' in page
    assert "first 2 by rank" in page
