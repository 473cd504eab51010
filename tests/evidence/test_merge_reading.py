"""Several reports of one transfer, merged into one event where they agree best, and kept apart where one
tells a part of what the other totals, or a new item of a kind another gave months before.
"""

from __future__ import annotations

from typing import Any

from sanctioneer.evidence import build_report, parse_document


def events(*texts: str) -> list[dict[str, Any]]:
    documents = [parse_document(text.encode(), name=f"r{n}.txt") for n, text in enumerate(texts)]
    found: list[dict[str, Any]] = build_report(documents).to_dict()["events"]
    return found


def sources(found: list[dict[str, Any]]) -> list[list[str]]:
    return sorted(sorted(s["document"] for s in event["sources"]) for event in found)


def test_a_count_told_as_one_month_alone_is_not_the_total_since_that_month() -> None:
    found = events(
        "date 2025-08-20\n\nKazakhstan has delivered more than 400,000 tonnes of wheat to Afghanistan since January, "
        "the ministry said.\n",
        "date 2025-03-02\n\nKazakhstan shipped 90,000 tonnes of wheat to Afghanistan in January alone, traders said.\n")
    assert sources(found) == [["r0.txt"], ["r1.txt"]]


def test_the_same_count_of_one_month_alone_told_twice_is_one_event() -> None:
    (event,) = events(
        "date 2025-03-02\n\nKazakhstan shipped 90,000 tonnes of wheat to Afghanistan in January alone, traders said.\n",
        "date 2025-03-05\n\nKazakhstan sent about 90,000 tonnes of wheat to Afghanistan in January alone, the ministry "
        "said.\n")
    assert event["corroboration"] == 2


def test_an_undated_new_item_is_the_recent_gift_not_one_given_months_before() -> None:
    found = events(
        "date 2025-01-15\n\nBelarusian President Alexander Lukashenko gave Kyrgyz President Sadyr Japarov a tractor as "
        "a gift on January 12.\n",
        "date 2025-05-20\n\nLukashenko gave Japarov a tractor as a gift on May 18, the presidency said.\n",
        "date 2025-05-21\n\nJaparov received a new tractor as a gift from Lukashenko, his office said.\n")
    assert sources(found) == [["r0.txt"], ["r1.txt", "r2.txt"]]


def test_a_claim_alike_to_two_events_joins_the_one_agreeing_on_more_facts() -> None:
    # The flow since March agrees with the vague accusation on the sides, and with the count of mortar rounds
    # on the sides, the goods' words and the count as well.
    found = events(
        "date 2025-04-08\n\nIran is accused of supplying munitions to Venezuela, officials said.\n",
        "date 2025-04-10\n\nIran has sent 20,000 mortar rounds to Venezuela, officials said.\n",
        "date 2025-04-20\n\nIran has shipped 20,000 mortar rounds to Venezuela since March, the ministry said.\n")
    assert sources(found) == [["r0.txt"], ["r1.txt", "r2.txt"]]


def test_an_undated_count_alike_may_tell_a_transfer_of_more_than_a_year_before() -> None:
    (event,) = events(
        "date 2021-01-10\n\nA freighter carrying 8,000 anti-tank mines from Serbia to Libya was stopped in "
        "November 2019, investigators said.\n",
        "date 2021-02-03\n\nCustoms officers seized 8,000 anti-tank mines shipped from Serbia to Libya, the court "
        "heard.\n")
    assert event["corroboration"] == 2
