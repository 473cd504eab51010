"""Luxury determination against the annex items of 2094, 2270 and 2321, with their value thresholds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sanctioneer.errors import InputError
from sanctioneer.hs.luxury import determine_luxury
from sanctioneer.model import Money


def usd(amount: int) -> Money:
    return Money(Decimal(amount), "USD")


def test_a_snowmobile_over_2000_dollars_is_covered_by_2270_annex_v() -> None:
    matches = determine_luxury("Ski-Doo snowmobile", value=usd(9000))
    first = matches[0]
    assert first.item == "kp-2270-v-snowmobiles" and first.covered is True
    assert first.citation.instrument == "S/RES/2270 (2016)" and first.citation.annex.startswith("V")
    assert "over 2,000.00 USD" in first.reason


def test_a_snowmobile_under_the_threshold_is_not_covered() -> None:
    matches = {m.item: m for m in determine_luxury("Ski-Doo snowmobile", value=usd(1500))}
    assert matches["kp-2270-v-snowmobiles"].covered is False
    assert "not over" in matches["kp-2270-v-snowmobiles"].reason


def test_without_a_value_a_threshold_item_is_undecided() -> None:
    matches = {m.item: m for m in determine_luxury("hand-knotted Persian rug")}
    assert matches["kp-2321-rugs"].covered is None
    assert "value is not given" in matches["kp-2321-rugs"].reason


def test_cheap_porcelain_tableware_is_below_the_100_dollar_threshold() -> None:
    matches = {m.item: m for m in determine_luxury("bone china dinner service", value=usd(80))}
    assert matches["kp-2321-tableware"].covered is False
    matches = {m.item: m for m in determine_luxury("bone china dinner service", value=usd(800))}
    assert matches["kp-2321-tableware"].covered is True


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Rolls-Royce Phantom", "kp-2094-iv-2b"),
        ("lead crystal decanter", "kp-2270-v-lead-crystal"),
        ("Sea-Doo personal watercraft", "kp-2270-v-watercraft"),
        ("motor yacht 40 metres", "kp-2094-iv-2a"),
        ("gold wristwatch", "kp-2270-v-watches"),
        ("loose polished diamonds", "kp-2094-iv-1c"),
        ("golf clubs set", "kp-2270-v-sports"),
    ],
)
def test_goods_in_words_match_their_annex_item(text: str, item: str) -> None:
    matches = determine_luxury(text, value=usd(50000))
    assert item in {m.item for m in matches if m.covered}


def test_an_hs_code_alone_is_enough() -> None:
    matches = determine_luxury(hs="8703.24")
    assert "kp-2094-iv-2b" in {m.item for m in matches if m.covered}


def test_ordinary_goods_match_no_luxury_item() -> None:
    assert [m for m in determine_luxury("milled rice in 50 kg bags") if m.covered] == []


def test_nothing_to_judge_is_refused() -> None:
    with pytest.raises(InputError, match="description or an HS code"):
        determine_luxury("  ")
