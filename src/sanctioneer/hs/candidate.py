"""What the classifier proposes for a description: candidate codes, each with the evidence behind it.

A `Candidate` is an HS 2022 heading, the subheading the evidence chooses (or the heading again when
nothing chooses), a score from 0 to 1 and what the score rests on; each `Evidence` is one reason it
was proposed, kept as the source gave it, so that an answer can be explained rather than rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Candidate", "Evidence"]


@dataclass(frozen=True)
class Evidence:
    """One reason a candidate was proposed.

    `source` is one of rule, gazetteer, neighbour, nomenclature, semantic. `entry` is what was
    matched on the project's side (the rule id, the gazetteer term, the labelled description or
    the nomenclature line); `matched` the words of the description that matched it.
    """

    source: str
    code: str
    score: float
    entry: str
    matched: str | None = None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "code": self.code,
            "score": round(self.score, 3),
            "entry": self.entry,
            "matched": self.matched,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Candidate:
    """An HS 2022 heading and subheading proposed for a description, with a score from 0 to 1.

    `subheading` is the heading itself (4 digits) when nothing in the description or the evidence
    chooses among its subheadings.
    """

    hs: str
    subheading: str
    score: float
    label: str
    evidence: tuple[Evidence, ...]
    subheading_sure: bool = False
    """True when the evidence names the subheading itself, not only the heading."""
    sensitive: bool = False
    """True when the code is in a range the rulebook makes consequential (`sensitive_ranges`)."""
    named: bool = True
    """False when the description's head noun does not name the goods of this heading."""
    named_by: str = ""
    """What names the goods: "rule", "gazetteer" or "nomenclature" (empty when nothing does)."""
    agreement: int = 0
    """How many sources (nomenclature words, tariff lines, labelled examples, trained model) rank it first."""
    probability: float = 0.0
    """The trained model's probability for this heading (0 when the model does not propose it or is absent)."""
    model_best: float = 0.0
    """The trained model's highest probability for any heading: low when the model has no view."""
    weighed: bool = False
    """True when the evidence was weighed together (no rule or gazetteer term at the head noun named the goods)."""
    belief: float = 0.0
    """The probability of this heading from all the evidence weighed together (`weigh_evidence`); 0 when a rule or
    a gazetteer term at the head noun decided and the votes were added instead."""

    held_back: bool = False
    """True when a consequential heading whose goods the description does not name scored higher and was held
    back from the first place: this answer is never confident."""
    composite: bool = False
    """True when the goods are a set or kit, read as the goods that give it its essential character (General
    Interpretative Rule 3 (b)): a judgement a person makes, so this answer is never confident."""
    unstated: bool = False
    """True when a gazetteer word at the head noun names the goods but not what the nomenclature splits them by,
    and one of its readings is consequential ("cuff links": of precious metal, 71.13, or of base metal, 71.17):
    the answer is never confident."""
    shared: bool = False
    """True when the description's words are, no more and no fewer, a national tariff's own words for lines under
    several headings ("Used or rebuilt", "Road wheels"): the lines above them, which the description does not give,
    decide, so the answer is never confident."""
    stated: bool = False
    """True when the description's head phrase names no goods, only how goods are worked: it ends on an adverb after
    states alone or on "thereof" ("Crude or roughly trimmed", "Chain and parts thereof": a tariff's sub-line, the
    goods on the line above it, `naming.states_only`): the same words fit other goods, so the answer is never
    confident."""
    lone: bool = False
    """True when the description's words are, no more and no fewer, the own words of one line of the national tariff
    and of no other ("Stearic acid"): the heading rests on that line, while the same words may stand under another
    heading in a tariff whose lines the index does not hold (the line above deciding), so the answer is confident only
    when the trained model is sure of the heading too (`confidence.CONFIDENT_ALONE`)."""
    plain: bool = False
    """True when the description is wholly one gazetteer term of goods that stands for this heading alone, after
    words of quality ("used excavators", "artillery shells"; `hs/plain.py`), and no rule names another heading: the
    name is the evidence, which sources taught by longer descriptions seldom rank first."""
    own_name: bool = False
    """True when the candidate is `plain` and the term's words are also the nomenclature's own name for this heading's
    goods, used in no other heading's text as goods ("horses" of 01.01, "missiles" of 93.06; `plain.nomenclature_word`):
    the gazetteer and the heading's text agree."""
    everyday: bool = False
    """True when the words, read from a report, are wholly one gazetteer term of goods of this heading whose every
    reading, the heading's and those of the terms qualifying it or of the headings' texts listing its word, lies
    outside the consequential ranges, and in this heading's chapter or in one no ban of a whole chapter or more reaches
    unless it reaches this heading too ("fertilizer", "sugar"; `plain.everyday_term`): the everyday name of the goods,
    which no verdict turns on."""
    subheading_basis: str = ""
    """What chose the subheading: "rule", "named" (a maker's model), "only", "stated" (a gazetteer term's usual
    subheading that the description's words fit best too), "default" (a term's usual subheading alone), "words",
    "hint" or "none" (`hs/subheading.py`)."""
    beside_sensitive: bool = False
    """True when the heading holds subheadings the rulebook makes consequential and the subheading chosen is not
    one of them: the subheading decides whether the goods are sanctioned."""
    material_elsewhere: str = ""
    """The material of another chapter the description names when this consequential heading's chapter is given to
    one material and its goods are not named ("tin" beside copper's 74.09): the trained model alone does not keep
    it first."""
    unheld: str = ""
    """Why the trained model's probability alone does not keep this consequential heading first when its goods are not
    named: the description names no goods, or its goods are parts the nomenclature classifies by what they are, not
    with these goods ("Parts for yachts": chapter 89 has no parts); empty otherwise (`naming.unheld`)."""
    undecided: tuple[str, ...] = ()
    """The headings a split tells this consequential heading's goods from by a property the description does not
    state, which hold such goods outside the consequential ranges ("tennis shoes": 64.02 and 64.03 beside 64.04, the
    upper's material unsaid): the goods are not named, and one of those answers first when its line is outside the
    ranges (`hs/data/subheadings.yaml`, splits)."""

    @property
    def code(self) -> str:
        """The most precise code the evidence supports: the subheading when sure, else the heading."""
        return self.subheading if self.subheading_sure else self.hs

    def to_dict(self) -> dict[str, Any]:
        return {
            "hs": self.hs,
            "subheading": self.subheading,
            "score": round(self.score, 3),
            "label": self.label,
            "sensitive": self.sensitive,
            "named": self.named,
            "evidence": [e.to_dict() for e in self.evidence],
        }
