"""How a group of trade lines is decided: one assessor per process, the group keys, the engine's answer.

A line that touches the regime's target country is keyed by the facts the rules read (the code, the
terms its words name, the direction's facts, the value where a threshold can apply and the epoch of
the measures the line can meet); each group is decided once, by the engine itself, on one of its
lines, with the rulebook reduced to the measures the line can meet (same version).
"""

from __future__ import annotations

import bisect
import dataclasses
import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from sanctioneer.batch.columns import ColumnMap
from sanctioneer.errors import InputError, SanctioneerError
from sanctioneer.model import Classification, Decision, HsSource, PartyScreening, Transfer

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor
    from sanctioneer.model import Classifier, PartyScreener
    from sanctioneer.rulebook.measure import Clause, Measure, Rulebook
    from sanctioneer.settings import Settings

__all__ = [
    "CACHE_LIMIT", "KEY_SEPARATOR", "MISSING", "RESULT_COLUMNS", "RESULT_SCHEMA", "Answer", "Judge", "JudgeConfig",
    "Refusal", "decide_groups", "judge_for", "seldom_full_collections", "split_route", "start_deciding",
    "transfer_dict",
]

#: The columns batch adds to every input line, in order.
RESULT_COLUMNS: tuple[str, ...] = (
    "verdict", "measures", "citations", "reasons", "hs_classified", "hs_confidence", "rulebook_version",
    "classifier_version", "lists_version", "screening",
)

#: Separates the parts of a group key.
KEY_SEPARATOR = "\x1f"
#: Stands for a fact not given, in a group key.
MISSING = "\x1e"
_ROUTE_SEPARATORS = (">", ";")
#: Above this many distinct groups the decision cache starts again, so memory stays bounded.
CACHE_LIMIT = 200_000
#: The collections of the younger generation between two full garbage collections while a run decides
#: (Python's default is 10).
_FULL_COLLECTION_EVERY = 1000


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
    #: Which columns the output holds: "all" (every input column, then the decision) or "decision"
    #: (the line's row number, its id if the input has one, then the decision).
    output: str = "all"


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
    def inner(self) -> Classifier:
        return self._inner

    @property
    def version(self) -> str:
        return self._inner.version

    def classify(self, description: str) -> Classification:
        return self._once(description, description, self._inner.classify)

    def classify_report(self, description: str) -> Classification:
        """Goods words read from a report's running text, read so when the inner classifier can (`classify` else)."""
        return self._once("\0report\0" + description, description,
                          getattr(self._inner, "classify_report", self._inner.classify))

    def _once(self, key: str, description: str, reading: Callable[[str], Classification]) -> Classification:
        if key not in self._seen:
            if len(self._seen) > CACHE_LIMIT:
                self._seen.clear()
            self._seen[key] = reading(description)
        return self._seen[key]

    def prepare(self, descriptions: Sequence[str]) -> None:
        """Classify the descriptions not seen yet together, when the classifier can (the same answers as one by one)."""
        many = getattr(self._inner, "classify_many", None)
        fresh = list(dict.fromkeys(d for d in descriptions if d not in self._seen))
        if many is None or len(fresh) < 2:
            return
        try:
            classified = many(fresh)
        except SanctioneerError:
            return  # A description the classifier refuses is refused again, and reported, when its line is decided.
        if len(self._seen) + len(fresh) > CACHE_LIMIT:
            self._seen.clear()
        self._seen.update(zip(fresh, classified, strict=True))


class _OnceScreener:
    """The assessor's screener, asked once per distinct set of names and date."""

    def __init__(self, inner: PartyScreener) -> None:
        self._inner = inner
        self._seen: dict[tuple[tuple[str, ...], date], PartyScreening] = {}

    def screen_names(self, names: Sequence[str], on: date) -> PartyScreening:
        key = (tuple(names), on)
        if key not in self._seen:
            if len(self._seen) > CACHE_LIMIT:
                self._seen.clear()
            self._seen[key] = self._inner.screen_names(names, on)
        return self._seen[key]


@dataclass(frozen=True)
class Answer:
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
    def of(cls, decision: Decision) -> Answer:
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


RESULT_SCHEMA = pa.schema([
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
    return MISSING if value is None else value


@dataclass(frozen=True)
class _Scope:
    """The goods measures (by position) a line can meet, their dates and the day after each, whether a value counts."""

    kept: tuple[int, ...]
    #: As YYYY-MM-DD, which sorts as the dates do: a line's date (so written) is placed among them as text.
    points: list[str]
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


class Judge:
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
        self.goods_read: dict[tuple[str, str | None], tuple[str, _Scope, str]] = {}
        self.assessors: dict[tuple[int, ...], Assessor] = {}
        self.answers: dict[str, Answer] = {}
        self.checked: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
        #: The checked values of each field as a table, for the kernel to place on the lines by position.
        self.known: dict[str, pa.Table] = {}
        self.lock = threading.Lock()

    # -- checking fields ---------------------------------------------------------------------------

    def probe(self, name: str, value: str, extra: dict[str, str] | None = None) -> tuple[str | None, str | None]:
        """Check one field's value with the reader `assess` uses; return (message, fix) or (None, None)."""
        _, message, fix = self._read(name, value, extra)
        return message, fix

    def _read(self, name: str, value: str,
              extra: dict[str, str] | None) -> tuple[Transfer | None, str | None, str | None]:
        """Read a transfer of one field's value (and `extra`) as `assess` does; return (transfer, message, fix)."""
        from sanctioneer.intake import parse_transfer

        values = {"description": "goods"} if name not in ("description", "hs") else {}
        values[name] = value
        values.update(extra or {})
        has_currency = "currency" in values
        try:
            return parse_transfer(transfer_dict(values, has_currency=has_currency)), None, None
        except InputError as exc:
            return None, exc.detail, exc.fix

    def normalised(self, name: str, value: str) -> tuple[str | None, str | None, str | None]:
        """Return (normalised value, message, fix) for a country, route, date or kind.

        The normalised value is taken from the transfer the check read, so each value is read once.
        """
        key = (name, value)
        if key in self.checked:
            return self.checked[key]
        transfer, message, fix = self._read(name, value, {"value": "0"} if name == "currency" else None)
        result: str | None = None
        if transfer is not None:
            if name == "date":
                result = transfer.date.isoformat() if transfer.date is not None else None
            elif name == "route":
                result = ">".join(transfer.route)
            elif name == "origin":
                result = transfer.origin
            elif name in ("supplier_country", "recipient_country"):
                result = (transfer.supplier if name == "supplier_country" else transfer.recipient).country
            else:
                result = value
        if len(self.checked) > CACHE_LIMIT:
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
            if len(self.reached) > CACHE_LIMIT:
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
            found = _Scope(kept, [d.isoformat() for d in sorted(dates | {d + timedelta(days=1) for d in dates})],
                           valued)
            if len(self.scopes) > CACHE_LIMIT:
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
            if len(self.terms_named) > CACHE_LIMIT:
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
            if len(self.signatures) > CACHE_LIMIT:
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

    def _goods(self, hs: str, description: str | None) -> tuple[str, _Scope, str]:
        """The normalised code, the scope and the words' signature of a code as written and a description."""
        from sanctioneer.hs.codes import normalise_hs

        pair = (hs, description)
        found = self.goods_read.get(pair)
        if found is None:
            code = normalise_hs(hs)
            found = (code, self.scope(code, description), self.signature(description))
            if len(self.goods_read) > CACHE_LIMIT:
                self.goods_read.clear()
            self.goods_read[pair] = found
        return found

    def touching_key(self, row: dict[str, Any]) -> str:
        """The group of a line that touches the target: every fact its decision can depend on, and no other."""
        target = self.target
        names = row["f_supplier"] is not None or row["f_recipient"] is not None
        hs, description = row["f_hs"], row["f_description"]
        value = f"{_text(row['f_value'])}/{_text(row['f_currency'])}"
        if hs is not None:
            code, scope, signature = self._goods(hs, description)
            epoch = "c" + str(bisect.bisect_right(scope.points, row["n_date"]))
            goods = [code, signature, value if scope.valued else ""]
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
        return KEY_SEPARATOR.join(["T", when, *goods, _text(row["f_supplier"]), _text(row["f_recipient"]), where_is,
                          row["n_origin"] or "", shape, _text(row["f_purpose"])])

    # -- deciding groups ---------------------------------------------------------------------------

    def prepare(self, groups: Sequence[dict[str, Any]]) -> None:
        """Classify together the descriptions of the groups that have words and no code, before they are decided."""
        from sanctioneer.intake import parse_transfer

        classifier = self.assessor.classifier
        if not isinstance(classifier, _OnceClassifier):
            return
        has_currency = self.config.columns.get("currency") is not None
        descriptions: list[str] = []
        for values in groups:
            if str(values.get("hs") or "").strip() or not str(values.get("description") or "").strip():
                continue
            try:
                line = parse_transfer(transfer_dict(values, has_currency=has_currency)).goods[0]
            except SanctioneerError:
                continue
            if line.hs is None and line.description:
                descriptions.append(line.description)
        classifier.prepare(descriptions)

    def answer(self, key: str, values: dict[str, Any]) -> Answer:
        """The answer for a group with these values (remembered by key)."""
        found = self.answers.get(key)
        if found is None:
            found = self.decide(values)
            self.remember(key, found)
        return found

    def remember(self, key: str, answer: Answer) -> None:
        if len(self.answers) > CACHE_LIMIT:
            self.answers.clear()
        self.answers[key] = answer

    def measures(self, values: dict[str, Any]) -> tuple[int, ...] | None:
        """The goods measures (by position) a group with these values can meet; None for a group without a code.

        The group's key holds its normalised code and what its words name (see touching_key), so
        every line of the group gives the same.
        """
        if not values.get("hs"):
            return None
        return self._goods(values["hs"], values.get("description"))[1].kept

    def decide(self, values: dict[str, Any], kept: tuple[int, ...] | None = None) -> Answer:
        """Decide a group with the engine, on the values of one of its lines.

        Args:
            kept: the group's goods measures (`measures`), when the process that keyed it sends them
                along; found here otherwise.

        Raises:
            SanctioneerError: the engine refused the line.
        """
        from sanctioneer.intake import parse_transfer

        document = transfer_dict(values, has_currency=self.config.columns.get("currency") is not None)
        assessor = self.assessor
        if kept is None:
            kept = self.measures(values)
        if kept is not None:
            assessor = self.scoped(kept)
        return Answer.of(assessor.assess(parse_transfer(document), identify=False))


#: A group the engine refused: where (the field), what and the fix, as SanctioneerError gives them.
Refusal = tuple[str | None, str, str | None]


def decide_groups(config: JudgeConfig, groups: list[dict[str, Any]],
                  kept: Sequence[tuple[int, ...] | None] | None = None) -> list[Answer | Refusal]:
    """Decide groups (the values of one line of each) in this process: the work a deciding process is given.

    Args:
        kept: each group's goods measures, as the process that keyed the groups found them
            (`Judge.measures`): this one need not match their codes and words against the rulebook again.
    """
    judge = judge_for(config)
    decided: list[Answer | Refusal] = []
    with judge.lock:
        judge.prepare(groups)
        for values, measures in zip(groups, kept or [None] * len(groups), strict=True):
            try:
                decided.append(judge.decide(values, measures))
            except SanctioneerError as exc:
                decided.append((exc.where, exc.detail, exc.fix))
    return decided


@contextmanager
def seldom_full_collections() -> Iterator[None]:
    """Within, Python collects its oldest objects a hundred times less often (younger ones as before).

    A run keeps large caches alive throughout (answers, clause matches, line judgements, checked
    values), and each full collection walks every object in them again although they hold no
    cycles: with Python's default, a third of the processor time of deciding the groups with a
    code. Cyclic garbage is still collected, later.
    """
    before = _collect_seldom()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _collect_seldom() -> tuple[int, int, int]:
    """Collect the oldest objects seldom from now on; return the thresholds before."""
    first, second, third = gc.get_threshold()
    gc.set_threshold(first, second, max(third, _FULL_COLLECTION_EVERY))
    return first, second, third


def start_deciding(config: JudgeConfig, *, classifies: bool = False) -> None:
    """Build this process's assessor and read the HS nomenclature; where it `classifies`, load the classifier too.

    A deciding process does this while the first chunk is read, so its first chunk waits less (every
    group with a code is read against the nomenclature); it collects its oldest objects seldom from
    then on (see seldom_full_collections), since it does nothing but decide.
    """
    from sanctioneer.hs.nomenclature import load_nomenclature

    _collect_seldom()
    judge = judge_for(config)
    with judge.lock:
        load_nomenclature()
        classifier = judge.assessor.classifier
        if classifies and isinstance(classifier, _OnceClassifier):
            _ = classifier.version
            # One description classified and thrown away: the indexes and models are loaded on first use.
            classifier.inner.classify("machinery parts")


_JUDGES: dict[JudgeConfig, Judge] = {}
_JUDGES_LOCK = threading.Lock()


def judge_for(config: JudgeConfig) -> Judge:
    with _JUDGES_LOCK:
        if config not in _JUDGES:
            _JUDGES[config] = Judge(config)
        return _JUDGES[config]
