"""Weighing the evidence: the sources' votes added, or weighed together into a probability per heading.

Where a rule or a gazetteer term at the head noun names the goods, the sources' votes are added
(`add_votes`), unless they put first a heading nothing names and the evidence weighed together
clearly prefers another (`added_stands`, `weighed_wins`); the trained model's vote alone does not put
such a heading before one a term of makers' names or models names (`without_model_lead`). Otherwise
each heading's log-odds are made of the trained model's probability, the other sources' votes,
whether the head noun names its goods and whether the nomenclature's words rank it first; their
softmax is its probability, and its chapter is decided with it (`weigh_evidence`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sanctioneer.hs.codes import HsRange, touches_any
from sanctioneer.hs.gazetteer import RuleHit, TermHit
from sanctioneer.hs.head import Parse
from sanctioneer.hs.naming import names_goods
from sanctioneer.hs.subheading import apply_splits
from sanctioneer.hs.votes import HeadingVotes
from sanctioneer.hs.weights import weight

__all__ = ["UNNAMED", "add_votes", "added_stands", "weigh_evidence", "weighed_wins", "without_model_lead"]


# How a heading's log-odds are made (`weigh_evidence`), fitted on held-out training data (`benchmarks/hs_weigh.py`,
# `hs/data/weights.yaml`):
# the log of the trained model's probability, the other sources' weighted sum, whether the head noun
# names the heading's goods, and whether the nomenclature's words rank it first.
_W_LOG_MODEL = weight("weighing", "log_model")
_W_SOURCES = weight("weighing", "sources")
#: The same two where no rule or term at the head noun names the goods, the evidence weighed from the start:
#: there the trained model reads the trader's words with nothing of the project's own to outvote it.
_W_LOG_MODEL_ALONE = weight("weighing", "log_model_alone")
_W_SOURCES_ALONE = weight("weighing", "sources_alone")
_W_NAMED = weight("weighing", "named")
_W_NOMENCLATURE_FIRST = weight("weighing", "nomenclature_first")
#: Where a term at the head noun names goods but the added votes put first a heading nothing names, the weighed
#: evidence's first heading answers instead when its probability reaches this (`weighed_wins`).
_WEIGHED_OVER_NAMED = weight("weighing", "weighed_over_named")
#: A heading of parts only loses this much log-odds when the description names whole goods, not parts (`not_parts`).
_NOT_PARTS = weight("weighing", "not_parts")
#: A heading a rule rules out loses this much log-odds besides its votes.
_RULED_OUT = 3.0
#: The lowest probability the model's log counts (a heading it never saw with these words).
_PROBABILITY_FLOOR = 1e-4
#: The same for a heading a rule or a gazetteer term votes for.
_NAMED_FLOOR = weight("weighing", "named_floor")
#: A candidate's score is this share of its heading's probability, the rest its chapter's.
_HEADING_SHARE = weight("weighing", "heading_share")


UNNAMED = 0.25
#: With the evidence weighed, its score (heading and chapter) keeps this much besides: a likely chapter
#: does not carry a heading whose goods are not named.
_UNNAMED_SCORE = 0.5


def added_stands(
    added: list[tuple[str, float, float]],
    reading: Parse,
    hits: list[TermHit],
    direct: list[RuleHit],
    refining: list[RuleHit],
) -> bool:
    """Say whether the added votes' first heading is one a rule gives or refines, or a rule or a term names."""
    if not added:
        return False
    first = added[0][0]
    if first in {hit.rule.hs[:4] for hit in direct if hit.rule.hs}:
        return True
    if any(hit.rule.within and first.startswith(hit.rule.within) for hit in refining):
        return True
    names = names_goods(reading, first, hits, direct) or ""
    return names.split(" ", 1)[0] in ("rule", "model", "gazetteer")


def weighed_wins(
    text: str, added: list[tuple[str, float, float]], weighed: list[tuple[str, float, float]],
    sensitive: tuple[HsRange, ...], *, model_says: dict[str, float] | None = None,
) -> bool:
    """Say whether the weighed evidence answers instead of the added votes, whose first nothing names.

    It does when its first heading's probability, or the trained model's for it (`model_says`), reaches
    `_WEIGHED_OVER_NAMED`, differs from the added votes' first (as the splits move it) and is not a
    consequential heading.
    """
    if not weighed or max(weighed[0][2], (model_says or {}).get(weighed[0][0], 0.0)) < _WEIGHED_OVER_NAMED:
        return False
    if added and weighed[0][0] in (added[0][0], apply_splits(text, added[0][0])[0]):
        return False
    return not touches_any(weighed[0][0], sensitive)


def without_model_lead(
    table: dict[str, HeadingVotes],
    added: list[tuple[str, float, float]],
    named: set[str],
    model_said: dict[str, float],
    headings: Any,
) -> list[tuple[str, float, float]]:
    """The added votes again, without the trained model's vote for a first heading nothing names that the vote
    alone puts before the best heading a term of makers' names or models at the head noun names (`named`).

    The model learnt from tariff lines and rulings, not from makers' names: beside such a term its vote adds to
    the other sources, it does not outvote the term. "Smart watch" is the data apparatus of 85.17 the term names,
    not the wrist-watches of 91.02 the model's rulings of watches lean to. `model_said` holds each heading's vote
    from the model; a heading that leads without it keeps its place.
    """
    scores = {code: state.score for code, state in table.items()}
    best_named = max((scores[code] for code in named if code in scores), default=0.0)
    while added and added[0][0] not in named and best_named > 0.0:
        first = added[0][0]
        vote = model_said.get(first, 0.0)
        if vote <= 0.0 or scores[first] - vote > best_named:
            break
        scores[first] -= vote
        table = {**table, first: replace(table[first], score=scores[first])}
        added = add_votes(table, headings)
    return added


def add_votes(table: dict[str, HeadingVotes], headings: Any) -> list[tuple[str, float, float]]:
    """Return (heading, score, 0) for each heading with votes, best first: the sources' votes added.

    The score mixes how strong the evidence is with how much it prefers this heading to the rest.
    """
    ranked = sorted(
        ((code, state) for code, state in table.items() if code in headings and state.score > 0),
        key=lambda item: (-item[1].score, item[0]),
    )
    total = sum(state.score for _, state in ranked[:5]) or 1.0
    return [
        (code, round(0.5 * min(1.0, state.score / 1.1) + 0.5 * state.score / total, 4), 0.0)
        for code, state in ranked
    ]


def weigh_evidence(
    table: dict[str, HeadingVotes],
    naming: dict[str, str | None],
    unnamed: set[str],
    probabilities: dict[str, float],
    nomenclature_first: str | None,
    *,
    not_parts: frozenset[str] = frozenset(),
    alone: bool = False,
) -> list[tuple[str, float, float]]:
    """Return (heading, score, probability) for each heading voted for, best first.

    A heading's log-odds add the log of the trained model's probability, the other sources' votes,
    a bonus when the head noun names its goods and one when the nomenclature's words rank it first (the caller
    passes that first heading only when its line shares the head noun),
    and take off a penalty when a rule rules it out, or when it is a heading of parts only and the
    description names whole goods (`not_parts`: "laptop computer" is a computer, not its parts).
    With `alone` (no rule or term at the head noun names the goods) the model's log-probability and the
    other sources count by their own weights.
    Their softmax is each heading's probability; a consequential heading whose goods are not named
    keeps `UNNAMED` of it, and `_UNNAMED_SCORE` of its score. The chapter is decided with the heading:
    a candidate's score is `_HEADING_SHARE` of its heading's probability and the rest its chapter's
    (the sum over the chapter's headings), so a heading of a likely chapter comes before a slightly
    likelier heading alone in a less likely one.
    """
    import math

    codes = sorted(naming)
    if not codes:
        return []
    w_sources, w_log_model = (_W_SOURCES_ALONE, _W_LOG_MODEL_ALONE) if alone else (_W_SOURCES, _W_LOG_MODEL)
    logits = []
    for code in codes:
        state = table[code]
        logit = w_sources * state.score + _W_NAMED * (naming[code] is not None)
        logit += _W_NOMENCLATURE_FIRST * (code == nomenclature_first) - _RULED_OUT * state.demoted
        logit -= _NOT_PARTS * (code in not_parts)
        if probabilities:
            # The model learnt from tariff lines, not from makers' names: it cannot rule out what a term names.
            termed = any(e.source in ("rule", "gazetteer") for e in state.evidence)
            floor = _NAMED_FLOOR if termed else _PROBABILITY_FLOOR
            logit += w_log_model * math.log(max(probabilities.get(code, 0.0), floor))
        logits.append(logit)
    top = max(logits)
    weights = [math.exp(logit - top) for logit in logits]
    total = sum(weights)
    belief = {code: w / total * (UNNAMED if code in unnamed else 1.0) for code, w in zip(codes, weights, strict=True)}
    chapters: dict[str, float] = {}
    for code, value in belief.items():
        chapters[code[:2]] = chapters.get(code[:2], 0.0) + value
    scored = [
        (code, round((_HEADING_SHARE * value + (1.0 - _HEADING_SHARE) * chapters[code[:2]]) * (
            _UNNAMED_SCORE if code in unnamed else 1.0), 4), value)
        for code, value in belief.items()
    ]
    return sorted(scored, key=lambda item: (-item[1], -item[2], item[0]))
