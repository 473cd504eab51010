"""Every measure's reach: each HS 2022 subheading whose words name a measure's goods is in its scope,
gives review, or is listed in the rulebook as out of scope with a reason.

The words come from the rulebook (`reach.terms` of a measure or item), not from this file; so does
the list of what a measure leaves out (`reach.outside`). For each hit the engine assesses a line with
that code and no description, moving the measure's way on a date it is in force.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.hs.codes import Relation, format_hs
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.model import Verdict
from sanctioneer.rulebook.measure import Measure, MeasureDirection, Reach
from tests.factory import transfer

RULEBOOK = default_rulebook()
NOMENCLATURE = load_nomenclature()
ASSESSOR = Assessor(RULEBOOK)
# The two sides of a movement: (supplier, recipient), with a third country on the other side.
SIDES = {MeasureDirection.TO: ("CN", "KP"), MeasureDirection.FROM: ("KP", "CN")}


def _in_force(measure: Measure) -> date:
    """The last date the measure's history gives an effect from: it is in force on it."""
    return max(start for start, effect in measure.history if effect is not None)


def _reaches() -> Iterator[tuple[Measure, str, Reach, date]]:
    for measure in RULEBOOK.measures:
        if measure.reach is not None:
            yield measure, measure.id, measure.reach, _in_force(measure)
        for item in measure.items:
            if item.reach is not None:
                # An item speaks from the date it was named.
                yield measure, item.id, item.reach, max(_in_force(measure), item.since)


REACHES = list(_reaches())
IDS = [owner for _, owner, _, _ in REACHES]


def _hits(reach: Reach) -> list[tuple[str, str]]:
    return [
        (code, term)
        for code, entry in NOMENCLATURE.subheadings.items()
        if (term := reach.find_term(entry.description)) is not None
    ]


def _left_out(reach: Reach, code: str) -> str | None:
    for outside in reach.outside:
        if any(r.relation(code) is Relation.INSIDE for r in outside.hs):
            return outside.reason
    return None


def _unreached(measure: Measure, code: str, on: date) -> list[str]:
    """The directions in which a line of this code gets neither review nor prohibited under the measure."""
    missing = []
    directions = (MeasureDirection.TO, MeasureDirection.FROM) if measure.direction == MeasureDirection.BOTH else (
        measure.direction,)
    for direction in directions:
        frm, to = SIDES[direction]
        decision = ASSESSOR.assess(transfer(code, frm=frm, to=to, on=on.isoformat()))
        if not any(
            f.measure == measure.id and f.effect in (Verdict.REVIEW, Verdict.PROHIBITED) and f.citation is not None
            for f in decision.all_findings
        ):
            missing.append(direction)
    return missing


@pytest.mark.parametrize(("measure", "owner", "reach", "on"), REACHES, ids=IDS)
def test_every_subheading_naming_the_goods_is_in_scope_reviewed_or_left_out_with_a_reason(
    measure: Measure, owner: str, reach: Reach, on: date
) -> None:
    hits = _hits(reach)
    assert hits, f"{owner}: no subheading of HS 2022 contains any of {reach.terms}"
    failures = []
    for code, term in hits:
        if _left_out(reach, code) is not None:
            continue
        for direction in _unreached(measure, code, on):
            text = NOMENCLATURE.subheadings[code].description
            failures.append(f"HS {format_hs(code)} ({term!r}: {text[:90]}) {direction} the DPRK")
    assert not failures, (
        f"{owner}: these subheadings name its goods but get neither review nor prohibited under {measure.id}; "
        "add them to its scope, give them review, or list them under `reach.outside` with a reason:\n  "
        + "\n  ".join(failures)
    )


@pytest.mark.parametrize(("measure", "owner", "reach", "on"), REACHES, ids=IDS)
def test_every_out_of_scope_entry_leaves_out_a_subheading_the_words_find(
    measure: Measure, owner: str, reach: Reach, on: date
) -> None:
    hit_codes = [code for code, _ in _hits(reach)]
    for outside in reach.outside:
        for hs_range in outside.hs:
            assert any(hs_range.relation(code) is Relation.INSIDE for code in hit_codes), (
                f"{owner}: reach.outside names HS {hs_range}, which none of its words find: remove it"
            )


def test_every_goods_measure_says_which_words_name_its_goods() -> None:
    owners = {measure.id for measure, _, _, _ in REACHES}
    goods_measures = {m.id for m in RULEBOOK.measures if (m.goods or m.items) and not m.residual}
    assert goods_measures - owners == set(), "goods measures with no `reach` on themselves or their items"


def test_no_subheading_to_or_from_the_dprk_is_permitted_without_a_finding_that_says_why() -> None:
    # A "permitted" someone acts on must name its reason: food or medicine a catch-all leaves out,
    # a value under a threshold. Every HS 2022 subheading, both ways, as the law stands now.
    silent = []
    for code in NOMENCLATURE.subheadings:
        for frm, to in SIDES.values():
            decision = ASSESSOR.assess(transfer(code, frm=frm, to=to, on="2024-03-01"))
            if decision.verdict is Verdict.PERMITTED and not any(f.measure for f in decision.all_findings):
                silent.append(f"HS {format_hs(code)} from {frm} to {to}")
    assert not silent, "permitted with no finding naming why:\n  " + "\n  ".join(silent[:50])
