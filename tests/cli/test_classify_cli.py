"""`sanctioneer classify` through its real entry point: text, JSON, JSONL, files and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctioneer.cli import main

ROOT = Path(__file__).parents[2]


def test_the_aurus_senat_is_classified_as_a_passenger_car_with_its_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "Aurus Senat armoured limousine"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[1]
    assert first.strip().startswith("1. 8703")
    assert "rule: armoured-passenger-car" in out and "gazetteer: aurus senat" in out


def test_a_heading_without_a_chosen_subheading_shows_none(capsys: pytest.CaptureFixture[str]) -> None:
    # A phone case is of leather, plastics or textile (42.02): nothing in the words says which.
    assert main(["classify", "cellular phone case", "--top", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[1]
    assert first.strip().startswith("1. 4202  (none)  score")
    assert main(["classify", "cellular phone case", "--top", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["candidates"][0]["subheading"] == "4202"


def test_json_gives_heading_subheading_score_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "Rolls-Royce Phantom", "--format", "json", "--top", "3"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["text"] == "Rolls-Royce Phantom"
    first = payload["candidates"][0]
    assert (first["hs"], first["subheading"]) == ("8703", "870324")
    assert 0 < first["score"] <= 1
    assert first["evidence"][0]["source"] == "gazetteer"
    assert {"source", "code", "score", "entry", "matched", "reason"} <= set(first["evidence"][0])
    assert len(payload["candidates"]) <= 3


def test_jsonl_writes_one_object_per_input_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "goods.txt"
    source.write_text("diesel fuel\n\nlead crystal decanter\nSki-Doo snowmobile\n", encoding="utf-8")
    assert main(["classify", "--input", str(source), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["diesel fuel", "lead crystal decanter", "Ski-Doo snowmobile"]
    assert [r["candidates"][0]["hs"] for r in rows] == ["2710", "7013", "8703"]


def test_a_csv_column_is_read_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "invoice.csv"
    source.write_text("line,goods,qty\n1,dried pollock,200\n2,Rolls-Royce Phantom,1\n", encoding="utf-8")
    assert main(["classify", "--input", str(source), "--column", "goods", "--format", "jsonl", "--top", "1"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["candidates"][0]["subheading"] for r in rows] == ["030553", "870324"]


def test_a_csv_without_the_column_names_the_file_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "invoice.csv"
    source.write_text("line,qty\n1,200\n", encoding="utf-8")
    assert main(["classify", "--input", str(source)]) == 2
    err = capsys.readouterr().err
    assert "invoice.csv" in err and "no column 'text'" in err and "--column" in err


def test_a_missing_input_file_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--input", "no-such-file.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--input: no such file: no-such-file.txt" in err


def test_non_utf8_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("caf\xe9 cr\xe8me\n".encode("latin-1"))
    assert main(["classify", "--input", str(source)]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "latin1.txt" in err and "save the file as UTF-8" in err


def test_empty_text_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "  "]) == 2
    assert "the description is empty" in capsys.readouterr().err


def test_text_and_input_together_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "rice", "--input", str(tmp_path / "x.txt")]) == 2
    assert "not both or neither" in capsys.readouterr().err


def test_top_below_one_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "rice", "--top", "0"]) == 2
    assert "--top" in capsys.readouterr().err


def test_the_installed_command_answers_and_help_stays_fast() -> None:
    result = subprocess.run([sys.executable, "-m", "sanctioneer", "classify", "diesel fuel", "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["candidates"][0]["subheading"] == "271019"
    probe = "import sys, sanctioneer.cli; print(any(m.startswith('sanctioneer.hs.classify') for m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert loaded.stdout.strip() == "False"


def test_luxury_reports_the_annex_item_and_applies_the_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "Ski-Doo snowmobile", "--luxury", "--value", "12000USD", "--format", "json"]) == 0
    matches = json.loads(capsys.readouterr().out)["luxury"]["matches"]
    [match] = [m for m in matches if m["item"] == "kp-2270-v-snowmobiles"]
    assert match["covered"] is True
    assert match["citation"]["instrument"] == "S/RES/2270 (2016)"
    assert main(["classify", "Ski-Doo snowmobile", "--luxury", "--value", "1500USD", "--format", "json"]) == 0
    matches = json.loads(capsys.readouterr().out)["luxury"]["matches"]
    [match] = [m for m in matches if m["item"] == "kp-2270-v-snowmobiles"]
    assert match["covered"] is False and "not over 2,000.00 USD" in match["reason"]


def test_value_without_luxury_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "snowmobile", "--value", "1500USD"]) == 2
    assert "--value is used only with --luxury" in capsys.readouterr().err


def test_a_crystal_decanter_in_2014_is_to_review_in_classify_luxury_as_in_assess(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["classify", "lead crystal decanter", "--luxury", "--date", "2014-01-01"]) == 0
    out = capsys.readouterr().out
    assert "luxury as of 2014-01-01" in out
    assert "to review: items of lead crystal (kp-2270-v-lead-crystal)" in out and "only from 2016-03-02" in out
    assert "covered:" not in out.replace("not covered:", "")
    assert main(["assess", "--description", "lead crystal decanter", "--from", "CN", "--to", "KP",
                 "--date", "2014-01-01"]) == 0
    assert "REVIEW" in capsys.readouterr().out


def test_date_without_luxury_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "snowmobile", "--date", "2016-01-01"]) == 2
    assert "--date is used only with --luxury" in capsys.readouterr().err


def test_json_names_the_classifier_version_and_no_semantic_says_lexical(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["classify", "steel hex nuts, M12, zinc plated", "--format", "json", "--no-semantic", "--top", "1"]
    assert main(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["classifier"].startswith("hs-classifier@") and payload["classifier"].endswith("+lexical")
    assert len(payload["classifier"].split("@")[1].split("+")[0]) == 12
    assert payload["candidates"][0]["hs"] == "7318"
