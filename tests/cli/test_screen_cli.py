"""`sanctioneer screen`: the acceptance checks, as of dates, batch input, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings

UN_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "un"

pytestmark = pytest.mark.skipif(not (UN_DIR / "consolidated.xml").exists(),
                                reason=f"the UN list files are not present next to the repository ({UN_DIR})")


@pytest.fixture(scope="module")
def store_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANCTIONEER_HOME", str(home))
        get_settings.cache_clear()
        files = [UN_DIR / "history" / f"consolidated-{d}.xml" for d in ("2017-07-03", "2018-06-07")]
        for file in [*files, UN_DIR / "consolidated.xml"]:
            assert main(["lists", "load", "un-sc", str(file)]) == 0
    get_settings.cache_clear()
    return home


@pytest.fixture
def home(store_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("SANCTIONEER_HOME", str(store_home))
    get_settings.cache_clear()
    yield store_home
    get_settings.cache_clear()


def test_choe_sok_min_as_json_returns_kpi064(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "Choe Sok Min", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"] == "Choe Sok Min"
    best = result["matches"][0]
    assert best["reference"] == "KPi.064"
    assert best["name"] == "CH'OE SO’K MIN"
    assert best["score"] == 1.0
    assert best["reasons"][0]["feature"] == "name"
    assert best["snapshot"] == "2026-05-08"


def test_hangul_finds_kpi064_in_text(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "최석민"]) == 0
    out = capsys.readouterr().out
    assert "KPi.064" in out and "CH'OE SO’K MIN" in out and "snapshot 2026-05-08" in out


def test_as_of_before_the_listing_returns_nothing(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "Choe Sok Min", "--as-of", "2017-12-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"] == []
    assert main(["screen", "Choe Sok Min", "--as-of", "2018-07-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["snapshot"] == "2018-06-07"


def test_batch_input_writes_one_json_line_per_name(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = tmp_path / "names.csv"
    names.write_text("name,dob,country\nChoi Seok-min,1978-07-25,KP\nJohn Smith,,\n최석민,,\n", encoding="utf-8")
    assert main(["screen", "--input", str(names)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["Choi Seok-min", "John Smith", "최석민"]
    assert [m["reference"] for m in lines[0]["matches"]] == ["KPi.064"]
    assert {r["feature"] for r in lines[0]["matches"][0]["reasons"]} == {"name", "dob", "country"}
    assert lines[1]["matches"] == []
    assert lines[2]["matches"][0]["reference"] == "KPi.064"


def test_plain_name_list_input(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Korea Mining Development Trading Co., Ltd.\n\nChoe Sok Min\n", encoding="utf-8")
    assert main(["screen", "--input", str(names), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["matches"][0]["reference"] for line in lines] == ["KPe.001", "KPi.064"]


def test_errors_are_one_line_naming_the_fix(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen"]) == 2
    assert "give either a NAME or --input FILE" in capsys.readouterr().err
    assert main(["screen", "X", "--as-of", "2018-31-12"]) == 2
    assert "--as-of" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("name,dob\n,1970\n", encoding="utf-8")
    assert main(["screen", "--input", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "name column" in err


def test_no_list_loaded_says_how_to_load_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    assert main(["screen", "Choe Sok Min"]) == 2
    assert "sanctioneer lists load un-sc FILE" in capsys.readouterr().err
    get_settings.cache_clear()


def test_the_installed_command_answers_in_a_subprocess(home: Path) -> None:
    exe = Path(sys.executable).with_name("sanctioneer")
    done = subprocess.run([str(exe), "screen", "최석민", "--format", "json"], capture_output=True, text=True,
                          env={"SANCTIONEER_HOME": str(home), "PATH": ""}, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["matches"][0]["reference"] == "KPi.064"
