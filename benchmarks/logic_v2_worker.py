"""Score screen_eval's jobs with nomenklatura logic-v2; run by screen_eval.py in the baseline interpreter.

Reads a JSON file of entities (FollowTheMoney dicts) and jobs (a query name and
the references of its candidates), prints recall, false positives and timings.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

_start = time.perf_counter()
from followthemoney import EntityProxy  # noqa: E402
from nomenklatura.matching import LogicV2  # noqa: E402

IMPORT_S = time.perf_counter() - _start
# yente's default match threshold for logic-v2.
THRESHOLD = 0.7


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def entity(data: dict) -> object:
    return EntityProxy.from_dict(data)


def queries(name: str, number: int) -> dict[str, object]:
    """The query as a Person and as an Organization: each candidate meets the query of its own schema.

    Each query gets its own id: nomenklatura caches name analysis by entity id.
    """
    return {
        schema: EntityProxy.from_dict({"id": f"query-{number}-{schema}", "schema": schema,
                                       "properties": {"name": [name]}})
        for schema in ("Person", "Organization")
    }


def score_pairs(payload: dict) -> None:
    """Score labelled pairs: each query against its one listed record; print the scores and the time."""
    config = LogicV2.default_config()
    # One comparison first, untimed: the first call loads models and tables.
    warm = EntityProxy.from_dict({"id": "warm", "schema": "Person", "properties": {"name": ["Warm Up"]}})
    LogicV2.compare(warm, warm, config)
    scores = []
    start = time.perf_counter()
    for number, pair in enumerate(payload["pairs"]):
        schema = "Person" if pair["kind"] == "person" else "Organization"
        names = pair["listed"].split("|")
        listed = EntityProxy.from_dict({"id": f"listed-{number}", "schema": schema,
                                        "properties": {"name": names[:1], "alias": names[1:]}})
        asked = EntityProxy.from_dict({"id": f"query-{number}", "schema": schema,
                                       "properties": {"name": [pair["query"]]}})
        scores.append(LogicV2.compare(asked, listed, config).score)
    elapsed = time.perf_counter() - start
    print(json.dumps({"scores": scores, "seconds": elapsed, "threshold": THRESHOLD}))


def main() -> None:
    payload = json.load(open(sys.argv[1]))
    if "pairs" in payload:
        score_pairs(payload)
        return
    base = rss_mb()
    start = time.perf_counter()
    entities = {e["id"]: entity(e) for e in payload["entities"]}
    config = LogicV2.default_config()
    build = time.perf_counter() - start
    hits = positives = false = negatives = pairs = 0
    latencies = []
    for number, job in enumerate(payload["jobs"]):
        asked = queries(job["query"], number)
        start = time.perf_counter()
        scored = [(LogicV2.compare(asked[entities[ref].schema.name], entities[ref], config).score, ref)
                  for ref in job["candidates"]]
        latencies.append(time.perf_counter() - start)
        pairs += len(scored)
        matched = {ref for score, ref in scored if score >= THRESHOLD}
        if job["expected"]:
            positives += 1
            hits += job["expected"] in matched
        else:
            negatives += 1
            false += bool(matched)
    # Without an index: every entity of the list compared with the query.
    brute = []
    for number, job in enumerate(payload["jobs"][: payload["brute_force_sample"]]):
        asked = queries(job["query"], -1 - number)
        start = time.perf_counter()
        for candidate in entities.values():
            LogicV2.compare(asked[candidate.schema.name], candidate, config)
        brute.append(time.perf_counter() - start)
    print(json.dumps({
        "threshold": THRESHOLD,
        "recall": hits / positives,
        "fpr": false / negatives,
        "qps_on_our_candidates": len(latencies) / sum(latencies),
        "p50_ms_on_our_candidates": statistics.median(latencies) * 1000,
        "pairs_per_s": pairs / sum(latencies),
        "qps_whole_list": len(brute) / sum(brute),
        "p50_ms_whole_list": statistics.median(brute) * 1000,
        "import_s": IMPORT_S,
        "build_s": build,
        "memory_mb": rss_mb() - base,
        "process_rss_mb": rss_mb(),
    }))


if __name__ == "__main__":
    main()
