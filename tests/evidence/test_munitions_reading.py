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
    assert (claim.supplier.country, claim.recipient.country) == ("LA", "BY")


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
