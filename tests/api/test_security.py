"""Keys, request size and rate limits, error bodies, CORS, and the refusal to serve openly without keys."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctioneer.api import ServiceConfig
from sanctioneer.cli import main
from sanctioneer.settings import get_settings
from sanctioneer.store.keys import KEYS_FILE, KeyStore
from tests.api.conftest import AURUS, Api, make_api


def test_without_a_key_the_answer_is_401_and_nothing_is_recorded(api: Api) -> None:
    response = api.client.post("/v1/assess", content=AURUS.read_bytes())
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized" and "keys create" in response.json()["fix"]
    assert response.headers["WWW-Authenticate"] == "Bearer"
    wrong = api.client.post("/v1/assess", content=AURUS.read_bytes(), headers={"Authorization": "Bearer snk_nope"})
    assert wrong.status_code == 401 and "unknown or revoked" in wrong.json()["detail"]
    assert api.audit.count == 0


def test_a_key_is_stored_only_as_its_digest_and_revoking_it_takes_effect_within_a_second(api: Api) -> None:
    stored = (api.home / KEYS_FILE).read_text()
    assert api.token not in stored and "sha256:" in stored
    assert (api.home / KEYS_FILE).stat().st_mode & 0o077 == 0
    assert api.client.get("/v1/lists", headers={"X-API-Key": api.token}).status_code == 200
    KeyStore(api.home / KEYS_FILE).revoke("erp")
    time.sleep(1.05)
    assert api.client.get("/v1/lists", headers={"X-API-Key": api.token}).status_code == 401


def test_a_body_over_the_limit_is_refused_with_413_before_any_work(home: Path) -> None:
    for api in make_api(home, ServiceConfig(max_bytes=2000, rate=1000, burst=1000)):
        big = b'{"goods": [{"hs": "8703", "description": "' + b"x" * 5000 + b'"}]}'
        response = api.client.post("/v1/assess", content=big, headers=api.auth)
        assert response.status_code == 413
        assert response.json()["error"] == "too_large" and "SANCTIONEER_API_MAX_BYTES" in response.json()["fix"]

        def chunks() -> Iterator[bytes]:  # no declared length: counted as it streams
            yield big[:1500]
            yield big[1500:]

        streamed = api.client.post("/v1/assess", content=chunks(), headers=api.auth)
        assert streamed.status_code == 413
        assert api.audit.count == 0


def test_a_key_over_its_rate_gets_429_with_retry_after(home: Path) -> None:
    for api in make_api(home, ServiceConfig(rate=0.01, burst=3)):  # one token per 100 s, none refilled meanwhile
        codes = [api.client.get("/v1/lists", headers=api.auth).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        limited = api.client.get("/v1/lists", headers=api.auth)
        assert int(limited.headers["Retry-After"]) >= 1 and "SANCTIONEER_API_RATE" in limited.json()["fix"]
        assert api.client.get("/healthz").status_code == 200  # health is never limited


def test_error_bodies_name_no_server_path_and_carry_no_traceback(api: Api) -> None:
    (api.home / "sanctioneer.duckdb").unlink()
    response = api.client.post("/v1/screen", json={"name": "Choe Sok Min", "as_of": "2020-01-01"}, headers=api.auth)
    assert response.status_code == 503
    text = response.text
    assert "no list loaded" in text and str(api.home) not in text and "Traceback" not in text
    missing = api.client.get("/v1/nothing-here", headers=api.auth)
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    garbage = api.client.post("/v1/assess", content=b"\xff\xfe\x00", headers=api.auth)
    assert garbage.status_code == 422 and "UTF-8" in garbage.json()["detail"] and "Traceback" not in garbage.text


def test_an_unexpected_failure_is_a_500_without_trace_on_every_kind_of_path(api: Api,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    service = api.client.app.state.service  # type: ignore[attr-defined]

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"disk trouble under {api.home}")

    monkeypatch.setattr(service, "assess", fail)
    monkeypatch.setattr(service, "measure_dict", fail)
    fixed = api.client.post("/v1/assess", content=AURUS.read_bytes(), headers=api.auth)
    with_parameter = api.client.get("/v1/rulebook/anything", headers=api.auth)
    for response in (fixed, with_parameter):
        assert response.status_code == 500
        assert response.json() == {"detail": "internal error", "error": "internal", "where": None,
                                   "fix": "please report this"}
        assert str(api.home) not in response.text and "Traceback" not in response.text
    assert api.audit.count == 0


def test_cors_is_off_unless_origins_are_configured(home: Path) -> None:
    preflight = {"Origin": "https://erp.example", "Access-Control-Request-Method": "POST"}
    for api in make_api(home):
        assert "access-control-allow-origin" not in api.client.options("/v1/assess", headers=preflight).headers
    for allowed in make_api(home, ServiceConfig(cors_origins=("https://erp.example",)), key="web"):
        headers = allowed.client.options("/v1/assess", headers=preflight).headers
        assert headers["access-control-allow-origin"] == "https://erp.example"


def test_the_server_refuses_a_non_loopback_address_without_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert main(["serve", "--host", "0.0.0.0", "--port", "1"]) == 2
        assert "refusing to serve on a non-loopback address without API keys" in capsys.readouterr().err
        assert main(["serve", "--host", "10.1.2.3", "--no-auth"]) == 2
    finally:
        get_settings.cache_clear()


def test_keys_are_created_listed_and_revoked_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert main(["keys", "create", "erp-prod"]) == 0
        token = capsys.readouterr().out.strip()
        assert token.startswith("snk_") and len(token) > 40
        assert main(["keys", "create", "erp-prod"]) == 2
        assert "exists already" in capsys.readouterr().err
        assert main(["keys", "list"]) == 0
        listed = capsys.readouterr().out
        assert "erp-prod" in listed and "active" in listed and token not in listed
        assert main(["keys", "revoke", "erp-prod"]) == 0
        assert main(["keys", "revoke", "erp-prod"]) == 2
        assert "no active key named 'erp-prod'" in capsys.readouterr().err
        assert main(["keys", "create", "bad name!"]) == 2
    finally:
        get_settings.cache_clear()
