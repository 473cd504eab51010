"""A year's figure keeps its year: the months a part of it covers ("between April and November last year") and the
months told for another part ("for January and February 2023") do not date the whole, nor does the day a ship is
awaited somewhere ("is expected to reach the port on Friday") or was seized on suspicion of a transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_a_years_figure_is_not_dated_by_the_months_a_part_of_it_covers() -> None:
    found = claims("Belarus reported that it had supplied about 80,000 tonnes of potash to North Korea last year. "
                   "Belarus supplied 30,000 tonnes of the potash to North Korea between April and November last "
                   "year.\n")
    whole = [c for c in found if any(g.quantity == "80000" for g in c.goods)]
    assert whole and all(seen(c) == ("BY", "KP", "2023") for c in whole)


def test_a_figure_for_the_whole_of_a_year_is_not_dated_by_a_month_told_before_it() -> None:
    found = claims("Mongolia sold 2,000 tonnes of wheat to North Korea for January and February 2023. "
                   "In all, Mongolia is believed to have sold 9,000 tonnes of wheat to North Korea for the whole "
                   "of 2023.\n")
    whole = [c for c in found if any(g.quantity == "9000" for g in c.goods)]
    assert whole and all(seen(c)[2] == "2023" for c in whole)


def test_the_day_a_ship_is_expected_somewhere_does_not_date_the_transfer() -> None:
    awaited = claims("A Laotian freighter shipped North Korean iron ore to Thailand. The freighter is expected to "
                     "reach Bangkok as early as Friday.\n")
    assert [seen(c) for c in awaited] == [("LA", "TH", None)]
    arrived = claims("A Laotian freighter shipped North Korean iron ore to Thailand. The freighter reached Bangkok "
                     "on Friday.\n")
    assert [seen(c) for c in arrived] == [("LA", "TH", "2024-03-15")]


def test_the_day_a_ship_was_seized_on_suspicion_of_a_transfer_is_not_the_transfers() -> None:
    held = claims("Thailand said on Friday that in early February it had seized the Panama-flagged Blue Finch, which "
                  "was suspected of transferring 300 tons of diesel to a North Korean tanker.\n")
    assert held and all(c.date is None for c in held)
    aboard = claims("Customs seized a lorry in May that was carrying 40 North Korean rifles bound for Laos.\n")
    assert [seen(c) for c in aboard] == [(None, "LA", "2023-05")]
