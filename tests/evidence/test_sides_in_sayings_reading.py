"""Sides told in someone's words: the buyer of seized goods named with a word before its country, the side of a war
goods were sent for, and what a supplier got back in return."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_the_buyer_of_seized_goods_may_be_named_with_a_word_before_its_country() -> None:
    found = only("Spain has seized more banned luxury items the rulers of isolated North Korea unsuccessfully tried "
                 "to buy in past years, including fine brandy worth 9,000 euros, the panel said.\n")
    assert found.recipient.country == "KP"
    assert "fine brandy" in [g.description for g in found.goods]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Laos is secretly providing the Syrian war in Yemen with a large number of artillery shells, he said.\n", "SY"),
    ("Laos is secretly providing Syria's war in Yemen with rockets, he said.\n", "SY"),
    ("North Korea sent shells for the Syrian war in Yemen.\n", "SY"),
    ("Laos sent rockets to Yemen.\n", "YE"),
])
def test_goods_sent_for_a_war_go_to_who_wages_it_not_where_it_is_fought(text: str, recipient: str) -> None:
    assert only(text).recipient.country == recipient


def test_a_war_fought_in_north_korea_never_hides_it_as_a_side() -> None:
    assert only("Laos is secretly providing the Syrian war in North Korea with rockets, he said.\n").recipient.country \
        == "KP"


@pytest.mark.parametrize(("text", "sides"), [
    ("North Korea delivered shells to Laos and received food in return.\n", ("LA", "KP")),
    ("North Korea sold shells to Laos and bought food.\n", (None, "KP")),
    ("\"North Korea has delivered artillery shells to Laos,\" the minister told reporters, adding that food had been "
     "sent in return.\n", ("LA", "KP")),
])
def test_what_the_supplier_got_back_went_the_other_way(text: str, sides: tuple[str | None, str]) -> None:
    found = claims(text)
    assert [seen(c)[:2] for c in found if c.goods[0].description == "food"] == [sides]
    assert [seen(c)[:2] for c in found if "shells" in c.goods[0].description] == [("KP", "LA")]


def test_a_second_verb_of_giving_keeps_the_subject_as_supplier() -> None:
    found = claims("WBT Trading shipped gasoil to Laos in 2017 and sold cigarettes to a store in Vietnam.\n")
    assert [c.supplier.name for c in found] == ["WBT Trading", "WBT Trading"]
