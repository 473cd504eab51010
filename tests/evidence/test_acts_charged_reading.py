"""Transfers told as what a party is condemned or accused of, goods whose name opens on a word for a force
("military equipment") after a verb in -ing, and arms a force was equipped with from a country."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_military_goods_after_a_verb_in_ing_are_the_goods_sent() -> None:
    claim = only("The envoys issued a joint note condemning Laos for sending military equipment and "
                 "several thousand soldiers to Belarus.\n")
    assert seen(claim)[:2] == ("LA", "BY")
    assert [g.description for g in claim.goods] == ["military equipment"]


def test_an_accusation_of_supplying_military_goods_is_an_alleged_supply() -> None:
    claim = only("Seoul accused Pyongyang of supplying military hardware to Moscow.\n")
    assert seen(claim)[:2] == ("KP", "RU")
    assert claim.kind == "supply"
    assert claim.status == "alleged"


def test_a_word_for_a_force_after_a_verb_in_ing_still_names_a_kind_of_party() -> None:
    assert claims("The shipping military of Laos held a parade.\n") == []
    assert claims("The shipping company is registered in Laos.\n") == []


def test_a_force_equipped_with_arms_from_a_country_received_them() -> None:
    claim = only("The soldiers of Laos have been equipped with rifles from North Korea, an envoy said.\n")
    assert seen(claim)[:2] == ("KP", "LA")
    assert claim.kind == "delivery"
    claim = only("The army of Laos was equipped with North Korean mortars.\n")
    assert seen(claim)[:2] == ("KP", "LA")


def test_kit_of_no_origin_or_of_no_force_tells_no_transfer() -> None:
    assert claims("The Laotian police are equipped with pistols.\n") == []
    assert claims("The tanker was equipped with Chinese radar.\n") == []


def test_an_embargo_violated_for_a_sale_tells_the_sale() -> None:
    claim = only("Prosecutors say the trader violated the embargo for selling rifles to Laos.\n")
    assert claim.recipient.country == "LA"
    assert [g.description for g in claim.goods] == ["rifles"]
    assert claims("The trader would have violated the embargo for selling rifles to Laos.\n") == []
