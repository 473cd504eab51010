"""Ceramic goods by their body and their purpose: porcelain tableware (6911.10) and ornamental ceramics (69.13) are
consequential, the same goods of stoneware (69.12) or made for use (69.14) are not, and a cup or a planter does not say
which. The words that do say move the candidate; words that say nothing leave the consequential heading unsure."""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier, is_confident
from sanctioneer.hs.subheading import apply_splits, undecided_split
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

CLASSIFIER = GoodsClassifier(semantic=False, sensitive=sensitive_ranges(load_rulebook(default_rulebook_dir())))


@pytest.mark.parametrize(
    ("text", "heading", "moved_to"),
    [
        ("earthenware breakfast bowls", "6911", "6912"),
        ("glazed stoneware pasta plates", "6911", "6912"),
        ("hand-painted porcelain soup bowls", "6912", "6911"),
        ("bone china espresso cups", "6912", "6911"),
        ("ceramic garden statuettes of frogs", "6914", "6913"),
        ("decorative ceramic wall plaque", "6914", "6913"),
        ("ceramic thread guides for industrial looms", "6913", "6914"),
    ],
)
def test_the_body_or_the_purpose_stated_moves_ceramic_goods_to_their_heading(
    text: str, heading: str, moved_to: str
) -> None:
    moved, _, hits = apply_splits(text, heading)
    assert moved == moved_to
    assert hits and hits[0].split.id.startswith("ceramic-")


@pytest.mark.parametrize(
    ("text", "heading", "split_id"),
    [
        ("breakfast cups with saucers", "6911", "ceramic-tableware-porcelain-or-not"),
        ("serving platters", "6911", "ceramic-tableware-porcelain-or-not"),
        ("glazed flower pots", "6913", "ceramic-articles-ornamental-or-not"),
    ],
)
def test_ceramic_goods_that_do_not_say_their_body_or_purpose_leave_the_split_open(
    text: str, heading: str, split_id: str
) -> None:
    split = undecided_split(text, heading)
    assert split is not None and split.id == split_id


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("fine china teapots", "6911"),
        ("semi-porcelain dinner plates", "6911"),  # semi-porcelain is another body, stated
        ("ceramic bird figurines", "6913"),
        ("porcelain flower vase", "6913"),
    ],
)
def test_ceramic_goods_that_say_their_body_or_purpose_close_the_split(text: str, heading: str) -> None:
    assert undecided_split(text, heading) is None


def test_semi_porcelain_is_not_porcelain() -> None:
    moved, _, _ = apply_splits("semi-porcelain dinner plates", "6911")
    assert moved == "6912"


@pytest.mark.parametrize(("text", "heading"), [("porcelain mugs", "6911"), ("ceramic bird figurines", "6913")])
def test_ceramic_goods_named_with_their_body_or_purpose_still_reach_the_consequential_heading(
    text: str, heading: str
) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


def test_a_ceramic_article_not_said_to_be_ornamental_is_unsure_with_the_ornamental_heading_second() -> None:
    candidates = CLASSIFIER.candidates("glazed ceramic flower pot", top=3)
    first, second = candidates[0], candidates[1]
    assert (first.hs, second.hs) == ("6914", "6913"), [(c.code, c.named) for c in candidates]
    assert first.held_back and second.sensitive and not second.named and not is_confident(candidates)
    assert any(e.source == "head" and "does not state what tells it from 69.14" in e.reason for e in second.evidence)
