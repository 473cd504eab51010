"""Who a sentence names but is no side of the transfer: who sanctioned, watched or complained about a party, and
the owner of a ship whose own flag is told."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_who_sanctioned_a_tanker_is_not_its_supplier() -> None:
    claim = only("A North Korean oil tanker sanctioned by Washington and the UN was seen making ship-to-ship "
                 "transfers of oil in May.\n")
    assert seen(claim) == ("KP", None, "2023-05")


def test_who_blacklisted_a_tanker_does_not_replace_its_flag() -> None:
    claim = only("A Chinese tanker blacklisted by the United Nations and the United States pumped diesel into a "
                 "North Korean ship in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")


def test_who_photographed_a_transfer_is_not_its_supplier() -> None:
    claim = only("A North Korean tanker was photographed by Japanese patrol planes transferring oil at sea in "
                 "May.\n")
    assert claim.supplier.country == "KP"


def test_the_owner_of_a_flagged_ship_is_not_the_supplier() -> None:
    claim = only("The North Korean tanker Pine Star, which is owned by Kumsong Shipping Company, pumped diesel into "
                 "a Chinese ship in May 2019.\n")
    assert (claim.supplier.name, claim.supplier.country, claim.recipient.country) == ("Pine Star", "KP", "CN")


def test_the_owner_of_a_ship_of_no_told_country_stays_its_side() -> None:
    claim = only("A Panama-flagged tanker owned by Kumsong Shipping Company delivered diesel to a Chinese ship in "
                 "May 2019.\n")
    assert claim.supplier.name == "Kumsong Shipping Company"


def test_a_country_complaining_about_a_purchase_is_not_its_buyer() -> None:
    claim = only("Diplomats said the case set off a new round of US complaints over Laotian efforts to buy rifles "
                 "from Pyongyang.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "LA")


def test_who_listed_a_ship_in_a_relative_clause_is_not_its_supplier() -> None:
    claim = only("The tanker, which the U.S. Treasury designated in 2018, delivered fuel to North Korea in May.\n")
    assert seen(claim) == (None, "KP", "2023-05")
