"""Transfers told the way reports of trade, smuggling and arms between North Korea and South and South-East Asia tell
them: a shipment to come, shipments a country is getting, the country's byname, and goods smuggled "into the
country"."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_ship_after_a_modal_is_the_verb_of_a_planned_shipment() -> None:
    claim = only("Laos will ship 4,000 tonnes of rice to North Korea's Nampo port next spring, a minister said.\n")
    assert seen(claim)[:2] == ("LA", "KP")
    assert claim.status == "planned"
    assert [(g.description, g.quantity) for g in claim.goods] == [("rice", "4000")]


def test_a_ship_sold_after_a_modal_elsewhere_is_still_goods() -> None:
    claim = only("Vietnam agreed to sell a ship to North Korea.\n")
    assert seen(claim)[:2] == ("VN", "KP")
    assert [g.description for g in claim.goods] == ["ship"]


def test_who_is_getting_shipments_received_them() -> None:
    claim = only("Cambodia has been getting shipments of rifles from North Korea.\n")
    assert seen(claim)[:2] == ("KP", "KH")


def test_who_got_deliveries_received_them() -> None:
    claim = only("Laos got two deliveries of rifles from North Korea in 2019.\n")
    assert seen(claim) == ("KP", "LA", "2019")


def test_the_hermit_kingdom_is_north_korea() -> None:
    claim = only("Ginseng was the main item exported from the hermit kingdom to Thailand.\n")
    assert seen(claim)[:2] == ("KP", "TH")


def test_a_port_city_of_myanmar_is_where_goods_went() -> None:
    claim = only("A North Korean freighter unloaded radar parts at Thilawa, Yangon, on May 3.\n")
    assert seen(claim)[:2] == ("KP", "MM")


def test_goods_smuggled_into_the_country_go_to_the_country_named_before() -> None:
    claim = only("Customs officers in Sri Lanka caught a North Korean diplomat smuggling watches into the country.\n")
    assert seen(claim)[:2] == ("KP", "LK")
    assert claim.kind == "smuggling"


def test_goods_smuggled_into_the_country_after_a_clause_naming_it() -> None:
    claim = only("Sri Lanka has expelled a North Korean diplomat after he was caught smuggling cigarettes into the "
                 "country.\n")
    assert seen(claim)[:2] == ("KP", "LK")


def test_smugglers_with_no_other_country_named_still_bring_goods_home() -> None:
    claim = only("North Korean traders smuggled Thai rubber into the country, a defector said.\n")
    assert seen(claim)[:2] == ("TH", "KP")


def test_the_country_a_side_of_which_is_no_other_country_stays_unread() -> None:
    found = claims("North Korea smuggled cigarettes into the country.\n")
    assert all(c.recipient.country in (None, "KP") for c in found)


def test_where_a_smuggler_was_caught_is_no_side() -> None:
    claim = only("A North Korean diplomat was caught at Vientiane airport trying to smuggle gold bars.\n")
    assert claim.supplier.country == "KP"


def test_the_country_a_smuggler_was_caught_in_is_where_the_goods_went() -> None:
    claim = only("A North Korean diplomat was caught at Vientiane airport trying to smuggle gold into the country.\n")
    assert seen(claim)[:2] == ("KP", "LA")
