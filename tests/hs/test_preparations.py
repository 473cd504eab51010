"""A food's preparation, read by a rule, moves goods the head noun names to the heading of that preparation."""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("breaded cod", "1604"),
        ("battered hake", "1604"),
        ("dried salted cod", "0305"),
        ("tinned peaches", "2008"),
    ],
)
def test_goods_named_then_prepared_are_named_in_the_heading_of_their_preparation(text: str, heading: str) -> None:
    # "Cod" names the fish of chapter 03; breaded, it is the prepared fish of 16.04, and the words still name it: a
    # consequential heading the rule moves the named goods to is not held back as goods nobody named.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading
    assert first.named
