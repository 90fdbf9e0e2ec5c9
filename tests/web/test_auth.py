"""Signing in and out: argon2 passwords, the session cookie, CSRF, the throttle."""

from __future__ import annotations

from typer.testing import CliRunner

from screener.cli.main import app as cli
from tests.web.conftest import PASSWORD, Web, csrf_of


def test_pages_need_a_session(web: Web) -> None:
    client = web.client()
    for path in ("/jobs", "/jobs/some-id", "/candidates/some-id"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/sign-in?next=")
    assert client.get("/", follow_redirects=False).headers["location"] == "/sign-in"


def test_sign_in_form_is_semantic_and_strictly_framed(web: Web) -> None:
    page = web.client().get("/sign-in")
    assert page.status_code == 200
    html = page.text
    assert 'type="email"' in html
    assert 'type="password"' in html
    assert 'type="submit"' in html
    assert '<label for="email">' in html
    assert '<label for="password">' in html
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp
    assert "form-action 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "http" not in csp
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in html  # no inline script anywhere


def test_sign_in_sets_a_strict_cookie_and_sign_out_revokes_it(web: Web, org: str) -> None:
    web.user(org, f"ada@{org}.example")
    client = web.client()
    token = csrf_of(client.get("/sign-in").text)
    answer = client.post(
        "/sign-in",
        data={"email": f"ADA@{org}.example ", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert (answer.status_code, answer.headers["location"]) == (303, "/jobs")
    cookie = next(v for k, v in answer.headers.multi_items() if k == "set-cookie")
    assert cookie.startswith("screener_session=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    session_cookie = client.cookies["screener_session"]
    jobs = client.get("/jobs")
    assert jobs.status_code == 200
    assert f"ada@{org}.example" in jobs.text
    signed_out = client.post(
        "/sign-out", data={"csrf_token": csrf_of(jobs.text)}, follow_redirects=False
    )
    assert signed_out.status_code == 303
    stolen = web.client()
    stolen.cookies.set("screener_session", session_cookie)
    assert stolen.get("/jobs", follow_redirects=False).status_code == 303  # revoked


def test_signing_in_again_ends_the_session_the_browser_held(web: Web, org: str) -> None:
    web.user(org, f"abe@{org}.example")
    first, _ = web.signed_in(f"abe@{org}.example")
    old = first.cookies["screener_session"]
    again = web.client()
    token = csrf_of(again.get("/sign-in").text)
    again.cookies.set("screener_session", old)
    answer = again.post(
        "/sign-in",
        data={"email": f"abe@{org}.example", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    new = answer.cookies["screener_session"]
    assert new != old
    fresh = web.client()
    fresh.cookies.set("screener_session", new)
    assert fresh.get("/jobs", follow_redirects=False).status_code == 200
    stale = web.client()
    stale.cookies.set("screener_session", old)
    assert stale.get("/jobs", follow_redirects=False).status_code == 303  # ended


def test_wrong_password_and_unknown_user_get_the_same_answer(web: Web, org: str) -> None:
    web.user(org, f"bo@{org}.example")
    client = web.client()
    token = csrf_of(client.get("/sign-in").text)
    wrong = client.post(
        "/sign-in", data={"email": f"bo@{org}.example", "password": "nope" * 3, "csrf_token": token}
    )
    nobody = client.post(
        "/sign-in", data={"email": f"no@{org}.example", "password": "nope" * 3, "csrf_token": token}
    )
    assert wrong.status_code == nobody.status_code == 401
    assert "is not right" in wrong.text
    assert "is not right" in nobody.text


def test_a_post_without_its_csrf_token_is_refused(web: Web, org: str) -> None:
    web.user(org, f"cy@{org}.example")
    client = web.client()
    client.get("/sign-in")
    refused = client.post("/sign-in", data={"email": f"cy@{org}.example", "password": PASSWORD})
    assert refused.status_code == 403
    signed, token = web.signed_in(f"cy@{org}.example")
    for path, data in [
        ("/jobs", {"title": "X", "rules": "ml-engineer"}),
        ("/sign-out", {}),
        ("/preferences/blind", {"blind": "on"}),
    ]:
        assert signed.post(path, data=data).status_code == 403
        assert signed.post(path, data={**data, "csrf_token": "forged"}).status_code == 403
    other_site = signed.post(
        "/jobs",
        data={"title": "X", "rules": "ml-engineer", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
    )
    assert other_site.status_code == 403
    assert signed.get("/jobs").status_code == 200  # still signed in: nothing happened


def test_sign_in_attempts_are_throttled(web: Web, org: str) -> None:
    email = f"dee@{org}.example"
    web.user(org, email)
    client = web.client()
    token = csrf_of(client.get("/sign-in").text)
    for _ in range(5):
        data = {"email": email, "password": "wrong password", "csrf_token": token}
        assert client.post("/sign-in", data=data).status_code == 401
    data = {"email": email, "password": PASSWORD, "csrf_token": token}
    throttled = client.post("/sign-in", data=data)
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) > 0
    assert "Too many attempts" in throttled.text


def test_next_never_leaves_the_site(web: Web, org: str) -> None:
    web.user(org, f"eve@{org}.example")
    client = web.client()
    token = csrf_of(client.get("/sign-in?next=//evil.example/x").text)
    answer = client.post(
        "/sign-in",
        data={
            "email": f"eve@{org}.example",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example/x",
        },
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/jobs"


def test_users_create_reads_the_password_from_stdin(web: Web, org: str) -> None:
    runner = CliRunner()
    args = ["users", "create", "--org", org, "--email", f"fay@{org}.example", "--url", web.url]
    created = runner.invoke(cli, [*args, "--password-stdin"], input=PASSWORD + "\n")
    assert created.exit_code == 0, created.output
    again = runner.invoke(cli, [*args, "--password-stdin"], input=PASSWORD + "\n")
    assert again.exit_code == 2
    assert "exists already" in again.output
    weak = ["users", "create", "--org", org, "--email", f"gus@{org}.example", "--url", web.url]
    assert runner.invoke(cli, [*weak, "--password-stdin"], input="short\n").exit_code == 2
    assert runner.invoke(cli, weak).exit_code == 2  # no password on the command line
    web.signed_in(f"fay@{org}.example")


def test_a_page_answers_its_errors_as_pages_and_the_api_as_problems(web: Web, org: str) -> None:
    web.user(org, f"err@{org}.example")
    client, _ = web.signed_in(f"err@{org}.example")
    bad_query = client.get("/jobs/any-job?verdict=bogus")
    assert bad_query.status_code == 400
    assert bad_query.headers["content-type"].startswith("text/html")
    assert "cannot use" in bad_query.text
    unknown = client.get("/no/such/page")
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("text/html")
    api = client.get("/v1/no-such-route", headers={"authorization": "Bearer x"})
    assert api.headers["content-type"].startswith("application/problem+json")
    invalid = client.post("/v1/screen", headers={"authorization": "Bearer x"})
    assert invalid.headers["content-type"].startswith("application/problem+json")
