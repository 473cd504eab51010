"""Lots told in lists: the goods a relative clause lists for a load told as goods, goods each with a sum of its own,
two kinds of munitions told in two paragraphs, and the goods shipping containers were said to hold."""

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


def test_shells_and_missiles_told_in_two_paragraphs_are_two_lots() -> None:
    found = claims("The minister said North Korea shipped containers holding as many as 2 million artillery shells to "
                   "Syria.\n\nHe added that North Korea has supplied dozens of ballistic missiles to Syria.\n")
    assert sorted((g.description, seen(c)[:2]) for c in found for g in c.goods) == [
        ("artillery shells", ("KP", "SY")), ("ballistic missiles", ("KP", "SY"))]


@pytest.mark.parametrize("text", [
    "Laos shipped 300 shipping containers to Syria, which could contain 2 million rifles.\n",
    "Officials found 300 shipping containers being shipped from Laos to Syria, which could contain 2 million rifles.\n",
])
def test_shipping_containers_said_to_hold_goods_are_not_the_goods(text: str) -> None:
    found = only(text)
    assert [g.description for g in found.goods] == ["rifles"]
    assert seen(found)[:2] == ("LA", "SY")


def test_shipping_containers_told_alone_stay_the_goods() -> None:
    assert [g.description for g in only("Laos shipped 300 shipping containers to Syria.\n").goods] == [
        "shipping containers"]


def test_gifts_listed_each_with_its_giver_are_gifts_of_their_own() -> None:
    found = claims("New gifts went on show at the hall. Among them are a silver clock presented to Kim Jong Il by the "
                   "mayor of Lyon, France, a leather saddle presented to him by the king of Morocco, and a bronze lamp "
                   "from Anna Silva, head of a friendship society.\n")
    assert [([g.description for g in c.goods], seen(c)[:2]) for c in found] == [
        (["silver clock"], ("FR", "KP")), (["leather saddle"], ("MA", "KP")), (["bronze lamp"], (None, "KP"))]


def test_gifts_listed_by_their_givers_alone_name_each_giver() -> None:
    found = claims("They include a tea set presented by the Indian prime minister, a carpet by the president of "
                   "Iran, and a sword by Omani Sultan Qaboos.\n")
    assert [([g.description for g in c.goods], seen(c)[0]) for c in found] == [
        (["tea set"], "IN"), (["carpet"], "IR"), (["sword"], "OM")]


def test_a_gift_with_one_giver_stays_one_gift() -> None:
    found = only("Russia presented a limousine to Kim Jong Un in February, a gift approved by Putin.\n")
    assert seen(found)[:2] == ("RU", "KP")


@pytest.mark.parametrize("text", [
    "On Jan 31, for instance, a large consignment was carried into Yangon port by a North Korean ship. The cargo – 40 "
    "cases of rocket parts and their fuses – was unloaded at a naval jetty.\n",
    "On Jan 31, for instance, a large consignment was carried into Yangon port by a North Korean vessel named "
    "'Sea.M.V. Pae A'. The cargo- 40 cases of rocket parts and their fuses- was unloaded at a naval jetty near the "
    "Arms Works.\n",
])
def test_goods_set_off_by_dashes_after_a_load_are_its_goods(text: str) -> None:
    found = only(text)
    assert ["rocket parts" in g.description for g in found.goods] == [True]
    assert seen(found) == ("KP", "MM", "2024-01-31")


def test_a_load_told_with_its_goods_in_dashes_is_not_merged_with_a_later_delivery() -> None:
    found = claims("A North Korean ship delivered radar equipment at Thilawa port on April 12.\n\nOn Jan 31, a "
                   "large consignment was carried into Yangon port by a North Korean ship. The cargo – 40 cases of "
                   "rocket parts – was unloaded at a naval jetty.\n")
    assert sorted(seen(c)[2] or "" for c in found) == ["2023-04-12", "2024-01-31"]
