"""A transfer told as already made known before another of the same goods: "revealed in January that Moscow had
given the leader a car" tells a gift done by January, so it is not the gift told for a later day, nor one of goods
told as the second of their kind. A detail that tells no such earlier time stays part of the transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen

_LATER = "Russia gave the North Korean leader another armoured car on Monday, state media said.\n\n"


def test_a_gift_made_known_months_before_is_the_first_of_two() -> None:
    found = claims(_LATER + "It is the second such car from Moscow. Pyongyang revealed in January that Moscow had "
                   "given the North Korean leader an armoured car.\n")
    assert [(c.supplier.country, c.recipient.country) for c in found] == [("RU", "KP"), ("RU", "KP")]
    # The first gift is not dated by the later one's day: it was done by January.
    assert sorted(seen(c)[2] or "" for c in found) == ["", "2024-03-18"]


def test_a_transfer_made_known_before_the_dated_one_stays_apart() -> None:
    found = claims("Russia shipped 3,000 tons of wheat to North Korea in March, officials said.\n\n"
                   "Customs officials disclosed in January that Russia had shipped wheat to North Korea.\n")
    assert len(found) == 2
    assert {c.recipient.country for c in found} == {"KP"}


def test_a_detail_told_without_an_earlier_time_is_the_same_transfer() -> None:
    claim = only("Russia shipped 3,000 tons of wheat to North Korea in March, officials said.\n\n"
                 "Officials said Russia had shipped the wheat from Vladivostok.\n")
    assert seen(claim) == ("RU", "KP", "2024-03")
