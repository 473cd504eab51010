"""One transfer told by several reports is one event; the dates and goods each report gives are read as its own.

Reports of one transfer differ in their words: one names the leaders, another the countries; one says
"handed over", another "supplied"; one dates the day, another the month. Their claims merge when goods,
direction and time agree. A date a report gives another lot, or the last time before, is not the transfer's.
"""

from __future__ import annotations

from typing import Any

from sanctioneer.evidence import build_report, parse_document

from .reading import claims, only, seen


def events(*texts: str) -> list[dict[str, Any]]:
    documents = [parse_document(text.encode(), name=f"r{n}.txt") for n, text in enumerate(texts)]
    found: list[dict[str, Any]] = build_report(documents).to_dict()["events"]
    return found


def test_a_leader_handing_over_on_a_day_and_a_country_supplying_in_that_month_are_one_event() -> None:
    (event,) = events(
        "date 2025-02-20\n\nBelarusian President Alexander Lukashenko handed over a combine harvester to Nicaraguan "
        "President Daniel Ortega on Sunday.\n",
        "date 2025-02-25\n\nBelarus supplied a combine harvester to Nicaragua in February, Managua said.\n")
    assert event["corroboration"] == 2
    assert event["date"] == "2025-02-16"


def test_a_missile_and_missiles_are_goods_named_in_the_same_words() -> None:
    (event,) = events(
        "date 2025-03-12\n\nThe opposition condemned the missile transfer from Belarus to Sudan.\n",
        "date 2025-03-08\n\nSudan attacked the border town on March 3 with missiles supplied by Belarus, officials "
        "said.\n")
    assert event["corroboration"] == 2


def test_shells_and_missiles_between_the_same_countries_in_the_same_month_are_two_transfers() -> None:
    found = events("date 2025-02-20\n\nBelarus supplied artillery shells to Sudan in February.\n",
                   "date 2025-02-25\n\nBelarus supplied cruise missiles to Sudan in February.\n")
    assert len(found) == 2


def test_a_report_of_shells_and_missiles_may_be_the_one_another_tells_of_missiles() -> None:
    (event,) = events("date 2025-02-20\n\nBelarus supplied artillery shells and missiles to Sudan in February.\n",
                      "date 2025-02-25\n\nBelarus supplied cruise missiles to Sudan in February.\n")
    assert event["corroboration"] == 2


def test_the_same_goods_going_the_other_way_are_another_transfer() -> None:
    found = events("date 2025-02-20\n\nBelarus supplied combine harvesters to Nicaragua in February.\n",
                   "date 2025-02-25\n\nNicaragua supplied combine harvesters to Belarus in February.\n")
    assert len(found) == 2


def test_the_first_seizure_since_a_date_is_not_dated_by_it() -> None:
    found = claims("The coast guard seized drone parts bound for Syria from a Turkish freighter. Customs said it was "
                   "the first seizure of drone parts bound for Syria since March 2021.")
    assert all(c.date is None for c in found), [seen(c) for c in found]


def test_the_first_seizure_since_the_start_of_a_war_is_not_dated_by_it() -> None:
    claim = only("Police in Georgia seized rifles bound for Armenia, the first such seizure since the start of the "
                 "fighting in October 2020.")
    assert claim.date is None


def test_the_year_of_another_lot_counted_on_its_own_does_not_date_the_transfer() -> None:
    first, earlier = claims("Belarus gave Venezuela 12 tractors. In 2021, Venezuela received 40 of the prized "
                            "tractors.")
    assert first.date is None
    assert earlier.date is not None and earlier.date.iso() == "2021"


def test_such_goods_also_sent_in_another_year_are_another_transfer() -> None:
    first, earlier = claims("Minsk gave Havana a fleet of buses. In 2021, Belarus also sent Cuba 50 such buses.")
    assert first.date is None and first.goods[0].quantity is None
    assert earlier.date is not None and earlier.date.iso() == "2021"


def test_short_range_missiles_are_no_shorts() -> None:
    claim = only("Venezuela has received short-range missiles from Belarus.")
    assert [g.description for g in claim.goods] == ["short-range missiles"]


def test_a_threat_to_respond_to_any_transfer_tells_none() -> None:
    assert claims("The European Union threatened in May to respond to any Belarusian drone transfer to Sudan.") == []


def test_the_day_of_an_announcement_is_not_the_transfers() -> None:
    found = claims("Belarus shipped drones to Sudan, an accusation Minsk denied. The Feb. 4 announcement was the "
                   "first time Sudan named the drones.")
    assert found and all(c.date is None for c in found), [seen(c) for c in found]


def test_goods_seized_from_a_boat_in_international_waters_are_no_ship_to_ship_transfer() -> None:
    claim = only("Navy forces seized rifles bound for Libya from a fishing boat in international waters off Malta.")
    assert claim.kind == "seizure"


def test_live_coverage_of_a_race_is_no_goods() -> None:
    assert claims("State radio gave live coverage of the horse trials in Ashgabat.") == []


def test_goods_named_in_an_aside_keep_the_year_told_after_it() -> None:
    for text in ('Mongolian leader Bat Erdene received two white Akitas — named "Sora" and "Umi" — from Japan in '
                 '2019 on a state visit.',
                 "Bat Erdene received two white Akitas, named Sora and Umi, from Japan in 2019."):
        assert only(text).date is not None and only(text).date.iso() == "2019"  # type: ignore[union-attr]


def test_a_zoo_named_after_a_capital_is_of_that_country() -> None:
    found = only("The minister delivered over 40 animals to the Havana Zoo, the ministry said.")
    assert (found.recipient.name, found.recipient.country) == ("Havana Zoo", "CU")


def test_a_tanker_named_after_a_comma_is_the_supplier() -> None:
    found = only("In May, a Russian tanker, the Belomorye, unloaded 2,000 tonnes of diesel at Nampho.")
    assert (found.supplier.name, found.supplier.country, found.recipient.country) == ("Belomorye", "RU", "KP")


def test_a_ship_named_in_capitals_by_one_report_and_in_title_case_by_another_is_one_party() -> None:
    (event,) = events(
        "date 2025-05-20\n\nThe freighter SEA LARK carried Belarusian potash to Sudan in April, officials said.\n",
        "date 2025-05-22\n\nThe Sea Lark, a freighter, carried potash from Belarus to Sudan in April.\n")
    assert event["corroboration"] == 2


def test_a_firm_named_without_its_legal_form_by_one_report_is_the_firm_another_names_in_full() -> None:
    (event,) = events(
        "date 2025-05-20\n\nJSC Northern Grain Company sold wheat to Sudan in April, officials said.\n",
        "date 2025-05-28\n\nNorthern Grain Company exported wheat to Sudan in April.\n")
    assert event["corroboration"] == 2


def test_two_firms_sharing_only_a_word_of_their_names_are_two_suppliers() -> None:
    found = events("date 2025-05-20\n\nNorthern Grain Company sold wheat to Sudan in April.\n",
                   "date 2025-05-28\n\nSouthern Grain Company sold wheat to Sudan in April.\n")
    assert len(found) == 2


def test_a_transfer_dated_to_a_month_may_be_told_undated_a_little_over_a_year_after_its_first_day() -> None:
    (event,) = events(
        "date 2025-05-09\n\nBelarus shipped potash by the freighter Sea Lark to Sudan in April 2024, officials said.\n",
        "date 2025-05-09\n\nBelarus shipped potash by the freighter Sea Lark to Sudan, the coast guard said.\n")
    assert event["corroboration"] == 2


def test_coal_shipped_from_one_country_on_days_three_days_apart_is_one_shipment() -> None:
    (event,) = events(
        "date 2025-04-20\n\nA freighter carrying Belarusian coal docked at Port Sudan on April 13, officials said.\n",
        "date 2025-04-16\n\nBelarus shipped coal to Sudan on April 10, the ministry said.\n")
    assert event["corroboration"] == 2


def test_undated_coal_between_the_same_countries_told_half_a_year_apart_is_two_shipments() -> None:
    found = events("date 2025-06-20\n\nBelarus shipped coal to Sudan, port officials said.\n",
                   "date 2025-12-27\n\nBelarus shipped coal to Sudan, customs said.\n")
    assert len(found) == 2


def test_a_transfer_dated_only_to_a_year_is_not_what_a_report_tells_undated_twenty_months_later() -> None:
    found = events("date 2025-03-16\n\nBelarus supplied radar parts to Sudan in 2023, officials said.\n",
                   "date 2024-09-08\n\nBelarus delivered radar parts to Sudan, the ministry said.\n")
    assert len(found) == 2


def test_two_reports_about_one_tanker_merge_though_neither_dates_the_oil() -> None:
    found = events(
        "date 2023-05-02\n\nPolice held the tanker Silver Heron at Incheon. The Silver Heron is suspected of "
        "transferring refined oil to North Korea.\n",
        "date 2023-05-03\n\nThe tanker Silver Heron left Incheon on Tuesday after the Silver Heron crew were "
        "questioned. Investigators said the ship sold refined oil to North Korea.\n")
    (event,) = [e for e in found if e["corroboration"] == 2]
    assert event["recipient"]["country"] == "KP"


def test_a_ship_told_years_later_in_court_is_the_one_dated_before() -> None:
    found = events(
        "date 2020-03-10\n\nThe bulker Blue Lantern was loaded with coal from North Korea in April 2019. The Blue "
        "Lantern was stopped at sea a month later.\n",
        "date 2022-02-01\n\nA court ordered the M/V Blue Lantern sold. Prosecutors said the Blue Lantern shipped "
        "coal from North Korea.\n")
    assert any(e["corroboration"] == 2 for e in found)


def test_the_same_oil_on_two_ships_is_two_transfers() -> None:
    found = events(
        "date 2023-05-02\n\nPolice held the tanker Silver Heron at Incheon. The Silver Heron is suspected of "
        "transferring refined oil to North Korea.\n",
        "date 2023-05-03\n\nPolice held the tanker Grey Osprey at Busan. The Grey Osprey is suspected of "
        "transferring refined oil to North Korea.\n")
    assert all(e["corroboration"] == 1 for e in found)


def test_an_undated_report_of_the_same_week_is_the_news_another_dates_to_the_day() -> None:
    (event,) = events(
        "date 2025-04-02\n\nBelarus sent twenty racing horses to Sudan by train on Wednesday.\n",
        "date 2025-04-05\n\nA freight train carrying horses crossed into Sudan, the border guards said.\n")
    assert event["corroboration"] == 2
    assert event["date"] == "2025-04-02"


def test_two_undated_reports_of_the_same_week_naming_the_same_recipient_tell_one_transfer() -> None:
    (event,) = events(
        "date 2025-04-02\n\nTanzania received surface-to-air missiles, the panel said.\n",
        "date 2025-04-09\n\nThe panel said surface-to-air missiles were delivered to Tanzania.\n")
    assert event["corroboration"] == 2


def test_two_undated_reports_two_months_apart_naming_only_the_recipient_are_two_transfers() -> None:
    found = events(
        "date 2025-04-02\n\nTanzania received surface-to-air missiles, the panel said.\n",
        "date 2025-06-09\n\nThe panel said surface-to-air missiles were delivered to Tanzania.\n")
    assert len(found) == 2


def test_a_transfer_dated_years_before_its_report_is_no_news_of_that_week() -> None:
    found = events(
        "date 2025-04-02\n\nIn 2024 Belarus sent racing horses to Sudan by train.\n",
        "date 2025-04-05\n\nA freight train carrying horses crossed into Sudan, the border guards said.\n")
    assert len(found) == 2


def test_an_import_and_an_export_between_the_same_two_countries_in_one_year_are_one_trade() -> None:
    (event,) = events("date 2024-12-20\n\nSudan imported iron ore from Belarus in 2024, customs figures show.\n",
                      "date 2024-07-12\n\nBelarus exported iron ore to Sudan in 2024, the ministry said.\n")
    assert event["corroboration"] == 2
    assert event["supplier"]["country"] == "BY"
    assert event["recipient"]["country"] == "SD"


def test_goods_smuggled_and_goods_exported_between_the_same_two_countries_stay_two_transfers() -> None:
    found = events("date 2024-12-20\n\nIron ore was smuggled from Belarus into Sudan in 2024, customs said.\n",
                   "date 2024-07-12\n\nBelarus exported iron ore to Sudan in 2024, the ministry said.\n")
    assert len(found) == 2


def test_an_import_from_one_country_and_an_export_to_another_stay_two_trades() -> None:
    found = events("date 2024-12-20\n\nSudan imported iron ore from Belarus in 2024, customs figures show.\n",
                   "date 2024-07-12\n\nBelarus exported iron ore to Chad in 2024, the ministry said.\n")
    assert len(found) == 2
