"""The law as typed values: instruments, measures, goods clauses, exemptions and listed items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from sanctioneer.hs.codes import HsRange
from sanctioneer.memo import MISSING, IdentityMemo
from sanctioneer.model import Citation, Direction, Money, Verdict

__all__ = [
    "Clause",
    "Corroborates",
    "Corroboration",
    "Designations",
    "Exemption",
    "GoodsList",
    "GoodsListEntry",
    "Instrument",
    "Item",
    "MatchMode",
    "Measure",
    "MeasureDirection",
    "OutOfScope",
    "Reach",
    "Regime",
    "Rulebook",
    "Threshold",
    "Transposition",
]


class MatchMode:
    """How a clause decides that a goods line is in scope."""

    HS = "hs"
    """The HS code decides; terms only identify goods on a line without a code."""
    DESCRIPTION = "description"
    """The description decides; the HS ranges say where such goods are classified."""

    ALL = (HS, DESCRIPTION)


class MeasureDirection:
    """Which movements a measure governs."""

    TO = "to"
    FROM = "from"
    BOTH = "both"

    ALL = (TO, FROM, BOTH)

    @staticmethod
    def covers(value: str, direction: Direction) -> bool:
        return value == MeasureDirection.BOTH or value == direction.value


@dataclass(frozen=True)
class Regime:
    """A sanctions regime: the country it targets and the version of its rulebook."""

    id: str
    name: str
    target: str
    target_name: str
    version: str
    committee: str
    source: str
    luxury_measure: str | None = None
    """The measure whose items are the regime's luxury goods (what `classify --luxury` shows)."""


@dataclass(frozen=True)
class Instrument:
    """A resolution: symbol, adoption date, official URL and what text it was checked against."""

    symbol: str
    regime: str
    adopted: date
    url: str
    title: str
    source: str
    file: str


@dataclass(frozen=True)
class Transposition:
    """A national or regional act that carries the regime's measures into its own law."""

    name: str
    title: str
    url: str
    version: str
    source: str


class Corroborates:
    """What a transposing act can confirm about a measure."""

    SCOPE = "scope"
    DATES = "dates"
    PARAGRAPH = "paragraph"
    EXEMPTIONS = "exemptions"

    ALL = (SCOPE, DATES, PARAGRAPH, EXEMPTIONS)


@dataclass(frozen=True)
class Corroboration:
    """Where a transposing act carries a measure, what it confirms, and how any difference was settled."""

    instrument: str
    where: str
    corroborates: tuple[str, ...]
    difference: str | None = None
    resolution: str | None = None


@dataclass(frozen=True)
class Threshold:
    """A value the goods must exceed to be in scope (for example snowmobiles over USD 2,000)."""

    above: Money

    def __str__(self) -> str:
        return f"valued over {self.above}"


@cache
def _compile_terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    # Compiled on first use, not at load: most runs read a few clauses' words, and loading the
    # rulebook stays fast for a command that judges codes alone.
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        escaped = re.escape(term.lower()).replace(r"\*", r"\w*").replace(r"\ ", r"[\s\-]+")
        parts.append(escaped)
    return re.compile(r"(?<![\w])(" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


# What each set of terms found in each text of a usual length, by the set and the text: a batch run
# or a server reads the same words again and again.
_FOUND: IdentityMemo[str | None] = IdentityMemo(131072)
_FOUND_LENGTH = 256


def _search(terms: tuple[str, ...], text: str | None) -> str | None:
    """Return the first of the terms found in the text, as written there."""
    if not text or not terms:
        return None
    if len(text) > _FOUND_LENGTH:
        return _first(terms, text)
    known = _FOUND.get(terms, text)
    if known is not MISSING:
        return known
    return _FOUND.put(terms, text, _first(terms, text))


def _first(terms: tuple[str, ...], text: str) -> str | None:
    found = _compile_terms(terms).search(text)
    return found.group(1) if found else None


@dataclass(frozen=True)
class GoodsListEntry:
    """One line of a named goods list: HS ranges, what they are, and why a borderline one is (not) listed."""

    hs: tuple[HsRange, ...]
    label: str
    note: str | None = None


@dataclass(frozen=True)
class GoodsList:
    """A named list of goods a measure refers to, such as the goods the rulebook reads as food."""

    name: str
    title: str
    source: str
    entries: tuple[GoodsListEntry, ...]
    note: str | None = None

    @property
    def hs(self) -> tuple[HsRange, ...]:
        return tuple(r for entry in self.entries for r in entry.hs)


@dataclass(frozen=True)
class OutOfScope:
    """Subheadings whose words name a measure's goods but which the measure does not reach, and why."""

    hs: tuple[HsRange, ...]
    reason: str


@dataclass(frozen=True)
class Reach:
    """The words that name a measure's goods anywhere in the nomenclature, and the hits it leaves out."""

    terms: tuple[str, ...]
    outside: tuple[OutOfScope, ...] = ()

    def find_term(self, text: str | None) -> str | None:
        """Return the first of the words found in a text (a line of the nomenclature), as written there."""
        return _search(self.terms, text)


@dataclass(frozen=True)
class Clause:
    """One description of goods inside a measure's scope."""

    label: str
    hs: tuple[HsRange, ...] = ()
    terms: tuple[str, ...] = ()
    exclude_hs: tuple[HsRange, ...] = ()
    exclude_terms: tuple[str, ...] = ()
    match: str = MatchMode.HS
    threshold: Threshold | None = None
    effect: Verdict | None = None
    except_lists: tuple[GoodsList, ...] = ()
    """Named lists whose goods the clause leaves out and says so (food and medicine for the catch-alls)."""
    direction: str | None = None
    """The one direction the clause governs, where it differs from its measure's."""

    def find_term(self, text: str | None) -> str | None:
        """Return the first of this clause's terms found in the text, as written there."""
        return _search(self.terms, text)

    def find_excluded(self, text: str | None) -> str | None:
        """Return the first exclusion term found in the text, as written there."""
        return _search(self.exclude_terms, text)


@dataclass(frozen=True)
class Exemption:
    """A carve-out that turns a prohibition into a review of stated facts."""

    id: str
    label: str
    citation: Citation
    check: str
    hs: tuple[HsRange, ...] = ()
    terms: tuple[str, ...] = ()
    purpose_terms: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    verified: bool = True

    @property
    def unconditional(self) -> bool:
        """True when the exemption applies to every line in scope while it is in force."""
        return not (self.hs or self.terms or self.purpose_terms)

    def find_term(self, text: str | None) -> str | None:
        """Return the first goods term found in the text."""
        return _search(self.terms, text)

    def find_purpose(self, text: str | None) -> str | None:
        """Return the first purpose term found in the text."""
        return _search(self.purpose_terms, text)

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Designations:
    """Which designations a party measure covers: those of one list, by regime or reference prefix.

    A designation is covered when it comes from `list_id` and either its regime is one of
    `regimes` or its reference starts with one of `reference_prefixes`.
    """

    list_id: str
    regimes: tuple[str, ...] = ()
    reference_prefixes: tuple[str, ...] = ()

    def covers(self, list_id: str, regime: str | None, reference: str) -> bool:
        if list_id != self.list_id:
            return False
        return (regime is not None and regime in self.regimes) or reference.startswith(self.reference_prefixes)


@dataclass(frozen=True)
class Item:
    """An entry of an annex or list that extends a measure (an annex IV luxury item)."""

    id: str
    label: str
    extends: str
    citation: Citation
    since: date
    goods: tuple[Clause, ...]
    source: str
    verified: bool
    note: str | None = None
    reach: Reach | None = None
    corroboration: tuple[Corroboration, ...] = ()


@dataclass(frozen=True)
class Measure:
    """One goods measure: what it covers, which way, with what effect, from when to when."""

    id: str
    title: str
    citation: Citation
    direction: str
    goods: tuple[Clause, ...]
    history: tuple[tuple[date, Verdict | None], ...]
    reason: str
    source: str
    verified: bool
    file: str
    regardless_of_origin: bool = True
    exemptions: tuple[Exemption, ...] = ()
    items: tuple[Item, ...] = ()
    checks: tuple[str, ...] = ()
    superseded_by: tuple[str, ...] = ()
    supersedes: tuple[str, ...] = ()
    residual: bool = False
    items_before_listing: str | None = None
    note: str | None = None
    reach: Reach | None = None
    designations: Designations | None = None
    """For a party measure: the designations it covers (None: the measure is not screened for)."""
    corroboration: tuple[Corroboration, ...] = ()

    @property
    def start(self) -> date:
        return self.history[0][0]

    @property
    def end(self) -> date | None:
        """The date the measure stopped applying, if it has."""
        last_date, last_effect = self.history[-1]
        return last_date if last_effect is None else None

    def effect_on(self, on: date) -> Verdict | None:
        """Return the effect in force on a date, or None when the measure does not apply then."""
        current: Verdict | None = None
        for start, effect in self.history:
            if start > on:
                break
            current = effect
        return current

    @cached_property
    def _reach_of_clauses(self) -> tuple[frozenset[str], tuple[str, ...]]:
        clauses = (*self.goods, *(c for item in self.items for c in item.goods))
        chapters = frozenset(ch for c in clauses for r in c.hs for ch in r.chapters)
        return chapters, tuple(dict.fromkeys(t for c in clauses for t in c.terms))

    def may_match(self, code: str | None, text: str | None) -> bool:
        """Say whether a clause of this measure could match goods with this code and these words.

        False only when none can: the code's chapter lies outside every clause's ranges and the
        words name none of the clauses' terms. A line in no clause gets no finding from the measure.
        """
        chapters, terms = self._reach_of_clauses
        if code is not None and code[:2] in chapters:
            return True
        return _search(terms, text) is not None


@dataclass(frozen=True)
class Rulebook:
    """Every measure of every loaded regime, with a version that changes when any file changes."""

    regime: Regime
    instruments: tuple[Instrument, ...]
    measures: tuple[Measure, ...]
    version: str
    party_measures: tuple[str, ...] = ()
    goods_lists: tuple[GoodsList, ...] = ()
    transpositions: tuple[Transposition, ...] = ()

    @property
    def luxury(self) -> Measure | None:
        """The measure the regime names as its luxury-goods measure, if it names one."""
        wanted = self.regime.luxury_measure
        return next((m for m in self.measures if m.id == wanted), None) if wanted else None

    @property
    def screened_measures(self) -> tuple[Measure, ...]:
        """The party measures that say which designations they cover."""
        return tuple(m for m in self.measures if m.designations is not None)

    def measure(self, measure_id: str) -> Measure:
        for measure in self.measures:
            if measure.id == measure_id:
                return measure
        raise KeyError(measure_id)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for measure in self.measures for item in measure.items)
