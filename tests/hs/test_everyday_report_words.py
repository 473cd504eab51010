"""Everyday goods words of a report ("cars", "sugar", "mushrooms") get an HS code when the word names the goods.

A report's name of goods outside the consequential ranges is answered unless a reading of it could change a verdict: a
consequential one, or one in another chapter that a ban of a whole chapter or more reaches and the name's heading does
not (`plain.everyday_term`, `rulebook.sensitive.broad_ranges`). A name of goods of a heading wholly consequential is
answered unless a heading outside those ranges lists the word bare as its goods (`plain.stricter_term`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.hs.classify import GoodsClassifier, classify
from sanctioneer.hs.codes import HsRange, Relation, touches_any
from sanctioneer.hs.gazetteer import Gazetteer, Term
from sanctioneer.hs.plain import everyday_term, stricter_term
from sanctioneer.model import Verdict
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import broad_ranges, sensitive_ranges
from tests.factory import transfer

RULEBOOK = load_rulebook(default_rulebook_dir())
SENSITIVE = sensitive_ranges(RULEBOOK)
BROAD = broad_ranges(RULEBOOK)


@pytest.fixture(scope="module")
def classifier() -> GoodsClassifier:
    return GoodsClassifier(semantic=False, sensitive=SENSITIVE, broad=BROAD)


def _gazetteer(*terms: tuple[str, str]) -> Gazetteer:
    return Gazetteer([Term(text, code, "goods", "test group", "written for the test") for text, code in terms])


def test_broad_ranges_are_the_rulebooks_bans_of_a_whole_chapter_or_more() -> None:
    assert BROAD and all(r.width == 2 for r in BROAD)
    # The chapters a narrow measure names among its headings are sensitive and broad alike.
    assert {r for r in SENSITIVE if r.width == 2} <= set(BROAD)
    # A measure that names only whole chapters is sector-wide: left out of the sensitive ranges, kept among the broad.
    wide = [
        r for m in RULEBOOK.measures if any(effect == Verdict.PROHIBITED for _, effect in m.history) and not m.residual
        for clause in m.goods for r in clause.hs
        if all(other.width == 2 for c in m.goods for other in c.hs)
    ]
    assert wide and set(wide) <= set(BROAD)
    assert not set(wide) <= set(SENSITIVE)


def test_the_classifier_reads_its_broad_ranges_from_the_rulebook_in_force() -> None:
    assert GoodsClassifier(semantic=False).broad == BROAD
    assert GoodsClassifier(semantic=False, broad=()).broad == ()


@pytest.mark.parametrize(("words", "heading"), [
    ("sugar", "1701"),
    ("brown sugar", "1701"),
    ("mushrooms", "0709"),
    ("pine mushrooms", "0709"),
    ("cars", "8703"),
])
def test_everyday_words_that_name_the_goods_get_their_code(classifier: GoodsClassifier, words: str,
                                                           heading: str) -> None:
    found = classifier.classify_report(words)
    assert found.confident and found.hs is not None and found.hs.startswith(heading)


def test_cars_are_motor_cars_not_the_tyres_that_share_the_word(classifier: GoodsClassifier) -> None:
    # The tyres of 40.11 are "of a kind used on motor cars": in a report, cars are the cars themselves.
    candidates = classify("cars", semantic=False, sensitive=SENSITIVE, broad=BROAD, report=True)
    assert candidates[0].hs == "8703" and candidates[0].named and candidates[0].named_by == "gazetteer"
    assert {"4011", "4013"} & {c.hs for c in candidates[1:]}
    # Read as a tariff's line, the word alone still leaves the heading to a person.
    assert not classifier.classify("cars").confident


@pytest.mark.parametrize(("words", "heading"), [
    # Electronic cigarettes (85.43) lie in a chapter a machinery ban reaches whole, tobacco's chapter not.
    ("cigarettes", "2402"),
    # Fork-lift trucks (84.27) are machinery, lorries (87.04) vehicles: two bans of whole chapters.
    ("trucks", "8704"),
    # Fish flour (03.09) and the flours of chapter 12 lie in chapters banned whole, cereal flour's not.
    ("flour", "1101"),
])
def test_genuinely_ambiguous_words_stay_without_a_code(classifier: GoodsClassifier, words: str,
                                                       heading: str) -> None:
    found = classifier.classify_report(words)
    assert found.hs is None and not found.confident
    # The everyday reading stays among the candidates, for a person to choose.
    assert any(code.startswith(heading) for code in found.candidates)


def test_a_chapter_wide_ban_on_another_reading_keeps_an_everyday_name_open() -> None:
    # Preserved mushrooms are of chapter 20: were that chapter banned whole and the fresh ones' not, a mistake
    # between them could let banned goods pass.
    fresh = GoodsClassifier(semantic=False, sensitive=SENSITIVE, broad=BROAD).classify_report("mushrooms").hs
    assert fresh is not None
    preserved = next(c.hs for c in classify("mushrooms", semantic=False, sensitive=SENSITIVE, report=True)
                     if c.hs[:2] != fresh[:2])
    banned = (*BROAD, HsRange(preserved[:2], preserved[:2]))
    assert GoodsClassifier(semantic=False, sensitive=SENSITIVE, broad=banned).classify_report("mushrooms").hs is None


@pytest.mark.parametrize("words", ["sugar", "brown sugar", "mushrooms", "pine mushrooms", "cigarettes", "trucks",
                                   "flour"])
def test_no_innocent_everyday_word_gets_a_consequential_code(classifier: GoodsClassifier, words: str) -> None:
    # A wrong code in the consequential ranges on innocent goods is a false alarm.
    found = classifier.classify_report(words)
    assert found.hs is None or not touches_any(found.hs, SENSITIVE)


@pytest.mark.parametrize("words", ["vans", "centrifuges", "graphite", "marble"])
def test_an_everyday_name_with_a_consequential_reading_stays_open(classifier: GoodsClassifier, words: str) -> None:
    # Passenger vans (87.03), the centrifuges of nuclear reactors (84.01), artificial graphite (38.01), marble statues
    # (68.02): answered under the innocent heading, banned goods would pass as permitted.
    found = classifier.classify_report(words)
    assert found.hs is None or touches_any(found.hs, SENSITIVE)


def _verdict(hs: str, *, to: str, frm: str) -> Verdict:
    return Assessor(default_rulebook()).assess(
        transfer(hs, to=to, frm=frm, on="2024-02-18"), today=date(2024, 3, 1)
    ).verdict


def test_the_codes_of_report_words_give_the_verdict_their_goods_deserve(classifier: GoodsClassifier) -> None:
    # Cars given to the DPRK are sanctioned: their code must not let them pass.
    cars = classifier.classify_report("cars").hs
    assert cars is not None and _verdict(cars, to="KP", frm="RU") == Verdict.PROHIBITED
    # Sugar sold to the DPRK is not: its code must not raise an alarm.
    sugar = classifier.classify_report("sugar").hs
    assert sugar is not None and _verdict(sugar, to="KP", frm="CN") != Verdict.PROHIBITED


ARMOURED = (HsRange("8710", "8710"),)


@pytest.mark.parametrize(("terms", "words", "ranges", "heading"), [
    # A heading wholly inside a consequential range, named by a word no innocent heading lists bare.
    ((("armoured car", "871000"),), "armoured cars", ARMOURED, "8710"),
    # A consequential range on one subheading leaves the heading's other goods innocent: no answer.
    ((("armoured car", "871000"),), "armoured cars", (HsRange("871000", "871000"),), None),
    # Reservoirs and vats are "tanks" too (73.09), named as plainly: answering armoured vehicles is a false alarm.
    ((("tank", "871000"),), "tanks", ARMOURED, None),
])
def test_a_stricter_name_answers_a_wholly_consequential_heading_only(terms: tuple[tuple[str, str], ...], words: str,
                                                                     ranges: tuple[HsRange, ...],
                                                                     heading: str | None) -> None:
    gazetteer = _gazetteer(*terms)
    assert stricter_term(words, gazetteer.find(words), gazetteer, ranges) == heading
    if heading is not None:
        assert any(r.relation(heading) is Relation.INSIDE for r in ranges)


KETTLES = _gazetteer(("kettle", "851671"), ("camping kettle", "732393"))
#: A consequential range of the test, away from the kettles' headings.
WAR_ARMS = (HsRange("9301", "9301"),)


@pytest.mark.parametrize(("broad", "heading"), [
    # No ban of a whole chapter: the camping kettle of chapter 73 changes no verdict.
    ((), "8516"),
    # A ban reaching the kettle's chapter and not the camping kettle's makes a mistake stricter, never permissive.
    ((HsRange("85", "85"),), "8516"),
    # A ban reaching the camping kettle's chapter and not the kettle's: the heading stays open.
    ((HsRange("72", "83"),), None),
    # Bans unknown: any reading in another chapter may be banned.
    (None, None),
])
def test_an_everyday_name_is_held_open_only_by_a_chapter_wide_ban_that_tells_its_readings_apart(
    broad: tuple[HsRange, ...] | None, heading: str | None,
) -> None:
    assert everyday_term("kettles", KETTLES.find("kettles"), KETTLES, WAR_ARMS, broad) == heading


REPORT = """date 2019-06-12

A Chinese trading company shipped 300 tonnes of sugar to North Korea in March 2019.

A Russian firm sold 40 cars to North Korea in April 2019.

North Korea exported 20 tonnes of mushrooms to China in May 2019.

A Thai dealer sold cigarettes to North Korea in May 2019.
"""


def test_extract_gives_everyday_report_words_their_code(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "sanctioneer", "extract", str(report), "--format", "json"],
                            capture_output=True, text=True, timeout=300, check=False,
                            env={"SANCTIONEER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    codes = {line["description"]: line["hs"] for claim in claims for line in claim["goods"]}
    assert set(codes) == {"sugar", "cars", "mushrooms", "cigarettes"}
    assert codes["sugar"].startswith("1701")
    assert codes["cars"].startswith("8703")
    assert codes["mushrooms"].startswith("0709")
    assert codes["cigarettes"] is None
