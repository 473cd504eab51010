"""The candidates a person reviews: the best answer first, then the likeliest other readings of the goods."""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import classify
from sanctioneer.rulebook.loader import load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook())


@pytest.mark.parametrize("text", ["polyester strap for luggage", "wooden handle for kitchen knives",
                                  "aluminium frame for bicycle seats", "ceramic insulator for power lines"])
def test_after_the_first_answer_the_candidates_come_likeliest_first_whatever_their_chapter(text: str) -> None:
    found = classify(text, top=3, semantic=False, sensitive=SENSITIVE)
    assert found and all(c.weighed for c in found)
    assert found[0].score == max(c.score for c in found)
    after = [c.belief for c in found[1:]]
    assert after == sorted(after, reverse=True)


def test_a_likely_reading_from_another_chapter_is_among_the_candidates() -> None:
    found = classify("polyester strap for luggage", top=3, semantic=False, sensitive=SENSITIVE)
    assert "4202" in [c.hs for c in found]  # trunks, suitcases and travel bags
    assert len({c.hs[:2] for c in found}) == 3
