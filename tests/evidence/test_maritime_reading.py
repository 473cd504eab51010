"""Transfers told the way maritime reporting tells them: a ship that is itself sold or moved, a ship seized for a
transfer it made at sea."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Two Greek tankers recently sold to North Korea.\n",
    "Inspectors found that two Greek tankers had recently been transferred to the North Korean regime.\n",
])
def test_a_ship_sold_or_handed_over_is_the_goods(text: str) -> None:
    claim = only(text)
    assert seen(claim)[:2] == ("GR", "KP")
    assert [g.description for g in claim.goods] == ["Greek tankers"]


def test_a_ship_moved_in_the_passive_with_no_cargo_is_what_was_moved() -> None:
    claim = only("The freighter was likely transported to North Korea in June.\n")
    assert seen(claim) == (None, "KP", "2023-06")
    assert [g.description for g in claim.goods] == ["freighter"]


@pytest.mark.parametrize("text", [
    "The ship was seized in June.\n",
    "The ship was loaded at Nampho in June.\n",
    "Two North Korean freighters sold coal to Vietnam in June.\n",
])
def test_a_ship_seized_loaded_or_selling_cargo_is_no_goods(text: str) -> None:
    assert all(g.description not in ("ship", "freighters") for c in claims(text) for g in c.goods)


def test_a_ship_seized_for_a_transfer_tells_the_transfer_not_the_seizure() -> None:
    claim = only("Japan seized a Singapore-flagged tanker in March for transferring diesel to a North Korean vessel.\n")
    assert seen(claim) == ("SG", "KP", None)
    assert claim.kind in ("ship-to-ship", "transfer")


def test_a_ship_accused_of_a_transfer_gives_the_transfer_its_own_date() -> None:
    claim = only("The Philippines has seized a Vietnamese-flagged oil tanker accused of transferring 800 tons of "
                 "diesel to a North Korean ship in August, officials said Friday.\n")
    assert seen(claim) == ("VN", "KP", "2023-08")
    assert claim.kind in ("ship-to-ship", "transfer")
    assert [(g.description, g.quantity) for g in claim.goods] == [("diesel", "800")]


def test_a_ship_held_by_one_country_is_no_side_of_a_transfer_told_before() -> None:
    found = claims("Officials accused Indian ships of supplying North Korean tankers with diesel on two occasions. "
                   "Indonesia seized a Malaysian-flagged ship in May, accusing the vessel of transferring "
                   "petroleum products to a North Korean vessel.\n")
    assert [seen(c)[:2] for c in found] == [("IN", "KP"), ("MY", "KP")]
    assert found[1].date is None


def test_goods_seized_for_an_export_stay_a_seizure_of_goods() -> None:
    claim = only("Customs seized 300 cars in March for exporting to North Korea.\n")
    assert seen(claim) == (None, "KP", "2024-03")
