"""Transfers told the way analyses of satellite pictures tell them: ports, ships and rail yards, the goods
hedged, the trade named beside the place it passes through."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_the_two_countries_a_trade_runs_between_are_its_sides_not_who_named_the_place() -> None:
    found = claims("Tokyo has named the port of Haeju as a main hub for rifle transfers between Iran and Syria.\n")
    assert sorted((c.supplier.country, c.recipient.country) for c in found) == [("IR", "SY"), ("SY", "IR")]
    assert all([g.description for g in c.goods] == ["rifle"] for c in found)


def test_goods_that_name_the_transfers_are_moved_not_the_ships_told_before_them() -> None:
    found = claims("Two freighters thought to have facilitated rifle and fuel transfers between Iran and Syria "
                   "were seen at the pier.\n")
    assert sorted((c.supplier.country, c.recipient.country) for c in found) == [("IR", "SY"), ("SY", "IR")]
    assert all([g.description for g in c.goods] == ["rifle", "fuel"] for c in found)


def test_a_supply_told_with_its_article_and_an_adjective_is_a_noun_not_a_habit() -> None:
    claim = only("Officials say Pyongyang was involved in the secret supply of rifles to Iran.\n")
    assert seen(claim)[:2] == ("KP", "IR")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_a_bare_verb_of_supply_after_its_subject_is_still_a_habit() -> None:
    assert claims("Traders in Dandong supply rice to buyers across the river.\n") == []


def test_what_trade_a_port_serves_with_no_goods_named_tells_no_transfer() -> None:
    assert claims("The photos show a crowded coal yard, a sign of the harbour's role as one of the nation's chief "
                  "gateways for export and import of goods.\n") == []


def test_a_port_named_as_a_hub_for_the_export_of_named_goods_is_still_read() -> None:
    claim = only("Haeju is a hub for the export of coal to China.\n")
    assert claim.recipient.country == "CN"
    assert [g.description for g in claim.goods] == ["coal"]


def test_goods_that_name_a_depot_an_expo_or_ship_tracking_are_no_goods() -> None:
    assert claims("The defence minister toured a weapons expo in Tehran weeks after the transfers began.\n") == []
    assert claims("Tracking data hint that the two states are engaged in a sort of barter exchange.\n") == []
    claim = only("The rifles were delivered to an ammunition depot in Syria in May.\n")
    assert [g.description for g in claim.goods] == ["rifles"]
    assert claim.recipient.country == "SY"


def test_ties_to_an_army_are_relations_not_neckties() -> None:
    claim = only("Hundreds of rifles were loaded in Haeju onto two freighters with ties to the Syrian army "
                 "and shipped to Syria.\n")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_goods_a_carrier_was_used_in_transfers_of_are_those_goods() -> None:
    found = claims("It is the freighter that Tokyo had earlier named a carrier used in illegal rifle transfers "
                   "between Iran and Syria.\n")
    assert sorted((c.supplier.country, c.recipient.country) for c in found) == [("IR", "SY"), ("SY", "IR")]
    assert all([g.description for g in c.goods] == ["illegal rifle"] for c in found)


def test_what_a_ship_is_suspected_of_having_been_used_to_carry_is_its_cargo() -> None:
    claim = only("The freighter is alleged to have been also used to transport rifles and ammunition to Iran.\n")
    assert claim.recipient.country == "IR"
    assert claim.status == "alleged"
    assert [g.description for g in claim.goods] == ["rifles", "ammunition"]
