"""How sentences of a report are read into claims: dates, parties and what is no transfer at all."""

from __future__ import annotations

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document


def claims_of(text: str) -> list[Claim]:
    return extract_claims(parse_document(text.encode(), name="report.txt"))


def only(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


@pytest.mark.parametrize(("words", "expected"), [
    ("since August last year", "2023-08"),
    ("in January this year", "2024-01"),
    ("last October", "2023-10"),
    ("earlier this week", "2024-10"),
    ("in September", "2024-09"),
    ("on Saturday", "2024-10-05"),
    ("last month", "2024-09"),
    ("on Friday last week", "2024-10-04"),
    ("in summer 2023", "2023"),
    ("in Q3 2023", "2023-07"),
    ("on the 5th", "2024-10-05"),
    ("on the 20th", "2024-09-20"),
    ("over the weekend", "2024-10"),
    ("last summer", "2024"),
    ("this spring", "2024"),
    ("three weeks ago", "2024-09"),
    ("a fortnight ago", "2024-09"),
    ("on 5-Oct-2024", "2024-10-05"),
    ("on 05.10.2024", None),
    ("on 25.09.2024", "2024-09-25"),
])
def test_relative_dates_resolve_against_the_reports_date(words: str, expected: str | None) -> None:
    claim = only(f"date 2024-10-08\n\nNorth Korea has shipped artillery shells to Russia {words}, officials said.\n")
    if expected is None:
        # 5 October or 10 May: numbers that read both ways give no date.
        assert claim.date is None
        return
    assert claim.date is not None and claim.date.iso() == expected
    assert claim.date_text in (words, words.removeprefix("since ").removeprefix("in ").removeprefix("on "))


def test_a_byline_closing_the_report_dates_its_relative_dates() -> None:
    claim = only("BANGKOK, Dec 14 - Thai police said a plane seized on Saturday had been carrying weapons "
                 "from North Korea.\n\nPublished 14 December 2009\n")
    assert claim.date is not None and claim.date.iso() == "2009-12-12"


def test_a_report_of_several_cases_keeps_each_country_apart() -> None:
    found = claims_of(
        "date 2018-03-16\n\n"
        "A similar arrangement existed in Tanzania, where spare parts had been delivered from Pyongyang in 2015.\n\n"
        "Patrol boats\n\n"
        "As part of the work, marine engines and other parts were reportedly shipped to Luanda.\n")
    assert [(c.recipient.country, c.status.value) for c in found] == [(None, "reported"), ("AO", "alleged")]
    assert [g.description for g in found[1].goods] == ["marine engines", "parts"]


def test_the_party_a_sentence_leaves_out_comes_from_the_transfer_told_before() -> None:
    found = claims_of(
        "date 2024-10-08\n\nNorth Korea has shipped artillery shells to Russia since August last year, the minister "
        "said. He said North Korea was likely receiving food and oil in return.\n")
    assert [(c.supplier.country, c.recipient.country, c.kind) for c in found] == [
        ("KP", "RU", "shipment"), ("RU", "KP", "exchange")]
    given = [e for e in found[1].evidence if e.field == "supplier"]
    assert given and given[0].text == "Russia"


def test_a_ship_of_one_country_sailing_from_another_is_the_recipients() -> None:
    claim = only("Panama found missiles hidden under sacks of brown sugar on a North Korean ship that sailed "
                 "from Cuba.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("CU", "KP")
    assert [g.description for g in claim.goods] == ["missiles"]


@pytest.mark.parametrize("text", [
    "For decades North Korea sold weapons and spare parts to governments that had few other suppliers.",
    "The arms embargo bans the supply of all arms to North Korea and their purchase from North Korea.",
])
def test_a_habit_or_a_rule_is_no_claim(text: str) -> None:
    assert claims_of(text + "\n") == []


def test_goods_counted_each_on_its_own_are_separate_trade_flows() -> None:
    found = claims_of("date 2018-01-24\n\nChina also exported 1,200 tonnes of rice and 300 tonnes of flour to "
                      "North Korea last month, customs data showed.\n")
    assert [(c.goods[0].description, c.goods[0].quantity, c.date.iso() if c.date else None, c.status.value)
            for c in found] == [("rice", "1200", "2017-12", "confirmed"), ("flour", "300", "2017-12", "confirmed")]


def test_a_blocked_export_is_planned_and_the_blocking_country_supplies() -> None:
    claim = only("Italy has stopped the export of two yachts that officials believe were meant for North Korea.\n")
    assert (claim.kind, claim.status.value, claim.supplier.country, claim.recipient.country) == (
        "export", "planned", "IT", "KP")


def test_what_a_country_received_is_a_delivery_to_it() -> None:
    claim = only("A member state told the panel that Myanmar had received ballistic missile systems from "
                 "North Korea.\n")
    assert (claim.kind, claim.supplier.country, claim.recipient.country) == ("delivery", "KP", "MM")


def test_an_advantage_given_is_no_gift() -> None:
    assert claims_of("The flow of shells has given Russia an important advantage on the battlefield.\n") == []


def test_a_cargo_named_first_and_its_goods_named_next_are_one_transfer() -> None:
    claim = only(
        "date 2017-10-01\n\nAn unusual cargo intercepted off Egypt's coast last year was ordered by Egyptian "
        "business executives, officials said.\n\nUnder 2,300 tonnes of iron ore, officers found more than 30,000 "
        "rocket-propelled grenades.\n\nThe grenades had been sold by North Korea to buyers in Egypt.\n")
    assert [g.description for g in claim.goods] == ["rocket-propelled grenades"]
    assert (claim.kind, claim.supplier.country, claim.recipient.country) == ("seizure", "KP", "EG")
    assert claim.date is not None and claim.date.iso() == "2016"


def test_a_date_the_next_sentence_gives_more_precisely_refines_the_transfers() -> None:
    claim = only(
        "SEOUL, Dec 29 (Yonhap) -- South Korea has seized a Hong Kong-flagged ship that transferred about 600 tons "
        "of refined petroleum to a North Korean vessel at sea in October, the customs service said on Friday.\n\n"
        "The ship entered the port of Yeosu on November 24 to load oil, and was held there after officials learned "
        "that it had moved its cargo across on October 19.\n\nPublished 29 December 2017\n")
    assert claim.date is not None and claim.date.iso() == "2017-10-19"
    assert any(e.field == "date" and e.text == "October 19" for e in claim.evidence)


@pytest.mark.parametrize(("words", "expected"), [
    ("three days ago", "2020-03-22"), ("two months ago", "2020-01"), ("since 2019", "2019"),
])
def test_spans_counted_back_resolve_against_the_reports_date(words: str, expected: str) -> None:
    claim = only(f"date 2020-03-25\n\nRussia delivered wheat to North Korea {words}, the embassy said.\n")
    assert claim.date is not None and claim.date.iso() == expected


def test_a_journey_through_several_ports_ends_where_the_goods_were_bound() -> None:
    claim = only("Two Mercedes-Maybach limousines were shipped from Rotterdam to Dalian in China, then to Osaka in "
                 "Japan, before being flown to Pyongyang, investigators said.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("NL", "KP")


def test_a_ships_own_country_supplies_what_it_carries_but_a_flag_of_convenience_does_not() -> None:
    own = only("The North Korean cargo ship Wise Honest was detained by Indonesia while carrying 25,000 tonnes of "
               "coal to Russia.\n")
    assert (own.supplier.name, own.supplier.country, own.recipient.country) == ("Wise Honest", "KP", "RU")
    flagged = only("The Togo-flagged tanker Yuk Tung was carrying 1,000 tonnes of oil to North Korea.\n")
    assert flagged.supplier.country is None and flagged.recipient.country == "KP"


def test_a_value_told_just_after_the_transfer_is_its_value() -> None:
    claim = only("date 2018-03-16\n\nHaegeumgang Trading Corporation agreed to supply portable air-defence missiles "
                 "to Mozambique in 2016. The contract was worth about $6 million.\n")
    assert claim.goods[0].value == ("6000000", "USD")
    assert any(e.field == "value" and e.text.endswith("$6 million") for e in claim.evidence)


def test_where_goods_told_without_parties_came_from_and_went_is_read_from_the_next_sentence() -> None:
    claim = only(
        "date 2017-03-02\n\nA ship stopped by Egypt in 2016 was carrying 30,000 rocket-propelled grenades, the panel "
        "said. The panel said the freighter left Haeju in July 2016 and that the munitions were meant for a "
        "recipient in Egypt. The ship was intercepted on August 11, 2016.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "EG")
    assert claim.date is not None and claim.date.iso() == "2016-07"
    assert claim.goods[0].quantity == "30000"


def test_several_dozen_is_no_count() -> None:
    claim = only("Russia delivered several dozen trucks to North Korea.\n")
    assert claim.goods[0].quantity is None


@pytest.mark.parametrize("text", [
    "The United States said the veto sent a dangerous message that Pyongyang could keep testing missiles.",
    "Critics say the loose definition has allowed Kim to keep importing Mercedes limousines through China.",
    "The panel said the seizure showed that North Korea continued to sell military equipment to Eritrea.",
])
def test_a_message_sent_or_a_trade_that_goes_on_is_no_claim(text: str) -> None:
    assert claims_of(text + "\n") == []


def test_a_sea_named_after_a_country_is_no_party() -> None:
    claim = only("Smugglers shipped 2,000 tonnes of coal from the East China Sea to North Korea.\n")
    assert claim.supplier.country is None and claim.recipient.country == "KP"


def test_a_date_of_another_story_in_the_next_paragraph_does_not_refine_a_transfer() -> None:
    found = claims_of("date 2019-05-10\n\nTextiles worth $200 million were sold by North Korean firms to Chinese "
                      "buyers last year.\n\nKim Jong Un gave President Putin a pair of Pungsan hunting dogs during his "
                      "visit in June, state media said.\n")
    assert [c.date.iso() if c.date else None for c in found] == ["2018", "2018-06"]


def events_of(*texts: str) -> list[list[str]]:
    from sanctioneer.evidence.events import merge_claims

    claims = [c for n, t in enumerate(texts) for c in extract_claims(parse_document(t.encode(), name=f"r{n}.txt"))]
    return [sorted(c.document for c in event.claims) for event in merge_claims(claims)]


def test_reports_a_few_weeks_apart_on_a_date_are_one_event_when_all_else_agrees() -> None:
    assert events_of(
        "date 2017-10-01\n\nThe rocket-propelled grenades were sold by North Korea to buyers in Egypt in August "
        "2016.\n",
        "date 2017-03-02\n\nNorth Korea shipped 30,000 rocket-propelled grenades to Egypt in July 2016.\n",
    ) == [["r0.txt", "r1.txt"]]


@pytest.mark.parametrize(("first", "second"), [
    # A transfer years before a report that does not date it is not what that report tells.
    ("date 2020-03-25\n\nRussia delivered 2,000 tonnes of flour to North Korea in January.\n",
     "date 2024-02-28\n\nRussia has sent North Korea 5,000 tonnes of flour.\n"),
    # A report cannot tell a transfer later than itself.
    ("date 2018-01-01\n\nA tanker supplied refined petroleum to North Korea.\n",
     "date 2019-03-05\n\nChina sold refined petroleum to North Korea in January.\n"),
    # Agreeing only on the supplier and a year is too little.
    ("date 2017-10-01\n\nNorth Korea sold rocket-propelled grenades to buyers in Egypt in 2016.\n",
     "date 2018-03-16\n\nNorth Korea supplied portable air-defence missiles in 2016.\n"),
])
def test_reports_of_different_times_are_different_events(first: str, second: str) -> None:
    assert len(events_of(first, second)) == 2


def test_the_author_of_a_report_is_not_the_supplier() -> None:
    claim = only("Two Maybach limousines were shipped from Rotterdam in June 2018 and reached North Korea four "
                 "months later, a report by a Washington research group said.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("NL", "KP")


def test_a_maker_denying_sales_for_a_decade_is_no_claim_of_the_country_the_goods_reached() -> None:
    assert claims_of("Daimler said it had no idea how its cars reached North Korea and that it has not sold "
                     "vehicles to the country for more than a decade.\n") == []


def test_money_in_us_dollars_names_no_party() -> None:
    claim = only("date 2019-05-10\n\nThe Wise Honest was detained in April 2018 as it carried 25,000 tonnes of coal "
                 "from the port of Nampo. Payments for the coal were made in US dollars.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", None)


def test_what_a_giver_also_gave_was_given_on_the_same_occasion() -> None:
    found = claims_of("date 2024-06-20\n\nVladimir Putin gave Kim Jong Un an Aurus limousine during his visit to "
                      "Pyongyang on Wednesday. Putin also gave Kim a tea set.\n")
    assert [c.date.iso() if c.date else None for c in found] == ["2024-06-19", "2024-06-19"]


def test_makes_named_in_a_story_of_another_year_do_not_refine_a_claim() -> None:
    found = claims_of(
        "date 2024-03-03\n\nBetween 2015 and 2017, North Korea imported more than 800 luxury vehicles from 90 "
        "countries.\n\nIn 2019, researchers traced two armoured Maybachs that had travelled from Rotterdam through "
        "five countries before they were flown to Pyongyang.\n")
    assert [(c.goods[0].description, c.supplier.country, c.recipient.country) for c in found] == [
        ("luxury vehicles", None, "KP"), ("armoured Maybachs", "NL", "KP")]


@pytest.mark.parametrize("text", [
    "Chinese traders sell it to middlemen in Taiwan and Hong Kong.",
    "North Korean ships carry coal to Chinese ports, where it is sold as Russian coal.",
])
def test_what_is_done_as_a_rule_is_no_claim(text: str) -> None:
    assert claims_of(text + "\n") == []


def test_coal_is_not_the_oil_told_before() -> None:
    found = claims_of("date 2021-09-14\n\nRussia has also been accused of supplying oil to North Korea in 2019.\n\n"
                      "The panel said North Korea exported coal worth about $370 million to China in 2019.\n")
    assert [(c.goods[0].description, c.supplier.country, c.recipient.country) for c in found] == [
        ("oil", "RU", "KP"), ("coal", "KP", "CN")]


def test_ships_hired_to_deliver_goods_are_not_the_goods() -> None:
    found = claims_of("Most of the fuel comes from China. Middlemen hired ageing tankers to deliver it to North "
                      "Korea.\n")
    assert all("tanker" not in g.description for c in found for g in c.goods)


@pytest.mark.parametrize(("worth", "expected"), [
    ("worth HK$5 million", ("5000000", "HKD")),
    ("worth S$2.3 million", ("2300000", "SGD")),
    ("worth 5 million Hong Kong dollars", ("5000000", "HKD")),
    ("worth 1.5bn yen", ("1500000000", "JPY")),
    ("worth KRW 2.5 billion", ("2500000000", "KRW")),
    ("worth US$1.2m", ("1200000", "USD")),
    ("worth $500,000", ("500000", "USD")),
])
def test_a_value_is_read_in_the_currency_the_report_writes(worth: str, expected: tuple[str, str]) -> None:
    claim = only(f"date 2019-11-20\n\nA Chinese company sold 20 cars {worth} to North Korea in May 2019.\n")
    assert claim.goods[0].value == expected


@pytest.mark.parametrize(("verb", "kind"), [
    ("traded", "sale"), ("ferried", "shipment"), ("trucked", "shipment"), ("transshipped", "shipment"),
    ("leased", "supply"), ("loaned", "supply"), ("funnelled", "shipment"), ("sneaked", "smuggling"),
])
def test_words_of_trade_and_carriage_tell_a_transfer_of_their_kind(verb: str, kind: str) -> None:
    claim = only(f"date 2023-05-10\n\nA Chinese company {verb} 20 trucks to North Korea in March.\n")
    assert (claim.kind, claim.supplier.country, claim.recipient.country) == (kind, "CN", "KP")


@pytest.mark.parametrize(("text", "status"), [
    ("A Chinese company pleaded guilty to selling 20 trucks to North Korea in March.", "confirmed"),
    ("A Chinese company was convicted of selling 20 trucks to North Korea in March.", "confirmed"),
    ("Satellite images suggest a Chinese company sold 20 trucks to North Korea in March.", "alleged"),
    ("A Chinese company attempted to ship 20 trucks to North Korea in March.", "reported"),
    ("A Chinese company planned to ship 20 trucks to North Korea in March.", "planned"),
    ("A Chinese company is expected to sell 20 trucks to North Korea in March.", "planned"),
])
def test_how_sure_the_report_is_gives_the_claims_status(text: str, status: str) -> None:
    claim = only(f"date 2023-05-10\n\n{text}\n")
    assert (claim.status.value, claim.supplier.country, claim.recipient.country) == (status, "CN", "KP")
    assert claim.goods[0].description == "trucks"


@pytest.mark.parametrize(("text", "sides"), [
    ("A Dalian-based firm sold 20 trucks to the DPRK in March.", ("CN", "KP")),
    ("A Taiwan-based broker sold 20 trucks to North Korea in March.", ("TW", "KP")),
    ("A Singapore-registered company shipped liquor to North Korea in March.", ("SG", "KP")),
    ("Myanmar's military bought rockets from Pyongyang in March.", ("KP", "MM")),
])
def test_where_a_body_is_based_and_whose_body_it_is_name_its_country(text: str, sides: tuple[str, str]) -> None:
    claim = only(f"date 2023-05-10\n\n{text}\n")
    assert (claim.supplier.country, claim.recipient.country) == sides


def test_a_bodys_trade_in_general_is_still_no_transfer() -> None:
    assert claims_of("date 2023-05-10\n\nChina's total exports to North Korea fell in March.\n") == []


@pytest.mark.parametrize(("amount", "quantity", "unit"), [
    ("two dozen trucks", "24", None),
    ("800kg of gold", "800", "kg"),
    ("1.5 million barrels of oil", "1500000", "barrels"),
])
def test_a_quantity_is_read_as_the_report_writes_it(amount: str, quantity: str, unit: str | None) -> None:
    claim = only(f"date 2023-05-10\n\nA Chinese company sold {amount} to North Korea in March.\n")
    assert (claim.goods[0].quantity, claim.goods[0].unit) == (quantity, unit)


@pytest.mark.parametrize(("text", "goods", "sides"), [
    ("North Korea took delivery of 20 trucks from China in March.", "trucks", ("CN", "KP")),
    ("A North Korea-bound cargo of steel was seized in Busan in March.", "steel", (None, "KP")),
    ("Russia has sent North Korea wheat in March.", "wheat", ("RU", "KP")),
])
def test_the_recipient_written_before_the_goods_is_read_as_such(text: str, goods: str,
                                                               sides: tuple[str | None, str]) -> None:
    claim = only(f"date 2023-05-10\n\n{text}\n")
    assert (claim.goods[0].description, claim.supplier.country, claim.recipient.country) == (goods, *sides)


@pytest.mark.parametrize("goods", ["semiconductors", "integrated circuits", "night-vision goggles", "sea cucumbers"])
def test_goods_reports_name_make_a_claim(goods: str) -> None:
    claim = only(f"date 2023-05-10\n\nA Chinese company sold {goods} to North Korea in March.\n")
    assert (claim.goods[0].description, claim.supplier.country, claim.recipient.country) == (goods, "CN", "KP")
