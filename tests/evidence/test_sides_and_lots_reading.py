"""Sides and lots a sentence tells more than once: a speaker who calls a transfer lawful is a side of it, two ships
that each arrive somewhere are two transfers, a ship named again by its name alone is still a ship, and two counts
of the same goods are two lots."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize(("text", "sides"), [
    ("North Korean officials said the zinc shipment to Laos was legal.\n", ("KP", "LA")),
    ("Pyongyang said on Friday that the rice shipments from Vietnam were entirely lawful.\n", ("VN", "KP")),
    ("Laotian officials said the cement shipment to North Korea did not violate any resolution.\n", ("LA", "KP")),
])
def test_a_speaker_who_calls_a_transfer_lawful_is_its_missing_side(text: str, sides: tuple[str, str]) -> None:
    assert seen(only(text))[:2] == sides


def test_a_speaker_who_calls_a_transfer_unlawful_is_no_side_of_it() -> None:
    assert seen(only("South Korean officials said the coal shipment to Laos broke the embargo.\n"))[:2] == (None, "LA")


def test_a_ship_named_alone_after_its_flag_keeps_its_cargo_apart_from_the_whole() -> None:
    found = claims("North Korean coal worth $1.2 million was brought into Vietnam last year, officials said.\n\n"
                   "Monitors said two freighters, the Togo-flagged Blue Heron and the Liberia-flagged Gold Finch, had "
                   "unloaded North Korean coal in Vietnam in May last year.\n\n"
                   "Officials later said the Blue Heron had shipped 2,000 tons of the coal from North Korea to "
                   "Vietnam.\n\n"
                   "The Gold Finch, for its part, was reported to have unloaded 3,000 tons of North Korean coal.\n")
    assert [(c.goods[0].quantity, c.supplier.country, c.recipient.country) for c in found] == [
        (None, "KP", "VN"), ("2000", "KP", "VN"), ("3000", "KP", "VN")]
    assert found[0].goods[0].value is not None


def test_two_counts_of_the_goods_in_one_unit_are_two_lots() -> None:
    found = claims("The freighters unloaded 2,000 tons and 3,000 tons of North Korean coal at Haiphong in May.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("2000", ("KP", "VN", "2023-05")),
                                                              ("3000", ("KP", "VN", "2023-05"))]


def test_a_range_of_counts_is_one_lot() -> None:
    assert only("Monitors said North Korea shipped between 2,000 tons and 3,000 tons of coal to Vietnam in "
                "May.\n").goods[0].quantity == "2000"


def test_two_ships_that_each_arrive_at_a_port_carry_two_cargoes() -> None:
    found = claims("North Korean coal was taken to Nakhodka and loaded onto two ships. The Liberia-flagged ship "
                   "arrived in Busan on March 4 and the Togo-flagged vessel carrying 3,000 tons of North Korean "
                   "anthracite arrived in Ulsan on March 9.\n")
    arrived = [(c.recipient.country, c.goods[0].quantity, seen(c)[2],
                [e.text for e in c.evidence if e.field == "recipient"]) for c in found if c.recipient.country == "KR"]
    assert arrived == [("KR", None, "2024-03-04", ["Busan"]), ("KR", "3000", "2024-03-09", ["Ulsan"])]


def test_one_ship_that_calls_at_two_ports_carries_one_cargo() -> None:
    found = claims("The Togo-flagged vessel carrying 3,000 tons of coal from North Korea arrived in Busan on March 4 "
                   "and then sailed to Ulsan.\n")
    assert len([c for c in found if c.goods[0].quantity == "3000"]) == 1
