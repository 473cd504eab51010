"""`sanctioneer assess`: judge transfers from a file, stdin or the quick form."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from sanctioneer.model import Transfer

__all__ = ["assess_command"]

_FAIL_ON = {"prohibited": 2, "review": 1}


@click.command("assess")
@click.argument("files", nargs=-1)
@click.option("--hs", help="Quick form: the HS code of one goods line, such as 8703 or 8703.23.")
@click.option("--description", help="Quick form: what the goods are, in words.")
@click.option("--from", "from_", metavar="COUNTRY", help="Quick form: the supplier's country (code or name).")
@click.option("--to", metavar="COUNTRY", help="Quick form: the recipient's country (code or name).")
@click.option("--origin", metavar="COUNTRY", help="Quick form: the goods' country of origin.")
@click.option("--via", multiple=True, metavar="COUNTRY", help="Quick form: a country on the route, in order (repeat).")
@click.option("--date", "date_", metavar="YYYY-MM-DD",
              help="Quick form: the date of the transfer. With documents: their date, over any they state.")
@click.option("--value", metavar="AMOUNT+CUR", help="Quick form: the line's value, such as 300000USD.")
@click.option("--purpose", help="Quick form: the stated purpose of the transfer.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Judge under the law as it stood on this date.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "markdown", "html", "ftm"]),
              default="text",
              show_default=True, help="markdown, html and ftm are for documents; jsonl for transfer files.")
@click.option("--as", "as_", type=click.Choice(["auto", "document", "transfers"]), default="auto", show_default=True,
              help="Read the files as reports (text, HTML, Markdown) or transfer files; auto tells by content.")
@click.option("--fail-on", type=click.Choice(["prohibited", "review"]),
              help="Exit with status 3 when any verdict is at least this severe.")
@click.option("--no-screen", is_flag=True, help="Do not screen the parties against the loaded lists.")
@click.option("--record", is_flag=True, help="Record every decision in the audit trail (see `sanctioneer audit`).")
def assess_command(
    files: tuple[str, ...],
    as_of: str | None,
    fmt: str,
    as_: str,
    fail_on: str | None,
    no_screen: bool,
    record: bool,
    **quick: Any,
) -> int:
    """Judge transfers in FILES, or one given by options.

    A file is a transfer file (JSON or YAML, one transfer or a list) or a report (plain text, HTML,
    Markdown) whose described transfers are read, merged across the reports into events and judged
    (see `sanctioneer extract`). - reads stdin.

    Exit status: 0 whatever the verdict, 3 with --fail-on when a verdict reaches it, 2 on bad input.
    """
    from sanctioneer.assessment import Assessor
    from sanctioneer.errors import InputError
    from sanctioneer.intake import decode_document, parse_date, parse_transfers
    from sanctioneer.model import Verdict

    document_date = quick["date_"] if files else None
    if files:
        quick = {**quick, "date_": None}
    if files and any(quick.values()):
        raise InputError("give either FILES or the quick-form options (--hs, --to, ...), not both", where="assess")
    from sanctioneer.cli.documents import read_inputs

    reports, transfer_files = read_inputs(files, as_=as_, date=document_date) if files else ([], [])
    if reports:
        return _assess_documents(reports, fmt=fmt, as_of=as_of, fail_on=fail_on, no_screen=no_screen, record=record)
    if document_date is not None:
        raise InputError("--date gives the date of a report or of a quick-form transfer; a transfer file carries "
                         "its own dates", where="--date")
    if fmt in ("markdown", "html", "ftm"):
        raise InputError(f"--format {fmt} is for reports (text, HTML, Markdown)", where="--format",
                         fix="use text, json or jsonl for transfer files")
    as_list = False
    if transfer_files:
        transfers = []
        for data, name in transfer_files:
            document = decode_document(data, name)
            as_list = as_list or isinstance(document, list) or len(transfer_files) > 1
            transfers.extend(parse_transfers(document, name=name))
    elif any(quick.values()):
        transfers = [_quick_transfer(quick)]
    else:
        raise InputError("nothing to assess", where="assess",
                         fix="give a FILE, - for stdin, or options such as --hs 8703 --from RU --to KP")
    when: date | None = parse_date(as_of, where="--as-of") if as_of else None
    from sanctioneer.settings import get_settings

    assessor = Assessor.from_settings(get_settings(), screen=not no_screen)
    decisions = [assessor.assess(t, as_of=when) for t in transfers]
    if record:
        from sanctioneer.store.audit import record_decisions

        record_decisions(get_settings(), list(zip(transfers, decisions, strict=True)), as_of=when)

    if fmt == "json":
        payload = [d.to_dict() for d in decisions] if as_list else decisions[0].to_dict()
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        for decision in decisions:
            click.echo(json.dumps(decision.to_dict(), ensure_ascii=False))
    else:
        from sanctioneer.cli.render import render_decisions

        render_decisions(decisions)
    if fail_on:
        threshold = Verdict(fail_on)
        if any(d.verdict.severity >= threshold.severity for d in decisions):
            return 3
    return 0


def _assess_documents(reports: list[Any], *, fmt: str, as_of: str | None, fail_on: str | None, no_screen: bool,
                      record: bool) -> int:
    from sanctioneer.assessment import Assessor
    from sanctioneer.cli.documents import print_report
    from sanctioneer.errors import InputError
    from sanctioneer.evidence import build_report
    from sanctioneer.model import Verdict
    from sanctioneer.settings import get_settings

    if as_of is not None or record:
        raise InputError(f"{'--as-of' if as_of else '--record'} applies to transfer files, not to reports",
                         where="--as-of" if as_of else "--record",
                         fix="events are judged as the law stood on their own dates")
    if fmt == "jsonl":
        raise InputError("--format jsonl is for transfer files", where="--format", fix="use json for reports")
    from sanctioneer.evidence import ClaimProposer

    report = build_report(reports, assessor=Assessor.from_settings(get_settings(), screen=not no_screen),
                          proposer=ClaimProposer.from_settings(get_settings()))
    print_report(report, fmt=fmt)
    if fail_on:
        threshold = Verdict(fail_on)
        if any(e.decision and e.decision.verdict.severity >= threshold.severity for e in report.events):
            return 3
    return 0


def _quick_transfer(quick: dict[str, Any]) -> Transfer:
    from sanctioneer.countries import normalise_country
    from sanctioneer.errors import InputError
    from sanctioneer.intake import parse_date, parse_hs, parse_money
    from sanctioneer.model import GoodsLine, Party, Transfer

    hs, description, value, date_ = quick["hs"], quick["description"], quick["value"], quick["date_"]
    from_, to, origin = quick["from_"], quick["to"], quick["origin"]
    if not hs and not description:
        raise InputError("the quick form needs --hs or --description", where="assess")
    when = parse_date(date_, where="--date") if date_ else None
    line = GoodsLine(
        description=description,
        hs=parse_hs(hs, where="--hs", on=when) if hs else None,
        value=parse_money(value, where="--value") if value else None,
    )
    return Transfer(
        goods=(line,),
        date=when,
        supplier=Party(country=normalise_country(from_, where="--from")) if from_ else Party(),
        recipient=Party(country=normalise_country(to, where="--to")) if to else Party(),
        origin=normalise_country(origin, where="--origin") if origin else None,
        route=tuple(normalise_country(c, where="--via") for c in quick["via"]),
        purpose=quick["purpose"],
    )
