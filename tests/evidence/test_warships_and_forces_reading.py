"""Warships, aircraft and the forces of a state in reports of arms moved between states: a warship that guards a
shipment is no goods, while one handed over is; a verb after "that" or "which" is no goods; arms systems told in
American spelling; goods a state "transferred from" another came to it; the forces of a state are the state."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "The navy sent a corvette to escort the freighter carrying rockets from Belarus in May.\n",
    "A Serbian frigate was deployed to guard the freighter carrying rockets from Belarus in May.\n",
])
def test_a_warship_guarding_a_shipment_is_no_goods(text: str) -> None:
    claim = only(text)
    assert [g.description for g in claim.goods] == ["rockets"]
    assert claim.supplier.country == "BY"


def test_a_warship_handed_over_is_goods() -> None:
    claim = only("Russia handed over two frigates to Myanmar in May.\n")
    assert [g.description for g in claim.goods] == ["frigates"]
    assert seen(claim) == ("RU", "MM", "2023-05")


def test_a_verb_after_which_is_no_goods() -> None:
    assert claims("Images show a freighter that matches the length of the Sea Lark moored at Nampho.\n") == []


@pytest.mark.parametrize("text, goods", [
    ("Belarus delivered air defense systems to Myanmar in May.\n", "air defense systems"),
    ("Belarus is believed to have provided Myanmar with weapons systems in May.\n", "weapons systems"),
    ("Belarus supplied electronic warfare systems to Myanmar in May.\n", "electronic warfare systems"),
])
def test_arms_systems_in_american_spelling_are_goods(text: str, goods: str) -> None:
    claim = only(text)
    assert [g.description for g in claim.goods] == [goods]
    assert seen(claim) == ("BY", "MM", "2023-05")


def test_goods_transferred_from_a_state_came_to_the_subject() -> None:
    claim = only("Officials said North Korea has transferred two combat vehicles from Russia in May.\n")
    assert seen(claim) == ("RU", "KP", "2023-05")


def test_goods_transferred_from_one_state_to_another_keep_both_ends() -> None:
    claim = only("North Korea transferred coal from Nampho to a Chinese ship in May.\n")
    assert claim.supplier.country == "KP"


@pytest.mark.parametrize("text, recipient", [
    ("Russia delivered missiles to the armed forces of North Korea in May.\n", "KP"),
    ("Belarus sold tractors to the government of Laos in May.\n", "LA"),
    ("Serbia shipped mortar shells to the army of Chad in May.\n", "TD"),
])
def test_the_forces_of_a_state_are_the_state(text: str, recipient: str) -> None:
    assert only(text).recipient.country == recipient


def test_a_ship_under_way_is_no_goods() -> None:
    text = "In May a tip sent from Rome to Tunis warned of a rusty freighter steaming towards the strait.\n"
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "A North Korean freighter bound for Egypt carried 30,000 grenades in May.\n",
    "A North Korean freighter heading for Egypt carried 30,000 grenades in May.\n",
])
def test_where_the_carrier_was_bound_is_where_the_goods_went(text: str) -> None:
    assert seen(only(text)) == ("KP", "EG", "2023-05")


def test_where_a_seized_carrier_goes_back_to_is_no_side() -> None:
    claim = only("The North Korean freighter seized with Chilean jets in its hold is now returning to Chile.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("CL", "KP")
