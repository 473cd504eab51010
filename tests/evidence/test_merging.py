"""Reports of one transfer told differently are one event; different transfers, and articles telling none, are not."""

from __future__ import annotations

from typing import Any

import pytest

from sanctioneer.evidence import build_report, parse_document


def report(*texts: str) -> dict[str, Any]:
    documents = [parse_document(text.encode(), name=f"r{n}.txt") for n, text in enumerate(texts)]
    payload: dict[str, Any] = build_report(documents).to_dict()
    return payload


def one_event(*texts: str) -> dict[str, Any]:
    events = report(*texts)["events"]
    assert len(events) == 1, [(e["goods"], [s["document"] for s in e["sources"]]) for e in events]
    assert events[0]["corroboration"] == len(texts)
    return events[0]


def contradiction(event: dict[str, Any], field: str) -> list[str]:
    return sorted(str(v["value"]) for c in event["contradictions"] if c["field"] == field for v in c["values"])


def test_small_arms_may_be_the_rifles_another_report_names() -> None:
    event = one_event("date 2017-03-01\n\nNorth Korea sold rifles to Eritrea in 2016, the panel said.\n",
                      "date 2017-03-05\n\nPyongyang supplied small arms to Asmara in 2016, according to the report.\n")
    assert (event["supplier"]["country"], event["recipient"]["country"]) == ("KP", "ER")


def test_a_report_without_a_date_joins_the_dated_one_when_the_quantity_agrees() -> None:
    event = one_event(
        "date 2019-04-10\n\nNorth Korea shipped 20,000 tonnes of coal to Vietnam in March 2019.\n",
        "date 2019-04-12\n\nNorth Korea has shipped 20,000 tonnes of coal to Vietnam, officials said.\n")
    assert event["date"] == "2019-03"
    assert {"field": "quantity", "value": "20000", "documents": ["r0.txt", "r1.txt"]} in event["agreements"]


def test_quantities_that_differ_are_shown_side_by_side_in_one_event() -> None:
    event = one_event("date 2019-04-10\n\nNorth Korea shipped 20,000 tonnes of coal to Vietnam in March 2019.\n",
                      "date 2019-04-12\n\nNorth Korea shipped 25,000 tonnes of coal to Vietnam in March 2019.\n")
    assert contradiction(event, "quantity") == ["20000", "25000"]


def test_a_port_both_reports_name_is_a_fact_they_agree_on() -> None:
    # One report has no year to date the seizure by; the port, the goods and the destination agree.
    events = report(
        "date 2019-07-20\n\nThe Netherlands seized a cargo of vodka bound for North Korea at Rotterdam in March "
        "2019.\n",
        "ROTTERDAM, July 22 (Wire) - A shipment of Russian vodka destined for Pyongyang was stopped in Rotterdam "
        "earlier this year, Dutch authorities said.\n")["events"]
    assert [e["corroboration"] for e in events] == [2]


def test_a_named_car_that_left_in_one_month_and_arrived_months_later_is_one_journey() -> None:
    event = one_event(
        "date 2019-07-16\n\nTwo Mercedes-Maybach armoured limousines were shipped from Rotterdam in June 2018 and "
        "reached North Korea in October, a report by a Washington research group said.\n",
        "date 2019-07-17\n\nKim Jong Un's armoured Maybachs travelled from the Netherlands through China, Japan, South "
        "Korea and Russia before being flown to Pyongyang in October 2018, researchers found.\n")
    assert contradiction(event, "date") == ["2018-06", "2018-10"]
    assert event["date"] == "2018-06"


def test_another_car_of_a_kind_is_not_the_one_given_months_before() -> None:
    events = report(
        "date 2024-02-20\n\nVladimir Putin gave Kim Jong Un an Aurus limousine, which was delivered on February 18.\n",
        "date 2024-06-20\n\nPutin has given Kim Jong Un another Aurus limousine, the Kremlin said.\n")["events"]
    assert [e["corroboration"] for e in events] == [1, 1]


def test_an_exchange_of_gifts_told_by_one_source_and_the_gift_told_by_another_are_one_event() -> None:
    events = report(
        "date 2024-06-20\n\nPutin and Kim exchanged gifts on Wednesday: the Russian leader gave Kim an Aurus Senat "
        "limousine.\n",
        "date 2024-06-21\n\nVladimir Putin gave Kim Jong Un an Aurus limousine on June 19, the Kremlin said.\n",
    )["events"]
    cars = [e for e in events if any("Aurus" in g["description"] for g in e["goods"])
            and e["supplier"]["country"] == "RU"]
    assert [e["corroboration"] for e in cars] == [2]
    assert cars[0]["date"] == "2024-06-19"


def test_a_third_source_joins_two_that_agree_though_it_shares_less_with_one_of_them() -> None:
    event = one_event(
        "date 2018-05-10\n\nNorth Korea shipped 25,000 tonnes of coal to Indonesia in March 2018.\n",
        "date 2018-05-12\n\nNorth Korea has shipped 25,000 tonnes of coal to Indonesia, officials said.\n",
        "date 2018-05-14\n\nNorth Korean coal was delivered to Indonesia in March 2018, US prosecutors said.\n")
    assert event["date"] == "2018-03"


def test_an_undated_claim_does_not_bridge_two_dated_events() -> None:
    events = report("date 2024-02-20\n\nVladimir Putin gave Kim Jong Un an Aurus limousine on February 18.\n",
                    "date 2024-06-21\n\nVladimir Putin gave Kim Jong Un an Aurus limousine on June 19.\n",
                    "date 2024-06-25\n\nVladimir Putin has given Kim Jong Un an Aurus limousine, the Kremlin said.\n")
    assert sorted(e["corroboration"] for e in events["events"]) == [1, 2]


@pytest.mark.parametrize(("first", "second"), [
    # The same goods and year, other recipients.
    ("date 2017-03-01\n\nNorth Korea sold rifles to Eritrea in 2016.\n",
     "date 2017-03-05\n\nNorth Korea sold rifles to Syria in 2016.\n"),
    ("date 2017-03-01\n\nPyongyang sold rifles to Asmara in 2016.\n",
     "date 2017-03-05\n\nPyongyang sold small arms to Damascus in 2016.\n"),
    # The same parties and month, other goods.
    ("date 2019-04-10\n\nNorth Korea shipped coal to China in March 2019.\n",
     "date 2019-04-12\n\nNorth Korea shipped iron ore to China in March 2019.\n"),
    ("date 2019-04-10\n\nRussia gave North Korea 20 trucks in March 2019.\n",
     "date 2019-04-12\n\nRussia gave North Korea an Aurus limousine in March 2019.\n"),
    # The same goods and parties, other years.
    ("date 2019-04-10\n\nNorth Korea shipped coal to Vietnam in 2019.\n",
     "date 2019-04-12\n\nNorth Korea shipped coal to Vietnam in 2017.\n"),
    # Neither dated, and nothing but the two countries agreeing.
    ("date 2019-04-10\n\nA Taiwanese businessman arranged the sale of diesel to North Korea.\n",
     "date 2019-06-12\n\nA Taiwanese broker arranged two shipments of refined oil to Nampho.\n"),
])
def test_different_transfers_of_alike_goods_or_parties_are_different_events(first: str, second: str) -> None:
    assert [e["corroboration"] for e in report(first, second)["events"]] == [1, 1]


@pytest.mark.parametrize("text", [
    "In a speech on Friday, the foreign minister said China would never supply weapons to either side.\n",
    "North Korea wants to buy advanced fighter jets from Russia, officials believe.\n",
    "Kim Jong Un toured a fish farm that will supply seafood to Pyongyang residents.\n",
    "Ships carrying North Korean coal often switch off their transponders to hide their tracks, an explainer says.\n",
    "The Treasury imposed sanctions on three Chinese companies it accused of helping North Korea export coal.\n",
    "At a seminar for car dealers, customs officials explained how second-hand cars are resold to North Korea.\n",
    "In the 1990s North Korea exported Scud missiles to several countries in the Middle East.\n",
    "The European Union added four North Korean officials to its sanctions list for their role in the sale of arms.\n",
    "The Pyongyang bus factory produced 50 new trolleybuses this year using imported engines, KCNA said.\n",
    "All member states shall prevent the direct or indirect supply, sale or transfer to North Korea of all "
    "industrial machinery.\n",
])
def test_an_article_that_tells_no_transfer_gives_no_claim_and_no_event(text: str) -> None:
    found = report("date 2023-05-10\n\n" + text)
    assert (found["claims"], found["events"]) == ([], [])


def test_a_company_one_report_names_may_be_the_one_another_places_only_in_its_country() -> None:
    event = one_event(
        "date 2019-11-04\n\nThe tanker Kum Un San 3 took on diesel from Vitaly Shipping in 2019, the panel said.\n",
        "date 2019-11-20\n\nA Russian company delivered diesel to the North Korean tanker Kum Un San 3 in 2019, "
        "according to the report.\n")
    assert event["recipient"]["country"] == "KP"
    assert event["supplier"]["country"] == "RU"



def test_the_same_model_of_car_brought_in_the_same_year_is_one_event_where_a_car_is_not() -> None:
    # One report tells an import from Italy, the other a shipment from nowhere named: the model both name
    # is what ties them; "a limousine" in both says too little.
    event = one_event(
        "date 2020-03-02\n\nNorth Korea imported a Mercedes-Maybach S650 from Italy in November 2019, the "
        "researchers said.\n",
        "date 2020-03-04\n\nA Mercedes-Maybach S650 was shipped to North Korea in 2019, the study found.\n")
    assert (event["supplier"]["country"], event["recipient"]["country"]) == ("IT", "KP")
    events = report(
        "date 2020-03-02\n\nNorth Korea imported a limousine from Italy in November 2019, the researchers said.\n",
        "date 2020-03-04\n\nA limousine was shipped to North Korea in 2019, the study found.\n")["events"]
    assert [e["corroboration"] for e in events] == [1, 1]


def test_a_running_total_told_a_year_after_the_flow_it_counts_is_part_of_it() -> None:
    # The flow went on until its report in December at least: a count told nine months later is its running total.
    event = one_event(
        "date 2023-12-01\n\nBelarus has shipped more than 2 million mortar rounds to Laos since January, officials "
        "said.\n",
        "date 2024-09-20\n\nBelarus has sent some 5 million mortar rounds to Laos, a minister said.\n")
    assert (event["date"], event["supplier"]["country"], event["recipient"]["country"]) == ("2023-01", "BY", "LA")
    assert contradiction(event, "quantity") == ["2000000", "5000000"]


def test_two_running_totals_of_one_flow_counted_from_different_starts_are_one_event() -> None:
    event = one_event(
        "date 2024-08-28\n\nBelarus has sent 9,000 crates of mortar rounds to Laos since mid-2022, a lawmaker said.\n",
        "date 2023-11-01\n\nBelarus has shipped a million mortar rounds to Laos since August, the spy agency said.\n")
    assert (event["date"], event["supplier"]["country"], event["recipient"]["country"]) == ("2022", "BY", "LA")


def test_a_flow_that_starts_after_another_flow_was_last_told_is_another_event() -> None:
    events = report(
        "date 2021-03-01\n\nBelarus has sold mortar rounds to Laos since 2019, the panel said.\n",
        "date 2024-05-01\n\nBelarus has shipped mortar rounds to Laos since January 2023, the panel said.\n")["events"]
    assert [(e["date"], e["corroboration"]) for e in events] == [("2019", 1), ("2023-01", 1)]


def test_launchers_are_not_the_ammunition_they_fire() -> None:
    events = report(
        "date 2024-11-20\n\nBelarus exported towed howitzers and multiple rocket launchers to Laos this "
        "month, the spy agency said.\n",
        "date 2025-05-23\n\nCargo ships delivered nine million rounds of multiple rocket launcher ammunition from "
        "Belarus to Laos in 2024.\n")["events"]
    assert sorted(e["corroboration"] for e in events) == [1, 1]


def test_two_lots_weighed_far_apart_in_one_month_are_two_transfers() -> None:
    events = report("date 2021-05-10\n\nLaos sold 200 tonnes of rice to Myanmar in March, the figures showed.\n",
                    "date 2021-05-12\n\nLaos exported 2,500 tonnes of rice to Myanmar in March, customs data showed.\n")
    assert [e["corroboration"] for e in events["events"]] == [1, 1]


def test_things_counted_without_a_unit_are_not_weighed_as_lots() -> None:
    one_event("date 2021-05-10\n\nBelarus sent 40 tractors to Cuba in March, the ministry said.\n",
              "date 2021-05-12\n\nBelarus delivered two consignments of tractors to Cuba in March.\n")


def test_a_count_of_many_transfers_is_not_what_one_tanker_took_on() -> None:
    events = report(
        "date 2020-02-10\n\nForeign ships transferred diesel to North Korean tankers in 2019 in about 120 "
        "transfers, an official said.\n",
        "date 2020-02-12\n\nA Togo-flagged tanker transferred diesel to the North Korean tanker Pak Yon in 2019, "
        "an official said.\n")["events"]
    assert len(events) == 2


def test_several_carriers_sailing_are_many_transfers_and_one_carrier_is_one() -> None:
    one = "About 8,000 tonnes of North Korean coal were unloaded at Haiphong in Vietnam in April from a " \
          "Panama-flagged bulk carrier, records show."
    many = report("date 2020-06-10\n\nAt least five bulk carriers sailed from Nampho in April and unloaded coal off "
                  "Haiphong in Vietnam, tracking data show.\n", f"date 2020-06-12\n\n{one}\n")["events"]
    assert len(many) == 2
    one_event("date 2020-06-10\n\nA Panama-flagged bulk carrier unloaded North Korean coal at Haiphong in Vietnam in "
              "April, tracking data show.\n", f"date 2020-06-12\n\n{one}\n")


def test_a_ship_sending_oil_to_four_other_ships_is_one_carrier() -> None:
    one_event("date 2018-01-05\n\nThe tanker Blue Finch transferred diesel to the North Korean tanker Ryong Gang 3 "
              "and to four other ships in international waters on Nov. 2.\n",
              "date 2018-01-06\n\nThe Blue Finch transferred diesel to the North Korean tanker Ryong Gang 3 on "
              "November 2, officials said.\n")


def test_a_year_one_report_gives_does_not_keep_out_a_date_near_the_month_another_gives() -> None:
    event = one_event(
        "date 2021-03-10\n\nA Bentley Mulsanne was bought from a dealer in Italy in November 2019 and shipped to "
        "North Korea, the study found.\n",
        "date 2021-03-12\n\nThe Bentley Mulsanne was sold by an Italian dealer to North Korea in 2019, the brief "
        "says.\n",
        "date 2021-03-15\n\nA Bentley Mulsanne was smuggled into North Korea in early 2020 after being bought in "
        "Italy.\n")
    assert event["date"] == "2019-11"
    assert contradiction(event, "date") == ["2019", "2019-11", "2020"]


def test_tankers_of_other_names_are_other_transfers() -> None:
    events = report(
        "date 2019-10-10\n\nOn 3 August 2019 the M/T Seahorse transferred diesel to the North Korean tanker Chon Ma "
        "San at sea.\n",
        "date 2019-10-12\n\nIn August, a Russian tanker, the Belomorye, unloaded some 3,000 tonnes of diesel at the "
        "port of Nampho, according to port records.\n")["events"]
    assert sorted(e["supplier"]["name"] for e in events) == ["Belomorye", "Seahorse"]
