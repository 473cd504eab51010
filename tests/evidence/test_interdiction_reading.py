"""Seizures, interdictions and transfers between ships told the way coast guards, customs and wire reports tell them:
officials who say what a ship did, a ship held and boarded, a price told per ton, the date a ship was held beside the
date of the transfer it was held for, and what a resolution lets states seize."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "South Korean officials believe the tanker, the Sea Lark, transferred 700 tons of diesel in February to a North "
    "Korean vessel.\n",
    "Taiwanese customs officials say the tanker Sea Lark transferred 700 tons of diesel in February to a North "
    "Korean tanker.\n",
    "Japan's coast guard says the Sea Lark vessel transferred 700 tons of diesel in February to a North "
    "Korean tanker.\n",
])
def test_officials_telling_what_a_ship_did_are_no_side_of_it(text: str) -> None:
    claim = only(text)
    assert seen(claim) == (None, "KP", "2024-02")
    assert [g.quantity for g in claim.goods if g.quantity] == ["700"]


def test_officials_telling_of_their_own_sale_still_supply_it() -> None:
    claim = only("Chinese customs officials said it sold 300 tons of maize to North Korea in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")


@pytest.mark.parametrize("text", [
    "Customs officers boarded the ship and questioned its crew in Mokpo on Monday.\n",
    "Last year, Thai police stopped the vessel on suspicion of breaking sanctions.\n",
    "The minister said Manila wants to seize other ships Pyongyang used to evade sanctions.\n",
])
def test_a_ship_held_or_boarded_is_the_carrier_not_goods(text: str) -> None:
    assert claims(text) == []


def test_ships_seized_with_no_ship_told_before_may_be_the_goods() -> None:
    claim = only("Philippine customs seized two yachts bound for North Korea in March.\n")
    assert claim.kind == "seizure"
    assert [g.description for g in claim.goods] == ["yachts"]
    assert seen(claim) == (None, "KP", "2024-03")


def test_a_price_per_barrel_is_not_what_the_goods_were_worth() -> None:
    claim = only("A Dalian broker sold 3,000 barrels of diesel to North Korea at $70 a barrel in June.\n")
    assert [(g.quantity, g.value) for g in claim.goods] == [("3000", None)]
    assert seen(claim) == ("CN", "KP", "2023-06")


def test_a_sum_for_the_whole_lot_is_still_its_value() -> None:
    claim = only("A Dalian broker sold 3,000 barrels of diesel worth $210,000 to North Korea in June.\n")
    assert [g.value for g in claim.goods] == [("210000", "USD")]


def test_the_date_a_ship_was_held_is_not_the_date_of_the_transfer_told_after_it() -> None:
    claim = only("The tanker Sea Lark has been held in Mokpo since November on claims that it had been used to "
                 "deliver diesel to North Korea in August 2023.\n")
    assert seen(claim) == (None, "KP", "2023-08")


def test_with_no_date_of_its_own_the_transfer_keeps_the_date_of_the_holding() -> None:
    claim = only("The tanker Sea Lark has been held in Mokpo since November over allegations that it delivered "
                 "diesel to North Korea.\n")
    assert claim.date is not None and claim.date.iso() == "2023-11"


@pytest.mark.parametrize("text", [
    "The resolution lets member states board vessels thought to be moving banned items to or from North Korea.\n",
    "Coast guards may now board vessels carrying prohibited cargo to and from North Korea.\n",
])
def test_what_states_may_seize_both_ways_tells_no_transfer(text: str) -> None:
    assert claims(text) == []


def test_goods_named_by_their_kind_one_way_are_still_a_transfer() -> None:
    claim = only("The freighter Sea Lark carried prohibited cargo to North Korea in March.\n")
    assert seen(claim)[1] == "KP"


def test_a_sum_for_each_of_a_few_counted_goods_is_still_their_value() -> None:
    claim = only("A Dalian dealer sold two limousines worth $90,000 each to North Korea in June.\n")
    assert [g.value for g in claim.goods] == [("90000", "USD")]


def test_a_sum_written_with_the_code_and_the_sign_is_in_that_currency() -> None:
    claim = only("The Sea Lark unloaded 4,500 tons of North Korean anthracite worth USD$410,000 at Mokpo in May.\n")
    assert [g.value for g in claim.goods] == [("410000", "USD")]


def test_a_ship_named_after_the_flag_it_then_flew_carries_goods_of_the_country_they_are_named_by() -> None:
    claim = only("The then-Belize-registered Sea Lark delivered 3,000 tons of North Korean anthracite to Haiphong in "
                 "May.\n")
    assert claim.supplier.country == "KP"
    assert [e.text for e in claim.evidence if e.field == "goods"] == ["North Korean anthracite"]


@pytest.mark.parametrize("verb", ["delivered", "supplied", "sold"])
def test_a_ship_of_no_country_that_delivers_goods_named_by_a_country_delivers_that_countrys(verb: str) -> None:
    claim = only(f"The tanker Sea Lark {verb} 3,000 tons of North Korean anthracite to Haiphong in May.\n")
    assert seen(claim) == ("KP", "VN", "2023-05")


def test_a_day_after_a_ship_word_is_the_transfers_date_not_the_ships_name() -> None:
    claim = only("The tanker Sea Lark transferred 600 tons of diesel to a North Korean tanker October 19, officials "
                 "said.\n")
    assert claim.recipient.name is None
    assert seen(claim) == (None, "KP", "2023-10-19")
