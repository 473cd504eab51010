"""`sanctioneer extract`, and the reading and printing of reports that `assess` shares with it."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from sanctioneer.evidence import Report, SourceDocument

__all__ = ["extract_command", "print_report", "read_inputs"]


def read_inputs(files: tuple[str, ...], *, as_: str, date: str | None) -> tuple[list[SourceDocument],
                                                                                list[tuple[bytes, str]]]:
    """Read every file once: reports become documents, transfer files are returned as bytes.

    Raises:
        InputError: a file cannot be read, or reports and transfer files are mixed.
    """
    from sanctioneer.errors import InputError
    from sanctioneer.evidence.document import (
        DocumentFormat,
        document_format,
        parse_document,
        sniff,
    )
    from sanctioneer.intake import MAX_INPUT_BYTES, parse_date, read_input

    when = parse_date(date, where="--date") if date else None
    if list(files).count("-") > 1:
        raise InputError("standard input can be read once", where="-", fix="give - at most once")
    documents: list[SourceDocument] = []
    transfers: list[tuple[bytes, str]] = []
    for name in files:
        stdin = sys.stdin.buffer if name == "-" and sys.stdin is not None else None
        # Read once, to the larger cap of a transfer file; a report over its own cap is refused below.
        data, where = read_input(name, stdin=stdin, limit=MAX_INPUT_BYTES)
        kind = "document" if as_ == "document" else "transfers" if as_ == "transfers" else sniff(data, name=name)
        if kind == "transfers":
            transfers.append((data, where))
        else:
            fmt = document_format(data, name=name) if as_ == "document" else DocumentFormat(kind)
            documents.append(parse_document(data, name=name, date=when, as_format=fmt))
    if documents and transfers:
        raise InputError(
            f"{transfers[0][1]} is a transfer file and {documents[0].name} a report: assess them apart",
            where="assess", fix="run assess once on the transfer files and once on the reports (or say --as)")
    return documents, transfers


def print_report(report: Report, *, fmt: str) -> None:
    """Print a report in one of the formats: text, json, markdown, html, ftm (one entity a line)."""
    from sanctioneer.evidence import report as render

    payload = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        click.echo(render.render_markdown(payload), nl=False)
    elif fmt == "html":
        texts = {d.name: d.text for d in report.documents}
        click.echo(render.render_html(payload, documents=texts), nl=False)
    elif fmt == "ftm":
        for entity in render.render_ftm(payload):
            click.echo(json.dumps(entity, ensure_ascii=False, sort_keys=True))
    else:
        click.echo(render.render_text(payload), nl=False)


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="The reports' date, over any they state.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "html", "ftm"]), default="text",
              show_default=True)
@click.option("--as", "as_", type=click.Choice(["auto", "document"]), default="auto", show_default=True,
              help="document reads every file as a report (HTML, Markdown or text), even one that looks like "
                   "a transfer file.")
def extract_command(files: tuple[str, ...], date_: str | None, fmt: str, as_: str) -> int:
    """Show the transfers that reports in FILES describe (text, HTML, Markdown; - reads stdin), unjudged.

    Every claim comes with the words each of its fields was read from; claims of several reports
    about one transfer are merged into events. `sanctioneer assess` judges them.
    """
    from sanctioneer.errors import InputError
    from sanctioneer.evidence import build_report

    documents, transfers = read_inputs(files, as_=as_, date=date_)
    if transfers:
        raise InputError("this is a transfer file (JSON or YAML), not a report", where=transfers[0][1],
                         fix="judge it with `sanctioneer assess`, or read it as text with --as document")
    from sanctioneer.assessment import Assessor

    # The assessor's classifier, so extract and assess give goods the same codes.
    from sanctioneer.evidence import ClaimProposer
    from sanctioneer.settings import get_settings

    classifier = Assessor.from_settings(get_settings(), screen=False).classifier
    report = build_report(documents, classifier=classifier, proposer=ClaimProposer.from_settings(get_settings()))
    print_report(report, fmt=fmt)
    return 0


