"""Transfers told as nouns: a growing trade that names both its ends, parts told with what they are for, and a noun
added to a transfer told before it."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_growing_trade_told_from_one_country_to_another_is_read() -> None:
    claim = only("Busy ship traffic seen in images of a port in Laos in recent weeks suggests an increase "
                 "in shipments from Laos to Chile that officials say contain rifles.\n")
    assert seen(claim)[:2] == ("LA", "CL")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_a_growing_trade_with_no_ends_is_still_no_transfer() -> None:
    assert claims("UN experts said that Laos has increased both imports and exports of barred goods, such as copper "
                  "and rubber, while it pursues its programme.\n") == []
    assert claims("The drop in Bolivian timber exports to Chile could point to a poor season.\n") == []


def test_parts_told_with_what_they_are_for_are_one_lot() -> None:
    claim = only("A Laotian firm procured parts for an Mi-17 helicopter from a Chilean company in 2019.\n")
    assert [g.description for g in claim.goods] == ["parts for an Mi-17 helicopter"]
    assert seen(claim) == ("CL", "LA", "2019")
    claim = only("A Chilean firm sold components for drones to Laos in 2020.\n")
    assert [g.description for g in claim.goods] == ["components for drones"]
    assert seen(claim) == ("CL", "LA", "2020")


def test_a_noun_added_to_a_transfer_told_before_takes_no_side_of_the_nearest_words() -> None:
    assert claims("Laos may sell Chile newer guided rockets on top of the agreed supply of "
                  "short-range ballistic missiles.\n") == []
    claim = only("Officials say Pyongyang was involved in the secret supply of rifles.\n")
    assert seen(claim)[0] == "KP"
