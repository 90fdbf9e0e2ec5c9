"""Jobs from the web: create (bundled rules or a rule file, errors beside the field), edit
the rules, archive; another organisation's job is not found."""

from __future__ import annotations

import re

from tests.web.conftest import Web, new_job

RULES = """id: tiny
title: Tiny
version: 1
required:
  - id: python
    label: Python
    skills: {all_of: [python]}
"""


def test_create_a_job_with_a_bundled_rule_set(web: Web, org: str) -> None:
    web.user(org, f"a@{org}.example")
    client, token = web.signed_in(f"a@{org}.example")
    path = new_job(client, token, "Machine Learning Engineer")
    page = client.get(path)
    assert page.status_code == 200
    assert "Machine Learning Engineer" in page.text
    assert "ml-engineer, version 1" in page.text
    assert 'type="file"' in page.text
    assert "multiple" in page.text
    listing = client.get("/jobs").text
    assert f'href="{path}"' in listing


def test_an_uploaded_rule_file_is_used(web: Web, org: str) -> None:
    web.user(org, f"b@{org}.example")
    client, token = web.signed_in(f"b@{org}.example")
    answer = client.post(
        "/jobs",
        data={"title": "Tiny", "rules": "ml-engineer", "csrf_token": token},
        files={"rule_file": ("tiny.yaml", RULES.encode())},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert "tiny, version 1" in client.get(answer.headers["location"]).text


def test_errors_are_shown_beside_their_field(web: Web, org: str) -> None:
    web.user(org, f"c@{org}.example")
    client, token = web.signed_in(f"c@{org}.example")
    bad = RULES.replace("skills:", "skils:")
    answer = client.post(
        "/jobs",
        data={"title": "  ", "rules": "ml-engineer", "csrf_token": token},
        files={"rule_file": ("bad.yaml", bad.encode())},
    )
    assert answer.status_code == 422
    title_error = re.search(r'<p class="error" id="title-error">(.*?)</p>', answer.text)
    assert title_error is not None
    assert "title" in title_error.group(1)
    assert 'aria-describedby="title-error"' in answer.text
    file_error = re.search(r'<ul class="error" id="rule-file-error">(.*?)</ul>', answer.text, re.S)
    assert file_error is not None
    assert "required.0.skils" in file_error.group(1)
    assert "skills" in file_error.group(1)
    not_yaml = client.post(
        "/jobs",
        data={"title": "T", "csrf_token": token},
        files={"rule_file": ("x.yaml", b"id: [unclosed")},
    )
    assert not_yaml.status_code == 422
    assert "invalid YAML" in not_yaml.text
    unknown = client.post("/jobs", data={"title": "T", "rules": "nope", "csrf_token": token})
    assert unknown.status_code == 422
    assert 'id="rules-error"' in unknown.text
    inline = client.post(  # the API's inline JSON in the form's field: the form, not JSON
        "/jobs", data={"title": "T", "rules": '{"id": "x", "required": 3}', "csrf_token": token}
    )
    assert inline.status_code == 422
    assert inline.headers["content-type"].startswith("text/html")
    assert 'id="rules-error"' in inline.text


def test_edit_the_rules_as_a_new_version(web: Web, org: str) -> None:
    web.user(org, f"d@{org}.example")
    client, token = web.signed_in(f"d@{org}.example")
    path = new_job(client, token)
    editor = client.get(f"{path}/rules")
    assert editor.status_code == 200
    assert "id: ml-engineer" in editor.text
    refused = client.post(f"{path}/rules", data={"rules_text": "id: x\n", "csrf_token": token})
    assert refused.status_code == 422
    assert 'id="rules-errors"' in refused.text
    assert "id: x" in refused.text  # the text typed is kept
    saved = client.post(
        f"{path}/rules", data={"rules_text": RULES, "csrf_token": token}, follow_redirects=False
    )
    assert saved.status_code == 303
    assert "tiny, version 2" in client.get(path).text  # the job's second version of rules
    assert client.get(f"{path}/rules").text.count("<tr><td>") == 2


def test_archive_and_reopen(web: Web, org: str) -> None:
    web.user(org, f"e@{org}.example")
    client, token = web.signed_in(f"e@{org}.example")
    path = new_job(client, token, "To archive")
    archived = client.post(
        f"{path}/archive", data={"archived": "on", "csrf_token": token}, follow_redirects=False
    )
    assert archived.status_code == 303
    listing = client.get("/jobs").text
    assert "Archived jobs" in listing
    assert "To archive" in listing
    assert "(archived)" in client.get(path).text
    client.post(f"{path}/archive", data={"archived": "off", "csrf_token": token})
    assert "Archived jobs" not in client.get("/jobs").text


def test_another_organisations_job_is_not_found(web: Web, org: str) -> None:
    web.user(org, f"f@{org}.example")
    web.user(f"{org}-rival", f"g@{org}-rival.example")
    owner, owner_token = web.signed_in(f"f@{org}.example")
    path = new_job(owner, owner_token, "Secret opening")
    rival, token = web.signed_in(f"g@{org}-rival.example")
    for page in (path, f"{path}/rules", f"{path}/export.csv"):
        answer = rival.get(page)
        assert answer.status_code == 404
        assert "Secret opening" not in answer.text
    for post, data in [
        (f"{path}/archive", {"archived": "on"}),
        (f"{path}/rules", {"rules_text": RULES}),
        (f"{path}/upload", {}),
    ]:
        assert rival.post(post, data={**data, "csrf_token": token}).status_code == 404
    assert "Secret opening" not in rival.get("/jobs").text
    assert owner.get(path).status_code == 200
