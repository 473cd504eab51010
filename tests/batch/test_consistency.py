"""`batch` and `assess` give the same verdicts, measures, citations and reasons, line for line."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb
import pytest

from sanctioneer import default_rulebook
from sanctioneer.batch import screen_file
from sanctioneer.cli import main
from sanctioneer.settings import get_settings

ROOT = Path(__file__).resolve().parents[2]
LINES = 10_000


def _make_trades() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_trades", ROOT / "benchmarks" / "make_trades.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_trades"] = module
    spec.loader.exec_module(module)
    return module


def _transfer(row: dict[str, Any]) -> dict[str, Any]:
    """The transfer document a trade line stands for, written from docs/transfers.md."""
    goods = {k: row[k] for k in ("description", "hs", "quantity") if row[k]}
    if row["value"]:
        goods["value"] = {"amount": row["value"], "currency": row["currency"]}
    document: dict[str, Any] = {"id": row["id"], "date": row["date"], "goods": [goods]}
    for role in ("supplier", "recipient"):
        party = {k: v for k, v in (("name", row[role]), ("country", row[f"{role}_country"])) if v}
        if party:
            document[role] = party
    for key in ("origin", "kind", "purpose"):
        if row[key]:
            document[key] = row[key]
    if row["route"]:
        document["route"] = row["route"].split(">")
    return document


def _cite(citation: dict[str, Any]) -> str:
    parts = [citation["instrument"]]
    if citation["paragraph"]:
        parts.append(f"paragraph {citation['paragraph']}")
    if citation["annex"]:
        parts.append(f"annex {citation['annex']}")
    return ", ".join(parts)


def _expected(decision: dict[str, Any]) -> tuple[str, list[str], list[str], list[str]]:
    findings = decision["findings"] + [f for line in decision["lines"] for f in line["findings"]]
    measures = list(dict.fromkeys(f["measure"] for f in findings if f["measure"]))
    citations = list(dict.fromkeys(_cite(f["item"]["citation"]) if f["item"] else _cite(f["citation"])
                                   for f in findings if f["citation"] or f["item"]))
    return decision["verdict"], measures, citations, [f["reason"] for f in findings]


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    module = _make_trades()
    rows = list(module.generate(LINES, seed=11))
    path = tmp_path_factory.mktemp("trades") / "trades.csv"
    module.write(path, iter(rows))
    return path, rows


@pytest.fixture(scope="module")
def assessed(trades: tuple[Path, list[dict[str, Any]]], tmp_path_factory: pytest.TempPathFactory,
             ) -> list[dict[str, Any]]:
    _, rows = trades
    path = tmp_path_factory.mktemp("assess") / "transfers.json"
    path.write_text(json.dumps([_transfer(r) for r in rows]), encoding="utf-8")
    out = path.with_suffix(".jsonl")
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["assess", str(path), "--format", "jsonl"]) == 0
    out.write_text(buffer.getvalue(), encoding="utf-8")
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def _batch_rows(path: Path) -> list[tuple[Any, ...]]:
    return duckdb.sql(
        f"SELECT id, verdict, measures, citations, reasons FROM read_parquet('{path}')"
    ).fetchall()


def _check(got: list[tuple[Any, ...]], assessed: list[dict[str, Any]]) -> None:
    assert len(got) == len(assessed) == LINES
    for (line_id, verdict, measures, citations, reasons), decision in zip(got, assessed, strict=True):
        assert line_id == decision["id"]
        assert (verdict, measures, citations, reasons) == _expected(decision), line_id


@pytest.mark.slow
def test_batch_decides_every_line_as_assess_does(trades: tuple[Path, list[dict[str, Any]]],
                                                 assessed: list[dict[str, Any]], tmp_path: Path) -> None:
    source, rows = trades
    out = tmp_path / "decided.parquet"
    assert main(["batch", str(source), "--out", str(out), "--quiet"]) == 0
    got = _batch_rows(out)
    _check(got, assessed)
    # The sample holds what the comparison must cover: every verdict, lines that touch the target
    # each way, lines with words only, named parties, values and stated purposes.
    verdicts = {g[1] for g in got}
    assert verdicts == {"prohibited", "review", "permitted"}
    assert sum(1 for r in rows if not r["hs"]) > 100
    assert sum(1 for r in rows if r["supplier"] or r["recipient"]) > 100
    assert sum(1 for r in rows if r["route"]) > 5
    cited = {m for g in got for m in g[2]}
    assert len(cited) >= 10
    # The first lines straddle every date the rulebook changes on: a measure starts (or stops) being
    # cited between the day before and the day after.
    boundary = len(list(_make_trades().boundary_lines(default_rulebook().regime.target)))
    changes = sum(1 for i in range(0, boundary - 2, 3) if got[i][2] != got[i + 2][2])
    assert changes >= boundary // 6
    assert any("valued at" in r for g in got for r in g[4])  # value thresholds were read


@pytest.mark.slow
def test_batch_on_a_two_worker_dask_cluster_decides_as_assess(trades: tuple[Path, list[dict[str, Any]]],
                                                             assessed: list[dict[str, Any]], tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    source, _ = trades
    out = tmp_path / "decided-dask.parquet"
    summary = screen_file(source, out, settings=get_settings(), engine="dask", workers=2, processes=False,
                          chunk_rows=2_500)
    assert summary.judged == LINES
    _check(_batch_rows(out), assessed)


@pytest.mark.slow
def test_batch_with_a_second_process_decides_as_assess(trades: tuple[Path, list[dict[str, Any]]],
                                                      assessed: list[dict[str, Any]], tmp_path: Path) -> None:
    # Small chunks, so that every chunk brings new groups for the second process while the next is read.
    source, _ = trades
    out = tmp_path / "decided-split.parquet"
    summary = screen_file(source, out, settings=get_settings(), second_process=True, chunk_rows=2_500)
    assert summary.judged == LINES
    _check(_batch_rows(out), assessed)


@pytest.mark.slow
def test_batch_on_a_parquet_file_of_the_lines_decides_as_assess(trades: tuple[Path, list[dict[str, Any]]],
                                                               assessed: list[dict[str, Any]], tmp_path: Path) -> None:
    # The same lines as a Parquet file of texts in several row groups, whose repeated texts are read as
    # dictionaries; the deciding processes take the new groups of each chunk.
    source, _ = trades
    parquet = tmp_path / "trades.parquet"
    duckdb.sql(f"COPY (SELECT * FROM read_csv('{source}', all_varchar = true)) TO '{parquet}' "
               "(FORMAT parquet, ROW_GROUP_SIZE 2500)")
    out = tmp_path / "decided-parquet.parquet"
    summary = screen_file(parquet, out, settings=get_settings(), second_process=True, chunk_rows=2_500)
    assert summary.judged == LINES
    _check(_batch_rows(out), assessed)
