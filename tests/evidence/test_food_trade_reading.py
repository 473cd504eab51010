"""Reports of a country's trade in food, fertiliser and other everyday goods, counted by customs by the quarter, the
half or the month: a quarter's figure dated by the quarter, a figure that rose from one time to another dated by the
later, goods told only as goods by a trader, and a weight told again in brackets."""

from __future__ import annotations

from datetime import date

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.dates import PartialDate, period_start
from sanctioneer.evidence.document import parse_document
from sanctioneer.evidence.events import merge_claims
from tests.evidence.reading import claims, only, seen


def _read(text: str, name: str) -> list[Claim]:
    return extract_claims(parse_document(text.encode(), name=name))


@pytest.mark.parametrize(("words", "expected"), [
    ("in the second quarter of 2021", "2021-04"),
    ("in Q3 2022", "2022-07"),
    ("in the fourth quarter of last year", "2023-10"),
    ("in the first half of 2022", "2022-01"),
    ("in the second half of last year", "2023-07"),
    # Told on 20 March 2024 with no year: the last such quarter begun.
    ("in the first quarter", "2024-01"),
    ("in the third quarter", "2023-07"),
])
def test_a_figure_for_a_quarter_or_a_half_is_dated_by_its_first_month(words: str, expected: str) -> None:
    claim = only(f"Mongolia sold 4,500 tonnes of barley to Kazakhstan {words}, customs data showed.\n")
    assert seen(claim) == ("MN", "KZ", expected)


def test_other_parts_of_a_year_keep_the_year_alone() -> None:
    assert seen(only("Mongolia sold barley to Kazakhstan in the summer of 2021.\n")) == ("MN", "KZ", "2021")
    assert seen(only("Mongolia sold barley to Kazakhstan in the first nine months of 2021.\n")) == ("MN", "KZ", "2021")


def test_a_month_within_the_quarter_told_is_finer_and_one_outside_is_not() -> None:
    claim = only("Mongolia sold 600 horses to Kazakhstan in the third quarter of 2021. The horses crossed the border "
                 "in August.\n")
    assert seen(claim) == ("MN", "KZ", "2021-08")
    assert period_start("in Q2 2021", PartialDate(2021)) == PartialDate(2021, 4)
    assert period_start("in 2021", PartialDate(2021)) == PartialDate(2021)


def test_a_quarter_s_figure_and_a_month_within_it_can_be_one_transfer() -> None:
    [first] = _read("date 2021-11-02\n\nMongolia sold 4,500 tonnes of barley to Kazakhstan in the third quarter.\n",
                    "customs.txt")
    [second] = _read("date 2021-11-05\n\nKazakhstan bought Mongolian barley in September.\n", "wire.txt")
    assert (first.date, second.date) == (PartialDate(2021, 7), PartialDate(2021, 9))
    assert len(merge_claims([first, second])) == 1


def test_a_figure_that_rose_from_one_time_to_another_is_dated_by_the_later() -> None:
    claim = only("Kazakh exports of barley to Mongolia rose from 2,000 tonnes in May to 7,000 tonnes in June.\n")
    assert (seen(claim), claim.goods[0].quantity) == (("KZ", "MN", "2023-06"), "7000")
    # The time compared with, told after the figure, is still not the flow's.
    claim = only("Kazakh exports of barley to Mongolia reached 7,000 tonnes in June, up from 2,000 tonnes in May.\n")
    assert seen(claim) == ("KZ", "MN", "2023-06")


def test_goods_told_only_as_goods_with_one_side_known_are_a_transfer() -> None:
    claim = only("A wholesaler supplied goods to Mongolia, prosecutors said.\n")
    assert ([g.description for g in claim.goods], seen(claim)) == (["goods"], (None, "MN", None))
    claim = only("A grocer sold goods worth $20,000 to Mongolia last year.\n")
    assert (seen(claim), claim.goods[0].value) == ((None, "MN", "2023"), ("20000", "USD"))
    # A ship's load nobody names, or goods denied with no transfer told, are still no claim.
    assert claims("The freighter was seen loading cargo in Darkhan.\n") == []
    assert claims("Mongolia denied receiving any goods from Kazakhstan.\n") == []


def test_goods_told_only_as_goods_beside_another_transfer_only_announce_it() -> None:
    found = claims("A wholesaler supplied goods to Mongolia. Kazakhstan sold 300 tonnes of barley to Mongolia in "
                   "May.\n")
    assert [[g.description for g in c.goods] for c in found] == [["barley"]]


def test_the_dates_of_the_tests_are_those_of_the_reading_helper() -> None:
    # The reading tests are dated on Wednesday 20 March 2024.
    assert only("Mongolia sold barley to Kazakhstan yesterday.\n").date == PartialDate(2024, 3, 19)
    assert date(2024, 3, 20).weekday() == 2


def test_a_measure_told_again_in_other_units_in_brackets_is_not_the_count() -> None:
    claim = only("Kazakhstan exported 540 tonnes (about 1.2 million lbs) of flour to Mongolia in May.\n")
    assert (claim.goods[0].quantity, claim.goods[0].value) == ("540", None)
    # Pounds of weight in brackets are no sum of money; pounds told as a worth still are.
    claim = only("Kazakhstan exported 540 tonnes (1,190,000 pounds) of flour to Mongolia in May.\n")
    assert (claim.goods[0].quantity, claim.goods[0].value) == ("540", None)
    claim = only("Kazakhstan exported 540 tonnes of flour worth 90,000 pounds to Mongolia in May.\n")
    assert claim.goods[0].value == ("90000", "GBP")


def test_the_maximum_penalty_for_a_kind_of_transfer_is_the_law_not_a_transfer() -> None:
    assert claims("The maximum penalty for selling rifles to Mongolia is ten years in jail.\n") == []
    assert claims("Under Kazakh law the maximum punishment for shipping any goods to Mongolia is a fine.\n") == []
    # A penalty paid for a transfer told is still that transfer.
    claim = only("He was fined as a penalty for selling rifles to Mongolia in 2019.\n")
    assert seen(claim)[1:] == ("MN", "2019")
