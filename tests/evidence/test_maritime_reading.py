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


@pytest.mark.parametrize(("text", "sides"), [
    ("Three Chinese freighters shipped iron ore from Chongjin to Dalian in May.\n", ("KP", "CN", "2023-05")),
    ("Four North Korean tankers shipped diesel from Vladivostok to Rajin in May.\n", ("RU", "KP", "2023-05")),
    ("Two North Korean tankers appear to have shipped gasoline supplied by Iran to North Korea in May.\n",
     ("IR", "KP", "2023-05")),
])
def test_ships_carry_what_they_ship_from_a_port_or_for_a_supplier(text: str, sides: tuple[str, str, str]) -> None:
    assert seen(only(text)) == sides


def test_ships_of_a_country_that_ship_goods_with_no_other_origin_send_them() -> None:
    assert seen(only("Three North Korean freighters shipped coal to Vietnam in May.\n")) == ("KP", "VN", "2023-05")


def test_a_date_before_who_says_so_is_no_name() -> None:
    claim = only("The Sea Star transferred part of its cargo to a Russian vessel on Sept 4, the official said.\n")
    assert claim.recipient.name is None
    assert seen(claim) == (None, "RU", "2023-09-04")


def test_where_a_ship_did_not_go_is_no_side() -> None:
    claim = only("Instead of going to Vietnam, however, the vessel transferred the diesel to the North's Chon Ma San "
                 "in international waters, the official said.\n")
    assert seen(claim)[:2] == (None, "KP")


def test_it_after_a_sentence_whose_subject_was_it_stands_for_no_place_of_that_sentence() -> None:
    found = claims("The Sea Star docked at Osaka on May 2 to load diesel. Four days later, it departed Osaka, "
                   "saying it was headed for Vietnam. Instead, it transferred the diesel to the North Korean ship "
                   "Chon Ma San on May 9, officials said.\n")
    assert [seen(c) for c in found if c.recipient.country == "KP"] == [(None, "KP", "2023-05-09")]


def test_where_goods_flowed_through_transfers_received_them() -> None:
    claim = only("The president accused India of letting fuel oil flow into North Korea through illicit "
                 "ship-to-ship transfers.\n")
    assert seen(claim)[:2] == ("IN", "KP")


def test_ships_waiting_in_international_waters_move_no_goods_at_sea() -> None:
    claim = only("Ten Vietnamese ships reportedly carrying rice have arrived at a Chinese port after being stranded "
                 "in international waters for three weeks.\n")
    assert seen(claim)[:2] == ("VN", "CN")
    assert claim.kind != "ship-to-ship"


def test_a_date_in_a_clause_after_since_dates_that_earlier_event() -> None:
    found = claims("Iran has started supplying oil directly to North Korea. The shipments, which began on March 7, are "
                   "the first documented direct seaborne deliveries from Iran since the UN Security Council imposed a "
                   "strict cap on oil transfers in 2017.\n")
    assert [seen(c) for c in found] == [("IR", "KP", "2024-03-07")]


def test_a_period_after_since_still_dates_the_transfer() -> None:
    assert seen(only("Russia has shipped wheat to North Korea since August last year.\n")) == ("RU", "KP", "2023-08")


@pytest.mark.parametrize("text", [
    "Agents have reportedly identified two routes used to smuggle sugar out of Cuba.\n",
    "The tanker made four trips to deliver diesel to North Korea in May.\n",
])
def test_routes_and_trips_are_no_count_of_the_goods(text: str) -> None:
    assert [g.quantity for g in only(text).goods] == [None]


def test_a_suspension_of_imports_is_no_transfer_and_no_kind_of_the_ships_arriving() -> None:
    claim = only("Ten Vietnamese ships reportedly carrying rice have arrived at a Chinese port after being stranded "
                 "in international waters following China's suspension of rice imports from Vietnam.\n")
    assert seen(claim)[:2] == ("VN", "CN")
    assert claim.kind == "shipment"
    assert claims("China announced a suspension of coal imports from North Korea and a halt to oil exports.\n") == []


def test_a_ship_that_took_goods_on_at_a_port_received_them_there() -> None:
    docked = only("The Sea Lark took on 7,000 tonnes of anthracite while docked in the North Korean port of Nampho "
                  "in April.\n")
    assert seen(docked) == ("KP", None, "2023-04")
    assert docked.recipient.name == "Sea Lark"
    tanker = only("The North Korean tanker Kum Bong took on 900 tonnes of diesel at Vladivostok in May.\n")
    assert seen(tanker) == ("RU", "KP", "2023-05")
