"""Lots told in lists: the goods a relative clause lists for a load told as goods, and goods each with a sum of its
own."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Police said the firm sent $40,000 worth of goods to North Korea that ranged from tyres, sugar and soap in May "
    "2019.\n",
    "Police said the firm sent goods to North Korea that included tyres, sugar and soap in May 2019.\n",
    "Police said the firm sent $40,000 worth of goods to North Korea, ranging from tyres and sugar to soap, in May "
    "2019.\n",
])
def test_goods_a_relative_clause_lists_are_the_goods_of_a_load_told_as_goods(text: str) -> None:
    found = only(text)
    assert [g.description for g in found.goods] == ["tyres", "sugar", "soap"]
    assert seen(found) == (None, "KP", "2019-05")


def test_goods_each_followed_by_a_sum_of_its_own_are_lots_of_their_own() -> None:
    found = claims("Prosecutors said the company exported cosmetics worth $20,000, wine worth $9,000 and whisky worth "
                   "$15,000 to North Korea in 2017.\n")
    assert [([g.description for g in c.goods], c.goods[0].value, seen(c)) for c in found] == [
        (["cosmetics"], ("20000", "USD"), (None, "KP", "2017")),
        (["wine"], ("9000", "USD"), (None, "KP", "2017")),
        (["whisky"], ("15000", "USD"), (None, "KP", "2017"))]


def test_goods_with_one_sum_after_the_list_stay_one_lot() -> None:
    assert [g.description for g in only("The company exported cosmetics and whisky worth $15,000 to North Korea in "
                                        "2017.\n").goods] == ["cosmetics", "whisky"]
