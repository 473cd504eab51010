"""Calibrate the trained heading model and the confidence rule on held-out training lines.

    .venv/bin/python benchmarks/hs_calibrate.py [--limit 800]
    .venv/bin/python benchmarks/hs_calibrate.py --folds     # the confident rule, by route, on all five folds

The calibration lines are a fifth of the training split of the US HTS 2025
(../shared/data/hs/us-hts-2025.csv), chosen by a second digest of the 8-digit code: the tariff-line
index and the trained model are rebuilt here without them, so the classifier never saw the lines
it is scored on. The test fifth (`sanctioneer.hs.tariff.split_of`) is not read at all. Printed: the
model's log-loss at several softmax temperatures, heading and chapter top-1 of the whole classifier
at several weights of the model's log-probability in the weighed evidence (`weighing._W_LOG_MODEL`;
the other settings of `weighing.weigh_evidence` at their values), and the precision and coverage of
confident answers under each confidence rule.

With `--folds` it reads instead all the out-of-fold training material of `benchmarks/hs_errors.py` (the five fifths
of the training tariff lines and the five folds of the packaged rulings, each classified with the model trained
without it) and prints, for each kind of text apart, how often the confident answers of each route
(`confidence.confident_route`) are right, with the lower bound of a one-sided 95 % Wilson interval beside the share:
a route is kept only where it holds on both kinds. A second table counts, by how many sources rank the heading first,
the answers the rule would make confident without `CONFIDENT_SOURCES` and `CONFIDENT_RULE_MODEL`.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))


def calibration_of(code: str, fold: int = 0) -> bool:
    """True for the fifth of training lines held out for calibration (by their 8-digit code); `fold` names
    another of the five fifths."""
    return hashlib.sha256(code[:8].encode()).digest()[1] % 5 == fold


def held_out(fold: int = 0) -> tuple[list[Any], list[tuple[str, str, str]]]:
    """The calibration cases and the tariff rows without them (train split only); `fold` holds out another fifth."""
    import build_tariff_lines
    import hs_eval
    import sanctioneer.hs.tariff as tariff

    original = tariff.split_of

    def split(code: str) -> str:
        return "test" if original(code) == "test" or calibration_of(code, fold) else "train"

    tariff.split_of = split
    try:
        lines = build_tariff_lines.build()
    finally:
        tariff.split_of = original
    rows = [tuple(line.split("\t")) for line in lines]
    cases = hs_eval.load_hts(split="train", limit=0)
    assert isinstance(cases, list)
    chosen = [case for case in cases if calibration_of(case.codes[0], fold)]
    return chosen, [(r[0], r[1], r[2]) for r in rows if len(r) == 3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only N of the held-out lines (0: all)")
    parser.add_argument("--fit", action="store_true", help="use the temperature with the lowest log-loss below")
    parser.add_argument("--weights", default="0.63,0.8,1.0")
    parser.add_argument("--folds", action="store_true", help="the confident rule by route on the five folds")
    args = parser.parse_args(argv)
    if args.folds:
        return by_route()

    import numpy as np

    import hs_train
    import sanctioneer.hs.classify as classify
    import sanctioneer.hs.model as model
    import sanctioneer.hs.tariff as tariff
    import sanctioneer.hs.training as training
    import sanctioneer.hs.weighing as weighing

    cases, rows = held_out()
    if args.limit and len(cases) > args.limit:
        step = len(cases) / args.limit
        cases = [cases[int(i * step)] for i in range(args.limit)]

    docs = [*training.tariff_documents(rows), *training.nomenclature_documents()]
    arrays = training.train(docs, log=True)
    arrays["mix"] = np.asarray([training.MIX])
    arrays["temperature"] = np.asarray([hs_train.TEMPERATURE])
    arrays["bayes_temperature"] = np.asarray([hs_train.BAYES_TEMPERATURE])
    trained = model.HeadingModel(arrays)
    index = tariff.TariffIndex(rows)
    tariff.tariff_index = lambda: index  # type: ignore[assignment]
    model.heading_model = lambda: trained  # type: ignore[assignment]
    print(f"{len(cases)} calibration lines; {len(rows)} tariff rows without them.\n")

    # The softmax temperature: the one with the lowest log-loss on the held-out lines.
    print("| temperature | log-loss | top-1 |")
    print("|---|---|---|")
    default = trained.temperature
    best = (math.inf, default)
    for temperature in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0):
        trained.temperature = temperature
        loss, right = 0.0, 0
        where = {heading: i for i, heading in enumerate(trained.headings)}
        for case in cases:
            found = trained.probabilities(case.text)
            gold = where.get(case.codes[0][:4])
            probability = float(found[gold]) if found is not None and gold is not None else 1e-6
            loss -= math.log(max(probability, 1e-6))
            right += bool(found is not None and gold is not None and int(np.argmax(found)) == gold)
        print(f"| {temperature} | {loss / len(cases):.3f} | {100 * right / len(cases):.1f} |")
        best = min(best, (loss / len(cases), temperature))
    trained.temperature = best[1] if args.fit else default
    print(f"\nTemperature used below: {trained.temperature}")

    print("\n| log-probability weight | heading top-1 | chapter top-1 |")
    print("|---|---|---|")
    results: dict[float, list[tuple[Any, bool]]] = {}
    from sanctioneer.rulebook.loader import load_rulebook
    from sanctioneer.rulebook.sensitive import sensitive_ranges

    ranges = sensitive_ranges(load_rulebook())
    from sanctioneer.hs.classify import is_confident
    golds: list[bool] = []
    for weight in (float(w) for w in args.weights.split(",")):
        weighing._W_LOG_MODEL = weight
        found = []
        golds.clear()
        h1 = c1 = 0
        for case in cases:
            candidates = classify.classify(case.text, top=3, semantic=False, sensitive=ranges)
            gold = case.codes[0][:4]
            right = bool(candidates) and candidates[0].hs == gold
            h1 += right
            c1 += bool(candidates) and candidates[0].hs[:2] == gold[:2]
            found.append((candidates, right))
            golds.append(any(_sensitive(code[:6], ranges) for code in case.codes))
        results[weight] = found
        print(f"| {weight} | {100 * h1 / len(cases):.1f} | {100 * c1 / len(cases):.1f} |")

    # A sensitive heading first while the gold is not (every line, and confident answers only); a gold code in one
    # while the confident answer is not; first answers that a consequential heading not named was held back from.
    print("\n| log-probability weight | sensitive false alarms, first / sure | sensitive misses, sure | held back |")
    print("|---|---|---|---|")
    for weight, found in results.items():
        first = sure = missed = held = 0
        for (candidates, _), gold in zip(found, golds[: len(found)], strict=True):
            if not candidates:
                continue
            confident = is_confident(candidates)
            answer = _sensitive(candidates[0].subheading[:6], ranges)
            first += answer and not gold
            sure += answer and not gold and confident
            missed += gold and confident and not answer
            held += candidates[0].held_back
        n, gold_lines = len(found), sum(golds[: len(found)]) or 1
        print(f"| {weight} | {100 * first / n:.1f} / {100 * sure / n:.1f} | {100 * missed / gold_lines:.1f} | {held} |")

    print("\n| log-probability weight | rule | confident: right | coverage |")
    print("|---|---|---|---|")
    for weight, found in results.items():
        for label, rule in _rules().items():
            sure = [right for candidates, right in found if candidates and rule(candidates)]
            precision = 100 * sum(sure) / len(sure) if sure else float("nan")
            print(f"| {weight} | {label} | {precision:.1f} | {100 * len(sure) / len(found):.1f} |")
    return 0


def by_route() -> int:
    """Print the confident answers' share right by route and by sources agreeing, per kind of out-of-fold text."""
    from collections import Counter

    import hs_errors
    import sanctioneer.hs.classify as classify
    import sanctioneer.hs.confidence as confidence
    import sanctioneer.hs.model as model
    import sanctioneer.hs.tariff as tariff
    from sanctioneer.rulebook.loader import load_rulebook
    from sanctioneer.rulebook.sensitive import sensitive_ranges

    ranges = sensitive_ranges(load_rulebook())
    full_index = tariff.tariff_index()
    routes: Counter[tuple[str, str, bool]] = Counter()
    sources: Counter[tuple[str, int, bool]] = Counter()
    lines: Counter[str] = Counter()
    for fold in range(5):
        cases, rulings, rows, trained_on = hs_errors.material(fold, fold)
        trained = hs_errors.trained_model(rows, trained_on, retrain=False)
        model.heading_model = lambda trained=trained: trained  # type: ignore[assignment,misc]
        index = tariff.TariffIndex(rows)
        # The rulings are not tariff lines: the full training index of tariff lines is fair for them.
        for kind, material, used in (("rulings", rulings, full_index), ("tariff lines", cases, index)):
            tariff.tariff_index = lambda used=used: used  # type: ignore[assignment,misc]
            for case in material:
                candidates = classify.classify(case.text, top=3, semantic=False, sensitive=ranges)
                right = bool(candidates) and candidates[0].hs == case.codes[0][:4]
                lines[kind] += 1
                route = confidence.confident_route(candidates)
                if route is not None:
                    routes[(kind, route, right)] += 1
                chosen = confidence.CONFIDENT_SOURCES, confidence.CONFIDENT_RULE_MODEL
                confidence.CONFIDENT_SOURCES, confidence.CONFIDENT_RULE_MODEL = 0, 0.0
                try:
                    if confidence.confident_route(candidates) is not None:
                        sources[(kind, min(candidates[0].agreement, 4), right)] += 1
                finally:
                    confidence.CONFIDENT_SOURCES, confidence.CONFIDENT_RULE_MODEL = chosen
        tariff.tariff_index = lambda: full_index  # type: ignore[assignment]
    print(f"Out of fold: {lines['tariff lines']} tariff lines, {lines['rulings']} rulings.\n")
    print("| kind | route | confident | right | share right | lower bound (95 %) | coverage |")
    print("|---|---|---|---|---|---|---|")
    for kind in ("tariff lines", "rulings"):
        names = sorted({r for k, r, _ in routes if k == kind}, key=lambda r: -routes[(kind, r, True)])
        for name in [*names, "all"]:
            right = sum(n for (k, r, ok), n in routes.items() if k == kind and ok and name in (r, "all"))
            wrong = sum(n for (k, r, ok), n in routes.items() if k == kind and not ok and name in (r, "all"))
            print(f"| {kind} | {name} | {right + wrong} | {right} | {100 * right / (right + wrong):.1f} |"
                  f" {100 * wilson_lower(right, right + wrong):.1f} | {100 * (right + wrong) / lines[kind]:.1f} |")
    print("\nWithout `CONFIDENT_SOURCES` and `CONFIDENT_RULE_MODEL`, by sources ranking the heading first:\n")
    print("| kind | sources | confident | right | share right | lower bound (95 %) |")
    print("|---|---|---|---|---|---|")
    for kind in ("tariff lines", "rulings"):
        for count in range(5):
            right, wrong = sources[(kind, count, True)], sources[(kind, count, False)]
            if right + wrong:
                print(f"| {kind} | {count}{'+' if count == 4 else ''} | {right + wrong} | {right} |"
                      f" {100 * right / (right + wrong):.1f} | {100 * wilson_lower(right, right + wrong):.1f} |")
    return 0


def wilson_lower(right: int, n: int, z: float = 1.645) -> float:
    """The lower bound of the Wilson interval for a share right of `right` in `n` (one-sided 95 % by default)."""
    if n == 0:
        return float("nan")
    share = right / n
    centre = share + z * z / (2 * n)
    spread = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _sensitive(code: str, ranges: tuple[Any, ...]) -> bool:
    from sanctioneer.hs.codes import Relation

    return any(r.relation(code) is not Relation.OUTSIDE for r in ranges)


def _rules() -> dict[str, Any]:
    import sanctioneer.hs.confidence as confidence
    from sanctioneer.hs.classify import is_confident

    rules: dict[str, Any] = {"is_confident": is_confident}
    for threshold in (0.8, 0.85, 0.9, 0.95, 0.97):
        def rule(candidates: list[Any], threshold: float = threshold) -> bool:
            chosen = confidence.CONFIDENT_BELIEF
            confidence.CONFIDENT_BELIEF = threshold
            try:
                return is_confident(candidates)
            finally:
                confidence.CONFIDENT_BELIEF = chosen

        rules[f"is_confident, weighed belief >= {threshold}"] = rule
    rules["weighed answers only, belief >= 0.95"] = lambda c: bool(c[0].weighed and is_confident(c))
    rules["added answers only (a rule or term names the goods)"] = lambda c: bool(not c[0].weighed and is_confident(c))
    return rules


if __name__ == "__main__":
    sys.exit(main())
