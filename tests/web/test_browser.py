"""The recruiter's flow in real headless Chromium (Playwright driving Debian's
``chromium``) against a real uvicorn server: sign in, create a job, upload samples and a
corrupt file, read the ranked list, open a candidate, blind mode, CSV, erase, sign out;
another organisation gets 404; a form without its CSRF token is refused.

Without Chromium or Playwright the tests are skipped, except on CI (``$CI`` set), where
they fail. ``$SCREENER_WEB_SCREENSHOTS=folder`` saves a screenshot of each page there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.settings import ApiSettings
from screener.cli.users import create_user_account
from screener.ingest.limits import MIB, Limits
from tests.api.live import live_server
from tests.web.conftest import PASSWORD, SAMPLES

CHROMIUM = "/usr/bin/chromium"
UPLOADS = [
    "aigerim_bekova.txt",
    "adebayo_ogunleye.pdf",
    "aroha_ngata.docx",
    "brandon_miller.txt",
]
NAMES = ["aigerim", "bekova", "adebayo", "ogunleye", "aroha", "ngata", "brandon", "miller"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run on CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on a fresh SQLite database with one account in each of two orgs."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'screener.db'}"
    create_user_account(url, "Acme Recruiting", "recruiter@acme.example", PASSWORD)
    create_user_account(url, "Rival Corp", "spy@rival.example", PASSWORD)
    settings = ApiSettings(
        database_url=url, workers=1, limits=Limits(timeout_s=10, max_bytes=2 * MIB)
    )
    with live_server(settings) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium from Debian, driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        _unavailable("Debian's chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        )
        yield launched
        launched.close()


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("SCREENER_WEB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/")
    assert page.url.startswith(f"{base}/sign-in")
    page.fill("input[type=email]", email)
    page.fill("input[type=password]", PASSWORD)
    page.click("form[action='/sign-in'] button[type=submit]")
    page.wait_for_url(f"{base}/jobs")


def _watch(page: Any, base: str) -> tuple[list[str], list[str]]:
    """Requests to other hosts, and CSP violations, seen by the page."""
    foreign: list[str] = []
    violations: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith((base, "data:", "blob:")) else foreign.append(r.url),
    )
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return foreign, violations


def test_the_recruiters_flow(server: str, browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = context.new_page()
    foreign, violations = _watch(page, server)
    page.goto(f"{server}/sign-in")
    _shot(page, "sign-in")
    _sign_in(page, server, "recruiter@acme.example")

    page.fill("#title", "Machine Learning Engineer")
    page.select_option("#rules", "ml-engineer")
    page.click("form[action='/jobs'] button[type=submit]")
    page.wait_for_url(f"{server}/jobs/*")
    job_url = page.url

    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> no end of file here")
    files = [str(SAMPLES / name) for name in UPLOADS] + [str(corrupt)]
    page.set_input_files("input[type=file][multiple]", files)
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("table#ranking tbody tr")
    rows = page.locator("table#ranking tbody tr")
    assert rows.count() == len(UPLOADS)
    assert rows.first.locator("a[href^='/candidates/']").count() == 1
    unreadable = page.locator("#unreadable").inner_text()
    assert "broken.pdf" in unreadable
    assert "damaged" in unreadable
    _shot(page, "job")

    with page.expect_download() as download:
        page.click("text=Export CSV")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("rank,candidate,verdict,score,required_met,missing")
    assert len(exported.strip().splitlines()) == len(UPLOADS) + 1

    page.locator("table#ranking tbody tr a[href^='/candidates/']").first.click()
    page.wait_for_selector("mark")
    assert page.locator("#resume-text mark").count() > 0
    page.locator(".quotes a").first.click()
    assert "#q" in page.url
    assert page.locator("mark:target").count() == 1
    _shot(page, "candidate")

    page.goto(job_url)
    page.click("#blind-toggle")
    page.wait_for_selector("#blind-toggle[aria-pressed=true]")
    text = page.content().lower()
    assert not any(name in text for name in NAMES)
    assert page.locator("table#ranking tbody tr a", has_text="candidate-").count() == len(UPLOADS)
    page.locator("table#ranking tbody tr a[href^='/candidates/']").first.click()
    page.wait_for_selector("#resume-text")
    assert not any(name in page.content().lower() for name in NAMES)
    _shot(page, "candidate-blind")
    page.goto(job_url)
    page.click("#blind-toggle")
    page.wait_for_selector("#blind-toggle[aria-pressed=false]")

    page.locator("table#ranking tbody tr button", has_text="Erase").first.click()
    page.wait_for_url(f"{job_url}?saved=deleted")
    assert page.locator("table#ranking tbody tr").count() == len(UPLOADS) - 1

    page.click("form[action='/sign-out'] button")
    page.wait_for_url(f"{server}/sign-in")
    page.goto(job_url)
    assert page.url.startswith(f"{server}/sign-in")
    assert foreign == []
    assert violations == []
    context.close()

    rival = browser.new_context()
    spy = rival.new_page()
    _sign_in(spy, server, "spy@rival.example")
    answer = spy.goto(job_url)
    assert answer is not None
    assert answer.status == 404
    assert "Machine Learning Engineer" not in spy.content()
    refused = rival.request.post(
        f"{server}/jobs", form={"title": "No token", "rules": "ml-engineer"}
    )
    assert refused.status == 403
    forged = rival.request.post(
        f"{server}/jobs", form={"title": "Forged", "rules": "ml-engineer", "csrf_token": "x" * 43}
    )
    assert forged.status == 403
    spy.goto(f"{server}/jobs")
    assert "No token" not in spy.content()
    assert "Forged" not in spy.content()
    rival.close()


def test_api_docs_load_offline(server: str, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    foreign, violations = _watch(page, server)
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".opblock").count() > 5
    _shot(page, "docs")
    assert foreign == []
    assert violations == []
    context.close()
