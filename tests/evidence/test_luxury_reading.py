"""Transfers of luxury goods told the way published reports on them tell them: a broadcaster whose name holds a
country's ("examined by Voice of America"); what a rule makes impossible ("it is also impossible to export");
goods "that appear to have been smuggled", hedged in their relative clause; a resort named by a sport ("a ski
resort"); a state a shipment left from ("from California"); the trucks goods arrived in; "over 2,000 litres" in
a list of measured goods; and what a party's shipments "included", each goods measured on its own, after a
transfer told in other words."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_broadcaster_named_after_a_country_is_no_side() -> None:
    claim = only("Customs records examined by Voice of America show that shipments of cigars into Laos via Vietnam "
                 "in May were worth $40,000.\n")
    assert claim.supplier.country is None
    assert claim.recipient.country == "LA"
    assert only("Records seen by Radio Free Asia show that Chile shipped 300 tonnes of copper to Laos in May.\n"
                ).supplier.country == "CL"


def test_what_a_rule_makes_impossible_is_no_transfer() -> None:
    assert claims("It is also impossible to export to Belarus pianos more expensive than 1,500 euros.\n") == []
    assert claims("Under the new rules it is not possible to sell jet skis to Belarus.\n") == []


def test_goods_that_appear_to_have_been_smuggled_are_alleged() -> None:
    claim = only("The new golf course near Almaty is fitted with Swedish tractors that appear to have been smuggled "
                 "into Kazakhstan last year.\n")
    assert claim.status.value == "alleged"
    assert seen(claim)[1] == "KZ"
    # What the goods are said to be is still no hedge on their transfer.
    assert only("Police seized rifles that are believed to be Russian-made from a truck bound for Mali on Monday.\n"
                ).status.value == "reported"


def test_a_ski_resort_is_a_place_not_skis() -> None:
    claim = only("The ski resort near Almaty is equipped with Canadian snowmobiles that appear to have been "
                 "smuggled into Kazakhstan, a radio station reported.\n")
    assert [g.description for g in claim.goods] == ["Canadian snowmobiles"]


def test_a_state_the_goods_left_is_its_country() -> None:
    claim = only("The inquiry found that the BMW sedans had been transported from California to Qingdao, China, at "
                 "the direction of a Taiwanese trader.\n")
    assert seen(claim)[:2] == ("US", "CN")


def test_the_trucks_the_goods_arrived_in_carry_them() -> None:
    found = claims("A freight train carrying 40 Akhal-Teke horses left Turkmenistan for Iran on Monday. The animals "
                   "arrived at the Sarakhs checkpoint in three specially equipped trucks for onward shipment to "
                   "Iran.\n")
    assert [[g.description for g in c.goods] for c in found] == [["Akhal-Teke horses"]]
    assert seen(found[0])[:2] == ("TM", "IR")


def test_over_a_number_in_a_list_of_measured_goods_is_a_count() -> None:
    found = claims("Thailand shipped almost 5,000 litres of rum, 3,000 litres of gin and over 2,000 litres of brandy "
                   "to Laos in May.\n")
    assert [(c.goods[0].description, c.goods[0].quantity) for c in found] == [
        ("rum", "5000"), ("gin", "3000"), ("brandy", "2000")]


def test_what_a_partys_shipments_included_are_flows_of_their_own() -> None:
    found = claims("Thailand exported $2 million of spirits to Laos in March. Thailand's shipments included more "
                   "than 5,000 litres of rum, 3,000 litres of gin and over 2,000 litres of brandy.\n")
    assert [(c.goods[0].description, c.goods[0].quantity, seen(c)[:2]) for c in found] == [
        ("spirits", None, ("TH", "LA")), ("rum", "5000", ("TH", "LA")), ("gin", "3000", ("TH", "LA")),
        ("brandy", "2000", ("TH", "LA"))]
    # A party's trade told by what it holds, with no measure, stays its trade in general.
    assert claims("Thailand's shipments included rum, gin and brandy.\n") == []


def test_the_same_count_told_by_the_buyer_and_then_the_seller_is_one_transfer() -> None:
    claim = only("Laos has reportedly imported 40 expensive horses from Oman.\n\n"
                 "According to a statement on May 4, Oman sent 40 horses of the Arabian breed to Laos on May 2.\n")
    assert seen(claim) == ("OM", "LA", "2023-05-02")
    assert claim.goods[0].quantity == "40"
    # Another count of the same goods is another lot.
    assert len(claims("Laos has imported 40 horses from Oman.\n\nOman sent 30 horses to Laos on May 2.\n")) == 2


def test_who_rides_a_gift_received_it() -> None:
    claim = only("According to Kyodo News, the black steed Lukashenko rode at the parade in 2021 was a gift from "
                 "Putin.\n")
    assert claim.kind == "gift"
    assert (claim.supplier.name, claim.recipient.name) == ("Vladimir Putin", "Alexander Lukashenko")
    assert seen(claim)[:2] == ("RU", "BY")


def test_goods_sent_across_the_border_cross_the_border_of_the_transfer_told_before() -> None:
    found = claims("Thailand exported $2 million of spirits to Laos from July to September. No exports were made in "
                   "the five months previous, while $20,000 worth of rum was sent across the border in January.\n")
    assert [(c.goods[0].description, seen(c)) for c in found] == [
        ("spirits", ("TH", "LA", "2023-07")), ("rum", ("TH", "LA", "2024-01"))]
    # With no transfer told before, goods that crossed a border have no sides to take.
    assert claims("In January, $20,000 worth of rum was sent across the border.\n") == []


def test_goods_whose_export_is_banned_tell_the_rule() -> None:
    found = claims("Such yachts are among luxury goods whose export to Belarus is banned under EU sanctions, and "
                   "photographs of two Azimut yachts were taken in Minsk last month.\n")
    assert found == []


def test_goods_that_found_their_way_into_a_country_reached_it() -> None:
    claim = only("An estimated 500 luxury watches made in Switzerland have found their way into Belarus since 2022.\n")
    assert claim.kind == "shipment"
    assert seen(claim) == ("CH", "BY", "2022")
    # Goods officers found are still seized.
    assert only("Customs officers found 500 luxury watches in a truck bound for Belarus on Monday.\n").kind == "seizure"


def test_each_measure_of_a_list_starts_its_goods_whatever_describes_the_goods_before() -> None:
    found = claims("Thailand exported $2 million of spirits to Laos in March. Thailand's shipments included more "
                   "than 5,000 litres of spirits distilled in small batches, such as rum, 3,000 litres of wine in "
                   "bottles no bigger than one litre, almost 2,000 litres of gin and over 1,000 litres of brandy.\n")
    assert [(c.goods[0].description, c.goods[0].quantity, seen(c)[:2]) for c in found] == [
        ("spirits", None, ("TH", "LA")), ("spirits", "5000", ("TH", "LA")),
        ("wine", "3000", ("TH", "LA")), ("gin", "2000", ("TH", "LA")), ("brandy", "1000", ("TH", "LA"))]


def test_trade_told_of_the_past_in_general_is_no_transfer_and_lends_no_date() -> None:
    found = claims("Laos may have bought as many as 40 pedigree horses from Oman, according to reports. The ministry "
                   "said a total of 40 Arabian horses were delivered to Laos.\n\nLaos has imported costly pedigree "
                   "horses in the past. A total of 120 horses, worth $500,000, were purchased from Oman from 2010 to "
                   "2019.\n")
    assert [(c.goods[0].quantity, seen(c)) for c in found] == [("40", ("OM", "LA", None)),
                                                               ("120", ("OM", "LA", "2010"))]
    assert found[0].status.value == "alleged"
    # A period of the past is a time, not trade in general.
    assert seen(only("Oman sold 300 tonnes of dates to Laos in the past six months.\n"))[:2] == ("OM", "LA")


def test_goods_nouns_listed_after_a_sale_are_its_goods_not_a_make_of_them() -> None:
    # "perfumes" and "cosmetics" are goods, not a house's name: the list names every goods the sale held.
    claim = only("A Penang wholesaler sold luxury goods to Laos in 2016. The goods included wines, perfumes, "
                 "cosmetics and handbags.\n")
    assert {g.description for g in claim.goods} >= {"wines", "perfumes", "cosmetics", "handbags"}


def test_a_load_named_by_its_kind_is_goods_told_whoever_the_trader_is() -> None:
    # "luxury goods" says what moved, as "luxury items" does: the sale is a claim though the trader is no known party.
    claim = only("date 2021-05-04\n\nMr Tan supplied luxury goods worth $310,000 to North Korea in 2015.\n")
    assert claim.goods[0].description == "luxury goods"
    assert claim.goods[0].value == ("310000", "USD")
    assert seen(claim)[1:] == ("KP", "2015")
    # Goods named only as goods, with one side known, are a claim too (`test_food_trade_reading.py`).
    assert [g.description for c in claims("date 2021-05-04\n\nMr Tan supplied goods to North Korea in 2015.\n")
            for g in c.goods] == ["goods"]
    # Beside a transfer whose goods the report names, the load of a kind only announces it.
    told = claims("date 2021-05-04\n\nMr Tan was jailed for supplying luxury goods to North Korea.\n\n"
                  "In 2015 his firm sold 40 watches to a department store in Pyongyang.\n")
    assert [g.description for c in told for g in c.goods] == ["watches"]


def test_a_list_of_counted_goods_after_a_transfer_names_all_its_goods() -> None:
    # A make or count inside the list ("two used speedboats") is one of the goods, not the name of all of them; a word
    # on the goods ("The banned items") may stand between the article and the noun.
    for opening in ("The items included", "The banned items include"):
        claim = only(f"Laos bought luxury items from dealers in Chile last year. {opening} 3,000 cigars, 40 bottles "
                     "of brandy, hundreds of tablet computers and two used speedboats.\n")
        assert {g.description for g in claim.goods} >= {"cigars", "brandy", "tablet computers", "used speedboats"}
        assert seen(claim)[:2] == ("CL", "LA")


def test_whoever_sought_the_seized_goods_was_to_receive_them() -> None:
    claim = only("Chile has seized luxury items that Laos had bought, including fine brandy and riding boots.\n")
    assert seen(claim)[1] == "LA"
    assert {"fine brandy", "luxury items"} <= {g.description for g in claim.goods}
    claim = only("Peru confiscated other banned luxury items the rulers of Laos unsuccessfully tried to buy last "
                 "year.\n")
    assert seen(claim)[1] == "LA"


def test_a_list_told_by_they_after_goods_named_only_as_goods_names_them() -> None:
    claim = only("date 2021-05-04\n\nMr Tan supplied luxury goods worth $310,000 to North Korea in 2015.\n\n"
                 "They include handbags, perfumes and watches.\n")
    assert {g.description for g in claim.goods} >= {"handbags", "perfumes", "watches"}
    # Goods the sale named already are not renamed by a list told after it.
    claim = only("date 2021-05-04\n\nMr Tan supplied pianos to North Korea in 2015. They included two grand pianos "
                 "and a violin.\n")
    assert [g.description for g in claim.goods] == ["pianos"]


def test_the_wood_a_boat_is_finished_with_is_no_goods_of_its_own() -> None:
    found = claims("The deposit for the two boats, both finished with walnut wood interiors, came from a Dutch firm, "
                   "which later handed the purchase to a Laotian company.\n")
    assert "walnut" not in [g.description for c in found for g in c.goods]
    assert [g.description for g in only("A Dutch firm sold walnut wood to Laos in May.\n").goods] == ["walnut"]


def test_goods_listed_paragraphs_after_a_trade_told_as_going_on_went_between_its_sides() -> None:
    report = ("Laos continues to import luxury goods that the treaty forbids, a weekly said on Friday.\n\n"
              "An envoy said most of the goods are made in Japan.\n\n"
              "The treaty names no goods but calls them needless.\n\n"
              "The banned items include 500 wristwatches, 20 cases of brandy and three speedboats.\n")
    claim = only(report)
    assert [g.description for g in claim.goods] == ["wristwatches", "brandy", "speedboats"]
    assert (claim.kind, seen(claim)) == ("import", (None, "LA", "2024-03"))
    assert claims(report.split("\n\nThe banned")[0] + "\n") == []
    assert claims("The banned items include 500 wristwatches, 20 cases of brandy and three speedboats.\n") == []
