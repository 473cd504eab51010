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
    # The half is dated by its first month; the bound makes it no finer.
    claim = only("Chad imported 3,000 tonnes of sugar from Niger in the first half of this year. All the sugar arrived "
                 "before Feb 18, officials said.\n")
    assert seen(claim) == ("NE", "TD", "2024-01")


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


def test_a_flow_told_during_the_cited_period_takes_the_period_the_report_told_before() -> None:
    found = claims("Trade between Peru and Chile fell 12 percent in the first nine months of 2023, customs data "
                   "showed.\n\nChile shipped salmon worth $4 million to Peru during the cited period.\n")
    assert [(c.goods[0].description, seen(c)) for c in found] == [("salmon", ("CL", "PE", "2023"))]


def test_a_flow_told_against_the_year_before_takes_the_period_told_before() -> None:
    found = claims("Peru's imports from Chile rose 30 percent in the January-February period, the ministry said.\n\n"
                   "Chile shipped copper wire worth $6.2 million to Peru, up 45 percent on-year.\n")
    assert [(c.goods[0].description, seen(c)) for c in found] == [("copper wire", ("CL", "PE", "2024-01"))]


def test_a_time_a_figure_is_compared_with_is_not_the_flow_s_date() -> None:
    found = claims("Peru's trade with Chile grew in the first half of 2023.\n\nChile shipped salmon worth $4 "
                   "million to Peru, up from $3 million in the same period last year.\n")
    assert [seen(c) for c in found] == [("CL", "PE", "2023-01")]
    # Compared with a month, too: the figure of the month told, not of the one weighed against.
    claim = only("Chile shipped 800 tonnes of salmon to Peru in March, compared with 600 tonnes in February.\n")
    assert seen(claim) == ("CL", "PE", "2024-03")
    # A number "from" which goods came is no figure compared with: the month stays the transfer's.
    claim = only("Chile transferred 600 tonnes of diesel from 3 ships to Peru in October.\n")
    assert seen(claim) == ("CL", "PE", "2023-10")


def test_a_period_told_as_compared_with_is_not_carried_and_a_far_one_is_not_either() -> None:
    # "the same period last year" is the year compared with, so the flow stays undated without a period told.
    claim = only("Chile shipped salmon worth $4 million to Peru, higher than in the same period last year.\n")
    assert seen(claim) == ("CL", "PE", None)
    far = claims("Peru's trade with Chile grew in 2019.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n"
                 "Chile shipped copper wire worth $6.2 million to Peru, up 45 percent on-year.\n")
    assert [seen(c)[2] for c in far] == [None]


def test_a_count_of_another_month_told_by_a_pronoun_is_another_lot_of_the_goods_just_told() -> None:
    found = claims("Chile exported 900 tonnes of copper wire to Peru in February, customs data showed.\n\n"
                   "It shipped 1,200 tonnes in January.\n")
    assert [(c.goods[0].description, c.goods[0].quantity, seen(c)) for c in found] == [
        ("copper wire", "900", ("CL", "PE", "2024-02")), ("copper wire", "1200", ("CL", "PE", "2024-01"))]


def test_the_same_count_or_the_same_month_told_again_is_no_other_lot() -> None:
    found = claims("Chile exported 900 tonnes of copper wire to Peru in February, customs data showed.\n\n"
                   "It shipped 900 tonnes in January.\n\nIt also shipped 500 tonnes in February.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("900", ("CL", "PE", "2024-02"))]


def test_a_trade_told_as_going_on_now_is_a_transfer_dated_by_the_report() -> None:
    claim = only("Bolivia continues to import diesel from Paraguay, traders said.\n")
    assert seen(claim) == ("PY", "BO", "2024-03")
    assert any(e.field == "date" and e.text == "continues to" for e in claim.evidence)
    assert seen(only("Paraguay keeps shipping diesel to Bolivia.\n")) == ("PY", "BO", "2024-03")


def test_a_trade_that_went_on_is_a_transfer_only_when_the_sentence_tells_when() -> None:
    assert seen(only("Paraguay kept supplying diesel to Bolivia in 2022.\n")) == ("PY", "BO", "2022")
    assert claims("Paraguay kept supplying diesel to Bolivia.\n") == []


def test_a_trade_that_may_go_on_or_names_one_side_is_still_no_transfer() -> None:
    assert claims("Paraguay would continue to sell diesel to Bolivia.\n") == []
    assert claims("The rules allowed Bolivia to keep importing diesel from Paraguay.\n") == []
    assert claims("Bolivia continues to import diesel.\n") == []


def test_counts_told_respectively_after_the_word_for_two_bare_years_are_one_lot_each() -> None:
    found = claims("Chile shipped 300 tonnes and 450 tonnes of salmon to Peru, respectively, in 2021 and 2022.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("300", ("CL", "PE", "2021")),
                                                               ("450", ("CL", "PE", "2022"))]


def test_counts_told_respectively_for_the_two_times_of_the_sentence_before_are_one_lot_each() -> None:
    found = claims("Peru bought Chilean salmon in 2021 and 2022, the ministry said. Imports totalled 300 tonnes and "
                   "450 tonnes, respectively.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("300", ("CL", "PE", "2021")),
                                                               ("450", ("CL", "PE", "2022"))]
    months = claims("Bolivia bought diesel from Paraguay in January and February. The shipments came to 800 barrels "
                    "and 950 barrels, respectively.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in months] == [("800", ("PY", "BO", "2024-01")),
                                                                ("950", ("PY", "BO", "2024-02"))]


def test_counts_told_respectively_with_one_time_before_share_out_nothing() -> None:
    found = claims("Peru bought Chilean salmon in 2022, the ministry said. Imports totalled 300 tonnes and "
                   "450 tonnes, respectively.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [(None, ("CL", "PE", "2022"))]
