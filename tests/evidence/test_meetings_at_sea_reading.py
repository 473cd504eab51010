"""Transfers at sea between a North Korean ship and another, told with no word of which way the goods went: fuel
goes to the North Korean ship, coal comes from it; the ships a transfer was made "between" are its sides, not who
watched it; and a ship met at sea "to sell it" goods buys them."""

from __future__ import annotations

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.evidence import build_report, parse_document
from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("goods", ["diesel", "refined petroleum", "fuel oil"])
def test_fuel_transferred_with_a_north_korean_tanker_goes_to_it(goods: str) -> None:
    claim = only(f"The Panama-flagged tanker Blue Heron carried out a ship-to-ship transfer of {goods} with a North "
                 "Korean tanker in the East China Sea in March.\n")
    assert seen(claim) == (None, "KP", "2024-03")
    assert claim.supplier.name == "Blue Heron"
    assert [g.description for g in claim.goods] == [goods]


def test_coal_transferred_with_a_north_korean_ship_comes_from_it() -> None:
    claim = only("The Chinese freighter Dong Feng carried out a ship-to-ship transfer of coal with the North Korean "
                 "ship Sea Lark off Nampo in May.\n")
    assert seen(claim) == ("KP", "CN", "2023-05")
    assert (claim.supplier.name, claim.recipient.name) == ("Sea Lark", "Dong Feng")


def test_the_ships_a_transfer_was_made_between_are_its_sides_not_who_watched_it() -> None:
    fuel = only("Japan spotted a ship-to-ship transfer of refined petroleum between a Chinese tanker and a North "
                "Korean tanker in May.\n")
    assert seen(fuel) == ("CN", "KP", "2023-05")
    coal = only("Japan spotted a ship-to-ship transfer of coal between a North Korean freighter and a Chinese barge "
                "in May.\n")
    assert seen(coal) == ("KP", "CN", "2023-05")


def test_goods_of_no_known_way_between_ships_still_give_no_side() -> None:
    claim = only("A navy plane saw a ship-to-ship transfer of machinery between a Chinese tanker and a North Korean "
                 "tanker in May.\n")
    assert seen(claim)[:2] == (None, None)
    fuel = only("The tanker Sabratha carried out a ship-to-ship transfer of kerosene with the tanker Zawiya in May.\n")
    assert seen(fuel)[:2] == (None, None)


@pytest.mark.parametrize("meeting", ["met a North Korean tanker at sea",
                                     "held a meeting at sea with a North Korean tanker"])
def test_a_ship_met_at_sea_to_sell_it_goods_buys_them(meeting: str) -> None:
    claim = only(f"In April a Chinese tanker {meeting} to sell it 500 tonnes of diesel.\n")
    assert seen(claim) == ("CN", "KP", "2023-04")


def test_a_transfer_between_ships_told_with_a_north_korean_tanker_is_never_permitted() -> None:
    text = ("date 2024-03-20\n\nJapan spotted a ship-to-ship transfer of diesel between a Chinese tanker and a "
            "North Korean tanker in the East China Sea in February.\n")
    report = build_report([parse_document(text.encode(), name="report.txt")],
                          assessor=Assessor(default_rulebook(), screen=False))
    assert [(e.transfer.recipient.country if e.transfer else None) for e in report.events] == ["KP"]
    assert all(e.decision is not None and e.decision.verdict.value != "permitted" for e in report.events)
    assert not [c for c in claims(text.split("\n\n", 1)[1]) if c.supplier.country == "JP"]


@pytest.mark.parametrize("ship", ["a North Korean-flagged tanker", "a North Korea-flagged ship"])
def test_the_flagged_ship_goods_were_transferred_from_gave_them(ship: str) -> None:
    claim = only(f"A report said the Comoros-flagged vessel Grey Gull was used to transfer goods from {ship} in May.\n")
    assert seen(claim)[:2] == ("KP", None)


def test_a_flagged_ship_goods_were_seized_from_still_gives_no_side() -> None:
    found = claims("Customs officers seized 40 gas cylinders from a Chinese-flagged freighter in Busan in May.\n")
    assert all(c.supplier.country != "CN" for c in found)


@pytest.mark.parametrize("told", ["Seoul opened its inquiry after intelligence from Washington that",
                                  "A tip from Japan that"])
def test_who_gave_word_of_a_transfer_is_no_side_of_it(told: str) -> None:
    claim = only(f"{told} the tanker had transferred diesel to a North Korean ship in May reached the ministry.\n")
    assert seen(claim)[:2] == (None, "KP")


def test_goods_bought_from_a_country_that_sold_them_on_keep_their_supplier() -> None:
    claim = only("The trader bought 300 tonnes of fuel from Russia that he sold on in May.\n")
    assert claim.supplier.country == "RU"
