"""Sides a sentence tells by its shape: a list whose items open on their verb takes the subject named before its colon;
who is presented with goods receives them; goods sent to bodies acting for a country went to it, and a country goods
went to is no front for whom the seller acted for."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, seen


def test_items_of_a_list_take_the_subject_before_its_colon() -> None:
    found = claims("Investigators are checking whether North Korea:\n"
                   "- sold rifles to Angola in 2016;\n"
                   "- shipped field radios to Sudan;\n"
                   "- and sold patrol boats to Uganda.\n")
    assert sorted((c.supplier.country, c.recipient.country) for c in found) == [
        ("KP", "AO"), ("KP", "SD"), ("KP", "UG")]
    assert all(any(e.field == "supplier" and e.sentence.text.endswith("North Korea:") for e in c.evidence)
               for c in found)


def test_a_list_item_with_its_own_subject_keeps_it() -> None:
    found = claims("The panel listed what it found:\n"
                   "- China sold trucks to North Korea in 2016;\n"
                   "- Russia shipped coal to North Korea.\n")
    assert sorted(seen(c)[:2] for c in found) == [("CN", "KP"), ("RU", "KP")]


def test_a_list_opened_a_paragraph_before_gives_no_subject() -> None:
    found = claims("Investigators are checking whether North Korea:\n\nIt was said that\n- sold rifles to Angola.\n")
    assert all(c.supplier.country != "KP" for c in found)


def test_the_subject_before_the_colon_is_no_side_when_it_is_the_other_side() -> None:
    found = claims("Officials asked whether Angola:\n- sold rifles to Angola in 2016;\n")
    assert all(c.supplier.country is None for c in found)


def test_who_was_presented_with_goods_received_them() -> None:
    found = claims("Kim Jong Un was presented with a limousine by the Russian president in 2024.\n")
    assert [seen(c)[:2] for c in found] == [("RU", "KP")]


def test_goods_sent_to_bodies_acting_for_north_korea_went_to_north_korea() -> None:
    found = claims("A Malaysian firm shipped watches to companies acting on behalf of North Korea in 2019.\n")
    assert [seen(c) for c in found] == [("MY", "KP", "2019")]


@pytest.mark.parametrize("text", [
    "A Malaysian firm shipped watches to North Korea on behalf of a Chinese company in 2019.\n",
    "A broker sold watches to North Korea on behalf of China in 2019.\n",
])
def test_a_country_goods_went_to_is_no_front_for_whom_the_seller_acted_for(text: str) -> None:
    found = claims(text)
    assert [seen(c) for c in found] == [("CN", "KP", "2019")]


def test_a_front_company_still_stands_for_whom_it_acts_for() -> None:
    found = claims("A firm sold lathes to Lotus Trading, a front company for the Cuban military, in 2019.\n")
    assert [seen(c)[1] for c in found] == ["CU"]
