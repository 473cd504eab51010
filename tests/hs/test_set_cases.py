"""Run the cases written beside the set headings, and check every set has both kinds and a strict loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctioneer.errors import InputError
from sanctioneer.hs.classify import Candidate, GoodsClassifier, classify
from sanctioneer.hs.head import set_items
from sanctioneer.hs.sets import load_sets, read_sets
from tests.hs.cases import Case, load_cases

CASES_FILE = "sets.yaml"
FIXTURES = Path(__file__).parent / "fixtures"
CASES = load_cases(CASES_FILE)
SET_IDS = {entry.id for entry in load_sets()}


def _fired(candidates: list[Candidate]) -> set[str]:
    """The sets in the evidence: giving a heading, or ruling one out."""
    return {e.entry for c in candidates for e in c.evidence if e.source == "rule"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_set_case(case: Case) -> None:
    candidates = classify(case.description, top=5)
    explain = "; ".join(f"{c.subheading} [{', '.join(f'{e.source}:{e.entry}' for e in c.evidence[:4])}]"
                        for c in candidates)
    if "fires" in case.expect:
        assert case.expect["fires"] in _fired(candidates), explain
    if "silent" in case.expect:
        assert case.expect["silent"] not in _fired(candidates), explain
    if "hs" in case.expect:
        assert candidates and candidates[0].subheading.startswith(str(case.expect["hs"])), explain


def test_every_set_has_a_case_that_gives_it_and_one_that_does_not() -> None:
    assert {c.expect["fires"] for c in CASES if "fires" in c.expect} == SET_IDS
    assert {c.expect["silent"] for c in CASES if "silent" in c.expect} == SET_IDS


def test_a_garment_set_rules_out_the_top_and_says_why() -> None:
    candidates = classify("women's poplin blouse and linen skirt set", top=5)
    assert candidates[0].hs == "6204"
    why_not = [e for e in candidates[0].evidence if e.source == "rule" and e.score < 0 and e.code == "6206"]
    assert why_not and why_not[0].entry == "garment-ensembles"


def test_a_set_heading_says_why_and_is_never_confident() -> None:
    result = GoodsClassifier(semantic=False).classify("claw hammer and adjustable spanner set")
    assert not result.confident and result.hs is None
    assert result.candidates[0].startswith("8206")
    reasons = [e["reason"] for e in result.evidence if e["source"] == "rule" and e["candidate"] == "8206"]
    assert reasons and "82.06" in str(reasons[0])


@pytest.mark.parametrize(("text", "items"), [
    ("kit comprising a bow saw, two flat files and pliers", (("bow", "saw"), ("flat", "file"), ("plier",))),
    ("ladle and skimmer gift set", (("ladle",), ("skimmer",))),
    ("set of 6 paring knives", ()),
    ("socket set with a ratchet and extension bars", ()),
])
def test_a_set_lists_its_goods_without_counts_or_kind(text: str, items: tuple[tuple[str, ...], ...]) -> None:
    assert set_items(text) == items


@pytest.mark.parametrize(("fixture", "words"), [
    ("sets-unknown-key.yaml", ["sets-unknown-key.yaml", "sets[0] (spanner-sets)", "unknown key 'note'"]),
    ("sets-bad-apart.yaml", ["sets[0] (spanner-sets).apart", "true or false", "'yes'"]),
    ("sets-bad-heading.yaml", ["sets[0] (spanner-sets).hs", "4 digits", "'820600'"]),
    ("sets-no-heading.yaml", ["sets[0] (spanner-sets)", "either hs", "or with"]),
])
def test_a_bad_sets_file_is_refused_naming_file_and_entry(fixture: str, words: list[str]) -> None:
    with pytest.raises(InputError) as caught:
        read_sets(FIXTURES / fixture)
    for word in words:
        assert word in str(caught.value)
