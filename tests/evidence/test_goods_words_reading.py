"""Reading rules for the words that name the goods: not what the goods are used for, not who speaks of them or is
spoken to, not a ship's papers, not what carries or holds them, and a make counted as goods."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import Claim
from tests.evidence.reading import claims, only, seen


def goods(claim: Claim) -> list[str]:
    """The goods of a claim as the user sees them, and the words of the report they were read from."""
    return [g.description for g in claim.goods] + [e.text for e in claim.evidence if e.field == "goods"]


@pytest.mark.parametrize(("text", "named"), [
    ("Taiwanese traders arranged in 2009 for a grinding machine, which can be used to make parts for centrifuges "
     "and missiles, to be shipped from Taiwan to North Korea.", "grinding machine"),
    ("Germany exported vacuum pumps for use in uranium enrichment plants to Iran in 2010.", "vacuum pumps"),
])
def test_goods_told_as_what_the_goods_are_used_for_are_not_the_goods(text: str, named: str) -> None:
    claim = only(text + "\n")
    assert goods(claim) == [named, named]


@pytest.mark.parametrize("text", [
    "A dealer in Dubai sold 25 Toyotas to North Korea in 2018, UN sanctions monitors said.",
    "A dealer in Dubai sold 25 Toyotas to a North Korean buyer in 2018, UN sanctions monitors said in a report.",
])
def test_a_make_counted_after_the_verb_is_the_goods_and_the_monitors_who_speak_are_not(text: str) -> None:
    claim = only(text + "\n")
    assert goods(claim) == ["Toyotas", "Toyotas"]
    assert (claim.supplier.country, claim.recipient.country) == ("AE", "KP")
    assert claim.goods[0].quantity == "25"


def test_people_counted_after_a_verb_of_sending_are_no_goods() -> None:
    assert claims("Russia sent 20 North Koreans to Moscow in May.\n") == []
    assert claims("North Korea sent 500 Koreans to Russia in 2023.\n") == []


def test_the_monitors_a_party_spoke_to_are_no_goods() -> None:
    found = claims("A car dealer in Dubai sold 25 Toyotas to a North Korean buyer in 2018. The dealer told the "
                   "monitors that the buyer had presented himself as a businessman from Kazakhstan.\n")
    assert [g.description for c in found for g in c.goods] == ["Toyotas"]


def test_a_ships_papers_are_no_goods() -> None:
    found = claims("The freighter's papers gave the ore as Chinese, loaded at Longkou, an official said.\n")
    assert [g.description for c in found for g in c.goods if "papers" in g.description] == []


@pytest.mark.parametrize(("text", "named", "sides"), [
    ("Russia sent a tanker of diesel to North Korea in February.", "diesel", ("RU", "KP", "2024-02")),
    ("China exported pallets of cigarettes to North Korea in 2018.", "cigarettes", ("CN", "KP", "2018")),
    ("A freighter whose cargo, 4,500 tonnes of lead concentrate, had been loaded at Nampho was turned away at "
     "Kuantan in January.", "lead concentrate", ("KP", None, "2024-01")),
])
def test_what_carries_or_holds_the_goods_is_not_goods(text: str, named: str,
                                                      sides: tuple[str | None, str | None, str]) -> None:
    claim = only(text + "\n")
    assert goods(claim) == [named, named]
    assert seen(claim) == sides


def test_goods_right_after_the_verb_are_its_object_not_a_goods_word_in_the_name_before_it() -> None:
    claim = only("A subsidiary of British American Tobacco sold cigarette filters to North Korea in 2010.\n")
    assert goods(claim) == ["cigarette filters", "cigarette filters"]
    assert claim.recipient.country == "KP"


def test_bottles_counted_of_two_goods_are_one_consignment_and_tonnes_two_flows() -> None:
    claim = only("A Dandong company shipped 1,400 bottles of whisky and 900 bottles of cognac to North Korea in "
                 "January.\n")
    assert [g.description for g in claim.goods] == ["whisky", "cognac"]
    flows = claims("China exported 1,200 tonnes of rice and 300 tonnes of flour to North Korea in January.\n")
    assert [[g.description for g in c.goods] for c in flows] == [["rice"], ["flour"]]


def test_the_contents_of_the_consignments_named_again_are_the_goods_of_the_transfer_told() -> None:
    claim = only("A Dandong company shipped two consignments of spirits from Dalian to Nampho in June 2018. According "
                 "to shipping documents, the consignments, of 1,400 bottles of Scotch whisky and 900 bottles of French "
                 "cognac, were declared as beverages and consigned to a department store in Pyongyang.\n")
    assert seen(claim) == ("CN", "KP", "2018-06")
    assert [g.description for g in claim.goods] == ["spirits", "Scotch whisky", "French cognac"]
    assert [e.text for e in claim.evidence if e.field == "goods"] == ["spirits", "Scotch whisky", "French cognac"]


def test_a_cargo_taken_aboard_in_a_country_came_from_it_and_the_monitors_who_found_it_are_no_goods() -> None:
    claim = only("A bulk carrier took a cargo of coal aboard in North Korea in January and unloaded it in Russia, UN "
                 "sanctions monitors have found.\n")
    assert goods(claim) == ["coal", "coal"]
    assert claim.supplier.country == "KP"


@pytest.mark.parametrize("text", [
    "Its manager said it had chartered the vessel to a Hong Kong broker and did not know what the ship carried.",
    "It is unclear what the tanker delivered to North Korea in January.",
])
def test_goods_asked_about_are_no_transfer(text: str) -> None:
    assert claims(text + "\n") == []


@pytest.mark.parametrize(("text", "named", "sides"), [
    ("North Korea sold a ship's cargo of anthracite to a Vietnamese buyer in January.", "anthracite",
     ("KP", "VN", "2024-01")),
    ("Customs inspected the vessel from North Korea in January and found 2,000 tonnes of coal bound for Vietnam.",
     "coal", ("KP", "VN", "2024-01")),
])
def test_a_ship_whose_cargo_is_told_or_searched_is_not_the_goods(text: str, named: str,
                                                                 sides: tuple[str, str, str]) -> None:
    claim = only(text + "\n")
    assert goods(claim) == [named, named]
    assert seen(claim) == sides


@pytest.mark.parametrize(("text", "named"), [
    ("A Dandong firm exported products like cosmetics and perfume to North Korea in 2016.", ["cosmetics", "perfume"]),
    ("The company exported dual-use goods, namely vacuum pumps, to North Korea in 2016.", ["vacuum pumps"]),
])
def test_words_that_say_which_goods_are_no_part_of_their_name(text: str, named: list[str]) -> None:
    claim = only(text + "\n")
    assert [g.description for g in claim.goods] == named


def test_what_a_photo_or_a_statue_shows_is_not_the_goods() -> None:
    assert claims("The trader sold photos of missiles to North Korea in 2016.\n") == []
    claim = only("North Korea gave Zimbabwe a bronze statue of a lion in 2016.\n")
    assert goods(claim) == ["bronze statue", "bronze statue"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Indonesia seized a North Korean bulk carrier loaded with coal in January.", ("KP", None, "2024-01")),
    ("Panama seized a North Korean ship carrying Cuban weapons in January.", ("CU", "KP", "2024-01")),
])
def test_goods_seized_on_a_ship_of_a_country_come_from_it_unless_their_name_says_otherwise(
        text: str, sides: tuple[str, str | None, str]) -> None:
    assert seen(only(text + "\n")) == sides


def test_a_compound_in_ing_joined_by_a_hyphen_is_a_kind_of_the_goods() -> None:
    # "ballet-dancing" says what the shoes are for; "re-exporting" is still the act.
    claim = only("In June 2012, customs seized a shipment of ballet-dancing shoes bound for Laos at Madrid airport.\n")
    assert [g.description for g in claim.goods] == ["ballet-dancing shoes"]
    assert [g.description for g in only("A Thai firm was re-exporting cars to Laos in May.\n").goods] == ["cars"]

