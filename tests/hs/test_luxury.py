"""Luxury determination is a view of the engine: the annex items `assess` finds, with their thresholds and dates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.cli import main
from sanctioneer.errors import InputError, RulebookError
from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.luxury import determine_luxury
from sanctioneer.model import GoodsLine, Money, Party, Transfer, Verdict
from sanctioneer.rulebook import load_rulebook
from tests.factory import copy_rulebook

ASSESSOR = Assessor(default_rulebook(), classifier=GoodsClassifier(semantic=False))
TODAY = date(2024, 1, 1)
LUXURY = default_rulebook().luxury
assert LUXURY is not None


def usd(amount: int | Decimal) -> Money:
    return Money(Decimal(amount), "USD")


def covered(text: str | None = None, *, hs: str | None = None, value: Money | None = None,
            on: date = TODAY) -> dict[str, bool | None]:
    view = determine_luxury(ASSESSOR, text, hs=hs, value=value, as_of=on)
    return {m.item: m.covered for m in view.matches}


def test_a_snowmobile_over_2000_dollars_is_covered_by_its_annex_item() -> None:
    view = determine_luxury(ASSESSOR, "Ski-Doo snowmobile", value=usd(9000), as_of=TODAY)
    first = view.matches[0]
    assert first.item == "kp-2270-v-snowmobiles" and first.covered is True
    assert first.citation.instrument == "S/RES/2270 (2016)"
    assert first.citation.annex is not None and first.citation.annex.startswith("V")
    assert "over 2,000.00 USD" in first.reason


def test_a_snowmobile_under_the_threshold_is_not_covered() -> None:
    view = determine_luxury(ASSESSOR, "Ski-Doo snowmobile", value=usd(1500), as_of=TODAY)
    [match] = [m for m in view.matches if m.item == "kp-2270-v-snowmobiles"]
    assert match.covered is False and "not over" in match.reason


def test_without_a_value_a_threshold_item_is_to_review_with_what_to_check() -> None:
    view = determine_luxury(ASSESSOR, "hand-knotted Persian rug", as_of=TODAY)
    [match] = [m for m in view.matches if m.item == "kp-2321-rugs"]
    assert match.covered is None and match.effect is Verdict.REVIEW
    assert any("establish the value" in check for check in match.checks)


def test_cheap_porcelain_tableware_is_below_the_100_dollar_threshold() -> None:
    assert covered("bone china dinner service", value=usd(80))["kp-2321-tableware"] is False
    assert covered("bone china dinner service", value=usd(800))["kp-2321-tableware"] is True


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
    assert covered(text, value=usd(50000))[item] is True


def test_an_hs_code_alone_is_enough() -> None:
    assert covered(hs="8703.24")["kp-2094-iv-2b"] is True


def test_ordinary_goods_match_no_luxury_item() -> None:
    assert covered("milled rice in 50 kg bags") == {}


def test_the_date_matters_a_crystal_decanter_before_its_item_was_named_is_to_review() -> None:
    before = determine_luxury(ASSESSOR, "lead crystal decanter", as_of=date(2014, 1, 1))
    [match] = [m for m in before.matches if m.item == "kp-2270-v-lead-crystal"]
    assert match.covered is None and "only from 2016-03-02" in match.reason
    assert covered("lead crystal decanter", on=date(2016, 3, 2))["kp-2270-v-lead-crystal"] is True


def test_nothing_to_judge_is_refused() -> None:
    with pytest.raises(InputError, match="description or an HS code"):
        determine_luxury(ASSESSOR, "  ", as_of=TODAY)


def test_the_luxury_measure_named_by_the_regime_must_exist(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    directory = copy_rulebook(tmp_path)
    path = directory / "un-dprk.yaml"
    path.write_text(path.read_text("utf-8").replace(f"luxury_measure: {LUXURY.id}", "luxury_measure: kp-nothing"),
                    "utf-8")
    with pytest.raises(RulebookError) as raised:
        load_rulebook(directory)
    assert "kp-nothing" in str(raised.value) and "un-dprk.yaml: regime.luxury_measure" in str(raised.value)


# -- agreement: `classify --luxury` and `assess` give the same answer for every item and boundary date --


def _examples() -> list[tuple[str, str | None, str | None, date, str | None]]:
    """(item, words, code, date, value) for every luxury item, its boundary dates and its threshold."""
    assert LUXURY is not None
    out: list[tuple[str, str | None, str | None, date, str | None]] = []
    for item in LUXURY.items:
        dates = sorted({LUXURY.start - timedelta(days=1), LUXURY.start, item.since - timedelta(days=1), item.since})
        for clause in item.goods:
            values: list[str | None] = ["50000USD"]
            if clause.threshold is not None:
                above = clause.threshold.above
                values = [None, f"{above.amount - 1}{above.currency}", f"{above.amount + 1}{above.currency}"]
            for on in dates:
                for value in values:
                    out.append((item.id, clause.terms[0] if clause.terms else None, None, on, value))
                    if clause.hs:
                        out.append((item.id, None, clause.hs[0].low, on, value))
    return out


EXAMPLES = _examples()


def _luxury_in_assess(decision: dict[str, object]) -> dict[str, str]:
    assert LUXURY is not None
    [line] = decision["lines"]  # type: ignore[misc]
    return {(f["item"] or {}).get("id", LUXURY.id): f["effect"]
            for f in line["findings"] if f["measure"] == LUXURY.id}


def test_every_item_and_boundary_date_is_covered_by_the_agreement_examples() -> None:
    assert LUXURY is not None
    assert {e[0] for e in EXAMPLES} == {item.id for item in LUXURY.items}
    assert any(e[3] == date(2014, 1, 1) or e[3] < date(2016, 3, 2) for e in EXAMPLES)


@pytest.mark.parametrize(("item", "words", "code", "on", "value"),
                         [e for e in EXAMPLES if e[1] is not None],
                         ids=[f"{e[0]}-{e[1]}-{e[3]}-{e[4]}" for e in EXAMPLES if e[1] is not None])
def test_classify_luxury_and_assess_agree_through_the_command_line(
    capsys: pytest.CaptureFixture[str], item: str, words: str, code: None, on: date, value: str | None
) -> None:
    priced = ["--value", value] if value else []
    assert main(["classify", words, "--luxury", "--date", on.isoformat(), *priced, "--format", "json"]) == 0
    view = json.loads(capsys.readouterr().out)["luxury"]
    from_classify = {m["item"]: m["effect"] for m in view["matches"]}
    assert main(["assess", "--description", words, "--from", "CN", "--to", "KP", "--date", on.isoformat(), *priced,
                 "--format", "json"]) == 0
    from_assess = _luxury_in_assess(json.loads(capsys.readouterr().out))
    assert from_classify == from_assess
    if on < LUXURY.start:
        assert from_classify == {}


@pytest.mark.parametrize(("item", "words", "code", "on", "value"),
                         [e for e in EXAMPLES if e[2] is not None],
                         ids=[f"{e[0]}-{e[2]}-{e[3]}-{e[4]}" for e in EXAMPLES if e[2] is not None])
def test_luxury_by_code_and_assess_agree_in_the_library(
    item: str, words: None, code: str, on: date, value: str | None
) -> None:
    from sanctioneer.intake import parse_money

    money = parse_money(value, where="value") if value else None
    view = determine_luxury(ASSESSOR, hs=code, value=money, as_of=on)
    decision = ASSESSOR.assess(Transfer(goods=(GoodsLine(hs=code, value=money),), date=on,
                                        supplier=Party(country="CN"), recipient=Party(country="KP")))
    from_assess = _luxury_in_assess(decision.to_dict())
    assert {m.item: m.effect.value for m in view.matches} == from_assess
    if on >= LUXURY.start and on >= next(i.since for i in LUXURY.items if i.id == item):
        # On and after the day its item was named, a code in the item's range always meets the measure
        # (this item, or a stronger item of the same measure).
        assert from_assess
