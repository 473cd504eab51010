"""Prosecutors' statements, guilty pleas and papers filed in court: the law a court cites, the day it sat, the fine it
set and the country it sat in tell no transfer; what a defendant is charged with, pleads to or bought for another
does."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    # The law a court cites, a request and talk of how hard a trade is tell no transfer.
    "The magistrate observed that it is illegal for any resident of the town to sell pianos to North Korea.",
    "Two officials asked him to smuggle pistols from Canada to North Korea.",
    "Prices of North Korean coal are low because of their difficulty to be traded abroad.",
    # A judgment of forfeiture is the court's order, not goods obtained.
    "On March 9, 2020, federal attorneys obtained a judgment of forfeiture on a Panama-flagged tanker.",
    # A breach that would be is no transfer.
    "Selling the lathes would violate the ban by supplying machinery to North Korea.",
])
def test_what_a_court_cites_or_a_buyer_asks_for_is_no_transfer(text: str) -> None:
    assert claims(text + "\n") == []


def test_a_breach_told_by_the_transfer_that_broke_it_is_a_transfer() -> None:
    claim = only("The company pleaded guilty to conspiring to violate sanctions by selling cigars to North Korea.\n")
    assert seen(claim)[1] == "KP"
    assert [g.description for g in claim.goods] == ["cigars"]


def test_the_day_a_court_fined_or_sentenced_does_not_date_the_transfer() -> None:
    fined = only("A trading firm was fined $40,000 and its director given four weeks' jail on Monday for unlawfully "
                 "supplying cognac to North Korea.\n")
    assert fined.date is None
    cut = only("A Laotian trader found guilty of supplying diesel to North Korea at sea saw his prison term cut on "
               "Thursday.\n")
    assert seen(cut) == ("LA", "KP", None)


def test_a_fine_is_no_value_of_the_goods_and_its_payee_no_side() -> None:
    claim = only("A Singapore court fined a freight agent nearly $90,000 for arranging the transport of radar parts "
                 "and surface-to-air missiles from Peru to North Korea in 2015.\n")
    assert all(g.value is None for g in claim.goods)
    paid = only("The maker was ordered to pay $20m (£16m) to US authorities after admitting it sold cigars to North "
                "Korea.\n")
    assert paid.supplier.country != "US"
    assert all(g.value is None for g in paid.goods)


def test_the_worth_of_the_goods_still_counts_beside_a_fine() -> None:
    claim = only("The firm was fined for selling 40 lathes worth $2 million to Laos in 2019.\n")
    assert claim.goods[0].value == ("2000000", "USD")


def test_the_country_of_the_court_is_no_supplier_when_the_goods_came_from_elsewhere() -> None:
    claim = only("A court in Oslo fined a trader $50,000 for shipping 300 tonnes of zinc ore from Peru to North Korea "
                 "in 2019.\n")
    assert seen(claim) == ("PE", "KP", "2019")


def test_a_law_named_with_its_year_does_not_date_the_transfer() -> None:
    claim = only("The freighter delivered cement to North Korea in violation of the Trade Enforcement Act of 2016.\n")
    assert claim.date is None


def test_a_body_owned_or_controlled_from_a_country_is_of_that_country() -> None:
    owned = only("Poland sold 30 tractors to a North Korean-owned company in 2019.\n")
    assert seen(owned) == ("PL", "KP", "2019")
    controlled = only("A Chinese-controlled firm shipped 12 cranes to Laos in 2020.\n")
    assert seen(controlled) == ("CN", "LA", "2020")


def test_an_agent_who_bought_for_another_is_no_recipient() -> None:
    claim = only("A Chinese broker bought 40 lathes for a North Korean company in 2009.\n")
    assert seen(claim)[1:] == ("KP", "2009")
    tobacco = only("Between 2009 and 2019, the two men allegedly bought raw tobacco for North Korean-owned "
                   "firms through shell companies.\n")
    assert seen(tobacco)[1:] == ("KP", "2009")


def test_the_defendant_charged_with_the_export_is_the_supplier() -> None:
    claim = only("A Chinese man was charged with the export of rifles to Eritrea.\n")
    assert seen(claim)[:2] == ("CN", "ER")


def test_a_person_told_by_sex_or_kin_carries_the_country() -> None:
    woman = only("A Chinese woman sold 40 lathes to North Korea in 2019.\n")
    assert seen(woman) == ("CN", "KP", "2019")
    man = only("Jin Li, a Chinese man detained in Perth, is accused of shipping cigarettes to Pyongyang.\n")
    assert seen(man)[:2] == ("CN", "KP")
    assert man.supplier.name == "Jin Li"


def test_a_price_told_as_a_range_per_bottle_is_no_value_of_the_goods() -> None:
    claim = only("The student resold North Korean beer in Japan, priced $2 to $3 per bottle.\n")
    assert all(g.value is None for g in claim.goods)


def test_a_carrier_used_for_the_transfer_is_not_the_goods() -> None:
    found = claims("Officials seized a tanker used to carry diesel to North Korea.\n")
    assert all(g.description != "tanker" for c in found for g in c.goods)


def test_a_transfer_done_while_breaking_the_law_is_told() -> None:
    claim = only("The tanker switched off its transponder in violation of the rules, whilst engaged in a transfer "
                 "of diesel worth $2 million to a North Korean ship.\n")
    assert seen(claim)[1] == "KP"
    assert claim.goods[0].value == ("2000000", "USD")


def test_drinks_told_by_their_kind_and_machinery_after_its_origins() -> None:
    drinks = only("Two companies were penalised for shipping sweet drinks and booze to North Korea.\n")
    assert [g.description for g in drinks.goods] == ["sweet drinks", "booze"]
    machinery = only("The firms bought and then exported from Italy and several other countries machinery used to "
                     "shape steel to North Korea.\n")
    assert [g.description for g in machinery.goods] == ["machinery"]


def test_a_value_told_as_a_range_is_read_by_its_low_end() -> None:
    claim = only("The lathes sold to North Korea in 2019 were worth from $1 million to $2 million.\n")
    assert claim.goods[0].value == ("1000000", "USD")
    grown = only("Exports of coal to North Korea grew from $20,000 in 2021 to $1.1 million this year.\n")
    assert grown.goods[0].value == ("1100000", "USD")
