"""Sides told by a town, a province or its police: an exporter known by the prefecture or the city its firm is in, and
a police force or customs office named by its town, which acts for the country the town is in."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "A trading firm in Kumamoto exported two cranes to North Korea in 2019.",
    "Police arrested the head of a trading firm in Kumamoto Prefecture on suspicion of exporting two cranes to "
    "North Korea in 2019.",
    "A used car dealer in Chiba prefecture tried to export a Lexus to North Korea in 2019.",
    "A Fukuoka trading company shipped two cranes to North Korea in 2019.",
])
def test_a_firm_in_a_japanese_prefecture_or_city_is_japanese(text: str) -> None:
    assert seen(only(text + "\n")) == ("JP", "KP", "2019")


@pytest.mark.parametrize("text", [
    "Fukuoka police arrested a trader on suspicion of exporting two cranes to North Korea in 2019.",
    "Fukuoka and Kumamoto police arrested two men on suspicion of exporting two cranes to North Korea in 2019.",
    "Osaka Prefectural Police arrested a trader on suspicion of exporting two cranes to North Korea in 2019.",
])
def test_the_police_of_a_town_arresting_an_exporter_give_the_exporter_their_country(text: str) -> None:
    assert seen(only(text + "\n")) == ("JP", "KP", "2019")


def test_a_family_name_alone_is_no_prefecture() -> None:
    # "Ishikawa" names a prefecture only with the word "Prefecture"; alone it may be a person's name.
    claim = only("Kenji Ishikawa sold two cranes to a firm in Laos in 2019.\n")
    assert seen(claim) == (None, "LA", "2019")


def test_the_police_of_a_town_keep_the_north_korean_side_of_what_they_seize() -> None:
    crabs = only("Dandong customs seized 300 tonnes of crabs smuggled from North Korea in 2019.\n")
    assert crabs.supplier.country == "KP"
    assert crabs.recipient.country != "KP"
    lathes = claims("Osaka police arrested a North Korean agent on suspicion of buying lathes for North Korea in "
                    "2019.\n")
    assert lathes and all(c.recipient.country == "KP" for c in lathes)
