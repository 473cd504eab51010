"""How each source votes for the headings of a description, every vote kept as evidence.

The sources vote into one table of headings (`HeadingVotes`): a heading's score, the evidence
behind it and the votes for its subheadings, kept by how much they say. Each source votes only
for headings it has positive evidence for, and counts by its weight: override rules and the
gazetteer name the goods; labelled examples, nomenclature and tariff lines, the trained model and
the semantic model only resemble them. Where a term or a retrieved line stands against the head
noun (`hs/head.py`) changes how much it counts, and a rule may rule headings out (`apply_demotions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sanctioneer.hs.candidate import Evidence
from sanctioneer.hs.gazetteer import RuleHit, TermHit, load_rules, term_key
from sanctioneer.hs.head import Parse
from sanctioneer.hs.lexical import LexicalHit
from sanctioneer.hs.naming import qualified
from sanctioneer.hs.neighbours import Neighbour
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.hs.parts import parts_only_headings
from sanctioneer.hs.weights import weight

__all__ = [
    "HeadingVotes",
    "apply_demotions",
    "gazetteer_votes",
    "lexical_votes",
    "model_votes",
    "neighbour_votes",
    "nomenclature_line",
    "rule_hits",
    "rule_votes",
    "semantic_votes",
    "tariff_votes",
    "term_place",
]


# How much each source counts in a heading's score (`hs/data/weights.yaml`, fitted by `benchmarks/hs_weigh.py`).
# Rules and the gazetteer name the goods; neighbours, semantic similarity and nomenclature words only resemble them.
_W_RULE = weight("votes", "rule")
_W_GAZETTEER = weight("votes", "gazetteer")
_W_NEIGHBOURS = weight("votes", "neighbours")
_W_SEMANTIC = weight("votes", "semantic")
_W_LEXICAL = weight("votes", "lexical")
_W_TARIFF = weight("votes", "tariff")
_W_MODEL = weight("votes", "model")
_DEMOTED = 0.15


@dataclass
class HeadingVotes:
    """A heading's votes while the description is being classified.

    Votes for subheadings are kept by how much they say: `named` by a rule or a model, `defaults`
    the usual subheading of a generic gazetteer term, `hints` labelled examples, tariff lines and the semantic
    model.
    """

    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    named: dict[str, float] = field(default_factory=dict)
    defaults: dict[str, float] = field(default_factory=dict)
    hints: dict[str, float] = field(default_factory=dict)
    covered: list[str] = field(default_factory=list)
    """The words of the gazetteer terms behind `defaults`."""
    demoted: bool = False

    def copy(self) -> HeadingVotes:
        """These votes, apart: later votes on the copy leave them as they are."""
        return replace(self, evidence=list(self.evidence), named=dict(self.named), defaults=dict(self.defaults),
                       hints=dict(self.hints), covered=list(self.covered))

    def best_sub(self) -> str | None:
        for votes in (self.named, self.defaults, self.hints):
            if votes:
                return max(sorted(votes), key=lambda code: votes[code])
        return None


def nomenclature_line(code: str) -> str:
    entry = load_nomenclature().entry(code)
    dotted = f"{code[:4]}.{code[4:]}" if len(code) == 6 else code
    return f"{dotted} {entry.description}" if entry else dotted


def _vote(
    table: dict[str, HeadingVotes], code: str, score: float, evidence: Evidence, *, sub_weight: float, says: str
) -> None:
    """Add a vote for a heading and, with a 6-digit code, for its subheading (`says`: named, defaults, hints)."""
    heading = table.setdefault(code[:4], HeadingVotes())
    heading.score += score
    heading.evidence.append(evidence)
    if len(code) == 6 and sub_weight > 0:
        votes: dict[str, float] = getattr(heading, says)
        votes[code] = votes.get(code, 0.0) + sub_weight


def term_place(hit: TermHit, reading: Parse) -> str:
    """Say where a term sits in the description: at the head noun, among its modifiers, or elsewhere."""
    key = term_key(hit.term.text)
    phrase = reading.phrase
    if not key or not phrase:
        return "elsewhere"
    if key[-1] == reading.head and phrase[-len(key):] == key:
        return "head"
    if reading.whole and key[-1] == reading.whole[-1] and reading.whole[-len(key):] == key:
        return "whole"
    size = len(key)
    if any(phrase[i : i + size] == key for i in range(len(phrase) - 1)):
        return "modifier"
    return "elsewhere"


def gazetteer_votes(table: dict[str, HeadingVotes], hits: list[TermHit], reading: Parse) -> None:
    strongest = max((hit.term.weight for hit in hits), default=0.0)
    # A term before the head noun is only a modifier when another term names the head ("diesel" in
    # "diesel fuel injection tubes"); with the head unknown ("Apple iPhone 15 Pro") it may be the goods.
    headed = any(term_place(hit, reading) == "head" for hit in hits)
    per_heading: dict[str, float] = {}
    for hit in hits:
        term = hit.term
        weight = term.weight
        # Materials and weak words count only when nothing stronger names the goods.
        if term.kind in ("material", "weak", "unspecific", "vague") and strongest > weight:
            weight *= 0.3
        place = term_place(hit, reading)
        # A word for a whole class of goods at the head noun ("machines", "equipment") after words that say which
        # ("rock breaking machines", "laminating machines") is no lead to the class's residual heading (84.79): those
        # words, as the other sources read them, say which heading.
        if term.kind == "vague" and place == "head" and qualified(reading.phrase[: -len(term_key(term.text))]):
            continue
        # The head noun names the goods; a modifier only qualifies them ("tank" in "tank top").
        if place == "head":
            weight *= 1.2 if len(hits) > 1 else 1.0
        elif place == "modifier" and headed and term.kind not in ("model", "brand"):
            weight *= 0.4
        # After a head a term names the goods, a term outside the head's phrase says what they are made of or
        # go with ("rubber" in "flip flops of rubber", "sneakers with rubber soles"), as after "for" or "with".
        elif place == "elsewhere" and headed and term.kind not in ("model", "brand"):
            weight *= 0.45
        # After "for", "with", "in" a noun says what the goods serve or contain ("engines for airliners").
        elif hit.subordinate:
            weight *= 0.45
        # In English the last noun phrase usually names the goods ("diesel truck" is a truck).
        elif hit.last and len(hits) > 1:
            weight *= 1.15
        heading = term.code[:4]
        # A second term for the same heading adds a little, not a full vote.
        previous = per_heading.get(heading, 0.0)
        added = weight if weight > previous else 0.15 * weight
        per_heading[heading] = max(previous, weight)
        _vote(
            table,
            term.code,
            _W_GAZETTEER * added,
            Evidence(
                "gazetteer",
                term.code,
                min(1.0, weight),
                term.text,
                hit.matched,
                f"{term.kind} in the gazetteer ({term.group}; {term.source})",
            ),
            # A model names its subheading ("Lexus LX 570 SUV"); a generic noun only suggests the usual one.
            sub_weight=weight,
            says="named" if term.kind == "model" else "defaults",
        )
        if len(term.code) == 6:
            table[heading].covered.append(hit.matched)


def rule_hits(folded: str) -> tuple[list[RuleHit], list[RuleHit]]:
    direct: list[RuleHit] = []
    refining: list[RuleHit] = []
    for rule in load_rules():
        matched = rule.fire(folded)
        if matched is None:
            continue
        (refining if rule.within else direct).append(RuleHit(rule, matched))
    return direct, refining


def rule_votes(table: dict[str, HeadingVotes], hits: list[RuleHit]) -> None:
    for hit in hits:
        rule = hit.rule
        if rule.hs:
            _vote(
                table,
                rule.hs,
                _W_RULE,
                Evidence("rule", rule.hs, 1.0, rule.id, hit.matched, rule.reason),
                sub_weight=3.0,
                says="named",
            )


def apply_demotions(
    table: dict[str, HeadingVotes], hits: list[RuleHit], protected: set[str], phrase: tuple[str, ...]
) -> list[Evidence]:
    """Apply the rules that rule headings out, except for a heading the head noun names, unless the rule reads a word
    of the head noun's phrase, the words that name it: "crude" in "crude oil, whether or not degummed", read with
    "degummed", rules out the petroleum the term "crude oil" names.

    Returns the evidence of each heading ruled out, so that the answer can say why not.
    """
    ruled_out: list[Evidence] = []
    for hit in hits:
        reads_head = bool(set(phrase) & set(term_key(hit.matched)))
        for prefix in hit.rule.demote:
            for code, heading in table.items():
                if code in protected and not reads_head:
                    continue
                if code.startswith(prefix) and not (hit.rule.hs and code.startswith(hit.rule.hs[:4])):
                    heading.score *= _DEMOTED
                    heading.demoted = True
                    why = Evidence("rule", code, -1.0, hit.rule.id, hit.matched, f"ruled out: {hit.rule.reason}")
                    heading.evidence.append(why)
                    ruled_out.append(why)
    return ruled_out


def neighbour_votes(table: dict[str, HeadingVotes], neighbours: list[Neighbour]) -> None:
    seen: set[str] = set()
    for neighbour in neighbours:
        code = neighbour.example.code
        heading = code[:4]
        weight = neighbour.similarity if heading not in seen else 0.25 * neighbour.similarity
        seen.add(heading)
        _vote(
            table,
            code,
            _W_NEIGHBOURS * weight,
            Evidence(
                "neighbour",
                code,
                neighbour.similarity,
                neighbour.example.text,
                None,
                f"labelled example, cosine {neighbour.similarity:.2f}",
            ),
            sub_weight=neighbour.similarity,
            says="hints",
        )


def _off_head(words: tuple[str, ...], head: str | None) -> float:
    """1 when a retrieved line shares the head noun (or there is none), less when it matches only other words."""
    if head is None:
        return 1.0
    from sanctioneer.hs.lexical import stem

    return 1.0 if stem(head) in words else _OFF_HEAD


#: A line retrieved by the description's other words only ("sunflower oil" for "tuna canned in sunflower oil").
_OFF_HEAD = 0.5


def lexical_votes(table: dict[str, HeadingVotes], hits: list[LexicalHit], head: str | None = None) -> None:
    if not hits:
        return
    top = hits[0].score
    # BM25 scores have no fixed scale: a weak best match (a single common word) counts for less.
    strength = top / (top + 6.0)
    seen: set[str] = set()
    for hit in hits:
        heading = hit.code[:4]
        relative = hit.score / top * _off_head(hit.words, head)
        if heading in seen:
            continue
        seen.add(heading)
        _vote(
            table,
            hit.code,
            _W_LEXICAL * strength * relative,
            Evidence(
                "nomenclature",
                hit.code,
                round(strength * relative, 3),
                nomenclature_line(hit.code),
                ", ".join(hit.words),
                f"BM25 {hit.score:.1f} on the HS 2022 text",
            ),
            # BM25 over the whole nomenclature does not read "not roasted"; the subheading is chosen
            # from the heading's own lines instead (`hs/subheading.py`).
            sub_weight=0.0,
            says="hints",
        )


#: How many times a tariff line whose own words are the description's (`TariffHit.same`) counts beside one found by
#: some of its words: the tariff's own line for the words, however many headings hold it.
_SAME_LINE = 4.0


def tariff_votes(table: dict[str, HeadingVotes], text: str, head: str | None = None) -> str | None:
    """Vote for the headings of the tariff lines nearest the text; return the first one's heading (None when the
    description's words are the own words of lines under several headings).

    Each heading votes by its nearest line; every line found also hints at its subheading. Lines whose own words
    are the description's ("Used or rebuilt") are found alone, each heading by its share of them
    (`hs/tariff.py`): their strength is whole and their vote counts `_SAME_LINE` times.
    """
    from sanctioneer.hs.tariff import tariff_index

    index = tariff_index()
    hits = index.search(text, limit=12) if index is not None else []
    if not hits:
        return None
    top = hits[0].score
    strength = 1.0 if hits[0].same else top / (top + 8.0)
    seen: set[str] = set()
    for hit in hits:
        heading = hit.code[:4]
        relative = hit.score / top * _off_head(hit.words, head)
        if heading in seen:
            # A heading votes once, but each of its lines found says which subheading the goods may be in.
            hints = table[heading].hints
            hints[hit.code] = hints.get(hit.code, 0.0) + strength * relative
            continue
        seen.add(heading)
        _vote(
            table,
            hit.code,
            _W_TARIFF * strength * relative * (_SAME_LINE if hit.same else 1.0),
            Evidence(
                "tariff",
                hit.code,
                round(strength * relative, 3),
                hit.text,
                ", ".join(hit.words),
                f"a line of a national tariff, BM25 {hit.score:.1f}",
            ),
            # A tariff line is the nearest trader's line with its subheading: it breaks ties among the heading's
            # own lines and chooses when their words do not (`hs/subheading.py`), as a labelled example does.
            sub_weight=strength * relative,
            says="hints",
        )
    if hits[0].same and any(hit.same and hit.code[:4] != hits[0].code[:4] for hit in hits):
        # The tariff's line for these words stands under several headings: it ranks none of them first, so it does
        # not agree with another source on one.
        return None
    return hits[0].code[:4]


def model_votes(
    table: dict[str, HeadingVotes], text: str, named: set[str], head: str | None, *, weighed: bool,
    whole_goods: bool = False,
) -> dict[str, float]:
    """Give the trained model's headings as votes and evidence; return the probability of every heading.

    When a rule or a gazetteer term at the head noun names the goods (`named`), the model votes like
    the other sources, three times its probability, and less for other headings: it learnt from
    tariff lines, not from makers' names. There, when the description names whole goods, not parts
    (`whole_goods`), a heading of parts only that nothing names gets neither vote nor probability:
    a model that learnt "piano action parts" and not "pianos" does not draw the vote for "pianos"
    to the parts of musical instruments, nor rank that heading first among the sources. Otherwise
    (`weighed`) its probability enters each heading's log-odds by itself (`weigh_evidence`, which
    weighs the headings of parts itself), and its most probable headings become candidates even
    when no other source proposes them. Returns an empty mapping without the model.
    """
    from sanctioneer.hs.model import heading_model

    model = heading_model()
    if model is None:
        return {}
    found = model.probabilities(text)
    if found is None:
        return {}
    if whole_goods and not weighed:
        found = _without_parts_headings(found, model.headings, named)
    probabilities = dict(zip(model.headings, found.tolist(), strict=True))
    for hit in model.predict(text, limit=_MODEL_SHOWN if weighed else 6, probabilities=found):
        # Only positive evidence votes: a heading the model finds improbable gets nothing.
        if hit.probability < _MODEL_FLOOR:
            if weighed:
                table.setdefault(hit.heading, HeadingVotes())
            continue
        damped = _MODEL_DAMPED if named and hit.heading not in named else 1.0
        # Like a retrieved line, a heading found by the description's other words only counts half.
        damped *= _off_head(tuple(w for pair in hit.words for w in pair.split()), head)
        _vote(
            table,
            hit.heading,
            0.0 if weighed else _W_MODEL * hit.probability * damped,
            Evidence(
                "model",
                hit.heading,
                round(hit.probability, 3),
                f"classifier trained on tariff lines: {nomenclature_line(hit.heading)}",
                ", ".join(hit.words) or None,
                f"trained classifier, probability {hit.probability:.2f}",
            ),
            sub_weight=0.0,
            says="hints",
        )
    return probabilities


def _without_parts_headings(found: Any, headings: list[str], named: set[str]) -> Any:
    """The model's probabilities with those of the headings of parts only that nothing names set to nought."""
    import numpy as np

    withheld = parts_only_headings() - named
    mask = np.fromiter((code in withheld for code in headings), dtype=bool, count=len(headings))
    return np.where(mask, 0.0, found) if mask.any() else found


#: The trained model's evidence is shown for a heading from this probability up.
_MODEL_FLOOR = 0.05
#: What a model vote counts for a heading other than the one a rule or the head noun's gazetteer term names.
_MODEL_DAMPED = weight("votes", "model_damped")
#: How many of the model's most probable headings become candidates when the evidence is weighed.
_MODEL_SHOWN = 20


def semantic_votes(table: dict[str, HeadingVotes], text: str, semantic: bool) -> None:
    if not semantic:
        return
    from sanctioneer.hs.semantic import semantic_index

    index = semantic_index()
    if index is None:
        return
    seen: set[str] = set()
    for code, similarity, entry in index.search(text, k=8):
        heading = code[:4]
        weight = max(0.0, (similarity - 0.3) / 0.7)
        if heading in seen or weight <= 0:
            continue
        seen.add(heading)
        _vote(
            table,
            code,
            _W_SEMANTIC * weight,
            Evidence("semantic", code, round(similarity, 3), entry, None, "sentence-embedding similarity"),
            sub_weight=0.6 * weight,
            says="hints",
        )
