"""Reports of aid: grain, fertiliser and medicine a state, an agency or a charity gives, and who said it sent them."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("told", [
    "Mongolia has sent 8,000 tonnes of barley in humanitarian aid to Laos.",
    "Mongolia shipped 8,000 tonnes of barley to Laos as food aid.",
    "Mongolian trucks crossed into Laos on Monday, carrying emergency fertilizer aid to its farmers.",
    "Mongolia delivered 8,000 tonnes of barley to Laos free of charge.",
])
def test_goods_carried_as_aid_are_a_gift(told: str) -> None:
    claim = only(told + "\n")
    assert claim.kind == "gift"
    assert claim.recipient.country == "LA"


def test_a_sale_or_an_export_told_as_aid_keeps_its_kind() -> None:
    assert only("Mongolia sold 8,000 tonnes of barley to Laos as humanitarian aid.\n").kind == "sale"
    assert only("Mongolia shipped 8,000 tonnes of barley to Laos.\n").kind == "shipment"


def test_aid_told_in_another_sentence_does_not_make_a_gift() -> None:
    [claim] = claims("Mongolia delivered barley to Laos. Aid groups say food aid is short in the north.\n")
    assert claim.kind == "delivery"


@pytest.mark.parametrize("goods", ["health supplies", "health care supplies", "nutritional supplies"])
def test_the_supplies_of_health_agencies_are_goods(goods: str) -> None:
    claim = only(f"The agency delivered {goods} worth $1.2 million to Laos in May.\n")
    assert seen(claim)[1:] == ("LA", "2023-05")
    assert claim.goods[0].description == goods


@pytest.mark.parametrize("told", [
    "The agency shipped tents to Laos, although the timing was slowed by import regulations, established since "
    "January 2020.",
    "Mongolia shipped barley to Laos despite border closures in place since March 2020.",
])
def test_the_date_a_rule_was_set_up_does_not_date_the_aid(told: str) -> None:
    claim = only(told + "\n")
    assert claim.recipient.country == "LA"
    assert claim.date is None
