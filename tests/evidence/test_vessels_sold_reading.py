"""Vessels as the goods: who held a ship before it was sold, and when a firm or ship began is no date of a sale."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_the_earlier_owner_of_bought_vessels_let_them_go() -> None:
    found = only("Only six vessels have been bought by North Korea, of which four were previously owned by Japanese "
                 "firms.\n")
    assert seen(found)[:2] == ("JP", "KP")


def test_a_tanker_formerly_owned_by_a_firm_was_sold_by_its_country() -> None:
    found = only("The tanker, formerly owned by a Japanese company, was sold to North Korea in 2021.\n")
    assert seen(found) == ("JP", "KP", "2021")


def test_a_north_korean_former_owner_is_the_supplier() -> None:
    found = only("China bought a tanker previously owned by a North Korean company.\n")
    assert seen(found)[:2] == ("KP", "CN")


def test_the_year_a_firm_was_set_up_is_no_date_of_its_exports() -> None:
    found = only("Founded in 1995, the Osaka dealer exports used trucks, mainly to Vietnam.\n")
    assert seen(found) == ("JP", "VN", None)


def test_the_year_a_ship_was_built_is_no_date_of_its_sale() -> None:
    found = only("The tanker, built in 2005, was sold to North Korea by a Chinese firm.\n")
    assert seen(found) == ("CN", "KP", None)


def test_the_number_ending_a_ships_name_is_no_count() -> None:
    found = only("The Sam Ho 2 was seen delivering diesel to North Korea.\n")
    assert [g.quantity for g in found.goods] == [None]
    assert [g.quantity for g in only("The Chinese firm sold 2 tankers to North Korea.\n").goods] == ["2"]



def test_a_ship_ferrying_coal_tells_where_it_went() -> None:
    found = only("The freighter was ferrying North Korean coal to Vietnam.\n")
    assert seen(found)[:2] == ("KP", "VN")
    assert [g.description for g in found.goods] == ["North Korean coal"]


def test_a_registry_of_shipping_names_a_body_not_a_shipment() -> None:
    from tests.evidence.reading import claims

    assert claims("The ships are thought to be registered by the Palau International Register of Shipping.\n") == []
    assert seen(only("Laos shipped coal to China, the Ministry of Shipping said.\n"))[:2] == ("LA", "CN")
