"""`sanctioneer assess` through its real entry point: the founding case, formats, exit codes, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctioneer.cli import main

ROOT = Path(__file__).parents[2]
AURUS = ROOT / "examples" / "aurus-2024.json"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", *args], capture_output=True, text=True, input=stdin,
                          cwd=ROOT, timeout=60, check=False)


def test_the_founding_case_is_prohibited_citing_2397_paragraph_7_and_the_luxury_ban() -> None:
    result = run("assess", str(AURUS), "--format", "json")
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["verdict"] == "prohibited"
    assert decision["as_of"] == "2024-02-18" and decision["as_of_basis"] == "transfer date"
    assert decision["rulebook_version"].startswith("un-dprk@")
    findings = decision["lines"][0]["findings"]
    vehicles = next(f for f in findings if f["measure"] == "kp-vehicles-to")
    assert vehicles["effect"] == "prohibited" and vehicles["direction"] == "to"
    assert vehicles["citation"]["instrument"] == "S/RES/2397 (2017)"
    assert vehicles["citation"]["paragraph"] == "7"
    assert "86-89" in vehicles["reason"]
    luxury = next(f for f in findings if f["measure"] == "kp-luxury-to")
    assert luxury["effect"] == "prohibited"
    assert luxury["citation"]["instrument"] == "S/RES/1718 (2006)" and luxury["citation"]["paragraph"] == "8(a)(iii)"
    assert luxury["item"]["citation"]["instrument"] == "S/RES/2094 (2013)"
    assert luxury["item"]["citation"]["annex"].startswith("IV")
    assert set(vehicles) >= {"measure", "effect", "direction", "citation", "reason", "verified"}


def test_the_founding_case_dated_before_2397_does_not_cite_it() -> None:
    result = run("assess", "--hs", "8703", "--from", "RU", "--to", "KP", "--date", "2017-12-01", "--format", "json")
    decision = json.loads(result.stdout)
    instruments = {f["citation"]["instrument"] for line in decision["lines"] for f in line["findings"]}
    assert "S/RES/2397 (2017)" not in instruments
    assert decision["verdict"] == "prohibited"


def test_the_founding_case_dated_2005_is_permitted() -> None:
    result = run("assess", "--hs", "8703", "--from", "Russia", "--to", "North Korea", "--date", "2005-01-01",
                 "--format", "json")
    decision = json.loads(result.stdout)
    assert decision["verdict"] == "permitted"
    assert decision["lines"][0]["findings"] == []


def test_text_output_names_verdict_citations_and_the_rulebook(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(AURUS)]) == 0
    out = capsys.readouterr().out
    assert "PROHIBITED" in out
    assert "S/RES/2397 (2017), paragraph 7" in out
    assert "S/RES/2094 (2013), paragraph 23, annex IV, item 2(b)" in out
    assert "rulebook un-dprk@" in out
    assert "law as of 2024-02-18 (transfer date)" in out


def test_as_of_overrides_the_transfer_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(AURUS), "--as-of", "2016-01-01", "--format", "json"]) == 0
    decision = json.loads(capsys.readouterr().out)
    assert decision["as_of"] == "2016-01-01" and decision["as_of_basis"] == "given"
    assert "kp-vehicles-to" not in json.dumps(decision)


def test_stdin_is_read_with_a_dash() -> None:
    result = run("assess", "-", "--format", "json", stdin=AURUS.read_text("utf-8"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["verdict"] == "prohibited"


def test_a_yaml_list_gives_a_list_and_jsonl_gives_one_line_each(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch.yaml"
    batch.write_text(
        "- {id: a, date: 2019-01-01, goods: [{hs: '8703'}], supplier: {country: CN}, recipient: {country: KP}}\n"
        "- {id: b, date: 2019-01-01, goods: [{hs: '1006'}], supplier: {country: CN}, recipient: {country: KP}}\n",
        encoding="utf-8",
    )
    assert main(["assess", str(batch), "--format", "json"]) == 0
    decisions = json.loads(capsys.readouterr().out)
    assert [(d["id"], d["verdict"]) for d in decisions] == [("a", "prohibited"), ("b", "permitted")]
    assert main(["assess", str(batch), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


@pytest.mark.parametrize(("fail_on", "code"), [(None, 0), ("prohibited", 3), ("review", 3)])
def test_fail_on_sets_exit_status_3(fail_on: str | None, code: int) -> None:
    args = ["assess", str(AURUS), "--format", "json"] + (["--fail-on", fail_on] if fail_on else [])
    assert main(args) == code


def test_fail_on_prohibited_passes_a_review(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["assess", "--hs", "2710.19", "--description", "diesel", "--from", "RU", "--to", "KP", "--date",
            "2019-01-01", "--fail-on", "prohibited", "--format", "json"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "review"


@pytest.mark.parametrize(("args", "words"), [
    (["assess", "--hs", "87A3", "--to", "KP"], ["--hs", "'87A3'"]),
    (["assess", "--hs", "8703", "--to", "Narnia"], ["--to", "'Narnia'", "ISO 3166"]),
    (["assess", "--hs", "8703", "--to", "KP", "--date", "18/02/2024"], ["--date", "YYYY-MM-DD"]),
    (["assess", "--hs", "8703", "--to", "KP", "--value", "lots"], ["--value", "300000USD"]),
    (["assess"], ["nothing to assess", "--hs 8703"]),
    (["assess", "nope.json"], ["nope.json", "no such file"]),
    (["assess", str(AURUS), "--hs", "8703"], ["either FILES or the quick-form options"]),
])
def test_input_errors_exit_2_with_one_line_and_no_traceback(args: list[str], words: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr


def test_quick_form_with_a_route_ending_in_the_dprk_is_indirect_supply(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["assess", "--hs", "8429.52", "--from", "JP", "--to", "CN", "--via", "CN", "--via", "KP",
            "--date", "2019-05-01", "--format", "json"]
    assert main(args) == 0
    decision = json.loads(capsys.readouterr().out)
    assert decision["verdict"] == "prohibited"
    assert any("route ends in the DPRK" in f["reason"] for f in decision["lines"][0]["findings"])


def test_the_founding_case_in_words_only_is_classified_and_still_cites_2397_paragraph_7() -> None:
    result = run("assess", str(ROOT / "examples" / "aurus-2024-words.json"), "--format", "json")
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    line = decision["lines"][0]
    assert line["hs_source"] == "classified" and line["hs"].startswith("8703")
    assert any(e["source"] == "rule" and e["entry"] == "armoured-passenger-car" for e in line["evidence"])
    cited = {(f["citation"]["instrument"], f["citation"]["paragraph"]) for f in line["findings"]}
    assert ("S/RES/2397 (2017)", "7") in cited
    assert decision["verdict"] == "prohibited"


def test_a_culture_of_micro_organisms_to_the_dprk_is_reviewed_against_the_lists(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["assess", "--hs", "3002.90", "--from", "CN", "--to", "KP", "--date", "2024-03-01"]) == 0
    out = capsys.readouterr().out
    assert "REVIEW" in out
    assert "kp-wmd-items" in out and "S/RES/1718 (2006), paragraph 8(a)(ii), 8(b)" in out


def test_rulebook_show_names_the_goods_lists_a_catch_all_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rulebook", "show", "kp-catch-all-2270"]) == 0
    assert "except goods on the rulebook's food and medicine lists" in capsys.readouterr().out


def test_a_report_dated_to_a_year_is_judged_without_saying_the_date_is_unknown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("date 2021-05-04\n\nA trader sold luxury goods worth $310,000 to North Korea in 2015.\n")
    assert main(["assess", str(report), "--format", "json", "--no-screen"]) == 0
    event, = json.loads(capsys.readouterr().out)["events"]
    assert event["date"] == "2015" and event["verdict"] != "permitted"
    # The whole of 2015 is after the luxury ban began: no note of a date the sources would not give.
    assert not any("do not say when" in note or "on or after" in note for note in event["notes"])
    report.write_text("date 2021-05-04\n\nA trader sold luxury goods worth $310,000 to North Korea in 2006.\n")
    assert main(["assess", str(report), "--format", "json", "--no-screen"]) == 0
    event, = json.loads(capsys.readouterr().out)["events"]
    assert any(note.endswith("the sources date it only to 2006") for note in event["notes"])
