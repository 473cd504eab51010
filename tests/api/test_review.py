"""`sanctioneer review` records a disposition in the audit trail; a server started later shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings
from tests.api.conftest import make_api


def test_a_false_alert_cleared_on_the_command_line_is_shown_by_the_server(
        home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(home))
    get_settings.cache_clear()
    try:
        assert main(["review", "Choe Sok Min", "KPi.064", "--false-alert", "--reviewer", "a.reviewer",
                     "--reason", "our customer is a different person"]) == 0
        recorded = json.loads(capsys.readouterr().out)
        assert recorded["record"] == 1 and recorded["designation_name"] == "CH'OE SO’K MIN"
        assert main(["review", "Choe Sok Min", "KPi.064", "--reviewer", "r", "--reason", "x"]) == 2
        assert "--false-alert or --confirmed" in capsys.readouterr().err
        assert main(["audit", "show", "1"]) == 0
        assert json.loads(capsys.readouterr().out)["kind"] == "disposition"
    finally:
        get_settings.cache_clear()
    for api in make_api(home):
        match = api.client.post("/v1/screen", json={"name": "Choe Sok Min"}, headers=api.auth).json()["matches"][0]
        assert match["reference"] == "KPi.064"
        assert match["disposition"]["status"] == "false_alert" and match["disposition"]["record"] == 1
        assert match["disposition"]["reviewer"] == "a.reviewer"
