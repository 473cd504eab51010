"""Run the rule cases written beside the rulebook, and check every measure and item has them."""

from __future__ import annotations

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.model import Decision, Verdict
from tests.factory import RuleCase, items_cited, load_cases, strongest

CASES = load_cases()
KNOWN_EXPECTATIONS = {"verdict", "measures", "measures_absent", "effects", "items", "items_absent", "citations"}


def cited_as(decision: Decision, name: str) -> set[str]:
    """How the decision cites a measure or an item, as people read it ("S/RES/2397 (2017), paragraph 7")."""
    found = set()
    for finding in decision.all_findings:
        if finding.measure == name and finding.citation is not None:
            found.add(str(finding.citation))
        if finding.item is not None and finding.item.id == name:
            found.add(str(finding.item.citation))
    return found


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}: {c.name}" for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    assert set(case.expect) <= KNOWN_EXPECTATIONS, f"unknown expectation in {case.name}"
    # A measure or item a case expects is checked against the citation the case writes down, so a
    # wrong paragraph in the rulebook fails a case instead of passing with the right verdict.
    citations = case.expect.get("citations", {})
    expected = [*case.expect.get("measures", []), *case.expect.get("effects", {}), *case.expect.get("items", [])]
    uncited = [name for name in expected if name not in citations]
    assert not uncited, f"{case.name}: write the expected citation of {', '.join(uncited)} under `citations`"
    decision = Assessor(default_rulebook()).assess(case.transfer, as_of=case.as_of)
    cited = set(decision.measures)
    explain = "; ".join(f"{f.measure}/{f.effect.value}: {f.reason}" for f in decision.all_findings)
    if "verdict" in case.expect:
        assert decision.verdict is Verdict(case.expect["verdict"]), explain
    for measure in case.expect.get("measures", []):
        assert measure in cited, f"{measure} not cited; got: {explain}"
    for measure in case.expect.get("measures_absent", []):
        assert measure not in cited, f"{measure} cited; got: {explain}"
    for measure, effect in case.expect.get("effects", {}).items():
        assert strongest(decision, measure) is Verdict(effect), explain
    for item in case.expect.get("items", []):
        assert item in items_cited(decision), f"{item} not cited; got: {explain}"
    for item in case.expect.get("items_absent", []):
        assert item not in items_cited(decision), f"{item} cited; got: {explain}"
    for name, citation in citations.items():
        got = cited_as(decision, name)
        assert citation in got, f"{name} not cited as {citation!r}; got: {got}"
    for finding in decision.all_findings:
        if finding.citation is not None:
            assert finding.citation.adopted <= decision.as_of, "a measure was cited before its adoption"
            assert finding.reason, "every finding explains itself"


def test_every_goods_measure_has_a_case_that_triggers_it_and_one_that_does_not() -> None:
    triggered: set[str] = set()
    absent: set[str] = set()
    for case in CASES:
        triggered.update(case.expect.get("measures", []))
        triggered.update(case.expect.get("effects", {}))
        absent.update(case.expect.get("measures_absent", []))
    goods_measures = {m.id for m in default_rulebook().measures if m.goods or m.items}
    assert goods_measures - triggered == set(), "measures with no triggering case"
    assert goods_measures - absent == set(), "measures with no non-triggering case"


def test_every_item_has_a_case_that_cites_it_and_one_that_does_not() -> None:
    cited: set[str] = set()
    absent: set[str] = set()
    for case in CASES:
        cited.update(case.expect.get("items", []))
        absent.update(case.expect.get("items_absent", []))
    items = {i.id for i in default_rulebook().items}
    assert items - cited == set(), "items with no case that cites them"
    assert items - absent == set(), "items with no case that leaves them out"
