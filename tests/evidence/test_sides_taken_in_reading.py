"""Sides told by how goods came in: a country "shipping in" goods takes them in, from each country listed after
"from"; and the North Korean side, the only one told, of a transfer of fuel at sea takes the fuel."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_shipped_in_go_to_who_ships_them_in_from_each_country_listed() -> None:
    found = claims("North Korea has been adding to its fuel stocks by shipping in diesel from China and Russia "
                   "since March, a monitor said.\n")
    assert sorted(seen(c) for c in found) == [("CN", "KP", "2024-03"), ("RU", "KP", "2024-03")]
    assert all([g.description for g in c.goods] == ["diesel"] for c in found)


def test_goods_shipped_in_from_one_country_go_to_the_subject() -> None:
    claim = only("Vietnam has been shipping in large amounts of rice from Thailand since March.\n")
    assert seen(claim)[:2] == ("TH", "VN")


def test_goods_shipped_in_a_month_keep_their_sides() -> None:
    claim = only("China shipped coal to North Korea in March.\n")
    assert seen(claim) == ("CN", "KP", "2024-03")


def test_the_lone_north_korean_side_of_a_fuel_transfer_at_sea_takes_the_fuel() -> None:
    claim = only("Satellite pictures showed North Korea engaging in a ship-to-ship transfer of diesel off Nampo in "
                 "May.\n")
    assert seen(claim) == (None, "KP", "2023-05")


def test_the_lone_north_korean_side_of_a_coal_transfer_at_sea_gives_the_coal() -> None:
    claim = only("Satellite pictures showed North Korea engaging in a ship-to-ship transfer of coal off Nampo in "
                 "May.\n")
    assert seen(claim)[0] == "KP"


def test_a_north_korean_ship_that_passes_fuel_to_another_keeps_its_side() -> None:
    claim = only("The North Korean tanker Sea Lark transferred diesel to the Chinese tanker Dong Feng in May.\n")
    assert seen(claim) == ("KP", "CN", "2023-05")


def test_ships_sent_abroad_to_fetch_goods_bring_them_to_who_sent_them() -> None:
    claim = only("A Tokyo paper reported that North Korea had sent several tankers to the Russian port of Nakhodka "
                 "in May to smuggle diesel.\n")
    assert seen(claim) == ("RU", "KP", "2023-05")
    assert [g.description for g in claim.goods] == ["diesel"]


def test_ships_sent_to_buy_goods_are_no_goods() -> None:
    claim = only("North Korea sent two freighters to China in May to buy fertilizer.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")
    assert [g.description for g in claim.goods] == ["fertilizer"]


def test_ships_sent_with_no_errand_are_still_the_goods() -> None:
    claim = only("China sent two tankers to North Korea in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")


def test_a_north_korean_ship_met_at_sea_to_sell_fuel_buys_it() -> None:
    claim = only("Prosecutors said the tanker met a North Korean ship several times on the high seas to sell diesel "
                 "to the regime.\n")
    assert seen(claim)[1] == "KP"
    assert claim.supplier.country != "KP"
