"""Transfers told plainly in words the reader once passed over: goods hawked or peddled, goods provided for sale in a
country, a gift counted after "a gift of", a zoo or shop of a country as the party that took goods, and an unnamed
ship that made a transfer at sea under its own flag."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_hawked_or_peddled_were_sold() -> None:
    claim = only("A Thai trader hawked watches to buyers in Myanmar in 2019.\n")
    assert (claim.goods[0].description, claim.kind, seen(claim)) == ("watches", "sale", ("TH", "MM", "2019"))
    claim = only("Two Laotian brokers peddled rifles to Cambodia in 2018.\n")
    assert (claim.kind, seen(claim)) == ("sale", ("LA", "KH", "2018"))
    assert claims("The minister was accused of peddling lies about the border.\n") == []


def test_goods_provided_for_sale_in_a_country_went_there() -> None:
    claim = only("A Thai firm provided watches for sale in Myanmar in 2019.\n")
    assert seen(claim) == ("TH", "MM", "2019")
    assert claims("The rifles were for sale in a shop in Bangkok, the owner said.\n") == []


def test_the_goods_of_a_gift_are_what_it_counts() -> None:
    claim = only("Belarus sent a gift of more than 30 ponies to Laos in 2019.\n")
    assert (claim.goods[0].description, claim.kind, seen(claim)) == ("ponies", "gift", ("BY", "LA", "2019"))


def test_a_zoo_or_a_shop_of_a_country_is_a_party_of_it() -> None:
    claim = only("Belarus gave a Laotian zoo 40 horses in 2019.\n")
    assert (claim.goods[0].description, seen(claim)) == ("horses", ("BY", "LA", "2019"))
    claim = only("A Thai firm sold 300 watches to a North Korean department store in 2016.\n")
    assert seen(claim) == ("TH", "KP", "2016")


def test_a_flagged_ship_that_made_a_transfer_at_sea_is_its_flags_side() -> None:
    claim = only("Officials reported suspected ship-to-ship transfers of fuel by a North Korean-flagged tanker "
                 "in the Yellow Sea in May 2019.\n")
    assert claim.supplier.country == "KP" or claim.recipient.country == "KP"
    assert claim.date is not None and claim.date.iso() == "2019-05"
    # A ship under an open registry's flag stays no side (and with no side told there is no claim), and a ship
    # that only carried goods stays none.
    assert claims("Officials reported ship-to-ship transfers of fuel by a Panama-flagged tanker in May 2019.\n") == []
    assert all(c.supplier.country is None for c in claims(
        "The cylinders were carried by a Chinese-flagged freighter to Laos in 2019.\n"))
