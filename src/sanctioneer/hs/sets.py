"""Sets of goods of several headings that the nomenclature gives a heading of their own (`hs/data/sets.yaml`).

General Interpretative Rule 3 (b) classifies a set put up for retail sale as the article that gives it its essential
character, a judgement the classifier leaves open (`Candidate.composite`). Rule 1 comes first: where a heading's text
or a chapter note names sets of goods of other headings, a set that lists only such goods takes that heading. A
spanner and a hammer put up together are the tool sets of 82.06, not the spanners of 82.04 nor the hammers of 82.05;
a shirt sold with trousers as one set is a suit or an ensemble of the trousers' heading, not a shirt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctioneer.hs.gazetteer import (
    _ID,
    Gazetteer,
    Rule,
    RuleHit,
    _codes,
    _Entry,
    _label,
    _packaged,
    _read,
    fold,
    term_key,
)
from sanctioneer.hs.head import set_items

__all__ = ["SetHeading", "load_sets", "read_sets", "set_rule"]

# What a set comes in is classified with it (General Interpretative Rule 5 (a)): such a word lists no goods of its own.
_CONTAINERS = frozenset({"case", "box", "pouch", "bag", "roll", "holder", "tray", "stand", "wallet", "rack", "carrier"})


@dataclass(frozen=True)
class SetHeading:
    """A heading the nomenclature gives to sets of goods of other headings (`hs`), or headings that take a set of
    their goods with goods of other headings of some chapters (`hs` None, `with_chapters`)."""

    id: str
    hs: str | None
    of: tuple[str, ...]
    apart: bool
    """True when the set must hold goods of two or more of the headings `of`."""
    with_chapters: tuple[str, ...]
    unless: tuple[re.Pattern[str], ...]
    reason: str
    source: str

    def covers(self, items: list[frozenset[str]]) -> bool:
        """Whether a set whose listed goods are named by these headings (one set per goods) takes this heading."""
        if self.hs is None:
            # The goods of `of` with goods of the chapters `with_chapters`, each named.
            takes = [bool(named & set(self.of)) for named in items]
            return any(takes) and not all(takes) and all(
                named & set(self.of) or any(code[:2] in self.with_chapters for code in named) for named in items
            )
        if not items or any(not named & set(self.of) for named in items):
            return False
        alone = {code for code in self.of if all(code in named for named in items)}
        return not alone if self.apart else not alone - {self.hs}


def read_sets(path: Path) -> tuple[SetHeading, ...]:
    """Read and check a sets file.

    Raises:
        InputError: an entry has an unknown or missing key, an id used twice, a code that is not a heading or a
            pattern that does not compile; the message names the file and the entry.
    """
    sets: list[SetHeading] = []
    seen: set[str] = set()
    for raw in _read(path, "sets").items():
        entry = _Entry(raw.value, raw.file, f"{raw.path} ({_label(raw.value, 'id')})")
        entry.mapping(("id", "of", "reason", "source"), ("hs", "apart", "with", "unless"))
        set_id = entry.child("id").text()
        if not _ID.fullmatch(set_id) or set_id in seen:
            raise entry.child("id").fail(f"expected a new id of lower-case words joined by hyphens, got {set_id!r}")
        seen.add(set_id)
        hs = entry.child("hs").code((4,)) if "hs" in entry.value else None
        if (hs is None) == ("with" not in entry.value):
            raise entry.fail("expected either hs (the set's own heading) or with (the chapters of the other goods)")
        apart = entry.child("apart").value if "apart" in entry.value else False
        if not isinstance(apart, bool):
            raise entry.child("apart").fail(f"expected true or false, got {apart!r}")
        sets.append(SetHeading(
            id=set_id, hs=hs, of=_codes(entry.child("of"), (4,)), apart=apart,
            with_chapters=_codes(entry.child("with"), (2,)) if "with" in entry.value else (),
            unless=tuple(p.pattern() for p in entry.child("unless").items()) if "unless" in entry.value else (),
            reason=entry.child("reason").text(), source=entry.child("source").text(),
        ))
    return tuple(sets)


@lru_cache(maxsize=1)
def load_sets() -> tuple[SetHeading, ...]:
    """Read the packaged `hs/data/sets.yaml` once per process (see `read_sets`)."""
    return read_sets(_packaged("sets.yaml"))


@lru_cache(maxsize=64)
def _chapter_headings(chapters: tuple[str, ...]) -> frozenset[str]:
    from sanctioneer.hs.nomenclature import load_nomenclature

    return frozenset(code for code in load_nomenclature().headings if code[:2] in chapters)


def _ends(item: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return bool(key) and item[-len(key):] == key


def _named_by(item: tuple[str, ...], gazetteer: Gazetteer, headings: frozenset[str]) -> frozenset[str]:
    """The headings among `headings` that name a listed goods: a gazetteer term of goods ending it (one whose
    heading its words leave open counts for that heading), or the nomenclature's text listing its last word as the
    goods."""
    from sanctioneer.hs.naming import lists_as_goods

    found = {
        hit.term.code[:4] for hit in gazetteer.find(" ".join(item))
        if hit.term.kind in ("goods", "model", "unspecific") and _ends(item, term_key(hit.term.text))
    }
    found.update(code for code in headings if lists_as_goods(item[-1], code))
    return frozenset(found & headings)


def set_rule(text: str, gazetteer: Gazetteer) -> RuleHit | None:
    """The heading a set of several goods takes by the nomenclature's own words for such sets, as a rule that fired,
    or None: the description lists no goods of a set (`head.set_items`), or no entry of `hs/data/sets.yaml` covers
    them all. The rule gives the set's heading, or, where the heading of the goods of `of` listed takes the set, rules
    out the headings of the other goods listed; either way the headings of the articles alone are ruled out."""
    items = [item for item in set_items(text) if item[-1] not in _CONTAINERS]
    if len(items) < 2:
        return None
    folded = fold(text)
    for entry in load_sets():
        if any(pattern.search(folded) for pattern in entry.unless):
            continue
        headings = frozenset(entry.of) | _chapter_headings(entry.with_chapters)
        named = [_named_by(item, gazetteer, headings) for item in items]
        if not entry.covers(named):
            continue
        if entry.hs is not None:
            demote = set().union(*named) - {entry.hs}
        else:
            demote = set().union(*(found for found in named if not found & set(entry.of))) - set(entry.of)
        rule = Rule(id=entry.id, all=(), none=(), hs=entry.hs, demote=tuple(sorted(demote)), within=(),
                    reason=entry.reason, source=entry.source)
        return RuleHit(rule, " ".join(" ".join(item) for item in items))
    return None
