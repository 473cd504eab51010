"""Reports of petroleum and fuel reaching North Korea: yearly figures told in turn, and the words that point
back to the fuel just named."""

from __future__ import annotations

from tests.evidence.reading import claims, seen


def test_such_a_product_is_another_lot_of_the_fuel_just_named() -> None:
    found = claims("Chile reported that it had sold 40,000 barrels of refined petroleum to North Korea "
                   "in 2018. It had sold 65,000 barrels of such a product during 2019.\n")
    assert [[g.description for g in c.goods] for c in found] == [["refined petroleum"], ["refined petroleum"]]
    assert [seen(c) for c in found] == [("CL", "KP", "2018"), ("CL", "KP", "2019")]


def test_the_same_product_keeps_the_sides_of_the_lot_before() -> None:
    found = claims("Beijing sold 400 tons of diesel to Pyongyang in 2021. In 2022 it sold 250 tons of the same "
                   "product to Pyongyang.\n")
    assert [[g.description for g in c.goods] for c in found] == [["diesel"], ["diesel"]]
    assert [seen(c)[:2] for c in found] == [("CN", "KP"), ("CN", "KP")]


def test_tankers_that_left_a_port_with_fuel_and_headed_home_bring_it_home() -> None:
    found = claims("Three North Korean tankers that left Russia loaded with diesel in June 2023 then headed for "
                   "their homeland.\n")
    assert [seen(c) for c in found] == [("RU", "KP", "2023-06")]


def test_ships_of_the_supplier_going_home_name_no_recipient() -> None:
    found = claims("A Russian tanker that left Nakhodka with diesel in March sailed back to its home port.\n")
    assert all(c.recipient.country != "RU" for c in found)


def test_it_had_last_shipped_is_the_country_told_before() -> None:
    found = claims("Moscow sent gasoline to Pyongyang in January for the first time in three years. It had last "
                   "shipped 400 barrels of gasoline to Pyongyang in May 2021.\n")
    assert [seen(c) for c in found][-1] == ("RU", "KP", "2021-05")


def test_a_bare_count_for_another_month_is_another_lot() -> None:
    found = claims("Beijing reported exporting 30,000 barrels of diesel to Pyongyang in 2023. Beijing reported "
                   "supplying 12,000 barrels for February 2024.\n")
    assert [seen(c) for c in found] == [("CN", "KP", "2023"), ("CN", "KP", "2024-02")]
    assert [g.description for g in found[1].goods] == ["diesel"]
