"""Batch screening figures: `python benchmarks/batch_bench.py trades.parquet` (make it with make_trades.py).

Prints a Markdown table: the batch run (wall time, lines/s, peak memory of the process), the same
run writing the decision columns only (`--output-columns decision`), the floor
(a bare DuckDB scan of the same file joined to an HS-range table with date windows made from the
rulebook), the per-object rate of `assess` on 10,000 of the lines, and the Dask local cluster with
1 and 2 workers.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from sanctioneer import Assessor, default_rulebook, parse_transfer
from sanctioneer.batch import transfer_dict


def _floor(path: Path) -> tuple[float, int]:
    """A bare scan joined to the rulebook's HS ranges and date windows: what no screening can beat.

    Each range is expanded to the HS 2022 codes of its width, so the join is three hash joins
    (chapter, heading, subheading) with the measure's first and last date as a filter.
    """
    from sanctioneer.hs.nomenclature import load_nomenclature

    nomenclature = load_nomenclature()
    levels = {2: nomenclature.chapters, 4: nomenclature.headings, 6: nomenclature.subheadings}
    rows = set()
    for measure in default_rulebook().measures:
        since, until = measure.start, measure.end
        for clause in list(measure.goods) + [c for item in measure.items for c in item.goods]:
            for hs_range in clause.hs:
                width = len(hs_range.low)
                for code in levels.get(width, {}):
                    if hs_range.low <= code <= hs_range.high:
                        rows.add((width, code, since, until))
    con = duckdb.connect()
    con.execute("CREATE TABLE ranges (width INT, code VARCHAR, since DATE, until DATE)")
    con.executemany("INSERT INTO ranges VALUES (?, ?, ?, ?)", list(rows))
    started = time.perf_counter()
    joins = " UNION ALL ".join(
        f"SELECT 1 FROM t JOIN ranges r ON r.width = {w} AND t.c{w} = r.code "
        "AND t.on_date >= r.since AND (r.until IS NULL OR t.on_date < r.until)" for w in (2, 4, 6))
    hits = con.execute(
        f"""WITH t AS (SELECT left(code, 2) AS c2, left(code, 4) AS c4, left(code, 6) AS c6, on_date FROM (
                SELECT regexp_replace(coalesce(hs, ''), '[^0-9]', '', 'g') AS code,
                       TRY_CAST(date AS DATE) AS on_date FROM read_parquet('{path}')))
            SELECT count(*) FROM ({joins})"""
    ).fetchall()[0][0]
    return time.perf_counter() - started, int(hits)


def _copy_through(path: Path, out: Path) -> float:
    """Read every column of the file and write it back with the decision columns set to one constant answer.

    What any batch run that writes the documented output pays for reading and writing alone, with
    the same chunks and the same Parquet writer as `sanctioneer batch`.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sanctioneer.batch.kernel import RESULT_COLUMNS
    from sanctioneer.batch.run import CHUNK_ROWS

    started = time.perf_counter()
    writer: pq.ParquetWriter | None = None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=CHUNK_ROWS):
        n = batch.num_rows
        constants = {
            "verdict": pa.array(["permitted"] * n), "measures": pa.array([[]] * n, pa.list_(pa.string())),
            "citations": pa.array([[]] * n, pa.list_(pa.string())),
            "reasons": pa.array([["the measures do not apply"]] * n, pa.list_(pa.string())),
            "hs_classified": pa.nulls(n, pa.string()), "hs_confidence": pa.nulls(n, pa.float64()),
            "rulebook_version": pa.array(["version"] * n), "classifier_version": pa.nulls(n, pa.string()),
            "lists_version": pa.nulls(n, pa.string()), "screening": pa.array(["no-parties"] * n),
        }
        table = pa.Table.from_batches([batch])
        for name in RESULT_COLUMNS:
            table = table.append_column(name, constants[name])
        if writer is None:
            writer = pq.ParquetWriter(str(out), table.schema, compression="zstd")
        writer.write_table(table)
    if writer is not None:
        writer.close()
    return time.perf_counter() - started


def _duckdb_copy(path: Path, out: Path) -> float:
    """DuckDB's own copy of the file with the decision columns as constants: reading and writing at DuckDB's speed.

    The same columns and types as `_copy_through`, written by DuckDB's multi-threaded Parquet writer
    in one statement: no Python touches a line, so no batch run that writes every input column can
    be faster on this machine.
    """
    started = time.perf_counter()
    duckdb.connect().execute(
        f"""COPY (SELECT *, 'permitted' AS verdict, []::VARCHAR[] AS measures, []::VARCHAR[] AS citations,
                   ['the measures do not apply'] AS reasons, NULL::VARCHAR AS hs_classified,
                   NULL::DOUBLE AS hs_confidence, 'version' AS rulebook_version,
                   NULL::VARCHAR AS classifier_version, NULL::VARCHAR AS lists_version,
                   'no-parties' AS screening
            FROM read_parquet('{path}')) TO '{out}' (FORMAT parquet, COMPRESSION zstd)""")
    return time.perf_counter() - started


def _child(args: list[str]) -> tuple[float, float, float]:
    """Run the CLI in a child process; return wall seconds, its processor seconds and its peak resident memory in MiB.

    The processor time (user and system, the second process included) shows the work done whatever
    else shares the machine; the wall time depends on that.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sanctioneer", *args], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def _assess_rate(path: Path, n: int) -> float:
    rows = duckdb.sql(f"SELECT * FROM read_parquet('{path}') LIMIT {n}").fetchall()
    names = [d[0] for d in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()]
    assessor = Assessor.default(screen=True)
    transfers = [parse_transfer(transfer_dict(dict(zip(names, r, strict=True)), has_currency=True)) for r in rows]
    started = time.perf_counter()
    for transfer in transfers:
        assessor.assess(transfer)
    return len(transfers) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--dask-input", type=Path, help="a smaller file for the Dask runs (default: the input)")
    args = parser.parse_args(argv)
    lines = duckdb.sql(f"SELECT count(*) FROM read_parquet('{args.input}')").fetchall()[0][0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.parquet"
        # The batch run comes first: a child started after DuckDB has grown this process would count, in its
        # peak memory, the pages it shares with this process before it replaces them.
        load = os.getloadavg()[0]
        wall, cpu, peak = _child(["batch", str(args.input), "--out", str(out), "--quiet"])
        slim = _child(["batch", str(args.input), "--out", str(out), "--quiet", "--output-columns", "decision"])
        floor, hits = _floor(args.input)
        copied = _copy_through(args.input, out)
        duck_copied = _duckdb_copy(args.input, out)
        dask = []
        dask_input = args.dask_input or args.input
        dask_lines = duckdb.sql(f"SELECT count(*) FROM read_parquet('{dask_input}')").fetchall()[0][0]
        if not args.no_dask:
            for workers in (1, 2):
                dask.append((workers, *_child(["batch", str(dask_input), "--out", str(out), "--quiet",
                                               "--engine", "dask", "--workers", str(workers)])))
    rate = _assess_rate(args.input, 10_000)
    print(f"{lines:,} lines from {args.input.name}; {platform.machine()}, Python {platform.python_version()}, "
          f"{platform.system()}")
    print()
    print("| run | wall | processor | lines/s | peak memory |")
    print("|---|---|---|---|---|")
    print(f"| floor: DuckDB scan joined to HS ranges and date windows ({hits:,} hits) | {floor:.2f} s | | "
          f"{lines / floor:,.0f} | |")
    print(f"| reading every column and writing it back with constant decision columns | {copied:.2f} s | | "
          f"{lines / copied:,.0f} | |")
    print(f"| DuckDB's own copy of every column, decision columns constant, one statement | {duck_copied:.2f} s | | "
          f"{lines / duck_copied:,.0f} | |")
    print(f"| `sanctioneer batch` (local; load average {load:.1f} at the start) | {wall:.2f} s | {cpu:.1f} s | "
          f"{lines / wall:,.0f} | {peak:,.0f} MiB |")
    print(f"| `sanctioneer batch --output-columns decision` (row number, id and decision only) | {slim[0]:.2f} s | "
          f"{slim[1]:.1f} s | {lines / slim[0]:,.0f} | |")
    for workers, dwall, dcpu, _ in dask:
        print(f"| `--engine dask`, local cluster, {workers} worker(s), {dask_lines:,} lines | {dwall:.2f} s | "
              f"{dcpu:.1f} s (client) | {dask_lines / dwall:,.0f} | |")
    print(f"| `assess`, one object at a time (10,000 lines) | | | {rate:,.0f} | |")
    print()
    print(f"batch / floor: {wall / floor:.1f}x the floor's time; reading and writing alone: {copied / floor:.1f}x "
          f"(DuckDB's own copy: {duck_copied / floor:.1f}x); "
          f"batch / assess: {lines / wall / rate:.0f}x the rate; with the decision columns only: "
          f"{slim[0] / floor:.1f}x the floor's time, {lines / slim[0] / rate:.0f}x the rate")
    print(f"load average (1 minute): {load:.1f} before the batch run, {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
