"""Reading rules for claims read in the right sentence with the wrong goods: the box or the ship that carries the
goods, the word the papers gave, and a ship's name."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import Claim
from tests.evidence.reading import claims, only


def goods(claim: Claim) -> list[str]:
    return [g.description for g in claim.goods]


def sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.supplier.country, claim.recipient.country


@pytest.mark.parametrize("text", [
    "Three shipping containers loaded at a port in Dalian and bound for Angola on a freighter were found to be "
    "carrying North Korean artillery shells, officials said on Monday.",
    "Two freight containers bound for Angola carrying what the papers called \"pumps\" were later found to hold "
    "North Korean rocket launchers, envoys said.",
])
def test_the_containers_that_hold_the_goods_and_the_papers_word_for_them_are_not_the_goods(text: str) -> None:
    claim = only(text + "\n")
    assert "containers" not in " ".join(goods(claim)) and "pumps" not in " ".join(goods(claim))
    assert sides(claim) == ("KP", "AO")


def test_containers_sold_are_still_goods() -> None:
    claim = only("China exported 300 shipping containers to North Korea in 2019.\n")
    assert goods(claim) == ["shipping containers"]
    assert sides(claim) == ("CN", "KP")


def test_a_ship_hired_to_carry_the_goods_is_not_the_goods() -> None:
    claim = only("Police believe the trader chartered a bulk carrier via a Hong Kong agent, had it loaded with iron "
                 "ore in eastern North Korea and then sold the load near Penang in May.\n")
    assert goods(claim) == ["iron ore"]


def test_a_ship_leased_to_north_korea_stays_goods() -> None:
    claim = only("A Singapore firm leased a tanker to North Korea in 2019.\n")
    assert goods(claim) == ["tanker"]
    assert sides(claim) == ("SG", "KP")


def test_a_common_noun_in_a_ships_name_is_not_goods() -> None:
    found = claims("After the first tanker was held, two more of the firm's ships, among them the Morning Glory and "
                   "the Golden Bull, were linked to a seized cargo of oil bound for North Korea.\n")
    assert [goods(c) for c in found] == [["oil"]]
    assert found[0].recipient.country == "KP"
