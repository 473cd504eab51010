"""Evaluate party screening: recall, false positives, speed, memory and cold start, beside nomenklatura logic-v2.

Run from the repository:

    .venv/bin/python benchmarks/screen_eval.py [--baseline-python PATH] [--synthetic 1000000] [--pairs-only]

First the labelled pairs of benchmarks/data/screen-pairs-dev.csv (see
benchmarks/screen_pairs.py for their sources): precision, recall and F1 per
variation class on the test half, at the default threshold and at the best-F1
threshold chosen on the tune half, for ours, rapidfuzz token_set_ratio and
logic-v2 in the same run, with pairs per second; and the candidate recall (is
the listed record among the names the index proposes, in an index that also
holds the whole UN list). Then the UN list:

Reads the UN list in place from ../shared/data/un/consolidated.xml. The variant
set is generated here from the list, with a fixed seed (see docs/screening.md):
for each designation, spellings a screener must match (case and punctuation,
word order, one typo, romanisation variants and Hangul for DPRK names, legal
forms for entities), and a set of names that are not designated (common Korean,
Chinese, Western and Arabic names, company names).

nomenklatura cannot share an environment with this package (it pins duckdb
below 2), so logic-v2 runs in its own interpreter (--baseline-python, a venv
with nomenklatura installed) through benchmarks/logic_v2_worker.py, on the same
queries and the same candidate lists our index proposes, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sanctioneer.parties.designation import Alias, Designation, Kind
from sanctioneer.parties.index import NameIndex
from sanctioneer.parties.korean import _FINALS, _INITIALS, _VOWELS
from sanctioneer.parties.names import keys, normalise, tokens
from sanctioneer.parties.scoring import Query, prepare, score
from sanctioneer.parties.screening import Screener
from sanctioneer.parties.unsc import parse_un_xml

HERE = Path(__file__).resolve().parent
UN_XML = HERE.parent.parent / "shared" / "data" / "un" / "consolidated.xml"

# South Korean Revised Romanisation and English spellings of the syllables DPRK listings use.
_SOUTH = {"ri": "lee", "choe": "choi", "pak": "park", "jong": "jung", "o": "oh", "ryu": "yu", "sok": "seok",
          "chol": "cheol", "yong": "young", "song": "sung", "myong": "myung", "hyok": "hyuk", "pyong": "byung",
          "kwang": "gwang", "kyong": "kyung", "chon": "jeon", "rim": "lim", "thae": "tae", "thaek": "taek"}
_MR = {"jong": "chong", "jang": "chang", "ju": "chu", "jo": "cho", "ri": "rhee"}


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["sub", "del", "swap"])
    if op == "sub":
        return word[:i] + rng.choice("aeioulnrst") + word[i + 1:]
    if op == "del":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


_HANGUL: dict[str, str] = {}
for _i, _ini in enumerate(_INITIALS):
    for _v, _vow in enumerate(_VOWELS):
        for _f, _fin in enumerate(_FINALS):
            _HANGUL.setdefault(_ini + _vow + _fin, chr(0xAC00 + (_i * 21 + _v) * 28 + _f))
_HANGUL.update({"ri": "리", "o": "오", "i": "이", "u": "우", "jong": "정", "song": "성", "chol": "철"})


def to_hangul(words: list[str]) -> str | None:
    syllables = [_HANGUL.get(w.lower()) for w in words]
    return "".join(s for s in syllables if s) if all(syllables) else None


def variants(designation: Designation, rng: random.Random) -> list[tuple[str, str]]:
    """Return (query, kind of variant) pairs a screener must match to this designation."""
    words = normalise(designation.name).split()
    if not words:
        return []
    out: list[tuple[str, str]] = [(designation.name.title(), "case")]
    out.append((" ".join(words).replace(" ", "-", 1) if len(words) > 1 else words[0].upper(), "punctuation"))
    if len(words) > 1:
        out.append((" ".join(words[1:] + words[:1]).title(), "word order"))
    long_words = [i for i, w in enumerate(words) if len(w) >= 5]
    if long_words:
        i = rng.choice(long_words)
        out.append((" ".join([*words[:i], _typo(rng, words[i]), *words[i + 1:]]).title(), "typo"))
    if designation.kind is Kind.ENTITY:
        out.append((designation.name.title().replace("Corporation", "").strip() + " Co., Ltd.", "legal form"))
    if designation.is_dprk and designation.kind is Kind.PERSON:
        south = [_SOUTH.get(w, w) for w in words]
        if south != words:
            given = "-".join(south[1:]).capitalize() if len(south) > 2 else " ".join(south[1:]).capitalize()
            out.append((f"{south[0].capitalize()} {given}", "south korean romanisation"))
        mr = [_MR.get(w, w) for w in words]
        if mr != words:
            out.append((" ".join(mr).title(), "McCune-Reischauer"))
        hangul = to_hangul(words)
        if hangul:
            out.append((hangul, "hangul"))
    for alias in designation.aliases[:2]:
        if alias.quality in ("Good", "a.k.a.") and len(normalise(alias.name).split()) > 1:
            out.append((alias.name.lower(), "alias"))
    return out


_SURNAMES_KR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]
_GIVEN_KR = ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun", "Su-ah", "Ye-jun",
             "Ji-yoo", "Joo-won", "Chae-won", "Hyun-woo", "Da-eun", "Ji-ho", "Eun-ji", "Sung-min", "Hye-jin",
             "Dong-hyun", "Ye-rin", "Jae-won", "So-yeon", "Tae-yang", "Min-seo", "Woo-jin", "Yu-na"]
_HANGUL_NAMES = ["김민준", "이서연", "박지훈", "최하은", "정도윤", "강지우", "조서준", "윤수아", "장예준", "임지유",
                 "한주원", "오채원", "서현우", "신다은", "권지호", "황은지", "안성민", "송혜진", "유동현", "홍예린"]
_CN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"]
_CN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Jie", "Tao", "Ming", "Chao",
             "Xiuying", "Hui", "Qiang", "Ping", "Gang", "Guiying", "Hong", "Xiaoming", "Jianhua", "Lijuan"]
_WEST = ["James Smith", "Maria Garcia", "John Johnson", "Anna Müller", "Pierre Dubois", "Olga Ivanova",
         "Giuseppe Rossi", "Sarah Williams", "Jan Kowalski", "Ahmed Hassan", "Fatima Khan", "Mohammed Ali Khan",
         "Omar Abdullah", "Ali Reza Ahmadi", "Ivan Petrov", "Carlos Hernandez", "Emma Brown", "Lucas Martin",
         "Yusuf Demir", "Aisha Bello", "Nguyen Van Minh", "Tran Thi Lan", "Hiroshi Tanaka", "Yuki Sato"]
_CO_A = ["Golden", "Pacific", "Eastern", "Global", "United", "Star", "Ocean", "Silver", "Dragon", "Sunrise",
         "Northern", "Great Wall", "Jade", "Phoenix", "Harbour", "Summit"]
_CO_B = ["Trading", "Shipping", "Logistics", "Industrial", "Electronics", "Textile", "Marine", "Energy",
         "Machinery", "Foods", "Chemical", "Metals"]
_CO_C = ["Co., Ltd.", "Limited", "LLC", "Corporation", "GmbH", "Pte Ltd", "Company", "Group"]


def negatives(rng: random.Random, listed: set[str]) -> list[tuple[str, str]]:
    """Return names that are not designated, with their group; exact homonyms of a listed name are left out."""
    out: list[tuple[str, str]] = []
    for s in _SURNAMES_KR:
        for g in rng.sample(_GIVEN_KR, 10):
            out.append((f"{s} {g}", "korean"))
    out += [(n, "korean hangul") for n in _HANGUL_NAMES]
    for s in _CN_SURNAMES:
        for g in rng.sample(_CN_GIVEN, 10):
            out.append((f"{s} {g}", "chinese"))
    out += [(n, "western/arabic/other") for n in _WEST]
    for _ in range(150):
        out.append((f"{rng.choice(_CO_A)} {rng.choice(_CO_B)} {rng.choice(_CO_C)}", "company"))
    seen: set[str] = set()
    result = []
    for name, group in out:
        key = " ".join(sorted(keys(tokens(name))))
        if key not in listed and key not in seen:
            seen.add(key)
            result.append((name, group))
    return result


def synthetic(n: int, rng: random.Random) -> list[Designation]:
    """Return `n` made-up designations whose names mix the pools above with random syllables."""
    syll = [a + b for a in "bcdfghjklmnprstvwyz" for b in ["a", "e", "i", "o", "u", "ae", "ou", "an", "in", "on"]]
    first = [rng.choice(syll) + rng.choice(syll) + rng.choice(["", "a", "n", "r", "l"]) for _ in range(30000)]
    last = [rng.choice(syll) + rng.choice(syll) + rng.choice(syll)[:2] for _ in range(60000)]
    out = []
    for i in range(n):
        if i % 4 == 3:
            name = f"{rng.choice(first).title()} {rng.choice(_CO_B)} {rng.choice(_CO_C)}"
            kind = Kind.ENTITY
        else:
            name = f"{rng.choice(first).title()} {rng.choice(last).title()}"
            kind = Kind.PERSON
        out.append(Designation(reference=f"SYN.{i:07d}", kind=kind, name=name, regime="synthetic"))
    return out


def evaluate(screener: Screener, queries: list[tuple[str, str, str]], negs: list[tuple[str, str]],
             threshold: float) -> dict[str, Any]:
    hits, latencies = 0, []
    misses: dict[str, int] = {}
    by_kind: dict[str, list[int]] = {}
    for query, reference, kind in queries:
        start = time.perf_counter()
        result = screener.screen(Query(query), threshold=threshold)
        latencies.append(time.perf_counter() - start)
        ok = reference in [m.reference for m in result.matches]
        hits += ok
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += ok
        by_kind[kind][1] += 1
        if not ok:
            misses[kind] = misses.get(kind, 0) + 1
    false = 0
    fp_examples = []
    for name, _group in negs:
        start = time.perf_counter()
        result = screener.screen(Query(name), threshold=threshold)
        latencies.append(time.perf_counter() - start)
        if result.matches:
            false += 1
            fp_examples.append(f"{name} -> {result.matches[0].reference} {result.matches[0].designation.name} "
                               f"{result.matches[0].score}")
    return {
        "recall": hits / len(queries),
        "fpr": false / len(negs),
        "qps": len(latencies) / sum(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": sorted(latencies)[int(len(latencies) * 0.95)] * 1000,
        "by_kind": {k: v[0] / v[1] for k, v in sorted(by_kind.items())},
        "fp_examples": fp_examples[:10],
    }


def cold_start() -> float:
    """Time one `sanctioneer screen` call against a store holding the UN list (median of 5)."""
    exe = Path(sys.executable).with_name("sanctioneer")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SANCTIONEER_HOME": home}
        subprocess.run([str(exe), "lists", "load", "un-sc", str(UN_XML)], env=env, check=True, capture_output=True)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([str(exe), "screen", "최석민", "--format", "json"], env=env, check=True,
                           capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def ftm_entity(d: Designation) -> dict[str, Any]:
    schema = "Person" if d.kind is Kind.PERSON else "Organization"
    props: dict[str, list[str]] = {"name": [d.name], "alias": [a.name for a in d.aliases if a.quality != "Low"],
                                   "weakAlias": [a.name for a in d.aliases if a.quality == "Low"]}
    if d.original_script:
        props["alias"].append(d.original_script)
    return {"id": d.reference, "schema": schema, "properties": props}


def run_baseline(python: str, screener: Screener, un: list[Designation], queries: list[tuple[str, str, str]],
                 negs: list[tuple[str, str]], threshold: float) -> dict[str, Any]:
    """Score the same queries with logic-v2 on the candidates our index proposes, in its own interpreter."""
    index = screener.sources[0].index
    jobs = []
    for query, reference, _ in [*queries, *((n, "", g) for n, g in negs)]:
        prepared = prepare(Query(query))
        refs = sorted({index.designations[index.forms[f].designation].reference
                       for f in index.candidates(prepared.words, prepared.keys)})
        jobs.append({"query": query, "expected": reference, "candidates": refs})
    with tempfile.TemporaryDirectory() as tmp:
        payload = Path(tmp) / "jobs.json"
        payload.write_text(json.dumps({"entities": [ftm_entity(d) for d in un], "jobs": jobs,
                                       "threshold": threshold, "brute_force_sample": 30}))
        done = subprocess.run([python, str(HERE / "logic_v2_worker.py"), str(payload)], capture_output=True,
                              text=True, check=True)
    return json.loads(done.stdout)


PAIRS = HERE / "data" / "screen-pairs-dev.csv"


def read_pairs() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def pair_designations(pairs: list[dict[str, str]]) -> list[Designation]:
    """One designation per pair's listed record (its first name primary, the rest aliases)."""
    out = []
    for number, pair in enumerate(pairs):
        first, *rest = pair["listed"].split("|")
        kind = Kind.PERSON if pair["kind"] == "person" else Kind.ENTITY
        out.append(Designation(reference=f"P.{number}", kind=kind, name=first,
                               aliases=tuple(Alias(name) for name in rest)))
    return out


def score_pairs_ours(pairs: list[dict[str, str]]) -> tuple[list[float], float]:
    index = NameIndex(pair_designations(pairs))
    by_designation: dict[int, list[int]] = {}
    for form_id, form in enumerate(index.forms):
        by_designation.setdefault(form.designation, []).append(form_id)
    # One comparison first, untimed, as for logic-v2: the first call imports what other scripts need.
    score(prepare(Query("李成赫 Цой عبد")), index.forms[0], index.designations[0])
    scores = []
    start = time.perf_counter()
    for number, pair in enumerate(pairs):
        prepared = prepare(Query(pair["query"]))
        designation = index.designations[number]
        scores.append(max((score(prepared, index.forms[f], designation)[0] for f in by_designation.get(number, [])),
                          default=0.0))
    return scores, time.perf_counter() - start


def score_pairs_token_set(pairs: list[dict[str, str]]) -> tuple[list[float], float]:
    from rapidfuzz import fuzz, utils

    start = time.perf_counter()
    scores = [max(fuzz.token_set_ratio(p["query"], n, processor=utils.default_process) / 100
                  for n in p["listed"].split("|")) for p in pairs]
    return scores, time.perf_counter() - start


def candidate_recall(pairs: list[dict[str, str]], un: list[Designation]) -> dict[str, float]:
    """For each matching pair: is its listed record among the names the index proposes, in a list with the UN's?"""
    index = NameIndex([*pair_designations(pairs), *un])
    found: dict[str, list[int]] = {}
    for number, pair in enumerate(pairs):
        if pair["label"] != "1":
            continue
        prepared = prepare(Query(pair["query"]))
        proposed = {index.forms[f].designation for f in index.shortlist(prepared.words, prepared.keys)}
        found.setdefault(pair["class"], []).append(number in proposed)
        found.setdefault("all", []).append(number in proposed)
    return {cls: sum(v) / len(v) for cls, v in sorted(found.items())}


def prf(labels: list[bool], scores: list[float], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for y, s in zip(labels, scores, strict=True) if y and s >= threshold)
    fp = sum(1 for y, s in zip(labels, scores, strict=True) if not y and s >= threshold)
    fn = sum(1 for y, s in zip(labels, scores, strict=True) if y and s < threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def best_threshold(labels: list[bool], scores: list[float]) -> float:
    candidates = sorted({round(s, 3) for s in scores} | {0.5})
    return max(candidates, key=lambda t: (prf(labels, scores, t)[2], -abs(t - 0.8)))


def pair_table(pairs: list[dict[str, str]], systems: dict[str, tuple[list[float], float]],
               defaults: dict[str, float]) -> dict[str, Any]:
    """Per class and system: P, R, F1 on the test half at the default threshold, and at the best-F1 threshold
    chosen on the tune half; pairs per second."""
    classes = ["all", *sorted({p["class"] for p in pairs})]
    table: dict[str, Any] = {}
    for name, (scores, seconds) in systems.items():
        rows: dict[str, Any] = {"pairs_per_s": round(len(pairs) / seconds) if seconds else None}
        tune_all = [(p["label"] == "1", s) for p, s in zip(pairs, scores, strict=True) if p["split"] == "tune"]
        chosen = best_threshold([y for y, _ in tune_all], [s for _, s in tune_all])
        rows["tuned_threshold"] = chosen
        for cls in classes:
            test = [(p["label"] == "1", s) for p, s in zip(pairs, scores, strict=True)
                    if p["split"] == "test" and (cls == "all" or p["class"] == cls)]
            tune = [(p["label"] == "1", s) for p, s in zip(pairs, scores, strict=True)
                    if p["split"] == "tune" and (cls == "all" or p["class"] == cls)]
            labels, values = [y for y, _ in test], [s for _, s in test]
            p_, r_, f_ = prf(labels, values, defaults[name])
            best = best_threshold([y for y, _ in tune], [s for _, s in tune])
            rows[cls] = {"n": len(test), "P": round(p_, 3), "R": round(r_, 3), "F1": round(f_, 3),
                         "F1_tuned": round(prf(labels, values, chosen)[2], 3), "best_threshold_tune": best}
        table[name] = rows
    return table


def print_pair_table(table: dict[str, Any]) -> None:
    names = list(table)
    classes = [k for k in table[names[0]] if isinstance(table[names[0]][k], dict)]
    header = "| class | n | " + " | ".join(f"{n} P / R / F1 (F1 tuned) | {n} best t" for n in names) + " |"
    print(header)
    print("|" + " --- |" * (2 + 2 * len(names)))
    for cls in classes:
        cells = []
        for n in names:
            c = table[n][cls]
            cells.append(f"{c['P']:.2f} / {c['R']:.2f} / {c['F1']:.2f} ({c['F1_tuned']:.2f}) "
                         f"| {c['best_threshold_tune']}")
        print(f"| {cls} | {table[names[0]][cls]['n']} | " + " | ".join(cells) + " |")
    print("| pairs/s | | " + " | ".join(f"{table[n]['pairs_per_s']} | t={table[n]['tuned_threshold']}"
                                         for n in names) + " |")


def run_pairs(pairs: list[dict[str, str]], python: str | None, threshold: float) -> dict[str, Any]:
    systems = {"ours": score_pairs_ours(pairs), "token_set": score_pairs_token_set(pairs)}
    defaults = {"ours": threshold, "token_set": 0.8}
    if python:
        with tempfile.TemporaryDirectory() as tmp:
            payload = Path(tmp) / "pairs.json"
            payload.write_text(json.dumps({"pairs": pairs}))
            done = subprocess.run([python, str(HERE / "logic_v2_worker.py"), str(payload)], capture_output=True,
                                  text=True, check=True)
        result = json.loads(done.stdout)
        systems["logic_v2"] = (result["scores"], result["seconds"])
        defaults["logic_v2"] = result["threshold"]
    return pair_table(pairs, systems, defaults)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-python", help="Interpreter of a venv with nomenklatura installed.")
    parser.add_argument("--synthetic", type=int, default=1_000_000, help="Entities in the synthetic list.")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--pairs-only", action="store_true", help="Only the labelled pairs and candidate recall.")
    args = parser.parse_args()
    from sanctioneer.settings import get_settings

    threshold = args.threshold if args.threshold is not None else get_settings().screen_threshold
    if not UN_XML.exists():
        sys.exit(f"the UN list is not at {UN_XML}; this benchmark reads it in place")
    rng = random.Random(1718)
    snapshot = parse_un_xml(UN_XML.read_bytes(), where=UN_XML.name)
    un = list(snapshot.designations)
    pairs = read_pairs()
    print(f"# labelled pairs: {len(pairs)} from {PAIRS.name} (thresholds tuned on the tune half, reported on test)")
    table = run_pairs(pairs, args.baseline_python, threshold)
    print_pair_table(table)
    print(json.dumps({"pairs": table, "candidate_recall": candidate_recall(pairs, un)}, indent=1))
    if args.pairs_only:
        return
    queries = [(q, d.reference, kind) for d in un for q, kind in variants(d, rng)]
    # A name equal to a listed one once romanisation variants are folded is that name, not a negative.
    listed = {" ".join(sorted(keys(tokens(n)))) for d in un for n, _ in d.names}
    negs = negatives(rng, listed)
    print(f"# machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, "
          f"python {platform.python_version()}, {date.today().isoformat()}")
    print(f"# variant set: {len(queries)} queries for {len(un)} designations; {len(negs)} non-designated names")

    base = rss_mb()
    start = time.perf_counter()
    screener = Screener.from_designations(un, version=snapshot.version)
    build = time.perf_counter() - start
    ours = evaluate(screener, queries, negs, threshold)
    ours |= {"build_s": build, "memory_mb": rss_mb() - base, "cold_start_s": cold_start()}
    print(json.dumps({"ours_un": ours}, indent=1, ensure_ascii=False))

    baseline = None
    if args.baseline_python:
        baseline = run_baseline(args.baseline_python, screener, un, queries, negs, threshold)
        print(json.dumps({"logic_v2_un": baseline}, indent=1, ensure_ascii=False))

    big = None
    if args.synthetic:
        gc.collect()
        base = rss_mb()
        start = time.perf_counter()
        everyone = un + synthetic(args.synthetic, rng)
        generated = time.perf_counter() - start
        start = time.perf_counter()
        large = Screener.from_designations(everyone, version="synthetic")
        build = time.perf_counter() - start
        sample = rng.sample(queries, min(3000, len(queries)))
        big = evaluate(large, sample, negs, threshold) | {
            "entities": len(everyone), "generate_s": generated, "build_s": build, "memory_mb": rss_mb() - base}
        print(json.dumps({"ours_synthetic": big}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
