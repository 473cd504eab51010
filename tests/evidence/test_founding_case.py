"""The founding reports, read as an analyst would: one limousine event, the other transfers, each with its words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.factory import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
NEEDS_SEEDS = pytest.mark.skipif(not SEEDS, reason="the founding reports in ../shared/seeds/ are not here")


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", *args], capture_output=True, text=True, timeout=300,
                          env={"SANCTIONEER_HOME": str(home), "PATH": "/usr/bin:/bin"}, check=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("home")
    result = _run("assess", *map(str, SEEDS), "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


def _limousine(report: dict[str, Any]) -> dict[str, Any]:
    found = [e for e in report["events"] if any("Aurus" in g["description"] for g in e["goods"])]
    assert len(found) == 1, f"one limousine event, got {[e['goods'] for e in found]}"
    return found[0]


@NEEDS_SEEDS
def test_the_gift_of_the_limousine_is_one_prohibited_event_from_both_reports(report: dict[str, Any]) -> None:
    event = _limousine(report)
    assert event["verdict"] == "prohibited"
    assert event["date"] == "2024-02-18"
    assert event["kind"] == "gift"
    assert event["corroboration"] == 2
    assert {s["document"] for s in event["sources"]} == {str(p) for p in SEEDS}
    assert event["supplier"] == {"name": "Vladimir Putin", "country": "RU", "type": "person"}
    assert event["recipient"] == {"name": "Kim Jong Un", "country": "KP", "type": "person"}
    assert event["goods"][0]["hs"].startswith("8703")


@NEEDS_SEEDS
def test_the_limousine_verdict_cites_resolution_2397_paragraph_7_and_the_luxury_goods_measure(
        report: dict[str, Any]) -> None:
    decision = _limousine(report)["decision"]
    cited = {(f["citation"]["instrument"], f["citation"]["paragraph"]) for line in decision["lines"]
             for f in line["findings"] if f["effect"] == "prohibited" and f["citation"]}
    assert ("S/RES/2397 (2017)", "7") in cited
    luxury = [f for line in decision["lines"] for f in line["findings"] if f["item"] and "luxury" in f["reason"]]
    assert luxury and luxury[0]["effect"] == "prohibited"


@NEEDS_SEEDS
def test_each_source_of_the_date_is_tied_to_its_words(report: dict[str, Any]) -> None:
    event = _limousine(report)
    dates = {s["document"]: [e for e in s["evidence"] if e["field"] == "date"] for s in event["sources"]}
    fly, wire = (dates[str(p)] for p in SEEDS)
    assert fly[0]["text"] == "Sunday" and "handed over" in fly[0]["sentence"]["text"]
    assert wire[0]["text"] == "February 18" and "delivered" in wire[0]["sentence"]["text"]
    for source in event["sources"]:
        text = Path(source["document"]).read_text("utf-8")
        for evidence in source["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
            assert "Would you like to comment" not in evidence["sentence"]["text"]
            assert not evidence["sentence"]["text"].startswith("Image:")


@NEEDS_SEEDS
def test_the_other_transfers_are_found_with_their_status(report: dict[str, Any]) -> None:
    events = report["events"]
    arms = [e for e in events if e["supplier"]["country"] == "KP" and e["recipient"]["country"] == "RU"
            and e["kind"] == "supply"]
    assert len(arms) == 1, "North Korea's arms for Russia: one event, told by both reports"
    assert arms[0]["status"] == "denied" and arms[0]["corroboration"] == 2
    assert arms[0]["verdict"] == "prohibited"
    hedges = {h for s in arms[0]["statuses"] for h in s["hedges"]}
    assert {"is believed", "accused"} <= hedges
    guns = [e for e in events if e["kind"] == "exchange"]
    assert {(e["supplier"]["country"], e["recipient"]["country"]) for e in guns} == {("RU", "KP"), ("KP", "RU")}
    assert all(e["date"] == "2023-09" and e["verdict"] != "permitted" for e in guns)


@NEEDS_SEEDS
def test_kims_smuggled_cars_are_prohibited_and_the_decision_says_the_date_is_unknown(report: dict[str, Any]) -> None:
    cars = [e for e in report["events"] if any("Maybach" in g["description"] for g in e["goods"])]
    assert len(cars) == 1
    event = cars[0]
    assert event["verdict"] == "prohibited"
    assert event["date"] is None and event["status"] == "alleged"
    assert event["supplier"]["name"] is None and event["supplier"]["country"] is None
    assert any("date of the transfer is unknown" in note for note in event["notes"])
    assert any(note.startswith("prohibited if the transfer took place on or after") for note in event["notes"])
    assert "unknown" in event["decision"]["as_of_basis"]
    assert any("likely" in s["hedges"] for s in event["statuses"])


@NEEDS_SEEDS
def test_events_are_ordered_by_date_with_unknown_dates_last(report: dict[str, Any]) -> None:
    dates = [e["date"] for e in report["events"]]
    known = [d for d in dates if d]
    assert known == sorted(known)
    assert dates[len(known):] == [None] * (len(dates) - len(known))


@NEEDS_SEEDS
def test_page_furniture_gives_no_claim(report: dict[str, Any]) -> None:
    sentences = [e["sentence"]["text"] for c in report["claims"] for e in c["evidence"]]
    assert not any("comment" in s.lower() or s.startswith("Image:") for s in sentences)


@NEEDS_SEEDS
def test_extract_shows_the_claims_without_a_verdict(tmp_path: Path) -> None:
    result = _run("extract", *map(str, SEEDS), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Aurus" in result.stdout and "PROHIBITED" not in result.stdout
    as_json = json.loads(_run("extract", *map(str, SEEDS), "--format", "json", home=tmp_path).stdout)
    assert all(e["decision"] is None for e in as_json["events"])
    assert len(as_json["claims"]) >= 6


@NEEDS_SEEDS
def test_the_date_option_dates_an_undated_report(tmp_path: Path) -> None:
    result = _run("extract", str(SEEDS[1]), "--date", "2024-02-20", "--format", "json", home=tmp_path)
    claims = json.loads(result.stdout)["claims"]
    gift = next(c for c in claims if c["kind"] == "gift")
    assert gift["date"]["value"] == "2024-02-18"
    undated = json.loads(_run("extract", str(SEEDS[1]), "--format", "json", home=tmp_path).stdout)["claims"]
    assert next(c for c in undated if c["kind"] == "gift")["date"]["value"] == "--02-18"


def test_the_bundled_report_gives_the_gift_and_the_denied_shells(tmp_path: Path) -> None:
    # Runs without ../shared: the example is the project's own, written as a wrapped Markdown page.
    example = Path(__file__).resolve().parents[2] / "examples" / "limousine-report.md"
    result = subprocess.run([sys.executable, "-m", "sanctioneer", "assess", str(example), "--format", "json",
                             "--no-screen"], capture_output=True, text=True, timeout=300, check=False,
                            env={"SANCTIONEER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    events = {e["kind"]: e for e in json.loads(result.stdout)["events"]}
    gift = events["gift"]
    assert gift["verdict"] == "prohibited" and gift["date"] == "2024-02-18"
    assert (gift["supplier"]["name"], gift["recipient"]["name"]) == ("Vladimir Putin", "Kim Jong Un")
    shells = events["shipment"]
    assert shells["status"] == "denied" and shells["date"] == "2023-08"
    assert (shells["supplier"]["country"], shells["recipient"]["country"]) == ("KP", "RU")
    assert "vehicles" not in {g["description"] for e in events.values() for g in e["goods"]}, \
        "the sentence that states the ban is no transfer"
