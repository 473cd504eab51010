"""When transfers happened, told the ways reports tell it: a part of a year with a hyphen ("late-2021"), a quarter
or a half named with or without its year, a season or a quarter told beside its year and a month told later, a
date opening a sentence whose first verb is a denial, and the report's own date in a byline of names or a closing
"First Published" line. A date never says more than the words do."""

from __future__ import annotations

from datetime import date

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.dates import PartialDate, find_dates, within_part
from sanctioneer.evidence.document import parse_document
from tests.evidence.reading import claims, only, seen

# A Wednesday, as the reading tests are dated.
TOLD = date(2024, 3, 20)


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.iso() if m.value else None) for m in find_dates(text, reference=TOLD)]


def test_a_part_of_a_year_joined_by_a_hyphen_gives_the_year_only() -> None:
    assert _told("The lorries crossed in late-2021.") == [("in late-2021", "2021")]
    assert _told("Early-2019 deliveries were small.") == [("Early-2019", "2019")]
    claim = only("Kazakhstan sold 60 buses to Mongolia in late-2021.\n")
    assert seen(claim) == ("KZ", "MN", "2021")


def test_a_quarter_or_a_half_told_with_its_year_is_that_year_and_bounds_the_month() -> None:
    assert _told("Fertiliser went to Laos in the third quarter of 2020.") == [("the third quarter of 2020", "2020")]
    assert _told("It rose in the second half of 2018.") == [("the second half of 2018", "2018")]
    assert _told("They met at the end of 2016.") == [("the end of 2016", "2016")]
    assert within_part("the third quarter of 2020", PartialDate(2020, 8)) is True
    assert within_part("the third quarter of 2020", PartialDate(2020, 11)) is False
    assert within_part("the summer of 2020", PartialDate(2020, 2)) is False
    assert within_part("the end of 2016", PartialDate(2016, 12)) is True


def test_a_quarter_or_a_half_told_without_a_year_is_the_last_one_begun() -> None:
    # Told on 20 March 2024: the first quarter is this year's, the third and the second half last year's.
    assert _told("Pumps went to Tajikistan in the third quarter.") == [("the third quarter", "2023")]
    assert _told("in the second half") == [("the second half", "2023")]
    assert _told("in the first quarter") == [("the first quarter", "2024")]
    assert _told("in the fourth quarter of this year") == [("the fourth quarter of this year", "2024")]
    # A claim told by the quarter is dated by the quarter's first month.
    claim = only("Uzbekistan exported 2,000 tonnes of cotton yarn to Bangladesh in the fourth quarter.\n")
    assert seen(claim) == ("UZ", "BD", "2023-10")
    # "the last quarter" may be the one just ended: no date is read from it.
    assert _told("in the last quarter") == []


def test_a_part_of_a_year_never_becomes_a_month_the_text_does_not_name() -> None:
    claim = only("Chile shipped copper cathodes to Vietnam in the summer of 2022.\n")
    assert seen(claim) == ("CL", "VN", "2022")
    claim = only("Chile shipped copper cathodes to Vietnam in late 2022, customs officers said on December 12.\n")
    assert seen(claim) == ("CL", "VN", "2022")


def test_a_month_told_later_refines_a_part_of_a_year_only_where_it_lies_within() -> None:
    claim = only("Peru sold 40 fishing boats to Ecuador in the second half of 2019. The boats were delivered to "
                 "Guayaquil in October.\n")
    assert seen(claim) == ("PE", "EC", "2019-10")
    claim = only("Peru sold 40 fishing boats to Ecuador in the second half of 2019. The boats were delivered to "
                 "Guayaquil in March.\n")
    assert seen(claim) == ("PE", "EC", "2019-07")


def test_a_date_opening_a_sentence_whose_first_verb_is_a_denial_is_the_denials() -> None:
    claim = only("Back in January, Moldova denied that it planned to sell rifles to Armenia.\n")
    assert (seen(claim), claim.status.value) == (("MD", "AM", None), "denied")
    claim = only("In February, Moldova denied selling rifles to Armenia.\n")
    assert (seen(claim), claim.status.value) == (("MD", "AM", None), "denied")
    # A date opening a sentence whose first verb is the transfer's still dates it.
    claim = only("Back in January, Moldova sold rifles to Armenia.\n")
    assert seen(claim) == ("MD", "AM", "2024-01")


def test_no_date_is_read_where_the_words_give_none() -> None:
    assert [seen(c) for c in claims("Georgia shipped wine to Belarus in the spring.\n")] == [("GE", "BY", None)]


def test_a_byline_of_names_and_a_date_dates_the_report() -> None:
    document = parse_document(b"Fishing boats for Ecuador\n\nby Ana Ruiz and the Lima news desk March 3, 2021 9:12 AM "
                              b"3 min read\n\nPeru sold 40 fishing boats to Ecuador last month.\n", name="report.txt")
    assert (document.date, document.date_source) == (date(2021, 3, 3), "byline: 'March 3, 2021'")
    assert [seen(c) for c in extract_claims(document)] == [("PE", "EC", "2021-02")]
    # A line opening on "by" that goes on after the date is a sentence, not a byline.
    document = parse_document(b"Boats\n\nby sea on March 3, 2021 the boats went to Ecuador from Peru.\n",
                              name="report.txt")
    assert document.date is None


def test_a_closing_first_published_line_with_a_time_after_a_full_stop_dates_the_report() -> None:
    document = parse_document(("Peru sold 40 fishing boats to Ecuador on Monday. " * 20
                               + "\n\nFirst Published: Wed, Mar 03 2021. 18:40 PET\n").encode(), name="report.txt")
    assert (document.date, document.date_source) == (date(2021, 3, 3), "byline: 'First Published: Wed, Mar 03 2021'")


def test_goods_seized_after_they_were_loaded_are_dated_by_the_loading() -> None:
    claim = only("Police in Riga seized 12 drilling rigs bound for Belarus in August after they were loaded in "
                 "Gdansk in June.\n")
    assert seen(claim) == ("PL", "BY", "2023-06")
    claim = only("Police in Riga seized 12 drilling rigs bound for Belarus on Sunday, weeks after they had been "
                 "shipped from Gdansk on February 2.\n")
    assert seen(claim)[1:] == ("BY", "2024-02-02")
    claim = only("Police in Riga seized 12 drilling rigs bound for Belarus last month; the rigs had been loaded in "
                 "Gdansk in January.\n")
    assert seen(claim)[1:] == ("BY", "2024-01")
    # Without a loading told, the seizure dates the shipment.
    claim = only("Police in Riga seized 12 drilling rigs bound for Belarus in August after a tip-off from Vilnius.\n")
    assert seen(claim)[1:] == ("BY", "2023-08")


def test_the_day_of_a_plea_told_before_what_was_pleaded_to_is_the_pleas() -> None:
    claim = only("A Latvian trader pleaded guilty in February to smuggling drilling rigs to Belarus.\n")
    assert seen(claim) == ("LV", "BY", None)
    claim = only("A Latvian trader admitted on Monday to selling drilling rigs to Belarus in 2021.\n")
    assert seen(claim) == ("LV", "BY", "2021")


def test_the_closing_or_opening_months_of_a_year_and_this_past_season() -> None:
    assert _told("in the closing months of 2020") == [("the closing months of 2020", "2020")]
    assert within_part("the final months of 2020", PartialDate(2020, 3)) is False
    assert within_part("the opening months of 2020", PartialDate(2020, 2)) is True
    # Told on 20 March 2024, "this past summer" is the summer of 2023, as "last summer" is.
    assert _told("this past summer") == [("this past summer", "2023")]
    assert _told("last summer") == [("last summer", "2023")]
    claim = only("Georgia shipped wine to Belarus this past autumn.\n")
    assert seen(claim) == ("GE", "BY", "2023")


def test_a_day_told_beside_the_day_of_a_revelation_is_the_revelations() -> None:
    claim = only("Laos has imported 200,000 tonnes of wheat from Belarus this year. The imports were revealed on "
                 "Friday, March 15, by a study of satellite images.\n")
    assert seen(claim) == ("BY", "LA", "2024")
    unloaded = only("Laos imported wheat from Belarus this year. The wheat was unloaded on Friday, March 15.\n")
    assert seen(unloaded) == ("BY", "LA", "2024-03-15")
