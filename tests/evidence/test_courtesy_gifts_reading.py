"""Presents between leaders and states: flowers, animals and keepsakes, and how the words around them are read."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_the_full_name_of_north_korea_with_either_apostrophe_is_north_korea(apostrophe: str) -> None:
    claim = only(f"The premier of the Democratic People{apostrophe}s Republic of Korea sent 40 trucks to Laos.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country == "LA"


def test_the_full_name_of_china_with_a_curly_apostrophe_is_china() -> None:
    claim = only("The government of the People’s Republic of China sent 40 trucks to North Korea in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")


def test_august_in_lower_case_is_no_month() -> None:
    claim = only("Laos sent 40 trucks to North Korea. The trucks bear the august seal of the party.\n")
    assert claim.recipient.country == "KP"
    assert claim.date is None


def test_august_with_a_capital_is_still_the_month() -> None:
    assert seen(only("Laos sent 40 trucks to North Korea in August.\n"))[2] == "2023-08"


def test_the_year_told_as_the_year_dates_the_gift_and_keeps_it_apart() -> None:
    found = claims("The Laotian president gave two elephants to North Korea on Monday. Back in the year 2001, his "
                   "predecessor gave two elephants to North Korea as well.\n")
    assert sorted(seen(c)[2] or "" for c in found) == ["2001", "2024-03-18"]


@pytest.mark.parametrize("told", [
    "The Laotian president sent two horses to the North Korean leader as presents.",
    "The Laotian president sent a limousine to the North Korean leader as a present.",
])
def test_goods_sent_as_a_present_are_a_gift(told: str) -> None:
    claim = only(told + "\n")
    assert claim.kind == "gift"
    assert seen(claim)[:2] == ("LA", "KP")


@pytest.mark.parametrize(("told", "word"), [
    ("Mongolia sent 300 goats to North Korea in May.", "goats"),
    ("Mongolia sent 300 sheep to North Korea in May.", "sheep"),
    ("The North Korean leader sent a floral basket to the Laotian president in May.", "floral basket"),
])
def test_animals_and_flowers_sent_on_an_occasion_are_goods(told: str, word: str) -> None:
    claim = only(told + "\n")
    assert word in claim.goods[0].description
    assert "KP" in seen(claim)[:2]


@pytest.mark.parametrize("lack", ["food shortages", "food shortage", "fuel shortages", "food insecurity"])
def test_a_shortage_of_goods_is_no_goods(lack: str) -> None:
    assert claims(f"The herd will provide for children and relieve North Korea's {lack}.\n") == []
    claim = only(f"Mongolia sent 300 goats to North Korea to relieve the {lack} there.\n")
    assert claim.goods[0].description == "300 goats" or "goats" in claim.goods[0].description
    assert len(claim.goods) == 1


@pytest.mark.parametrize("told", [
    "The Laotian president showed Kim his palace and gave him two horses.",
    "The Laotian president welcomed Kim in Vientiane and then presented him with a limousine.",
    "The Laotian president greeted Kim at the airport and gifted him a limousine.",
])
def test_whom_an_earlier_verb_took_as_its_object_is_given_to_not_the_giver(told: str) -> None:
    claim = only(told + "\n")
    assert seen(claim)[:2] == ("LA", "KP")
    assert claim.kind == "gift"


def test_a_pronoun_after_the_word_of_giving_is_no_part_of_the_goods() -> None:
    claim = only("Kim met the Laotian president in May and gave him two horses.\n")
    assert "him" not in claim.goods[0].description
    assert seen(claim) == ("KP", "LA", "2023-05")


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_before_the_goods_is_one_word_with_either_apostrophe(apostrophe: str) -> None:
    claim = only(f"Laos shipped the president{apostrophe}s old limousine to North Korea in May.\n")
    assert not claim.goods[0].description.startswith("s ")
    assert seen(claim) == ("LA", "KP", "2023-05")
