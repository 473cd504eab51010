"""The date of the transfer itself, not of another thing the report tells: a meeting a date names or that was held
then, the use of goods already moved, a source's statement, a hearing, the halt of a trade, or a time no goods
moved. Where the report gives no other date, the transfer stays undated."""

from __future__ import annotations

from tests.evidence.reading import only, seen


def test_a_date_naming_a_visit_or_a_summit_dates_the_meeting() -> None:
    claim = only("Belarus sent tractors to Laos in 2023. The shipment came weeks before the president's May 9 visit "
                 "to Vientiane.\n")
    assert seen(claim) == ("BY", "LA", "2023")


def test_a_meeting_held_on_a_day_does_not_refine_the_transfers_month() -> None:
    claim = only("A Lao firm imported 40 tractors from Belarus in February. The ruling party praised farming at "
                 "its convention held on February 26.\n")
    assert seen(claim) == ("BY", "LA", "2024-02")


def test_the_day_goods_were_used_is_not_the_day_they_were_moved() -> None:
    claim = only("Belarus supplied rockets to Laos, an official said. One rocket was fired by Lao troops at a "
                 "camp on Jan. 2.\n")
    assert seen(claim) == ("BY", "LA", None)


def test_the_day_of_a_statement_closing_the_sentence_is_the_statements() -> None:
    claim = only("Belarus shipped drilling rigs to Laos, according to the customs office's statement on Monday.\n")
    assert seen(claim) == ("BY", "LA", None)


def test_the_day_of_a_hearing_is_not_the_transfers() -> None:
    claim = only("A Latvian trader was hauled to court on Monday over supplying drilling rigs to Belarus.\n")
    assert seen(claim) == ("LV", "BY", None)


def test_the_day_a_trade_was_halted_or_a_month_nothing_moved_gives_no_date() -> None:
    claim = only("Laos imported Belarusian potash in the first quarter. It suspended the importing of potash from "
                 "Belarus on Feb. 18. Laos did not import potash at all in March.\n")
    assert seen(claim) == ("BY", "LA", "2024-01")
