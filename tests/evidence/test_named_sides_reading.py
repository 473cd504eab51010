"""Sides told by name: a ship named after a word of naming ("a tanker called the Morning Star"), a ship's size
between its flag and its kind, a ship or a firm named again by its kind alone ("the vessel", "these companies"),
and a firm's name whose suffixes hold full stops ("Pte. Ltd.")."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.text import split_sentences
from tests.evidence.reading import claims, only

# ---------------------------------------------------------------- a ship named after a word of naming


@pytest.mark.parametrize("naming", ["named", "called", "called the", "identified as the", "known as"])
def test_a_ship_named_after_a_word_of_naming_is_the_side_by_that_name(naming: str) -> None:
    claim = only(f"In May 2023 a Belize-flagged tanker {naming} Grey Petrel transferred diesel to a North Korean "
                 "ship.\n")
    assert claim.supplier.name == "Grey Petrel"
    assert (claim.supplier.country, claim.recipient.country) == (None, "KP")


def test_the_receiving_ship_named_after_a_word_of_naming_keeps_its_flag() -> None:
    claim = only("In May 2023 the Grey Petrel transferred diesel to a North Korean ship named Pyol Bada No. 3, the "
                 "coast guard said.\n")
    assert (claim.supplier.name, claim.recipient.name, claim.recipient.country) == (
        "Grey Petrel", "Pyol Bada No. 3", "KP")


def test_a_ships_size_between_its_flag_and_its_kind_keeps_the_flag_and_the_name() -> None:
    claim = only("In May 2023 the Grey Petrel transferred diesel to the North Korea-flagged, 1,200 dwt tanker Pyol "
                 "Bada 3.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Pyol Bada 3", "KP")


def test_a_word_of_naming_before_no_capital_names_no_ship() -> None:
    claim = only("In May 2023 a ship called at Nampho and unloaded diesel from Russia.\n")
    assert claim.supplier.name is None and claim.recipient.name is None


# ---------------------------------------------------------------- a ship or a firm named again by its kind


def test_the_vessel_told_again_is_the_ship_named_before_in_its_sentence() -> None:
    claim = only("The tanker Grey Petrel left Vanino in June 2023, and the vessel then delivered diesel to "
                 "North Korea.\n")
    assert (claim.supplier.name, claim.recipient.country) == ("Grey Petrel", "KP")


def test_these_companies_are_the_firms_the_sentence_before_names() -> None:
    claim = only("Washington blacklisted Ningbo Harbourlight Trading Co. Ltd. and Coral Reach Pte. Ltd. in 2023. "
                 "These companies had been involved in illicitly shipping whisky to North Korea.\n")
    assert claim.supplier.name == "Ningbo Harbourlight Trading Co. Ltd."
    assert claim.recipient.country == "KP"


def test_the_company_told_again_takes_no_name_a_country_alone_told() -> None:
    # "A Chinese firm" is told by its country only: the firm named again by its kind gets no name.
    claim = only("A Chinese firm was blacklisted in 2023. The company had shipped whisky to North Korea.\n")
    assert claim.supplier.name is None
    assert claim.recipient.country == "KP"


def test_the_company_told_again_is_never_the_office_that_named_it() -> None:
    claim = only("The Treasury blacklisted Coral Reach Pte. Ltd. in 2023. The company had shipped whisky to North "
                 "Korea.\n")
    assert claim.supplier.name == "Coral Reach Pte. Ltd."
    assert claim.recipient.country == "KP"


# ---------------------------------------------------------------- a firm's suffixes


def test_a_firms_suffixes_with_full_stops_end_no_sentence() -> None:
    sentences = split_sentences("It named Coral Reach Pte. Ltd. and Lim Freight Pte. The firms denied it.")
    assert [s.text for s in sentences] == [
        "It named Coral Reach Pte. Ltd. and Lim Freight Pte.", "The firms denied it."]


def test_no_side_is_named_by_the_flag_of_the_north_korean_ship_alone() -> None:
    found = claims("In May 2023 the Grey Petrel transferred diesel to the North Korea-flagged, 1,200 dwt tanker Pyol "
                   "Bada 3.\n")
    assert all(c.recipient.country == "KP" for c in found)


def test_the_year_a_ship_was_built_stands_between_to_and_the_ship() -> None:
    claim = only("In May 2023 the Grey Petrel transferred diesel to the 1994-built, North Korea-flagged tanker Pyol "
                 "Bada 3.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Pyol Bada 3", "KP")


def test_a_one_word_ship_named_before_is_a_ship_after_a_word_in_small_letters() -> None:
    found = claims("The Russian-flagged tanker Kestrel left Vanino in May 2023.\n\nOfficials say Kestrel transferred "
                   "diesel in June 2023 to the North Korea-flagged tanker Pyol Bada 3.\n")
    claim = next(c for c in found if c.recipient.name)
    assert (claim.supplier.name, claim.supplier.country) == ("Kestrel", "RU")
    assert (claim.recipient.name, claim.recipient.country) == ("Pyol Bada 3", "KP")


# ---------------------------------------------------------------- a person named after a title or a trade


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Taiwanese businessman Lin Wei-chen supplied steel to North Korea in 2019.\n", "Lin Wei-chen", "TW"),
    ("Prosecutors charged businessman Lin Wei-chen with selling diesel to North Korea in 2019.\n", "Lin Wei-chen",
     None),
    ("Investigators placed broker Lin Wei-chen on a watch list for allegedly selling diesel to North Korea in "
     "2019.\n", "Lin Wei-chen", None),
])
def test_a_person_named_after_a_title_or_a_trade_is_the_side(text: str, name: str, country: str | None) -> None:
    claim = only(text)
    assert (claim.supplier.name, claim.supplier.country, claim.recipient.country) == (name, country, "KP")


def test_a_courtesy_title_alone_names_no_person() -> None:
    # "Mr Lin" may be any Lin of the report: only a name of two words or more after a word of trade is a person.
    claim = only("Mr Lin supplied steel to North Korea in 2019.\n")
    assert (claim.supplier.name, claim.recipient.country) == (None, "KP")


def test_a_speaker_named_after_a_title_is_no_side() -> None:
    claim = only("In 2019 Mr Lin told reporters that Harbourlight Co. had supplied steel to North Korea.\n")
    assert claim.supplier.name == "Harbourlight Co."
    assert claim.recipient.country == "KP"


def test_a_trade_word_before_a_single_capital_word_names_no_person() -> None:
    claim = only("A Chinese trader Monday shipped steel to North Korea.\n")
    assert claim.supplier.name is None
    assert (claim.supplier.country, claim.recipient.country) == ("CN", "KP")


def test_a_north_korean_trader_named_after_his_trade_receives() -> None:
    claim = only("In 2009 a Vienna dealer sold two yachts to North Korean trader Ri Song-chol.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Ri Song-chol", "KP")
