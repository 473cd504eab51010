"""One transfer told many ways: the same shipment's sides and date must read the same whatever the
wording (a period by its ends, a date a report came out, goods named by their country)."""

from __future__ import annotations

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document

# A Wednesday.
_DATED = "date 2024-03-20\n\n"


def only(text: str) -> Claim:
    found = extract_claims(parse_document(text.encode(), name="report.txt"))
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def seen(claim: Claim) -> tuple[str | None, str | None, str | None]:
    """What a reader of the claim sees first: where the goods came from and went, and when."""
    return claim.supplier.country, claim.recipient.country, claim.date.iso() if claim.date else None


@pytest.mark.parametrize(("words", "expected"), [
    ("between March and May 2023", "2023-03"),
    ("from March to May 2023", "2023-03"),
    ("between March and May last year", "2023-03"),
    ("in February and March 2023", "2023-02"),
    ("between November and February 2023", "2022-11"),
    ("between March 3 and May 5, 2022", "2022-03-03"),
    # Told in late March, "March and April" are both past: last year's.
    ("in March and April", "2023-03"),
    ("in January and February", "2024-01"),
])
def test_a_period_begins_in_the_year_its_end_names(words: str, expected: str) -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea {words}.\n")
    assert seen(claim) == ("RU", "KP", expected)


@pytest.mark.parametrize(("words", "expected"), [
    ("the previous month", "2024-02"),
    ("at the start of the year", "2024"),
    ("in the first quarter", "2024-01"),
    ("in the first half of the year", "2024-01"),
])
def test_a_date_told_from_the_report_s_own_month_or_year(words: str, expected: str) -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea {words}.\n")
    assert seen(claim) == ("RU", "KP", expected)


def test_the_date_a_report_came_out_is_not_the_transfer_s() -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea, the report released on Monday "
                 "said.\n")
    assert seen(claim) == ("RU", "KP", None)
    claim = only(f"{_DATED}Russia shipped refined petroleum to North Korea, according to a statement issued "
                 "on Monday.\n")
    assert seen(claim) == ("RU", "KP", None)


@pytest.mark.parametrize("text", [
    "The Egyptian military took delivery of 30,000 North Korean rockets in 2016.",
    "Egypt received 30,000 North Korean rockets in 2016.",
    "Egypt bought 30,000 North Korean rockets in 2016.",
])
def test_goods_a_recipient_takes_named_by_another_country_come_from_it(text: str) -> None:
    assert seen(only(f"{_DATED}{text}\n")) == ("KP", "EG", "2016")


@pytest.mark.parametrize("text", [
    "The sale of 20 tanks by North Korea to Syria in 2010 was revealed by the panel.",
    "The transfer of 20 tanks to Syria by North Korea in 2010 was revealed by the panel.",
    "North Korea's sale of 20 tanks to Syria in 2010 was revealed by the panel.",
    "Syria's purchase of 20 tanks from North Korea in 2010 was revealed by the panel.",
    "The purchase of 20 tanks from North Korea by Syria in 2010 was criticised.",
    "The gift of 20 tanks by North Korea to Syria in 2010 was criticised.",
])
def test_a_transfer_told_as_a_noun_has_the_sides_of_the_verb(text: str) -> None:
    assert seen(only(f"{_DATED}{text}\n")) == ("KP", "SY", "2010")


def test_a_gift_of_a_thing_told_for_the_first_time_is_a_transfer() -> None:
    claim = only(f"{_DATED}The gift of a limousine by Russia to North Korea on Sunday drew criticism.\n")
    assert seen(claim) == ("RU", "KP", "2024-03-17")


def test_who_is_supplied_with_goods_receives_them() -> None:
    claim = only(f"{_DATED}Russia has been supplied with millions of shells by North Korea since August 2023.\n")
    assert seen(claim) == ("KP", "RU", "2023-08")


@pytest.mark.parametrize("text", [
    "When Putin visited Pyongyang in March 2024, he gave Kim an Aurus limousine.",
    "Putin met Kim in March 2024. He gave Kim an Aurus limousine.",
])
def test_he_who_gives_is_the_person_told_before(text: str) -> None:
    claim = only(f"{_DATED}{text}\n")
    assert (claim.supplier.name, claim.supplier.country, claim.recipient.country) == ("Vladimir Putin", "RU", "KP")


def test_it_that_ships_is_the_country_the_sentence_before_is_about() -> None:
    claim = only(f"{_DATED}Russia has stepped up its trade with North Korea.\n\nLast month it shipped 5,000 tonnes "
                 "of coal to Pyongyang.\n")
    assert seen(claim) == ("RU", "KP", "2024-02")


def test_it_in_the_same_sentence_is_the_ship_told_just_before() -> None:
    claim = only(f"{_DATED}South Korean authorities are holding the tanker Lighthouse Winmore after finding that it "
                 "handed over 600 tonnes of oil to a North Korean ship last October.\n")
    assert claim.supplier.country != "KR"
    assert (claim.recipient.country, claim.date and claim.date.iso()) == ("KP", "2023-10")


def test_him_after_giving_is_the_other_person_and_what_comes_back_is_given_then() -> None:
    found = extract_claims(parse_document(
        f"{_DATED}Putin gave Kim an Aurus limousine in June 2023 and Kim gave him two Pungsan dogs in "
        "return.\n".encode(), name="report.txt"))
    assert [seen(c) for c in found] == [("RU", "KP", "2023-06"), ("KP", "RU", "2023-06")]
    assert found[1].recipient.name == "Vladimir Putin"


def test_a_ship_of_another_country_carrying_seized_goods_was_taking_them_home() -> None:
    claim = only(f"{_DATED}Panama seized the North Korean freighter Chong Chon Gang in July 2013 after finding "
                 "Cuban missile parts hidden under sugar.\n")
    assert seen(claim) == ("CU", "KP", "2013-07")
    # The ship carried the goods; it is not who they were for.
    assert claim.recipient.name is None


def test_goods_carried_on_as_they_take_the_date_of_their_delivery() -> None:
    claim = only(f"{_DATED}Russia shipped two limousines to North Korea.\n\nThey were delivered to Pyongyang on "
                 "Sunday.\n")
    assert seen(claim) == ("RU", "KP", "2024-03-17")


def test_wire_copy_closing_on_its_date_alone_is_dated_by_it() -> None:
    claim = only("SEOUL, Feb 20 (Reuters) - Vladimir Putin has given Kim Jong Un a car, state media said on "
                 "Tuesday.\n\nThe car was handed over to Kim's aides on Sunday, KCNA said.\n\nFebruary 20, 2024\n")
    assert seen(claim) == ("RU", "KP", "2024-02-18")


@pytest.mark.parametrize("text", [
    "Egypt has not commented on who ordered the weapons.",
    "It is unclear who supplied the rifles to North Korea.",
    "Investigators are trying to establish who had shipped the coal to Nampho.",
])
def test_a_question_of_who_moved_goods_tells_no_transfer(text: str) -> None:
    assert extract_claims(parse_document(f"{_DATED}{text}\n".encode(), name="report.txt")) == []


def test_goods_found_on_a_ship_take_the_date_it_was_stopped() -> None:
    claim = only("date 2017-10-02\n\nIn August 2016, Egyptian customs intercepted a cargo ship off the coast. Hidden "
                 "beneath iron ore were 30,000 grenades.\n\nThe grenades were made in North Korea and were found by "
                 "customs officers.\n")
    assert (claim.supplier.country, claim.date and claim.date.iso()) == ("KP", "2016-08")


def test_a_fishing_boat_is_of_its_flag_where_a_freighter_carrying_goods_is_not() -> None:
    claim = only("Chinese-flagged fishing boats bought tonnes of squid from North Korean vessels at sea in July, "
                 "fishermen said.\n")
    assert seen(claim)[:2] == ("KP", "CN")
    claim = only("Greek coastguards seized rifles bound for Libya from a Chinese-flagged freighter in May, "
                 "officials said.\n")
    assert claim.supplier.country != "CN"
    assert claim.recipient.country == "LY"


def test_a_body_named_in_an_apposition_as_a_countrys_operator_is_of_that_country() -> None:
    claim = only("Huawei supplied base stations to Koryolink, the North's mobile operator, in 2008, the documents "
                 "show.\n")
    assert claim.recipient.name == "Koryolink"
    assert claim.recipient.country == "KP"
