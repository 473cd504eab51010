"""When a transfer happened, not when something told beside it did: a list or a table revised on a date, the end of
a running total ("up until June"), a clause of contrast opening the sentence with a time of its own ("Even as it
praised last year's harvest, ..."), a figure "for the month" after a month told before, and a date opening the
clause after a semicolon."""

from __future__ import annotations

from datetime import date

from sanctioneer.evidence.dates import find_dates
from tests.evidence.reading import claims, only, seen

# The reading tests' date, a Wednesday.
TOLD = date(2024, 3, 20)


def test_a_date_a_list_or_a_table_was_revised_is_not_the_transfer_s() -> None:
    claim = only("Official figures, revised last month, show that Kenya supplied 2,000 barrels of diesel to Uganda.\n")
    assert seen(claim) == ("KE", "UG", None)
    claim = only("Peru imported 400 tonnes of maize from Bolivia in May, according to a table updated on Monday.\n")
    assert seen(claim) == ("BO", "PE", "2023-05")


def test_the_end_of_a_running_total_is_not_when_the_goods_went() -> None:
    claim = only("Up until February, Chile supplied 5,000 tonnes of copper wire to Peru this year.\n")
    assert seen(claim) == ("CL", "PE", "2024")
    claim = only("Up until February, Chile supplied 5,000 tonnes of copper wire to Peru.\n")
    assert seen(claim) == ("CL", "PE", None)
    # A period told by both its ends began with the first.
    claim = only("Chile supplied 5,000 tonnes of copper wire to Peru from January until February.\n")
    assert seen(claim) == ("CL", "PE", "2024-01")


def test_a_clause_of_contrast_opening_the_sentence_does_not_date_the_main_clause() -> None:
    claim = only("Even as it praised its harvest last year, Laos bought 3,000 tonnes of rice from Vietnam in "
                 "February.\n")
    assert seen(claim) == ("VN", "LA", "2024-02")
    # With no time of its own, the main clause keeps none from the clause of contrast.
    claim = only("Although it praised its harvest last year, Laos bought 3,000 tonnes of rice from Vietnam.\n")
    assert seen(claim) == ("VN", "LA", None)


def test_a_figure_for_the_month_is_of_the_month_told_before() -> None:
    found = claims("Customs figures for January came out on Monday.\n\n"
                   "Malaysia exported 900 tonnes of palm oil to Nepal for the month.\n")
    assert [seen(c) for c in found] == [("MY", "NP", "2024-01")]


def test_a_running_total_told_through_a_month_is_not_dated_by_that_month() -> None:
    claim = only("Figures showed that through February, Chile had shipped 1,200 tonnes of copper wire to Peru.\n")
    assert seen(claim) == ("CL", "PE", None)


def test_a_period_told_by_its_length_and_last_month_begins_with_its_first_month() -> None:
    assert [(m.text, m.value.iso() if m.value else None)
            for m in find_dates("in the three months to February", reference=TOLD)] == [
        ("the three months to February", "2023-12")]
    assert [(m.text, m.value.iso() if m.value else None)
            for m in find_dates("the six months ending in May 2022", reference=TOLD)] == [
        ("the six months ending in May 2022", "2021-12")]
    claim = only("Chile exported 3,000 tonnes of copper wire to Peru in the three months to February.\n")
    assert seen(claim) == ("CL", "PE", "2023-12")


def test_a_date_opening_the_clause_after_a_semicolon_dates_that_clause() -> None:
    # Two sales told by two years in one sentence are two transfers, each of its own year.
    found = claims("In 2012 Belarus sold rifles to Laos; in 2009, it sold mortars to Laos.\n")
    assert [(seen(c), c.goods[0].description) for c in found] == [
        (("BY", "LA", "2012"), "rifles"), (("BY", "LA", "2009"), "mortars")]
    other = claims("In 2012 the firm sold rifles to Laos; in 2009, it sold drones to North Korea.\n")
    assert [seen(c) for c in other] == [(None, "LA", "2012"), (None, "KP", "2009")]
