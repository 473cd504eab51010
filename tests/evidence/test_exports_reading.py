"""Transfers told the way reports on a country's banned exports tell them: what a source supplied that is no goods,
a rule broken by the transfer told after "by", goods a party is barred from selling, a ship of no side that brought
goods from a place, a body named only by its name and its town, papers of a port, and the days a rule was made or a
finding made known."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_what_a_source_supplied_is_no_goods() -> None:
    claim = only("A neighbouring government supplied intelligence showing that Laos sent 40,000 tonnes of "
                 "gravel abroad from June 2022.\n")
    assert (claim.goods[0].description, seen(claim)) == ("gravel", ("LA", None, "2022-06"))
    claim = only("According to data provided by a Dutch supply chain research firm, three Thai firms exported "
                 "900 tonnes of sugar to Cambodian buyers in 2022.\n")
    assert (claim.goods[0].description, seen(claim)) == ("sugar", ("TH", "KH", "2022"))
    assert claims("The trade in Bolivian tin, handled in neighbouring Peru, gives the junta a way around the "
                  "embargo, providing a steady source of hard currency.\n") == []


def test_a_flow_named_after_that_is_a_noun_not_a_habit() -> None:
    claim = only("The customs office in Vietnam disclosed that imports of timber from Laos amounted to 64 "
                 "tonnes in March.\n")
    assert (claim.goods[0].description, claim.goods[0].quantity, seen(claim)) == (
        "timber", "64", ("LA", "VN", "2024-03"))


def test_a_rule_broken_by_a_transfer_tells_the_transfer() -> None:
    claim = only("Eritrea breached the arms embargo in 2019 by shipping rifles to Sudan.\n")
    assert seen(claim) == ("ER", "SD", "2019")
    assert claims("Eritrea would violate the embargo by shipping rifles to Sudan.\n") == []


def test_goods_a_party_is_barred_from_selling_are_what_the_rule_covers() -> None:
    assert claims("The figures cover the last cargoes cleared before the measures took hold, barring Laos from "
                  "selling timber, tin and rubber abroad.\n") == []


def test_a_ship_of_no_side_supplies_nothing_where_it_sailed_from_does() -> None:
    claim = only("The Comoros-flagged Sea Lark delivered 9,200 tonnes of gravel after sailing from Haiphong in "
                 "Vietnam to Ocean Pier Ltd in Kaohsiung.\n")
    assert (claim.goods[0].quantity, seen(claim)) == ("9200", ("VN", "TW", None))


def test_papers_of_a_port_are_no_side() -> None:
    claim = only("The ship was the Sea Lark, which Thai port control documents show delivered 9,200 tonnes of "
                 "gravel to Sihanoukville after sailing from Vietnam.\n")
    assert seen(claim)[:2] == ("VN", "KH")


def test_the_days_a_rule_was_made_or_a_finding_made_known_are_not_the_transfers() -> None:
    claim = only("Cambodia last year shipped sand to Singapore.\n\nThe government on March 3 last year banned "
                 "exports of sand under a new decree.\n")
    assert seen(claim) == ("KH", "SG", "2023")
    claim = only("On May 14, it was confirmed that the gravel exported to Japan by Thai firms exceeded 3,000 "
                 "tonnes.\n")
    assert seen(claim) == ("TH", "JP", None)


def test_the_day_a_rule_came_into_force_is_not_the_transfers() -> None:
    claim = only("The figures are the last shipments of zinc from Laos to Vietnam cleared before the measures came "
                 "into force on Sept. 5.\n")
    assert seen(claim) == ("LA", "VN", None)


def test_land_given_in_payment_for_a_statue_is_no_gift_of_the_statue() -> None:
    assert all(seen(c)[:2] != ("GA", "LA") for c in claims(
        "Gabon paid for its bronze statue by giving a plot of land to Laos.\n"))


def test_a_news_epithet_for_a_state_stands_for_the_country_told_before() -> None:
    found = claims("Laos sold timber to Vietnam in May. However, the secretive communist state has since then at "
                   "least three times shipped zinc to Thailand.\n")
    assert sorted((c.goods[0].description, seen(c)[:2]) for c in found) == [
        ("timber", ("LA", "VN")), ("zinc", ("LA", "TH"))]


def test_the_country_alone_stands_for_the_country_told_before_on_either_side() -> None:
    sent = only("Laos has little farmland left. The country exported 2,000 tonnes of teak to Vietnam in May.\n")
    assert seen(sent) == ("LA", "VN", "2023-05")
    taken = only("Laos relies on smuggling. Last year the country imported 900 tonnes of kerosene from Thailand.\n")
    assert seen(taken) == ("TH", "LA", "2023")
    assert seen(only("Laos relies on smuggling. Last year it imported 900 tonnes of kerosene from Thailand.\n")) == \
        ("TH", "LA", "2023")


def test_factories_told_by_their_country_are_a_side() -> None:
    claim = only("More than 80 containers of canned tuna were sent to Canada this year from the Thai factories.\n")
    assert seen(claim)[:2] == ("TH", "CA")


def test_goods_worked_on_after_being_brought_in_tell_no_transfer() -> None:
    assert claims("Analysts say Laos has used prison labour to transform imported raw silk into scarves.\n") == []
    assert claims("Vietnamese mills kept processing imported raw silk.\n") == []


def test_the_top_items_of_a_flow_each_with_its_sum_are_flows_of_their_own() -> None:
    found = claims("Thai outbound shipments to Laos surged 40 per cent year-on-year to $120 million in May, the "
                   "data showed. The top export items in terms of value were steel pipes and cement, worth about $9.5 "
                   "million, "
                   "and urea, a widely used fertiliser, worth $4.2 million, reported a news agency.\n")
    assert sorted((c.goods[0].description, len(c.goods), seen(c), c.goods[0].value) for c in found) == [
        ("steel pipes", 2, ("TH", "LA", "2023-05"), ("9500000", "USD")),
        ("urea", 1, ("TH", "LA", "2023-05"), ("4200000", "USD"))]


def test_sources_who_say_so_leave_the_transfer_told() -> None:
    claim = only("The zinc was delivered to Japan in October, sources said.\n")
    assert seen(claim) == (None, "JP", "2023-10")
    claim = only("Zinc was shipped to Japan last year, intelligence sources said.\n")
    assert seen(claim) == (None, "JP", "2023")


def test_a_ban_on_a_list_of_goods_said_in_quotes_is_no_transfer() -> None:
    assert claims('Laos said that all imports of copper, tin, zinc ore and timber from Peru will be "completely '
                  'prohibited" from Monday.\n') == []
    # An aside after a comma is not a list: the trade it qualifies is still told.
    claim = only("Imports of copper from Peru, which are banned, reached 4,000 tonnes in May.\n")
    assert seen(claim)[0] == "PE"


def test_a_halt_to_imports_of_goods_named_by_a_country_of_two_words_is_no_transfer() -> None:
    assert claims("Laos halted tin sales to Chile to answer Beijing's latest suspension of North Korean coal "
                  "imports, sources said.\n") == []
    # Goods bought before the halt are still told.
    claim = only("China bought 4,000 tonnes of North Korean coal in January.\n")
    assert seen(claim) == ("KP", "CN", "2024-01")


def test_a_mine_the_goods_came_from_is_no_goods() -> None:
    claim = only("Copper from the Toquepala mine was shipped to Chile in May.\n")
    assert (claim.goods[0].description, seen(claim)) == ("Copper", (None, "CL", "2023-05"))
    claim = only("Copper from a mine in Peru is still exported to Chile.\n")
    assert (claim.goods[0].description, seen(claim)[:2]) == ("Copper", ("PE", "CL"))
    # Mines sold as weapons stay goods.
    claim = only("Laos received 300 mines from Russia in May.\n")
    assert (claim.goods[0].description, seen(claim)) == ("mines", ("RU", "LA", "2023-05"))


def test_orders_for_goods_from_a_buyer_are_no_goods_sent() -> None:
    assert claims("Workshops in Laos chiefly fill clothing orders consigned from China.\n") == []
    assert claims("Workshops making shirts, which chiefly fill clothing orders consigned from China, could not "
                  "move goods across the border.\n") == []
    # Goods shipped to fill the orders are still sent.
    claim = only("Laos shipped clothing orders to China in May.\n")
    assert (claim.goods[0].description, seen(claim)) == ("clothing", ("LA", "CN", "2023-05"))


def test_under_the_umbrella_of_a_body_is_no_umbrella() -> None:
    claim = only("Workshops run under the umbrella of a trading bureau in Laos shipped shirts to "
                 "Chile in May.\n")
    assert [g.description for g in claim.goods] == ["shirts"]
    claim = only("Laos sold 300 umbrellas to Chile in May.\n")
    assert seen(claim) == ("LA", "CL", "2023-05")
