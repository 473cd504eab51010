"""Run the cases written beside the override rules, and check every rule has both kinds."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from sanctioneer.hs.classify import Candidate, classify
from sanctioneer.hs.gazetteer import fold, load_gazetteer, load_rules
from tests.hs.cases import Case, load_cases

CASES_FILE = "rules.yaml"
CASES = load_cases(CASES_FILE)
RULE_IDS = {rule.id for rule in load_rules()}


def _rules_in_evidence(candidates: list[Candidate]) -> set[str]:
    return {e.entry for c in candidates for e in c.evidence if e.source == "rule"}


def _explain(candidates: list[Candidate]) -> str:
    return "; ".join(
        f"{c.subheading} {c.score:.2f} [{', '.join(f'{e.source}:{e.entry}' for e in c.evidence[:4])}]"
        for c in candidates
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_case(case: Case) -> None:
    candidates = classify(case.description, top=5)
    fired = _rules_in_evidence(candidates)
    explain = _explain(candidates)
    if "fires" in case.expect:
        assert case.expect["fires"] in fired, f"{case.expect['fires']} did not fire; got: {explain}"
    if "silent" in case.expect:
        assert case.expect["silent"] not in fired, f"{case.expect['silent']} fired; got: {explain}"
    if "hs" in case.expect:
        assert candidates and candidates[0].subheading.startswith(str(case.expect["hs"])), explain


def test_cases_name_only_rules_that_exist() -> None:
    named = {str(c.expect.get("fires") or c.expect.get("silent")) for c in CASES}
    assert named - RULE_IDS == set()
    assert all(("fires" in c.expect) != ("silent" in c.expect) for c in CASES), "each case fires or silences one rule"


def test_every_rule_has_a_case_that_fires_it_and_one_that_does_not() -> None:
    fires = {c.expect["fires"] for c in CASES if "fires" in c.expect}
    silent = {c.expect["silent"] for c in CASES if "silent" in c.expect}
    assert RULE_IDS - fires == set(), "rules with no case that fires them"
    assert RULE_IDS - silent == set(), "rules with no case that leaves them silent"


def test_every_rule_carries_its_source() -> None:
    assert all("HS 2022" in rule.source or "S/RES/" in rule.source for rule in load_rules())


def test_case_descriptions_are_not_copied_from_the_classifier_data() -> None:
    folded = {" ".join(fold(c.description).split()) for c in CASES}
    terms = {" ".join(fold(t.text).split()) for t in load_gazetteer().terms}
    with (resources.files("sanctioneer.hs") / "data" / "labelled.csv").open(encoding="utf-8") as handle:
        labelled = {" ".join(fold(row["text"]).split()) for row in csv.DictReader(handle)}
    assert folded & terms == set()
    assert folded & labelled == set()
