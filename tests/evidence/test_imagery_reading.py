"""Transfers told the way analyses of satellite pictures tell them: ports, ships and rail yards, the goods
hedged, the trade named beside the place it passes through."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_supply_told_with_its_article_and_an_adjective_is_a_noun_not_a_habit() -> None:
    claim = only("Officials say Pyongyang was involved in the covert supply of rifles to Iran.\n")
    assert seen(claim)[:2] == ("KP", "IR")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_a_bare_verb_of_supply_after_its_subject_is_still_a_habit() -> None:
    assert claims("Traders in Dandong supply rice to buyers across the river.\n") == []


def test_what_trade_a_port_serves_with_no_goods_named_tells_no_transfer() -> None:
    assert claims("The pictures show a busy coal yard, underscoring the port's role as one of the country's main "
                  "points for import and export of goods.\n") == []


def test_a_port_named_as_a_hub_for_the_export_of_named_goods_is_still_read() -> None:
    claim = only("Haeju is a hub for the export of coal to China.\n")
    assert claim.recipient.country == "CN"
    assert [g.description for g in claim.goods] == ["coal"]
