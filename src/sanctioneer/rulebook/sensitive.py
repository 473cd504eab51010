"""The headings the rulebook makes consequential: where a wrong classification does the most harm.

A goods line classified into one of these ranges can be prohibited; a line moved out of one can
be let through. The classifier asks for the goods themselves to be named before it answers one of
them without review (`sanctioneer.hs.classify`).

The ranges are read from the rulebook, never listed in code. A measure with a prohibited effect
(at any date), or one of its items, is narrow when it names at least one heading or subheading;
its headings, subheadings and single chapters are sensitive. Sector-wide scopes are left out:
ranges of several chapters, and measures that name only whole chapters ("every machine", "every
vehicle"). They cover most of the nomenclature, and a ban that wide is reached by the chapter,
which a misleading modifier rarely changes; the narrow scopes (arms, armoured vehicles, fuels,
coal, metals, vessels, aircraft, luxury items, the items of the weapons programmes) are where one
word moves goods into a ban.

Those sector-wide scopes are kept apart (`broad_ranges`): the ranges of a whole chapter or more that a measure that
can prohibit names. They say where a mistake between two readings of everyday words can change a verdict: a ban of a
whole chapter reaches every reading in that chapter alike, and only a reading in another chapter may fall outside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sanctioneer.hs.codes import HsRange
from sanctioneer.model import Verdict
from sanctioneer.rulebook.measure import Clause, Rulebook

__all__ = ["broad_ranges", "sensitive_ranges"]


def _ranges(clauses: tuple[Clause, ...]) -> list[HsRange]:
    ranges = [r for clause in clauses for r in clause.hs]
    if not any(r.width >= 4 for r in ranges):
        return []
    return [r for r in ranges if r.width >= 4 or r.low == r.high]


def _prohibiting(rulebook: Rulebook) -> Iterator[tuple[Clause, ...]]:
    """The goods clauses of every measure that can prohibit (at any date), and of its items."""
    for measure in rulebook.measures:
        if measure.residual or not any(effect == Verdict.PROHIBITED for _, effect in measure.history):
            continue
        yield measure.goods
        for item in measure.items:
            yield item.goods


def _sorted(found: Iterable[HsRange]) -> tuple[HsRange, ...]:
    unique: dict[tuple[str, str], HsRange] = {(r.low, r.high): r for r in found}
    return tuple(unique[key] for key in sorted(unique))


def sensitive_ranges(rulebook: Rulebook) -> tuple[HsRange, ...]:
    """Return the HS ranges a narrow measure that can prohibit names (see the module's notes)."""
    return _sorted(r for clauses in _prohibiting(rulebook) for r in _ranges(clauses))


def broad_ranges(rulebook: Rulebook) -> tuple[HsRange, ...]:
    """Return the ranges of a whole chapter or more that a measure that can prohibit names, narrow or sector-wide:
    the bans that reach every heading of a chapter alike (a ban of every vehicle, of every arm)."""
    return _sorted(r for clauses in _prohibiting(rulebook) for clause in clauses for r in clause.hs if r.width == 2)
