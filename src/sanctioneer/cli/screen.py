"""`sanctioneer screen`: screen names against the loaded lists, as of a date."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

__all__ = ["screen_command"]


@click.command("screen")
@click.argument("name", required=False)
@click.option("--input", "input_", metavar="FILE",
              help="Screen every line of FILE (one name per line, or CSV with a name column and optional "
                   "dob, country columns; - reads stdin).")
@click.option("--dob", metavar="DATE", help="Date (or year) of birth of the person screened.")
@click.option("--country", metavar="CC", help="Nationality or country of the party screened.")
@click.option("--kind", type=click.Choice(["person", "entity", "vessel"]),
              help="Only match listed parties of this kind.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Screen against the lists as they stood on this date.")
@click.option("--threshold", type=float, callback=lambda _c, _p, v: _threshold(v),
              help="Minimum score to report [default: SANCTIONEER_SCREEN_THRESHOLD].")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]),
              help="Output format [default: text for one name, jsonl with --input].")
@click.option("--fail-on-match", is_flag=True, help="Exit with status 3 when any name matches.")
def screen_command(
    name: str | None,
    input_: str | None,
    dob: str | None,
    country: str | None,
    kind: str | None,
    as_of: str | None,
    threshold: float | None,
    fmt: str | None,
    fail_on_match: bool,
) -> int:
    """Screen NAME (or every name in --input FILE) against the UN list and any other loaded list.

    Prints matches at or above the threshold, best first: reference number, listed
    name, the name or alias that matched, score, reasons, and the list snapshot.
    """
    from sanctioneer.countries import normalise_country
    from sanctioneer.errors import InputError
    from sanctioneer.intake import parse_date
    from sanctioneer.parties.designation import Kind
    from sanctioneer.parties.scoring import Query
    from sanctioneer.parties.screening import Screener

    if (name is not None) == bool(input_):
        raise InputError("give either a NAME or --input FILE", where="screen",
                         fix='for example: sanctioneer screen "Choe Sok Min"')
    if name is not None and not name.strip():
        raise InputError("expected a name to screen, got only blanks", where="NAME",
                         fix='for example: sanctioneer screen "Choe Sok Min"')
    when = parse_date(as_of, where="--as-of") if as_of else None
    dob = _dob(dob, where="--dob")
    if country is not None:
        normalise_country(country, where="--country")
    wanted = Kind(kind) if kind else None
    if input_:
        queries = [Query(q.name, _dob(q.dob, where=f"{input_}: dob of {q.name!r}") or dob, q.country or country,
                         wanted) for q in _read_queries(input_)]
    else:
        assert name is not None
        queries = [Query(name, dob, country, wanted)]
    from sanctioneer.settings import get_settings

    screener = Screener.from_store(as_of=when, threshold=get_settings().screen_threshold)
    results = [screener.screen(q, threshold=threshold, as_of=when) for q in queries]
    style = fmt or ("jsonl" if input_ else "text")
    if style == "jsonl":
        for result in results:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    elif style == "json":
        payload: Any = results[0].to_dict() if not input_ else [r.to_dict() for r in results]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for result in results:
            _render(result)
    if fail_on_match and any(r.matches for r in results):
        return 3
    return 0


_DOB = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _dob(value: str | None, *, where: str) -> str | None:
    """Return a date of birth written YYYY, YYYY-MM or YYYY-MM-DD, or refuse it: one ignored would widen the search."""
    from sanctioneer.errors import InputError

    if value is None or not value.strip():
        return None
    text = value.strip()
    found = _DOB.fullmatch(text)
    try:
        if found:
            date(int(found[1]), int(found[2] or 1), int(found[3] or 1))
    except ValueError:
        found = None
    if not found:
        raise InputError(f"expected a date of birth, got {value!r}", where=where,
                         fix="write it as YYYY-MM-DD, YYYY-MM or the year alone, such as 1960")
    return text


def _threshold(value: float | None) -> float | None:
    from sanctioneer.settings import check_score

    return None if value is None else check_score(value, where="--threshold")


def _render(result: Any) -> None:
    from sanctioneer.cli.render import escape

    def echo(line: str) -> None:
        # Names come from the user and from list files: shown, never obeyed by the terminal.
        click.echo(escape(line))

    lists = ", ".join(result.lists)
    when = f" as of {result.as_of.isoformat()}" if result.as_of else ""
    if not result.matches:
        echo(f"{result.query.name}: no match at or above {result.threshold:.2f}{when} ({lists})")
        return
    echo(f"{result.query.name}: {len(result.matches)} match(es){when} ({lists})")
    for match in result.matches:
        d = match.designation
        echo(f"  {d.reference:<10} {match.score:.2f}  {d.name}  [{d.kind.value}, {d.regime or '-'}, listed "
             f"{d.listed_on.isoformat() if d.listed_on else '-'}; snapshot {match.snapshot.isoformat()}]")
        if match.matched != d.name:
            echo(f"             matched {match.matched!r} ({match.quality or 'alias'})")
        for reason in match.reasons:
            echo(f"             {reason.feature}: {reason.value:+.2f} {reason.detail}"
                 if reason.feature != "name" else f"             name: {reason.value:.2f} {reason.detail}")


#: Every read of screening input is capped: a name list is never this large, /dev/zero ends quickly.
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: A name, a date of birth and a country fit in far less; scoring time grows with a name's length.
MAX_LINE_CHARS = 4096


def _read_queries(source: str) -> list[Any]:
    import csv
    import io

    from sanctioneer.errors import InputError
    from sanctioneer.parties.scoring import Query

    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(source).open("rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", where=source,
                         fix="give a text file with one name per line, or a CSV with a name column") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"expected at most {MAX_INPUT_BYTES // 2**20} MB of names, the input is larger",
                         where=source, fix="split the names into several files")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"expected UTF-8 text, got an undecodable byte at offset {exc.start}", where=source,
                         fix="save the file as UTF-8") from None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise InputError(f"expected a line of at most {MAX_LINE_CHARS} characters, got {len(line)}",
                             where=f"{source}:{number}", fix="give one name (and its dob, country) per line")
    header = [h.strip().casefold() for h in next(csv.reader([lines[0]]))] if lines else []
    if ("name" in header and len(header) > 1) or header == ["name"]:
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:  # a quoted cell running over many lines
            raise InputError(f"expected CSV cells that fit a line: {exc}", where=source,
                             fix="close every quoted cell on the line it opens") from None
        queries = []
        for number, row in enumerate(rows, start=2):
            record = {(k or "").strip().casefold(): (v or "").strip() for k, v in row.items()}
            if not record.get("name"):
                raise InputError("expected a name in the name column, got an empty cell", where=f"{source}:{number}",
                                 fix="fill in the name or remove the line")
            queries.append(Query(record["name"], record.get("dob") or None, record.get("country") or None))
        return queries
    return [Query(line.strip()) for line in lines if line.strip()]
