"""Sides told elsewhere than the transfer's words: an unnamed firm placed by the sentence before or after, a dateline
that places no one, goods bought to be sent on, a transfer that broke a rule aimed at a country, goods shipped out of
a country by a firm of another, a country's trade told as a figure, and a shipment called legal."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen

# ---------------------------------------------------------------- a firm placed elsewhere


@pytest.mark.parametrize(("text", "country"), [
    ("A trading firm sold whisky to North Korea in 2017. The company is based in Dalian.\n", "CN"),
    ("A trading firm sold whisky to North Korea in 2017. It is registered in Hong Kong.\n", "HK"),
    ("The firm is based in Dalian. A trading firm sold whisky to North Korea in 2017.\n", "CN"),
])
def test_an_unnamed_firm_is_of_the_place_the_next_or_previous_sentence_puts_it(text: str, country: str) -> None:
    claim = only(text)
    assert seen(claim) == (country, "KP", "2017")
    assert any(e.field == "supplier" and e.sentence.text.startswith(("The", "It")) for e in claim.evidence)


def test_a_firm_is_not_placed_when_the_report_tells_of_two() -> None:
    found = claims("A trading firm sold whisky to North Korea in 2017. The firm is based in Dalian. Another firm sold "
                   "watches to Laos.\n")
    assert sorted(seen(c) for c in found) == [(None, "KP", "2017"), (None, "LA", None)]


def test_a_firm_placed_in_the_country_it_sold_to_is_no_side_of_its_own() -> None:
    assert seen(only("A trading firm sold rice to Laos in 2017. The company is based in Vientiane.\n")) == (
        None, "LA", "2017")


def test_a_firm_placed_a_paragraph_away_is_not_placed() -> None:
    assert seen(only("A trading firm sold whisky to North Korea in 2017.\n\nThe company is based in Dalian.\n")) == (
        None, "KP", "2017")


def test_a_dateline_alone_places_no_one() -> None:
    # The city a story was filed from is where the reporter was: a firm fined there may be of any country.
    claim = only("SINGAPORE (Reuters) - A trading firm was fined on Tuesday for selling whisky to North Korea.\n")
    assert (claim.supplier.country, claim.recipient.country) == (None, "KP")


def test_a_relative_clause_places_the_named_firm() -> None:
    claim = only("Sunrise Trading, which is registered in Hong Kong, sold whisky to North Korea in 2017.\n")
    assert seen(claim) == ("HK", "KP", "2017")


def test_a_named_firm_placed_in_a_later_sentence_keeps_its_name() -> None:
    claim = only("Sunrise Trading sold whisky to North Korea in 2017. Sunrise Trading is registered in Hong Kong.\n")
    assert (claim.supplier.name, claim.supplier.country) == ("Sunrise Trading", "HK")


def test_a_firm_of_a_country_named_by_its_director_is_of_that_country() -> None:
    claim = only("A director of a Singapore trading company supplied watches to North Korea in 2016.\n")
    assert seen(claim) == ("SG", "KP", "2016")


@pytest.mark.parametrize(("text", "country"), [
    ("Dandong Hengli Industrial exported trucks to North Korea in 2016.\n", "CN"),
    ("Pyongyang Sunrise Corporation sold coal to Vietnam in 2016.\n", "KP"),
])
def test_a_firm_named_first_by_its_city_is_of_that_city_s_country(text: str, country: str) -> None:
    claim = only(text)
    assert claim.supplier.country == country
    assert claim.supplier.name is not None and claim.supplier.name.split()[0] in text


def test_a_director_told_by_a_demonym_is_of_that_country() -> None:
    claim = only("The Singaporean director of two firms was charged with supplying perfumes to North Korea.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("SG", "KP")


# ---------------------------------------------------------------- bought to be sent on


def test_goods_bought_to_send_to_a_country_are_a_planned_shipment_there() -> None:
    claim = only("Mr Lee bought 45,000 cartridges to send to North Korea.\n")
    assert claim.kind == "shipment"
    assert claim.status.value == "planned"
    assert claim.recipient.country == "KP"
    assert [g.description for g in claim.goods] == ["cartridges"]


def test_goods_seized_after_being_obtained_to_send_on_are_a_planned_shipment() -> None:
    claim = only("Police seized 30,000 rounds of ammunition that the dealer had allegedly acquired to send to "
                 "North Korea.\n")
    assert (claim.recipient.country, claim.status.value) == ("KP", "planned")


def test_goods_bought_for_use_at_home_are_no_shipment() -> None:
    assert claims("Mr Lee bought rice to feed his family.\n") == []


def test_a_business_named_by_its_goods_is_no_goods() -> None:
    assert claims("The broker bought a firearms business in Dallas last year.\n") == []


# ---------------------------------------------------------------- a rule broken by the transfer


@pytest.mark.parametrize("verb", ["violating", "breaking"])
def test_sanctions_against_a_country_broken_by_supplying_goods_send_them_there(verb: str) -> None:
    claim = only(f"The man was charged with {verb} the sanctions against North Korea by selling watches in 2017.\n")
    assert seen(claim) == (None, "KP", "2017")
    assert [g.description for g in claim.goods] == ["watches"]


def test_an_embargo_broken_by_importing_goods_brings_them_from_its_country() -> None:
    assert seen(only("The trader breached the embargo on North Korea by importing coal in 2018.\n")) == (
        "KP", None, "2018")


def test_sanctions_that_would_be_broken_tell_no_transfer() -> None:
    assert claims("The firm would violate sanctions against North Korea by selling pumps.\n") == []


def test_a_person_of_the_country_among_those_charged_does_not_hide_where_the_goods_went() -> None:
    claim = only("Prosecutors in Singapore charged a local man, a North Korean and two firms on Monday with "
                 "supplying luxury handbags to North Korea.\n")
    assert claim.recipient.country == "KP"
    assert claim.supplier.country != "KP"


# ---------------------------------------------------------------- goods shipped out of a country


def test_goods_shipped_out_of_a_country_by_a_firm_of_another_come_from_that_country() -> None:
    assert seen(only("A Chinese firm shipped coal from North Korea to Vietnam in 2018.\n")) == ("KP", "VN", "2018")


def test_goods_shipped_out_of_the_firm_s_own_country_come_from_the_firm() -> None:
    claim = only("A Chinese firm shipped pumps from China to Laos in 2018.\n")
    assert seen(claim) == ("CN", "LA", "2018")


# ---------------------------------------------------------------- a country's trade as a figure


@pytest.mark.parametrize("text", [
    "North Korea's exports of coal to China rose 20 percent last year.\n",
    "North Korea's coal exports to China rose 20 percent last year.\n",
    "Exports of coal from North Korea to China rose 20 percent last year.\n",
    "China's imports of coal from North Korea rose 20 percent last year.\n",
    "North Korea tripled its coal exports to China last year.\n",
])
def test_a_trade_figure_with_both_ends_named_is_a_flow_between_them(text: str) -> None:
    claim = only(text)
    assert seen(claim) == ("KP", "CN", "2023")
    assert [g.description for g in claim.goods] == ["coal"]


def test_a_trade_figure_with_one_end_named_is_still_no_transfer() -> None:
    assert claims("Exports of chips to China rose 10 percent last year.\n") == []


# ---------------------------------------------------------------- a shipment called legal


@pytest.mark.parametrize("said", ["was legal", "was not banned"])
def test_a_shipment_called_legal_is_still_a_claim(said: str) -> None:
    claim = only(f"A shipment of flour to North Korea {said}, officials said.\n")
    assert (claim.recipient.country, claim.status.value) == ("KP", "reported")
    assert [g.description for g in claim.goods] == ["flour"]
