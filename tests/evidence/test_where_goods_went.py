"""Where the goods really went: goods bought from a country and sold on, the way the money went, rules named after a
country, a carrier hired by a firm, goods loaded onto another country's ship, and seized goods whose carrier was going
on elsewhere."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen

# ---------------------------------------------------------------- bought from a country, then sold on


def test_ore_bought_from_a_country_and_resold_is_two_transfers() -> None:
    found = [seen(c)[:2] for c in claims("A Dalian firm bought iron ore from North Korea and resold it to Japanese "
                                         "buyers.\n")]
    assert found == [("KP", "CN"), ("CN", "JP")]


@pytest.mark.parametrize("text", [
    "Firms based in Yanji are importing iron ore from North Korea to sell abroad.\n",
    "Traders in Hunchun bought zinc from North Korea to sell on world markets.\n",
])
def test_goods_bought_to_be_sold_on_came_from_the_country_they_were_bought_from(text: str) -> None:
    supplier, recipient, _ = seen(only(text))
    assert supplier == "KP"
    assert recipient == "CN"


def test_goods_sold_on_to_a_country_keep_that_country_as_a_side() -> None:
    found = [seen(c)[:2] for c in claims("A Chinese firm bought rifles from Serbia and sold them to North Korea.\n")]
    assert ("CN", "KP") in found
    broker = only("The broker bought rifles from a Serbian maker and sold them to North Korea.\n")
    assert seen(broker)[:2] == ("RS", "KP")


# ---------------------------------------------------------------- the way the money went


@pytest.mark.parametrize("text", [
    "A firm in Chile was fined for using the American financial system to be paid for copper it exported to "
    "North Korea.\n",
    "A firm in Chile was fined for routing payments through U.S. banks for copper it shipped to North Korea.\n",
])
def test_the_country_whose_banks_carried_the_money_is_no_side(text: str) -> None:
    assert seen(only(text))[:2] == ("CL", "KP")


def test_the_firm_the_payments_went_through_is_no_side() -> None:
    claim = only("Japanese customs said that, routing payments through a front company in Hong Kong, two traders "
                 "brought in 9,000 tons of zinc from North Korea in 2022.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country != "HK"


# ---------------------------------------------------------------- rules named after a country


def test_a_country_inside_the_name_of_rules_supplies_nothing() -> None:
    claim = only("A company in Chile agreed to pay $90,000 to settle charges that it broke the North Korea Sanctions "
                 "Regulations by using the American financial system to be paid for copper it exported to "
                 "North Korea.\n")
    assert claim.recipient.country == "KP"
    assert claim.supplier.country not in ("US", "KP")


def test_goods_sold_in_breach_of_rules_named_after_a_country_went_to_it() -> None:
    assert seen(only("A firm in Chile violated the North Korea sanctions by selling copper.\n"))[:2] == ("CL", "KP")


# ---------------------------------------------------------------- the carrier and the ship loaded


def test_who_hired_the_carrier_is_no_side_of_its_cargo() -> None:
    claim = only("The Blue Gull, a Panama-flagged ship leased by a Greek company, is being held after loading 800 tons "
                 "of diesel onto North Korean vessel Ryong Song, officials said.\n")
    assert claim.recipient.country == "KP"
    assert claim.supplier.country != "GR"


def test_goods_loaded_onto_a_ship_went_to_its_country() -> None:
    claim = only("The Panamanian tanker Blue Gull loaded 800 tons of diesel onto the North Korean vessel Ryong Song.\n")
    assert seen(claim)[:2] == ("PA", "KP")
    assert claim.kind == "ship-to-ship"


# ---------------------------------------------------------------- seized on the way


@pytest.mark.parametrize("text", [
    "Spain confiscated 40 barrels of nitric acid from the freighter Hae Song after it arrived at Valencia on May 3. "
    "The freighter had put in for fuel and was to continue on to Nampho, North Korea.\n",
    "Panama seized 40 barrels of nitric acid from the freighter Hae Song after it arrived at Colon. The ship was bound "
    "for Nampho.\n",
])
def test_seized_goods_were_going_where_their_carrier_was_going(text: str) -> None:
    assert only(text).recipient.country == "KP"


def test_goods_seized_from_a_ship_going_home_went_to_its_country() -> None:
    claim = only("Spain confiscated 40 barrels of nitric acid from the North Korean freighter Hae Song after it "
                 "arrived at Valencia from Egypt on May 3. It was on a fuel stop before heading to Nampho, North "
                 "Korea.\n")
    assert claim.recipient.country == "KP"
    assert claim.supplier.country != "KP"


def test_a_destination_told_with_the_seized_goods_stays_theirs() -> None:
    claim = only("Greece seized 300 rifles bound for North Korea from a freighter. The ship was heading to Cuba.\n")
    assert claim.recipient.country == "KP"
