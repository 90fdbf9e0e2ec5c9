"""Per-key rate limits over a real server: the RateLimit headers on every keyed answer,
429 ``rate_limited`` with ``Retry-After`` past the limit, other keys untouched."""

from __future__ import annotations

from pathlib import Path

from api.rate_limit import KeyRateLimit
from tests.api.routes_helpers import new_key, running_api


def test_a_key_over_its_rate_is_told_when_to_come_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'screener.db'}"
    with running_api(url, workers=1, rate_limit="3/minute") as api:
        answers = [api.client.get("/v1/jobs") for _ in range(4)]
        other = api.client.get(
            "/v1/jobs", headers={"Authorization": f"Bearer {new_key(url, 'globex')}"}
        )
        health = api.client.get("/healthz")
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert all(a.headers["ratelimit-limit"] == "3" for a in answers)
    refused = answers[-1]
    assert refused.json()["code"] == "rate_limited"
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert 0 < int(refused.headers["ratelimit-reset"]) <= 60
    assert other.status_code == 200  # another key has its own window
    assert other.headers["ratelimit-remaining"] == "2"
    assert "ratelimit-limit" not in health.headers  # no key, no limit


def test_no_rate_means_no_limit_and_no_headers() -> None:
    limit = KeyRateLimit(None)
    assert all(limit.hit("scr_key") == (True, {}) for _ in range(1000))
    assert KeyRateLimit("").item is None
