"""Transfers told the way wire reports of blacklisted tankers, coal laundered through third ports and seized
freighters tell them: a ship listed for what it did, several ships in one paragraph, a sender of goods named by
another country, and who watched or alleged a transfer."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_ship_blacklisted_for_receiving_oil_is_its_recipient() -> None:
    claim = only("The United Nations has blacklisted a North Korean tanker for receiving diesel in a September "
                 "transfer at sea.\n")
    assert seen(claim) == (None, "KP", "2023-09")
    assert claim.kind == "ship-to-ship"


def test_a_ship_listed_by_name_for_receiving_oil_from_another_takes_it_from_that_one() -> None:
    claim = only("The Security Council on Friday sanctioned the North Korean tanker Pung Ryon 3 for receiving fuel "
                 "from the Russian tanker Amur Star in August.\n")
    assert seen(claim) == ("RU", "KP", "2023-08")
    assert (claim.supplier.name, claim.recipient.name) == ("Amur Star", "Pung Ryon 3")


def test_a_body_sanctioned_by_someone_at_some_time_for_supplying_goods_tells_that_supply() -> None:
    dated = only("Lim Trading Pte was sanctioned in 2017 for supplying bearings to North Korea.\n")
    assert seen(dated)[:2] == (None, "KP")
    assert dated.supplier.name == "Lim Trading Pte"
    named = only("Lim Trading Pte was sanctioned in 2017 for supplying pumps to Korea Sinhung Trading Corporation.\n")
    assert seen(named)[1] == "KP"
    assert claims("The Treasury sanctioned six firms in 2017 for supplying bearings to North Korea.\n") == []


def test_ships_listed_over_transfers_still_tell_no_transfer() -> None:
    assert claims("The Security Council blacklisted the tankers Pung Ryon 3 and Amur Star for transferring fuel "
                  "at sea.\n") == []


def test_a_named_tanker_after_a_fleet_s_transfers_is_a_transfer_of_its_own() -> None:
    fleet, ship = claims("Russian tankers delivered diesel to North Korea three times last year, the sources said. "
                         "The Orlan, a Russian-flagged tanker, pumped oil into the North Korean tanker Kum Ho 3 at sea "
                         "in May.\n")
    assert seen(fleet) == ("RU", "KP", "2023")
    assert seen(ship) == ("RU", "KP", "2023-05")
    assert (ship.supplier.name, ship.recipient.name) == ("Orlan", "Kum Ho 3")


def test_two_tankers_named_in_one_paragraph_are_two_transfers() -> None:
    first, second = claims("The Amur Star transferred diesel to the North Korean tanker Pung Ryon 3 in June. "
                           "The Neva Bay, a Russian tanker, transferred diesel to the North Korean tanker Pung Ryon "
                           "3 in June.\n")
    assert (first.supplier.name, first.date.iso()) == ("Amur Star", "2023-06")
    assert (second.supplier.name, second.date.iso()) == ("Neva Bay", "2023-06")


def test_a_reporting_word_describing_the_cargo_keeps_its_supplier() -> None:
    claim = only("China sold the reported cargo of anthracite, the ministry said.\n")
    assert claim.supplier.country == "CN"
    assert [g.description for g in claim.goods] == ["anthracite"]


def test_who_supplied_the_reported_cargo_supplies_the_tanker_that_received_it() -> None:
    claim = only("The North Korean tanker Song Rim 8 received a cargo of diesel at sea in February. Russia supplied "
                 "the reported cargo of diesel, officials said.\n")
    assert seen(claim) == ("RU", "KP", "2024-02")
    assert claim.recipient.name == "Song Rim 8"


def test_a_fleet_is_not_named_by_the_ship_told_next_and_a_denial_does_not_rename_the_goods() -> None:
    fleet, ship = claims("Russian tankers have delivered fuel to North Korea twice in recent months, sources said.\n\n"
                         "The Orlan, a Russian-flagged tanker, transferred oil to the North Korean-flagged Kum Ho 3 in "
                         "February, one source said.\n\n"
                         "The Orlan's owner denied that the ship had supplied fuel to any North Korean vessel.\n")
    assert (fleet.supplier.name, fleet.supplier.country) == (None, "RU")
    assert (ship.supplier.name, ship.recipient.name, ship.status.value) == ("Orlan", "Kum Ho 3", "denied")
    assert [g.description for g in ship.goods] == ["oil"]


def test_who_spotted_a_tanker_transferring_fuel_is_no_side_of_the_transfer() -> None:
    claim = only("Japan's defence ministry says a Japanese navy patrol aircraft spotted a Togo-flagged tanker "
                 "transferring diesel to a North Korean tanker in the East China Sea on Saturday.\n")
    assert seen(claim) == (None, "KP", "2024-03-16")
    assert claim.supplier.name is None


def test_a_tanker_spotted_transferring_fuel_is_still_its_supplier() -> None:
    claim = only("The Russian tanker Sea Lark was spotted transferring diesel to a North Korean tanker on Saturday.\n")
    assert seen(claim) == ("RU", "KP", "2024-03-16")
    assert claim.supplier.name == "Sea Lark"


def test_where_a_tanker_was_bound_before_it_is_told_carrying_goods_is_where_they_went() -> None:
    claim = only("A Vietnamese tanker was bound for North Korea carrying 3,000 tonnes of diesel, shipping data "
                 "showed.\n")
    assert seen(claim) == ("VN", "KP", None)
    assert [(g.description, g.quantity) for g in claim.goods] == [("diesel", "3000")]


def test_a_report_obtained_by_a_broadcaster_receives_no_goods() -> None:
    claim = only("Russia illegally sent North Korean coal to South Korea twice, a report obtained by a broadcaster "
                 "alleged.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.status.value) == ("RU", "KR", "alleged")
    assert claim.kind == "shipment"


def test_photographs_presented_by_officials_are_no_gift() -> None:
    claim = only("In January, U.S. officials presented satellite images showing Chinese freighters loading North "
                 "Korean coal.\n")
    assert (claim.supplier.country, claim.recipient.country, claim.kind) == ("KP", "CN", "shipment")


def test_who_alleges_a_ship_ferried_coal_is_no_side_and_the_claim_is_alleged() -> None:
    claim = only("U.S. prosecutors allege the Kum San ferried coal out of North Korea in 2022.\n")
    assert seen(claim) == ("KP", None, "2022")
    assert claim.status.value == "alleged"


def test_a_clause_after_a_blacklisting_with_its_own_subject_names_no_blacklister_as_supplier() -> None:
    claim = only("The US Treasury added the owner of the Sona 3 to its blacklist on Monday after the vessel delivered "
                 "North Korean coal to Nakhodka in January.\n")
    assert seen(claim) == ("KP", "RU", "2024-01")


def test_a_tanker_impounded_and_named_is_the_ship_not_goods() -> None:
    assert claims("Officials said they had impounded the 5,000-ton Panama tanker, the Sea Wind, and questioned its "
                  "crew.\n") == []
    claim = only("Officials said they had impounded the Panama tanker, the Sea Wind, with 900 tons of diesel bound "
                 "for North Korea.\n")
    assert [(g.description, g.quantity) for g in claim.goods] == [("diesel", "900")]
    assert claim.recipient.country == "KP"


def test_two_measured_lots_to_two_tankers_in_one_sentence_are_two_transfers() -> None:
    first, second = claims("In early 2023 the Russian tanker Volna transferred 900 tons of diesel to the North Korean "
                           "tanker Paek Ma 1 and 700 tons of diesel to the North Korean tanker Chol Bong 2.\n")
    assert [(c.recipient.name, c.goods[0].quantity) for c in (first, second)] == [("Paek Ma 1", "900"),
                                                                                ("Chol Bong 2", "700")]
    assert {c.supplier.name for c in (first, second)} == {"Volna"}
    assert seen(second) == ("RU", "KP", "2023")


def test_whom_a_measure_targets_tells_no_transfer_of_its_own() -> None:
    claim = only("The Treasury said the measure targets persons involved in the ship-to-ship transfer of refined "
                 "petroleum with North Korean tankers. In January the Russian tanker Volna transferred 900 tons of "
                 "diesel to the North Korean tanker Paek Ma 1.\n")
    assert [(g.description, g.quantity) for g in claim.goods] == [("diesel", "900")]
    assert (claim.supplier.name, claim.recipient.name) == ("Volna", "Paek Ma 1")


def test_the_news_a_report_comes_days_after_is_another_case_and_a_rule_s_year_no_date() -> None:
    second, first = claims("South Korea has seized a second tanker it suspects of delivering diesel to North Korea.\n\n"
                           "It comes just days after Seoul announced it had seized a Panama-registered tanker that had "
                           "transferred 600 tons of oil to a North Korean boat at sea.\n\n"
                           "The vessel, named the Sea Wind, is accused of breaching UN sanctions (adopted in 2016).\n")
    assert [g.description for g in second.goods] == ["diesel"] and second.goods[0].quantity is None
    assert [(g.description, g.quantity) for g in first.goods] == [("oil", "600")]
    assert first.recipient.country == "KP" and first.date is None
