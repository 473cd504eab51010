"""Weeks and quarters named without their year: "the last week of February" is February's, and "the third quarter"
bounds the months that may refine it."""

from __future__ import annotations

from sanctioneer.evidence.dates import PartialDate, within_part
from tests.evidence.reading import only, seen


def test_a_week_of_a_named_month_is_that_month() -> None:
    # Told on 20 March: "the last week of February" is February's, not the week before the report.
    claim = only("Estonia shipped 200 tonnes of peat to Morocco in the last week of February.\n")
    assert seen(claim) == ("EE", "MA", "2024-02")


def test_a_quarter_told_without_its_year_bounds_the_months_that_refine_it() -> None:
    # "surged again in the third quarter" ... "in January": January lies outside the quarter and does not refine it.
    assert within_part("the third quarter", PartialDate(2023, 1)) is False
    assert within_part("the third quarter", PartialDate(2023, 7)) is True
    assert within_part("in Q3", PartialDate(2023, 8)) is True
    assert within_part("in July", PartialDate(2023, 8)) is None
