"""Arms handed over by instructors who train a force, and which Congo a report means by "Congo"."""

from __future__ import annotations

import pytest

from tests.evidence.reading import claims, only, seen


@pytest.mark.parametrize("told", [
    "Laotian instructors supplied rifles to Chad.",
    "Laotian technicians supplied rifles to Chad.",
    "A team of 12 Laotian military advisers supplied rifles to Chad.",
])
def test_people_who_train_a_force_carry_their_country(told: str) -> None:
    assert seen(only(told + "\n"))[:2] == ("LA", "TD")


def test_goods_received_from_a_group_of_instructors_come_from_their_country() -> None:
    claim = only("Chadian police officers received rifles from a group of 20 Laotian instructors.\n")
    assert seen(claim)[:2] == ("LA", "TD")


def test_who_reported_receiving_goods_received_them() -> None:
    claim = only("Chadian soldiers reported receiving rifles from Laos.\n")
    assert seen(claim)[:2] == ("LA", "TD")
    assert claim.kind == "delivery"


def test_a_transfer_told_when_a_rule_may_have_been_broken_happened() -> None:
    claim = only("Laotian instructors may have violated the embargo when they handed over rifles to Chadian "
                 "officers.\n")
    assert seen(claim)[:2] == ("LA", "TD")


def test_a_transfer_that_would_break_a_rule_is_not_told() -> None:
    assert claims("Laos would violate the embargo when it ships rifles to Chad.\n") == []


def test_a_bare_congo_is_the_democratic_republic_where_the_report_names_only_it() -> None:
    [first, second] = claims("The Democratic Republic of the Congo bought rifles from Laos in May. "
                             "Laos had first exported mortars to the Congo in June 2011.\n")
    assert seen(first)[:2] == ("LA", "CD")
    assert seen(second) == ("LA", "CD", "2011-06")


def test_a_bare_congo_stays_the_republic_where_the_report_names_both() -> None:
    found = claims("Laos sold mortars to the Congo in June 2011. The Republic of the Congo borders the Democratic "
                   "Republic of the Congo.\n")
    assert [seen(c)[:2] for c in found] == [("LA", "CG")]


@pytest.mark.parametrize("told", [
    "Laos and Chad signed a pact to foster an exchange of knowledge in farming.",
    "The two ministries agreed on an exchange of experts in farm machinery.",
])
def test_an_exchange_of_knowledge_or_people_moves_no_goods(told: str) -> None:
    assert claims(told + "\n") == []


def test_congolese_forces_are_of_the_democratic_republic_where_the_report_means_it() -> None:
    [claim] = claims("Laos sent rifles to the Democratic Republic of the Congo in May. "
                     "Laotian instructors also gave pistols to Congolese army officers in June.\n")[1:]
    assert seen(claim)[:2] == ("LA", "CD")


def test_congolese_names_no_side_where_the_report_does_not_say_which_congo() -> None:
    assert seen(only("Laotian instructors gave pistols to Congolese army officers in June.\n"))[:2] == ("LA", None)


def test_arms_soldiers_carry_with_them_are_no_transfer() -> None:
    [claim] = claims("Chadian troops were supplied with Laotian pistols, and the soldiers carried the pistols "
                     "with them on patrol.\n")
    assert seen(claim)[:2] == ("LA", "TD")
