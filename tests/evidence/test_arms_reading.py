"""Arms transfers told the way news reports of wars, embargoes and intercepted cargoes tell them: transfers that
might be, a cargo "destined to" a country, what is found of a weapon that was fired, whom a supplier supplies,
who accuses a party of a transfer, who used goods another supplied, the day evidence was shown, a buyer told
after the cargo, a place told by a reporting official, and a group in a country told at length."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Paris and Rome voiced concern about possible Belarusian transfers of drone technology to Laos.\n",
    "Ministers voiced concern about potential Serbian deliveries of howitzers to Chad.\n",
    "Lukashenko and the Laotian premier discussed the possibility of sending Belarusian tractors to Laos.\n",
])
def test_a_transfer_that_might_be_is_none(text: str) -> None:
    assert claims(text) == []


def test_a_cargo_destined_to_a_country_goes_there() -> None:
    claim = only("Dutch marines captured a cargo ship destined to Libya carrying 12 tonnes of mortar shells in May.\n")
    assert claim.recipient.country == "LY"
    assert claim.supplier.country is None


@pytest.mark.parametrize("text", [
    "Fragments found after a strike on the city in May came from a Belarusian guided rocket, investigators said.\n",
    "Police said they had found the remnants of two Serbian rockets after the attack.\n",
    "Metal fragments of guided rockets were found in the industrial zone after the strike on Tuesday.\n",
])
def test_what_is_found_of_a_weapon_fired_is_no_seizure(text: str) -> None:
    assert claims(text) == []


def test_goods_found_are_still_seized() -> None:
    assert seen(only("Customs found 300 pistols from Serbia in a container in May.\n")) == ("RS", None, "2023-05")


@pytest.mark.parametrize("text", [
    "Belarus has been shaping up as Myanmar's leading arms supplier, reportedly providing the Burmese army with "
    "howitzers.\n",
    "Belarus, Myanmar's main arms supplier, provided the junta with howitzers in May.\n",
])
def test_whose_supplier_a_party_is_names_whom_it_supplies(text: str) -> None:
    claim = only(text)
    assert claim.supplier.country == "BY"
    assert claim.recipient.country in ("MM", None)


def test_who_accuses_a_party_is_no_side() -> None:
    claim = only("Serbia, which Britain has previously accused of supplying mortar shells to Chad's army, is a large "
                 "maker of munitions.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RS", "TD")


def test_the_party_accused_of_the_act_still_does_it() -> None:
    claim = only("Britain accused Serbia of supplying mortar shells to Chad in May.\n")
    assert seen(claim) == ("RS", "TD", "2023-05")


@pytest.mark.parametrize("text", [
    "Canada and two allies have previously accused Sudan of using Belarusian rockets and launchers supplied by Minsk "
    "in attacks against Chad.\n",
    "Sudan fired rockets supplied by Belarus at targets in Chad.\n",
])
def test_who_used_goods_another_supplied_received_them(text: str) -> None:
    claim = only(text)
    assert (claim.supplier.country, claim.recipient.country) == ("BY", "SD")


def test_the_day_evidence_was_shown_is_not_the_transfers() -> None:
    claim = only("The regional prosecutor provided further evidence on Monday that Sudan attacked Chad with rockets "
                 "supplied by Belarus.\n")
    assert claim.supplier.country == "BY"
    assert claim.date is None


@pytest.mark.parametrize("buyers", ["the buyers were the Libyans", "the buyer was Libya",
                                    "the buyers were in fact the Libyans themselves"])
def test_a_buyer_told_after_the_cargo_receives_it(buyers: str) -> None:
    found = claims("In May, the Togo-flagged freighter Sea Star was detained en route from Belarus to the Bosporus, "
                   f"carrying 3,000 pistols. A UN investigation has now uncovered that {buyers}.\n")
    assert [seen(c) for c in found] == [("BY", "LY", "2023-05")]


def test_a_buyer_of_the_suppliers_own_country_is_no_recipient() -> None:
    found = claims("In May, customs in Mombasa seized 3,000 pistols made in Serbia. Investigators later found that "
                   "the buyers were the Serbians.\n")
    assert [c.recipient.country for c in found] == [None]


def test_a_place_a_reporting_official_follows_is_still_the_place() -> None:
    claim = only("Two of the five rockets fired at the capital on Friday were provided by Belarus, a local official "
                 "has said.\n")
    assert claim.supplier.country == "BY"
    assert claim.supplier.name is None


def test_a_group_in_a_country_told_at_length_is_the_recipient() -> None:
    claim = only("Police in Mombasa seized 3,000 pistols in May that it believes came from Serbia and were meant for "
                 "the Serbian-backed Shabaab fighters in Somalia.\n")
    assert seen(claim) == ("RS", "SO", "2023-05")


def test_a_cover_told_before_the_goods_it_hides_is_no_goods() -> None:
    claim = only("Police boarded the ship and discovered, concealed under sacks of rice, a cache of more than 4,000 "
                 "hand grenades from Serbia.\n")
    assert [g.description for g in claim.goods] == ["hand grenades"]
    assert claim.supplier.country == "RS"


def test_a_seizure_ranked_among_others_is_the_one_just_told() -> None:
    found = claims("Police seized pistols from Serbia in May. It was, as a UN report later found, the largest "
                   "seizure of pistols from Serbia in years.\n")
    assert [seen(c) for c in found] == [("RS", None, "2023-05")]


def test_what_sanctions_were_imposed_for_is_no_transfer_nor_its_date() -> None:
    found = claims("Marines captured a ship carrying 15 tonnes of rockets from Serbia. In December 2009, the Security "
                   "Council imposed sanctions against Chad, which include an arms embargo and a freeze on the assets "
                   "of its leaders, for an alleged involvement in training and supplying weapons to rebels in Sudan.\n")
    assert [seen(c) for c in found] == [("RS", None, None)]


def test_used_after_a_party_is_its_verb_not_second_hand_goods() -> None:
    claim = only("Sudan used rockets supplied by Belarus.\n")
    assert [g.description for g in claim.goods] == ["rockets"]
    assert only("Chad imported used cars from Japan in May.\n").goods[0].description == "used cars"
