"""Reports whose words of transfer tell an order, a duty to report or the way goods move at sea, not a transfer:
a person told in the passive to buy goods, states asked to notify a committee of imports, a ship named as the
way fuel went or as part of "ship-to-ship"; each beside a transfer told that is still read with its sides."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_an_order_told_in_the_passive_is_no_purchase() -> None:
    assert claims("Lee was reportedly directed to procure the rifles and some spare parts by two officials from "
                  "Pyongyang in 2015.\n") == []
    assert claims("The clerk said she was asked to buy the pumps by a trader in Dandong.\n") == []


def test_a_transfer_told_after_the_order_is_still_read() -> None:
    claim = only("Lee was asked to smuggle rifles to North Korea and shipped 40 rifles to Dandong in 2016.\n")
    assert claim.goods[0].description == "rifles"
    assert seen(claim) == (None, "KP", "2016")


def test_a_duty_to_notify_a_committee_of_imports_tells_no_import() -> None:
    assert claims("Under the new rules, member states are asked to notify the sanctions committee of the amount of "
                  "funds they spent buying in coal from North Korea.\n") == []


def test_a_boat_the_fuel_went_by_and_ship_to_ship_are_no_goods() -> None:
    found = claims("Sailors said the tankers met North Korean vessels and moved fuel to them via fishing boat.\n")
    assert all("boat" not in g.description for c in found for g in c.goods)
    assert claims("Laos has been found to use evasive tactics at sea, including ship-to-ship transfers, "
                  "several times.\n") == []


def test_goods_moved_ship_to_ship_are_still_read() -> None:
    claim = only("The Chinese tanker took part in ship-to-ship transfers of oil to North Korean vessels in May "
                 "2019.\n")
    assert seen(claim) == ("CN", "KP", "2019-05")
    claim = only("Russian tankers transferred diesel ship-to-ship to North Korean vessels in May 2019.\n")
    assert seen(claim) == ("RU", "KP", "2019-05")


def test_a_kind_of_transfer_given_as_an_example_or_told_as_ended_is_no_transfer() -> None:
    assert claims("The panel reports on breaches by the state, such as the import of banned items and luxury "
                  "goods.\n") == []
    assert claims("A new UN report says the import of cars into North Korea \"has largely "
                  "stopped.\"\n") == []


def test_an_example_that_tells_its_own_figure_is_still_a_transfer() -> None:
    claim = only("Customs found breaches such as the import of 300 tonnes of zinc from North Korea in May.\n")
    assert seen(claim) == ("KP", None, "2023-05")


def test_shipping_containers_the_goods_were_hidden_in_are_no_goods() -> None:
    claim = only("Police said he sent rifles to North Korea in 2019 by hiding them inside shipping containers.\n")
    assert [g.description for g in claim.goods] == ["rifles"]
    assert seen(claim) == (None, "KP", "2019")
    claim = only("The firm exported 300 shipping containers to North Korea in 2019.\n")
    assert seen(claim) == (None, "KP", "2019")
