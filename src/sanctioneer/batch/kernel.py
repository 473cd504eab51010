"""The batch kernel: a chunk of trade lines in, the decisions `assess` gives them out, set by set.

A chunk is read column by column with Arrow compute. Each field is checked on its distinct values,
with the same readers `assess` uses, and the results are placed on the lines by position. The
lines are then grouped by everything their decision can depend on: lines that touch neither way
the regime's target country fall into a handful of groups (which facts are missing, which names are
given), keyed by column operations; lines that touch it (about one in a hundred) are keyed in Python
by the judge (see judge.py). Each new group is decided once, by the engine itself, on one of its
lines, and the answer is placed on every line of the group by position. So no Python runs per line
aside, and the answer is the engine's, line for line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from sanctioneer.batch.judge import (
    CACHE_LIMIT,
    KEY_SEPARATOR,
    MISSING,
    RESULT_COLUMNS,
    RESULT_SCHEMA,
    Answer,
    Judge,
    JudgeConfig,
    Refusal,
    decide_groups,
    judge_for,
)
from sanctioneer.errors import SanctioneerError

__all__ = ["RESULT_COLUMNS", "ROW_COLUMN", "ChunkResult", "JudgeConfig", "RowError", "decide_groups", "judge_chunk",
           "judge_chunks"]


@dataclass(frozen=True)
class RowError:
    """A line that cannot be judged: where it is, and why."""

    row: int
    column: str
    message: str
    fix: str | None = None

    def where(self, source: str, *, csv: bool) -> str:
        line = f" (line {self.row + 1})" if csv else ""
        return f"{source}: row {self.row}{line}, column {self.column}"


@dataclass
class ChunkResult:
    """A judged chunk: its lines with the decision columns, the lines refused, and counts for the summary."""

    table: pa.Table
    rejects: pa.Table | None
    errors: list[RowError]
    verdicts: Counter[str] = field(default_factory=Counter)
    measures: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    rows: int = 0


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: The column of the row number, in an output of the decision columns only.
ROW_COLUMN = "row"
_CHECKED = ("date", "supplier_country", "recipient_country", "origin", "route", "kind", "currency")
_TEXTS = ("id", "description", "purpose", "supplier", "recipient")
_NUMBERS = ("quantity", "value")
#: What the rules read of a line that touches the target (judge.touching_key), as the kernel names it.
_TOUCHING = ("f_hs", "f_description", "f_value", "f_currency", "f_supplier", "f_recipient", "f_purpose", "n_date",
             "n_epoch", "n_recipient_country", "n_supplier_country", "n_origin", "n_route")
_STRING = pa.string()


@functools.cache
def _spaces() -> str:
    """The characters DuckDB's trim() removes, as the fields were read before: Unicode space separators (Zs).

    All of them lie in the Basic Multilingual Plane.
    """
    return "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Zs")


def _array(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    return column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column


def _nulls(rows: int) -> pa.Array:
    return pa.nulls(rows, _STRING)


def _read_fields(table: pa.Table, mapped: dict[str, str]) -> dict[str, pa.Array]:
    """Each field's text as the intake readers are given it: trimmed of spaces, an empty one missing.

    Text columns are trimmed with Arrow; other types (dates, numbers, lists of countries) keep
    DuckDB's text form (a list is joined by `>`), so a value reads the same whatever the file's types.
    """
    fields: dict[str, pa.Array] = {}
    other: dict[str, str] = {}
    for name, column in mapped.items():
        kind = table.schema.field(column).type
        if pa.types.is_dictionary(kind) and pa.types.is_string(kind.value_type):
            # A text read as a dictionary array: its distinct values are trimmed, then placed on the lines.
            values = _array(table.column(column))
            fields[name] = _trimmed(values.dictionary).take(values.indices)
        elif pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
            fields[name] = _trimmed(_array(table.column(column)).cast(_STRING))
        else:
            other[name] = column
    if other:
        with duckdb.connect() as con:
            con.execute("SET enable_progress_bar = false")
            con.register("raw", table.select(list(dict.fromkeys(other.values()))))
            sql = ", ".join(f"{_value_sql(column, table.schema.field(column).type)} AS {_q(name)}"
                            for name, column in other.items())
            read = con.sql(f"SELECT {sql} FROM raw").to_arrow_table()
        for name in other:
            fields[name] = _array(read.column(name)).cast(_STRING)
    return fields


def _trimmed(texts: pa.Array) -> pa.Array:
    """Texts trimmed of spaces, an empty one missing."""
    trimmed = pc.utf8_trim(texts, _spaces())
    empty = pc.equal(trimmed, "")
    return pc.if_else(empty, pa.scalar(None, _STRING), trimmed) if pc.any(empty).as_py() else trimmed


def _value_sql(column: str, arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return f"array_to_string({_q(column)}, '>')"
    return f"NULLIF(trim(CAST({_q(column)} AS VARCHAR)), '')"


@dataclass
class _Lines:
    """A chunk's lines as columns: the fields (f_NAME), their normalised forms (n_NAME) and the checks' messages."""

    rows: int
    first_row: int
    fields: dict[str, pa.Array]
    normal: dict[str, pa.Array] = field(default_factory=dict)
    messages: dict[str, tuple[pa.Array, pa.Array]] = field(default_factory=dict)

    def f(self, name: str) -> pa.Array:
        return self.fields.get(name, _nulls(self.rows))

    def n(self, name: str) -> pa.Array:
        return self.normal.get(name, _nulls(self.rows))

    def column(self, name: str) -> pa.Array:
        """f_NAME or n_NAME, as the keys and checks name them."""
        return self.f(name[2:]) if name.startswith("f_") else self.n(name[2:])


_KNOWN = pa.schema([("raw", _STRING), ("norm", _STRING), ("message", _STRING), ("fix", _STRING),
                    ("epoch", _STRING)])


def _known(judge: Judge, name: str, values: pa.Array) -> tuple[pa.Table, pa.Array]:
    """The checked values of a field (judge.known[name], grown with this chunk's new ones) and where each line's is.

    Only values no earlier chunk had reach Python; past the cache limit the table starts again
    from this chunk's values.
    """
    known = judge.known.get(name, _KNOWN.empty_table())
    where = pc.index_in(values, value_set=known.column("raw"))
    new = pc.unique(values.filter(pc.and_(pc.is_valid(values), pc.is_null(where)))).to_pylist()
    if new:
        if known.num_rows + len(new) > CACHE_LIMIT:
            known, new = _KNOWN.empty_table(), pc.unique(values.drop_null()).to_pylist()
        checked = [(value, *judge.normalised(name, value)) for value in new]
        known = pa.concat_tables([known, pa.table({
            "raw": [c[0] for c in checked], "norm": [c[1] for c in checked], "message": [c[2] for c in checked],
            "fix": [c[3] for c in checked],
            "epoch": [str(judge.epoch(c[1])) if name == "date" and c[1] is not None else None for c in checked],
        }, schema=_KNOWN)]).combine_chunks()
        judge.known[name] = known
        where = pc.index_in(values, value_set=known.column("raw"))
    return known, where


def _check_values(judge: Judge, lines: _Lines) -> None:
    """Check the distinct values of countries, routes, dates, kinds and currencies with the intake readers.

    Each value is read once in a run (see _known); the normalised value, the message and fix of a
    bad one, and for dates the epoch (see judge.epoch) are then placed on the lines by position.
    """
    for name in _CHECKED:
        if name not in lines.fields:
            continue
        known, where = _known(judge, name, lines.fields[name])

        def placed(column: str) -> pa.Array:
            return _array(known.column(column)).take(where)  # noqa: B023 (used at once)

        # Where every value known reads as itself (countries given as codes, dates as YYYY-MM-DD), the
        # field is its own normal form: no copy of it is placed.
        same = pc.all(pc.fill_null(pc.equal(known.column("norm"), known.column("raw")), False)).as_py()
        lines.normal[name] = lines.fields[name] if same else placed("norm")
        if known.column("message").null_count < known.num_rows:
            lines.messages[name] = (placed("message"), placed("fix"))
        if name == "date":
            lines.normal["epoch"] = placed("epoch")


def _positions(mask: pa.Array) -> list[int]:
    """The positions where `mask` is true (a null counts as false, as indices_nonzero reads it)."""
    return [int(i) for i in pc.indices_nonzero(mask).to_pylist()]


def _errors_for(judge: Judge, lines: _Lines) -> list[RowError]:
    """Return the first thing wrong with each bad line, field by field, in the order the checks are listed."""
    from sanctioneer.intake import MAX_DIGITS, MAX_TEXT

    first: dict[int, RowError] = {}
    column_of = dict(judge.config.columns.columns)
    present = lines.fields

    def add(position: int, name: str, message: str, fix: str | None) -> None:
        first.setdefault(position, RowError(lines.first_row + position, column_of[name], message, fix))

    for name, (messages, fixes) in lines.messages.items():
        for position in _positions(pc.is_valid(messages)):
            add(position, name, messages[position].as_py(), fixes[position].as_py())
    if "date" in present:
        for position in _positions(pc.is_null(present["date"])):
            add(position, "date", "no date is given", "give the date of the line as YYYY-MM-DD")
    # HS codes: checked on distinct codes; a code HS 2022 lacks is checked again with its line's date.
    if "hs" in present:
        known, _ = _known(judge, "hs", present["hs"])
        bad = known.filter(pc.is_valid(known.column("message"))).column("raw").to_pylist()
        if bad:
            probed: dict[tuple[str, str | None], tuple[str | None, str | None]] = {}
            dates = lines.n("date")
            for position in _positions(pc.is_in(present["hs"], pa.array(bad, _STRING))):
                pair = (present["hs"][position].as_py(), dates[position].as_py())
                if pair not in probed:
                    probed[pair] = judge.probe("hs", pair[0], {"date": pair[1]} if pair[1] else None)
                message, fix = probed[pair]
                if message is not None:
                    add(position, "hs", message, fix)
    if "hs" in present or "description" in present:
        for position in _positions(pc.and_(pc.is_null(lines.f("hs")), pc.is_null(lines.f("description")))):
            add(position, "hs" if "hs" in present else "description", "a goods line needs an hs code or a description",
                "give one of them")
    # Texts and numbers: every line has its own, so Arrow lets through what surely reads, and only the rest is probed.
    texts = [name for name in _TEXTS if name in present]
    if texts:
        # A text of at most MAX_TEXT bytes has at most as many characters: only longer ones are counted in Python.
        long = functools.reduce(pc.or_kleene, [pc.greater(pc.binary_length(present[n]), MAX_TEXT) for n in texts])
        for position in _positions(long):
            for name in texts:
                value = present[name][position].as_py()
                if value is not None and len(value) > MAX_TEXT:
                    message, fix = judge.probe(name, value)
                    if message is not None:
                        add(position, name, message, fix)
    for name in _NUMBERS:
        if name not in present:
            continue
        values = present[name]
        plain = pc.match_substring_regex(values, r"^[0-9]+(\.[0-9]+)?$")
        # A plain number of at most MAX_DIGITS bytes has at most that many digits; a longer one is probed.
        sure = pc.and_(plain, pc.less_equal(pc.binary_length(values), MAX_DIGITS))
        currency = lines.fields.get("currency") if name == "value" else None
        for position in _positions(pc.invert(sure)):
            extra = None
            if currency is not None and currency[position].is_valid:
                extra = {"currency": str(currency[position].as_py())}
            message, fix = judge.probe(name, values[position].as_py(), extra)
            if message is not None:
                add(position, name, message, fix)
        if currency is not None:
            for position in _positions(pc.and_(pc.is_valid(values), pc.is_null(currency))):
                add(position, "currency", "the value has no currency", "give the currency, such as USD")
    return [first[position] for position in sorted(first)]


def _touches(judge: Judge, lines: _Lines) -> pa.Array:
    """Whether each line involves the target country as recipient, supplier, origin or on its route."""
    target = judge.target
    # A route is its countries joined by `>`: the target is on it when it is one of them. Read on the distinct
    # routes (a few hundred in a chunk, most lines having none) and placed on the lines by position.
    routes = pc.dictionary_encode(lines.n("route"))
    on_route = pc.match_substring_regex(routes.dictionary, f"(^|>){re.escape(target)}(>|$)").take(routes.indices)
    touched = functools.reduce(pc.or_kleene, [
        pc.equal(lines.n("recipient_country"), target), pc.equal(lines.n("supplier_country"), target),
        pc.equal(lines.n("origin"), target), on_route,
    ])
    return pc.fill_null(touched, False)


#: The key of a line aside that names no party: which of the facts that set the direction are missing, a bit each.
_MISSING_KEYS = tuple(f"N{bits:x}" for bits in range(16))


@dataclass
class _Keys:
    """Each line's group key, as its number among `texts`.

    A line aside that names no party (nearly every line) has one of the sixteen keys of which facts
    are missing, numbered from the start; only the lines with a key of their own (a name given,
    touching the target) have their key's text hashed. The keys of the two kinds never meet: each
    kind's texts start with a mark of its own (N and a separator, T).
    """

    codes: pa.Array
    texts: list[str]

    def put(self, mask: pa.Array, keys: pa.Array) -> None:
        """Give the lines of `mask`, in order, the keys `keys`."""
        encoded = pc.dictionary_encode(keys)
        numbers = pc.add(encoded.indices, pa.scalar(len(self.texts), encoded.indices.type))
        self.codes = pc.replace_with_mask(self.codes, mask, numbers.cast(self.codes.type))
        self.texts.extend(encoded.dictionary.to_pylist())

    def groups(self, kept: pa.Array | None) -> tuple[pa.Array, list[str]]:
        """The group of each line kept (numbered in order of first appearance) and each group's key."""
        encoded = pc.dictionary_encode(self.codes if kept is None else self.codes.take(kept))
        return encoded.indices, [self.texts[code] for code in encoded.dictionary.to_pylist()]


def _aside_keys(judge: Judge, lines: _Lines) -> _Keys:
    """The group of each line as if it did not touch the target (those that do are keyed by judge.touching_key).

    Not touching the target, only the missing facts and the names given (screened as of the date)
    matter. Most lines give no name at all: their key is the missing facts alone (no separator), and
    only the others are joined from their parts.
    """
    # Which of the facts that set the direction are missing, as one part: a bit each, in the order listed.
    missing = functools.reduce(pc.add, [
        pc.multiply(pc.cast(pc.is_null(lines.n(name)), pa.int8()), 1 << bit)
        for bit, name in enumerate(("recipient_country", "supplier_country", "origin", "route"))])
    keys = _Keys(missing.cast(pa.int32()), list(_MISSING_KEYS))
    given = pc.or_(pc.is_valid(lines.f("supplier")), pc.is_valid(lines.f("recipient")))
    if not given.true_count:
        return keys

    def part(name: str) -> pa.Array:
        return lines.column(name).filter(given)

    def named(name: str) -> pa.Array:
        trimmed = pc.utf8_trim(part(name), _spaces())
        return pc.fill_null(pc.and_(pc.not_equal(trimmed, ""), pc.not_equal(trimmed, MISSING)), False)

    names = pc.or_(named("f_supplier"), named("f_recipient"))
    epoch = pc.fill_null(part("n_epoch"), "")
    # The law of a line's date is the law of its epoch (see _boundaries); the date itself counts only
    # where named parties are screened against lists as they stood on it.
    when = pc.if_else(names, pc.fill_null(part("n_date"), ""), epoch) if judge.dated_names else epoch
    keys.put(given, pc.binary_join_element_wise(
        pa.array(_MISSING_KEYS, _STRING).take(missing.filter(given)), pc.fill_null(part("f_supplier"), MISSING),
        pc.fill_null(part("f_recipient"), MISSING), pc.if_else(names, when, ""), KEY_SEPARATOR))
    return keys


def judge_chunk(config: JudgeConfig, batch: pa.RecordBatch | pa.Table, first_row: int) -> ChunkResult:
    """Judge a chunk of input lines whose first line is row `first_row` (1-based) of the input.

    Returns the chunk's lines with the decision columns added, the lines refused (with the column
    and reason) and the counts the summary needs.
    """
    judge = judge_for(config)
    with judge.lock:
        prepared = _prepare(judge, _table(batch), first_row)
        return _finish(judge, prepared, _decided(judge, prepared.fresh))


def judge_chunks(config: JudgeConfig, batches: Iterator[tuple[int, pa.RecordBatch]], *,
                 pools: Sequence[Executor]) -> Iterator[ChunkResult]:
    """Judge chunks in order, the engine's work done in other processes (pools of one each) while this one reads.

    While the other processes decide the new groups of one chunk, this process reads, checks and keys the
    next; a group new in both is sent once, and the later chunk takes its answer from the earlier. A
    group with a code goes to the process its code is sent to in every chunk (not the first, when there
    are others); the groups with words and no code go to the first process, so each description is
    classified in one process only.
    """
    judge = judge_for(config)
    waiting: tuple[_Prepared, list[tuple[list[int], Future[list[Answer | Refusal]]]]] | None = None
    for first, batch in batches:
        with judge.lock:
            prepared = _prepare(judge, _table(batch), first)
        sent = set(waiting[0].sent) if waiting is not None else set()
        groups = [g for g in sorted(prepared.fresh) if prepared.names[g] not in sent]
        prepared.sent = [prepared.names[g] for g in groups]
        shares: list[list[int]] = [[] for _ in pools]
        for group in groups:
            shares[_share(prepared.fresh[group], len(pools))].append(group)
        with judge.lock:
            kept = {g: _measures(judge, prepared.fresh[g]) for g in groups}
        # Each group goes with the goods measures this process found when it keyed the group.
        tasks = [(share, pool.submit(decide_groups, config, [prepared.fresh[g] for g in share],
                                     [kept[g] for g in share]))
                 for share, pool in zip(shares, pools, strict=True) if share]
        if waiting is not None:
            yield _finish_sent(judge, *waiting)
        waiting = (prepared, tasks)
    if waiting is not None:
        yield _finish_sent(judge, *waiting)


def _measures(judge: Judge, values: dict[str, Any]) -> tuple[int, ...] | None:
    """The goods measures a group can meet (judge.measures), or None where the process it goes to must find them.

    A code the engine refuses is refused where the group is decided, as every refusal is.
    """
    try:
        return judge.measures(values)
    except SanctioneerError:
        return None


def _share(values: dict[str, Any], shares: int) -> int:
    """Which of `shares` processes decides a group: the first for words, another for codes (the same in every chunk).

    Only the first process classifies descriptions, so only it loads the classifier's models and
    indexes, and a chunk's new descriptions are classified there together. Classifying a chunk's
    new descriptions costs about as much as deciding all its new groups with a code, so the first
    process decides no codes and the others share them.
    """
    hs = values.get("hs")
    if shares == 1 or not hs:
        return 0
    return 1 + zlib.crc32(str(hs).encode()) % (shares - 1)


def _finish_sent(judge: Judge, prepared: _Prepared,
                 tasks: list[tuple[list[int], Future[list[Answer | Refusal]]]]) -> ChunkResult:
    outcome: dict[int, Answer | Refusal] = {}
    for groups, task in tasks:
        outcome.update(zip(groups, task.result(), strict=True))
    with judge.lock:
        # Groups the chunk before sent are answered by now; one refused there is decided here again.
        rest = {g: v for g, v in prepared.fresh.items() if g not in outcome and prepared.names[g] not in judge.answers}
        outcome.update(_decided(judge, rest))
        for group in prepared.fresh:
            if group not in outcome:
                outcome[group] = judge.answers[prepared.names[group]]
        return _finish(judge, prepared, outcome)


def _table(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    return pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch


@dataclass
class _Prepared:
    """A chunk read, checked and keyed: its lines, groups, the answers known and the groups still to decide."""

    lines: _Lines
    table: pa.Table
    kept: pa.Array | None
    group_of: pa.Array
    names: list[str]
    answers: list[Answer | None]
    fresh: dict[int, dict[str, Any]]
    result: ChunkResult
    sent: list[str] = field(default_factory=list)


def _prepare(judge: Judge, table: pa.Table, first_row: int) -> _Prepared:
    rows = table.num_rows
    lines = _Lines(rows, first_row, _read_fields(table, dict(judge.config.columns.columns)))
    _check_values(judge, lines)
    result = ChunkResult(table=table, rejects=None, errors=_errors_for(judge, lines), rows=rows)
    keys = _aside_keys(judge, lines)
    touched = _touches(judge, lines)
    kept: pa.Array | None = None
    if result.errors:
        good = pc.invert(pc.is_in(pa.array(range(rows), pa.int64()),
                                  pa.array([e.row - first_row for e in result.errors], pa.int64())))
        touched = pc.and_(touched, good)
        kept = pc.indices_nonzero(good)
    # Lines that touch the target (about one in a hundred) are keyed in Python, by judge.touching_key.
    if touched.true_count:
        facts = pa.table({name: lines.column(name).filter(touched) for name in _TOUCHING}).to_pylist()
        keys.put(touched, pa.array([judge.touching_key(f) for f in facts], _STRING))
    group_of, names = keys.groups(kept)
    answers: list[Answer | None] = [judge.answers.get(key) for key in names]
    fresh = [group for group, answer in enumerate(answers) if answer is None]
    groups: dict[int, dict[str, Any]] = {}
    if fresh:
        groups = _first_values(lines, kept, group_of, fresh)
    return _Prepared(lines, table, kept, group_of, names, answers, groups, result)


def _first_values(lines: _Lines, kept: pa.Array | None, group_of: pa.Array,
                  fresh: list[int]) -> dict[int, dict[str, Any]]:
    """The values of each new group, as the engine reads them: each field's first given value among its lines.

    Found by position, and only each group's value is copied: index_in gives, for each group, the
    first of the listed lines that is in it.
    """
    wanted = pa.array(fresh, group_of.type)
    mine = pc.indices_nonzero(pc.is_in(group_of, wanted))
    groups_mine = group_of.take(mine)
    rows = mine if kept is None else kept.take(mine)
    firsts = rows.take(pc.index_in(wanted, value_set=groups_mine))
    columns: dict[str, list[Any]] = {}
    for name, values in lines.fields.items():
        at = firsts
        if values.null_count:
            given = pc.is_valid(values).take(rows)
            if given.false_count:
                # Some of the lines lack the field: each group's first line that has it.
                have = pc.indices_nonzero(given)
                at = rows.take(have.take(pc.index_in(wanted, value_set=groups_mine.take(have))))
        columns[name] = values.take(at).to_pylist()
    return {group: {name: column[i] for name, column in columns.items()} for i, group in enumerate(fresh)}


def _finish(judge: Judge, prepared: _Prepared, outcome: dict[int, Answer | Refusal]) -> ChunkResult:
    """Place each group's answer on its lines by position, and count them for the summary."""
    lines, table, kept, group_of, names, answers, result = (
        prepared.lines, prepared.table, prepared.kept, prepared.group_of, prepared.names, prepared.answers,
        prepared.result)
    refused: list[int] = []
    for group, decided in sorted(outcome.items()):
        if isinstance(decided, Answer):
            judge.remember(names[group], decided)
            answers[group] = decided
            continue
        # A group the field checks let through but the engine refused: every line of it is reported.
        where, detail, fix = decided
        column = where.rsplit(".", 1)[-1] if where else "?"
        positions = pc.indices_nonzero(pc.equal(group_of, pa.scalar(group, group_of.type)))
        if kept is not None:
            positions = kept.take(positions)
        result.errors.extend(RowError(int(at) + lines.first_row, column, detail, fix) for at in positions.to_pylist())
        refused.append(group)
    counts = [0] * len(names)
    for entry in pc.value_counts(group_of).to_pylist():
        counts[entry["values"]] = entry["counts"]
    for group, answer in enumerate(answers):
        if answer is None:
            continue
        count = counts[group]
        result.verdicts[answer.verdict] += count
        for measure in answer.measures:
            result.measures[measure] += count
        for reason in dict.fromkeys(answer.reasons):
            result.reasons[reason] += count
    decided_table = pa.table({name: [getattr(a, name) if a is not None else None for a in answers]
                              for name in RESULT_COLUMNS}, schema=RESULT_SCHEMA)
    lines_kept = table if kept is None else table.take(kept)
    if refused:
        # A refused group's lines are not judged: each is reported, as the engine refused it.
        still = pc.invert(pc.is_in(group_of, pa.array(refused, group_of.type)))
        lines_kept, group_of = lines_kept.filter(still), group_of.filter(still)
    placed = _placed(decided_table, group_of)
    if judge.config.output == "decision":
        # The row number of each line judged (as errors give it), its id if the input has one, the decision.
        at = pa.array(range(table.num_rows), pa.int64()) if kept is None else kept.cast(pa.int64())
        if refused:
            at = at.filter(still)
        identity = {ROW_COLUMN: pc.add(at, lines.first_row)}
        if (id_column := judge.config.columns.get("id")) is not None:
            identity[id_column] = lines_kept.column(id_column)
        lines_kept = pa.table(identity)
    result.table = pa.Table.from_arrays([*lines_kept.columns, *placed.columns],
                                        names=[*lines_kept.schema.names, *placed.schema.names])
    if result.errors:
        result.errors.sort(key=lambda e: e.row)
        result.rejects = _rejects(table, result.errors, lines.first_row)
    return result


def _placed(decided: pa.Table, group_of: pa.Array) -> pa.Table:
    """Each line's decision columns: its group's answer, taken by position.

    Texts are placed as dictionary arrays, the line's index into the distinct texts of the chunk's
    answers (lists of texts as lists of such indices), so that no line's text is copied: a reason
    is a long text and a chunk's lines repeat a few thousand answers. The Parquet writer writes each
    dictionary once per row group as the column's dictionary page, where it would otherwise hash every
    line's text to find it; the values read back are the same texts (see docs/batch.md, Output).
    """
    columns: list[pa.Array] = []
    for column in decided.columns:
        values = _array(column)
        if pa.types.is_string(values.type):
            encoded = pc.dictionary_encode(values)
            columns.append(pa.DictionaryArray.from_arrays(encoded.indices.take(group_of), encoded.dictionary))
        elif pa.types.is_list(values.type) and pa.types.is_string(values.type.value_type):
            encoded = pc.dictionary_encode(values.flatten())
            starts = pc.subtract(values.offsets, values.offsets[0])
            lists = pa.ListArray.from_arrays(starts, encoded.indices,
                                             mask=values.is_null() if values.null_count else None).take(group_of)
            kind = pa.list_(pa.field(values.type.value_field.name, encoded.type))
            columns.append(pa.ListArray.from_arrays(lists.offsets, pa.DictionaryArray.from_arrays(
                lists.values, encoded.dictionary), type=kind, mask=lists.is_null() if lists.null_count else None))
        else:
            columns.append(values.take(group_of))
    return pa.Table.from_arrays(columns, names=decided.schema.names)


def _decided(judge: Judge, groups: dict[int, dict[str, Any]]) -> dict[int, Answer | Refusal]:
    """Decide new groups in this process."""
    outcome: dict[int, Answer | Refusal] = {}
    judge.prepare(list(groups.values()))
    for group in sorted(groups):
        try:
            outcome[group] = judge.decide(groups[group])
        except SanctioneerError as exc:
            outcome[group] = (exc.where, exc.detail, exc.fix)
    return outcome


def _rejects(table: pa.Table, errors: list[RowError], first_row: int) -> pa.Table:
    """The refused lines with the row, column and reason, their own columns as text."""
    refused = table.take(pa.array([e.row - first_row for e in errors], pa.int64()))
    refused = refused.append_column("_row", pa.array([e.row for e in errors], pa.int64()))
    with duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")
        con.register("raw", refused)
        con.register("errs", pa.table({
            "_row": pa.array([e.row for e in errors], pa.int64()),
            "column": pa.array([e.column for e in errors], _STRING),
            "reason": pa.array([e.message + (f" ({e.fix})" if e.fix else "") for e in errors], _STRING),
        }))
        varchar = ", ".join(f"CAST(raw.{_q(c)} AS VARCHAR) AS {_q(c)}" for c in table.schema.names)
        return con.sql(
            f"SELECT errs._row AS \"row\", errs.column AS \"column\", errs.reason AS reason, {varchar} "
            "FROM raw JOIN errs USING (_row) ORDER BY errs._row"
        ).to_arrow_table()
