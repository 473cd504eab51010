"""A North Korean side of a transfer is not lost to a port on the way, a loading place or a relative clause: where
the goods were bound after being seized, who shipped goods loaded elsewhere, whose goods they are."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "The broker shipped pistols to North Korea in 2022 hidden inside shipping containers bound for Dalian.\n",
    "The firm sold lathes to a trader in Malaysia in 2021, loaded on a freighter bound for North Korea.\n",
])
def test_goods_that_reached_north_korea_keep_it_as_the_recipient(text: str) -> None:
    claim = only(text)
    assert claim.recipient.country == "KP"


def test_a_journey_that_goes_on_past_another_country_still_ends_at_its_last_stop() -> None:
    claim = only("Pyongyang sold rifles to Vietnam in 2021, and they were then shipped on to Laos.\n")
    assert seen(claim)[:2] == ("KP", "LA")


@pytest.mark.parametrize("text", [
    "North Korean coal was loaded at a port in China in May and sold to Vietnam.\n",
    "North Korean coal was loaded at the port of Dalian in May and shipped to Vietnam.\n",
])
def test_goods_named_by_north_korea_come_from_it_wherever_they_were_loaded(text: str) -> None:
    assert seen(only(text)) == ("KP", "VN", "2023-05")


def test_who_shipped_goods_loaded_in_another_port_supplied_them() -> None:
    claim = only("The crates of rifle parts, shipped by a North Korean firm, were loaded in Qingdao on a freighter "
                 "run by a Greek company and sent to Angola in 2019.\n")
    assert seen(claim) == ("KP", "AO", "2019")


def test_goods_loaded_at_a_place_with_no_other_origin_come_from_it() -> None:
    assert seen(only("Coal was loaded at Nampho in May and shipped to Vietnam.\n")) == ("KP", "VN", "2023-05")


@pytest.mark.parametrize("text", [
    "Port officials seized 5,000 bottles of brandy in May, which were believed to be headed for North Korea.\n",
    "Customs seized 300 laptops in Busan in May, which were bound for North Korea.\n",
])
def test_seized_goods_a_relative_clause_says_were_bound_for_north_korea_go_there(text: str) -> None:
    claim = only(text)
    assert claim.recipient.country == "KP"
    assert claim.date is not None and claim.date.iso() == "2023-05"


def test_seized_goods_with_no_destination_told_have_no_recipient() -> None:
    assert all(c.recipient.country is None for c in claims("Port officials seized 5,000 bottles of brandy in May.\n"))


@pytest.mark.parametrize("flag", ["North Korea-flagged", "DPRK-flagged (North Korean)"])
def test_a_ship_named_after_its_flag_and_kind_before_its_owner_keeps_its_flag(flag: str) -> None:
    claim = only(f"A {flag} tanker, KUM RYONG 5 owned by Korea Kumryong Shipping Company, conducted a "
                 "ship-to-ship transfer of diesel in May 2021.\n")
    assert claim.supplier.country == "KP"
    assert claim.supplier.name == "KUM RYONG 5"
