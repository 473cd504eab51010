"""The classifier's wrong answers on training material it did not learn from, grouped by how they fail.

    .venv/bin/python benchmarks/hs_errors.py [--limit 600] [--examples 8] [--retrain] [--fold 0] [--tariff-fold 0]
        [--versus-model] [--yield-to] [--lines PATH]

Two kinds of out-of-fold training material, never the evaluation sets:
- the calibration fifth of the training tariff lines (`hs_calibrate.calibration_of`; another fifth with
  `--tariff-fold`): the tariff-line index and the trained model are rebuilt without them, as
  `benchmarks/hs_calibrate.py` does;
- a fold of the packaged rulings (`hs/data/rulings.tsv`, a fifth chosen by a second digest of the ruling
  number, as `hs_train.py --choose-ruling-weight` does; the first unless `--fold` names another of the five):
  the model is trained without it.

One model is trained on the rest (tariff lines less the calibration fifth, the nomenclature, the rulings
less the fold; minutes on two cores) and kept in the temporary directory by the digest of its inputs, so
that a second run after a change to the parsing, rules or gazetteer reuses it (`--retrain` trains again).
The trained model is held fixed as the shipped one is: a change to the words' reading is judged with the
same weights. Each wrong first answer gets every failure mode it shows (below); the counts, and a few
examples of each, are printed per kind of material; then the sensitive false alarms (the first answer in
a consequential range, the gold code outside them, as `benchmarks/hs_eval.py` counts them), each by its
cause (`ALARMS`), with their examples, and the misses (the gold code consequential, the first answer not).

With `--versus-model` the whole classifier is set beside its trained model alone (`hs_eval.py`'s "trained model
alone": the model's most probable heading for the words): the lines where the model alone is right and the
classifier wrong, and the reverse, are counted; each line of the first kind gets what moved the answer away from
the model's (`OUTVOTED`): the goods' wrapping taken off before the model reads them, a consequential heading held
back, the right heading moved by a rule, a term at the head noun deciding, or else each weight which, set to nought
alone (`ABLATIONS`, through `hs_weigh.apply`), gives the model's right heading back.

With `--lines PATH` every line's first answer is also written to PATH, one tab-separated row per line (the material,
the text, the gold code, the first answer's subheading, the first four headings, the false alarm's cause, "miss",
"sure" when confident, the trained model's probability, what names the first answer, its `head` evidence line), so
that two runs, before and after a change, can be set side by side line by line (`diff`).

With `--yield-to` the weighed first answers that are the trained model's own first heading are set beside the other
evidence among the first five candidates (`YIELDS`): for each kind, how many of those first answers, wrong, another
candidate with that evidence would put right by coming first, and how many, right, it would put wrong. A kind of
evidence the model's first heading should yield to puts more right than wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

_SETS_OF = ("set", "kit", "assortment", "outfit", "collection")
_PARTS_WORDS = ("part", "component", "accessory", "accessories", "spare", "fitting", "attachment")

#: The failure modes, in the order they are printed; a wrong answer can show several.
MODES: dict[str, str] = {
    "missing": "gold heading not among the 10 candidates at all",
    "chapter": "chapter wrong",
    "heading": "chapter right, heading wrong",
    "unnamed": "the first answer's goods are not what the head noun names (a modifier or material won)",
    "gold-named": "the head noun names the gold heading's goods, yet another came first",
    "parts": "parts, components or accessories in the words",
    "for": "a 'for' phrase (what the goods serve) in the words",
    "set": "a set, kit or assortment",
    "decided-wrong": "a rule or gazetteer term at the head noun decided, wrongly",
    "model-right": "the trained model alone had the gold heading first",
    "model-wrong-won": "weighed answer: the model's first heading was first, and wrong",
    "confident": "answered with confidence (wrong)",
}

#: Why a first answer lands in a consequential heading the gold code is not in (a sensitive false alarm), in the
#: order they are tried; each false alarm gets the first that fits.
ALARMS: dict[str, str] = {
    "model-kept": "goods not named, kept first by the trained model's probability (HOLD_BACK_MODEL)",
    "no-alternative": "goods not named, no heading among the first five that may answer instead",
    "right-heading": "the gold heading, answered with a consequential subheading or as the whole heading",
    "rule": "a rule at the head noun names the heading",
    "model": "a maker's model names the heading",
    "gazetteer": "a gazetteer term at the head noun names the heading",
    "nomenclature": "the head noun is one of the heading's own words in the nomenclature",
    "other": "other",
}


#: What moved the whole classifier's first heading away from the trained model's right one, in the order tried
#: (`outvoted_by`); the weighed lines then get every weight of `ABLATIONS` that alone gives the right heading back.
OUTVOTED: dict[str, str] = {
    "wrapping": "the model reads the goods without their wrapping (`goods_text`) and has another first there",
    "held-back": "the right heading is consequential, not named, and was held back for another",
    "moved": "the right heading was voted for, then moved by a refining rule, a split or the parts' heading",
    "decided": "a rule or a gazetteer term at the head noun names another heading: the votes are added",
    "added": "a term at the head noun names goods; the votes added, the weighed evidence not answering instead",
    "unnamed": "weighed: the right heading is consequential and its goods not named (it keeps a quarter)",
    "weighed": "the evidence weighed together from the start",
}

#: Each weight set to nought alone, to see which source or term of the log-odds outvotes the model
#: (`hs/data/weights.yaml`; "chapter": the candidate's score is its heading's probability only, not its chapter's).
ABLATIONS: dict[str, dict[tuple[str, str], float]] = {
    "nomenclature BM25": {("votes", "lexical"): 0.0},
    "tariff lines": {("votes", "tariff"): 0.0},
    "labelled examples": {("votes", "neighbours"): 0.0},
    "gazetteer": {("votes", "gazetteer"): 0.0},
    "rules": {("votes", "rule"): 0.0},
    "head noun names": {("weighing", "named"): 0.0},
    "nomenclature first": {("weighing", "nomenclature_first"): 0.0},
    "chapter": {("weighing", "heading_share"): 1.0},
    "not parts": {("weighing", "not_parts"): 0.0},
    "all other sources": {("weighing", "sources"): 0.0, ("weighing", "sources_alone"): 0.0},
}


#: Evidence another candidate among the first five may have that the first answer, the model's own first heading, has
#: not (`yields_to`), in the order tried: the first candidate with it is the one that would come first instead.
YIELDS: dict[str, str] = {
    "named": "the head noun names its goods (a rule, a gazetteer term or the nomenclature's words); the first's not",
    "listed": "the nomenclature's text lists the head noun as its goods; the first's does not",
    "gazetteer": "a gazetteer term votes for it; none for the first",
    "nomenclature": "the nomenclature's words vote for it; not for the first",
    "tariff": "a line of the national tariff votes for it; none for the first",
    "neighbour": "a labelled example votes for it; none for the first",
    "named-low": "named as above, the model giving the first less than 0.3",
}


def yields_to(text: str, candidates: list[Any]) -> dict[str, Any]:
    """For each kind of `YIELDS`, the first candidate after the first among the first five that has the evidence."""
    from sanctioneer.hs.head import parse
    from sanctioneer.hs.naming import lists_as_goods, trim_head
    from sanctioneer.hs.qualifiers import asides_after, goods_text, spelled_out

    head = trim_head(parse(goods_text(asides_after(spelled_out(text))))).head
    first, rest = candidates[0], candidates[1:5]

    def voted(candidate: Any, source: str) -> bool:
        return any(e.source == source and e.score > 0 for e in candidate.evidence)

    found: dict[str, Any] = {}
    if not first.named:
        found["named"] = next((c for c in rest if c.named and c.named_by), None)
        if first.probability < 0.3:
            found["named-low"] = found["named"]
    if head is not None and not lists_as_goods(head, first.hs):
        found["listed"] = next((c for c in rest if lists_as_goods(head, c.hs)), None)
    for source in ("gazetteer", "nomenclature", "tariff", "neighbour"):
        if not voted(first, source):
            found[source] = next((c for c in rest if voted(c, source)), None)
    return {kind: c for kind, c in found.items() if c is not None}


def yield_table(name: str, cases: list[Any], classify: Callable[[str], list[Any]], trained: Any) -> None:
    """Print, for each kind of evidence of `YIELDS`, the model's first headings it would put right and wrong."""
    fixes: Counter[str] = Counter()
    breaks: Counter[str] = Counter()
    model_first = 0
    for case in cases:
        gold = case.codes[0][:4]
        candidates = classify(case.text)
        hits = trained.predict(case.text, limit=1)
        if not candidates or not candidates[0].weighed or not hits or hits[0].heading != candidates[0].hs:
            continue
        model_first += 1
        for kind, other in yields_to(case.text, candidates).items():
            fixes[kind] += other.hs == gold
            breaks[kind] += candidates[0].hs == gold
    print(f"\n## {name}: {len(cases)} lines, {model_first} weighed first answers the trained model's own first "
          "heading\n")
    print("| the first yields to a candidate where | wrong first answers put right | right ones put wrong |")
    print("|---|---|---|")
    for kind, label in YIELDS.items():
        print(f"| {label} | {fixes[kind]} | {breaks[kind]} |")


def material(
    fold_number: int = 0, tariff_fold: int = 0
) -> tuple[list[Any], list[Any], list[tuple[str, str, str]], str]:
    """Calibration tariff lines, the ruling fold, the tariff rows without the lines, and the rulings trained on."""
    import hs_calibrate
    import hs_eval
    from hs_weigh import ruling_fold

    lines, rows = hs_calibrate.held_out(tariff_fold)
    text = (resources.files("sanctioneer.hs") / "data" / "rulings.tsv").read_text(encoding="utf-8")
    fold, rest = [], []
    for line in text.splitlines():
        number, code, subject = line.split("\t")
        if ruling_fold(number) == fold_number:  # one of the fit's five folds
            fold.append(hs_eval.Case(subject, (code,)))
        else:
            rest.append(line)
    return lines, fold, rows, "\n".join(rest)


def trained_model(rows: list[tuple[str, str, str]], rulings: str, *, retrain: bool) -> Any:
    """The heading model trained without the held-out material (cached in the temporary directory)."""
    import numpy as np

    import hs_train
    import sanctioneer.hs.model as model
    import sanctioneer.hs.training as training

    key = hashlib.sha256()
    for row in rows:
        key.update("\t".join(row).encode() + b"\n")
    key.update(rulings.encode())
    key.update(training.training_digest().encode())
    cache = Path(tempfile.gettempdir()) / f"sanctioneer-hs-errors-{key.hexdigest()[:16]}.npz"
    if cache.is_file() and not retrain:
        with np.load(cache, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
    else:
        docs = [*training.tariff_documents(rows), *training.nomenclature_documents(),
                *training.ruling_documents(rulings)]
        arrays = training.train(docs, log=True)
        arrays["mix"] = np.asarray([training.MIX])
        arrays["temperature"] = np.asarray([hs_train.TEMPERATURE])
        arrays["bayes_temperature"] = np.asarray([hs_train.BAYES_TEMPERATURE])
        np.savez(cache, **arrays)
    return model.HeadingModel(arrays)


def modes_of(text: str, gold: str, candidates: list[Any], trained: Any) -> list[str]:
    """The failure modes a wrong first answer shows."""
    from sanctioneer.hs.classify import is_confident
    from sanctioneer.hs.gazetteer import fold
    from sanctioneer.hs.head import served

    first = candidates[0] if candidates else None
    words = set(fold(text).replace("-", " ").split())
    found: list[str] = []
    heads = [c.hs for c in candidates]
    if gold not in heads:
        found.append("missing")
    found.append("heading" if first is not None and first.hs[:2] == gold[:2] else "chapter")
    if first is not None and not first.named:
        found.append("unnamed")
    if any(c.hs == gold and c.named and c.named_by for c in candidates[1:]):
        found.append("gold-named")
    if any(w.rstrip("s") in _PARTS_WORDS or w in _PARTS_WORDS for w in words):
        found.append("parts")
    if served(text) or "for" in words:
        found.append("for")
    if any(w.rstrip("s") in _SETS_OF for w in words):
        found.append("set")
    if first is not None and not first.weighed and first.named_by in ("rule", "gazetteer"):
        found.append("decided-wrong")
    hits = trained.predict(text, limit=1)
    if hits and hits[0].heading == gold:
        found.append("model-right")
    elif first is not None and first.weighed and hits and hits[0].heading == first.hs:
        found.append("model-wrong-won")
    if candidates and is_confident(candidates):
        found.append("confident")
    return found


def alarm_of(gold: str, candidates: list[Any], ranges: tuple[Any, ...]) -> str | None:
    """Why the first answer is a sensitive false alarm (a key of `ALARMS`), or None when it is not one.

    Counted as `benchmarks/hs_eval.py` counts it: the first candidate's subheading (its heading when none is
    chosen) is in a consequential range and the gold code is not.
    """
    from hs_eval import _in
    from sanctioneer.hs.classify import HOLD_BACK_MODEL

    if not candidates or not _in(candidates[0].subheading[:6], ranges) or _in(gold[:6], ranges):
        return None
    first = candidates[0]
    if not first.named:
        return "model-kept" if first.probability >= HOLD_BACK_MODEL else "no-alternative"
    if first.hs == gold[:4]:
        return "right-heading"
    return first.named_by if first.named_by in ALARMS else "other"


def report(name: str, cases: list[Any], classify: Callable[[str], list[Any]], trained: Any, examples: int,
           ranges: tuple[Any, ...] = (), lines: Any = None) -> None:
    """Classify each case; print heading and chapter top-1 and the wrong answers by failure mode (each line's first
    answer written to the open file `lines` as well, when given)."""
    from hs_eval import _in
    from sanctioneer.hs.classify import is_confident
    from sanctioneer.hs.head import parse
    from sanctioneer.hs.qualifiers import goods_text

    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {mode: [] for mode in MODES}
    alarms: Counter[str] = Counter()
    alarmed: dict[str, list[str]] = {cause: [] for cause in ALARMS}
    right = chapter = subheading = misses = gold_sensitive = confident = confident_right = 0
    for case in cases:
        gold = case.codes[0][:4]
        candidates = classify(case.text)
        first = candidates[0].hs if candidates else ""
        if candidates and is_confident(candidates):
            confident += 1
            confident_right += first == gold
        subheading += bool(candidates) and candidates[0].subheading[:6] == case.codes[0][:6]
        cause = alarm_of(case.codes[0], candidates, ranges) if ranges else None
        if cause is not None:
            alarms[cause] += 1
            if len(alarmed[cause]) < max(examples, 40):
                why = next((e.entry for e in candidates[0].evidence if e.source == "head"), "")
                alarmed[cause].append(f"    {case.text[:70]!r} gold {case.codes[0]}, first {candidates[0].subheading}"
                                      f" (p {candidates[0].probability:.2f}): {why[:90]}")
        missed = False
        if ranges and _in(case.codes[0][:6], ranges):
            gold_sensitive += 1
            missed = not (candidates and _in(candidates[0].subheading[:6], ranges))
            misses += missed
        if lines is not None:
            lines.write(line_row(name, case, candidates, cause, missed) + "\n")
        right += first == gold
        chapter += first[:2] == gold[:2]
        if first == gold:
            continue
        for mode in modes_of(case.text, gold, candidates, trained):
            counts[mode] += 1
            if len(shown[mode]) < examples:
                head = parse(goods_text(case.text)).head
                by = candidates[0].named_by if candidates else ""
                shown[mode].append(f"    {case.text[:70]!r} gold {gold}, first {first or '-'} ({by or 'weighed'}),"
                                   f" head {head!r}")
    n = len(cases) or 1
    print(f"\n## {name}: {len(cases)} lines, heading top-1 {100 * right / n:.1f} %, chapter top-1 "
          f"{100 * chapter / n:.1f} %, subheading top-1 {100 * subheading / n:.1f} %, {len(cases) - right} wrong\n")
    print(f"Answered with confidence: {confident} lines ({100 * confident / n:.1f} %), heading right for "
          f"{confident_right} ({100 * confident_right / (confident or 1):.1f} %).\n")
    print_counts(("failure mode", "wrong answers", "share of wrong"), MODES, counts, len(cases) - right, digits=0)
    if examples:
        print_examples(MODES, shown)
    if ranges:
        total = sum(alarms.values())
        print(f"\n### {name}: sensitive false alarms, {total} lines ({100 * total / n:.2f} %), by cause\n")
        print(f"Sensitive misses: {misses} of the {gold_sensitive} lines whose gold code is consequential answered "
              f"first outside the consequential ranges ({100 * misses / (gold_sensitive or 1):.1f} %).\n")
        print_counts(("cause", "lines", "share of lines"), ALARMS, alarms, n, digits=2)
        print_examples(ALARMS, alarmed)


def line_row(name: str, case: Any, candidates: list[Any], cause: str | None, missed: bool) -> str:
    """One tab-separated row of `--lines`: what the first answer was for one line, and whether it alarmed or missed."""
    from sanctioneer.hs.classify import is_confident

    first = candidates[0] if candidates else None
    confident = bool(candidates) and is_confident(candidates)
    why = next((e.entry for e in first.evidence if e.source == "head"), "") if first else ""
    cells = [
        name, " ".join(case.text.split())[:120], case.codes[0], first.subheading if first else "",
        ",".join(c.hs for c in candidates[:4]), cause or "", "miss" if missed else "", "sure" if confident else "",
        f"{first.probability:.2f}" if first else "", first.named_by if first else "", " ".join(why.split())[:100],
    ]
    return "\t".join(cells)


def print_counts(columns: tuple[str, str, str], labels: Mapping[str, str], counts: Mapping[str, int], total: int,
                 *, digits: int) -> None:
    """Print a Markdown table: each label, its count and its share of `total`."""
    print("| " + " | ".join(columns) + " |")
    print("|---|---|---|")
    for key, label in labels.items():
        print(f"| {label} | {counts[key]} | {100 * counts[key] / (total or 1):.{digits}f} % |")


def print_examples(labels: Mapping[str, str], examples: Mapping[str, list[str]]) -> None:
    """Print the examples kept under each label that has any."""
    for key, label in labels.items():
        if examples.get(key):
            print(f"\n{label}:")
            print("\n".join(examples[key]))


def outvoted_by(text: str, gold: str, candidates: list[Any], trained: Any, ranges: tuple[Any, ...]) -> str:
    """What moved the first answer away from the model's right heading (a key of `OUTVOTED`)."""
    from sanctioneer.hs.codes import touches_any
    from sanctioneer.hs.qualifiers import goods_text

    first = candidates[0]
    hits = trained.predict(goods_text(text), limit=1)
    if not hits or hits[0].heading != gold:
        return "wrapping"
    if first.held_back and len(candidates) > 1 and candidates[1].hs == gold:
        return "held-back"
    if any(e.code[:4] == gold for e in first.evidence if e.source in ("model", "tariff", "neighbour")):
        return "moved"
    if not first.weighed:
        return "decided" if first.named_by in ("rule", "gazetteer", "model") else "added"
    if touches_any(gold, ranges) and not any(c.named for c in candidates if c.hs == gold):
        return "unnamed"
    return "weighed"


def ablated(text: str, gold: str, classify: Callable[[str], list[Any]]) -> list[str]:
    """The weights of `ABLATIONS` which, each set to nought alone, put the gold heading first."""
    from hs_weigh import apply, current

    weights = current()
    found = []
    try:
        for name, change in ABLATIONS.items():
            apply({**weights, **change})
            candidates = classify(text)
            if candidates and candidates[0].hs == gold:
                found.append(name)
    finally:
        apply(weights)
    return found


def versus_model(name: str, cases: list[Any], classify: Callable[[str], list[Any]], trained: Any,
                 examples: int, ranges: tuple[Any, ...]) -> None:
    """Print where the classifier and its trained model alone disagree on being right, and what outvoted the
    model where it alone was right."""
    causes: Counter[str] = Counter()
    shown: dict[str, list[str]] = {cause: [] for cause in OUTVOTED}
    fixes: Counter[str] = Counter()
    fixed: dict[str, list[str]] = {ablation: [] for ablation in ABLATIONS}
    both = model_only = ours_only = 0
    for case in cases:
        gold = case.codes[0][:4]
        hits = trained.predict(case.text, limit=1)
        model_right = bool(hits) and hits[0].heading == gold
        candidates = classify(case.text)
        ours_right = bool(candidates) and candidates[0].hs == gold
        both += model_right and ours_right
        ours_only += ours_right and not model_right
        if not model_right or ours_right:
            continue
        model_only += 1
        cause = outvoted_by(case.text, gold, candidates, trained, ranges) if candidates else "wrapping"
        causes[cause] += 1
        first = candidates[0] if candidates else None
        line = (f"    {case.text[:70]!r} gold {gold}, first {first.hs if first else '-'}"
                f" ({first.named_by or 'weighed' if first else ''}, p {first.probability if first else 0:.2f},"
                f" model {hits[0].probability:.2f})")
        if len(shown[cause]) < examples:
            shown[cause].append(line)
        if cause == "weighed":
            found = ablated(case.text, gold, classify)
            for ablation in found or ["none alone"]:
                fixes[ablation] += 1
                if len(fixed.setdefault(ablation, [])) < examples:
                    fixed[ablation].append(line)
    n = len(cases) or 1
    print(f"\n## {name}: {len(cases)} lines; heading first right: both {100 * both / n:.1f} %, the model alone only"
          f" {100 * model_only / n:.1f} % ({model_only}), the classifier only {100 * ours_only / n:.1f} %"
          f" ({ours_only})\n")
    print_counts(("what outvoted the model's right heading", "lines", "share of lines"), OUTVOTED, causes, n, digits=2)
    print(f"\nWeighed lines, each weight that set to nought alone gives the right heading back ({causes['weighed']}"
          " lines; a line may count under several):\n")
    print("| weight set to nought | lines |")
    print("|---|---|")
    for ablation, count in fixes.most_common():
        print(f"| {ablation} | {count} |")
    if examples:
        print_examples(OUTVOTED, shown)
        for ablation, lines in fixed.items():
            if lines:
                print(f"\nweighed, {ablation} set to nought gives it back:")
                print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only N of the calibration lines (0: all)")
    parser.add_argument("--examples", type=int, default=8, help="examples printed per failure mode")
    parser.add_argument("--retrain", action="store_true", help="train the model again even when it is cached")
    parser.add_argument("--sets", default="tariff,rulings")
    parser.add_argument("--fold", type=int, default=0, choices=range(5),
                        help="the fold of the packaged rulings held out (0 to 4; each trains its own model)")
    parser.add_argument("--tariff-fold", type=int, default=0, choices=range(5),
                        help="the fifth of the training tariff lines held out (0, the calibration fifth, to 4)")
    parser.add_argument("--yield-to", action="store_true",
                        help="the model's first headings other evidence would put right, and those it would put wrong")
    parser.add_argument("--versus-model", action="store_true",
                        help="the lines the trained model alone gets right and the classifier not, and the reverse")
    parser.add_argument("--lines", type=Path, default=None,
                        help="write every line's first answer to this file, one tab-separated row per line")
    args = parser.parse_args(argv)
    lines_file = args.lines.open("w", encoding="utf-8") if args.lines else None

    import sanctioneer.hs.classify as classify
    import sanctioneer.hs.model as model
    import sanctioneer.hs.tariff as tariff
    from sanctioneer.rulebook.loader import load_rulebook
    from sanctioneer.rulebook.sensitive import sensitive_ranges

    lines, fold, rows, rulings = material(args.fold, args.tariff_fold)
    if args.limit and len(lines) > args.limit:
        step = len(lines) / args.limit
        lines = [lines[int(i * step)] for i in range(args.limit)]
    trained = trained_model(rows, rulings, retrain=args.retrain)
    ranges = sensitive_ranges(load_rulebook())

    def run(text: str) -> list[Any]:
        return classify.classify(text, top=10, semantic=False, sensitive=ranges)

    model.heading_model = lambda: trained  # type: ignore[assignment]
    full_index = tariff.tariff_index()
    print(f"{len(lines)} calibration tariff lines, {len(fold)} rulings of the fold; the model trained without them.")
    if "rulings" in args.sets:
        # The rulings are not tariff lines: the full training index of tariff lines is fair for them.
        if args.yield_to:
            yield_table("rulings fold", fold, run, trained)
        elif args.versus_model:
            versus_model("rulings fold", fold, run, trained, args.examples, ranges)
        else:
            report("rulings fold", fold, run, trained, args.examples, ranges, lines_file)
    if "tariff" in args.sets:
        index = tariff.TariffIndex(rows)
        tariff.tariff_index = lambda: index  # type: ignore[assignment]
        if args.yield_to:
            yield_table("calibration tariff lines", lines, run, trained)
        elif args.versus_model:
            versus_model("calibration tariff lines", lines, run, trained, args.examples, ranges)
        else:
            report("calibration tariff lines", lines, run, trained, args.examples, ranges, lines_file)
        tariff.tariff_index = lambda: full_index  # type: ignore[assignment]
    if lines_file is not None:
        lines_file.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
