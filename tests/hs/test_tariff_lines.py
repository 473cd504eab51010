"""Tariff lines retrieved by words: a sub-line's words that stand under several headings."""

from __future__ import annotations

from collections import defaultdict

import pytest

from sanctioneer.hs import tariff
from sanctioneer.hs.classify import classify
from sanctioneer.hs.confidence import is_confident
from sanctioneer.hs.tariff import TariffIndex
from sanctioneer.hs.votes import HeadingVotes, tariff_votes

# Made-up lines: the same sub-line words under three headings, twice as often under the first; the line of the
# third heading has the fewest words above it, which alone would put it first.
ROWS = [
    ("846221", "Used or rebuilt", "Bending, folding, straightening or flattening machines for flat products"),
    ("846229", "Used or rebuilt", "Other bending machines for working metal, numerically controlled"),
    ("846239", "Used or rebuilt", "Shearing machines for flat metal products, other than combined"),
    ("846241", "Used or rebuilt", "Punching or notching machines for flat metal products"),
    ("846011", "Used or rebuilt", "Flat-surface grinding machines, numerically controlled"),
    ("846012", "Used or rebuilt", "Flat-surface grinding machines, other"),
    ("842951", "Used or rebuilt", "Front-end shovel loaders"),
    ("846291", "Hydraulic presses", "Presses for working metal"),
]


def test_sub_line_words_under_several_headings_find_each_heading_once_by_how_often_it_holds_them() -> None:
    hits = TariffIndex(ROWS).search("used or rebuilt", limit=10)
    headings = [hit.code[:4] for hit in hits]
    assert headings == ["8462", "8460", "8429"]
    assert hits[1].score == hits[0].score / 2 and hits[2].score == hits[0].score / 4


def test_words_that_are_no_line_of_their_own_are_scored_by_their_words_alone() -> None:
    hits = TariffIndex(ROWS).search("used hydraulic presses", limit=10)
    assert hits[0].code == "846291"


def test_sub_line_words_under_several_headings_vote_for_each_by_its_share_and_rank_none_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = TariffIndex(ROWS)
    monkeypatch.setattr(tariff, "tariff_index", lambda: index)
    table: dict[str, HeadingVotes] = defaultdict(HeadingVotes)
    # The words stand under three headings: each gets its share of a whole vote, and none is the tariff's first.
    assert tariff_votes(table, "Used or rebuilt") is None
    assert table["8462"].score == 2 * table["8460"].score == 4 * table["8429"].score > 0
    # Words of one line only: its heading is the tariff's first.
    assert tariff_votes(defaultdict(HeadingVotes), "Hydraulic presses") == "8462"


def test_words_a_tariff_gives_lines_under_several_headings_are_never_answered_with_confidence() -> None:
    # The machine tools' "Used or rebuilt" lines: the lines above them say which machines, the words alone do not.
    candidates = classify("Used or rebuilt", top=3)
    assert candidates[0].shared and not is_confident(candidates)
    assert not classify("hydraulic presses for working metal", top=3)[0].shared


def test_a_single_word_or_words_beside_a_lines_own_are_no_sub_line_of_the_tariff() -> None:
    # A one-word sub-line takes its meaning from the line above ("Tanks" under floating structures); a trader's one
    # word names goods plainly, and "T-72 tanks" is not the line "Tanks".
    index = TariffIndex([("890790", "Tanks", "Floating structures, other"), *ROWS])
    assert not any(hit.same for hit in index.search("tanks"))
    assert not any(hit.same for hit in index.search("T-72 tanks"))
    assert not index.shared("tanks")


def test_words_that_are_one_lines_own_and_no_others_are_confident_only_with_the_model_sure() -> None:
    from dataclasses import replace

    from sanctioneer.hs.candidate import Candidate
    from sanctioneer.hs.confidence import CONFIDENT_ALONE

    index = TariffIndex(ROWS)
    # One line holds these words: the heading rests on it alone. Several lines hold "Used or rebuilt".
    assert index.lone("Hydraulic presses")
    assert not index.lone("Used or rebuilt") and not index.lone("hydraulic presses for working metal")
    # Named by the nomenclature's word, weighed sure, two sources agreeing: confident unless it rests on one line
    # the trained model is not sure of, the same words standing maybe under another heading in another tariff.
    sure = Candidate("8462", "8462", 0.9, "", (), named_by="nomenclature", agreement=3, weighed=True,
                     belief=0.99, probability=CONFIDENT_ALONE - 0.2)
    assert is_confident([sure])
    assert not is_confident([replace(sure, lone=True)])
    assert is_confident([replace(sure, lone=True, probability=CONFIDENT_ALONE)])
