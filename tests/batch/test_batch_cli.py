"""`sanctioneer batch` through its real entry point: files in, decisions out, bad lines named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sanctioneer.batch import RESULT_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = ROOT / "examples" / "trades-sample.csv"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", "batch", *args], capture_output=True, text=True,
                          timeout=300)


def test_the_sample_gives_a_parquet_file_duckdb_opens_with_every_column(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    done = run(str(SAMPLE), "--out", str(out), "--no-screen")
    assert done.returncode == 0, done.stderr
    assert "200 lines read" in done.stdout and "by verdict:" in done.stdout and "prohibited" in done.stdout
    columns = [r[0] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()]
    header = SAMPLE.read_text("utf-8").splitlines()[0].replace('"', "").split(",")
    assert columns == header + list(RESULT_COLUMNS)
    rows = duckdb.sql(f"SELECT verdict, measures, citations, screening FROM '{out}' WHERE len(measures) > 0"
                      ).fetchall()
    assert rows and all(r[2] and r[2][0].startswith("S/RES/") for r in rows)
    assert {r[3] for r in rows} <= {"off", "no named parties"}


def test_the_decision_columns_read_back_as_text_lists_of_text_and_a_number_with_the_csv_s_values(
        tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet, csv = tmp_path / "out.parquet", tmp_path / "out.csv"
    for out in (parquet, csv):
        done = run(str(SAMPLE), "--out", str(out), "--no-screen")
        assert done.returncode == 0, done.stderr
    types = dict(duckdb.sql(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{parquet}')").fetchall())
    assert [types[c] for c in RESULT_COLUMNS] == ["VARCHAR", "VARCHAR[]", "VARCHAR[]", "VARCHAR[]", "VARCHAR",
                                                  "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"]
    # Readers that follow the file's Arrow schema (pyarrow, pandas) get texts, not dictionaries.
    schema = pq.read_schema(parquet)
    assert schema.field("verdict").type == pa.string() and schema.field("reasons").type == pa.list_(pa.string())
    lists = "id, verdict, array_to_string(measures, ' | '), array_to_string(citations, ' | '), " \
            "array_to_string(reasons, ' | '), screening"
    from_parquet = duckdb.sql(f"SELECT {lists} FROM '{parquet}' ORDER BY id").fetchall()
    from_csv = duckdb.sql(f"SELECT id, verdict, coalesce(measures, ''), coalesce(citations, ''), "
                          f"coalesce(reasons, ''), screening FROM read_csv('{csv}', all_varchar = true) ORDER BY id"
                          ).fetchall()
    assert len(from_parquet) == 200 and from_parquet == from_csv
    assert any("S/RES/" in row[3] for row in from_parquet)


def test_parquet_in_csv_out_and_a_summary_page(tmp_path: Path) -> None:
    source = tmp_path / "trades.parquet"
    duckdb.sql(f"COPY (SELECT * FROM read_csv('{SAMPLE}', all_varchar = true)) TO '{source}' (FORMAT parquet)")
    out, page = tmp_path / "out.csv", tmp_path / "summary.html"
    done = run(str(source), "--out", str(out), "--summary-html", str(page), "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    decided = duckdb.sql(f"SELECT count(*), count(verdict) FROM read_csv('{out}')").fetchall()[0]
    assert decided == (200, 200)
    html = page.read_text("utf-8")
    assert "<svg" in html and "Lines by verdict" in html and "prohibited" in html


@pytest.mark.parametrize(("fixture", "words"), [
    ("bad-date.csv", ["bad-date.csv: row 2 (line 3), column date", "'2024-02-31' is not a date", "YYYY-MM-DD"]),
    ("bad-hs.csv", ["bad-hs.csv: row 3 (line 4), column hs", "does not exist in HS"]),
    ("bad-country.csv", ["row 1 (line 2), column recipient_country", "'Atlantis' is not a country", "ISO 3166"]),
    ("no-goods.csv", ["row 1 (line 2), column hs", "needs an hs code or a description"]),
    ("bad-value.csv", ["row 1 (line 2), column value", "12abc"]),
    ("no-date-column.csv", ["no-date-column.csv", "no date column", "--column date=NAME"]),
])
def test_a_bad_line_is_named_by_file_row_and_column_and_nothing_is_written(
    fixture: str, words: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out.parquet"
    done = run(str(FIXTURES / fixture), "--out", str(out), "--quiet")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_skipped_lines_go_to_the_rejects_file_with_the_reason(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    done = run(str(FIXTURES / "bad-hs.csv"), "--out", str(out), "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    assert "2 judged, 1 refused" in done.stdout
    assert [r[0] for r in duckdb.sql(f"SELECT id FROM '{out}'").fetchall()] == ["ok1", "ok2"]
    rejects = tmp_path / "out.parquet.rejects.csv"
    row, column, reason, line_id = duckdb.sql(
        f"SELECT \"row\", \"column\", reason, id FROM read_csv('{rejects}')").fetchall()[0]
    assert (row, column, line_id) == (3, "hs", "bad")
    assert "does not exist in HS" in reason


def test_columns_are_mapped_by_flags_or_by_a_file(tmp_path: Path) -> None:
    for mapping in (["--columns", str(FIXTURES / "mapped-columns.yaml")],
                    ["--column", "id=REF", "--column", "date=WHEN", "--column", "hs=CODE",
                     "--column", "recipient_country=TO"]):
        out = tmp_path / "out.parquet"
        done = run(str(FIXTURES / "mapped.csv"), "--out", str(out), "--quiet", *mapping)
        assert done.returncode == 0, done.stderr
        verdict, measures = duckdb.sql(f"SELECT verdict, measures FROM '{out}'").fetchall()[0]
        assert verdict == "prohibited" and "kp-vehicles-to" in measures


def test_a_column_mapped_that_the_file_lacks_is_refused(tmp_path: Path) -> None:
    done = run(str(FIXTURES / "mapped.csv"), "--out", str(tmp_path / "o.parquet"), "--column", "hs=HS_CODE")
    assert done.returncode == 2
    assert "mapped.csv: the input has no column 'HS_CODE' for hs (the columns are: REF, WHEN, CODE, TO)" \
        in done.stderr


def test_typed_columns_and_padded_text_read_as_their_plain_text_does(tmp_path: Path) -> None:
    # A Parquet DATE, a list of countries for the route and codes padded with (non-breaking) spaces
    # are the same lines as the plain text file, so they get the same decisions.
    plain, typed = tmp_path / "plain.parquet", tmp_path / "typed.parquet"
    duckdb.sql(f"COPY (SELECT * FROM read_csv('{SAMPLE}', all_varchar = true)) TO '{plain}' (FORMAT parquet)")
    duckdb.sql(f"COPY (SELECT * REPLACE (CAST(date AS DATE) AS date, string_split(route, '>') AS route, "
               f"'\u00a0' || hs || '  ' AS hs) FROM read_csv('{SAMPLE}', all_varchar = true)) "
               f"TO '{typed}' (FORMAT parquet)")
    decided = []
    for source in (plain, typed):
        out = tmp_path / f"out-{source.name}"
        done = run(str(source), "--out", str(out), "--quiet", "--no-screen")
        assert done.returncode == 0, done.stderr
        decided.append(duckdb.sql(f"SELECT id, verdict, measures, citations, reasons FROM '{out}'").fetchall())
    assert decided[0] == decided[1]
    assert len(decided[0]) == 200 and any(row[2] for row in decided[0])
    assert duckdb.sql(f"SELECT count(*) FROM '{typed}' WHERE route IS NOT NULL").fetchall()[0][0] > 0


def test_the_decision_columns_alone_are_those_of_the_full_output_line_for_line(tmp_path: Path) -> None:
    full, slim = tmp_path / "full.parquet", tmp_path / "slim.parquet"
    assert run(str(SAMPLE), "--out", str(full), "--no-screen", "--quiet").returncode == 0
    done = run(str(SAMPLE), "--out", str(slim), "--no-screen", "--quiet", "--output-columns", "decision")
    assert done.returncode == 0, done.stderr
    columns = [r[0] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{slim}'").fetchall()]
    assert columns == ["row", "id", *RESULT_COLUMNS]
    decision = ", ".join(RESULT_COLUMNS)
    numbered = f"SELECT file_row_number + 1 AS row, id, {decision} FROM read_parquet('{full}', file_row_number = true)"
    for first, second in ((numbered, f"SELECT * FROM '{slim}'"), (f"SELECT * FROM '{slim}'", numbered)):
        assert duckdb.sql(f"SELECT count(*) FROM ({first} EXCEPT ALL {second})").fetchall() == [(0,)]
    assert duckdb.sql(f"SELECT count(*) FROM '{slim}'").fetchall() == [(200,)]


def test_the_decision_columns_alone_keep_each_line_s_row_and_its_mapped_id(tmp_path: Path) -> None:
    source, out = tmp_path / "ledger.csv", tmp_path / "out.parquet"
    source.write_text("REF,WHEN,CODE,TO\nfirst,2024-02-18,8703,KP\nbad,2024-02-18,9999,KP\nthird,2024-02-18,2709,CN\n",
                      "utf-8")
    done = run(str(source), "--out", str(out), "--quiet", "--on-error", "skip", "--output-columns", "decision",
               "--column", "id=REF", "--column", "date=WHEN", "--column", "hs=CODE", "--column", "recipient_country=TO")
    assert done.returncode == 0, done.stderr
    rows = duckdb.sql(f"SELECT \"row\", REF, verdict FROM '{out}' ORDER BY \"row\"").fetchall()
    assert [(row, ref) for row, ref, _ in rows] == [(1, "first"), (3, "third")]
    assert rows[0][2] == "prohibited"


def test_an_unknown_choice_of_output_columns_is_refused() -> None:
    done = run(str(SAMPLE), "--out", "x.parquet", "--output-columns", "some")
    assert done.returncode == 2
    assert "--output-columns" in done.stderr and "Traceback" not in done.stderr
