"""The batch kernel: a chunk of trade lines in, the decisions `assess` gives them out, set by set.

A chunk is checked column by column on its distinct values, with the same readers `assess` uses;
the lines are then grouped in SQL by everything their decision can depend on. Lines that touch
neither way the regime's target country fall into a handful of groups (which facts are missing,
which names are given); lines that touch it are grouped by all their facts. Each group is decided
once, by the engine itself, on one of its lines, and the answer is joined back to every line of
the group. So no Python runs per line, and the answer is the engine's, line for line.
"""

from __future__ import annotations

import bisect
import dataclasses
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from sanctioneer.batch.columns import ColumnMap
from sanctioneer.errors import InputError, SanctioneerError
from sanctioneer.model import Classification, Decision, HsSource, PartyScreening

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor
    from sanctioneer.model import Classifier, PartyScreener
    from sanctioneer.rulebook.measure import Clause, Rulebook
    from sanctioneer.settings import Settings

__all__ = ["RESULT_COLUMNS", "ChunkResult", "JudgeConfig", "RowError", "judge_chunk", "split_route", "transfer_dict"]

#: The columns batch adds to every input line, in order.
RESULT_COLUMNS: tuple[str, ...] = (
    "verdict", "measures", "citations", "reasons", "hs_classified", "hs_confidence", "rulebook_version",
    "classifier_version", "lists_version", "screening",
)

_SEP = "\x1f"
_NULL = "\x1e"
_ROUTE_SEPARATORS = (">", ";")
#: Above this many distinct groups the decision cache starts again, so memory stays bounded.
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class JudgeConfig:
    """How lines are judged: the settings (rulebook, list store, thresholds) and the switches of `assess`."""

    settings: Settings
    columns: ColumnMap
    source: str
    screen: bool = True
    classify: bool = True
    semantic: bool = True
    csv: bool = False


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


def split_route(text: str) -> list[str]:
    """Split a route written as countries in order, such as `CN>RU>KP` (`;` also separates)."""
    for separator in _ROUTE_SEPARATORS[1:]:
        text = text.replace(separator, _ROUTE_SEPARATORS[0])
    return [part.strip() for part in text.split(_ROUTE_SEPARATORS[0]) if part.strip()]


def transfer_dict(values: dict[str, Any], *, has_currency: bool) -> dict[str, Any]:
    """The transfer document (docs/transfers.md) one trade line stands for, from its text values."""

    def given(name: str) -> Any:
        value = values.get(name)
        return value if value is not None and value != "" else None

    line: dict[str, Any] = {}
    for name in ("description", "hs", "quantity"):
        if given(name) is not None:
            line[name] = given(name)
    if given("value") is not None:
        line["value"] = ({"amount": given("value"), "currency": given("currency")} if has_currency
                         else given("value"))
    document: dict[str, Any] = {"goods": [line]}
    for name in ("id", "date", "origin", "kind", "purpose"):
        if given(name) is not None:
            document[name] = given(name)
    if given("route") is not None:
        document["route"] = split_route(str(given("route")))
    for role in ("supplier", "recipient"):
        party = {k: v for k, v in (("name", given(role)), ("country", given(f"{role}_country"))) if v is not None}
        if party:
            document[role] = party
    return document


class _OnceClassifier:
    """The assessor's classifier, asked once per distinct description."""

    def __init__(self, inner: Classifier) -> None:
        self._inner = inner
        self._seen: dict[str, Classification] = {}

    @property
    def version(self) -> str:
        return self._inner.version

    def classify(self, description: str) -> Classification:
        if description not in self._seen:
            if len(self._seen) > _CACHE_LIMIT:
                self._seen.clear()
            self._seen[description] = self._inner.classify(description)
        return self._seen[description]


class _OnceScreener:
    """The assessor's screener, asked once per distinct set of names and date."""

    def __init__(self, inner: PartyScreener) -> None:
        self._inner = inner
        self._seen: dict[tuple[tuple[str, ...], date], PartyScreening] = {}

    def screen_names(self, names: Sequence[str], on: date) -> PartyScreening:
        key = (tuple(names), on)
        if key not in self._seen:
            if len(self._seen) > _CACHE_LIMIT:
                self._seen.clear()
            self._seen[key] = self._inner.screen_names(names, on)
        return self._seen[key]


@dataclass(frozen=True)
class _Answer:
    verdict: str
    measures: tuple[str, ...]
    citations: tuple[str, ...]
    reasons: tuple[str, ...]
    hs_classified: str | None
    hs_confidence: float | None
    rulebook_version: str
    classifier_version: str | None
    lists_version: str | None
    screening: str

    @classmethod
    def of(cls, decision: Decision) -> _Answer:
        citations: dict[str, None] = {}
        for finding in decision.all_findings:
            if finding.item is not None:
                citations.setdefault(str(finding.item.citation), None)
            elif finding.citation is not None:
                citations.setdefault(str(finding.citation), None)
        line = decision.lines[0]
        classified = line.hs_source is HsSource.CLASSIFIED
        scores = [float(e["score"]) for e in line.evidence if isinstance(e.get("score"), int | float)]
        return cls(
            verdict=decision.verdict.value,
            measures=decision.measures,
            citations=tuple(citations),
            reasons=tuple(f.reason for f in decision.all_findings),
            hs_classified=line.hs if classified else None,
            hs_confidence=round(max(scores), 3) if classified and scores else None,
            rulebook_version=decision.rulebook_version,
            classifier_version=line.classifier_version,
            lists_version=decision.lists_version,
            screening=decision.screening.value,
        )


_RESULT_SCHEMA = pa.schema([
    ("_key", pa.string()),
    ("verdict", pa.string()),
    ("measures", pa.list_(pa.string())),
    ("citations", pa.list_(pa.string())),
    ("reasons", pa.list_(pa.string())),
    ("hs_classified", pa.string()),
    ("hs_confidence", pa.float64()),
    ("rulebook_version", pa.string()),
    ("classifier_version", pa.string()),
    ("lists_version", pa.string()),
    ("screening", pa.string()),
])


def _clauses(rulebook: Rulebook) -> list[Clause]:
    return [c for m in rulebook.measures for c in (*m.goods, *(c for item in m.items for c in item.goods))]


def _dates(value: object) -> set[date]:
    """Every date written anywhere in a rulebook object (a dataclass, a tuple of them, a date)."""
    found: set[date] = set()

    def walk(value: object) -> None:
        if isinstance(value, date):
            found.add(value)
        elif isinstance(value, tuple | list):
            for element in value:
                walk(element)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))

    walk(value)
    return found


def _boundaries(rulebook: Rulebook) -> list[date]:
    """Every date written anywhere in the rulebook, and the day after each.

    The engine compares a line's date only with dates of the rulebook (a measure's history, an
    item's listing, an exemption's window), by <, <=, > or >=; each of those comparisons gives the
    same answer for every date between two consecutive points of this list.
    """
    found = _dates(rulebook)
    return sorted(found | {d + timedelta(days=1) for d in found})


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Judge:
    """One assessor and its caches, per process: what every chunk of a run is judged with."""

    def __init__(self, config: JudgeConfig) -> None:
        from sanctioneer.assessment import Assessor

        self.config = config
        base = Assessor.from_settings(config.settings, screen=config.screen, classify=config.classify,
                                      semantic=config.semantic)
        self.assessor: Assessor = Assessor(
            base.rulebook,
            classifier=_OnceClassifier(base.classifier) if base.classifier is not None else None,
            screener=_OnceScreener(base.screener) if base.screener is not None else None,
            screen=base.screen,
        )
        self.target = base.rulebook.regime.target
        self.boundaries = _boundaries(base.rulebook)
        self.threshold_ranges = tuple(r for clause in _clauses(base.rulebook) if clause.threshold is not None
                                      for r in clause.hs)
        # Screening reads the lists as of each line's date only when there are lists to read.
        self.dated_names = self.assessor.screener is not None and config.screen and (
            self.assessor.screener.screen_names(["-"], date.today()).missing is None)
        self.valued: dict[str, bool] = {}
        self.measure_dates = [(m, _dates(m)) for m in base.rulebook.measures if m.goods or m.items]
        self.code_points: dict[str, list[date]] = {}
        self.known: dict[str, pa.Table] = {}
        self.answers: dict[str, _Answer] = {}
        self.checked: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
        self.lock = threading.Lock()

    # -- checking fields ---------------------------------------------------------------------------

    def probe(self, name: str, value: str, extra: dict[str, str] | None = None) -> tuple[str | None, str | None]:
        """Check one field's value with the reader `assess` uses; return (message, fix) or (None, None)."""
        from sanctioneer.intake import parse_transfer

        values = {"description": "goods"} if name not in ("description", "hs") else {}
        values[name] = value
        values.update(extra or {})
        has_currency = "currency" in values
        try:
            parse_transfer(transfer_dict(values, has_currency=has_currency))
        except InputError as exc:
            return exc.detail, exc.fix
        return None, None

    def normalised(self, name: str, value: str) -> tuple[str | None, str | None, str | None]:
        """Return (normalised value, message, fix) for a country, route, date or kind."""
        from sanctioneer.countries import normalise_country
        from sanctioneer.intake import parse_date

        key = (name, value)
        if key in self.checked:
            return self.checked[key]
        message, fix = self.probe(name, value, {"value": "0"} if name == "currency" else None)
        result: str | None = None
        if message is None:
            if name == "date":
                result = parse_date(value, where=name).isoformat()
            elif name == "route":
                result = ">".join(normalise_country(c, where=name) for c in split_route(value))
            elif name.endswith("_country") or name == "origin":
                result = normalise_country(value, where=name)
            else:
                result = value
        if len(self.checked) > _CACHE_LIMIT:
            self.checked.clear()
        self.checked[key] = (result, message, fix)
        return self.checked[key]

    def epoch(self, on: str) -> int:
        """The number of rulebook dates at or before a line's date: lines of one epoch meet the same law."""
        return bisect.bisect_right(self.boundaries, date.fromisoformat(on))

    def code_epoch(self, code: str, on: str) -> str:
        """The epoch of a line with a code and no words: only the dates of measures the code can fall under count.

        A measure none of whose clauses reaches the code gives it no finding on any date, so its
        dates cannot change the decision (a clause without HS ranges reaches every code).
        """
        from sanctioneer.hs.codes import Relation

        if code not in self.code_points:
            found: set[date] = set()
            for measure, dates in self.measure_dates:
                clauses = (*measure.goods, *(c for item in measure.items for c in item.goods))
                if any(not c.hs or any(r.relation(code) is not Relation.OUTSIDE for r in c.hs) for c in clauses):
                    found.update(dates)
            self.code_points[code] = sorted(found | {d + timedelta(days=1) for d in found})
        return "c" + str(bisect.bisect_right(self.code_points[code], date.fromisoformat(on)))

    def needs_value(self, code: str) -> bool:
        """Whether a code can fall under a clause with a value threshold (its value then matters)."""
        from sanctioneer.hs.codes import Relation

        if code not in self.valued:
            self.valued[code] = any(r.relation(code) is not Relation.OUTSIDE for r in self.threshold_ranges)
        return self.valued[code]

    # -- deciding groups ---------------------------------------------------------------------------

    def answer(self, key: str, values: dict[str, Any]) -> _Answer:
        from sanctioneer.intake import parse_transfer

        found = self.answers.get(key)
        if found is not None:
            return found
        document = transfer_dict(values, has_currency=self.config.columns.get("currency") is not None)
        answer = _Answer.of(self.assessor.assess(parse_transfer(document)))
        if len(self.answers) > _CACHE_LIMIT:
            self.answers.clear()
        self.answers[key] = answer
        return answer


_JUDGES: dict[JudgeConfig, _Judge] = {}
_JUDGES_LOCK = threading.Lock()


def _judge_for(config: JudgeConfig) -> _Judge:
    with _JUDGES_LOCK:
        if config not in _JUDGES:
            _JUDGES[config] = _Judge(config)
        return _JUDGES[config]


_CHECKED_SCHEMA = pa.schema([("raw", pa.string()), ("norm", pa.string()), ("message", pa.string()),
                             ("fix", pa.string())])
_CHECKED = ("date", "supplier_country", "recipient_country", "origin", "route", "kind", "currency")
_TEXTS = ("id", "description", "purpose", "supplier", "recipient")
_NUMBERS = ("quantity", "value")


def _value_sql(column: str, arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return f"array_to_string({_q(column)}, '>')"
    return f"NULLIF(trim(CAST({_q(column)} AS VARCHAR)), '')"


def judge_chunk(config: JudgeConfig, batch: pa.RecordBatch | pa.Table, first_row: int) -> ChunkResult:
    """Judge a chunk of input lines whose first line is row `first_row` (1-based) of the input.

    Returns the chunk's lines with the decision columns added, the lines refused (with the column
    and reason) and the counts the summary needs.
    """
    judge = _judge_for(config)
    with judge.lock:
        return _judge_chunk(judge, pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch,
                            first_row)


def _judge_chunk(judge: _Judge, table: pa.Table, first_row: int) -> ChunkResult:
    config = judge.config
    mapped = dict(config.columns.columns)
    rows = table.num_rows
    table = table.append_column("_row", pa.array(range(first_row, first_row + rows), pa.int64()))
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.register("raw", table)
        types = dict(zip(table.schema.names, table.schema.types, strict=True))
        fields = ", ".join(f"{_value_sql(column, types[column])} AS {_q('f_' + name)}"
                           for name, column in mapped.items())
        con.execute(f"CREATE TEMP TABLE v AS SELECT _row, {fields} FROM raw")
        present = [name for name in mapped]
        return _decide(judge, con, table, present, rows)
    finally:
        con.close()


def _errors_for(judge: _Judge, con: duckdb.DuckDBPyConnection, present: list[str]) -> list[RowError]:
    """Check every field of every line of table v, on distinct values; fill the normalised columns."""
    from sanctioneer.intake import MAX_DIGITS, MAX_TEXT

    errors: list[RowError] = []
    column_of = dict(judge.config.columns.columns)

    def add(sql: str, name: str) -> None:
        for row, message, fix in con.execute(sql).fetchall():
            errors.append(RowError(int(row), column_of[name], str(message), fix))

    # Countries, routes, dates, kinds, currencies: few distinct values, each checked by the intake readers.
    for name in _CHECKED:
        norm = f"n_{name}"
        con.execute(f"ALTER TABLE v ADD COLUMN {norm} VARCHAR")
        if name not in present:
            continue
        # Values checked in earlier chunks are kept as a table: only new ones reach Python.
        known = judge.known.get(name, _CHECKED_SCHEMA.empty_table())
        con.register("known", known)
        distinct = [r[0] for r in con.execute(
            f"SELECT DISTINCT f_{name} FROM v WHERE f_{name} IS NOT NULL AND f_{name} NOT IN (SELECT raw FROM known)"
        ).fetchall()]
        con.unregister("known")
        if distinct:
            checked = [(value, *judge.normalised(name, value)) for value in distinct]
            fresh = pa.table({
                "raw": pa.array([c[0] for c in checked], pa.string()),
                "norm": pa.array([c[1] for c in checked], pa.string()),
                "message": pa.array([c[2] for c in checked], pa.string()),
                "fix": pa.array([c[3] for c in checked], pa.string()),
            }, schema=_CHECKED_SCHEMA)
            known = pa.concat_tables([known, fresh]) if known.num_rows + fresh.num_rows <= _CACHE_LIMIT else fresh
            judge.known[name] = known
        con.register("checked", known)
        con.execute(f"UPDATE v SET {norm} = checked.norm FROM checked WHERE v.f_{name} = checked.raw")
        add(f"SELECT _row, message, fix FROM v JOIN checked ON v.f_{name} = checked.raw "
            "WHERE message IS NOT NULL", name)
        con.unregister("checked")
    if "date" in present:
        add("SELECT _row, 'no date is given', 'give the date of the line as YYYY-MM-DD' FROM v WHERE f_date IS NULL",
            "date")
    # HS codes: checked on distinct codes; a code HS 2022 lacks is checked again with its line's date.
    if "hs" in present:
        codes = [r[0] for r in con.execute("SELECT DISTINCT f_hs FROM v WHERE f_hs IS NOT NULL").fetchall()]
        bad = [code for code in codes if judge.normalised("hs", code)[1] is not None]
        if bad:
            con.register("bad_hs", pa.table({"code": pa.array(bad, pa.string())}))
            pairs = con.execute("SELECT DISTINCT f_hs, n_date FROM v JOIN bad_hs ON f_hs = code").fetchall()
            for code, on in pairs:
                extra = {"date": on} if on else None
                message, fix = judge.probe("hs", code, extra)
                if message is not None:
                    rows = con.execute("SELECT _row FROM v WHERE f_hs = ? AND n_date IS NOT DISTINCT FROM ?",
                                       [code, on]).fetchall()
                    errors.extend(RowError(int(r[0]), column_of["hs"], message, fix) for r in rows)
    if "hs" in present or "description" in present:
        hs = "f_hs" if "hs" in present else "NULL"
        description = "f_description" if "description" in present else "NULL"
        first = "hs" if "hs" in present else "description"
        add(f"SELECT _row, 'a goods line needs an hs code or a description', 'give one of them' FROM v "
            f"WHERE {hs} IS NULL AND {description} IS NULL", first)
    # Texts and numbers: every line has its own, so SQL lets through what surely reads, and only the rest is probed.
    for name in _TEXTS:
        if name in present:
            long = con.execute(f"SELECT _row, f_{name} FROM v WHERE length(f_{name}) > {MAX_TEXT}").fetchall()
            for row, value in long:
                message, fix = judge.probe(name, value)
                if message is not None:
                    errors.append(RowError(int(row), column_of[name], message, fix))
    plain = (f"regexp_full_match({{c}}, '[0-9]+(\\.[0-9]+)?') "
             f"AND length(regexp_replace({{c}}, '[^0-9]', '', 'g')) <= {MAX_DIGITS}")
    for name in _NUMBERS:
        if name not in present:
            continue
        sure = plain.format(c=f"f_{name}")
        extra_cols = ", f_currency" if name == "value" and "currency" in present else ""
        for row, value, *rest in con.execute(
            f"SELECT _row, f_{name}{extra_cols} FROM v WHERE f_{name} IS NOT NULL AND NOT ({sure})"
        ).fetchall():
            extra = {"currency": rest[0]} if rest and rest[0] is not None else None
            message, fix = judge.probe(name, value, extra)
            if message is not None:
                errors.append(RowError(int(row), column_of[name], message, fix))
        if name == "value" and "currency" in present:
            add("SELECT _row, 'the value has no currency', 'give the currency, such as USD' FROM v "
                "WHERE f_value IS NOT NULL AND f_currency IS NULL", "currency")
    return errors


def _decide(judge: _Judge, con: duckdb.DuckDBPyConnection, table: pa.Table, present: list[str],
            rows: int) -> ChunkResult:
    errors = _errors_for(judge, con, present)
    first: dict[int, RowError] = {}
    for error in sorted(errors, key=lambda e: e.row):
        first.setdefault(error.row, error)
    errors = list(first.values())
    if errors:
        con.register("bad", pa.table({"_row": pa.array([e.row for e in errors], pa.int64())}))
        con.execute("DELETE FROM v WHERE _row IN (SELECT _row FROM bad)")

    target = judge.target.replace("'", "")
    touch = (f"(n_recipient_country = '{target}' OR n_supplier_country = '{target}' OR n_origin = '{target}' "
             f"OR contains('>' || coalesce(n_route, '') || '>', '>{target}>'))")

    def text(name: str) -> str:
        return f"coalesce(f_{name}, '{_NULL}')" if name in present else f"'{_NULL}'"

    names = f"(coalesce(trim({text('supplier')}), '') NOT IN ('', '{_NULL}') OR " \
            f"coalesce(trim({text('recipient')}), '') NOT IN ('', '{_NULL}'))"
    # The law of a line's date is the law of its epoch (see _boundaries); the date itself counts only
    # where named parties are screened against lists as they stood on it.
    con.execute("ALTER TABLE v ADD COLUMN n_epoch VARCHAR")
    con.execute("ALTER TABLE v ADD COLUMN n_valued BOOLEAN")
    dates = [r[0] for r in con.execute("SELECT DISTINCT n_date FROM v WHERE n_date IS NOT NULL").fetchall()]
    if dates:
        con.register("epochs", pa.table({"d": pa.array(dates, pa.string()),
                                         "e": pa.array([str(judge.epoch(d)) for d in dates], pa.string())}))
        con.execute("UPDATE v SET n_epoch = epochs.e FROM epochs WHERE v.n_date = epochs.d")
    if "hs" in present:
        # A line that touches the target with a code, no words and no names meets only the law of the
        # measures its code can fall under: its epoch counts their dates alone.
        plain = f"{touch} AND f_hs IS NOT NULL AND NOT {names}"
        if "description" in present:
            plain += " AND f_description IS NULL"
        pairs = con.execute(f"SELECT DISTINCT f_hs, n_date FROM v WHERE {plain} AND n_date IS NOT NULL").fetchall()
        if pairs:
            from sanctioneer.hs.codes import normalise_hs as _digits

            con.register("code_epochs", pa.table({
                "c": pa.array([p[0] for p in pairs], pa.string()),
                "d": pa.array([p[1] for p in pairs], pa.string()),
                "e": pa.array([judge.code_epoch(_digits(p[0]), p[1]) for p in pairs], pa.string()),
            }))
            con.execute(f"UPDATE v SET n_epoch = code_epochs.e FROM code_epochs "
                        f"WHERE v.f_hs = code_epochs.c AND v.n_date = code_epochs.d AND {plain}")
    if "hs" in present:
        codes = [r[0] for r in con.execute("SELECT DISTINCT f_hs FROM v WHERE f_hs IS NOT NULL").fetchall()]
        from sanctioneer.hs.codes import normalise_hs

        con.register("valued", pa.table({"c": pa.array(codes, pa.string()), "w": pa.array(
            [judge.needs_value(normalise_hs(c)) for c in codes], pa.bool_())}))
        con.execute("UPDATE v SET n_valued = valued.w FROM valued WHERE v.f_hs = valued.c")
    when = (f"CASE WHEN {names} THEN coalesce(n_date, '') ELSE coalesce(n_epoch, '') END" if judge.dated_names
            else "coalesce(n_epoch, '')")
    # A value matters only where a clause with a threshold may apply: a code within its ranges, or words.
    valued = (f"CASE WHEN {'f_hs IS NULL OR n_valued' if 'hs' in present else 'true'}"
              f"{' OR f_description IS NOT NULL' if 'description' in present else ''} "
              f"THEN {text('value')} || '/' || {text('currency')} ELSE '' END")
    # Which way the goods move depends only on where the target stands among the countries given,
    # and on which are missing (rules.movement); the origin is named in reasons, so it counts as given.
    where_is = (f"CASE WHEN n_recipient_country IS NULL THEN '-' WHEN n_recipient_country = '{target}' THEN 'T' "
                f"ELSE 'x' END || CASE WHEN n_supplier_country IS NULL THEN '-' "
                f"WHEN n_supplier_country = '{target}' THEN 'T' ELSE 'x' END")
    hops = "string_split(n_route, '>')"
    route = (f"CASE WHEN n_route IS NULL THEN '-' ELSE "
             f"CAST({hops}[1] = '{target}' AS VARCHAR) || CAST({hops}[len({hops})] = '{target}' AS VARCHAR) || "
             f"CAST(list_contains(list_slice({hops}, 2, len({hops}) - 1), '{target}') AS VARCHAR) END")
    touching = ", ".join([
        "'T'", when, text("hs"), text("description"), valued, text("supplier"), text("recipient"),
        where_is, "coalesce(n_origin, '')", route, text("purpose"),
    ])
    # Not touching the target: only the missing facts and the names given (screened as of the date) matter.
    aside = ", ".join([
        "'N'", "CAST(n_recipient_country IS NULL AS VARCHAR)", "CAST(n_supplier_country IS NULL AS VARCHAR)",
        "CAST(n_origin IS NULL AS VARCHAR)", "CAST(n_route IS NULL AS VARCHAR)", text("supplier"), text("recipient"),
        f"CASE WHEN {names} THEN {when} ELSE '' END",
    ])
    con.execute("ALTER TABLE v ADD COLUMN _key VARCHAR")
    con.execute(f"UPDATE v SET _key = CASE WHEN {touch} THEN concat_ws('{_SEP}', {touching}) "
                f"ELSE concat_ws('{_SEP}', {aside}) END")
    picks = ", ".join(f"arg_min(f_{name}, _row) AS {name}" for name in present)
    groups = con.sql(f"SELECT _key, count(*) AS n, {picks} FROM v GROUP BY _key").to_arrow_table().to_pylist()

    result = ChunkResult(table=table, rejects=None, errors=errors, rows=rows)
    answers: list[tuple[str, _Answer]] = []
    for group in groups:
        key, count = group.pop("_key"), int(group.pop("n"))
        try:
            answer = judge.answer(key, group)
        except SanctioneerError as exc:  # a group the field checks let through but the engine refused
            row = con.execute("SELECT min(_row) FROM v WHERE _key = ?", [key]).fetchone()
            column = exc.where.rsplit(".", 1)[-1] if exc.where else "?"
            result.errors.append(RowError(int(row[0]) if row else 0, column, exc.detail, exc.fix))
            continue
        answers.append((key, answer))
        result.verdicts[answer.verdict] += count
        for measure in answer.measures:
            result.measures[measure] += count
        for reason in dict.fromkeys(answer.reasons):
            result.reasons[reason] += count

    res = pa.table({
        "_key": [k for k, _ in answers],
        **{name: [getattr(a, name) for _, a in answers] for name in RESULT_COLUMNS},
    }, schema=_RESULT_SCHEMA)
    con.register("res", res)
    columns = ", ".join(f"raw.{_q(c)}" for c in table.schema.names if c != "_row")
    results = ", ".join(f"res.{c}" for c in RESULT_COLUMNS)
    result.table = con.sql(
        f"SELECT {columns}, {results} FROM raw JOIN v USING (_row) JOIN res USING (_key) ORDER BY _row"
    ).to_arrow_table()
    if result.errors:
        result.errors.sort(key=lambda e: e.row)
        con.register("errs", pa.table({
            "_row": pa.array([e.row for e in result.errors], pa.int64()),
            "column": pa.array([e.column for e in result.errors], pa.string()),
            "reason": pa.array([e.message + (f" ({e.fix})" if e.fix else "") for e in result.errors], pa.string()),
        }))
        varchar = ", ".join(f"CAST(raw.{_q(c)} AS VARCHAR) AS {_q(c)}" for c in table.schema.names if c != "_row")
        result.rejects = con.sql(
            f"SELECT errs._row AS \"row\", errs.column AS \"column\", errs.reason AS reason, {varchar} "
            "FROM raw JOIN errs USING (_row) ORDER BY errs._row"
        ).to_arrow_table()
    return result
