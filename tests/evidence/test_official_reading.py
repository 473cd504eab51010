"""Transfers told the way government releases and the reports that quote them tell them (sanctions designations,
indictments, coast-guard notices, panel summaries): long sentences of several clauses, a second transfer told by a
pronoun after "and" or as a second counted lot, who saw or designated being no side, goods made by a party or in a
country, what a rule covers, hides or names being no goods, procurement items, what a search or an inquiry found,
a saying inside a relative clause, the date of an indictment, and pictures taken on a day."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_a_second_transfer_told_by_a_pronoun_after_and_is_a_claim_of_its_own() -> None:
    found = claims("Monitors say Pyongyang shipped valves for a chemical plant to Libya in 2019, and it transferred "
                   "rocket launchers to Laos.\n")
    assert [(c.goods[0].description, seen(c)[:2]) for c in found] == [
        ("valves", ("KP", "LY")), ("rocket launchers", ("KP", "LA"))]
    # The first clause's goods told by no goods word ("items") leave the second transfer its own.
    found = claims("Monitors say Pyongyang sent items used in missile programmes to Libya, and it transferred rocket "
                   "launchers to Laos.\n")
    assert [(c.goods[0].description, seen(c)[:2]) for c in found][-1] == ("rocket launchers", ("KP", "LA"))


def test_who_spots_a_ship_transferring_goods_is_no_side_of_the_transfer() -> None:
    claim = only("Seoul's defence ministry says a South Korean navy patrol plane has spotted a ship apparently "
                 "transferring diesel to a North Korean tanker in the Yellow Sea.\n")
    assert seen(claim)[:2] == (None, "KP")
    assert claim.status.value == "alleged"
    named = only("Coast guards filmed the Russian tanker Belaya Reka transferring diesel to a North Korean tanker.\n")
    assert (named.supplier.country, named.supplier.name) == ("RU", "Belaya Reka")
    passive = only("A Russian tanker was spotted transferring diesel to a North Korean tanker.\n")
    assert seen(passive)[:2] == ("RU", "KP")


def test_a_corporation_named_by_its_country_is_a_party() -> None:
    claim = only("Two shipments of radio equipment produced by the North Korean corporation Hanrim were delivered to "
                 "the Kenyan military last year.\n")
    assert seen(claim) == ("KP", "KE", "2023")
    assert claim.goods[0].quantity == "2"


@pytest.mark.parametrize("maker", ["a North Korean manufacturer", "North Korea"])
def test_goods_made_by_a_party_of_a_country_come_from_it_when_nothing_else_is_told(maker: str) -> None:
    assert seen(only(f"Radio sets made by {maker} were delivered to the Kenyan military last year.\n")) == (
        "KP", "KE", "2023")
    assert seen(only(f"Trucks made by {maker} were sold to the Kenyan army by a Russian dealer.\n"))[:2] == ("RU", "KE")


def test_who_designates_parties_for_a_transfer_is_no_side_of_it() -> None:
    claim = only("On March 3, the US Department of the Treasury designated four companies for their involvement in "
                 "the transport and export of North Korean iron ore.\n")
    assert seen(claim)[:2] == ("KP", None)


def test_a_clause_of_its_own_after_the_words_of_a_rule_still_tells_a_transfer() -> None:
    found = claims("Monitors say Pyongyang sent valves to Libya in violation of UN sanctions, and it transferred "
                   "rocket launchers to Laos.\n")
    assert [(c.goods[0].description, seen(c)[:2]) for c in found] == [
        ("valves", ("KP", "LY")), ("rocket launchers", ("KP", "LA"))]
    assert [seen(c)[:2] for c in claims("Resolutions ban the sale of arms; North Korea sold rifles to Libya.\n")] == [
        ("KP", "LY")]
    assert claims("It is prohibited to export coal to North Korea, and it is illegal to sell fuel.\n") == []


@pytest.mark.parametrize("day", ["March 4, 2023", "4 March", "Tuesday"])
def test_pictures_taken_on_a_day_tell_no_cargo_taken_on(day: str) -> None:
    assert claims(f"The spokesman showed satellite images taken on {day}, appearing to show Chinese trucks at the "
                  "border.\n") == []
    assert seen(only(f"The tanker Ryong Gang took on diesel from a Chinese ship on {day}.\n"))[0] == "CN"


def test_two_counted_lots_of_the_same_goods_to_two_parties_are_two_transfers() -> None:
    found = claims("In 2019, the Russian ship Neva conducted two ship-to-ship transfers of diesel for the benefit of "
                   "North Korea, including 800 tons of diesel to the North Korea-flagged M/V Pak San 3 and 1,200 tons "
                   "of diesel to the North Korea-flagged M/V Ryong Do.\n")
    assert [(c.recipient.name, c.goods[0].quantity, seen(c)) for c in found] == [
        ("Pak San 3", "800", ("RU", "KP", "2019")), ("Ryong Do", "1200", ("RU", "KP", "2019"))]
    assert [(seen(c)[1], c.goods[0].quantity) for c in claims(
        "China shipped 800 tons of rice to North Korea and 1,200 tons of rice to Laos in May.\n")] == [
        ("KP", "800"), ("LA", "1200")]


def test_goods_a_rule_covers_are_no_goods_of_a_transfer_told_after_it() -> None:
    found = claims("Reporters said that according to the experts, North Korea was flouting UN sanctions on oil and "
                   "gas, engaging in prohibited rocket cooperation with Iran and Laos, and illegally exporting "
                   "commodities that brought in nearly $100 million in six months last year.\n")
    assert found == []
    assert seen(only("China shipped 500 tonnes of diesel to North Korea despite sanctions on fuel.\n"))[:2] == (
        "CN", "KP")


def test_goods_words_that_name_what_is_done_or_who_speaks_are_no_goods() -> None:
    found = claims("Reporters said that according to the monitors, North Korea was engaging in banned missile "
                   "cooperation with Iran and Laos, and illegally exporting commodities that earned $100 million.\n")
    assert found == []


@pytest.mark.parametrize(("made", "country"), [("North Korea-made", "KP"), ("China-built", "CN"), ("Iran-made", "IR")])
def test_goods_made_in_a_country_told_by_its_name_come_from_it(made: str, country: str) -> None:
    claim = only(f"Soldiers have reportedly found {made} mortars from rebel fighters in the north.\n")
    assert seen(claim)[0] == country
    assert claim.goods[0].description == f"{made} mortars"


def test_what_hides_the_goods_is_no_goods() -> None:
    # The technology is the goods (see test_technology_reading); the containers that hid it are none.
    claim = only("He allegedly planned to ship the export-controlled technology to North Korea by hiding it in "
                 "shipping containers that were shipped from Oakland to North Korea through Hong Kong.\n")
    assert [g.description for g in claim.goods] == ["export-controlled technology"]
    claim = only("He planned to ship rifles to North Korea by hiding them in shipping containers.\n")
    assert [g.description for g in claim.goods] == ["rifles"]


def test_what_a_search_found_out_is_no_seizure_of_what_was_searched() -> None:
    found = claims("Agents also found, through a search of his iPhone, that he had discussions with others about "
                   "shipping military radios to North Korea.\n")
    assert all(g.description != "iPhone" for c in found for g in c.goods)
    assert seen(only("Customs found, in a container from Dalian, 300 bottles of cognac bound for Nampho.\n"))[:2] == (
        "CN", "KP")


def test_the_date_of_an_indictment_does_not_date_a_transfer_told_in_a_relative_clause_on_its_subject() -> None:
    claim = only("Previously, on June 6, 2019, Peter Lim, who the government has linked to the supply of machine tools "
                 "to North Korea, and his son were indicted in Ohio for allegedly conspiring to violate sanctions.\n")
    assert seen(claim) == (None, "KP", None)
    assert seen(only("In March 2019, the Kum Bong, which had loaded coal at Nampho, was seized in Vietnam.\n"))[2] == (
        "2019-03")


@pytest.mark.parametrize("goods", ["a gas detector", "gyroscopes and accelerometers", "radio receivers",
                                   "other military items"])
def test_items_bought_for_weapons_programmes_are_goods(goods: str) -> None:
    claim = only(f"A trader is suspected of having shipped {goods} from Kobe to Thailand in March.\n")
    assert seen(claim) == ("JP", "TH", "2024-03")
    assert claim.status.value == "alleged"


def test_a_saying_inside_a_relative_clause_on_the_goods_keeps_the_clause_whole() -> None:
    claim = only("Police seized 50,000 rounds of ammunition that officials said were bound for North Korea.\n")
    assert seen(claim)[1] == "KP"
    assert claim.goods[0].quantity == "50000"
    planned = only("Police seized a radio receiver along with 2,000 rounds of ammunition that prosecutors said he "
                   "planned to ship to North Korea.\n")
    assert (seen(planned)[1], planned.status.value) == ("KP", "planned")


def test_transfers_an_inquiry_found_are_no_seizure_and_keep_their_supplier() -> None:
    claim = only("The panel found 40 shipments of rifles to Libya by North Korea.\n")
    assert seen(claim)[:2] == ("KP", "LY")
    assert claim.kind == "shipment"
    claim = only("The monitors said their investigations into Pyongyang's transfer of banned rifles found more than 40 "
                 "previously unreported shipments to Libya between 2012 and 2017.\n")
    assert seen(claim) == ("KP", "LY", "2012")


def test_to_ship_split_by_an_adverb_is_the_verb() -> None:
    claim = only("He allegedly planned to illegally ship the export-controlled technology to North Korea.\n")
    assert [g.description for g in claim.goods] == ["export-controlled technology"]  # no ship among the goods
    claim = only("The firm agreed to secretly ship 20 trucks to North Korea in May.\n")
    assert ([g.description for g in claim.goods], seen(claim)[1:]) == (["trucks"], ("KP", "2023-05"))


def test_the_date_of_an_indictment_in_the_next_sentence_does_not_date_the_transfer() -> None:
    claim = only("A former resident of Taiwan admitted exporting machinery to North Korea. Previously, on June 6, "
                 "2019, Peter Lim, who the government has linked to the supply of machinery to North Korea, and his "
                 "son were indicted in Ohio.\n")
    assert seen(claim) == ("TW", "KP", None)
    assert seen(only("A trader exported machinery to North Korea. On June 6, 2019, the machinery was seized in "
                     "Dalian.\n"))[2] == "2019-06-06"
