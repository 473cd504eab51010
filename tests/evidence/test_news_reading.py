"""Transfers told the ways news English tells them: a recipient who "appears to have received", gifts
swapped by "the two leaders", goods seized by someone who is no side, a ship that carried goods "when"
something happened, a relative clause hanging on a dated one."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


def test_a_place_before_who_says_so_is_where_the_goods_went() -> None:
    claim = only("India delivered medicines worth $1 million to North Korea, the foreign ministry said on Friday.\n")
    assert seen(claim) == ("IN", "KP", None)
    assert claim.recipient.name is None


def test_the_recipient_who_appears_to_have_received_is_no_supplier_and_state_television_no_goods() -> None:
    claim = only("Kim Jong Un appears to have received a Russian carbine from Vladimir Putin on Sunday, footage "
                 "released by Russian state television suggests.\n")
    assert seen(claim) == ("RU", "KP", "2024-03-17")
    assert [g.description for g in claim.goods] == ["Russian carbine"]
    assert (claim.supplier.name, claim.recipient.name) == ("Vladimir Putin", "Kim Jong Un")
    assert claim.status.value == "alleged"


def test_giving_no_value_for_goods_is_no_gift() -> None:
    assert claims("The Kremlin gave no value for the rifles.\n") == []


def test_the_two_leaders_who_swap_goods_are_the_two_told_before() -> None:
    found = claims("Kim Jong Un and Vladimir Putin met in Vladivostok on Thursday. Their aides said later that "
                   "the two leaders had swapped ceremonial swords.\n")
    assert sorted((c.kind, c.supplier.country, c.recipient.country) for c in found) == [
        ("exchange", "KP", "RU"), ("exchange", "RU", "KP")]
    assert {c.goods[0].description for c in found} == {"ceremonial swords"}


def test_an_exchange_also_told_leg_by_leg_is_those_legs() -> None:
    found = claims("Vladimir Putin gave Kim Jong Un a Russian carbine on Sunday. The Kremlin said the leaders had "
                   "swapped rifles, and that Kim gave Putin a rifle of North Korean make.\n")
    assert sorted((c.kind, c.supplier.country, c.recipient.country) for c in found) == [
        ("gift", "KP", "RU"), ("gift", "RU", "KP")]


def test_who_seized_the_goods_did_not_supply_them_and_the_containers_are_the_goods_told_before() -> None:
    claim = only("The panel examined a consignment of protective suits seized by the Republic of Korea in "
                 "September 2023. The four containers had been loaded in Nampho and were transshipped in Dalian "
                 "before reaching Busan aboard a Panamanian-flagged container vessel, bound for Syria.\n")
    assert seen(claim) == ("KP", "SY", "2023-09")
    assert [g.description for g in claim.goods] == ["protective suits"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The freighter is believed to have been carrying missile parts from North Korea to Myanmar when a destroyer "
     "caught up with it on March 2.", "2024-03-02"),
    ("The suits were like those seized by Greece in November 2023 from a freighter, which was carrying 14,000 "
     "protective suits from North Korea to Syria.", "2023-11"),
    ("When the freighter reached Busan on March 2, customs seized 400 rifles shipped from North Korea to Syria.",
     "2024-03-02"),
])
def test_a_clause_without_a_date_takes_the_time_of_the_clause_it_hangs_on(text: str, expected: str) -> None:
    claim = only(text + "\n")
    assert seen(claim) == ("KP", claim.recipient.country, expected)
    assert claim.recipient.country in ("MM", "SY")


def test_a_relative_clause_on_the_goods_tells_no_carrier() -> None:
    claim = only("Putin gave Kim a hunting carbine and a glove that had flown in orbit.\n")
    assert seen(claim) == ("RU", "KP", None)
    assert (claim.supplier.name, claim.recipient.name) == ("Vladimir Putin", "Kim Jong Un")


def test_a_ship_named_bare_and_a_ship_flagged_by_the_recipient() -> None:
    claim = only("In early 2023 the Patriot transferred 1,500 tonnes of oil to the North Korean-flagged Chong Rim 2, "
                 "officials said.\n")
    assert (claim.supplier.name, claim.recipient.name, claim.recipient.country) == ("Patriot", "Chong Rim 2", "KP")
    assert claim.date is not None and claim.date.iso() == "2023"


def test_a_ship_under_an_open_registry_s_flag_is_no_country_s() -> None:
    claim = only("The Togo-flagged Sea Star delivered 3,000 tonnes of diesel to Nampho.\n")
    assert (claim.supplier.name, claim.supplier.country, claim.recipient.country) == ("Sea Star", None, "KP")


def test_a_ship_that_unloads_its_cargo_where_no_side_is_named_brings_it_from_its_country() -> None:
    claim = only("The North Korean-flagged Ka Rim Chon unloaded 3,000 tons of coal at an anchorage off Ningbo in "
                 "October.\n")
    assert (claim.supplier.name, claim.supplier.country) == ("Ka Rim Chon", "KP")
    assert claim.date is not None and claim.date.iso() == "2023-10"


def test_the_transfers_a_treasury_blacklists_ships_over_are_its_reason_not_a_transfer_told() -> None:
    # Neither a claim nor, with it, the day of the blacklisting as the day of a transfer: the report tells
    # the transfers themselves elsewhere, or not at all.
    assert claims("The Treasury on Tuesday blacklisted six Russian-flagged vessels over transfers of fuel to North "
                  "Korean tankers at sea.\n") == []


@pytest.mark.parametrize("text", [
    "If confirmed, it would be the second time in four years that protective equipment from North Korea was "
    "found on its way to Syria.",
    "Imports of Chinese trucks into North Korea have been banned since the end of 2017.",
    "The group said the purchase broke the arms embargo imposed on Eritrea in 2019.",
    "A tanker that disappears from the map near the Chinese coast for a week may have taken on oil.",
])
def test_what_would_be_what_is_banned_and_an_arms_embargo_tell_no_transfer(text: str) -> None:
    assert claims(text + "\n") == []


def test_a_demonym_on_a_purchase_is_the_buyer_and_no_acknowledgement_confirms_nothing() -> None:
    claim = only("Syrian purchases of North Korean Scud-C missiles began in 1991. Damascus has never acknowledged "
                 "the deals.\n")
    assert seen(claim) == ("KP", "SY", "1991")
    assert claim.status.value == "reported"
    claim = only("Chinese exports of trucks to North Korea reached 300 in May.\n")
    assert seen(claim)[:2] == ("CN", "KP")


def test_it_is_the_country_the_sentence_is_about_not_a_place_named_after_in() -> None:
    claim = only("India keeps an embassy in Pyongyang and has sent help before: in 2021 it donated food aid worth "
                 "$1 million through the World Food Programme.\n")
    assert seen(claim) == ("IN", None, "2021")


def test_goods_unloaded_in_one_country_and_carried_by_land_to_another_go_to_the_other() -> None:
    claim = only("The El Entisar had taken on the cargo of rifles in North Korea, and the weapons were to be unloaded "
                 "in Turkey and carried by land to the Syrian government.\n")
    assert seen(claim) == ("KP", "SY", None)


def test_a_tanker_off_a_coast_is_no_supplier_and_a_freighter_that_calls_at_a_port_no_goods() -> None:
    claim = only("The Kum Un San 3 unloaded about 2,000 tons of diesel at Nampho on 5 June 2023 after taking it on "
                 "from a foreign tanker off the Chinese coast.\n")
    assert seen(claim) == (None, "KP", "2023-06-05")
    claim = only("South Korea seized 445 graphite cylinders bound for Syria in May. The cylinders were found when "
                 "the freighter called at Busan.\n")
    assert [g.description for g in claim.goods] == ["graphite cylinders"] or claim.goods[0].description.startswith(
        "graphite")


def test_the_gifts_of_an_exchange_told_without_goods_are_given_on_its_date() -> None:
    found = claims("Vladimir Putin and Kim Jong Un exchanged gifts at the end of their talks on Sunday, the Kremlin "
                   "said.\n\nPutin gave Kim a hunting carbine, a spokesman said. In return, Kim presented Putin with "
                   "a rifle made in North Korea.\n")
    assert sorted((c.supplier.country, c.recipient.country, c.date.iso() if c.date else None) for c in found) == [
        ("KP", "RU", "2024-03-17"), ("RU", "KP", "2024-03-17")]


def test_a_model_s_number_is_no_count() -> None:
    claim = only("Kim Jong Un appears to have received a new Mercedes-Maybach GLS 600 sport utility vehicle, footage "
                 "suggests.\n")
    assert [g.quantity for g in claim.goods] == [None] * len(claim.goods)
    assert claim.recipient.country == "KP" and claim.supplier.country is None
    claim = only("Russia delivered 20 MiG-29 jets to North Korea.\n")
    assert claim.goods[0].quantity == "20"


def test_the_date_a_ship_was_photographed_is_not_that_of_the_oil_it_had_loaded() -> None:
    claim = only("The Chong Rim 2, a small North Korean tanker which had loaded oil from a Russian vessel in the Sea "
                 "of Japan early this year, was photographed in March berthed at the fuel terminal in Nampho.\n")
    assert seen(claim) == ("RU", "KP", "2024")


def test_imports_into_a_country_go_to_it_and_a_delegation_is_a_side() -> None:
    claim = only("Imports of Chinese trucks into North Korea resumed in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")
    claim = only("Kim was seen receiving a new Mercedes from a Chinese delegation in May.\n")
    assert seen(claim) == ("CN", "KP", "2023-05")
    assert claim.recipient.name == "Kim Jong Un"


def test_a_ship_under_an_open_registry_s_flag_carrying_north_korean_coal_brings_it_from_north_korea() -> None:
    claim = only("The Wise Man, a Sierra Leone-flagged bulk carrier, unloaded 5,000 tons of North Korean coal at "
                 "Kholmsk in May.\n")
    assert seen(claim)[0] == "KP"
    assert claim.goods[0].quantity == "5000"


def test_what_a_class_of_ships_is_suspected_of_is_no_transfer() -> None:
    assert claims("The maritime authority said ships suspected of carrying North Korean coal or delivering fuel to "
                  "North Korean tankers would lose the Panamanian flag.\n") == []
    claim = only("Two ships suspected of carrying North Korean coal were seized in Busan in May.\n")
    assert seen(claim)[0] == "KP"


def test_who_controls_the_buyer_did_not_supply_the_goods() -> None:
    claim = only("Mozambique allegedly received surface-to-air missiles and radar equipment from North Korea. The "
                 "panel says the equipment was supplied under a contract with Monte Binga, a company controlled by "
                 "the Mozambican government.\n")
    assert seen(claim)[:2] == ("KP", "MZ")
