"""Screen names against the loaded lists as they stood on a date; the party check `assess` uses.

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
from sanctioneer.store.asof import snapshots_as_of as _snapshots_as_of

if TYPE_CHECKING:
    from sanctioneer.model import Finding, Party, Transfer
    from sanctioneer.rulebook import Rulebook
    from sanctioneer.rules.engine import PartyCheck
    from sanctioneer.store.snapshots import SnapshotInfo

__all__ = ["ASSET_FREEZE", "TRAVEL_BAN", "ListIndex", "Match", "Screener", "Screening", "party_check", "screen"]

ASSET_FREEZE = "kp-asset-freeze"
TRAVEL_BAN = "kp-travel-ban"

# Names compared in full after the fast character prefilter; more only costs time.
_PREFILTER = 40


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

    def __init__(self, sources: Sequence[ListIndex]) -> None:
        self.sources = tuple(sources)

    @classmethod
    def from_designations(
        cls, designations: Sequence[Designation], *, version: str = "custom", generated: date | None = None
    ) -> Screener:
        """Screen against designations held in memory (a custom list, a benchmark)."""
        return cls([ListIndex(version, generated or date.today(), NameIndex(designations))])

    @classmethod
    def from_store(cls, *, as_of: date | None = None, store_path: Path | None = None) -> Screener:
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
            return cls([_indexed(store, info, later) for info, later in chosen])

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
        """Return the designations matching `query` at or above `threshold`, best first.

        Designations listed after `as_of` are left out (see the module's as-of rule).
        """
        from sanctioneer.settings import get_settings

        if isinstance(query, str):
            query = Query(query)
        floor = get_settings().screen_threshold if threshold is None else threshold
        prepared = prepare(query)
        matches: list[Match] = []
        if prepared.words:
            for source in self.sources:
                matches.extend(_search(source, prepared, floor, as_of))
        best: dict[str, Match] = {}
        for match in matches:
            # The same designation can come from the snapshot before and the one after the date.
            if match.reference not in best or match.score > best[match.reference].score:
                best[match.reference] = match
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.reference))
        return Screening(query, tuple(ranked[:limit]), floor, as_of, self.versions)


def _search(source: ListIndex, prepared: Any, floor: float, as_of: date | None) -> list[Match]:
    from rapidfuzz import fuzz, process

    index = source.index
    candidates = sorted(index.candidates(prepared.keys))
    if len(candidates) > _PREFILTER:
        # A fast character comparison on folded words narrows thousands of names to a few dozen.
        wanted = " ".join(sorted(prepared.keys))
        choices = [" ".join(sorted(index.forms[i].keys)) for i in candidates]
        best = process.extract(wanted, choices, scorer=fuzz.token_sort_ratio, limit=_PREFILTER)
        candidates = [candidates[position] for _, _, position in best]
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
        value, reasons = score(prepared, form, designation)
        if value < floor:
            continue
        current = found.get(form.designation)
        if current is None or value > current.score:
            found[form.designation] = Match(designation, form.name, form.quality, value, reasons,
                                            source.version, source.generated)
    return list(found.values())


_CACHE: dict[tuple[str, int, str, bool], ListIndex] = {}


def _indexed(store: Any, info: SnapshotInfo, listed_by_date_only: bool = False) -> ListIndex:
    key = (str(store.path), info.id, info.sha256, listed_by_date_only)
    cached = _CACHE.get(key)
    if cached is None:
        plain = _CACHE.get((str(store.path), info.id, info.sha256, not listed_by_date_only))
        index = plain.index if plain else NameIndex(store.designations(info.id))
        cached = _CACHE[key] = ListIndex(info.version, info.generated, index, listed_by_date_only)
    return cached


def screen(
    name: str,
    *,
    dob: str | None = None,
    country: str | None = None,
    kind: Kind | None = None,
    as_of: date | None = None,
    threshold: float | None = None,
    store_path: Path | None = None,
) -> Screening:
    """Screen one name against the lists in the store as they stood on `as_of` (default: newest)."""
    screener = Screener.from_store(as_of=as_of, store_path=store_path)
    return screener.screen(Query(name, dob, country, kind), threshold=threshold, as_of=as_of)


_ROLES = {"supplier": "the supplier", "recipient": "the recipient"}


def _parties(transfer: Transfer) -> list[tuple[str, Party]]:
    named = [("supplier", transfer.supplier), ("recipient", transfer.recipient)]
    named.extend((party.role or "party", party) for party in transfer.parties)
    return [(role, party) for role, party in named if party.name and party.name.strip()]


def party_check(
    rulebook: Rulebook,
    *,
    store_path: Path | None = None,
    threshold: float | None = None,
    review_threshold: float | None = None,
) -> PartyCheck | None:
    """Build the check `assess` runs on a transfer's parties; None when no list is loaded.

    A DPRK designation (KPi./KPe.) scoring at or above `threshold` gives a
    prohibited finding under the asset freeze (S/RES/1718 (2006) OP8(d));
    between `review_threshold` and `threshold`, a review finding under the same
    measure. A designation under another regime gives a review finding without
    a measure: only the DPRK regime is encoded.

    Raises:
        RulebookError: the rulebook has no ``kp-asset-freeze`` measure.
    """
    from sanctioneer.errors import RulebookError
    from sanctioneer.settings import get_settings
    from sanctioneer.store.snapshots import ListStore, default_store_path

    settings = get_settings()
    match_at = settings.screen_threshold if threshold is None else threshold
    review_at = settings.review_threshold if review_threshold is None else review_threshold
    try:
        measure = rulebook.measure(ASSET_FREEZE)
    except KeyError:
        raise RulebookError(
            f"the rulebook has no measure {ASSET_FREEZE!r}, which party screening cites",
            where=f"rulebook {rulebook.version}",
            fix="add the asset-freeze measure of S/RES/1718 (2006) paragraph 8(d) to the rulebook",
        ) from None
    path = store_path or default_store_path()
    if not path.exists():
        return None  # no list loaded yet: the decision says so with a null lists_version
    # The store is opened on the first transfer that names a party, so assessing goods alone
    # starts fast; a store that exists but cannot be read is then an error, never a silent skip.
    loaded: list[tuple[SnapshotInfo, ...]] = []
    screeners: dict[tuple[int, ...], Screener] = {}

    def check(transfer: Transfer, on: date) -> tuple[tuple[Finding, ...], str | None]:
        named = _parties(transfer)
        if not named:
            return (), None
        if not loaded:
            with ListStore.open(path, read_only=True) as store:
                loaded.append(store.snapshots())
        if not loaded[0]:
            return (), None
        chosen = _snapshots_as_of(loaded[0], on)
        key = tuple(info.id for info, _ in chosen)
        screener = screeners.get(key)
        if screener is None:
            with ListStore.open(path, read_only=True) as store:
                screener = screeners[key] = Screener([_indexed(store, info, later) for info, later in chosen])
        findings: list[Finding] = []
        for role, party in named:
            # A party's country in a transfer is where it is, not its nationality: designated
            # persons act from abroad (KPi.064 worked at an overseas bank branch), so it is not used.
            result = screener.screen(Query(party.name or ""), threshold=review_at, as_of=on)
            findings.extend(_finding(role, party, m, match_at, measure) for m in result.matches)
        return tuple(findings), ",".join(screener.versions)

    return check


def _finding(role: str, party: Party, match: Match, match_at: float, measure: Any) -> Finding:
    from sanctioneer.model import Finding, Verdict

    d = match.designation
    who = _ROLES.get(role, f"the {role}")
    name_reason = next((r.detail for r in match.reasons if r.feature == "name"), "")
    facts = (f"{who} {party.name!r} matches {d.name!r} ({d.reference}, {d.regime or 'UN'} list, listed "
             f"{d.listed_on.isoformat() if d.listed_on else 'on an unknown date'}) with score {match.score:.2f} "
             f"on the name {match.matched!r} [{name_reason}]; list snapshot {match.snapshot.isoformat()}")
    checks = (f"confirm the identity of {who} against {d.reference} (dates of birth, nationality, documents)",)
    if not d.is_dprk:
        return Finding(effect=Verdict.REVIEW, reason=f"designated under the {d.regime or 'UN'} sanctions regime, "
                       f"which this rulebook does not encode: {facts}", measure=None, citation=None,
                       matched=d.reference, checks=checks)
    strong = match.score >= match_at
    lead = ("designated person or entity: assets frozen and no funds or economic resources may be made "
            "available" if strong else "possible designated person or entity")
    return Finding(
        effect=Verdict.PROHIBITED if strong else Verdict.REVIEW,
        reason=f"{lead}: {facts}",
        measure=ASSET_FREEZE,
        direction=None,
        citation=measure.citation,
        verified=measure.verified,
        matched=d.reference,
        checks=checks,
    )
