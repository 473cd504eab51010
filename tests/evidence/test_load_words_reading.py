"""Words of loads and of time: "a military shipment" names arms, and "ago" is no goods."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_military_shipment_is_a_load_named_by_its_kind() -> None:
    found = only("In March the ministry said that a military shipment of 300 containers had been transferred from "
                 "North Korea to Syria.\n")
    assert [g.description for g in found.goods] == ["military shipment"]
    assert seen(found)[:2] == ("KP", "SY")


def test_a_time_told_as_ago_is_no_goods() -> None:
    assert claims("The official said that shipments from Laos began after a deal was struck a month and a half "
                  "ago.\n") == []
    assert [g.description for g in only("The tanker delivered 300 tonnes of AGO to Laos.\n").goods] == ["AGO"]
