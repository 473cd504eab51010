"""Arrivals, ports of call, ship-to-ship transfers told "with" another ship, and flows told by customs: who
supplied and who received, and no side guessed where the text gives none."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize(("text", "when"), [
    ("The Maltese tanker Aurora conducted a ship-to-ship transfer of kerosene with the Libyan tanker Sabratha "
     "in July.\n", "2023-07"),
    ("A patrol plane saw an Iranian tanker and another vessel transferring naphtha on the high seas.\n", None),
])
def test_a_transfer_with_or_between_ships_gives_neither_side(text: str, when: str | None) -> None:
    claim = only(text)
    assert seen(claim) == (None, None, when)
    assert claim.kind == "ship-to-ship"
    assert not claim.supplier.name and not claim.recipient.name


def test_a_banned_transfer_carried_out_with_ships_is_told_and_the_ships_are_no_goods() -> None:
    claim = only("A Greek vessel was suspected of conducting banned ship-to-ship gasoil transfers with Syrian "
                 "tankers.\n")
    assert seen(claim) == (None, None, None)
    assert [g.description for g in claim.goods] == ["gasoil"]
    assert claim.status.value == "alleged"


def test_a_transfer_to_a_ship_keeps_its_direction() -> None:
    claim = only("The Maltese tanker Aurora transferred kerosene to the Libyan-flagged Sabratha in July.\n")
    assert seen(claim) == ("MT", "LY", "2023-07")


def test_the_port_a_ship_called_at_carrying_goods_received_them() -> None:
    claim = only("The freighter Golden Lark called at the port of Chittagong on June 4 carrying 8,000 tonnes of "
                 "cement.\n")
    assert seen(claim) == (None, "BD", "2023-06-04")
    assert claim.goods[0].quantity == "8000"


def test_a_ship_that_arrived_from_a_country_carrying_a_bulk_cargo_brought_it_from_there() -> None:
    claim = only("The freighter Kestrel arrived in Mombasa from Pakistan carrying palm kernels.\n")
    assert seen(claim)[:2] == ("PK", "KE")
    assert [g.description for g in claim.goods] == ["palm kernels"]


def test_a_source_told_between_commas_leaves_the_route_and_the_day_in_the_clause() -> None:
    claim = only("The Ocean Lily shipped 3,200 tons of iron ore, according to the inspectors, from Nakhodka to Dalian "
                 "on Aug. 9.\n")
    assert seen(claim) == ("RU", "CN", "2023-08-09")


def test_a_ship_of_no_side_carrying_goods_of_a_country_carried_them_from_it() -> None:
    claim = only("The Belize-flagged Morning Star shipped 4,000 tons of Iranian urea to Karachi in March.\n")
    assert seen(claim)[:2] == ("IR", "PK")


def test_an_epithet_after_a_countrys_shipments_is_not_that_country() -> None:
    found = claims("Russian outbound shipments of flour to the reclusive state rose to $4 million in May.\n")
    assert [seen(c)[:2] for c in found] == [("RU", None)]



def test_a_flow_counted_by_one_countrys_customs_figures_has_that_country_as_its_other_side() -> None:
    found = claims("Indian customs data showed on Monday that exports to Nepal rose in May.\n\nNepal bought $3.2 "
                   "million of sugar and $1.1 million of cement in May, the customs data showed.\n")
    assert sorted((c.goods[0].description, seen(c)) for c in found) == [
        ("cement", ("IN", "NP", "2023-05")), ("sugar", ("IN", "NP", "2023-05"))]


def test_the_figures_of_two_countries_customs_give_no_side() -> None:
    claim = only("Indian and Thai customs data showed trade with Nepal rose.\n\nNepal bought $3.2 million of sugar in "
                 "May, the customs data showed.\n")
    assert seen(claim) == (None, "NP", "2023-05")


@pytest.mark.parametrize(("text", "sides", "when"), [
    ("The Polar Wind carried 2,700 tons of iron ore from Nakhodka to Busan, which it entered on Mar. 9.\n",
     ("RU", "KR"), "2024-03-09"),
    ("The Polar Wind carried 2,000 tons of cement from Karachi to Mombasa, where it docked on May 3.\n",
     ("PK", "KE"), "2023-05-03"),
])
def test_the_day_a_ship_came_into_the_port_the_goods_went_to_dates_them(text: str, sides: tuple[str | None, ...],
                                                                         when: str) -> None:
    claim = only(text)
    assert seen(claim) == (*sides, when)
