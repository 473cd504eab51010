"""Transfers told over a period, the ways trade figures and monitors tell them: a period that ends at the report's
date ("over the past year", "in the past two months"), counts told "respectively" for two years or two months
named before the word, and a figure a broadcaster spells out with hyphens ("12-thousand-500 tons"). A period is
given by its start, never as a single day."""

from __future__ import annotations

from datetime import date

from sanctioneer.evidence.dates import find_dates
from tests.evidence.reading import claims, only, seen

# A Wednesday, as the reading tests are dated.
TOLD = date(2024, 3, 20)


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.iso() if m.value else None) for m in find_dates(text, reference=TOLD)]


def test_a_period_ending_at_the_report_is_given_by_its_start() -> None:
    assert _told("Deliveries rose over the past year.") == [("over the past year", "2023")]
    assert _told("Two ferries sailed in the past six months.") == [("in the past six months", "2023-09")]
    assert _told("Prices fell over the last two years.") == [("over the last two years", "2022")]
    assert _told("It was sold in the past 18 months.") == [("in the past 18 months", "2022-09")]
    claim = only("Algeria has delivered more than 300,000 barrels of diesel to Tunisia over the past year.\n")
    assert seen(claim) == ("DZ", "TN", "2023")
    assert claim.goods[0].quantity == "300000"
    assert seen(only("Peru sold 900 tonnes of copper wire to Bolivia in the past two months.\n")) == (
        "PE", "BO", "2024-01")


def test_trade_told_of_the_past_alone_still_gives_no_date() -> None:
    assert _told("Nepal has imported horses in the past.") == []


def test_counts_told_respectively_for_two_years_named_before_the_word_are_one_lot_each() -> None:
    found = claims("Kenya reported that it had exported 3,200 tonnes and 4,100 tonnes of tea to Sudan in 2021 and "
                   "2022, respectively.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("3200", ("KE", "SD", "2021")),
                                                               ("4100", ("KE", "SD", "2022"))]


def test_counts_told_respectively_for_two_months_named_before_the_word_are_one_lot_each() -> None:
    found = claims("Ghana shipped 1,500 barrels and 700 barrels of kerosene to Togo in October and November, "
                   "respectively.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("1500", ("GH", "TG", "2023-10")),
                                                               ("700", ("GH", "TG", "2023-11"))]


def test_counts_told_respectively_after_the_word_still_split_as_before() -> None:
    found = claims("Ghana exported 1,500 and 700 barrels of kerosene to Togo, respectively, in October and "
                   "November.\n")
    assert [c.goods[0].quantity for c in found] == ["1500", "700"]
    assert [c.date.iso() if c.date else None for c in found] == ["2023-10", "2023-11"]


def test_one_count_for_two_years_is_one_transfer_from_the_first() -> None:
    claim = only("Uruguay sold 2,000 tonnes of beef to Egypt in 2019 and 2020.\n")
    assert seen(claim) == ("UY", "EG", "2019")
    assert claim.goods[0].quantity == "2000"


def test_a_figure_spelled_out_with_hyphens_counts_the_thousands_and_the_rest() -> None:
    claim = only("Thailand supplied a cumulative total of 12-thousand-500 tons of rice to Cambodia from November "
                 "to February.\n")
    assert seen(claim) == ("TH", "KH", "2023-11")
    assert claim.goods[0].quantity == "12500"
    assert only("Thailand supplied 500-thousand tons of rice to Cambodia last year.\n").goods[0].quantity == "500000"


def test_a_country_whose_goods_an_import_noun_follows_took_them_in() -> None:
    claim = only("Mongolia's combined wheat imports from Kazakhstan during the January-February period rose to 8,200 "
                 "tons.\n")
    assert seen(claim) == ("KZ", "MN", "2024-01")
    assert claim.goods[0].quantity == "8200"
    assert seen(only("Mongolia's wheat imports from Kazakhstan rose to 8,200 tons in February.\n")) == (
        "KZ", "MN", "2024-02")


def test_a_bound_does_not_make_a_period_a_day() -> None:
    claim = only("Chad imported 3,000 tonnes of sugar from Niger in the first half of this year. All the sugar arrived "
                 "before Feb 18, officials said.\n")
    assert seen(claim) == ("NE", "TD", "2024")


def test_the_first_months_of_a_year_counted_give_its_year() -> None:
    assert _told("Imports fell during the first four months this year.") == [
        ("the first four months this year", "2024")]
    claim = only("Chad's sugar imports from Niger plunged to 3,000 tonnes during the first four months this year.\n")
    assert seen(claim) == ("NE", "TD", "2024")


def test_a_time_compared_with_is_no_date() -> None:
    assert _told("Imports rose to 900 tons from a year ago.") == []
    assert _told("Imports were five times higher than two years ago.") == []
    assert _told("The sugar was delivered more than a year ago.") == [("a year ago", "2023")]
    claim = only("Chad's combined sugar imports from Niger during the January-February period rose to 3,000 tonnes "
                 "from a year ago.\n")
    assert seen(claim) == ("NE", "TD", "2024-01")


def test_what_can_be_sent_under_a_ceiling_is_no_transfer() -> None:
    assert claims("The resolution put a ceiling on the annual amount of diesel that can be exported to Eritrea at "
                  "60,000 tonnes.\n") == []
    assert claims("The tractors could be sold to Zambia.\n") == []
    found = claims("Djibouti sold 300 tonnes of diesel to Eritrea, which may have been sold on to Yemen.\n")
    assert seen(found[0])[:2] == ("DJ", "ER")


def test_a_period_in_a_clause_of_what_a_trade_is_counted_since_is_that_events() -> None:
    assert _told("Imports hit a record since easing border checks in the past year.") == []
