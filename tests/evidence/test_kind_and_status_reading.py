"""How sure a report is of a transfer, and what kind it tells: goods bought with a plan to send them on, a sentence
handed down for a transfer, a country "arming" another, a speaker's own transfer it denies, and the boxes goods
travel in."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("purpose", ["with plans to ship them", "with a plan to ship them", "intending to ship them",
                                     "with the intention to ship them"])
def test_goods_bought_with_a_plan_to_send_them_on_are_a_planned_shipment_from_the_buyer(purpose: str) -> None:
    claim = only(f"Last March, a Malaysian trader bought 400 hunting rifles {purpose} to North Korea.\n")
    assert seen(claim) == ("MY", "KP", "2023-03")
    assert (claim.kind, claim.status.value) == ("shipment", "planned")


@pytest.mark.parametrize("sentence", ["was sentenced to five years in prison for smuggling hunting rifles",
                                      "was jailed for six years for smuggling hunting rifles",
                                      "has been sentenced to five years for smuggling hunting rifles"])
def test_a_sentence_handed_down_for_a_transfer_confirms_it(sentence: str) -> None:
    claim = only(f"A Malaysian trader {sentence} to North Korea, a court in Penang said.\n")
    assert seen(claim)[:2] == ("MY", "KP")
    assert (claim.kind, claim.status.value) == ("smuggling", "confirmed")


def test_a_sentence_that_may_yet_be_handed_down_confirms_nothing() -> None:
    claim = only("A Malaysian trader charged with smuggling hunting rifles to North Korea could be sentenced to five "
                 "years in prison.\n")
    assert claim.status.value == "alleged"


def test_a_country_arming_another_with_goods_supplies_them() -> None:
    claim = only("North Korea has been arming Iran with missile parts, according to the officials.\n")
    assert seen(claim)[:2] == ("KP", "IR")
    assert claim.kind == "supply"
    assert [g.description for g in claim.goods] == ["missile parts"]


def test_arming_as_a_rule_tells_no_transfer() -> None:
    assert claims("Arming rebels with rifles is banned.\n") == []


def test_the_boxes_goods_travel_in_tell_no_shipment() -> None:
    assert claims("The trader bought a gun shop in Austin and used forged papers to hide the contents of his shipping "
                  "containers, prosecutors said.\n") == []
    claim = only("The trader shipped rifles to North Korea in shipping containers labelled as furniture.\n")
    assert claim.recipient.country == "KP"
    assert [g.description for g in claim.goods] == ["rifles"]


def test_a_country_that_says_it_never_sold_goods_is_the_supplier_of_the_denied_sale() -> None:
    claim = only("Laos said it had never sold rifles to Myanmar.\n")
    assert seen(claim)[:2] == ("LA", "MM")
    assert (claim.kind, claim.status.value) == ("sale", "denied")
    claim = only("North Korea says it has never sold rifles to Myanmar.\n")
    assert seen(claim)[:2] == ("KP", "MM")
    assert claim.status.value == "denied"


def test_a_statement_carried_by_state_media_carries_no_goods() -> None:
    claim = only("In remarks carried by state media, Laos said it had sold rifles to Myanmar.\n")
    assert seen(claim)[:2] == ("LA", "MM")
    assert claim.kind == "sale"
    claim = only("In a statement carried by state media, an official at the Laotian defence ministry said, we have "
                 "never exported rifles to Myanmar before.\n")
    assert claim.recipient.country == "MM"
    assert claim.status.value == "denied"
