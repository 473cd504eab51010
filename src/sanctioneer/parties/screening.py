"""Screen names against the loaded lists as they stood on a date; the party screener `assess` uses.

As-of rule (the snapshots are chosen by `sanctioneer.store.asof.snapshots_as_of`,
which `lists show --as-of` uses too), for a date D and each loaded list:

- a designation in the latest snapshot dated on or before D is returned when D
  is on or after its listed-on date (or the list gives none);
- a designation in the first snapshot dated after D is returned too when its
  listed-on date is known and on or before D: it was designated on D even though
  no snapshot between its listing and D was loaded (snapshots have gaps; missing
  a designation for want of a snapshot would be a wrong "permitted");
- for D before the oldest snapshot, the oldest one is used with the listed-on rule.

A designation removed before D (absent from the latest snapshot on or before D)
is therefore not returned, and one listed after D is never returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanctioneer.parties.designation import Designation, Kind
from sanctioneer.parties.index import NameIndex
from sanctioneer.parties.scoring import Query, Reason, prepare, score
from sanctioneer.settings import SCREEN_THRESHOLD
from sanctioneer.store.asof import snapshots_as_of as _snapshots_as_of

if TYPE_CHECKING:
    from sanctioneer.model import PartyScreening
    from sanctioneer.store.snapshots import SnapshotInfo

__all__ = ["ListIndex", "Match", "Screener", "Screening", "StoreScreener", "screen"]

@dataclass(frozen=True)
class Match:
    """A listed designation that matches a query: the name that matched, the score and why."""

    designation: Designation
    matched: str
    quality: str | None
    score: float
    reasons: tuple[Reason, ...]
    list_version: str
    snapshot: date

    @property
    def reference(self) -> str:
        return self.designation.reference

    def to_dict(self) -> dict[str, Any]:
        d = self.designation
        return {
            "reference": d.reference,
            "name": d.name,
            "matched": self.matched,
            "quality": self.quality,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "kind": d.kind.value,
            "regime": d.regime,
            "listed_on": d.listed_on.isoformat() if d.listed_on else None,
            "dates_of_birth": list(d.dates_of_birth),
            "nationalities": list(d.nationalities),
            "list": self.list_version,
            "snapshot": self.snapshot.isoformat(),
        }


@dataclass(frozen=True)
class Screening:
    """The matches for one query, best first, at or above the threshold used."""

    query: Query
    matches: tuple[Match, ...]
    threshold: float
    as_of: date | None
    lists: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query.name,
            "dob": self.query.dob,
            "country": self.query.country,
            "kind": self.query.kind.value if self.query.kind else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "threshold": self.threshold,
            "lists": list(self.lists),
            "matches": [m.to_dict() for m in self.matches],
        }


@dataclass(frozen=True)
class ListIndex:
    """One snapshot of one list, indexed."""

    version: str
    generated: date
    index: NameIndex
    listed_by_date_only: bool = False
    """True for a snapshot dated after the as-of date: only designations listed by then count."""


class Screener:
    """Screens names against one or more indexed list snapshots; build once, screen many times."""

    def __init__(self, sources: Sequence[ListIndex], *, threshold: float = SCREEN_THRESHOLD) -> None:
        self.sources = tuple(sources)
        self.threshold = threshold

    @classmethod
    def from_designations(
        cls,
        designations: Sequence[Designation],
        *,
        version: str = "custom",
        generated: date | None = None,
        threshold: float = SCREEN_THRESHOLD,
    ) -> Screener:
        """Screen against designations held in memory (a custom list, a benchmark)."""
        return cls([ListIndex(version, generated or date.today(), NameIndex(designations))], threshold=threshold)

    @classmethod
    def from_store(
        cls, *, as_of: date | None = None, store_path: Path | None = None, threshold: float = SCREEN_THRESHOLD
    ) -> Screener:
        """Screen against every list in the store, each as its snapshot in force on `as_of` (default: newest).

        Raises:
            StoreError: no store or no snapshot yet.
        """
        from sanctioneer.store.snapshots import ListStore

        with ListStore.open(store_path, read_only=True) as store:
            chosen = _snapshots_as_of(store.snapshots(), as_of)
            if not chosen:
                from sanctioneer.errors import StoreError

                raise StoreError("no list loaded", where=str(store.path),
                                 fix="run `sanctioneer lists update` or `sanctioneer lists load un-sc FILE` first")
            cache: dict[tuple[int, str, bool], ListIndex] = {}
            return cls([_indexed(store, info, later, cache) for info, later in chosen], threshold=threshold)

    @property
    def versions(self) -> tuple[str, ...]:
        return tuple(source.version for source in self.sources)

    def screen(
        self,
        query: Query | str,
        *,
        threshold: float | None = None,
        as_of: date | None = None,
        limit: int = 10,
    ) -> Screening:
        """Return the designations matching `query` at or above `threshold` (default: the screener's), best first.

        Designations listed after `as_of` are left out (see the module's as-of rule).
        """
        if isinstance(query, str):
            query = Query(query)
        floor = self.threshold if threshold is None else threshold
        prepared = prepare(query)
        matches: list[Match] = []
        if prepared.words:
            # Snapshots share most names: a name scored in one is not scored again in the next.
            scored: dict[tuple[Any, ...], tuple[float, tuple[Reason, ...]]] | None = \
                {} if len(self.sources) > 1 else None
            for source in self.sources:
                matches.extend(_search(source, prepared, floor, as_of, scored))
        best: dict[str, Match] = {}
        for match in matches:
            # The same designation can come from the snapshot before and the one after the date.
            if match.reference not in best or match.score > best[match.reference].score:
                best[match.reference] = match
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.reference))
        return Screening(query, tuple(ranked[:limit]), floor, as_of, self.versions)


def _search(source: ListIndex, prepared: Any, floor: float, as_of: date | None,
            scored: dict[tuple[Any, ...], tuple[float, tuple[Reason, ...]]] | None) -> list[Match]:
    index = source.index
    candidates = index.shortlist(prepared.words, prepared.keys)
    kind = prepared.query.kind
    found: dict[int, Match] = {}
    for form_id in candidates:
        form = index.forms[form_id]
        designation = index.designations[form.designation]
        if kind is not None and designation.kind is not kind:
            continue
        if as_of is not None and designation.listed_on is not None and designation.listed_on > as_of:
            continue
        if source.listed_by_date_only and (as_of is None or designation.listed_on is None):
            continue
        if scored is None:
            value, reasons = score(prepared, form, designation, floor=floor)
        else:
            # Everything the score reads: the name form (not its place in this snapshot) and what the
            # designation says of the person's script, birth and nationality.
            key = (form.name, form.quality, form.words, form.keys, form.forms, designation.reference,
                   designation.regime, designation.nationalities, designation.dates_of_birth)
            known = scored.get(key)
            if known is None:
                known = scored[key] = score(prepared, form, designation, floor=floor)
            value, reasons = known
        if value < floor:
            continue
        current = found.get(form.designation)
        if current is None or value > current.score:
            found[form.designation] = Match(designation, form.name, form.quality, value, reasons,
                                            source.version, source.generated)
    return list(found.values())


def _indexed(
    store: Any, info: SnapshotInfo, listed_by_date_only: bool, cache: dict[tuple[int, str, bool], ListIndex]
) -> ListIndex:
    """Index one snapshot, reusing the caller's cache (an index is built once per snapshot)."""
    key = (info.id, info.sha256, listed_by_date_only)
    cached = cache.get(key)
    if cached is None:
        plain = cache.get((info.id, info.sha256, not listed_by_date_only))
        index = plain.index if plain else NameIndex(store.designations(info.id))
        cached = cache[key] = ListIndex(info.version, info.generated, index, listed_by_date_only)
    return cached


def screen(
    name: str,
    *,
    dob: str | None = None,
    country: str | None = None,
    kind: Kind | None = None,
    as_of: date | None = None,
    threshold: float = SCREEN_THRESHOLD,
    store_path: Path | None = None,
) -> Screening:
    """Screen one name against the lists in the store as they stood on `as_of` (default: newest)."""
    screener = Screener.from_store(as_of=as_of, store_path=store_path, threshold=threshold)
    return screener.screen(Query(name, dob, country, kind), as_of=as_of)


class StoreScreener:
    """Screens a transfer's party names against the lists in a store: the engine's `PartyScreener`.

    It returns matches only; the engine decides what they mean under the rulebook's party measures.
    The store is opened on the first call, so assessing goods alone starts fast; a store file that
    does not exist gives a screening that says no list is loaded, and one that exists but cannot be
    read is an error, never a silent skip. The indexes built are this object's own.

    Args:
        store_path: the list store file.
        threshold: a match at or above this score is strong.
        review_threshold: matches between this score and `threshold` are near matches.
    """

    def __init__(self, store_path: Path, *, threshold: float, review_threshold: float) -> None:
        self.store_path = store_path
        self.threshold = threshold
        self.review_threshold = review_threshold
        self._snapshots: tuple[SnapshotInfo, ...] | None = None
        self._indexes: dict[tuple[int, str, bool], ListIndex] = {}
        self._screeners: dict[tuple[int, ...], Screener] = {}

    def screen_names(self, names: Sequence[str], on: date) -> PartyScreening:
        """Return the designations matching any of `names` as the lists stood on `on`."""
        from sanctioneer.model import ListRef, PartyMatch, PartyScreening
        from sanctioneer.store.snapshots import ListStore

        if not self.store_path.exists():
            return PartyScreening((), (), missing=f"no list loaded: the store {self.store_path} does not exist")
        if self._snapshots is None:
            with ListStore.open(self.store_path, read_only=True) as store:
                self._snapshots = store.snapshots()
        if not self._snapshots:
            return PartyScreening((), (), missing=f"no list loaded: the store {self.store_path} holds no list")
        chosen = _snapshots_as_of(self._snapshots, on)
        key = tuple(info.id for info, _ in chosen)
        screener = self._screeners.get(key)
        if screener is None:
            with ListStore.open(self.store_path, read_only=True) as store:
                sources = [_indexed(store, info, later, self._indexes) for info, later in chosen]
            screener = self._screeners[key] = Screener(sources, threshold=self.threshold)
        refs = tuple(dict.fromkeys(ListRef(info.list_id, info.version, info.sha256) for info, _ in chosen))
        list_of = {ref.version: ref.list_id for ref in refs}
        matches: list[PartyMatch] = []
        for name in dict.fromkeys(names):
            # A party's country in a transfer is where it is, not its nationality: designated persons
            # act from abroad (one listed banker worked at an overseas branch), so it is not used.
            result = screener.screen(Query(name), threshold=self.review_threshold, as_of=on)
            for match in result.matches:
                d = match.designation
                matches.append(PartyMatch(
                    query=name,
                    reference=d.reference,
                    name=d.name,
                    list_id=list_of[match.list_version],
                    regime=d.regime,
                    listed_on=d.listed_on,
                    score=match.score,
                    strong=match.score >= self.threshold,
                    matched=match.matched,
                    reasons=tuple(f"{r.feature}: {r.detail}" for r in match.reasons),
                    snapshot=match.list_version,
                ))
        return PartyScreening(tuple(matches), refs)
