"""Luxury determination: the engine's judgement of goods supplied to the target country, read for its luxury measure.

The regime file names its luxury-goods measure (`luxury_measure`); its annex items, each with its
own citation, date and value threshold, are items of that measure in the rulebook. This module
decides nothing itself: it asks the assessor to judge the goods as supplied to the target country
on a date and keeps the findings of that measure, so a luxury answer here and a finding in
`assess` never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sanctioneer.errors import InputError
from sanctioneer.model import Citation, Direction, GoodsLine, Money, Verdict

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor

__all__ = ["LuxuryMatch", "LuxuryView", "determine_luxury"]

_COVERED = {Verdict.PROHIBITED: True, Verdict.REVIEW: None, Verdict.PERMITTED: False}


@dataclass(frozen=True)
class LuxuryMatch:
    """An annex item (or the luxury measure's own goods clause) that goods match, as `assess` judges it.

    `covered` is True when the goods are in scope (the finding prohibits), False when they are not
    (below the item's value threshold), None when a person must review (value unknown, a possible
    match, an item named only after the date, an exemption to check).
    """

    item: str
    label: str
    citation: Citation
    covered: bool | None
    effect: Verdict
    reason: str
    checks: tuple[str, ...]
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "label": self.label,
            "citation": self.citation.to_dict(),
            "covered": self.covered,
            "effect": self.effect.value,
            "reason": self.reason,
            "checks": list(self.checks),
            "verified": self.verified,
        }


@dataclass(frozen=True)
class LuxuryView:
    """The luxury answer for one goods line on one date: the matches, and the code judged."""

    as_of: date
    hs: str | None
    hs_source: str
    classifier_version: str | None
    matches: tuple[LuxuryMatch, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "hs": self.hs,
            "hs_source": self.hs_source,
            "classifier_version": self.classifier_version,
            "matches": [m.to_dict() for m in self.matches],
        }


def determine_luxury(
    assessor: Assessor,
    text: str | None = None,
    *,
    hs: str | None = None,
    value: Money | None = None,
    as_of: date,
) -> LuxuryView:
    """Return the luxury items goods match when supplied to the target country on `as_of`, covered first.

    Without `hs`, the assessor's classifier classifies the description, exactly as in `assess`.

    Raises:
        InputError: neither a description nor a code is given, or the rulebook names no luxury measure.
    """
    from sanctioneer.hs.codes import normalise_hs

    if not (text and text.strip()) and not hs:
        raise InputError("give a description or an HS code", where="luxury", fix="describe the goods in words")
    luxury = assessor.rulebook.luxury
    if luxury is None:
        raise InputError(
            "the rulebook names no luxury-goods measure", where=f"rulebook {assessor.rulebook.version}",
            fix="name it with `luxury_measure` in the regime file",
        )
    line = GoodsLine(description=text.strip() if text else None, hs=normalise_hs(hs) if hs else None, value=value)
    decided = assessor.judge_line(line, as_of=as_of, direction=Direction.TO)
    matches = [
        LuxuryMatch(
            item=finding.item.id if finding.item else luxury.id,
            label=finding.item.label if finding.item else luxury.title,
            citation=finding.item.citation if finding.item else luxury.citation,
            covered=_COVERED[finding.effect],
            effect=finding.effect,
            reason=finding.reason,
            checks=finding.checks,
            verified=finding.verified,
        )
        for finding in decided.findings
        if finding.measure == luxury.id
    ]
    order = {True: 0, None: 1, False: 2}
    matches.sort(key=lambda m: (order[m.covered], m.item != luxury.id, m.item))
    return LuxuryView(as_of, decided.hs, decided.hs_source.value, decided.classifier_version, tuple(matches))
