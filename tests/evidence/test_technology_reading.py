"""Reports on technology handed from one state to another: technology and know-how moved by a verb of transfer are
goods of the claim, while technology named by goods ("missile technology") keeps the goods word, and technology
in a field of study or a name moves nothing."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_technology_and_know_how_handed_over_are_goods() -> None:
    claim = only("Belarus has been providing know-how and technology to Laos, officials said.\n")
    assert [g.description for g in claim.goods] == ["know-how", "technology"]
    assert seen(claim) == ("BY", "LA", None)
    claim = only("Belarus gave Laos military technologies in May.\n")
    assert [g.description for g in claim.goods] == ["military technologies"]
    assert seen(claim) == ("BY", "LA", "2023-05")


def test_technology_sent_in_exchange_goes_the_other_way() -> None:
    found = claims("Laos exported coal to Thailand in exchange for technology.\n")
    assert sorted(([g.description for g in c.goods], seen(c)[:2]) for c in found) == [
        (["coal"], ("LA", "TH")), (["technology"], ("TH", "LA"))]


def test_technology_named_by_goods_keeps_the_goods_word() -> None:
    assert [g.description for g in only("Belarus handed satellite technology to Laos.\n").goods] == ["satellite"]
    assert claims("Belarus sold satellite-related technologies to Laos.\n") == []
    assert claims("It was the second transfer of drone know-how from Iran seen by the monitors.\n") == []


def test_technology_as_a_field_or_in_a_name_moves_nothing() -> None:
    assert claims("Laos wants to develop science and technology, Thailand said.\n") == []
    assert claims("Kim urged workers to acquire the knowledge of modern science and technology, state media "
                  "said.\n") == []
    assert claims("Students at the Vientiane University of Technology met Thai engineers last week.\n") == []


def test_technology_at_the_end_of_a_list_after_any_is_no_transfer() -> None:
    assert claims("The listings forbid Thai firms to sell them any goods, services, or "
                  "technology.\n") == []
