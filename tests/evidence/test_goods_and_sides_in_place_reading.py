"""Reading rules for claims read in the right sentence with the wrong goods or the wrong sides: the box or the ship
that carries the goods, the word the papers gave, a ship's name, who works through firms or asks another to send,
whom the money of a sale serves, and what the goods go into."""

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


def test_a_port_of_loading_is_no_recipient_when_the_goods_are_named_by_their_country() -> None:
    claim = only("Two cargo containers loaded at Dalian turned out to be carrying North Korean gun barrels.\n")
    assert goods(claim) == ["North Korean gun barrels"]
    assert sides(claim) == ("KP", None)


def test_containers_sold_are_still_goods() -> None:
    claim = only("China exported 300 shipping containers to North Korea in 2019.\n")
    assert goods(claim) == ["shipping containers"]
    assert sides(claim) == ("CN", "KP")


def test_a_ship_hired_to_carry_the_goods_is_not_the_goods() -> None:
    claim = only("Police believe the trader chartered a bulk carrier via a Hong Kong agent, had it loaded with iron "
                 "ore in eastern North Korea and then sold the load near Penang in May.\n")
    assert goods(claim) == ["iron ore"]
    assert claim.supplier.country == "KP"


def test_a_ship_leased_to_north_korea_stays_goods() -> None:
    claim = only("A Singapore firm leased a tanker to North Korea in 2019.\n")
    assert goods(claim) == ["tanker"]
    assert sides(claim) == ("SG", "KP")


def test_a_common_noun_in_a_ships_name_is_not_goods() -> None:
    found = claims("After the first tanker was held, two more of the firm's ships, among them the Morning Glory and "
                   "the Golden Bull, were linked to a seized cargo of oil bound for North Korea.\n")
    assert [goods(c) for c in found] == [["oil"]]
    assert found[0].recipient.country == "KP"


def test_goods_for_another_countrys_weapons_go_to_that_country() -> None:
    claim = only("Prosecutors say a man in Shenyang helped a listed broker in Beijing procure steel sheets used in "
                 "the production of North Korean rockets.\n")
    assert goods(claim) == ["steel sheets"]
    assert sides(claim) == ("CN", "KP")
    claim = only("A Chinese trader shipped sheet metal needed for the making of North Korean drones.\n")
    assert sides(claim) == ("CN", "KP")


@pytest.mark.parametrize(("text", "seen"), [
    ("North Korea uses front firms in Indonesia to purchase diesel from Russia, the report said.", ("RU", "KP")),
    ("Iran used front companies in Dubai to sell oil to China.", ("IR", "CN")),
])
def test_who_works_through_firms_is_the_side_not_the_firms(text: str, seen: tuple[str, str]) -> None:
    assert sides(only(text + "\n")) == seen


@pytest.mark.parametrize("text", [
    "A Malaysian trader bought diesel for delivery to North Korea.",
    "The Malaysian owner of the tanker bought fuel for supplying North Korea.",
])
def test_goods_bought_for_delivery_to_a_country_go_there_from_the_buyer(text: str) -> None:
    assert sides(only(text + "\n")) == ("MY", "KP")


@pytest.mark.parametrize(("text", "seen"), [
    ("Officials in Pyongyang also wanted the broker to send two aircraft engines.", (None, "KP")),
    ("Officials in Pyongyang asked a Chinese dealer to ship two aircraft engines.", ("CN", "KP")),
    ("Russia asked North Korea to send artillery shells in 2023.", ("KP", "RU")),
])
def test_who_asks_another_to_send_goods_is_to_get_them(text: str, seen: tuple[str | None, str]) -> None:
    assert sides(only(text + "\n")) == seen


def test_whom_the_money_of_a_sale_keeps_going_sold_the_goods() -> None:
    claim = only("The monitors say the arms sales were merely a part of the secret trade to fund Kim Jong Un's "
                 "government.\n")
    assert sides(claim) == ("KP", None)


def test_a_town_on_a_countrys_island_is_of_that_country() -> None:
    claim = only("Monitors said zinc ore was shipped from Rajin in North Korea to Korsakov on Russia's island of "
                 "Sakhalin in 2019.\n")
    assert sides(claim) == ("KP", "RU")


def test_where_a_ship_stopped_after_its_cargo_was_seized_is_not_where_the_goods_went() -> None:
    claim = only("Thai customs seized 200 barrels of nitric acid from the North Korean freighter Ocean Star after it "
                 "docked at Laem Chabang from Singapore on May 3.\n")
    assert [g.description for g in claim.goods] == ["nitric acid"]
    assert "TH" not in sides(claim)


def test_where_forged_papers_said_the_goods_were_going_is_not_where_they_went() -> None:
    found = claims("Japanese police say the laptops were exported to North Korea in May. Some were shipped to Dalian "
                   "in China under forged papers that claimed they were bound for Busan.\n")
    assert found and all(c.recipient.country != "KR" for c in found)
    assert claims("A newspaper said the laptops were shipped in May under forged papers that claimed they were "
                  "heading to Dalian, China.\n") == []


def test_a_warship_that_watched_a_transfer_is_not_its_goods() -> None:
    found = claims("Tokyo said a North Korean tanker took part in a suspected illegal cargo transfer in May. A "
                   "frigate from the Japanese navy observed three meetings between the North Korean tanker and two "
                   "other ships on May 13.\n")
    assert all("frigate" not in g for c in found for g in goods(c))
    assert all(c.supplier.country != "JP" for c in found)
    assert goods(only("Russia sold a frigate to Vietnam in 2019.\n")) == ["frigate"]
