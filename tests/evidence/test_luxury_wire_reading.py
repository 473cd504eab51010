"""Transfers told the way wire copy on luxury goods and arms tells them: a past possibility ("could have been
sent") that hedges a transfer rather than imagines one, and gifts "exchanged between" two leaders that describe
the gift told before."""

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


def test_gifts_exchanged_between_two_leaders_describe_the_gift_told_before() -> None:
    claim = only("Lukashenko gave Kim Jong Un a tractor and a porcelain vase on Monday, and these were among the "
                 "gifts exchanged between the two leaders, state media said.\n")
    assert claim.kind == "gift"
    assert seen(claim) == ("BY", "KP", "2024-03-18")
    assert [g.description for g in claim.goods] == ["tractor", "porcelain vase"]


def test_leaders_who_exchanged_goods_still_exchange_them() -> None:
    found = claims("Putin and Kim exchanged rifles on Monday.\n")
    assert sorted((c.kind, c.supplier.country, c.recipient.country) for c in found) == [
        ("exchange", "KP", "RU"), ("exchange", "RU", "KP")]
