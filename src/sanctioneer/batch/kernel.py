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
import functools
import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

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
        """The answer for a group with these values (remembered by key)."""
        found = self.answers.get(key)
        if found is None:
            found = self.decide(values)
            self.remember(key, found)
        return found

    def remember(self, key: str, answer: _Answer) -> None:
        if len(self.answers) > _CACHE_LIMIT:
            self.answers.clear()
        self.answers[key] = answer

    def decide(self, values: dict[str, Any]) -> _Answer:
        """Decide a group with the engine, on the values of one of its lines.

        Raises:
            SanctioneerError: the engine refused the line.
        """
        from sanctioneer.hs.codes import normalise_hs
        from sanctioneer.intake import parse_transfer

        document = transfer_dict(values, has_currency=self.config.columns.get("currency") is not None)
        assessor = self.assessor
        if values.get("hs"):
            assessor = self.scoped(self.scope(normalise_hs(values["hs"]), values.get("description")).kept)
        return _Answer.of(assessor.assess(parse_transfer(document), identify=False))


#: A group the engine refused: where (the field), what and the fix, as SanctioneerError gives them.
_Refusal = tuple[str | None, str, str | None]


def decide_groups(config: JudgeConfig, groups: list[dict[str, Any]]) -> list[_Answer | _Refusal]:
    """Decide groups (the values of one line of each) in this process: the work a helper process is given."""
    judge = _judge_for(config)
    decided: list[_Answer | _Refusal] = []
    with judge.lock:
        for values in groups:
            try:
                decided.append(judge.decide(values))
            except SanctioneerError as exc:
                decided.append((exc.where, exc.detail, exc.fix))
    return decided


_JUDGES: dict[JudgeConfig, _Judge] = {}
_JUDGES_LOCK = threading.Lock()


def _judge_for(config: JudgeConfig) -> _Judge:
    with _JUDGES_LOCK:
        if config not in _JUDGES:
            _JUDGES[config] = _Judge(config)
        return _JUDGES[config]


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
        if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
            trimmed = pc.utf8_trim(_array(table.column(column)).cast(_STRING), _spaces())
            empty = pc.equal(trimmed, "")
            fields[name] = pc.if_else(empty, pa.scalar(None, _STRING), trimmed) if pc.any(empty).as_py() else trimmed
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


def _check_values(judge: _Judge, lines: _Lines) -> None:
    """Check the distinct values of countries, routes, dates, kinds and currencies with the intake readers.

    Each distinct value of the chunk is read once (and remembered by the judge); the normalised
    value, the message and fix of a bad one, and for dates the epoch (see _boundaries) are then
    placed on the lines by position.
    """
    for name in _CHECKED:
        if name not in lines.fields:
            continue
        encoded = pc.dictionary_encode(lines.fields[name])
        checked = [judge.normalised(name, value) for value in encoded.dictionary.to_pylist()]
        positions = encoded.indices
        lines.normal[name] = pa.array([c[0] for c in checked], _STRING).take(positions)
        if any(c[1] is not None for c in checked):
            lines.messages[name] = (pa.array([c[1] for c in checked], _STRING).take(positions),
                                    pa.array([c[2] for c in checked], _STRING).take(positions))
        if name == "date":
            lines.normal["epoch"] = pa.array([None if c[0] is None else str(judge.epoch(c[0])) for c in checked],
                                              _STRING).take(positions)


def _positions(mask: pa.Array) -> list[int]:
    return [int(i) for i in pc.indices_nonzero(pc.fill_null(mask, False)).to_pylist()]


def _errors_for(judge: _Judge, lines: _Lines) -> list[RowError]:
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
        codes = pc.unique(present["hs"]).drop_null().to_pylist()
        bad = [code for code in codes if judge.normalised("hs", code)[1] is not None]
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
        long = functools.reduce(pc.or_kleene, [pc.greater(pc.utf8_length(present[n]), MAX_TEXT) for n in texts])
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
        digits = pc.subtract(pc.utf8_length(values), pc.count_substring(values, "."))
        sure = pc.and_(plain, pc.less_equal(digits, MAX_DIGITS))
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


def _touches(judge: _Judge, lines: _Lines) -> pa.Array:
    """Whether each line involves the target country as recipient, supplier, origin or on its route."""
    target = judge.target
    route = pc.binary_join_element_wise(">", pc.fill_null(lines.n("route"), ""), ">", "")
    touched = functools.reduce(pc.or_kleene, [
        pc.equal(lines.n("recipient_country"), target), pc.equal(lines.n("supplier_country"), target),
        pc.equal(lines.n("origin"), target), pc.match_substring(route, f">{target}>"),
    ])
    return pc.fill_null(touched, False)


def _aside_keys(judge: _Judge, lines: _Lines) -> pa.Array:
    """The group of each line as if it did not touch the target (those that do are keyed by judge.touching_key)."""

    def text(name: str) -> pa.Array:
        return pc.fill_null(lines.f(name), _NULL)

    def missing(name: str) -> pa.Array:
        return pc.if_else(pc.is_null(lines.n(name)), "true", "false")

    def named(name: str) -> pa.Array:
        return pc.invert(pc.is_in(pc.utf8_trim(text(name), _spaces()), pa.array(["", _NULL], _STRING)))

    names = pc.or_(named("supplier"), named("recipient"))
    epoch = pc.fill_null(lines.n("epoch"), "")
    # The law of a line's date is the law of its epoch (see _boundaries); the date itself counts only
    # where named parties are screened against lists as they stood on it.
    when = pc.if_else(names, pc.fill_null(lines.n("date"), ""), epoch) if judge.dated_names else epoch
    # Not touching the target: only the missing facts and the names given (screened as of the date) matter.
    return pc.binary_join_element_wise(
        pa.scalar("N"), missing("recipient_country"), missing("supplier_country"),
        missing("origin"), missing("route"), text("supplier"), text("recipient"), pc.if_else(names, when, ""), _SEP)


def judge_chunk(config: JudgeConfig, batch: pa.RecordBatch | pa.Table, first_row: int, *,
                helper: Executor | None = None) -> ChunkResult:
    """Judge a chunk of input lines whose first line is row `first_row` (1-based) of the input.

    Returns the chunk's lines with the decision columns added, the lines refused (with the column
    and reason) and the counts the summary needs. With a `helper` (a pool of one process), half of
    the chunk's new groups are decided there while this process decides the other half.
    """
    judge = _judge_for(config)
    with judge.lock:
        return _judge_chunk(judge, pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch,
                            first_row, helper)


def _judge_chunk(judge: _Judge, table: pa.Table, first_row: int, helper: Executor | None) -> ChunkResult:
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
        keys = pc.replace_with_mask(keys, touched, pa.array([judge.touching_key(f) for f in facts], _STRING))
    return _decide(judge, lines, table, keys if kept is None else keys.take(kept), kept, result, helper)


def _decide(judge: _Judge, lines: _Lines, table: pa.Table, keys: pa.Array, kept: pa.Array | None,
            result: ChunkResult, helper: Executor | None) -> ChunkResult:
    """Decide each group of the judged lines once and place the answers on its lines by position."""
    encoded = pc.dictionary_encode(keys)
    group_of = encoded.indices
    names = encoded.dictionary.to_pylist()
    counts = [0] * len(names)
    for entry in pc.value_counts(group_of).to_pylist():
        counts[entry["values"]] = entry["counts"]
    answers: list[_Answer | None] = [judge.answers.get(key) for key in names]
    fresh = [group for group, answer in enumerate(answers) if answer is None]
    refused: list[int] = []
    if fresh:
        # The values of a group, as the engine reads them: each field's first given value among its lines.
        present = list(lines.fields)
        picked = pa.table({"group": group_of, **{name: (lines.fields[name] if kept is None
                                                         else lines.fields[name].take(kept)) for name in present}})
        picked = picked.filter(pc.is_in(group_of, pa.array(fresh, group_of.type)))
        firsts = picked.group_by("group", use_threads=False).aggregate([(name, "first") for name in present])
        groups = {int(row.pop("group")): {name: row[f"{name}_first"] for name in present} for row in firsts.to_pylist()}
        for group, outcome in _decided(judge, groups, helper).items():
            if isinstance(outcome, _Answer):
                judge.remember(names[group], outcome)
                answers[group] = outcome
                continue
            # A group the field checks let through but the engine refused: its first line is reported.
            where, detail, fix = outcome
            at = int(pc.index(group_of, pa.scalar(group, group_of.type)).as_py())
            row = (at if kept is None else int(kept[at].as_py())) + lines.first_row
            result.errors.append(RowError(row, where.rsplit(".", 1)[-1] if where else "?", detail, fix))
            refused.append(group)
    for group, answer in enumerate(answers):
        if answer is None:
            continue
        count = counts[group]
        result.verdicts[answer.verdict] += count
        for measure in answer.measures:
            result.measures[measure] += count
        for reason in dict.fromkeys(answer.reasons):
            result.reasons[reason] += count
    decided = pa.table({name: [getattr(a, name) if a is not None else None for a in answers]
                        for name in RESULT_COLUMNS}, schema=_RESULT_SCHEMA)
    lines_kept = table if kept is None else table.take(kept)
    if refused:
        # A refused group's lines are not judged: the first is reported, as the engine refused it.
        still = pc.invert(pc.is_in(group_of, pa.array(refused, group_of.type)))
        lines_kept, group_of = lines_kept.filter(still), group_of.filter(still)
    placed = decided.take(group_of)
    result.table = pa.Table.from_arrays([*lines_kept.columns, *placed.columns],
                                        names=[*lines_kept.schema.names, *placed.schema.names])
    if result.errors:
        result.errors.sort(key=lambda e: e.row)
        result.rejects = _rejects(table, result.errors, lines.first_row)
    return result


#: Below this many new groups in a chunk, the helper process is not worth the round trip.
_HELPED_FROM = 64


def _decided(judge: _Judge, groups: dict[int, dict[str, Any]],
             helper: Executor | None) -> dict[int, _Answer | _Refusal]:
    """Decide new groups, half of them in the helper process when there is one.

    Groups are shared out by their code or words, so each process classifies a description, and
    settles a code's measures, for the groups it is given only.
    """
    order = sorted(groups)
    theirs: list[int] = []
    pending = None
    if helper is not None and len(order) >= _HELPED_FROM:
        theirs = [g for g in order if hash(groups[g].get("hs") or groups[g].get("description") or "") % 2]
        pending = helper.submit(decide_groups, judge.config, [groups[g] for g in theirs])
    helped = set(theirs)
    outcome: dict[int, _Answer | _Refusal] = {}
    for group in order:
        if group in helped:
            continue
        try:
            outcome[group] = judge.decide(groups[group])
        except SanctioneerError as exc:
            outcome[group] = (exc.where, exc.detail, exc.fix)
    if pending is not None:
        outcome.update(zip(theirs, pending.result(), strict=True))
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
