"""Reading rules for one transfer told again in other words, for which side is which, and for the words beside
the goods that are not goods: a noun in apposition to a transfer told, the date a source spoke on, the owner of
a carrier, ships, mills and newspapers beside the goods, and what a rule or a count of none covers."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("text", [
    "UNITED NATIONS, Sept. 11, 2017 (AP) - The U.N. Security Council on Monday unanimously adopted new sanctions "
    "against North Korea over its sixth nuclear test, capping its imports of refined petroleum products at 2 million "
    "barrels a year and banning its textile exports.",
    '"Not a single watch has been shipped from Switzerland to North Korea since the UN ban on luxury goods," a '
    "spokesman said.",
    "The ship had delivered its load to Syria in May.",
])
def test_a_cap_a_count_of_none_and_a_ship_with_no_goods_named_are_no_claim(text: str) -> None:
    assert claims(text + "\n") == []


def test_a_noun_in_apposition_to_a_transfer_told_is_that_transfer() -> None:
    claim = only("Iran received 19 missiles from North Korea in 2005, a purchase that would give Tehran a weapon "
                 "able to reach Europe.\n")
    assert [g.description for g in claim.goods] == ["missiles"]
    assert seen(claim) == ("KP", "IR", "2005")


def test_a_transfer_told_again_with_the_date_a_source_spoke_on_is_one_claim() -> None:
    claim = only("Iran received 19 missiles from North Korea in 2005, the cable said. The missiles were sold to Iran "
                 "by North Korea and shipped in parts, the cable said, quoting officials at a meeting with Russian "
                 "experts in December 2009.\n")
    assert seen(claim) == ("KP", "IR", "2005")


@pytest.mark.parametrize(("text", "goods", "sides"), [
    ("The missiles, known as BM-25 and based on a Soviet submarine-launched design, were sold to Iran by North "
     "Korea in 2005.", "missiles", ("KP", "IR", "2005")),
    ("Rifles worth about $100 million were bought from North Korea by the United Arab Emirates in 2015, according to "
     "a person familiar with the purchase and emails seen by this newspaper.", "Rifles", ("KP", "AE", "2015")),
])
def test_a_design_and_a_newspaper_beside_the_goods_are_not_goods(text: str, goods: str,
                                                                        sides: tuple[str, str, str]) -> None:
    claim = only(text + "\n")
    assert [g.description for g in claim.goods] == [goods]
    assert seen(claim) == sides


def test_a_mill_the_goods_are_unloaded_for_is_not_goods() -> None:
    found = claims("The Jin Teng docked at Subic on Thursday with palm kernels bought from an Indonesian exporter, to "
                   "be unloaded for a feed mill in Subic.\n")
    assert [g.description for c in found for g in c.goods if "mill" in g.description] == []


def test_a_place_the_first_verb_governs_is_no_supplier_of_the_verb_coordinated_after_it() -> None:
    claim = only("Dennis Rodman sang to Kim Jong Un before a game in Pyongyang on Wednesday, and handed the North "
                 "Korean leader a bottle of whiskey.\n")
    assert (claim.supplier.country, claim.recipient.name) == (None, "Kim Jong Un")


def test_the_owner_of_a_carrier_denying_its_delivery_is_no_supplier_and_the_delivery_is_denied() -> None:
    claim = only("A Hong Kong shipping company on Thursday denied that one of its freighters had delivered steel "
                 "pipes to North Korea.\n")
    assert seen(claim) == (None, "KP", None)
    assert claim.status.value == "denied"


def test_a_denial_of_ties_is_no_denial_of_a_transfer() -> None:
    claim = only("A North Korean freighter unloaded cement at Tartus in March. North Korea has denied any nuclear "
                 "cooperation with Damascus.\n")
    assert claim.status.value == "reported"


def test_the_date_before_a_proceeding_told_after_a_comma_is_the_transfer_s() -> None:
    claim = only("Dandong Zhicheng Metallic Material Co imported nearly $700 million worth of North Korean coal "
                 "between 2013 and 2016, according to the US Treasury, which blacklisted the company on Tuesday.\n")
    assert seen(claim) == ("KP", "CN", "2013")  # a firm named first by its city (Dandong) is of its country


def test_goods_sent_to_the_supplier_s_country_give_the_transfer_told_no_recipient() -> None:
    found = claims("Dandong Zhicheng imported North Korean coal in 2016. Instead the company used part of it to buy "
                   "goods the North could not buy in its own name, and exported to North Korea items including "
                   "nuclear and missile components.\n")
    assert seen(found[0]) == ("KP", None, "2016")
    # The items listed after "including" are the goods of the export, a transfer of its own to North Korea.
    assert [(c.recipient.country, [g.description for g in c.goods]) for c in found[1:]] == [
        ("KP", ["missile components"])]


def test_a_period_a_court_hedges_at_each_end_begins_with_the_first() -> None:
    claim = only("On or about June 1, 2017, IPC was designated by the Treasury for having contracted to supply oil to "
                 "North Korea. Between in or about May 2016 and in or about March 2017, IPC sold gasoil to North "
                 "Korea.\n")
    assert [g.description for g in claim.goods] == ["oil", "gasoil"]
    assert seen(claim) == (None, "KP", "2016-05")


def test_money_received_from_a_company_makes_it_no_supplier() -> None:
    claim = only("IPC sold gasoil to North Korea in 2016. Velmur paid IPC for the gasoil using funds it received from "
                 "Transatlantic Partners, a Singapore company.\n")
    assert claim.supplier.name is None


def test_the_goods_named_again_shipped_on_from_another_place_are_the_journey_s_next_leg() -> None:
    claim = only("Researchers have traced the Rolls-Royce Phantom that Kim Jong Un rode in to a sale in Germany in "
                 "late 2019. The limousine was shipped from Antwerp to Nakhodka in Russia and taken on to Pyongyang "
                 "by train, their report says.\n")
    assert seen(claim) == ("DE", "KP", "2019")


def test_a_container_holding_goods_is_not_the_goods() -> None:
    claim = only("The shipping container, carrying 60 firearms, left Long Beach for North Korea in May.\n")
    assert [g.description for g in claim.goods] == ["firearms"]
    assert claim.recipient.country == "KP"


def test_a_ship_that_took_on_goods_received_them_and_a_retelling_is_the_same_transfer() -> None:
    claim = only("A North Korean tanker received refined petroleum from a Chinese ship in the East China Sea last "
                 "month, Japan's foreign ministry said on Friday. The ministry believes the North Korean ship took on "
                 "oil products in violation of UN sanctions.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("CN", "KP")
    assert claim.kind == "ship-to-ship"


def test_where_a_named_ship_was_bound_is_the_recipient_and_no_part_of_its_name() -> None:
    claim = only("The Iraq-bound Mu San was carrying 16,500 tonnes of sugar loaded at Ko Si Chang in Thailand, its "
                 "captain said.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("TH", "IQ")


@pytest.mark.parametrize("text", [
    "China rejected reports that Chinese companies had supplied refined oil to North Korea in May.",
    "Russia dismissed allegations that it had bought shells from North Korea in May.",
])
def test_reports_or_allegations_rejected_deny_the_transfer_they_tell(text: str) -> None:
    assert only(text + "\n").status.value == "denied"


@pytest.mark.parametrize("text", [
    "Iran sourced rocket engines from North Korea in May.",
    "Iran has been sourcing rocket engines from North Korea since May.",
])
def test_goods_sourced_from_a_country_were_bought_from_it(text: str) -> None:
    claim = only(text + "\n")
    assert (claim.supplier.country, claim.recipient.country, claim.kind) == ("KP", "IR", "import")


def test_goods_paid_for_and_never_delivered_were_planned_not_denied() -> None:
    claim = only("Iraq paid North Korea $10 million in 2002 for Nodong missiles, but the weapons were never delivered. "
                 "The missiles were to be sold to Baghdad by a North Korean trading company.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.status.value) == ("KP", "IQ", "planned")


@pytest.mark.parametrize("text", [
    "Japanese customs have seized two Mercedes-Benz cars that a trading company in Osaka tried to export to North "
    "Korea through Dalian.",
    "Japanese customs seized cars that a Japanese company had tried to export to North Korea.",
])
def test_the_subject_of_a_relative_clause_on_goods_seized_sent_them(text: str) -> None:
    claim = only(text + "\n")
    assert (claim.supplier.country, claim.recipient.country) == ("JP", "KP")


@pytest.mark.parametrize(("text", "goods"), [
    ("A Chinese firm sold North Korea trucks that were later used to carry missiles in May.", "trucks"),
    ("The Wanshan trucks, designed to carry heavy missiles, were sold to North Korea in 2011.", "Wanshan trucks"),
])
def test_goods_said_to_carry_other_goods_are_the_goods_sold(text: str, goods: str) -> None:
    assert [g.description for g in only(text + "\n").goods] == [goods]


def test_a_party_a_relative_clause_of_receiving_hangs_on_received_the_goods() -> None:
    claim = only("Egypt, which received the grenades from North Korea in May, said they were for its army.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("KP", "EG")
