"""Rescreening after a list update: a past decision whose party is designated in the new snapshot is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings


def test_a_party_designated_in_a_later_snapshot_is_reported_with_the_designation_that_caused_it(
        un_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    transfer = tmp_path / "transfer.json"
    transfer.write_text(json.dumps({
        "id": "order-17", "date": "2018-01-15", "supplier": {"name": "Acme Export", "country": "CN"},
        "recipient": {"name": "Kim Jong Sik", "country": "KP"},
        "goods": [{"hs": "0901", "description": "coffee"}]}))
    try:
        assert main(["lists", "load", "un-sc", str(un_dir / "history" / "consolidated-2017-07-03.xml")]) == 0
        assert main(["assess", str(transfer), "--record", "--format", "json"]) == 0
        before = json.loads(_last_json(capsys))
        assert "KPi.066" not in json.dumps(before["findings"])
        assert main(["audit", "rescreen"]) == 0
        assert "no past decision's matches changed" in capsys.readouterr().out
        assert main(["lists", "load", "un-sc", str(un_dir / "history" / "consolidated-2018-06-07.xml")]) == 0
        capsys.readouterr()
        code = main(["audit", "rescreen", "--format", "json"])
        report = json.loads(capsys.readouterr().out)
        assert len(report) == 1
        item = report[0]
        assert item["transfer_id"] == "order-17" and item["matches_before"] == [] and "KPi.066" in item["matches_now"]
        assert item["verdict_before"] == before["verdict"]
        assert code == (3 if item["verdict_changed"] else 0)
        added = next(d for d in item["designations"] if d["reference"] == "KPi.066")
        assert added["change"] == "added" and added["from"].startswith("un-sc@2017-07-03")
        assert added["to"].startswith("un-sc@2018-06-07")
    finally:
        get_settings.cache_clear()


def _last_json(capsys: pytest.CaptureFixture[str]) -> str:
    out = capsys.readouterr().out
    return out[out.index("{"):]
