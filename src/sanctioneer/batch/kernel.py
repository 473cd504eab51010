"""The batch kernel: a chunk of trade lines in, the decisions `assess` gives them out, set by set.

A chunk is checked column by column on its distinct values, with the same readers `assess` uses;
the lines are then grouped by everything their decision can depend on. Lines that touch neither
way the regime's target country fall into a handful of groups (which facts are missing, which
names are given), keyed in SQL; lines that touch it (about one in a hundred) are keyed in Python by
the facts the rules read: the code, the terms the words name, the direction's facts, the value
where a threshold can apply and the epoch of the measures the line can meet. Each group is decided
once, by the engine itself, on one of its lines, and the answer is placed on every line of the
group. So no Python runs per line aside, and the answer is the engine's, line for line.
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
    from sanctioneer.rulebook.measure import Clause, Measure, Rulebook
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


def _measure_clauses(measure: Measure) -> tuple[Clause, ...]:
    return (*measure.goods, *(c for item in measure.items for c in item.goods))


def _clauses(rulebook: Rulebook) -> list[Clause]:
    return [c for m in rulebook.measures for c in _measure_clauses(m)]


def _text(value: str | None) -> str:
    return _NULL if value is None else value


@dataclass(frozen=True)
class _Scope:
    """The goods measures (by position) a line can meet, their dates and the day after each, whether a value counts."""

    kept: tuple[int, ...]
    points: list[date]
    valued: bool


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
        # Screening reads the lists as of each line's date only when there are lists to read.
        self.dated_names = self.assessor.screener is not None and config.screen and (
            self.assessor.screener.screen_names(["-"], date.today()).missing is None)
        self.goods_measures = [m for m in base.rulebook.measures if m.goods or m.items]
        self.measure_dates = [_dates(m) for m in self.goods_measures]
        self.clauses = _clauses(base.rulebook)
        self.exemptions = [e for m in base.rulebook.measures for e in m.exemptions]
        self.goods_clauses = [(index, clause) for index, measure in enumerate(self.goods_measures)
                              for clause in _measure_clauses(measure)]
        # A code can relate to a range only if its chapter lies between the range's first and last.
        self.by_chapter: dict[str, list[int]] = {}
        for index, (_, clause) in enumerate(self.goods_clauses):
            for chapter in sorted({c for r in clause.hs for c in r.chapters}):
                self.by_chapter.setdefault(chapter, []).append(index)
        self.reached: dict[str, frozenset[int]] = {}
        self.terms_named: dict[str, frozenset[int]] = {}
        self.scopes: dict[tuple[frozenset[int], frozenset[int]], _Scope] = {}
        self.signatures: dict[str, str] = {}
        self.assessors: dict[tuple[int, ...], Assessor] = {}
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

    def scope(self, code: str, description: str | None) -> _Scope:
        """The goods measures a line with this code and these words can meet, and what follows from that.

        A measure gives a line a finding only through a clause that matches it, and a clause matches
        only a code its ranges reach or words that name its goods (rules.matching); the other
        measures cannot change the decision, so neither can their dates. A value counts only where
        a clause with a threshold can match.
        """
        from sanctioneer.hs.codes import Relation
        from sanctioneer.rules.matching import relation_to

        reached = self.reached.get(code)
        if reached is None:
            reached = frozenset(index for index in self.by_chapter.get(code[:2], ())
                                if relation_to(code, self.goods_clauses[index][1].hs) is not Relation.OUTSIDE)
            if len(self.reached) > _CACHE_LIMIT:
                self.reached.clear()
            self.reached[code] = reached
        named = self.named(description)
        key = (reached, named)
        found = self.scopes.get(key)
        if found is None:
            clauses = reached | named
            kept = tuple(sorted({self.goods_clauses[index][0] for index in clauses}))
            dates: set[date] = set()
            for index in kept:
                dates.update(self.measure_dates[index])
            valued = any(self.goods_clauses[index][1].threshold is not None for index in clauses)
            found = _Scope(kept, sorted(dates | {d + timedelta(days=1) for d in dates}), valued)
            if len(self.scopes) > _CACHE_LIMIT:
                self.scopes.clear()
            self.scopes[key] = found
        return found

    def named(self, description: str | None) -> frozenset[int]:
        """The goods clauses whose terms a description names."""
        if description is None:
            return frozenset()
        found = self.terms_named.get(description)
        if found is None:
            found = frozenset(index for index, (_, clause) in enumerate(self.goods_clauses)
                              if clause.find_term(description) is not None)
            if len(self.terms_named) > _CACHE_LIMIT:
                self.terms_named.clear()
            self.terms_named[description] = found
        return found

    def signature(self, description: str | None) -> str:
        """What the rules read in a description beside a code: the terms each clause and exemption finds in it."""
        if description is None:
            return ""
        found = self.signatures.get(description)
        if found is None:
            read = [*((c.find_term(description), c.find_excluded(description)) for c in self.clauses),
                    *((e.find_term(description), e.find_purpose(description)) for e in self.exemptions)]
            # Only what was found, with where: the key stays short for the lines whose words name nothing.
            found = repr([(index, pair) for index, pair in enumerate(read) if pair != (None, None)])
            if len(self.signatures) > _CACHE_LIMIT:
                self.signatures.clear()
            self.signatures[description] = found
        return found

    def scoped(self, kept: tuple[int, ...]) -> Assessor:
        """The assessor over the rulebook without the goods measures a line cannot meet (same version, same parties)."""
        from sanctioneer.assessment import Assessor

        found = self.assessors.get(kept)
        if found is None:
            wanted = {id(self.goods_measures[index]) for index in kept}
            rulebook = dataclasses.replace(self.assessor.rulebook, measures=tuple(
                m for m in self.assessor.rulebook.measures if not (m.goods or m.items) or id(m) in wanted))
            found = Assessor(rulebook, classifier=self.assessor.classifier, screener=self.assessor.screener,
                             screen=self.assessor.screen)
            self.assessors[kept] = found
        return found

    def touching_key(self, row: dict[str, Any]) -> str:
        """The group of a line that touches the target: every fact its decision can depend on, and no other."""
        from sanctioneer.hs.codes import normalise_hs

        target = self.target
        names = row["f_supplier"] is not None or row["f_recipient"] is not None
        hs, description = row["f_hs"], row["f_description"]
        value = f"{_text(row['f_value'])}/{_text(row['f_currency'])}"
        if hs is not None:
            code = normalise_hs(hs)
            scope = self.scope(code, description)
            epoch = "c" + str(bisect.bisect_right(scope.points, date.fromisoformat(row["n_date"])))
            goods = [code, self.signature(description), value if scope.valued else ""]
        else:
            epoch = _text(row["n_epoch"])
            goods = ["", _text(description), value]
        when = row["n_date"] if names and self.dated_names else epoch
        recipient, supplier = row["n_recipient_country"], row["n_supplier_country"]
        where_is = "".join("-" if c is None else "T" if c == target else "x" for c in (recipient, supplier))
        route = row["n_route"]
        if route is None:
            shape = "-"
        else:
            hops = route.split(">")
            shape = "".join(str(b).lower() for b in (hops[0] == target, hops[-1] == target, target in hops[1:-1]))
        return _SEP.join(["T", when, *goods, _text(row["f_supplier"]), _text(row["f_recipient"]), where_is,
                          row["n_origin"] or "", shape, _text(row["f_purpose"])])

    # -- deciding groups ---------------------------------------------------------------------------

    def answer(self, key: str, values: dict[str, Any]) -> _Answer:
        from sanctioneer.intake import parse_transfer

        found = self.answers.get(key)
        if found is not None:
            return found
        from sanctioneer.hs.codes import normalise_hs

        document = transfer_dict(values, has_currency=self.config.columns.get("currency") is not None)
        assessor = self.assessor
        if values.get("hs"):
            assessor = self.scoped(self.scope(normalise_hs(values["hs"]), values.get("description")).kept)
        answer = _Answer.of(assessor.assess(parse_transfer(document), identify=False))
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
                             ("fix", pa.string()), ("e", pa.string())])
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
        con.execute(f"CREATE TEMP TABLE s AS SELECT _row, {fields} FROM raw")
        present = [name for name in mapped]
        _check_values(judge, con, present)
        # One pass: the lines with their fields, the normalised values joined from the checked
        # ones, and the group of the lines that do not touch the target.
        joins = " ".join(f"LEFT JOIN known_{name} ON s.f_{name} = known_{name}.raw"
                         for name in _CHECKED if name in present)
        normal = ", ".join(f"known_{name}.norm AS n_{name}" if name in present else f"CAST(NULL AS VARCHAR) AS n_{name}"
                           for name in _CHECKED)
        epoch = "known_date.e" if "date" in present else "CAST(NULL AS VARCHAR)"
        con.execute(f"CREATE TEMP TABLE v AS SELECT *, {_aside_key(judge, present)} AS _key FROM ("
                    f"SELECT s.*, {normal}, {epoch} AS n_epoch FROM s {joins})")
        return _decide(judge, con, table, present, rows, first_row)
    finally:
        con.close()


def _check_values(judge: _Judge, con: duckdb.DuckDBPyConnection, present: list[str]) -> None:
    """Check the distinct values of countries, routes, dates, kinds and currencies with the intake readers.

    Registers known_NAME for each field given: its values with their normalised form, the message
    and fix of a bad one, and for dates the epoch (see _boundaries). Values checked in earlier
    chunks are kept as tables, so only new ones reach Python.
    """
    for name in _CHECKED:
        if name not in present:
            continue
        known = judge.known.get(name, _CHECKED_SCHEMA.empty_table())
        con.register("known", known)
        distinct = [r[0] for r in con.execute(
            f"SELECT DISTINCT f_{name} FROM s WHERE f_{name} IS NOT NULL AND f_{name} NOT IN (SELECT raw FROM known)"
        ).fetchall()]
        con.unregister("known")
        if known.num_rows + len(distinct) > _CACHE_LIMIT:
            # Start again from this chunk's values, every one of them, so none is left unread.
            known = _CHECKED_SCHEMA.empty_table()
            distinct = [r[0] for r in con.execute(f"SELECT DISTINCT f_{name} FROM s WHERE f_{name} IS NOT NULL"
                                                  ).fetchall()]
        if distinct:
            checked = [(value, *judge.normalised(name, value)) for value in distinct]
            fresh = pa.table({
                "raw": pa.array([c[0] for c in checked], pa.string()),
                "norm": pa.array([c[1] for c in checked], pa.string()),
                "message": pa.array([c[2] for c in checked], pa.string()),
                "fix": pa.array([c[3] for c in checked], pa.string()),
                "e": pa.array([str(judge.epoch(c[1])) if name == "date" and c[1] is not None else None
                               for c in checked], pa.string()),
            }, schema=_CHECKED_SCHEMA)
            known = pa.concat_tables([known, fresh])
            judge.known[name] = known
        con.register(f"known_{name}", known)


def _errors_for(judge: _Judge, con: duckdb.DuckDBPyConnection, present: list[str]) -> list[RowError]:
    """Return what is wrong with each line of table v, field by field (the checked values are known_NAME)."""
    from sanctioneer.intake import MAX_DIGITS, MAX_TEXT

    errors: list[RowError] = []
    column_of = dict(judge.config.columns.columns)

    def add(sql: str, name: str) -> None:
        for row, message, fix in con.execute(sql).fetchall():
            errors.append(RowError(int(row), column_of[name], str(message), fix))

    for name in _CHECKED:
        # Only the fields with a bad value among those checked so far need a pass over the lines.
        known = judge.known.get(name)
        if name in present and known is not None and known.column("message").null_count < known.num_rows:
            add(f"SELECT _row, message, fix FROM v JOIN known_{name} ON v.f_{name} = known_{name}.raw "
                "WHERE message IS NOT NULL", name)
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
    texts = [name for name in _TEXTS if name in present]
    if texts:
        long = con.execute(f"SELECT _row, {', '.join(f'f_{n}' for n in texts)} FROM v WHERE "
                           + " OR ".join(f"length(f_{n}) > {MAX_TEXT}" for n in texts)).fetchall()
        for row, *values in long:
            for name, value in zip(texts, values, strict=True):
                if value is not None and len(value) > MAX_TEXT:
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


def _touch(judge: _Judge) -> str:
    """SQL: the line involves the target country as recipient, supplier, origin or on its route."""
    target = judge.target.replace("'", "")
    return (f"(n_recipient_country = '{target}' OR n_supplier_country = '{target}' OR n_origin = '{target}' "
            f"OR contains('>' || coalesce(n_route, '') || '>', '>{target}>'))")


def _aside_key(judge: _Judge, present: list[str]) -> str:
    """SQL: the group of a line that does not touch the target (those that do are keyed by judge.touching_key)."""

    def text(name: str) -> str:
        return f"coalesce(f_{name}, '{_NULL}')" if name in present else f"'{_NULL}'"

    names = f"(coalesce(trim({text('supplier')}), '') NOT IN ('', '{_NULL}') OR " \
            f"coalesce(trim({text('recipient')}), '') NOT IN ('', '{_NULL}'))"
    # The law of a line's date is the law of its epoch (see _boundaries); the date itself counts only
    # where named parties are screened against lists as they stood on it.
    when = (f"CASE WHEN {names} THEN coalesce(n_date, '') ELSE coalesce(n_epoch, '') END" if judge.dated_names
            else "coalesce(n_epoch, '')")
    # Not touching the target: only the missing facts and the names given (screened as of the date) matter.
    aside = ", ".join([
        "'N'", "CAST(n_recipient_country IS NULL AS VARCHAR)", "CAST(n_supplier_country IS NULL AS VARCHAR)",
        "CAST(n_origin IS NULL AS VARCHAR)", "CAST(n_route IS NULL AS VARCHAR)", text("supplier"), text("recipient"),
        f"CASE WHEN {names} THEN {when} ELSE '' END",
    ])
    return f"concat_ws('{_SEP}', {aside})"


def _decide(judge: _Judge, con: duckdb.DuckDBPyConnection, table: pa.Table, present: list[str],
            rows: int, first_row: int) -> ChunkResult:
    errors = _errors_for(judge, con, present)
    first: dict[int, RowError] = {}
    for error in sorted(errors, key=lambda e: e.row):
        first.setdefault(error.row, error)
    errors = list(first.values())
    if errors:
        con.register("bad", pa.table({"_row": pa.array([e.row for e in errors], pa.int64())}))
        con.execute("DELETE FROM v WHERE _row IN (SELECT _row FROM bad)")

    touch = _touch(judge)
    # Lines that touch the target (about one in a hundred) are keyed in Python, by judge.touching_key.
    def given(name: str) -> str:
        return f"f_{name}" if name in present else "NULL"

    wanted = ", ".join([*(f"{given(n)} AS f_{n}" for n in ("hs", "description", "value", "currency", "supplier",
                                                             "recipient", "purpose")),
                        "n_date", "n_epoch", "n_recipient_country", "n_supplier_country", "n_origin", "n_route"])
    touched = con.sql(f"SELECT _row, {wanted} FROM v WHERE coalesce({touch}, false)").to_arrow_table().to_pylist()
    if touched:
        con.register("touched", pa.table({
            "r": pa.array([t["_row"] for t in touched], pa.int64()),
            "k": pa.array([judge.touching_key(t) for t in touched], pa.string()),
        }))
        con.execute("UPDATE v SET _key = touched.k FROM touched WHERE v._row = touched.r")
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
    # Each judged line takes its group's answer by position: Arrow copies the columns, with no
    # second pass of the lines through SQL.
    con.register("res_keys", pa.table({"_key": res.column("_key"), "_gid": pa.array(range(len(answers)), pa.int64())}))
    placed = con.sql(f"SELECT _row - {first_row} AS at, _gid FROM v JOIN res_keys USING (_key) ORDER BY _row"
                     ).to_arrow_table()
    kept = table.drop_columns(["_row"]).take(placed.column("at"))
    decided = res.drop_columns(["_key"]).take(placed.column("_gid"))
    result.table = pa.Table.from_arrays([*kept.columns, *decided.columns],
                                        names=[*kept.schema.names, *decided.schema.names])
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
