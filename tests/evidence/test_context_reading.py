"""Reading rules for long reports that tell a transfer by reference to what an earlier sentence named, and tell it
again in other words further on: where a carrier went back to, whom a speaker speaks for, and the purchase of a
cargo told after its seizure."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "The tanker transferred 300 tonnes of diesel to the Vietnamese ship Hoa Sen off Hainan, then sailed back to "
    "Busan.",
    "The tanker transferred 300 tonnes of diesel to the Vietnamese ship Hoa Sen off Hainan before returning to the "
    "port of Busan.",
])
def test_where_the_carrier_went_back_to_is_no_stop_of_the_goods(text: str) -> None:
    claim = only(text + "\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Hoa Sen", "VN")


def test_goods_shipped_back_still_end_their_journey_there() -> None:
    claim = only("Germany exported the cars to Latvia before they were shipped back to Russia.\n")
    assert seen(claim)[:2] == ("DE", "RU")


@pytest.mark.parametrize("text", [
    "\u201cThe imports of Laotian timber have been spotted by our customs,\u201d Nguyen Van An, a spokesman from "
    "Vietnam\u2019s Ministry of Trade, told reporters.",
    "Laotian timber was imported by Thai firms, an official from Thailand's trade ministry said.",
])
def test_a_speaker_from_a_ministry_is_no_supplier(text: str) -> None:
    claim = only(text + "\n")
    assert claim.supplier.country == "LA"


def test_officials_from_a_customs_service_are_no_supplier_of_a_seizure() -> None:
    claim = only("Customs seized Chinese cigarettes bound for Laos, officials from the Thai customs department said.\n")
    assert seen(claim)[:2] == ("CN", "LA")


def test_the_purchase_of_a_seized_cargo_told_after_it_is_the_same_transfer() -> None:
    claim = only("Last May, a freighter that had sailed from Iran was stopped off Oman. Coast guards found, hidden "
                 "under sacks of salt, more than 2,000 mortar shells.\n\nThe buyers were the Yemenis themselves.\n\n"
                 "Investigators found that Yemeni traders had ordered millions of dollars worth of Iranian mortar "
                 "shells for the country's army.\n")
    assert seen(claim)[:2] == ("IR", "YE")
    assert claim.kind == "seizure"


def test_a_purchase_of_another_count_at_another_time_is_another_transfer() -> None:
    found = claims("Customs seized 300 rifles bound for Chad in March. Chad imported 500 rifles from Serbia in June.\n")
    assert len(found) == 2


def test_goods_told_again_with_the_take_the_country_the_sentence_before_names_them_by() -> None:
    claim = only("The Lao Star, a ship registered in Belize, called at Busan, where the Laotian timber had been "
                 "stored. The timber was unloaded in Osaka, Japan, on May 2.\n")
    assert seen(claim) == ("LA", "JP", "2023-05-02")


@pytest.mark.parametrize("text", [
    "The Lao Star, a ship registered in Belize, called at Busan, where timber had been stored. The timber was "
    "unloaded in Osaka, Japan, on May 2.",
    "The Lao Star called at Busan, where Thai timber and Laotian timber had been stored. The timber was unloaded in "
    "Osaka, Japan, on May 2.",
])
def test_goods_named_before_by_no_country_or_by_two_give_no_supplier(text: str) -> None:
    claim = only(text + "\n")
    assert seen(claim)[:2] == (None, "JP")


def test_goods_named_again_in_the_words_of_an_earlier_transfer_are_that_transfer() -> None:
    found = claims("Peru has seized a Liberian-flagged tanker accused of transferring 800 tons of refined oil to an "
                   "Iranian ship in March.\n\nThe news came a day after Chile accused Bolivia of letting diesel oil "
                   "flow into Iran through illicit ship-to-ship transfers at sea.\n\nThe tanker docked at Callao on "
                   "March 2 to load 9,000 tons of refined oil from Ecuador. Two days later, it left Callao. "
                   "Instead, it transferred the refined oil to three other ships, including 800 tons transferred to "
                   "the Iranian ship Sahand on March 9.\n")
    tanker = next(c for c in found if c.goods[0].description == "refined oil")
    assert (tanker.recipient.name, tanker.recipient.country) == ("Sahand", "IR")
    assert tanker.date is not None and tanker.date.iso() == "2024-03-09"
    diesel = next(c for c in found if c.goods[0].description == "diesel oil")
    assert (diesel.supplier.country, diesel.recipient.name) == ("BO", None)


@pytest.mark.parametrize("told", [
    "The customs report said the ore originated in Myanmar.",
    "Officials said the ore was of Burmese origin.",
    "The ore came from Myanmar, officials said.",
])
def test_where_the_next_sentence_says_the_goods_came_from_is_their_supplier(told: str) -> None:
    claim = only("Over 900 tons of iron ore, valued at $80,000, was unloaded in Kaohsiung in Taiwan on May 3. "
                 + told + "\n")
    assert seen(claim) == ("MM", "TW", "2023-05-03")


def test_a_quality_told_after_the_goods_is_no_origin() -> None:
    claim = only("Over 900 tons of iron ore was unloaded in Kaohsiung in Taiwan on May 3. Officials said the ore was "
                 "of high grade from Myanmar.\n")
    assert seen(claim)[:2] == (None, "TW")


@pytest.mark.parametrize("text", [
    "The other shipment was by Blue Dawn, a ship registered in Togo.",
    "Smugglers often falsify their ships' identities and conduct ship-to-ship transfers.",
])
def test_a_ship_named_beside_its_name_or_by_what_it_has_is_no_goods(text: str) -> None:
    assert claims(text + "\n") == []
