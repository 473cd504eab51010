"""Luxury determination for the DPRK luxury-goods measure: which annex item the goods match, and the threshold.

Resolution 1718 (2006) OP8(a)(iii) bans luxury goods without defining them; resolutions 2094
(2013) annex IV, 2270 (2016) annex V and 2321 (2016) annex IV list items "including but not
limited to", some with a value threshold (snowmobiles over USD 2,000, rugs over USD 500,
porcelain tableware over USD 100). The items live in the rulebook as `Item`s of the measure
`kp-luxury-to`; this module matches goods against them with the engine's own clause matching,
so a luxury answer here and a finding in `assess` never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.model import Citation, GoodsLine, Money
from sanctioneer.rulebook.measure import Rulebook
from sanctioneer.rules.matching import Fit, match_clause, threshold_check

__all__ = ["LUXURY_MEASURE", "LuxuryMatch", "determine_luxury"]

LUXURY_MEASURE = "kp-luxury-to"


@dataclass(frozen=True)
class LuxuryMatch:
    """An annex item (or the measure's own goods clause) that a goods line matches.

    `covered` is True when the goods are in scope, False when they are below the item's value
    threshold, None when the value is needed and not known (or the match is only possible).
    """

    item: str
    label: str
    citation: Citation
    clause: str
    fit: str
    covered: bool | None
    reason: str
    code: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "label": self.label,
            "citation": self.citation.to_dict(),
            "clause": self.clause,
            "fit": self.fit,
            "covered": self.covered,
            "reason": self.reason,
            "code": self.code,
        }


def determine_luxury(
    text: str | None = None,
    *,
    hs: str | None = None,
    value: Money | None = None,
    rulebook: Rulebook | None = None,
    measure: str = LUXURY_MEASURE,
) -> list[LuxuryMatch]:
    """Return the luxury items that goods match, covered ones first.

    Without `hs`, the description is classified; a confident code is used, otherwise every
    candidate code is tried and its matches can be no better than "possible".

    Raises:
        InputError: neither a description nor a code is given, or the rulebook has no such measure.
    """
    from sanctioneer.hs.classify import classify, is_confident
    from sanctioneer.hs.codes import normalise_hs

    if not (text and text.strip()) and not hs:
        raise InputError("give a description or an HS code", where="luxury", fix="describe the goods in words")
    if rulebook is None:
        from sanctioneer.assessment import default_rulebook

        rulebook = default_rulebook()
    try:
        luxury = rulebook.measure(measure)
    except KeyError:
        raise InputError(
            f"the rulebook has no measure {measure!r}", where="luxury", fix="load a rulebook with the luxury measure"
        ) from None
    codes: list[str | None]
    sure = True
    if hs:
        codes = [normalise_hs(hs)]
    else:
        candidates = classify(text or "", top=3)
        sure = is_confident(candidates)
        codes = [candidates[0].code] if sure and candidates else [c.code for c in candidates] or [None]
    groups = [(measure, luxury.title, luxury.citation, luxury.goods)]
    groups.extend((item.id, item.label, item.citation, item.goods) for item in luxury.items)
    found: dict[str, LuxuryMatch] = {}
    for code in codes:
        line = GoodsLine(description=text, hs=code, value=value)
        for item_id, label, citation, clauses in groups:
            for clause in clauses:
                match = match_clause(clause, line)
                if match.fit is Fit.NONE:
                    continue
                covered: bool | None = True if match.fit is Fit.MATCH and sure else None
                reason = match.reason
                if clause.threshold is not None:
                    over, why = threshold_check(clause.threshold, value)
                    reason = f"{reason}; {why}"
                    covered = False if over is False else (None if over is None or covered is None else True)
                previous = found.get(item_id)
                rank = {True: 2, None: 1, False: 0}
                if previous is None or rank[covered] > rank[previous.covered]:
                    found[item_id] = LuxuryMatch(
                        item_id, label, citation, clause.label, match.fit.value, covered, reason, code
                    )
    order = {True: 0, None: 1, False: 2}
    return sorted(found.values(), key=lambda m: (order[m.covered], m.item != measure, m.item))
