"""Seizures of the early sanctions years told the way wire reports told them: a state that reports a seizure in a
letter, the makes of goods described by what they can carry, and a second state's seizure told after the first."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Kenya sent a report to the sanctions committee saying it had seized a cargo of North Korean rifles bound for "
    "Sudan.\n",
    "Peru handed a confidential letter to the council explaining that it confiscated North Korean mortar shells "
    "headed for Bolivia.\n",
])
def test_a_state_sending_a_letter_about_a_seizure_is_no_supplier(text: str) -> None:
    claim = only(text)
    assert claim.supplier.country == "KP"
    assert claim.recipient.country in ("SD", "BO")


def test_papers_sent_alone_tell_no_transfer() -> None:
    assert claims("Chile sent a note to the embassy about the shipping schedule.\n") == []


@pytest.mark.parametrize("text", [
    "A Belgian firm exported six heavy trucks capable of transporting rockets to North Korea in May 2011.\n",
    "A Belgian firm exported six heavy trucks designed for carrying rockets to North Korea in May 2011.\n",
])
def test_what_the_goods_can_carry_keeps_the_exporter(text: str) -> None:
    assert seen(only(text)) == ("BE", "KP", "2011-05")


def test_another_state_also_seizing_tells_another_case() -> None:
    found = claims("In January, Kenyan customs seized a shipment of North Korean rifles bound for Sudan. "
                   "In February, Peruvian police also seized 20 tonnes of mortar shells from North Korea at an "
                   "airport.\n")
    assert [seen(c) for c in found] == [("KP", "SD", "2024-01"), ("KP", None, "2024-02")]


def test_the_same_officers_seizing_more_is_the_same_case() -> None:
    found = claims("Kenyan customs seized a shipment of North Korean rifles bound for Sudan in March. "
                   "Officers also seized 20 boxes of ammunition from North Korea aboard the ship.\n")
    assert all(c.recipient.country == "SD" for c in found)


def test_who_paraded_the_goods_afterwards_is_no_supplier() -> None:
    assert seen(only("Belgium exported trucks in May that were later paraded by the North Korean army.\n"))[0] == "BE"
    assert claims("The trucks believed to have been exported are the same ones North Korea showed at a parade.\n") \
        == []


def test_a_ship_stopped_with_a_load_of_goods_carried_them() -> None:
    claim = only("The freighter had been detained in January with a load of undeclared North Korean rifles.\n")
    assert seen(claim)[::2] == ("KP", "2024-01")


def test_papers_obtained_leave_the_export_they_record_to_its_own_sides() -> None:
    claim = only("The French government obtained a paper in January that showed the export of the pumps from "
                 "Belgium to North Korea.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("BE", "KP")


def test_a_transfer_noun_with_both_sides_after_it_keeps_them() -> None:
    claim = only("Analysts noted the sale of the rifles from Belarus to North Korea.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("BY", "KP")


def test_a_seizure_by_another_states_police_takes_no_buyer_from_the_first() -> None:
    found = claims("In January, Kenyan customs confiscated a shipment of North Korean rifles bound for Sudan. In "
                   "another seizure, Peruvian police, acting on a tip, found 20 tonnes of shells on a plane that flew "
                   "from Pyongyang on Feb. 12.\n")
    assert [seen(c) for c in found] == [("KP", "SD", "2024-01"), ("KP", None, "2024-02-12")]
