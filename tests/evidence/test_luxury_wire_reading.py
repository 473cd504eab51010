"""Transfers told the way wire copy on luxury goods and arms tells them: a past possibility ("could have been
sent") that hedges a transfer rather than imagines one."""

from __future__ import annotations

from tests.evidence.reading import claims, only, seen


def test_goods_that_could_have_been_sent_are_an_alleged_transfer() -> None:
    claim = only("Officials in Seoul estimate that tens of thousands of mortar rounds could have been shipped to "
                 "Russia by North Korea last month.\n")
    assert seen(claim) == ("KP", "RU", "2024-02")
    assert claim.status.value == "alleged"
    assert "mortar rounds" in [g.description for g in claim.goods]


def test_goods_that_would_have_been_sent_are_no_transfer() -> None:
    assert claims("Without the embargo, the rifles would have been shipped to Sudan by Belarus.\n") == []
