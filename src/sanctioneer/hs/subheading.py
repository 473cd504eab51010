"""Choose the subheading inside a heading from what the description says, or say that nothing chooses.

A heading's subheadings differ by a few words ("fresh or chilled" / "frozen", "of cotton" /
"of synthetic fibres", "roasted" / "not roasted"). A description is compared with each subheading
line of one heading, word by word after light stemming and spelling folding, and with negation
read on both sides: the words after "not", "excluding" or "other than" in a nomenclature line say
what the subheading leaves out, so "not roasted" counts against roasted coffee, not for it.

Where the nomenclature splits goods by a property a description states (who wears a garment,
whether meat is frozen, whether water is flavoured), `hs/data/subheadings.yaml` names the property
and the codes on each side, with the reason; a candidate on the wrong side moves.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.hs.lexical import STOP_WORDS, stem
from sanctioneer.hs.nomenclature import Nomenclature, load_nomenclature

__all__ = [
    "Choice",
    "Split",
    "SplitHit",
    "SubheadingIndex",
    "apply_splits",
    "choose_subheading",
    "counterpart",
    "fold_text",
    "load_splits",
    "subheading_index",
    "undecided_split",
]

_FILE = "subheadings.yaml"
_PIECE = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z]+[a-z0-9]*|[(),;]")
# How far a negation reaches, from narrowest to widest: one word ("non-alcoholic"), the clause up
# to the next comma ("not cut in pieces, fresh or chilled"), the parenthesis ("(excluding
# carcasses)"), or the rest of the line ("excluding fillets, fish meat of 0304, and offal").
_WORD, _CLAUSE, _PAREN, _LINE = 1, 2, 3, 4
# After "no" or "without" in a description these words do not end the negation ("no added sugar").
_TRANSPARENT = frozenset({"added", "containing", "contain"})
# Two lines whose scores differ by less than this are tied.
_TIE = 1e-6
# A subheading line of parts ("Electro-thermic appliances; parts", "Parts and accessories of ..."); not one of
# "clothing accessories" (3926.20), which are goods of their own.
_PARTS_LINE = re.compile(r"\bparts?\b", re.IGNORECASE)
# A subheading line of accessories that are goods of their own, not parts ("Clothing accessories; knitted or
# crocheted, n.e.c.", 6117.80, beside the parts of 6117.90).
_ACCESSORIES_LINE = re.compile(r"\baccessor(?:y|ies)\b", re.IGNORECASE)


def fold_text(text: str) -> str:
    """Lower-case a text, strip accents and apostrophes: "Women's" and "womens" read alike."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return text.replace("&", " and ").replace("'", "").replace("\u2019", "")


def _polarised(
    text: str, *, line: bool, synonyms: Mapping[str, tuple[str, ...]] | None = None
) -> list[tuple[str, int]]:
    """Return the stemmed content words of a text with +1 (stated) or -1 (negated).

    `line` selects the nomenclature's reading (a "not" reaches to the end of its clause); a
    description's "not" or "no" reaches one word, or two joined by "or".
    """
    pieces = _PIECE.findall(fold_text(text).replace("n.e.c.", " nec "))
    words: list[tuple[str, int]] = []
    reach = 0
    neutral = False
    depth = start_depth = 0
    # A description's condition ("slag which if containing lead is not treated for it", "if entered in winter")
    # states nothing of what the goods are, to the end of its clause: a semicolon, or the bracket it is written in.
    # None, or the depth of brackets it began at.
    condition: int | None = None
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        index += 1
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if condition is not None and depth < condition:
                condition = None
            if depth < start_depth and reach in (_WORD, _CLAUSE, _PAREN):
                reach, neutral = 0, False
        elif piece in (",", ";"):
            if piece == ";":
                condition = None
            # A semicolon ends the nomenclature's "other than" too: "Amino-alcohols, other than those containing
            # more than one kind of oxygen function; ... monoethanolamine and its salts" states monoethanolamine.
            if reach in (_WORD, _CLAUSE) or (piece == ";" and reach == _LINE and depth == 0):
                reach = 0
            neutral = False
        elif condition is not None:
            continue
        elif piece == "if" and not line:
            condition = depth
        elif piece == "whether" and following == "or":
            # "whether or not polished": the words that follow are neither stated nor excluded.
            neutral = True
            index += 2 if index + 1 < len(pieces) and pieces[index + 1] == "not" else 1
        elif piece in ("not", "nor", "without") or (piece == "no" and not line):
            # In the nomenclature "no." also numbers an item ("item no. 0302.1"): only descriptions say "no sugar".
            wanted = _CLAUSE if line else _WORD
            if wanted > reach:
                reach, start_depth = wanted, depth
        elif piece == "non":
            if _WORD > reach:
                reach, start_depth = _WORD, depth
        elif piece in ("excluding", "except") or (piece == "other" and following == "than"):
            wanted = _PAREN if depth > 0 else _LINE
            if not line:
                wanted = _CLAUSE
            if wanted > reach:
                reach, start_depth = wanted, depth
            if piece == "other":
                index += 1
        elif piece == "free" and words and not line:
            # "sugar-free", "alcohol free": the word before is excluded.
            word, _ = words[-1]
            words[-1] = (word, -1)
        elif piece in STOP_WORDS or piece.isdigit():
            continue
        else:
            polarity = -1 if reach else 1
            replacements = synonyms.get(piece) if synonyms else None
            if not neutral:
                words.append((stem(piece), polarity))
                for phrase in replacements or ():
                    for word, sign in _polarised(phrase, line=False):
                        words.append((word, sign * polarity))
            if reach == _WORD and following not in ("or", "nor") and piece not in _TRANSPARENT:
                reach = 0
    return words


@dataclass(frozen=True)
class _Line:
    stated: frozenset[str]
    excluded: frozenset[str]


@dataclass(frozen=True)
class Overlap:
    """How well one subheading line fits a description.

    `score` adds the rarity (IDF) of each word the line and the description share with the same
    sense, and takes away each word one states and the other excludes; `rest` is the share of the
    line's own stated words the description does not mention (a tie-breaker: the plainer line).
    """

    code: str
    score: float
    rest: float
    words: tuple[str, ...]


class SubheadingIndex:
    """Every subheading line read into stated and excluded words, with the rarity of each word."""

    def __init__(self, nomenclature: Nomenclature, synonyms: Mapping[str, tuple[str, ...]]) -> None:
        self.nomenclature = nomenclature
        self.synonyms = dict(synonyms)
        self.lines: dict[str, _Line] = {}
        frequency: dict[str, int] = {}
        for code, entry in nomenclature.subheadings.items():
            words = _polarised(entry.description, line=True)
            stated = frozenset(w for w, sign in words if sign > 0)
            excluded = frozenset(w for w, sign in words if sign < 0) - stated
            self.lines[code] = _Line(stated, excluded)
            for word in stated | excluded:
                frequency[word] = frequency.get(word, 0) + 1
        total = max(1, len(self.lines))
        self.idf = {word: math.log(1.0 + total / count) for word, count in frequency.items()}

    def query(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """Return the words a description states and those it excludes (a word in both counts in neither)."""
        words = _polarised(text, line=False, synonyms=self.synonyms)
        stated = {w for w, sign in words if sign > 0}
        excluded = {w for w, sign in words if sign < 0}
        return frozenset(stated - excluded), frozenset(excluded - stated)

    def overlaps(self, text: str, codes: tuple[str, ...], *, ignore: frozenset[str] = frozenset()) -> list[Overlap]:
        """Score the given subheading lines against a description, in the order given.

        Words in `ignore` (stems) do not count.
        """
        stated, excluded = self.query(text)
        stated, excluded = stated - ignore, excluded - ignore
        result: list[Overlap] = []
        for code in codes:
            line = self.lines.get(code)
            if line is None:
                continue
            score = 0.0
            shared: list[str] = []
            for word in sorted(stated):  # in a fixed order, so the sums are the same in every process
                idf = self.idf.get(word, 0.0)
                if word in line.stated:
                    score += idf
                    shared.append(word)
                elif word in line.excluded:
                    score -= idf
            for word in sorted(excluded):
                idf = self.idf.get(word, 0.0)
                if word in line.excluded:
                    score += idf
                    shared.append(f"not {word}")
                elif word in line.stated:
                    score -= idf
            own = math.fsum(self.idf.get(w, 0.0) for w in line.stated) or 1.0
            rest = math.fsum(self.idf.get(w, 0.0) for w in line.stated - stated) / own
            result.append(Overlap(code, score, rest, tuple(sorted(shared))))
        return result


@dataclass(frozen=True)
class Choice:
    """The subheading chosen inside a heading, or the heading itself when nothing chooses.

    `basis` says what chose it: `only` (the heading's one subheading), `named` (a rule or a model
    in the gazetteer), `words` (the description's words fit this line better than its siblings),
    `default` (a gazetteer term's usual subheading), `stated` (the same, when the description's words
    fit its line alone best), `hint` (a labelled example or the semantic
    model), `residual` (the heading's line of other articles, when the description does not name the goods of its
    consequential lines, its words fit none of them better and nothing chooses among the others), or `none`.
    `sure` is True when the choice does not rest on resemblance alone.
    """

    code: str
    basis: str
    sure: bool
    overlap: Overlap | None = None
    tied: tuple[str, ...] = ()
    """For a term's usual subheading or a choice by the words, the lines the description's words fit best, the
    chosen one among them or not."""


def _tied(overlaps: Mapping[str, Overlap]) -> list[str]:
    """Return the lines that fit best, when the words tell some lines from others; else nothing."""
    top = max((o.score for o in overlaps.values()), default=0.0)
    low = min((o.score for o in overlaps.values()), default=0.0)
    if top <= 0 or top - low <= _TIE:
        return []
    return sorted(code for code, o in overlaps.items() if o.score >= top - _TIE)


def _best(codes: list[str], key: Mapping[str, float]) -> str:
    return max(sorted(codes), key=lambda code: key.get(code, 0.0))


def choose_subheading(
    text: str,
    heading: str,
    *,
    within: str | None = None,
    named: Mapping[str, float] | None = None,
    defaults: Mapping[str, float] | None = None,
    hints: Mapping[str, float] | None = None,
    covered: str = "",
    consequential: frozenset[str] = frozenset(),
    unnamed: bool = False,
    parts: bool = False,
    accessories: bool = False,
) -> Choice:
    """Choose a subheading of `heading` for a description.

    Args:
        within: a longer prefix the subheading must start with (set by a split, "09012").
        named: subheadings named by a rule or a model, with their weight; these win.
        defaults: the usual subheading of a generic gazetteer term; the description's own words
            overrule it when they fit another line better.
        hints: votes of labelled examples and the semantic model; used only when the words do not
            choose.
        covered: the words of the gazetteer terms that gave the defaults; the term's subheading
            already answers for them, so only the other words can overrule it ("shirt" is 6205.20
            of cotton; "polyester shirt" is 6205.30).
        consequential: the heading's lines the rulebook makes consequential. Among lines the words
            fit equally they come last: a tie does not state what sets them apart ("travel bags" fit
            the trunks of leather, 4202.11, and of textile, 4202.12, alike).
        unnamed: the description does not name the goods as those of a consequential line (the
            head noun test of `hs/naming.py`): the words and hints choose among the other lines only,
            as a consequential heading whose goods are not named does not answer first while another
            may; when they choose none of those and fit no consequential line better than the heading's line of
            other articles, that line answers (`_residual`: "kayak paddles" of plastics are 3926.90, not its
            apparel nor its statuettes), unsure; otherwise the heading is kept.
    """
    index = subheading_index()
    children = tuple(c for c in index.nomenclature.children.get(heading, ()) if c.startswith(within or heading))
    if not children:
        return Choice(heading, "none", False)
    if len(children) == 1:
        return Choice(children[0], "only", True)
    named_here = [c for c in children if c in (named or {})]
    if named_here:
        return Choice(_best(named_here, named or {}), "named", True)
    if accessories:
        # Accessories that the heading gives a line of their own, without its parts, answer there ("hair accessory"
        # is 6117.80, the clothing accessories of 61.17, not its parts, 6117.90).
        lines = index.nomenclature.subheadings
        of_accessories = tuple(c for c in children if _ACCESSORIES_LINE.search(lines[c].description)
                               and not _PARTS_LINE.search(lines[c].description))
        if of_accessories:
            children = of_accessories
            if len(children) == 1:
                return Choice(children[0], "only", True)
            parts = False
    if parts:
        of_parts = tuple(c for c in children if _PARTS_LINE.search(index.nomenclature.subheadings[c].description))
        if of_parts:
            children = of_parts
            if len(children) == 1:
                return Choice(children[0], "only", True)
    defaults_here = [c for c in children if c in (defaults or {})]
    whole = children
    if unnamed and not defaults_here and any(c not in consequential for c in children):
        # Resemblance alone does not put goods the description does not name into a consequential line.
        children = tuple(c for c in children if c not in consequential)
    hints_here = {c: v for c, v in (hints or {}).items() if c in children}
    overlaps = {o.code: o for o in index.overlaps(text, children)}
    tied = _tied(overlaps)
    if defaults_here:
        default = _best(defaults_here, defaults or {})
        stated, excluded = index.query(covered)
        rest = {o.code: o for o in index.overlaps(text, children, ignore=stated | excluded)}
        # Words beside the term overrule its usual subheading when they favour another line and
        # the whole description points to one line, or to the line parallel to the usual one
        # (0203.19 fresh -> 0203.29 frozen: the same goods in the next group).
        favoured = rest[default].score < max(o.score for o in rest.values()) - _TIE
        parallel = [c for c in tied if c[5] == default[5]]
        if favoured and tied and default not in tied and (len(tied) == 1 or len(parallel) == 1):
            chosen = tied[0] if len(tied) == 1 else parallel[0]
            return Choice(chosen, "words", False, overlaps[chosen])
        # The description's words fitting the usual line alone, of all the heading's lines, state it.
        basis = "stated" if tied == [default] else "default"
        return Choice(default, basis, True, overlaps[default] if default in tied else None, tuple(tied))
    if tied:
        # A consequential line the words fit only as well as another is not stated; hints choose after that.
        chosen = min(tied, key=lambda c: (c in consequential, -hints_here.get(c, 0.0), overlaps[c].rest, c))
        return Choice(chosen, "words", False, overlaps[chosen], tuple(tied))
    if hints_here:
        return Choice(_best(list(hints_here), hints_here), "hint", False)
    residual = _residual(index.nomenclature, heading)
    if unnamed and residual in children and residual not in consequential:
        # The words must fit no consequential line better than the line of other articles: "angel statuette" fits
        # the statuettes of 3926.40, though "angel" keeps the head noun test from naming them.
        fits = {o.code: o.score for o in index.overlaps(text, whole)}
        if all(fits.get(c, 0.0) <= fits.get(residual, 0.0) + _TIE for c in whole if c in consequential):
            return Choice(residual, "residual", False)
    return Choice(heading, "none", False)


def _residual(nomenclature: Nomenclature, heading: str) -> str | None:
    """Return a heading's line of other articles, the last, when its text says so ("Plastics; other articles n.e.c.
    in chapter 39", "Furskin articles; other than apparel ...", "Household and toilet articles; n.e.c. in heading
    no. 6911, of porcelain or china"), or None.

    Articles are named by their head noun, which the naming test reads; chemicals and a metal's forms are not
    ("Organo-inorganic compounds; other than ...": the organo-phosphorus lines of 29.31 name their compounds by
    formula, never by a head noun), so their heading is kept for review. Nor is a last line of goods of its own
    ("Insulated electric conductors; optical fibre cables") one of other goods.
    """
    code = nomenclature.residual(heading)
    entry = nomenclature.subheadings.get(code)
    text = fold_text(entry.description) if entry else ""
    last = text.rsplit(";", 1)[-1].strip()
    # "Household and toilet articles; n.e.c. in heading no. 6911" is the line of the heading's other articles too.
    others = last.startswith(("other", "n.e.c."))
    return code if others and re.search(r"\barticles?\b", text) else None


def counterpart(code: str, heading: str, *, within: str | None = None) -> str | None:
    """Return the subheading of `heading` whose line reads like the line of `code`, or None.

    A split moves goods to a parallel heading whose subheadings are not numbered alike: men's
    cotton trousers are 6203.42, women's are 6204.62 (6204.42 is dresses). The usual subheading of
    a gazetteer term is carried over by its words, not by its last digits.
    """
    index = subheading_index()
    line = index.nomenclature.subheadings.get(code)
    children = tuple(c for c in index.nomenclature.children.get(heading, ()) if c.startswith(within or heading))
    if line is None or not children:
        return None
    tied = _tied({o.code: o for o in index.overlaps(line.description, children)})
    return tied[0] if len(tied) == 1 else None


@dataclass(frozen=True)
class Split:
    """Codes the nomenclature tells apart by a property a description can state."""

    id: str
    sides: tuple[tuple[str, re.Pattern[str], str], ...]
    """(property, its words, the code prefix holding goods with it)."""
    reason: str


@dataclass(frozen=True)
class SplitHit:
    """A split that moved a candidate: to which side, and the words that stated the property."""

    split: Split
    prefix: str
    matched: str


def apply_splits(text: str, heading: str) -> tuple[str, str | None, list[SplitHit]]:
    """Move a heading to the side of each split the description states, and narrow its subheadings.

    Returns the heading (moved or not), the prefix its subheading must start with (or None), and the
    splits that applied. A heading moves only when the description states the other side's
    property and not its own; each split applies once, so "knitted ladies' trousers" may move from
    62.03 to 61.03 and then to 61.04.
    """
    folded = fold_text(text)
    splits = load_splits()
    hits: list[SplitHit] = []
    used: set[str] = set()
    within: str | None = None
    for _ in range(len(splits)):
        moved = False
        for split in splits:
            if split.id in used:
                continue
            stated = {name: found for name, pattern, _ in split.sides if (found := pattern.search(folded))}
            own = next((name for name, _, prefix in split.sides if len(prefix) == 4 and prefix == heading), None)
            if own is not None and own not in stated and len(stated) == 1:
                name, found = next(iter(stated.items()))
                prefix = next(p for n, _, p in split.sides if n == name)
                used.add(split.id)
                hits.append(SplitHit(split, prefix, found.group(0)))
                heading, moved = prefix[:4], True
                within = prefix if len(prefix) > 4 else None
        if not moved:
            break
    for split in splits:
        inside = [(name, prefix) for name, _, prefix in split.sides if len(prefix) > 4 and prefix[:4] == heading]
        if not inside or split.id in used:
            continue
        stated = {name: found for name, pattern, _ in split.sides if (found := pattern.search(folded))}
        chosen = [(name, prefix) for name, prefix in inside if name in stated]
        if len(chosen) == 1 and len(stated) == 1:
            name, prefix = chosen[0]
            within = prefix
            hits.append(SplitHit(split, prefix, stated[name].group(0)))
    return heading, within, hits


def undecided_split(text: str, heading: str) -> Split | None:
    """Return the split of which a heading is one side when the description states none of its properties, or None.

    "Tennis shoes" are 64.02, 64.03 or 64.04 by the material of their upper, which the words do not say.
    """
    folded = fold_text(text)
    for split in load_splits():
        if any(prefix == heading for _, _, prefix in split.sides) and not any(
            pattern.search(folded) for _, pattern, _ in split.sides
        ):
            return split
    return None


def _fail(path: str, message: str) -> InputError:
    return InputError(message, where=f"{_FILE}: {path}", fix="correct the packaged data file")


def _text() -> str:
    return (resources.files("sanctioneer.hs") / "data" / _FILE).read_text(encoding="utf-8")


def _read() -> dict[str, Any]:
    from sanctioneer.rulebook.loader import read_yaml

    # The rulebook's reader: duplicate keys and aliases are refused, not silently merged.
    try:
        data = read_yaml(_text(), name=_FILE)
    except InputError as exc:
        raise InputError(exc.detail, where=exc.where, fix="correct the packaged data file") from None
    if not isinstance(data, dict):
        raise _fail("(top)", f"expected a mapping with properties, splits and synonyms, got {type(data).__name__}")
    unknown = set(data) - {"properties", "splits", "synonyms"}
    if unknown:
        raise _fail(", ".join(sorted(unknown)), "unknown key; expected properties, splits or synonyms")
    return data


def _check_prefix(nomenclature: Nomenclature, prefix: str, where: str) -> None:
    if not prefix.isdigit() or not 4 <= len(prefix) <= 6:
        raise _fail(where, f"expected a code prefix of 4 to 6 digits, got {prefix!r}")
    if not any(code.startswith(prefix) for code in nomenclature.subheadings):
        raise _fail(where, f"no HS 2022 subheading starts with {prefix!r}")


@lru_cache(maxsize=1)
def load_splits() -> tuple[Split, ...]:
    """Read the splits of `hs/data/subheadings.yaml` once per process.

    Raises:
        InputError: a property does not compile or is unknown, a code is not in HS 2022, a key is
            unknown or a reason missing; the message names the split.
    """
    data = _read()
    properties: dict[str, re.Pattern[str]] = {}
    for name, pattern in (data.get("properties") or {}).items():
        try:
            properties[str(name)] = re.compile(str(pattern))
        except re.error as exc:
            raise _fail(f"properties.{name}", f"the pattern does not compile: {exc}") from None
    nomenclature = load_nomenclature()
    splits: list[Split] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.get("splits") or ()):
        where = f"splits[{number}] ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
        if not isinstance(raw, dict) or set(raw) - {"id", "sides", "reason"}:
            raise _fail(where, "expected the keys id, sides and reason only")
        if not raw.get("id") or not raw.get("reason"):
            raise _fail(where, "a split needs an id and a reason")
        if raw["id"] in seen:
            raise _fail(where, f"the id {raw['id']!r} is used twice")
        seen.add(str(raw["id"]))
        sides = raw.get("sides")
        if not isinstance(sides, dict) or len(sides) < 2:
            raise _fail(f"{where}.sides", "expected at least two properties, each with its code prefix")
        compiled: list[tuple[str, re.Pattern[str], str]] = []
        for name, prefix in sides.items():
            if name not in properties:
                raise _fail(f"{where}.sides.{name}", f"unknown property; expected one of {', '.join(properties)}")
            _check_prefix(nomenclature, str(prefix), f"{where}.sides.{name}")
            compiled.append((str(name), properties[str(name)], str(prefix)))
        splits.append(Split(str(raw["id"]), tuple(compiled), " ".join(str(raw["reason"]).split())))
    return tuple(splits)


def _synonyms() -> dict[str, tuple[str, ...]]:
    raw = _read().get("synonyms") or {}
    synonyms: dict[str, tuple[str, ...]] = {}
    for word, targets in raw.items():
        if not isinstance(targets, list) or not all(isinstance(t, str) and t.strip() for t in targets):
            raise _fail(f"synonyms.{word}", f"expected a list of words, got {targets!r}")
        synonyms[fold_text(str(word))] = tuple(targets)
    return synonyms


@lru_cache(maxsize=1)
def subheading_index() -> SubheadingIndex:
    """Read every subheading line once per process."""
    return SubheadingIndex(load_nomenclature(), _synonyms())
