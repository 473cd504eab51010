"""Reports on foreign parts in weapons and on dual-use goods bought for them: parts found in a weapon tell where they
were made, not who supplied them; a date of making is no date of transfer; help to a party includes what it received;
words of purpose, of carriage at a parade, of a maker's logo and of know-how are no transfer and no goods."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_an_ampersand_in_a_name_leaves_the_goods_words_whole() -> None:
    claim = only("In 2021 Lima Trading & Supply Co bought steel valves from a firm in Chile.\n")
    assert [g.description for g in claim.goods] == ["steel valves"]
    assert seen(claim)[0] == "CL"


def test_parts_found_in_a_weapon_tell_their_makers_not_a_seizure() -> None:
    assert claims("Investigators say chips from Canadian and Norwegian firms were found in the Iranian drone downed "
                  "near Erbil.\n") == []
    assert claims("Capacitors found inside a Syrian rocket bore the marks of an Austrian maker.\n") == []
    assert claims("Engineers later discovered Austrian capacitors and Czech relays.\n") == []
    # Goods found in a container on their way are still seized.
    claim = only("Customs officers in Colombo found rifles in a container bound for Yemen.\n")
    assert seen(claim)[1] == "YE"


def test_a_date_of_making_is_not_the_transfers() -> None:
    claim = only("Bolivia shipped mortar rounds to Peru last year.\nThe rounds, the analysts said, were manufactured "
                 "in 2015 and the fuses produced between 2016 and 2018.\n")
    assert seen(claim) == ("BO", "PE", "2023")
    claim = only("Bolivia has been supplying Peru with mortar rounds.\nSome of the fuses found in the rounds were "
                 "produced between 2019 and 2021.\n")
    assert seen(claim) == ("BO", "PE", None)


def test_a_date_told_before_a_named_visit_dates_the_visit() -> None:
    claim = only("Most of the parts were bought from suppliers based in Malaysia.\n"
                 "Laos's need for parts came up during last week's ASEAN summit.\n")
    assert seen(claim) == ("MY", None, None)


def test_carriers_of_warheads_rules_and_purposes_tell_no_transfer() -> None:
    assert claims("Officials urged Hanoi to halt its work on cruise missiles and long-range delivery systems.\n") == []
    assert claims("The cabinet decided in May to rein in illicit exports to Laos after a border clash.\n") == []
    assert claims("Belarus has kept dodging sanctions in order to obtain the drone engines it needs.\n") == []


def test_know_how_a_logo_and_a_parade_are_no_goods_moved() -> None:
    assert claims("It was the third transfer of drone know-how from Iran identified by the monitors.\n") == []
    assert claims("The vans carried the 'Toyota' logo on their doors.\n") == []
    assert claims("Monitors identified lorries shown in a parade in Yangon last May carrying cruise missiles.\n") == []


def test_help_to_a_party_includes_what_it_received() -> None:
    claim = only("Belarusian military support to Myanmar's army included deliveries of armoured vehicles, a report "
                 "said.\n")
    assert seen(claim)[:2] == ("BY", "MM")
    claim = only("Serbia's technical assistance to Angola included transfers of radar equipment in 2022.\n")
    assert seen(claim) == ("RS", "AO", "2022")


def test_a_company_name_keeps_its_suffixes_and_machines_are_goods() -> None:
    claim = only("Blue Lotus Industrial Co. Ltd. shipped 40 generators to Laos in 2021.\n")
    assert claim.supplier.name == "Blue Lotus Industrial Co. Ltd."
    claim = only("Police arrested two traders on suspicion of illegally exporting to Laos machines which can be "
                 "used to build launch pads.\n")
    assert [g.description for g in claim.goods] == ["machines"]
    assert seen(claim)[1] == "LA"


def test_goods_linked_to_a_weapon_are_the_goods_not_the_weapon() -> None:
    claim = only("Customs charged a Lima firm with exporting drone-linked equipment to Sudan.\n")
    assert [g.description for g in claim.goods] == ["drone-linked equipment"]


def test_the_day_of_a_parade_is_not_the_transfers() -> None:
    claim = only("Monitors said Belarus sold lorries to Laos.\nThe lorries were like those seen at the 9 May 2023 "
                 "victory parade in Vientiane.\n")
    assert seen(claim) == ("BY", "LA", None)


def test_a_place_that_owns_a_company_name_is_its_country() -> None:
    claim = only("In 2021 Peru's Andes Trading & Supply Co bought steel valves from Ecuador's Quito Instruments "
                 "Co.\n")
    assert (claim.supplier.name, claim.supplier.country) == ("Quito Instruments Co.", "EC")
    assert (claim.recipient.name, claim.recipient.country) == ("Andes Trading & Supply Co", "PE")


def test_a_sum_named_before_a_penalty_is_no_value() -> None:
    claim = only("A Lima trading house, Andes Link Corporation, faced a PEN 9,000 (approximately USD 2,400) fine for "
                 "exports of lathes to Bolivia.\n")
    assert claim.goods[0].value is None


def test_a_case_about_to_be_brought_is_not_a_planned_transfer() -> None:
    claim = only("Prosecutors are set to arrest a broker on Friday on suspicion of exporting to Laos generators "
                 "that can power radar stations.\n")
    assert claim.status.value == "alleged"
    assert seen(claim) == (None, "LA", None)


def test_ships_that_ferried_goods_to_an_epithet_carried_them_to_their_own_country() -> None:
    claim = only("The raid came amid allegations that Laotian barges have ferried rifle parts to the reclusive "
                 "state.\n")
    assert (claim.status.value, seen(claim)) == ("alleged", (None, "LA", None))


def test_goods_named_only_as_goods_are_named_by_the_next_sentence() -> None:
    claim = only("Two Thai firms exported $40 million worth of goods to Laos, the ministry said.\nThe goods "
                 "included generators and excavators.\n")
    assert {g.description for g in claim.goods} >= {"generators", "excavators"}
    assert seen(claim)[:2] == ("TH", "LA")


def test_what_a_vehicle_was_seen_carrying_is_not_the_goods_it_was_bought_as() -> None:
    claim = only("The lorry that carried what looked like a cruise missile in the parade in Yangon was probably "
                 "imported from Belarus.\n")
    assert [g.description for g in claim.goods] == ["lorry"]
    assert seen(claim)[0] == "BY"


def test_a_date_between_two_hyphens_is_an_aside_of_its_clause() -> None:
    claim = only("The broker sent a lathe to Myanmar long before -- in 2009 -- aboard a Thai freighter.\n")
    assert seen(claim)[1:] == ("MM", "2009")


def test_goods_named_by_their_control_are_goods_and_not_a_rule() -> None:
    claim = only("Customs records show prohibited items were flown to Laos two years ago.\n")
    assert [g.description for g in claim.goods] == ["prohibited items"]
    assert seen(claim) == (None, "LA", "2022")
    assert claims("The rules mean prohibited items can no longer be flown to Laos.\n") == []


def test_what_goods_serve_and_an_event_praised_as_a_gift_are_no_goods() -> None:
    assert claims("Belgian firms sell the junta software that lets its drones fly.\n") == []
    assert claims("Officials hailed the launch as a gift to the nation.\n") == []
