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
