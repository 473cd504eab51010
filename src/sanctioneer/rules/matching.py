"""Decide whether a goods line falls in a clause of a measure, and say why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sanctioneer.hs.codes import HsRange, Relation, format_hs
from sanctioneer.memo import MISSING, IdentityMemo
from sanctioneer.model import GoodsLine, Money
from sanctioneer.rulebook.measure import Clause, MatchMode, Threshold

__all__ = ["ClauseMatch", "Fit", "match_clause", "relation_to", "threshold_check"]


class Fit(StrEnum):
    """How well a goods line fits a clause."""

    MATCH = "match"
    """The line is in scope."""
    POSSIBLE = "possible"
    """The line may be in scope: the code is too coarse or the description too vague."""
    CONFLICT = "conflict"
    """The description names goods in scope but the code says otherwise."""
    EXCEPTED = "excepted"
    """The code is in range but on a goods list the clause excepts (food, medicine): permitted, and why."""
    NONE = "none"


@dataclass(frozen=True)
class ClauseMatch:
    fit: Fit
    reason: str
    term: str | None = None


_NO_MATCH = ClauseMatch(Fit.NONE, "")

# The chapters each set of ranges touches, by the set: a code of another chapter is outside them
# all, which settles most questions without comparing codes; and the ranges as reasons write them.
_CHAPTERS: IdentityMemo[tuple[frozenset[str], str]] = IdentityMemo(65536)

# The relation of each code asked about to each set of ranges, by the set and the code: a batch run
# or a server asks about the same codes again and again.
_RELATIONS: IdentityMemo[Relation] = IdentityMemo(131072)


def _known(ranges: tuple[HsRange, ...]) -> tuple[frozenset[str], str]:
    """The ranges' chapters and the ranges as written in reasons."""
    known = _CHAPTERS.get(ranges)
    if known is not MISSING:
        return known
    return _CHAPTERS.put(ranges, None, (frozenset(c for r in ranges for c in r.chapters),
                                        ", ".join(str(r) for r in ranges)))


def relation_to(code: str, ranges: tuple[HsRange, ...]) -> Relation:
    """Return the closest relation of a code to any of the ranges."""
    if code[:2] not in _known(ranges)[0]:
        return Relation.OUTSIDE
    known = _RELATIONS.get(ranges, code)
    if known is not MISSING:
        return known
    best = Relation.OUTSIDE
    for hs_range in ranges:
        relation = hs_range.relation(code)
        if relation is Relation.INSIDE:
            best = relation
            break
        if relation is Relation.OVERLAPS:
            best = relation
    return _RELATIONS.put(ranges, code, best)


def _ranges_text(ranges: tuple[HsRange, ...]) -> str:
    return _known(ranges)[1]


def _hs_fit(clause: Clause, code: str) -> tuple[Relation, str]:
    relation = relation_to(code, clause.hs)
    if relation is Relation.INSIDE and clause.exclude_hs:
        excluded = relation_to(code, clause.exclude_hs)
        if excluded is Relation.INSIDE:
            return Relation.OUTSIDE, ""
        if excluded is Relation.OVERLAPS:
            # The code is coarser than the carve-out: most of what it covers is in scope, so the
            # conservative reading is that the line is covered unless shown to be in the carve-out.
            return Relation.INSIDE, (
                f"HS {format_hs(code)} is within HS {_ranges_text(clause.hs)} "
                f"(other than HS {_ranges_text(clause.exclude_hs)}, which is outside this scope)"
            )
    if relation is Relation.INSIDE:
        return relation, f"HS {format_hs(code)} is within HS {_ranges_text(clause.hs)}"
    if relation is Relation.OVERLAPS:
        return relation, (
            f"HS {format_hs(code)} is broader than HS {_ranges_text(clause.hs)} and may include {clause.label}"
        )
    return relation, ""


def _lists_fit(clause: Clause, code: str, why: str) -> ClauseMatch:
    """Say whether a code in range is on a list the clause excepts, and if not, say that it is not."""
    coarser: list[str] = []
    for goods_list in clause.except_lists:
        for entry in goods_list.entries:
            relation = relation_to(code, entry.hs)
            if relation is Relation.INSIDE:
                return ClauseMatch(
                    Fit.EXCEPTED,
                    f"HS {format_hs(code)} is on the rulebook's {goods_list.name} list ({entry.label}), "
                    f"which this measure leaves out",
                )
            if relation is Relation.OVERLAPS and goods_list.name not in coarser:
                coarser.append(goods_list.name)
    names = " or ".join(g.name for g in clause.except_lists)
    if coarser:
        return ClauseMatch(
            Fit.MATCH,
            f"{why}; HS {format_hs(code)} is broader than the entries of the rulebook's {' and '.join(coarser)} "
            f"list: the goods under it that are not on the list are in scope",
        )
    return ClauseMatch(Fit.MATCH, f"{why}; HS {format_hs(code)} is not on the rulebook's {names} list")


# What a code is to a clause, by the clause and the code: its relation to the clause's ranges, why,
# and for a code inside them, what the clause's excepted lists say of it. A clause matches the same
# code the same way whatever the words, and a batch run meets each code with many words.
_CODE_FITS: IdentityMemo[tuple[Relation, str, ClauseMatch | None]] = IdentityMemo(131072)


def _code_fit(clause: Clause, code: str) -> tuple[Relation, str, ClauseMatch | None]:
    known = _CODE_FITS.get(clause, code)
    if known is not MISSING:
        return known
    relation, why = _hs_fit(clause, code)
    listed = _lists_fit(clause, code, why) if relation is Relation.INSIDE and clause.except_lists else None
    return _CODE_FITS.put(clause, code, (relation, why, listed))


# Matches made before, by the clause, the words and the code: a clause matches the same words and code
# the same way every time, and a server sees the same goods lines again and again. Only for
# descriptions of a usual length.
_MATCHES: IdentityMemo[ClauseMatch] = IdentityMemo(131072)
_MATCHED_WORDS = 256


def match_clause(clause: Clause, line: GoodsLine) -> ClauseMatch:
    """Match one goods line against one clause (it depends on the clause and the line's words and code only)."""
    description = line.description
    if description is not None and len(description) > _MATCHED_WORDS:
        return _match_clause(clause, line)
    key = (description, line.hs)
    known = _MATCHES.get(clause, key)
    if known is not MISSING:
        return known
    return _MATCHES.put(clause, key, _match_clause(clause, line))


def _match_clause(clause: Clause, line: GoodsLine) -> ClauseMatch:
    description = line.description
    term = clause.find_term(description)
    excluded_term = clause.find_excluded(description)
    if clause.match == MatchMode.HS:
        if line.hs is not None:
            relation, why, listed = _code_fit(clause, line.hs)
            if relation is Relation.INSIDE:
                if excluded_term:
                    return ClauseMatch(
                        Fit.NONE, f"HS {format_hs(line.hs)} is in range but the description says {excluded_term!r}"
                    )
                said = f"; the description says {term!r}" if term else ""
                if listed is not None:
                    if listed.fit is Fit.EXCEPTED:
                        return listed
                    why = listed.reason
                return ClauseMatch(Fit.MATCH, why + said, term)
            if relation is Relation.OVERLAPS:
                if excluded_term:
                    return _NO_MATCH
                if term:
                    return ClauseMatch(Fit.MATCH, f"{why}; the description says {term!r}", term)
                return ClauseMatch(Fit.POSSIBLE, why)
            if term and not excluded_term:
                # The code decides in this mode, but words that name goods in scope under a code
                # outside it may be a misdeclaration: never let that pass as permitted.
                return ClauseMatch(
                    Fit.CONFLICT,
                    f"the description says {term!r} ({clause.label}) but HS {format_hs(line.hs)} is outside "
                    f"HS {_ranges_text(clause.hs)}: check the classification",
                    term,
                )
            return _NO_MATCH
        if term and not excluded_term:
            return ClauseMatch(Fit.MATCH, f"the description says {term!r}: {clause.label}", term)
        return _NO_MATCH

    # MatchMode.DESCRIPTION: the words decide; the codes say where such goods are classified.
    if term and excluded_term:
        return ClauseMatch(Fit.NONE, f"the description says {excluded_term!r}, not {clause.label}")
    if term:
        if line.hs is None or not clause.hs:
            return ClauseMatch(Fit.MATCH, f"the description says {term!r}: {clause.label}", term)
        relation, _, _ = _code_fit(clause, line.hs)
        if relation is not Relation.OUTSIDE:
            return ClauseMatch(
                Fit.MATCH, f"the description says {term!r} and HS {format_hs(line.hs)} fits {clause.label}", term
            )
        return ClauseMatch(
            Fit.CONFLICT,
            f"the description says {term!r} ({clause.label}) but HS {format_hs(line.hs)} is outside "
            f"HS {_ranges_text(clause.hs)}",
            term,
        )
    if line.hs is not None and clause.hs:
        relation, _, _ = _code_fit(clause, line.hs)
        if relation is not Relation.OUTSIDE:
            if excluded_term:
                return ClauseMatch(Fit.NONE, f"the description says {excluded_term!r}, not {clause.label}")
            return ClauseMatch(
                Fit.POSSIBLE,
                f"HS {format_hs(line.hs)} covers {clause.label} among other goods "
                "and the description does not say which",
            )
    return _NO_MATCH


def threshold_check(threshold: Threshold, value: Money | None) -> tuple[bool | None, str]:
    """Compare a line's value with a threshold.

    Returns (True, why) when over it, (False, why) when not, (None, why) when it cannot be told.
    """
    limit = threshold.above
    if value is None:
        return None, f"the value is not given; the item is covered only when {threshold}"
    if value.currency != limit.currency:
        return None, (
            f"the value is in {value.currency}; the item is covered only when {threshold}: "
            f"convert at the rate of the transfer date"
        )
    if value.amount > limit.amount:
        return True, f"valued at {value}, over {limit}"
    return False, f"valued at {value}, not over {limit}"
