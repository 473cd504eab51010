"""The HS code of each goods line a report names: the classifier's when it is sure, in `extract` as in `assess`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sanctioneer.evidence import classify_claim
from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges
from tests.evidence.reading import only

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))

REPORT = ("date 2019-06-12\n\nA Sierra Leone-flagged freighter delivered 3,000 tonnes of North Korean coal to a "
          "port in Vietnam in May, customs officials said.\n")


def _run(*args: str, home: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "sanctioneer", *args, "--format", "json"], capture_output=True,
                            text=True, timeout=300, check=False,
                            env={"SANCTIONEER_HOME": str(home), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


def test_extract_gives_each_goods_line_the_code_assess_gives_it(tmp_path: Path) -> None:
    report = tmp_path / "coal.txt"
    report.write_text(REPORT, encoding="utf-8")
    extracted = _run("extract", str(report), home=tmp_path)
    assessed = _run("assess", str(report), "--no-screen", home=tmp_path)
    [line] = extracted["claims"][0]["goods"]
    # The description stays as the report wrote it; the code is coal's.
    assert line["description"] == "North Korean coal"
    assert line["hs"].startswith("2701") and "coal" in line["hs_label"].lower()
    assert extracted["events"][0]["goods"][0]["hs"] == line["hs"]
    assert assessed["claims"][0]["goods"][0]["hs"] == line["hs"]
    assert extracted["events"][0]["decision"] is None


@pytest.mark.parametrize(("sentence", "described", "heading"), [
    # Where the goods came from is the supplier, not a kind of goods.
    ("North Korea sold North Korean coal to Vietnam in May.", "North Korean coal", "2701"),
    ("Russia shipped Russian-made pianos to North Korea in May.", "Russian-made pianos", "9201"),
    ("China sold Chinese-made pianos to North Korea in May.", "Chinese-made pianos", "9201"),
    # What held the goods is packing; a count is no kind of goods.
    ("China sold crates of vodka to North Korea in May.", "vodka", "2208"),
    ("China sold twenty-three pianos to North Korea in May.", "pianos", "9201"),
    # Words saying which or how many of the goods, how far they reach or where they were made are no kind of goods.
    ("Belarus sent additional artillery systems to Laos in May.", "additional artillery systems", "9301"),
    ("Iran sold short-range ballistic missiles to Russia in March.", "short-range ballistic missiles", "9306"),
    ("Belarus sold upgraded self-propelled howitzers to Laos in May.", "upgraded self-propelled howitzers", "9301"),
])
def test_the_classifier_reads_what_the_goods_are_not_where_they_came_from(sentence: str, described: str,
                                                                           heading: str) -> None:
    claim = classify_claim(only(sentence), GoodsClassifier(semantic=False))
    [line] = claim.goods
    assert line.description == described
    assert line.hs is not None and line.hs.startswith(heading)


def test_goods_the_classifier_is_unsure_of_keep_no_code() -> None:
    # Parts of what, the report does not say: no heading can be chosen without a person.
    claim = classify_claim(only("China sold spare parts to North Korea in May."), GoodsClassifier(semantic=False))
    assert [line.description for line in claim.goods] == ["spare parts"]
    assert all(line.hs is None and line.hs_label is None for line in claim.goods)


@pytest.mark.parametrize(("sentence", "heading"), [
    # Goods a report names plainly, in a word or two, get the code their name stands for: the country is taken off
    # first, and the name is wholly one term of one heading.
    ("North Korea sold North Korean artillery shells to Russia in May.", "9306"),
    ("Iran shipped ballistic missiles to Russia in March.", "9306"),
    ("Russia sold refined petroleum to North Korea in June.", "2710"),
    ("Germany sold second-hand limousines to North Korea in May.", "8703"),
    # Crude oil in a report is petroleum, no plant named; horses and missiles are the words of their headings' texts.
    ("Russia sold crude oil to North Korea in June.", "2709"),
    ("North Korea sold missiles to Russia in March.", "9306"),
    ("Mongolia sent horses to North Korea in July.", "0101"),
    # Rifles may be of war (93.01) or for sport (93.03), guns many things: no code without a person's check.
    ("Russia sold rifles to North Korea in May.", None),
    ("Russia sold guns to North Korea in May.", None),
    # Self-propelled guns and howitzers are artillery weapons of 93.01, not armoured vehicles of 87.10.
    ("Belarus shipped self-propelled howitzers to Laos in May.", "9301"),
    ("Belarus sold 152mm self-propelled guns to Laos in May.", "9301"),
    # Goods of a consequential heading a report names in a word or two get its code, with no second source agreeing.
    ("Belarus sold mortar ammunition to Laos in May.", "9306"),
    ("A Thai dealer sold Lexus SUVs to North Korea in May.", "8703"),
    # Outside the consequential headings an everyday name every reading of which lies in its own chapter needs no
    # source's agreement (below).
    ("A Thai dealer sold cosmetics to North Korea in May.", "3304"),
    # A food a report names in a word, one term of one heading the trained model ranks first and three sources agree
    # on, gets its code.
    ("Kazakhstan exported 3,000 tonnes of rice to Mongolia in May.", "1006"),
    ("Kazakhstan sold 90 tonnes of pine nuts to Mongolia in May.", "0802"),
    # Corn and maize are the heading's own words for its goods, which no other heading's text names as its own: the
    # model ranking the heading first and two sources agreeing are enough.
    ("Kazakhstan exported 3,000 tonnes of corn to Mongolia in May.", "1005"),
    ("Ukraine shipped 40,000 tonnes of maize to Egypt in May.", "1005"),
    # Two sources are not enough when a heading of another chapter lists the goods: no code without a person's check.
    ("A Thai dealer sold cigarettes to Mongolia in May.", None),
])
def test_goods_a_report_names_plainly_get_a_code_when_the_name_decides_the_heading(sentence: str,
                                                                                  heading: str | None) -> None:
    claim = classify_claim(only(sentence), GoodsClassifier(semantic=False))
    [line] = claim.goods
    if heading is None:
        assert line.hs is None
    else:
        assert line.hs is not None and line.hs.startswith(heading)


@pytest.mark.parametrize(("sentence", "heading"), [
    # An everyday name whose other readings (a qualified term's, a heading text's) lie in its own chapter, none
    # consequential, gets its code, whichever way it is spelt and though the trained model ranks another heading.
    ("A Dutch trader shipped 800 tonnes of fertilizer to Mongolia in May.", "3105"),
    ("A Dutch trader shipped 800 tonnes of fertiliser to Mongolia in May.", "3105"),
    ("A Brazilian firm sold 60 tonnes of soybean oil to Mongolia in April.", "1507"),
    ("Kazakhstan shipped 9,000 tonnes of wheat to Mongolia in April.", "1001"),
    # Electronic cigarettes are of chapter 85, which a measure may ban whole: no code without a person's check.
    ("A Thai dealer sold cigarettes to North Korea in May.", None),
    # A reading in the consequential ranges (the assault rifles of 93.01) leaves the heading open.
    ("Russia sold rifles to North Korea in May.", None),
    # A word many headings list as their goods is a class of goods, not goods.
    ("Kazakhstan shipped 9,000 tonnes of salt to Mongolia in April.", None),
])
def test_an_everyday_name_in_a_report_gets_its_code_when_no_reading_could_change_a_verdict(sentence: str,
                                                                                         heading: str | None) -> None:
    claim = classify_claim(only(sentence), GoodsClassifier(semantic=False, sensitive=SENSITIVE))
    [line] = claim.goods
    if heading is None:
        assert line.hs is None
    else:
        assert line.hs is not None and line.hs.startswith(heading)
