"""Transfers told the way prosecutors, courts and regulators tell them (charges, pleas, sentences, penalties): the
date of a plea, a finding or a statement that is not the transfer's, what a law makes illegal and the name of a law,
sums told "respectively", the country whose sanctions were evaded being no side, what a person is charged with being
alleged, charges that count no goods, an agent selling for a principal or smuggling goods home, and a wire's dateline
with its agencies and date in brackets."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_date_before_that_and_the_clause_it_opens_is_the_date_of_the_plea_or_finding() -> None:
    plea = only("A shop owner told a magistrate on Tuesday (March 12) that he had sold cosmetics worth $300,000 to "
                "Myanmar.\n")
    assert seen(plea) == (None, "MM", None)
    finding = only("Auditors found in January that a Lisbon firm had bought marble from Eritrea.\n")
    assert seen(finding) == ("ER", "PT", None)
    assert finding.kind == "import"
    # A date the transfer's own clause gives stays its date.
    dated = only("A trader admitted that he had supplied cosmetics to Myanmar in May 2021.\n")
    assert seen(dated) == (None, "MM", "2021-05")


def test_a_date_in_the_attribution_after_the_transfer_is_the_statements() -> None:
    claim = only("Canada sold steel to Bolivia, the ministry announced at a briefing in Ottawa on Monday.\n")
    assert seen(claim) == ("CA", "BO", None)
    before = only("A Bolivian engineer smuggled steel from Canada to Bolivia on Monday, the Justice Department said.\n")
    assert before.date is not None and before.date.iso() == "2024-03-18"


def test_a_finding_is_no_seizure_while_what_was_found_on_board_is() -> None:
    seized = only("Customs officers found 200 rifles that were bound for Eritrea.\n")
    assert seized.kind == "seizure" and seen(seized)[:2] == (None, "ER")


def test_what_a_law_makes_illegal_is_no_transfer() -> None:
    assert claims("Laws make it illegal for traders in Malaysia to sell cosmetics to buyers in Myanmar.\n") == []
    assert claims("It is unlawful under the new code for shops in Malaysia to supply watches to Myanmar.\n") == []
    sold = only("A Malaysian trader illegally sold cosmetics to Myanmar.\n")
    assert seen(sold)[:2] == ("MY", "MM")


def test_sums_told_respectively_go_each_to_its_goods() -> None:
    found = claims("Customs said a Busan importer brought in 3,000 tonnes of zinc and 500 tonnes of copper from "
                   "Eritrea in 2022, valued at 2.5 billion won and 600 million won respectively.\n")
    assert [(c.goods[0].description, c.goods[0].quantity, c.goods[0].value) for c in found] == [
        ("zinc", "3000", ("2500000000", "KRW")), ("copper", "500", ("600000000", "KRW"))]


def test_the_country_whose_sanctions_or_export_rules_were_evaded_is_no_side() -> None:
    claim = only("Defying U.S. and U.N. sanctions, the men shipped diesel to Myanmar.\n")
    assert seen(claim)[:2] == (None, "MM")
    rules = only("The two men broke US export controls by shipping lathes to Venezuela.\n")
    assert seen(rules)[:2] == (None, "VE")
    # Where the goods came from is still told.
    sent = only("The two men broke US export controls by shipping lathes from Canada to Venezuela.\n")
    assert seen(sent)[:2] == ("CA", "VE")


def test_what_a_person_is_charged_with_is_alleged_and_charges_count_no_goods() -> None:
    charged = only("A Chinese national was charged with exporting rifles to Eritrea.\n")
    assert seen(charged)[:2] == ("CN", "ER")
    assert charged.status == "alleged"
    # Charges count no goods.
    counts = only("A man was hit with five charges for supplying watches worth $50,000 to Myanmar.\n")
    assert counts.goods[0].quantity is None and counts.goods[0].value == ("50000", "USD")


def test_an_agent_smuggling_goods_to_his_own_country_acts_for_the_side_that_got_them() -> None:
    claim = only("A Venezuelan buyer admitted, in a guilty plea, that he had smuggled titanium sheets from Canada to "
                 "Venezuela.\n")
    assert seen(claim)[:2] == ("CA", "VE")
    assert claim.status == "confirmed"


def test_a_dateline_with_agencies_and_a_date_in_brackets_dates_no_transfer() -> None:
    claim = only("OTTAWA (Metro Wire / Daily Post - 12th May, 2023) A Bolivian engineer has admitted smuggling "
                 "steel from Canada to Bolivia.\n")
    assert claim.date is None


def test_a_transfer_word_in_the_name_of_a_law_names_no_transfer() -> None:
    claim = only("Acme Trading was hit with three charges under the Imports and Exports Ordinance for exporting soft "
                 "drinks to Myanmar.\n")
    assert (claim.supplier.name, seen(claim)[1]) == ("Acme Trading", "MM")
    assert claim.kind == "export"


def test_the_principal_an_agent_sells_for_is_not_whom_the_goods_went_to() -> None:
    found = claims("A Lisbon man worked as a broker to sell rifles for Eritrea.\n")
    assert all(c.recipient.country != "ER" for c in found)
    sold = only("A Malaysian trader sold rifles for Eritrea's army.\n")
    assert seen(sold)[:2] == ("MY", "ER")


def test_a_reexport_of_network_gear_told_at_two_times_is_dated_by_the_first() -> None:
    claim = only("Nordex reexported network devices to Iran in March 2012, and again in May 2013, officials "
                 "alleged.\n")
    assert seen(claim) == (None, "IR", "2012-03")
    assert (claim.kind, claim.status) == ("export", "alleged")
    assert claim.goods[0].description == "network devices"


def test_an_exchange_seen_on_imagery_is_the_transfer_it_shows() -> None:
    claim = only("An exchange seen on radar images showed the tanker Blue Heron transferring diesel worth $2 million "
                 "to a Chinese tanker.\n")
    assert (claim.kind, claim.supplier.name, claim.recipient.country) == ("ship-to-ship", "Blue Heron", "CN")
    assert claim.goods[0].value == ("2000000", "USD")


def test_goods_of_export_control_and_sanctions_cases_are_goods_words() -> None:
    chips = only("A Texas firm shipped microcontrollers and avionics to Iran in 2015.\n")
    assert [g.description for g in chips.goods] == ["microcontrollers", "avionics"]
    drinks = only("A Dutch firm exported soft drinks to Myanmar.\n")
    assert drinks.goods[0].description == "soft drinks"
    iron = claims("A trader brought in 900 tonnes of pig iron and 300 tonnes of coal briquettes from Eritrea.\n")
    assert [c.goods[0].description for c in iron] == ["pig iron", "coal briquettes"]
