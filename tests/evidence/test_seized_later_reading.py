"""Ships and cargoes seized by a state and told about years later: the seizure's day is not the transfer's, who seizes
or makes a case known is no side, a policy to cut supplies tells no transfer, and two reports of one ship's transfers
are one event."""

from __future__ import annotations

from typing import Any

import pytest

from sanctioneer.evidence import build_report, parse_document
from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Prosecutors say the tanker delivered diesel to North Korea through transfers at sea. Peruvian authorities "
    "seized the ship in May 2021 and have held it since.\n",
    "Prosecutors say the tanker delivered diesel to North Korea through transfers at sea. The vessel was later "
    "impounded in May 2021.\n",
    "The tanker is suspected of selling diesel to North Korea. Port officials decided on May 3 not to allow the "
    "vessel to leave the harbour.\n",
])
def test_the_day_a_carrier_was_held_after_its_transfer_is_not_the_transfer_s(text: str) -> None:
    claim = only(text)
    assert seen(claim) == (None, "KP", None)


def test_the_day_a_carrier_was_held_with_its_cargo_still_dates_the_transfer() -> None:
    claim = only("Prosecutors say the freighter shipped coal from North Korea to Vietnam. Coast guards seized "
                 "the ship carrying the coal in May 2021.\n")
    assert seen(claim)[0] == "KP"
    assert seen(claim)[2] == "2021-05"


def test_who_made_a_seizure_known_is_no_side_of_the_transfer() -> None:
    claim = only("Officials seized a tanker suspected of moving diesel to North Korea. The seizure was the third "
                 "to be announced by Japan this year, as the UN tries to curb diesel deliveries to the North.\n")
    assert seen(claim)[:2] == (None, "KP")


@pytest.mark.parametrize("text", [
    "The council wants to squeeze fuel supplies to North Korea after its latest missile test.\n",
    "Washington is pressing Beijing to choke off diesel exports to North Korea.\n",
])
def test_a_policy_to_squeeze_supplies_tells_no_transfer(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "The navy held the ship as part of an effort to monitor North Korea's trade at sea.\n",
])
def test_a_verb_that_reads_like_goods_is_no_goods(text: str) -> None:
    assert claims(text) == []


def test_a_name_that_reads_like_goods_is_no_goods() -> None:
    claim = only("Speaking in Seoul, Rice said North Korea shipped coal to China in May.\n")
    assert [g.description for g in claim.goods] == ["coal"]
    assert seen(claim) == ("KP", "CN", "2023-05")


def _events(*texts: str) -> list[dict[str, Any]]:
    documents = [parse_document(text.encode(), name=f"r{n}.txt") for n, text in enumerate(texts)]
    events: list[dict[str, Any]] = build_report(documents).to_dict()["events"]
    return events


def test_one_carrier_told_as_transferring_twice_is_the_two_transfers_another_report_counts() -> None:
    events = _events(
        "date 2019-04-03\n\nPolice say the tanker Blue Gull supplied diesel to North Korea in two "
        "ship-to-ship transfers in May 2018.\n",
        "date 2019-04-05\n\nThe tanker Blue Gull is thought to have twice delivered diesel to North Korea "
        "at sea in May 2018.\n")
    assert [len(e["sources"]) for e in events] == [2]


def test_two_reports_naming_the_same_goods_undated_are_one_event() -> None:
    events = _events(
        "date 2024-06-20\n\nThe freighter was said to be carrying zinc ore and coal from Russia to China when "
        "coast guards stopped it.\n",
        "date 2024-06-21\n\nThe freighter, said to be carrying coal and zinc ore, was on its way from Russia to "
        "China.\n")
    assert [len(e["sources"]) for e in events] == [2]


def test_the_day_a_report_was_dismissed_is_not_the_transfer_s() -> None:
    claim = only("On Friday the ministry dismissed a report that a barge carrying North Korean coal had "
                 "entered a port in the south.\n")
    assert seen(claim) == ("KP", None, None)
    assert claim.status.value == "denied"


def test_a_month_s_name_inside_a_hyphened_name_is_no_date() -> None:
    claim = only("A lawmaker, Rep. Han Do-june, said a barge thought to be carrying North Korean coal is "
                 "moored off Pohang.\n")
    assert seen(claim) == ("KP", None, None)
