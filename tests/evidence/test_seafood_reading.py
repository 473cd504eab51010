"""Reports of seafood and fishing: catches taken somewhere and sold there, and fishing rights or boats leased from a
state."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_goods_taken_to_a_country_and_sold_there_went_to_it() -> None:
    # Where the goods were carried before the sale is no seller of them.
    claim = only("The clams are then carried across to Russia and sold at fish markets.\n")
    assert seen(claim)[:2] == (None, "RU")
    claim = only("North Korean squid were shipped to Japan and later sold by the box.\n")
    assert seen(claim)[:2] == ("KP", "JP")


def test_a_seller_named_after_the_joined_verb_is_still_the_seller() -> None:
    claim = only("The oysters were trucked into Mongolia and sold by Chinese middlemen.\n")
    assert seen(claim)[0] == "CN"


def test_who_leases_goods_from_a_state_takes_them_in() -> None:
    claim = only("Several Vietnamese trawler owners are leasing fishing rights from North Korea.\n")
    assert seen(claim)[:2] == ("KP", "VN")
    claim = only("Myanmar rented two dredgers from Pyongyang last spring.\n")
    assert seen(claim)[:2] == ("KP", "MM")


def test_who_leases_goods_to_another_still_supplies_them() -> None:
    claim = only("Pyongyang rented two dredgers to Myanmar last spring.\n")
    assert seen(claim)[:2] == ("KP", "MM")


def test_the_supply_chain_is_no_goods() -> None:
    claim = only("Crabs were shipped to China for cooking, and diners at the far end of the supply chain cannot tell "
                 "where they came from.\n")
    assert [g.description for g in claim.goods] == ["Crabs"]
    assert seen(claim)[1] == "CN"
    claim = only("A Chinese firm sold steel chains to North Korea.\n")
    assert seen(claim)[:2] == ("CN", "KP")
