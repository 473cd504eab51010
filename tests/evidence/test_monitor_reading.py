"""A goods word used as a verb after what leads a verb ("will closely monitor") moves no goods; the screens sold
stay goods."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_to_monitor_is_a_verb_not_a_screen() -> None:
    assert claims("The ministry said it will closely monitor events and respond to Laos.\n") == []
    assert claims("Officials will continue to monitor shipments to Laos.\n") == []


def test_monitors_sold_are_goods() -> None:
    claim = only("Thailand sold a monitor to Laos in May.\n")
    assert ([g.description for g in claim.goods], seen(claim)) == (["monitor"], ("TH", "LA", "2023-05"))
