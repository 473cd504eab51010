"""Munitions and what is paid back for them, told the way news reports of a war's suppliers tell them: "may" the
verb beside "this", the day of an accusation or a condemnation opening the sentence."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_this_may_is_no_month() -> None:
    claim = only("Investigators think this may be a rocket which was supplied by Belarus.\n")
    assert claim.date is None
    assert claim.supplier.country == "BY"


def test_this_may_the_month_is_still_read() -> None:
    assert seen(only("Laos received 40 howitzers from Belarus this May.\n"))[2] == "2024-05"


def test_the_day_of_an_accusation_is_not_the_transfer_s() -> None:
    claim = only("On Monday, the Polish government accused Belarus of selling mortar rounds to Laos.\n")
    assert seen(claim) == ("BY", "LA", None)


def test_the_day_of_a_condemnation_is_not_the_transfer_s() -> None:
    claim = only("On Tuesday, twelve ministers issued a statement condemning the transfer of drones from Iran to "
                 "Venezuela.\n")
    assert seen(claim) == ("IR", "VE", None)


def test_a_saying_told_aside_leaves_the_date_to_the_transfer() -> None:
    claim = only("In 2011, officials say, Serbia sold 3,000 rifles to Chad.\n")
    assert seen(claim) == ("RS", "TD", "2011")


def test_who_attacked_with_goods_another_supplied_received_them() -> None:
    claim = only("Chad shelled the border town with mortar rounds supplied by Serbia.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RS", "TD")


def test_a_goods_word_after_to_and_before_what_it_acts_on_is_a_verb() -> None:
    claim = only("Belarus sent rifles and trucks to Laos to fuel its border war.\n")
    assert [g.description for g in claim.goods] == ["rifles", "trucks"]
    assert (claim.supplier.country, claim.recipient.country) == ("BY", "LA")


def test_goods_a_subject_sent_are_the_last_listed_before_it() -> None:
    claim = only("Laotian timber pays for the howitzers and engineers Belarus has sent to Vientiane.\n")
    assert [g.description for g in claim.goods] == ["howitzers"]
    assert (claim.supplier.country, claim.recipient.country) == ("BY", "LA")


def test_a_transfer_told_months_after_another_event_is_a_clause_of_its_own() -> None:
    claim = only("The first fuel delivery took place on June 3, 2022, five months after it emerged that Laos was "
                 "sending timber to Belarus.\n")
    assert [g.description for g in claim.goods] == ["timber"]
    assert seen(claim) == ("LA", "BY", None)


def test_pictures_provided_as_evidence_are_no_goods() -> None:
    assert claims("Japan released pictures provided by Australia as evidence of the drone trade.\n") == []


def test_the_words_of_a_source_opening_the_sentence_are_no_goods() -> None:
    claim = only("According to images shown as evidence of the Tehran-Caracas drone trade, a freighter loaded 40 "
                 "rifles at Bandar Abbas in May.\n")
    assert [g.description for g in claim.goods] == ["rifles"]
    assert seen(claim) == ("IR", None, "2023-05")


def test_a_place_leased_to_a_country_is_no_goods() -> None:
    assert claims("A 90-metre freighter was photographed at the southern berth of Chittagong leased to India.\n") == []


def test_the_day_someone_told_a_programme_is_not_the_transfer_s() -> None:
    claim = only("Serbia has supplied howitzers to Chad, an official said.\n\n"
                 "Ana Petrovic told a Belgrade radio programme Friday that Serbia provided howitzers to the Chadian "
                 "army.\n")
    assert seen(claim) == ("RS", "TD", None)


def test_a_month_after_by_is_a_deadline_not_the_transfer_s_date() -> None:
    claim = only("Brazil has sent only a third of the 2,000 rifles it pledged to give Ecuador by March.\n")
    assert claim.supplier.country == "BR"
    assert claim.date is None


def test_goods_told_again_and_paid_for_in_kind_give_a_claim_back() -> None:
    found = claims("Serbia has sent thousands of mortar rounds to Chad since May. The munitions were delivered in "
                   "exchange for rice and fuel.\n")
    assert [(c.kind, c.supplier.country, c.recipient.country) for c in found] == [
        ("shipment", "RS", "TD"), ("exchange", "TD", "RS")]
    assert [g.description for g in found[1].goods] == ["rice", "fuel"]


def test_a_purpose_after_to_is_not_what_is_given() -> None:
    claim = only("Serbia sent mortar rounds to Chad to support its army.\n")
    assert (claim.supplier.country, claim.recipient.country) == ("RS", "TD")


def test_a_flow_told_as_still_going_on_is_a_transfer() -> None:
    claim = only("Belarus has continued to supply Laos with mortars and rocket launchers, the spy agency said.\n")
    assert [g.description for g in claim.goods] == ["mortars", "rocket launchers"]
    # Still going on when the report was made: dated by the report's month.
    assert seen(claim) == ("BY", "LA", "2024-03")
    assert seen(only("Belarus continues to ship mortar rounds to Laos.\n"))[:2] == ("BY", "LA")


def test_a_trade_of_the_past_told_in_general_is_still_no_transfer() -> None:
    said = "The panel said the seizure showed that Belarus continued to sell military equipment to Laos.\n"
    assert claims(said) == []


def test_what_counted_containers_could_hold_told_after_a_comma_are_the_goods_sent() -> None:
    claim = only("Belarus has sent over 3,000 containers to Laos, which could hold about 2 million mortar rounds.\n")
    assert [(g.description, g.quantity) for g in claim.goods] == [("mortar rounds", "2000000")]
    assert seen(claim) == ("BY", "LA", None)
    held = only("Belarus has sent 3,000 containers to Laos, which contained rifles.\n")
    assert [(g.description, g.quantity) for g in held.goods] == [("rifles", "3000")]


def test_military_supplies_are_goods_counted_by_their_containers() -> None:
    claim = only("Belarus has supplied Laos with more than 20,000 containers of military supplies since May "
                 "2023.\n")
    assert [(g.description, g.quantity) for g in claim.goods] == [("military supplies", "20000")]
    assert seen(claim) == ("BY", "LA", "2023-05")


def test_technology_for_goods_and_a_launch_of_them_are_no_goods() -> None:
    assert claims("After its failed satellite launch on May 27, Laos was promised satellite-related technologies by "
                  "Belarus.\n") == []
    assert claims("Belarus sold satellite-related technologies to Laos.\n") == []
    assert [g.description for g in only("Belarus sold missile technology to Laos.\n").goods] == ["missile"]
    assert [g.description for g in only("Belarus sold a satellite to Laos.\n").goods] == ["satellite"]


def test_the_day_of_a_launch_is_no_day_of_the_transfer() -> None:
    claim = only("Belarus has provided Laos with anti-air missiles, an adviser said.\n\n\"Following the failed "
                 "satellite launch on May 27, Belarus had promised to help, and it is said to have "
                 "handed over several kinds of military know-how,\" he said.\n")
    assert seen(claim) == ("BY", "LA", None)


def test_a_barter_deal_for_what_a_party_could_supply_is_no_transfer() -> None:
    thought = "Thai officials think Belarus could supply food and fuel in a barter deal for Laotian weapons.\n"
    assert claims(thought) == []
    assert seen(only("Belarus supplied food and fuel to Laos in a barter deal for rifles.\n")) == ("BY", "LA", None)


def test_a_verb_of_telling_is_no_kind_of_the_goods_after_it() -> None:
    claim = only("The report mentioned arms transfers from Belarus to Laos.\n")
    assert [g.description for g in claim.goods] == ["arms"]
    assert seen(claim) == ("BY", "LA", None)


def test_a_calibre_before_the_goods_is_a_kind_of_them_not_a_count() -> None:
    claim = only("Belarus sold 170mm self-propelled guns and 122-mm rocket launchers to Laos.\n")
    assert [g.description for g in claim.goods] == ["170mm self-propelled guns", "122-mm rocket launchers"]
    assert [g.quantity for g in claim.goods] == [None, None]
