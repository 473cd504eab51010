"""Reading rules for forms of report a further round of dev reports brought: a blanket denial of a trade, dates
of a denial or of a ban, a day beside a count, goods measured by weight, packing, purpose and relative clauses."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import ClaimStatus
from sanctioneer.evidence.document import parse_document
from sanctioneer.evidence.published import find_published
from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Angola has never bought weapons or ammunition from North Korea, the defence minister said on Friday.",
    "\"Laos does not and has never imported arms from the DPRK,\" the foreign minister told reporters.",
])
def test_a_trade_in_goods_named_by_their_field_told_only_as_never_having_happened_is_no_claim(text: str) -> None:
    assert claims(text + "\n") == []


def test_a_negated_transfer_of_named_goods_is_still_a_denied_claim() -> None:
    claim = only("The company said it had not sold the two limousines to North Korea in 2019.\n")
    assert claim.status is ClaimStatus.DENIED
    assert [g.description for g in claim.goods] == ["limousines"]


def test_the_day_a_denial_was_made_and_the_day_a_ban_began_are_not_the_transfers() -> None:
    claim = only("A Macau trading firm on Monday denied that its lorries had delivered rolled steel to North Korea. "
                 "UN resolutions have banned sales of steel to North Korea since December 2017.\n")
    assert claim.status is ClaimStatus.DENIED
    assert claim.date is None


def test_a_transfer_dated_at_its_start_and_a_later_arrival_begins_at_the_start() -> None:
    claim = only("On 4 March 2023, 20 jet skis were loaded in Qingdao, China, and unloaded at Nampho six days later.\n")
    assert seen(claim) == ("CN", "KP", "2023-03-04")
    assert claim.goods[0].quantity == "20"


@pytest.mark.parametrize(("text", "quantity"), [
    ("On 9 May 2022, 30 pianos were shipped from Dalian to Nampho.", "30"),
    ("The freighter unloaded 600 tonnes of sugar at Nampho on Oct. 7, 2021.", "600"),
])
def test_a_day_of_a_month_is_no_count(text: str, quantity: str) -> None:
    assert only(text + "\n").goods[0].quantity == quantity


def test_goods_measured_each_with_a_weight_are_each_a_claim_also_when_the_weight_has_a_comma() -> None:
    found = claims("Russia sold North Korea 4,500 tonnes of wheat and 11,000 tonnes of fertiliser in May, and "
                   "8,000 tonnes of maize were sent by rail to Tumangang.\n")
    assert sorted((c.goods[0].description, c.goods[0].quantity, *seen(c)) for c in found) == [
        ("fertiliser", "11000", "RU", "KP", "2023-05"),
        ("maize", "8000", "RU", "KP", "2023-05"),
        ("wheat", "4500", "RU", "KP", "2023-05"),
    ]


def test_what_a_weight_measures_is_goods_where_no_gazetteer_names_it() -> None:
    found = claims("A Chinese broker shipped 30 tonnes of dried bracken and 9 tonnes of pine nuts from Dandong to "
                   "South Korea in April.\n")
    assert sorted(c.goods[0].description for c in found) == ["dried bracken", "pine nuts"]


def test_what_holds_the_goods_and_what_they_are_for_are_not_the_goods() -> None:
    packed = only("The mushrooms were trucked from North Korea to Dandong, repacked in Chinese cartons and shipped "
                  "to Incheon in May.\n")
    assert [g.description for g in packed.goods] == ["mushrooms"]
    assert claims("Customs stopped a trader trying to export a device that can be used in developing missiles to "
                  "Iran last week.\n") == []


def test_the_verb_of_a_relative_clause_on_the_subject_is_not_the_transfer() -> None:
    claim = only("The company that carried the yachts, Blue Ocean Lines, had earlier transported iron ore from "
                 "Chongjin to Dalian in 2018.\n")
    assert [g.description for g in claim.goods] == ["iron ore"]
    assert seen(claim) == ("KP", "CN", "2018")


def test_goods_described_as_promised_that_arrived_were_delivered() -> None:
    claim = only("A tanker carrying the first 5,000 tons of fuel oil promised to North Korea arrived at Rajin "
                 "on Saturday.\n")
    assert claim.status is ClaimStatus.REPORTED


def test_a_relative_clause_that_hedges_what_the_goods_were_for_does_not_hedge_the_transfer() -> None:
    claim = only("A court found that the firm had sold 90 steel cylinders that could have been used to build "
                 "centrifuges to North Korea in 2011.\n")
    assert claim.status is ClaimStatus.CONFIRMED


def test_an_excerpt_dated_at_the_end_of_its_first_line_is_dated_so() -> None:
    text = ("Excerpt from the midterm report of the Panel of Experts established pursuant to resolution 1874 "
            "(2009), 5 September 2019\n\nBody.\n")
    found = find_published(text)
    assert found is not None and found.date.isoformat() == "2019-09-05"
    assert parse_document(text.encode(), name="excerpt.txt").date.isoformat() == "2019-09-05"


@pytest.mark.parametrize(("text", "expected"), [
    # Who the goods went to may be the subject of a relative clause that tells what it sent back or sold on.
    ("Belarus delivered tractors to North Korea, which in return sent apples.",
     [("apples", "KP", "BY"), ("tractors", "BY", "KP")]),
    ("China sold diesel to North Korea, which then sold it to Russia.",
     [("diesel", "CN", "KP"), ("diesel", "KP", "RU")]),
    # Who sold goods that were found later is their supplier, the finding told after the sale.
    ("The pistols that North Korea sold to Uganda in 2015 were found in Kampala.", [("pistols", "KP", "UG")]),
])
def test_the_subject_of_a_relative_clause_and_a_later_finding(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = claims(text + "\n")
    assert sorted((c.goods[0].description, c.supplier.country, c.recipient.country) for c in found) == expected


@pytest.mark.parametrize(("text", "supplier"), [
    # The police or prosecutors of a country, named by its demonym, are of that country as its name would be.
    ("Italian police arrested a broker for selling two yachts to North Korea.", "IT"),
    ("Dutch prosecutors charged two men with shipping vodka to North Korea in 2019.", "NL"),
    ("Police in Osaka arrested two men on suspicion of exporting cosmetics to North Korea via China.", "JP"),
])
def test_who_arrested_or_charged_the_seller_names_the_sellers_country(text: str, supplier: str) -> None:
    claim = only(text + "\n")
    assert (claim.supplier.country, claim.recipient.country) == (supplier, "KP")


def test_a_goods_word_before_people_or_an_event_describes_them() -> None:
    found = claims("North Korean women's football players wore boots donated by a Chinese sponsor.\n")
    assert not any("football" in g.description for c in found for g in c.goods)
    claim = only("Belarusian arms dealers sold 300 rifles to Sudan in 2016.\n")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_who_caught_or_made_goods_that_were_received_supplied_them() -> None:
    claim = only("Processors in China received crab caught by North Korean boats in 2023.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country != "KP"


@pytest.mark.parametrize(("text", "expected"), [
    # A deal of barter says how goods were paid for; the verb says which way they went.
    ("Moscow acquired the rockets from Pyongyang through a barter deal in 2023.", [("rockets", "KP", "RU")]),
    # Goods exchanged "for" other goods: each went its own way.
    ("North Korea and Russia exchanged rockets for wheat in 2023.", [("rockets", "KP", "RU"), ("wheat", "RU", "KP")]),
])
def test_goods_bartered_go_the_way_the_words_tell(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = claims(text + "\n")
    assert sorted((c.goods[0].description, c.supplier.country, c.recipient.country) for c in found) == expected


def test_a_verb_before_the_goods_is_not_a_kind_of_goods_and_years_of_supply_are_a_habit() -> None:
    claim = only("Skiers at Kalma use lifts that were bought from a Swiss company in 2014.\n")
    assert [g.description for g in claim.goods] == ["lifts"]
    assert claims("The company has supplied buses to North Korea for twenty years.\n") == []


def test_goods_of_one_country_seized_from_a_ship_of_another_were_going_to_the_ships_country() -> None:
    claim = only("Panama seized Cuban radar parts from a North Korean ship in July 2013.\n")
    assert seen(claim) == ("CU", "KP", "2013-07")
