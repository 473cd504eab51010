"""Transfers told plainly in forms the reader once passed over: a party named as the supplier of goods to another
("a key supplier of bearings to Laos"), and goods told only as goods that open a sentence whose main verb lists them
("The main goods bought by Laos included rice and sugar")."""

from __future__ import annotations

from tests.evidence.reading import claims, only


def test_a_party_named_as_a_supplier_of_goods_to_another_supplies_them() -> None:
    claim = only("Valdor Trading was named last week as a key supplier of pumps and other parts to North Korea.\n")
    assert claim.kind == "supply"
    assert claim.supplier.name == "Valdor Trading"
    assert claim.recipient.country == "KP"
    assert claim.goods[0].description == "pumps"
    apposed = only("Valdor Trading, a major supplier of lathes to Syria, was fined in May.\n")
    assert (apposed.supplier.name, apposed.recipient.country) == ("Valdor Trading", "SY")


def test_a_supplier_with_no_goods_sent_to_anyone_tells_no_transfer() -> None:
    assert claims("Valdor Trading is a supplier of bearings.\n") == []
    assert claims("Suppliers of arms to North Korea face sanctions under the new law.\n") == []
    assert claims("The firm is a leading supplier of machine tools in Europe.\n") == []


def test_goods_told_only_as_goods_are_the_goods_their_sentence_lists() -> None:
    claim = only("The main goods exported by Belarus to North Korea in 2021 included rice and sugar.\n")
    assert [g.description for g in claim.goods] == ["rice", "sugar"]
    assert (claim.supplier.country, claim.recipient.country) == ("BY", "KP")
    assert [g.description for g in only("Goods shipped to Laos last year included tractors.\n").goods] == ["tractors"]


def test_goods_of_another_clause_are_not_listed_as_the_goods() -> None:
    claim = only("Laos bought goods from China, and its neighbours' imports included rice.\n")
    assert [g.description for g in claim.goods] != ["rice"]


def test_a_metal_and_fuels_told_alone_are_goods() -> None:
    claim = only("The Chinese firm bought vanadium from Korea Ryonha Corporation in 2016.\n")
    assert claim.goods[0].description == "vanadium"
    assert claim.recipient.country == "CN"
    listed = only("The main goods exported by Belarus to North Korea included fuels and lubricants.\n")
    assert [g.description for g in listed.goods] == ["fuels", "lubricants"]
