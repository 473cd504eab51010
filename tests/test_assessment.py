"""The assessor the CLI uses: the rulebook, plus the parties screened against the lists in the store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sanctioneer.assessment import Assessor
from sanctioneer.cli import main
from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.model import GoodsLine, Money, Party, ScreeningStatus, Transfer, Verdict
from sanctioneer.parties.screening import StoreScreener
from sanctioneer.rulebook import default_rulebook_dir, load_rulebook
from sanctioneer.settings import Settings
from sanctioneer.store.snapshots import ListStore
from tests.factory import SHARED, copy_rulebook, transfer

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


# -- named parties are never left unscreened quietly --

DESIGNATED = {"date": "2024-02-18", "goods": [{"hs": "1006", "description": "milled rice"}],
              "supplier": {"name": "Choi Seok-min", "country": "RU"}, "recipient": {"country": "CN"}}


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANCTIONEER_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "sanctioneer", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_with_no_list_store_a_named_party_is_review_in_every_format_and_fails_on_review(tmp_path: Path) -> None:
    home = tmp_path / "mistyped-home"
    source = tmp_path / "transfer.json"
    source.write_text(json.dumps(DESIGNATED), encoding="utf-8")

    text = _run(home, "assess", str(source), "--fail-on", "review")
    assert text.returncode == 3, text.stderr
    assert "REVIEW" in text.stdout and "parties not screened: no list loaded" in text.stdout
    assert "'Choi Seok-min'" in text.stdout and "sanctioneer lists update" in text.stdout

    as_json = _run(home, "assess", str(source), "--format", "json", "--fail-on", "review")
    assert as_json.returncode == 3
    decision = json.loads(as_json.stdout)
    assert decision["verdict"] == "review" and decision["screening"] == "not screened: no list loaded"
    assert decision["lists"] == [] and decision["lists_version"] is None
    assert any(f["reason"].startswith("parties not screened: no list loaded") for f in decision["findings"])

    as_jsonl = _run(home, "assess", str(source), "--format", "jsonl")
    assert as_jsonl.returncode == 0
    assert json.loads(as_jsonl.stdout.splitlines()[0])["screening"] == "not screened: no list loaded"


def test_no_screen_says_screening_was_switched_off_and_adds_no_review(tmp_path: Path) -> None:
    source = tmp_path / "transfer.json"
    source.write_text(json.dumps(DESIGNATED), encoding="utf-8")
    text = _run(tmp_path / "home", "assess", str(source), "--no-screen", "--fail-on", "review")
    assert text.returncode == 0, text.stderr
    assert "PERMITTED" in text.stdout and "screening was switched off" in text.stdout
    as_json = _run(tmp_path / "home", "assess", str(source), "--no-screen", "--format", "json")
    assert json.loads(as_json.stdout)["screening"] == "off"


# -- configured objects: two assessors side by side --


def _settings(home: Path, *, screen: float = 0.80, review: float = 0.70, rulebook: Path | None = None) -> Settings:
    return Settings(home=home, rulebook=rulebook, un_list_url="https://example.invalid/list.xml",
                    screen_threshold=screen, review_threshold=review)


def _named(name: str) -> Transfer:
    return transfer("4802", frm="DE", to="CN", on="2024-03-01", recipient=Party(name=name, country="CN"))


def test_two_differently_configured_assessors_work_side_by_side(history_store: Path, tmp_path: Path) -> None:
    home = history_store.parent
    strict = Assessor.from_settings(_settings(home), classify=False)
    lenient = Assessor.from_settings(_settings(home, screen=0.97, review=0.95), classify=False)
    empty = Assessor.from_settings(_settings(tmp_path / "empty"), classify=False)
    near = _named("Choe Sok")  # one listed word missing: a near match
    for _ in range(2):  # interleaved, so neither can lean on what the other built
        first = strict.assess(near)
        assert [f.effect for f in first.findings if f.measure == "kp-asset-freeze"] == [Verdict.REVIEW]
        second = lenient.assess(near)
        assert second.screening is ScreeningStatus.SCREENED
        assert not any(f.measure == "kp-asset-freeze" for f in second.findings)
        third = empty.assess(near)
        assert third.screening is ScreeningStatus.NO_LIST and third.verdict is Verdict.REVIEW
    assert first.decision_id != second.decision_id


def test_an_assessor_reads_the_rulebook_its_settings_name(tmp_path: Path) -> None:
    directory = copy_rulebook(tmp_path)
    regime = directory / "un-dprk.yaml"
    regime.write_text(regime.read_text("utf-8").replace('version: "', 'version: "local-'), "utf-8")
    local = Assessor.from_settings(_settings(tmp_path, rulebook=directory), screen=False, classify=False)
    packaged = Assessor.from_settings(_settings(tmp_path), screen=False, classify=False)
    assert local.rulebook.version != packaged.rulebook.version
    assert local.assess(transfer("8703")).rulebook_version.startswith("un-dprk@local-")
    assert not packaged.assess(transfer("8703")).rulebook_version.startswith("un-dprk@local-")


def test_the_semantic_switch_is_the_classifiers_own() -> None:
    lexical = GoodsClassifier(semantic=False)
    assert lexical.version.endswith("+lexical") and not lexical.semantic_available
    other = GoodsClassifier(semantic=True)
    assert other.version.split("+")[0] == lexical.version.split("+")[0]


# -- reproducible decisions --


def _reproducible(history_store: Path) -> Assessor:
    return Assessor(load_rulebook(default_rulebook_dir()), classifier=GoodsClassifier(semantic=False),
                    screener=StoreScreener(history_store, threshold=0.80, review_threshold=0.70))


RECORDED = Transfer(
    goods=(GoodsLine(description="Rolls-Royce Phantom", value=Money(Decimal("350000"), "USD")), GoodsLine(hs="1006")),
    date=date(2024, 3, 1),
    supplier=Party(name="Acme Trading GmbH", country="DE"),
    recipient=Party(name="Choi Seok-min", country="KP"),
    id="T-1",
)


def test_a_decision_records_its_id_and_every_version_it_rests_on(history_store: Path) -> None:
    assessor = _reproducible(history_store)
    decision = assessor.assess(RECORDED)
    out = decision.to_dict()
    assert out["decision_id"].startswith("sha256:") and len(out["decision_id"]) == len("sha256:") + 64
    assert out["rulebook_version"] == assessor.rulebook.version
    assert out["screening"] == "screened"
    # The snapshot in force on the date, and the next one read for designations listed by then.
    assert {ref["list"] for ref in out["lists"]} == {"un-sc"}
    assert out["lists"][0]["version"].startswith("un-sc@2020-12-01+") and len(out["lists"][0]["sha256"]) == 64
    assert out["lists_version"] == ",".join(ref["version"] for ref in out["lists"])
    classified, given = out["lines"]
    assert classified["hs_source"] == "classified" and classified["classifier_version"] == assessor.classifier.version
    assert classified["classifier_version"].startswith("hs-classifier@")
    assert classified["classifier_version"].endswith("+lexical")
    assert given["hs_source"] == "given" and given["classifier_version"] is None
    assert decision.decision_id == decision.content_id(RECORDED)


def test_re_running_with_the_recorded_versions_gives_the_same_bytes(history_store: Path) -> None:
    first = json.dumps(_reproducible(history_store).assess(RECORDED).to_dict(), ensure_ascii=False, indent=2)
    recorded = json.loads(first)
    again = _reproducible(history_store)  # fresh objects, nothing shared with the first run
    assert again.rulebook.version == recorded["rulebook_version"]
    assert again.classifier is not None and again.classifier.version == recorded["lines"][0]["classifier_version"]
    with ListStore.open(history_store, read_only=True) as store:
        held = {(info.version, info.sha256) for info in store.snapshots()}
    assert {(ref["version"], ref["sha256"]) for ref in recorded["lists"]} <= held
    second = json.dumps(again.assess(RECORDED).to_dict(), ensure_ascii=False, indent=2)
    assert second.encode("utf-8") == first.encode("utf-8")


def test_changing_one_fact_of_the_input_changes_the_decision_id(history_store: Path) -> None:
    assessor = _reproducible(history_store)
    base = assessor.assess(RECORDED)
    cheaper = replace(RECORDED, goods=(replace(RECORDED.goods[0], value=Money(Decimal("349999"), "USD")),
                                       RECORDED.goods[1]))
    renamed = replace(RECORDED, id="T-2")
    ids = {base.decision_id, assessor.assess(cheaper).decision_id, assessor.assess(renamed).decision_id}
    assert len(ids) == 3
    assert assessor.assess(cheaper).verdict is base.verdict  # same answer, yet a different decision
