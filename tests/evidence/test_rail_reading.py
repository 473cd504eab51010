"""Transfers told the way reports of rail freight, port imagery and gifts between leaders tell them: web pages
that lost the space between two sentences, and the carriers, papers and occasions told beside the goods."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    found = claims("The customs office said that Belarus had sold 40 tractors to Laos in 2022.It added that Cuba "
                   "bought 12 buses from Vietnam in May.\n")
    assert sorted((c.goods[0].description, seen(c)) for c in found) == [
        ("buses", ("VN", "CU", "2023-05")), ("tractors", ("BY", "LA", "2022"))]


def test_a_press_release_is_no_goods() -> None:
    found = claims("The press release noted that the shipment included 17 stallions and 3 mares, which were "
                   "inspected in Minsk before being transported to Laos.\n")
    assert "press" not in [g.description for c in found for g in c.goods]


def test_the_date_closing_an_opening_attribution_is_when_the_source_spoke() -> None:
    found = claims("According to a statement from the Laotian trade office on May 5, Belarus sent 40 tractors to "
                   "Laos on May 2.\n")
    assert [seen(c) for c in found] == [("BY", "LA", "2023-05-02")]


def test_an_aside_between_dashes_does_not_cut_the_giver_from_the_goods() -> None:
    found = claims("Laos also received two tractors — painted red and blue — from Belarus in 2018.\n")
    assert [([g.description for g in c.goods], seen(c)) for c in found] == [(["tractors"], ("BY", "LA", "2018"))]


def test_railway_wagons_are_carriers_not_motor_cars() -> None:
    crossing = claims("Satellite pictures show Belarusian flatbed cars loaded with cargo crossing the border into "
                      "Laos in May 2023.\n")
    assert "cars" not in " ".join(g.description for c in crossing for g in c.goods)
    found = claims("Belarusian freight wagons carried potash to Laos in June 2023.\n")
    assert [([g.description for g in c.goods], seen(c)) for c in found] == [(["potash"], ("BY", "LA", "2023-06"))]


def test_a_region_named_by_its_country_is_that_country() -> None:
    found = claims("A northern Belarusian region delivered 300 tonnes of flour to Laos in May 2023.\n")
    assert [([g.description for g in c.goods], seen(c)) for c in found] == [(["flour"], ("BY", "LA", "2023-05"))]
