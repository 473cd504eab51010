"""A ship's flag, the port that holds it and the state that examines it are places and carriers, not sides; a ship
used to carry goods moved them; the ship a relative clause hands goods "to which" received them."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Officials in Vientiane are looking into a Panamanian freighter suspected of carrying North Korean coal.",
    "A Panamanian freighter carried North Korean coal.",
    "A radio station says Laos has begun to look into the Panamanian ship believed to be carrying North Korean "
    "coal.",
])
def test_a_ship_told_by_an_open_registrys_demonym_is_no_side(text: str) -> None:
    # "Panamanian" names the registry, as "Panama-flagged" would; the coal still comes from North Korea.
    assert seen(only(text)) == ("KP", None, None)


def test_a_ship_of_a_country_looked_into_still_takes_the_goods_it_carries() -> None:
    claim = only("Officials in Kuala Lumpur are looking into a North Korean vessel suspected of carrying Chinese "
                 "fertiliser.")
    assert seen(claim) == ("CN", "KP", None)


def test_a_named_ship_under_an_open_registry_keeps_its_demonym_as_the_subjects_side() -> None:
    claim = only("The Maltese tanker Aurora transferred kerosene to the Libyan-flagged Sabratha in July.")
    assert seen(claim) == ("MT", "LY", "2023-07")


@pytest.mark.parametrize("text", [
    "The tanker, held at a port in southern Japan, is suspected of supplying diesel to North Korea.",
    "The tanker, held by Japanese officials, is suspected of supplying diesel to North Korea.",
    "A case was opened against the tanker Lark, being held by Japanese authorities in Kobe port, in western Japan, "
    "on suspicion of supplying oil to North Korea.",
])
def test_the_state_or_port_holding_a_ship_is_no_supplier(text: str) -> None:
    claim = only(text)
    assert claim.supplier.country is None
    assert claim.recipient.country == "KP"


@pytest.mark.parametrize("text", [
    "The Sea Lark met a North Korean vessel to which it transferred its load of diesel.",
    "It then met up at sea with a North Korean vessel to which it transferred its cargo of diesel, two sailors said.",
])
def test_the_ship_goods_are_handed_to_in_a_relative_clause_receives_them(text: str) -> None:
    assert seen(only(text)) == (None, "KP", None)


def test_the_subject_before_the_ship_handed_to_supplies() -> None:
    assert seen(only("A Chinese tanker met a North Korean vessel, to which it transferred diesel.")) == \
        ("CN", "KP", None)


def test_goods_a_ship_was_used_to_transport_are_its_cargo() -> None:
    claim = only("The bulk carrier had been used to transport North Korean iron ore to Vietnam.")
    assert seen(claim) == ("KP", "VN", None)
    assert [g.description for g in claim.goods] == ["North Korean iron ore"]


def test_trucks_used_to_carry_missiles_are_still_no_transfer() -> None:
    assert claims("Trucks were used to carry missiles in the parade.") == []


def test_it_after_a_sentence_about_an_unnamed_ship_is_the_ship_not_a_country_it_sailed_to() -> None:
    found = claims("The 180-metre freighter had been used to transport North Korean iron ore to Vietnam, Laos and "
                   "other countries. It also delivered tractors to North Korea.")
    assert [seen(c) for c in found] == [("KP", "VN", None), (None, "KP", None)]


def test_it_after_a_country_still_stands_for_the_country() -> None:
    found = claims("Russia stepped up its trade. Last month it shipped coal to North Korea.")
    assert [seen(c) for c in found] == [("RU", "KP", "2024-02")]


def test_intelligence_a_government_obtained_is_no_goods() -> None:
    assert claims("The unflagged freighter SEA LARK has been moored in Japanese waters since May 3, following "
                  "intelligence obtained by the Japanese government tying the vessel to breaches of sanctions.") == []


def test_a_vessel_sought_to_transport_goods_is_their_carrier_not_goods() -> None:
    claim = only("A trading firm in Vladivostok is looking for a ship to transport coal from the port of Rajin to the "
                 "Chinese port of Qingdao.")
    assert [g.description for g in claim.goods] == ["coal"]
    assert claim.recipient.country == "CN"


def test_a_vessel_bought_is_still_goods() -> None:
    claim = only("North Korea bought two tankers in May.")
    assert seen(claim) == (None, "KP", "2023-05")
