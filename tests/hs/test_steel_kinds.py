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
