"""When a transfer happened, where the report tells other times around it: the months a trade figure covers
opening its sentence ahead of the saying, a later sentence that shares only a country's name with the goods, and
the time of an exception told before the transfer."""

from __future__ import annotations

from datetime import date

from sanctioneer.evidence.dates import find_dates
from tests.evidence.reading import claims, only, seen


def _zinc(text: str) -> tuple[str | None, str | None, str | None]:
    return next(seen(c) for c in claims(text) if c.goods[0].description.endswith("zinc"))


def test_the_months_a_figure_covers_opening_its_sentence_date_it_not_the_saying() -> None:
    text = ("Peru bought 40 tonnes of tin from Chile in March.\n\n"
            "For January and February, Bolivia reported that it had imported 900 tonnes of zinc from North Korea.\n")
    assert _zinc(text) == ("KP", "BO", "2024-01")
    text = "For the month of February, Bolivia said it had imported 900 tonnes of zinc from North Korea.\n"
    assert _zinc(text) == ("KP", "BO", "2024-02")


def test_a_later_sentence_sharing_only_a_country_with_the_goods_does_not_date_them() -> None:
    text = ("North Korea doubled its sales of North Korean zinc to China last month, a trade body said on Sunday.\n\n"
            "The council passed a resolution on Feb. 27 to curb the sale abroad of North Korean minerals.\n")
    assert _zinc(text) == ("KP", "CN", "2024-02")
    # The goods told again still make the date finer.
    text = ("North Korea doubled its sales of North Korean zinc to China last month, a trade body said on Sunday.\n\n"
            "The zinc left Nampo on Feb. 27, the trade body said.\n")
    assert _zinc(text) == ("KP", "CN", "2024-02-27")


def test_the_time_of_an_exception_opening_the_sentence_is_not_the_transfer_s() -> None:
    found = claims("Except for a lull during the pandemic in 2021, Chinese firms sold pianos to North Korea, customs "
                   "data show.\n")
    assert [seen(c) for c in found] == [("CN", "KP", None)]
    found = claims("Apart from a pause in 2021, Chinese firms sold pianos to North Korea in May.\n")
    assert [seen(c) for c in found] == [("CN", "KP", "2023-05")]


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.iso() if m.value else None) for m in find_dates(text, reference=date(2024, 3, 20))]


def test_a_day_told_with_last_year_or_this_year_is_a_day_of_that_year() -> None:
    assert _told("It arrived on Feb. 3 last year.") == [("Feb. 3 last year", "2023-02-03")]
    assert _told("It arrived on 5 March, last year.") == [("5 March, last year", "2023-03-05")]
    assert _told("It arrived on the 5th of March last year.") == [("the 5th of March last year", "2023-03-05")]
    assert _told("It arrived on January 9th this year.") == [("January 9th this year", "2024-01-09")]
    assert seen(only("Laos bought 300 tonnes of rice from North Korea on Feb. 3 last year.\n")) == (
        "KP", "LA", "2023-02-03")
    # A day told alone is still the latest such day.
    assert _told("It arrived on Feb. 3.") == [("Feb. 3", "2024-02-03")]


def test_the_year_before_last_is_two_years_before_the_report() -> None:
    assert _told("It arrived the year before last.") == [("the year before last", "2022")]
    assert _told("It arrived the year before.") == [("the year before", "2023")]
    assert seen(only("Laos bought 300 tonnes of rice from North Korea the year before last.\n")) == (
        "KP", "LA", "2022")


def test_the_month_a_count_of_seizures_runs_since_is_not_this_one_s() -> None:
    found = claims("Customs seized 500 tonnes of North Korean coal bound for Vietnam, the third such seizure since "
                   "November.\n")
    assert [seen(c) for c in found] == [("KP", "VN", None)]
    found = claims("Customs seized 500 tonnes of North Korean coal bound for Vietnam in February, the 4th such seizure "
                   "since November.\n")
    assert [seen(c) for c in found] == [("KP", "VN", "2024-02")]
