"""The assessor the CLI uses: the rulebook, plus the parties screened against the lists in the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctioneer.assessment import Assessor
from sanctioneer.cli import main
from sanctioneer.model import Party, Verdict
from tests.factory import SHARED, transfer

UN_LIST = SHARED / "data" / "un" / "consolidated.xml"



def test_without_a_loaded_list_parties_are_not_screened_and_the_decision_says_so(home: Path) -> None:
    decision = Assessor.default().assess(transfer("1006", on="2024-02-18"))
    assert decision.lists_version is None
    assert decision.verdict is Verdict.PERMITTED


@pytest.mark.skipif(not UN_LIST.exists(), reason="the UN list is not next to the repository")
def test_a_designated_recipient_makes_rice_prohibited_citing_the_asset_freeze(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_LIST)]) == 0
    capsys.readouterr()
    rice = transfer("1006", on="2024-02-18", recipient=Party(name="Korea Ryonbong General Corporation", country="KP"))
    decision = Assessor.default().assess(rice)
    assert decision.verdict is Verdict.PROHIBITED
    assert decision.lists_version is not None and decision.lists_version.startswith("un-sc@2026-05-08")
    [finding] = decision.findings
    assert finding.measure == "kp-asset-freeze" and finding.matched == "KPe.002"
    assert finding.citation is not None and finding.citation.paragraph == "8(d)"
    assert "the recipient" in finding.reason
    assert Assessor.default(screen=False).assess(rice).verdict is Verdict.PERMITTED

    source = home / "rice.json"
    source.write_text(json.dumps({"date": "2024-02-18", "goods": [{"hs": "1006"}],
                                  "supplier": {"name": "Choi Seok-min", "country": "RU"},
                                  "recipient": {"country": "KP"}}), encoding="utf-8")
    assert main(["assess", str(source), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "prohibited"
    assert out["findings"][0]["matched"] == "KPi.064"
    assert main(["assess", str(source), "--format", "json", "--no-screen"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "permitted"


def test_a_store_that_cannot_be_read_is_an_error_not_a_silent_skip(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "sanctioneer.duckdb").write_bytes(b"this is not a database")
    source = home / "named.json"
    source.write_text(json.dumps({"date": "2024-01-01", "goods": [{"hs": "1006"}],
                                  "recipient": {"name": "Example Trading", "country": "KP"}}), encoding="utf-8")
    assert main(["assess", str(source)]) == 2
    err = capsys.readouterr().err
    assert "sanctioneer.duckdb" in err and "cannot open the store" in err
    assert main(["assess", str(source), "--no-screen"]) == 0
