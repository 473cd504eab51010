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
"""

from __future__ import annotations

from sanctioneer.hs.codes import HsRange
from sanctioneer.model import Verdict
from sanctioneer.rulebook.measure import Clause, Rulebook

__all__ = ["sensitive_ranges"]


def _ranges(clauses: tuple[Clause, ...]) -> list[HsRange]:
    ranges = [r for clause in clauses for r in clause.hs]
    if not any(r.width >= 4 for r in ranges):
        return []
    return [r for r in ranges if r.width >= 4 or r.low == r.high]


def sensitive_ranges(rulebook: Rulebook) -> tuple[HsRange, ...]:
    """Return the HS ranges a narrow measure that can prohibit names (see the module's notes)."""
    found: list[HsRange] = []
    for measure in rulebook.measures:
        if measure.residual or not any(effect == Verdict.PROHIBITED for _, effect in measure.history):
            continue
        found.extend(_ranges(measure.goods))
        for item in measure.items:
            found.extend(_ranges(item.goods))
    unique: dict[tuple[str, str], HsRange] = {(r.low, r.high): r for r in found}
    return tuple(unique[key] for key in sorted(unique))
