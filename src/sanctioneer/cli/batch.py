"""`sanctioneer batch`: judge every line of a CSV or Parquet file of trades, with a summary."""

from __future__ import annotations

import sys
from pathlib import Path

import click

__all__ = ["batch_command"]


@click.command("batch")
@click.argument("input_file", metavar="INPUT")
@click.option("--out", "output", required=True, metavar="OUTPUT",
              help="Where to write every input line with its decision (.parquet or .csv).")
@click.option("--column", "column_flags", multiple=True, metavar="FIELD=COLUMN",
              help="The input column that holds a field, such as hs=HS_CODE (repeat).")
@click.option("--columns", "column_file", metavar="FILE", help="A YAML file mapping fields to columns.")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default="fail", show_default=True,
              help="Stop at the first bad line, or set bad lines aside in the rejects file and go on.")
@click.option("--rejects", metavar="FILE", help="Where --on-error skip writes bad lines [default: OUTPUT.rejects.csv].")
@click.option("--no-screen", is_flag=True, help="Do not screen the parties against the loaded lists.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Judge in this process, or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler (default: a local cluster).")
@click.option("--workers", type=click.IntRange(1, 256), default=2, show_default=True,
              help="With --engine dask and no scheduler: the local cluster's workers.")
@click.option("--chunk-rows", type=click.IntRange(1000, 5_000_000), default=250_000, show_default=True,
              help="Lines judged together; memory grows with it.")
@click.option("--output-columns", type=click.Choice(["all", "decision"]), default="all", show_default=True,
              help="Write every input column with the decision, or only the row number, the id and the decision.")
@click.option("--summary-html", metavar="FILE", help="Also write the summary as an HTML page with charts.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary on the terminal.")
def batch_command(input_file: str, output: str, column_flags: tuple[str, ...], column_file: str | None,
                  on_error: str, rejects: str | None, no_screen: bool, engine: str, scheduler: str | None,
                  workers: int, chunk_rows: int, output_columns: str, summary_html: str | None, quiet: bool) -> int:
    """Judge every line of INPUT (CSV or Parquet) as `assess` would, and write them with their decisions.

    Columns are found by name (id, date, hs, description, quantity, value, currency, supplier,
    supplier_country, recipient, recipient_country, origin, route, kind, purpose); date and one of
    hs or description are required. Exit status: 0 when done, 2 on bad input.
    """
    from sanctioneer.batch import count_rows, read_column_file, screen_file, summary_lines
    from sanctioneer.batch import summary_html as render_html
    from sanctioneer.errors import InputError
    from sanctioneer.settings import get_settings

    columns = read_column_file(column_file) if column_file else {}
    for flag in column_flags:
        field, sep, column = flag.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise InputError(f"expected FIELD=COLUMN, got {flag!r}", where="--column", fix="write it as hs=HS_CODE")
        columns[field.strip()] = column.strip()
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask", where="--scheduler", fix="add --engine dask")
    source, target = Path(input_file), Path(output)
    show = not quiet and sys.stderr is not None and sys.stderr.isatty()

    def run(progress: object = None) -> object:
        return screen_file(source, target, settings=get_settings(), columns=columns, on_error=on_error,
                           rejects=Path(rejects) if rejects else None, screen=not no_screen, engine=engine,
                           scheduler=scheduler, workers=workers, chunk_rows=chunk_rows, second_process=None,
                           output_columns=output_columns, progress=progress)  # type: ignore[arg-type]

    if show:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        total = count_rows(source)
        with Progress(TextColumn("screening"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                      TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("elapsed,"),
                      TimeRemainingColumn(), TextColumn("left"), console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("lines", total=total, rate="")

            def advance(rows: int) -> None:
                bar.advance(task, rows)
                speed = bar.tasks[0].speed
                bar.update(task, rate=f"{speed:,.0f} lines/s" if speed else "")

            summary = run(advance)
    else:
        summary = run()
    from sanctioneer.batch.run import BatchSummary

    assert isinstance(summary, BatchSummary)
    if summary_html:
        page = Path(summary_html)
        partial = page.with_name(f".{page.name}.partial")
        partial.write_text(render_html(summary), encoding="utf-8")
        partial.replace(page)
    if not quiet:
        for line in summary_lines(summary):
            click.echo(line)
    return 0
