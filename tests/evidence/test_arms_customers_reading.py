"""Arms sold far from home, the way reports of a supplier's customers tell them: a delivery taken "today", a paper a
news agency obtained, the year an admission was made, a newspaper named after a day, a denial of something else than
a transfer, a sentence opened by the country it is about, and a firm told by its people's adjective."""

from __future__ import annotations

import pytest

from sanctioneer.evidence.claims import ClaimStatus
from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "Chad took delivery today of 12 howitzers from Serbia when a freighter docked at Douala, officials said.\n",
    "Chad took delivery last week of 12 howitzers from Serbia.\n",
])
def test_who_took_delivery_received_the_goods(text: str) -> None:
    claim = only(text)
    assert (claim.supplier.country, claim.recipient.country) == ("RS", "TD")
    assert claim.kind == "delivery"


def test_a_report_a_news_agency_obtained_is_no_goods() -> None:
    assert claims("The experts told the Security Council in a report obtained Friday by a news agency that Laos has "
                  "finished building a second site for long-range rockets.\n") == []


def test_the_year_of_an_admission_does_not_date_what_it_admits() -> None:
    claim = only("In 2011, the Chadian army chief openly acknowledged that his country obtained howitzers from Serbia "
                 "during the civil war.\n")
    assert seen(claim) == ("RS", "TD", None)


def test_a_day_that_names_a_newspaper_is_no_date() -> None:
    claim = only("Chad has bought Serbian-made howitzers, the Sunday Herald reported.\n")
    assert claim.recipient.country == "TD"
    assert claim.date is None


@pytest.mark.parametrize("later", [
    "Chad's government has repeatedly denied allegations that its troops fired nerve agents.\n",
    "Chad has long faced accusations that its army backed rebels in Niger, accusations it flatly denies.\n",
])
def test_a_denial_of_something_else_leaves_the_transfer_as_reported(later: str) -> None:
    claim = only("A confidential report found that Serbia has been shipping valves and pipes to Chad.\n\n" + later)
    assert claim.status is not ClaimStatus.DENIED


def test_a_denial_that_names_a_transfer_still_denies_it() -> None:
    claim = only("Serbia shipped rifles to Chad in May. Serbia denied allegations that it had sent weapons to Chad.\n")
    assert claim.status is ClaimStatus.DENIED


@pytest.mark.parametrize("text", [
    "Serbia shipped rifles to Chad. In Niger, it signed a $4 million contract to supply howitzers and radar.\n",
    "Serbia shipped rifles to Chad. Regarding Niger, the panel is looking into the sale of howitzers by a trading "
    "house to Niger Arms.\n",
])
def test_the_country_a_sentence_opens_on_is_where_the_goods_went(text: str) -> None:
    second = claims(text)[-1]
    assert second.supplier.country != "NE"
    assert second.recipient.country == "NE"


def test_a_country_opening_the_sentence_as_a_date_does_not_move() -> None:
    assert seen(only("In May, Serbia sold rifles to Chad.\n")) == ("RS", "TD", "2023-05")


@pytest.mark.parametrize(("text", "sides"), [
    ("The North Korean Kumsan Trading Corporation sold anti-aircraft missiles to Chad.\n", ("KP", "TD")),
    ("Serbian Dunav Trading Corporation sold howitzers to Chad.\n", ("RS", "TD")),
    ("The Serbian Dunav Corporation sold howitzers to Chad.\n", ("RS", "TD")),
])
def test_a_firm_told_by_its_peoples_adjective_is_of_that_country(text: str, sides: tuple[str, str]) -> None:
    claim = only(text)
    assert (claim.supplier.country, claim.recipient.country) == sides


def test_a_country_that_begins_a_firms_own_name_stays_in_it() -> None:
    claim = only("Korea Kumsan Trading Corporation sold missiles to Syria.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "SY")


@pytest.mark.parametrize(("text", "recipient"), [
    ("A cargo plane full of rockets seized last year was heading from Serbia to Hezbollah, the Lebanese militia, the "
     "minister said.\n", "LB"),
    ("Serbia sold rifles to a Libyan militia in May.\n", "LY"),
    ("A Syrian rebel group bought mortars from Serbia.\n", "SY"),
])
def test_an_armed_group_told_by_its_country_is_of_it(text: str, recipient: str) -> None:
    claim = only(text)
    assert (claim.supplier.country, claim.recipient.country) == ("RS", recipient)


def test_goods_given_to_a_body_of_the_country_a_sentence_opens_on_go_there() -> None:
    claim = only("In Chad, Serbia is accused of providing 9 mm pistols to the presidential guard, some of which were "
                 "later sent to a peacekeeping mission in the Central African Republic.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RS", "TD")


@pytest.mark.parametrize(("text", "count"), [
    ("Serbia supplied 9 mm pistols to Chad in May.\n", None),
    ("Customs found 122 mm rockets bound for Chad.\n", None),
    ("Serbia supplied 500 9 mm pistols to Chad in May.\n", "500"),
])
def test_a_calibre_is_no_count(text: str, count: str | None) -> None:
    assert only(text).goods[0].quantity == count


def test_a_load_that_hid_the_goods_is_no_shipment_of_its_own() -> None:
    assert claims("On Wednesday Niger made France back down in public after the finding of rockets concealed "
                  "beneath a load of sugar caused an outcry in Paris.\n") == []


def test_goods_in_containers_shipped_are_still_shipped() -> None:
    assert seen(only("The rifles were hidden inside containers shipped from Serbia to Chad.\n"))[:2] == ("RS", "TD")


@pytest.mark.parametrize("text", [
    "The source said Chad and Serbia have launched talks on another rifle shipment.\n",
    "Officials from both sides held talks about a further howitzer sale to Chad.\n",
])
def test_talks_on_a_shipment_tell_none(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "Missile parts are thought to have been transferred between Serbia and Chad aboard commercial flights.\n",
    "Missile parts were traded between Serbia and Chad.\n",
])
def test_goods_moved_between_two_countries_went_each_way(text: str) -> None:
    assert sorted((c.supplier.country, c.recipient.country) for c in claims(text)) == [("RS", "TD"), ("TD", "RS")]


def test_cargo_carried_between_two_countries_names_no_goods_moved() -> None:
    text = "The tonnage of cargo shipped by rail between Serbia and Chad has grown fivefold this year.\n"
    assert claims(text) == []


def test_months_between_which_goods_were_shipped_are_no_sides() -> None:
    assert seen(only("Serbia shipped rifles to Chad between March and May.\n")) == ("RS", "TD", "2023-03")
