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
    claim = only("In May 2023 the Grey Petrel transferred diesel to a North Korean vessel named Pyol Bada No. 3, the "
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
                 "These companies have been engaged in illicitly shipping whisky to North Korea.\n")
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
