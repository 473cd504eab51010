"""Where a weapon is fired or what it can reach is no side of a transfer: the country a missile strikes is no
recipient of it, nor of the parts bought to build it."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_a_country_a_missile_can_reach_is_no_recipient() -> None:
    claim = only("The missile, which seems able to reach Brazil, was made possible by purchases of engines from a Thai "
                 "factory.\n")
    assert [g.description for g in claim.goods] == ["engines"]
    assert seen(claim)[:2] == ("TH", None)
    claim = only("Laos sold Belarus rockets able to reach Poland.\n")
    assert seen(claim)[:2] == ("LA", "BY")


def test_a_country_a_missile_is_fired_into_is_no_recipient() -> None:
    assert claims("A Peruvian missile fired into eastern Chile by Bolivia contained chips from Thai firms.\n") == []
    assert all(seen(c)[1] != "UA" for c in claims(
        "The missile launched by Belarus at Ukraine in September was made in Laos.\n"))


def test_goods_shipped_into_a_country_still_go_to_it() -> None:
    claim = only("Belarus shipped rifles into Ukraine in May.\n")
    assert seen(claim) == ("BY", "UA", "2023-05")
