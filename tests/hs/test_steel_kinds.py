"""Steel of no stated kind, and steel said to be of no alloy.

Chapter 72 gives headings to iron or non-alloy steel (72.06 to 72.17, which the rulebook makes consequential), to
stainless steel (72.18 to 72.23) and to other alloy steel (72.24 to 72.29). A description that names steel without
saying stainless or alloy is not the goods of a heading given to one of those kinds, whatever its head noun; "non"
before "alloy" takes the kind back.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.naming import unsaid_kind
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)
PLAIN_STEEL = {f"72{n:02d}" for n in range(6, 18)}


@pytest.mark.parametrize(
    ("heading", "words", "kind"),
    [
        ("7219", ("steel", "sheet"), "stainless"),
        ("7228", ("non", "alloy", "steel", "bar"), "alloy"),
        ("7225", ("cold", "rolled", "steel", "coil"), "alloy"),
        ("7219", ("stainless", "steel", "sheet"), None),
        ("7228", ("alloy", "steel", "bar"), None),
        ("7225", ("silicon", "electrical", "steel", "sheet"), None),
        ("7228", ("maraging", "steel", "bar"), None),  # maraging steel is an alloy steel by what it holds
        ("7208", ("steel", "sheet"), None),  # iron or non-alloy steel: no kind to state
        ("7219", ("copper", "sheet"), None),  # no steel named
    ],
)
def test_a_kind_of_steel_is_unsaid_only_when_steel_is_named_without_it(
    heading: str, words: tuple[str, ...], kind: str | None
) -> None:
    assert unsaid_kind(heading, words) == kind


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # "Non-" denies the alloy: the bars are of non-alloy steel, not the alloy steel bars of 72.28.
        ("non-alloy steel bars for fencing posts", "7215"),
        ("steel ingots for rerolling", "7206"),
    ],
)
def test_steel_of_no_stated_kind_names_the_plain_steel_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading
    assert first.named
    assert first.sensitive


@pytest.mark.parametrize(
    "text",
    ["plain steel sheets in coils", "steel sheet coils for roofing", "hot-rolled steel plate for ship hulls"],
)
def test_a_heading_of_one_kind_of_steel_does_not_answer_first_for_steel_of_no_stated_kind(text: str) -> None:
    # The trained model may rank the stainless or alloy flat-rolled products first; the plain steel heading answers
    # first, unsure, and the other is shown after it for review.
    candidates = CLASSIFIER.candidates(text, top=3)
    first = candidates[0]
    assert first.hs in PLAIN_STEEL
    assert first.sensitive
    assert first.held_back
    assert any("of no such kind" in e.reason for e in first.evidence)
    assert any(unsaid_kind(c.hs, tuple(text.replace("-", " ").split())) for c in candidates[1:])


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("stainless steel sheet coils", "7219"),
        ("stainless steel round bars", "7222"),
        ("inox steel sheet coils", "7219"),
        ("maraging steel rods for centrifuge rotors", "7228"),
    ],
)
def test_steel_of_a_stated_kind_keeps_its_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading
    assert not first.held_back


@pytest.mark.parametrize(
    ("heading", "words", "kind"),
    [
        ("7228", ("4140", "steel", "bar"), None),  # a chromium-molybdenum grade says alloy steel
        ("7222", ("aisi", "316", "steel", "bar"), None),  # an austenitic grade says stainless steel
        ("7228", ("1045", "steel", "bar"), "alloy"),  # a plain carbon grade says no alloy
        ("7222", ("4140", "steel", "bar"), "stainless"),  # an alloy grade is no stainless grade
    ],
)
def test_a_grade_states_the_kind_of_steel(heading: str, words: tuple[str, ...], kind: str | None) -> None:
    assert unsaid_kind(heading, words) == kind


@pytest.mark.parametrize(
    ("text", "heading", "rule"),
    [
        ("4140 steel round bars, quenched and tempered", "7228", "alloy-steel-grade-bars"),
        ("SAE 8630 steel rods for drill collars", "7228", "alloy-steel-grade-bars"),
        ("AISI 316L steel flat bars", "7222", None),
        ("AISI 304 cold rolled steel coil", "7219", None),
    ],
)
def test_steel_of_a_graded_kind_is_not_answered_as_non_alloy_steel(text: str, heading: str, rule: str | None) -> None:
    # A grade number is how mills and stockists name alloy and stainless steel: the goods are not the iron or
    # non-alloy steel the rulebook makes consequential; where the grade moved them, the first answer says which rule.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading
    assert not first.sensitive
    assert rule is None or any(e.source == "rule" and e.entry == rule for e in first.evidence)


@pytest.mark.parametrize("text", ["AISI 1020 steel round bars", "1045 steel bars, peeled", "A36 steel plate"])
def test_steel_of_a_carbon_grade_stays_consequential(text: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs in PLAIN_STEEL
    assert first.sensitive


@pytest.mark.parametrize("text", ["steel sheets", "mild steel sheets for a workshop", "sheet steel, 2 mm"])
def test_steel_sheets_are_flat_rolled_steel_not_sheet_piling(text: str) -> None:
    # "Sheet" qualifies the piling of 73.01, it does not name it: the sheets are flat-rolled steel (72.08 to 72.12).
    first = CLASSIFIER.candidates(text, top=5)[0]
    assert first.hs in PLAIN_STEEL
    assert first.sensitive


def test_sheet_piling_is_still_sheet_piling() -> None:
    first = CLASSIFIER.candidates("interlocking steel sheet piling for a river wall", top=3)[0]
    assert first.hs == "7301"

