"""Transfers told in long sentences of several clauses, and the language of policy that tells none:
what anyone "would violate" by selling, what a party prepares or has no plans to do, a trade halted,
a visitor's own cars, the kind a transfer was not, and evidence of deliveries nobody presented."""

from __future__ import annotations

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.document import parse_document
from tests.evidence.reading import claims, only, seen


def test_what_anyone_who_sold_goods_would_violate_tells_no_transfer() -> None:
    assert claims("Supporters argued that any Dutch firm that sold diesel to Pyongyang, even through a broker in "
                  "Singapore, would violate the new rules.\n") == []
    assert claims("Anyone who supplies rifles to North Korea breaks the embargo, the minister said.\n") == []


def test_a_sale_a_party_prepares_or_has_no_plans_for_tells_no_transfer() -> None:
    assert claims("The White House warned that North Korea was preparing to sell rockets to Russia.\n") == []
    assert claims("Pyongyang said last year that it had no plans to export shells to Russia.\n") == []


def test_a_trade_halted_in_full_tells_no_transfer() -> None:
    assert claims("Beijing halted all imports of coal from North Korea for the rest of the year, the ministry "
                  "said.\n") == []


def test_a_visitors_own_cars_flown_in_for_the_visit_are_no_transfer() -> None:
    assert claims("Crowds cheered as the president's motorcade, a column of Hongqi limousines flown in from "
                  "Beijing for the visit, drove past.\n") == []


def test_the_kind_a_transfer_was_not_and_a_conjunction_give_no_kind() -> None:
    claim = only("South Korea sent 20,000 tonnes of rice, which is provided as a loan rather than a gift, to North "
                 "Korea last week. Lawmakers asked what guarantees had been given that the rice would reach the "
                 "hungry.\n")
    assert claim.kind == "shipment"
    assert claim.goods[0].quantity == "20000"


def test_deliveries_nobody_presented_evidence_of_leave_the_transfer_its_kind() -> None:
    claim = only("North Korea has shipped artillery to Russia in recent weeks, officials said. Russia was thought "
                 "to be paying with oil, although no evidence of such deliveries was presented.\n")
    assert claim.kind == "shipment"
    assert seen(claim)[:2] == ("KP", "RU")


def test_goods_words_that_are_the_subject_of_a_relative_clause_are_not_the_goods() -> None:
    claim = only("A freighter that Spanish warships stopped in the Arabian Sea on Monday was carrying fifteen "
                 "Scud missiles from North Korea.\n")
    assert [g.description for g in claim.goods] == ["Scud missiles"]
    assert seen(claim) == ("KP", None, "2024-03-18")


def test_what_a_government_believes_was_pumped_into_a_ship_is_a_transfer_to_its_country() -> None:
    claim = only("The Japanese government believes that oil was pumped from the foreign ship into the North "
                 "Korean one, the ministry said.\n")
    assert [g.description for g in claim.goods] == ["oil"]
    assert claim.recipient.country == "KP"
    assert claim.supplier.country is None  # the believer is no side
    assert claim.status.value == "alleged"


def test_goods_sent_to_one_country_and_to_another_are_two_claims() -> None:
    found = claims("He is accused of arranging in 2017 for North Korean coal to be shipped from Nampho to "
                   "Indonesia and to Vietnam.\n")
    assert sorted(seen(c) for c in found) == [("KP", "ID", "2017"), ("KP", "VN", "2017")]
    assert {e.text for c in found for e in c.evidence if e.field == "recipient"} == {"Indonesia", "Vietnam"}


def test_what_a_party_learnt_is_a_clause_of_its_own() -> None:
    claim = only("A week after the council voted to ban arms exports, Washington learnt that the Ethiopian army "
                 "was about to take delivery of ammunition bought from Pyongyang.\n")
    assert seen(claim)[:2] == ("KP", "ET")
    assert "ammunition" in [g.description for g in claim.goods]


def test_the_animals_carry_on_the_goats_told_before_and_date_them() -> None:
    claim = only("Russia has sent 447 goats to North Korea by sea, the agency reported.\n\n"
                 "The animals were delivered to the port of Rajin on Monday aboard a livestock carrier.\n")
    assert seen(claim) == ("RU", "KP", "2024-03-18")


def test_several_million_rounds_are_rounds() -> None:
    claim = only("Officials estimate that North Korea has sent several million rounds to Russia.\n")
    assert [g.description for g in claim.goods] == ["rounds"]


def test_an_analysis_dated_on_its_own_line_is_dated_so() -> None:
    document = parse_document(b"# Arms and the embargo\n\n*An analysis, 10 April 2007*\n\nBarely a week later, "
                              b"the army took delivery of rifles from North Korea.\n", name="analysis.md")
    assert document.date is not None and document.date.isoformat() == "2007-04-10"
    (claim,) = extract_claims(document)
    assert claim.supplier.country == "KP"


def test_people_counted_and_this_one_are_no_count_of_the_goods() -> None:
    claim = only("According to three US officials, the army took delivery of ammunition from North Korea in "
                 "January.\n")
    assert claim.goods[0].quantity is None
    claim = only("He shipped a second container from the United States to North Korea in May, this one holding "
                 "about 60 firearms.\n")
    assert [(g.description, g.quantity) for g in claim.goods] == [("firearms", "60")]


def test_the_party_a_preposition_governs_is_no_supplier_when_the_goods_came_from_elsewhere() -> None:
    claim = only("He pleaded guilty to acting as an agent of the North Korean government and to conspiring to "
                 "ship rifles and ammunition from the United States to Pyongyang in 2023.\n")
    assert seen(claim) == ("US", "KP", "2023")


def test_a_shipping_container_holds_the_goods_rather_than_being_them() -> None:
    found = claims("Agents found that he had smuggled pistols to North Korea in a shipping container in 2022.\n")
    assert [g.description for c in found for g in c.goods] == ["pistols"]


def test_narcotics_and_wildlife_products_are_goods() -> None:
    claim = only("The Pong Su is suspected of having smuggled heroin from North Korea to Australia in April.\n")
    assert [g.description for g in claim.goods] == ["heroin"]
    assert seen(claim)[:2] == ("KP", "AU")


def test_what_a_party_does_as_a_rule_and_a_question_tell_no_transfer() -> None:
    assert claims("China, which supplies most of North Korea's crude oil, opposed the resolution.\n") == []
    assert claims("Did Russia sell the missiles to North Korea last year?\n") == []
    assert claims('"Could German cars still be shipped to Pyongyang through Dalian?" one member asked.\n') == []


def test_the_south_is_south_korea_but_the_south_china_sea_is_no_party() -> None:
    claim = only("In September Kim Jong Un gave the South two tons of pine mushrooms.\n")
    assert seen(claim) == ("KP", "KR", "2023-09")
    claim = only("A North Korean freighter sailing across the South China Sea delivered rifles to Myanmar in "
                 "June.\n")
    assert seen(claim)[:2] == ("KP", "MM")


def test_where_the_goods_were_truly_bound_overrides_the_papers_and_a_negated_order_denies_it() -> None:
    (claim,) = claims("Customs officers impounded a North Korean freighter after finding missile components in its "
                      "hold. The ship had loaded its cargo at Nampho in April and was on its way to Malta, according "
                      "to its papers, but investigators believe that the equipment was bound for Pakistan.\n\n"
                      "A spokesman said that Pakistan had not ordered any goods from North Korea.\n")
    assert seen(claim)[:2] == ("KP", "PK")
    assert claim.status.value == "denied"


def test_a_that_after_what_is_said_opens_the_saying_and_a_plane_seized_there_carried_the_goods() -> None:
    claim = only("Thai authorities said on Monday that a cargo plane seized at Bangkok airport on Saturday had been "
                 "carrying 35 tonnes of weapons from North Korea.\n")
    assert [g.description for g in claim.goods] == ["weapons"]
    assert seen(claim) == ("KP", None, "2024-03-16")


def test_any_shipment_and_goods_on_display_tell_no_transfer() -> None:
    assert claims("Any shipment of arms to North Korea is prohibited under the resolutions.\n") == []
    assert claims("Any such sale would violate resolutions that Russia itself voted for.\n") == []
    assert claims("Visitors to the show could admire electric cars imported from Germany and Japan.\n") == []



def test_what_shoppers_can_buy_and_goods_none_of_which_was_sold_tell_no_transfer() -> None:
    assert claims("Foreign tourists can buy Chinese beer and Japanese cigarettes at the hotel shop.\n") == []
    assert claims("The department store sells imported shampoo and German beer.\n") == []
    assert claims("The car maker said its vehicles are sold only through dealers and none had been sold to North "
                  "Korea.\n") == []


def test_an_imported_word_after_a_transfer_word_describes_the_goods_and_leaves_the_transfer() -> None:
    claim = only("In May the company sold imported whisky to a buyer in North Korea.\n")
    assert claim.kind == "sale"
    assert seen(claim)[1:] == ("KP", "2023-05")


# Varied wording: passives, datelines, relative dates, countries named by a city or a flag, a supplier
# named only by its company, a recipient only by its port; and what tells no transfer in it.


def test_income_from_a_trade_and_what_a_class_of_transfers_is_tell_no_transfer() -> None:
    assert claims("North Korea once earned hundreds of millions of dollars a year from selling missiles and "
                  "conventional arms to countries in the Middle East, researchers wrote.\n") == []
    assert claims('"Ship-to-ship transfers remain a major route for North Korea to evade the oil cap," an EU '
                  "official said.\n") == []


def test_possible_sales_and_a_supply_discussed_tell_no_transfer() -> None:
    assert claims("Russian officials visited a shipyard in Nampho to discuss possible sales of fishing "
                  "vessels.\n") == []
    assert claims("The two sides discussed the supply of Russian wheat to North Korea.\n") == []


def test_a_command_told_in_the_passive_is_no_order_of_goods() -> None:
    assert claims("The crew said they had been ordered to meet the other vessel by a broker in Hong Kong.\n") == []


def test_where_a_party_was_charged_is_no_side() -> None:
    claim = only("A Singaporean businessman was charged in the United States with arranging shipments of refined "
                 "petroleum to North Korea.\n")
    assert seen(claim)[:2] == ("SG", "KP")


def test_a_second_verb_after_and_tells_a_second_transfer_of_the_same_subject() -> None:
    found = claims("Prosecutors said the company, WBT Trading, shipped about 5,000 tonnes of gasoil to a North Korean "
                   "port in 2017 and sold cigarettes and liquor to a Pyongyang department store the following year.\n")
    assert [[g.description for g in c.goods] for c in found] == [["gasoil"], ["cigarettes", "liquor"]]
    assert [c.supplier.name for c in found] == ["WBT Trading", "WBT Trading"]
    assert [seen(c)[1:] for c in found] == [("KP", "2017"), ("KP", "2018")]
    assert [c.kind for c in found] == ["shipment", "sale"]


def test_a_gift_from_one_leader_to_another_names_its_giver_not_where_it_arrived() -> None:
    claim = only("A pair of hunting dogs arrived in Seoul on Thursday as a gift from Kim Jong Un to President Moon "
                 "Jae-in.\n")
    assert (claim.supplier.name, claim.recipient.name) == ("Kim Jong Un", "Moon Jae-in")
    assert seen(claim) == ("KP", "KR", "2024-03-14")
    assert claim.kind == "gift"


def test_goods_made_in_a_country_come_from_it_when_nothing_else_is_told() -> None:
    claim = only("North Korean-made rocket-propelled grenades are believed to have been smuggled to Hamas fighters "
                 "in Gaza, South Korea's spy agency said on Monday.\n")
    assert seen(claim)[:2] == ("KP", "PS")
    assert claim.status.value == "alleged"


def test_a_body_named_by_its_city_is_of_that_citys_country() -> None:
    claim = only("The shipment of 150 used trucks to Nampho by a Dandong trading house in October 2017 broke the ban "
                 "on vehicles.\n")
    assert seen(claim) == ("CN", "KP", "2017-10")
    assert seen(only("A Dandong firm sold trucks to North Korea.\n"))[:2] == ("CN", "KP")


def test_diesel_pumped_into_a_tanker_or_handed_over_on_the_high_seas_is_a_ship_to_ship_transfer() -> None:
    claim = only("The Tuvalu-flagged P Pioneer is suspected of having pumped some 2,000 tons of diesel into a North "
                 "Korean tanker in waters off Shanghai.\n")
    assert claim.kind == "ship-to-ship"
    assert claim.recipient.country == "KP"
    assert only("A South Korean tanker handed refined petroleum to a North Korean vessel on the high seas last "
                "month.\n").kind == "ship-to-ship"


def test_a_tanker_taking_on_diesel_from_another_ship_receives_it() -> None:
    claim = only("Two weeks ago, a North Korean tanker took on diesel from a Sierra Leone-flagged ship off "
                 "Shanghai.\n")
    assert seen(claim)[:2] == (None, "KP")


def test_goods_seized_aboard_a_ship_of_a_country_come_from_it() -> None:
    claim = only("Egyptian authorities seized 30,000 rocket-propelled grenades aboard a North Korean freighter off "
                 "Suez in August 2016.\n")
    assert seen(claim) == ("KP", None, "2016-08")
    assert claim.kind == "seizure"


def test_an_undated_transfer_takes_the_date_the_next_paragraph_gives_its_shipment() -> None:
    claim = only("Switzerland has sent 1,000 tonnes of milk powder to North Korea through the World Food "
                 "Programme.\n\nThe shipment left Rotterdam in January and reached Nampho late last month.\n")
    assert seen(claim) == ("CH", "KP", "2024-01")


def test_a_dateline_with_its_country_and_agency_dates_the_report_not_the_transfer() -> None:
    claim = only("DANDONG, China, March 12 (Reuters) - Chinese boats bought tonnes of crab from North Korean vessels "
                 "last summer, three fishermen said.\n")
    assert seen(claim) == ("KP", "CN", "2023")


def test_a_dateline_without_its_year_and_without_a_dash_does_not_date_the_transfer() -> None:
    claim = only("Tokyo, March 4 (Kyodo) A Japanese trader sold two pianos to a buyer in North Korea, police said.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.date) == ("JP", "KP", None)


def test_a_denial_of_any_goods_with_no_transfer_told_is_no_claim() -> None:
    assert claims("Syria's mission to the United Nations denied receiving any goods from North Korea.\n") == []
    claim = only("Pakistan denied buying any missiles from North Korea.\n")
    assert claim.status.value == "denied"


def test_goods_imported_into_a_country_with_no_buyer_named_went_there() -> None:
    claim = only("North Korean coal was imported into South Korea last year, customs said.\n")
    assert seen(claim) == ("KP", "KR", "2023")


def test_a_gift_told_in_an_apposition_on_the_goods_takes_the_sides_of_the_verb_after_it() -> None:
    claim = only("The limousine, a gift from the Russian president, was delivered to Pyongyang on Sunday, state media "
                 "said.\n")
    assert claim.supplier.name == "Vladimir Putin"
    assert seen(claim) == ("RU", "KP", "2024-03-17")
    assert claim.kind == "gift"


def test_shopping_goods_shown_off_and_imported_goods_with_their_country_tell_no_transfer() -> None:
    assert claims("Russian tourists who flew to Wonsan last month bought stamps, ginseng and paintings as "
                  "souvenirs.\n") == []
    assert claims("Dealers at the fair showed off electric cars shipped from China, though none was for sale.\n") == []
    assert claims("Wealthy Pyongyang residents now buy imported Japanese cosmetics and German beer at the department "
                  "store.\n") == []


def test_reports_under_investigation_or_unconfirmed_are_alleged() -> None:
    claim = only("The UN panel said it was investigating reports that a Chinese firm had sold drones to Pyongyang.\n")
    assert seen(claim)[:2] == ("CN", "KP")
    assert claim.status.value == "alleged"


def test_the_reason_a_body_was_blacklisted_tells_no_transfer() -> None:
    assert claims("The U.S. Treasury on Tuesday blacklisted two Vladivostok-based shipping companies and six "
                  "Russian-flagged vessels over transfers of fuel to North Korean tankers at sea.\n") == []


def test_the_same_company_is_the_body_named_before() -> None:
    found = claims("A Dandong firm sold 150 used trucks to North Korea in October. "
                   "Six weeks later 600 truck tyres were shipped to Nampho by the same company.\n")
    assert [seen(c)[:2] for c in found] == [("CN", "KP"), ("CN", "KP")]
    assert [c.goods[0].quantity for c in found] == ["150", "600"]  # "six weeks" counts time, not tyres


def test_goods_brought_into_a_country_and_an_amount_without_goods_count_the_goods_told_before() -> None:
    found = claims("North Korean coal was brought into South Korea in October last year, customs said. The Rich Glory "
                   "unloaded 4,156 tons of the coal at Pohang on October 2, while the Panama-flagged Sky Angel "
                   "delivered 5,000 tons to Incheon on October 11.\n")
    assert [seen(c) for c in found] == [("KP", "KR", "2023-10-02"), (None, "KR", "2023-10-11")]
    assert [c.goods[0].description for c in found] == ["North Korean coal", "coal"]
    assert [c.goods[0].quantity for c in found] == ["4156", "5000"]


def test_what_may_be_going_on_and_why_ships_were_held_tell_no_transfer() -> None:
    assert claims("Officials in Seoul say North Korea may also be buying luxury goods in Russia, where the border at "
                  "Khasan sees fewer checks.\n") == []
    assert claims("Seoul has held several foreign ships over suspected transfers at sea since late 2017.\n") == []
    assert only("Russia may have supplied fighter jets to North Korea last year.\n").status.value == "alleged"


def test_goods_built_in_a_country_are_read_as_goods_made_there() -> None:
    claim = only("The Russian-built Aurus Senat was handed to Kim's aides in Pyongyang on Feb. 18.\n")
    assert seen(claim) == ("RU", "KP", "2024-02-18")


def test_no_trade_in_a_time_tells_no_transfer() -> None:
    assert claims("China's customs agency said it had not imported any North Korean coal since February.\n") == []


def test_a_company_based_in_a_city_told_in_an_apposition_is_of_that_citys_country() -> None:
    claim = only("The trucks were sold to Sinotrans, a Beijing-based firm, last year.\n")
    assert (claim.recipient.name, claim.recipient.country) == ("Sinotrans", "CN")


def test_a_sentence_announcing_several_cases_dates_the_cases_told_after_it() -> None:
    found = claims("The panel's report describes three networks at work in 2018. A Singapore company sold wine worth "
                   "$430,000 to buyers in Pyongyang; a Taiwanese broker arranged two shipments of refined oil to "
                   "Nampho.\n")
    assert [seen(c) for c in found] == [("SG", "KP", "2018"), ("TW", "KP", "2018")]


def test_goods_a_transfer_held_told_in_the_sentence_after_it_are_its_goods() -> None:
    claim = only("Three Chinese consignments to a North Korean trading company were stopped at the border in "
                 "March. The consignments, which contained lathes and pumps, had been declared as farm "
                 "equipment, officials said.\n")
    assert [g.description for g in claim.goods] == ["lathes", "pumps"]
    assert seen(claim)[1:] == ("KP", "2024-03")
    # Without the goods told after it, a transfer of nothing named is no claim.
    assert claims("Three Chinese consignments to a North Korean trading company were stopped at the border in "
                  "March. The consignments had been declared as farm equipment, officials said.\n") == []
