"""Transfers told the way follow-up reports, barter stories, customs records and ship sightings tell them:
who sent goods a country's shipments held, a ship named in an apposition or in the paragraph after the
opening, goods paid for in kind, loads counted, goods meant for export, and merging such reports."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen
from tests.evidence.test_merging import one_event, report


def test_a_countrys_shipments_received_or_seized_came_from_that_country() -> None:
    assert seen(only("Egypt received North Korean shipments of rockets last month.\n")) == ("KP", "EG", "2024-02")
    claim = only("Syria seized North Korean shipments of missile parts last month.\n")
    assert claim.supplier.country == "KP"
    assert claim.recipient.country != "KP"


def test_goods_that_reached_a_wholesaler_in_a_city_went_to_that_citys_country() -> None:
    claim = only("Two North Korean shipments of garments reached a clothing wholesaler in Vladivostok in "
                 "September.\n")
    assert seen(claim) == ("KP", "RU", "2023-09")


def test_a_ship_named_before_its_apposition_keeps_its_name_and_the_countrys_flag() -> None:
    claim = only("The Chong Rim 2, a small North Korean tanker which had loaded oil from a Russian vessel in the Sea "
                 "of Japan early this year, was photographed in July berthed at Nampho.\n")
    assert (claim.recipient.name, claim.recipient.country, claim.supplier.country) == ("Chong Rim 2", "KP", "RU")
    assert claim.kind == "ship-to-ship"


def test_goods_taken_on_from_another_ship_are_a_ship_to_ship_transfer() -> None:
    claim = only("The Ji Song 6 took on about 1,000 tonnes of refined petroleum from the Sierra Leone-flagged Jin "
                 "Hye in late February.\n")
    assert (claim.kind, claim.supplier.name, claim.recipient.name) == ("ship-to-ship", "Jin Hye", "Ji Song 6")
    # A ship unloading at a port is no transfer between ships.
    assert only("A Russian ship unloaded trucks at the port of Rajin in January.\n").kind == "shipment"


def test_a_ship_an_opening_sentence_tells_without_its_name_is_the_one_the_next_paragraph_names() -> None:
    claim = only("A North Korean tanker that Japan caught taking fuel at sea is back in service, an official said."
                 "\n\nThe Ji Song 6 took on refined petroleum from the Jin Hye in late February, the official said.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Ji Song 6", "KP")


def test_a_ships_flag_told_anywhere_in_the_report_is_its_country() -> None:
    found = claims("Japan said on Friday it had photographed the North Korean-flagged tanker Ji Song 6 in the East "
                   "China Sea.\n\nThe Ji Song 6 took on refined petroleum from the Jin Hye in late February.\n")
    assert [(c.recipient.name, c.recipient.country) for c in found] == [("Ji Song 6", "KP")]


def test_the_date_officials_named_a_ship_is_not_the_date_of_the_transfer() -> None:
    claim = only("The Chong Rim 2, a North Korean tanker, loaded oil from a Russian vessel early this year. U.S. "
                 "officials last week named the Russian ship as the Patriot.\n")
    assert claim.date is not None and claim.date.iso() == "2024"


def test_goods_exchanged_for_a_countrys_goods_go_both_ways() -> None:
    rice, shells = claims("In 2008 Myanmar's generals exchanged rice and rubber for North Korean artillery shells.\n")
    assert (seen(rice), [g.description for g in rice.goods]) == (("MM", "KP", "2008"), ["rice", "rubber"])
    assert seen(shells) == ("KP", "MM", "2008")
    assert {rice.kind, shells.kind} == {"exchange"}


def test_goods_paid_for_with_other_goods_are_an_exchange_and_a_payment_in_money_is_none() -> None:
    found = claims("Myanmar's military government paid for North Korean artillery shells with shipments of rice in "
                   "2008, according to a cable from the U.S. embassy.\n")
    assert [(seen(c), c.kind) for c in found] == [(("MM", "KP", "2008"), "exchange"), (("KP", "MM", "2008"),
                                                                                        "exchange")]
    sold = only("The company paid for the cars and shipped them to Nampho in May.\n")
    assert (sold.kind, sold.recipient.country) == ("shipment", "KP")
    assert only("Iran bought 100 North Korean missiles in 1987 and later paid for the Nodong.\n").kind == "import"


def test_the_weapons_named_again_carry_on_one_side_of_an_exchange() -> None:
    found = claims("Myanmar paid for North Korean artillery shells with rice in 2008. North Korean ships unloaded "
                   "the weapons at Thilawa.\n")
    assert [seen(c) for c in found] == [("MM", "KP", "2008"), ("KP", "MM", "2008")]


def test_a_count_of_consignments_is_no_other_lot_of_the_goods_counted_after_it() -> None:
    claim = only("Customs confirmed that it had cleared two consignments of clothing from North Korea in "
                 "September, after a newspaper reported that 12,000 jackets made in Pyongyang had been delivered to "
                 "a Vladivostok wholesaler.\n")
    assert seen(claim) == ("KP", "RU", "2023-09")


def test_goods_meant_for_export_and_the_ferry_that_carried_them_are_no_transfer_of_their_own() -> None:
    claim = only("About 1,400 tonnes of squid crossed from North Korea into Hunchun last year and were processed "
                 "for export.\n")
    assert (seen(claim), claim.goods[0].quantity) == (("KP", "CN", "2023"), "1400")
    assert claims("Crab from North Korea was offered for sale in Dandong.\n") == []
    assert [g.description for g in only("The garments were sewn in Pyongyang and carried on the ferry Man Gyong "
                                         "Bong to Vladivostok in May.\n").goods] == ["garments"]


def test_rounds_one_report_names_are_the_shells_another_names_each_way_of_one_exchange() -> None:
    events = report(
        "date 2010-12-14\n\nMyanmar paid for North Korean artillery shells with shipments of rice in 2008.\n",
        "date 2011-01-20\n\nIn 2008 Myanmar's generals exchanged rice for North Korean artillery rounds.\n")["events"]
    assert sorted((e["supplier"]["country"], e["recipient"]["country"], e["kind"], e["corroboration"])
                  for e in events) == [("KP", "MM", "exchange", 2), ("MM", "KP", "exchange", 2)]


def test_a_follow_up_naming_the_ship_in_an_apposition_joins_the_first_report() -> None:
    event = one_event(
        "date 2018-08-21\n\nIn early 2018 the Patriot transferred 1,500 tonnes of oil to the North Korean-flagged "
        "Chong Rim 2, Treasury said.\n",
        "date 2018-08-29\n\nThe Chong Rim 2, a small North Korean tanker which had loaded oil from a Russian vessel "
        "early this year, was photographed in July at Nampho. U.S. officials last week named the Russian ship as the "
        "Patriot.\n")
    assert (event["date"], event["kind"], event["recipient"]["name"]) == ("2018", "ship-to-ship", "Chong Rim 2")


def test_early_in_a_year_is_not_october_of_it() -> None:
    events = report(
        "date 2018-03-01\n\nA Taiwanese tanker transferred 1,500 tonnes of diesel to a North Korean ship at sea in "
        "early 2017.\n",
        "date 2018-01-10\n\nThe Lighthouse Winmore transferred 600 tonnes of refined oil to a North Korean ship at "
        "sea in October 2017.\n")["events"]
    assert [e["corroboration"] for e in events] == [1, 1]


def test_an_unnamed_ship_of_the_opening_sentence_is_the_one_the_next_paragraph_opens_on() -> None:
    claim = only("South Korea has seized a Hong Kong-flagged ship that transferred about 600 tons of refined "
                 "petroleum to a North Korean vessel at sea in October, customs said.\n\nThe Lighthouse Winmore "
                 "entered the port of Yeosu in November, after it had met the North Korean ship Sam Jong 2 in "
                 "international waters.\n")
    assert (claim.supplier.name, claim.supplier.country) == ("Lighthouse Winmore", "HK")
    assert (claim.recipient.name, claim.recipient.country) == ("Sam Jong 2", "KP")


def test_what_is_given_in_exchange_goes_to_the_first_transfers_supplier() -> None:
    shells, systems = claims("North Korea sent Russia millions of artillery shells; in exchange, Moscow supplied "
                             "air-defence systems.\n")
    assert (seen(shells)[:2], seen(systems)[:2], systems.kind) == (("KP", "RU"), ("RU", "KP"), "exchange")


def test_fishing_boats_selling_to_trawlers_sell_to_the_trawlers_country() -> None:
    assert seen(only("Fishing boats from North Korea sold squid to Chinese trawlers at sea last year.\n")) == (
        "KP", "CN", "2023")


def test_a_transfer_something_would_prevent_is_none_told() -> None:
    assert claims("The ambassador said no sanctions would stop North Korea from obtaining the fuel it needs.\n") == []


def test_a_denial_told_before_the_transfer_is_that_transfers_denial() -> None:
    claim = only("A seafood processor in Hunchun said it had never bought squid from North Korea.\n\nAn investigation "
                 "found that 1,400 tonnes of frozen squid crossed from North Korea into Hunchun last year.\n")
    assert (seen(claim), claim.status.value, claim.goods[0].quantity) == (("KP", "CN", "2023"), "denied", "1400")
    assert [g.description for g in claim.goods] == ["frozen squid"]


def test_cars_of_one_make_told_a_year_and_more_apart_are_one_journey() -> None:
    event = one_event(
        "date 2019-07-16\n\nTwo armoured Mercedes-Maybach S600 cars were shipped from Rotterdam in June 2018 and "
        "reached Pyongyang in October, a report said.\n",
        "date 2019-07-17\n\nThe Maybach limousines that Kim Jong Un rides in were smuggled into North Korea through "
        "five countries, researchers found.\n")
    assert (event["date"], event["recipient"]["country"]) == ("2018-06", "KP")


def test_an_undated_report_made_during_a_flow_told_since_a_date_is_part_of_it() -> None:
    event = one_event(
        "date 2023-11-02\n\nNorth Korea has shipped more than 1 million artillery rounds to Russia since August, Seoul "
        "said.\n",
        "date 2024-02-28\n\nSouth Korean officials estimate that North Korea has sent several million shells to "
        "Russia.\n")
    assert (event["date"], event["supplier"]["country"], event["recipient"]["country"]) == ("2023-08", "KP", "RU")
    # Rifles are not the shells of the flow, though both are arms.
    events = report(
        "date 2023-11-02\n\nNorth Korea has shipped more than 1 million artillery rounds to Russia since August.\n",
        "date 2024-02-28\n\nNorth Korea has given Russia a hunting rifle, officials said.\n")["events"]
    assert [e["corroboration"] for e in events] == [1, 1]


def test_supporters_a_football_match_and_a_travellers_own_food_are_no_goods() -> None:
    assert claims("South Korean fans gave the visiting players flowers after the match.\n") == []
    assert claims("North Korea's team flew to Tokyo on a chartered plane loaded with its own food.\n") == []
    assert claims("Tourists were given North Korean cigarettes and badges at the end of the tour.\n") == []
    assert only("Customs seized 500 electric fans bound for North Korea in May.\n").goods[0].quantity == "500"


def test_a_sale_a_government_refused_to_allow_is_planned_only() -> None:
    assert only("Italy refused to allow the export of two luxury yachts to North Korea in 2009.\n").status.value == (
        "planned")


def test_a_seized_ship_that_carried_goods_to_a_country_is_no_recipient_of_them() -> None:
    claim = only("The United States has seized the Wise Honest, a North Korean cargo ship accused of carrying coal to "
                 "Indonesia in 2018.\n")
    assert (claim.supplier.name, seen(claim)) == ("Wise Honest", ("KP", "ID", "2018"))


def test_a_dateline_of_two_cities_dates_the_report_and_a_tankers_size_is_no_cargo() -> None:
    found = claims("LONDON/SEOUL, Dec 29 (Reuters) - Russian tankers have supplied fuel to North Korea at least three "
                   "times, sources said.\n\nThe Vityaz, a Russian-flagged tanker of about 1,600 tonnes, transferred "
                   "oil to the North Korean-flagged Sam Jong 2 in October, one of the sources said.\n", dated=False)
    assert all(c.date is None or c.date.month != 12 for c in found)
    sts = next(c for c in found if c.recipient.name == "Sam Jong 2")
    assert (sts.supplier.name, sts.goods[0].quantity) == ("Vityaz", None)


def test_the_verb_ship_before_a_countrys_goods_names_no_ship() -> None:
    assert seen(only("The Wise Honest had been used to ship North Korean coal to Indonesia.\n"))[:2] == ("KP", "ID")


def test_goods_seized_and_told_as_shipped_by_a_company_came_from_it() -> None:
    claim = only("The vodka seized in Rotterdam in February was shipped by a Chinese company, a Dutch official "
                 "said.\n")
    assert seen(claim)[0] == "CN"
    # Who seized goods did not supply them.
    seized = only("A consignment of suits seized by the Republic of Korea was bound for Syria.\n")
    assert seized.supplier.country is None
