"""Score a query against one listed name, with a reason for every feature that moved the score.

The name decides. Each query word is paired with its closest listed word, best
pairs first, and a pair counts by how alike the two words are:

- the same word: 1.0; the same Korean syllable in another romanisation
  (Choi, Choe; Seok, Sok), where the query or the designation is Korean: 0.97;
- an initial against the word it begins (S. for Sok): 0.75;
- a short word (four letters or fewer) one letter dropped, added or swapped
  ("CHN" for CHUN): 0.85, a typo; one letter replaced ("Song" for Yong, "Min"
  for Man): 0.55, another word, so no pair;
- one Cyrillic name as two transliteration systems write it (Alexei, Aleksey): 0.95;
- a longer word one edit away: 0.88; two edits in a word of eight letters or more: 0.75;
- numbers pair only with the same number ("Thirty-Nine" is 39 by then).

Each word weighs its length plus two; the name's similarity is the matched
weight over the mean weight of both names, so unpaired words count against it.
The query written with the listed name's spacing (KAN GCHOL SU as KANG CHOL SU)
is scored too, always, and the better of the two is kept. Penalties follow,
each a reason of its own: a distinctive word on each side left unpaired (Kenya
against Korea) -0.12 each; another number -0.30; a listed word missing -0.05
and an extra query word -0.03 each; two specific legal forms that differ (AG
against GmbH) -0.25, so the same words under another form are at most a near
match. A legal form that agrees, is generic or is missing changes nothing.

Date of birth and nationality then qualify the score within narrow bounds:
at most +0.05 in total, and only for names that already score 0.85; at most
-0.15 for a clear mismatch. They never make a match out of a weak name nor
hide a strong one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from sanctioneer.parties.designation import Designation, Kind
from sanctioneer.parties.index import NameForm
from sanctioneer.parties.korean import has_hangul, is_korean_token, is_syllable
from sanctioneer.parties.names import GENERIC_FORMS, analyse, keys
from sanctioneer.parties.scripts import transliterate

__all__ = ["Comparison", "PreparedQuery", "Query", "Reason", "compare", "name_similarity", "prepare", "score"]

_KOREAN_COUNTRIES = frozenset({"KP", "KR"})
_MIN_WORD = 0.6
_BONUS_FLOOR = 0.85
_SWAPPED = -0.12
_NUMBERS = -0.30
_MISSING = -0.05
_EXTRA = -0.03
_FORMS = -0.25


@dataclass(frozen=True)
class Query:
    """What to screen: a name, and optionally a date of birth (or year), a country and a kind."""

    name: str
    dob: str | None = None
    country: str | None = None
    kind: Kind | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "dob": self.dob, "country": self.country,
                "kind": self.kind.value if self.kind else None}


@dataclass(frozen=True)
class PreparedQuery:
    """A query with its words computed once for every comparison."""

    query: Query
    words: tuple[str, ...]
    keys: tuple[str, ...]
    korean: bool
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    """One feature's part in a score: its name, its value or adjustment, and what it saw."""

    feature: str
    value: float
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "value": round(self.value, 3), "detail": self.detail}


def prepare(query: Query) -> PreparedQuery:
    """Normalise the query's name once."""
    parts = analyse(query.name)
    korean = has_hangul(query.name) or (query.country or "").upper() in _KOREAN_COUNTRIES
    return PreparedQuery(query, parts.words, keys(parts.words), korean, parts.forms)


def _edit(x: str, y: str) -> str:
    ops = Levenshtein.editops(y, x)
    if OSA.distance(x, y) == 1 and len(ops) == 2:
        return "letters swapped"
    op = next(iter(ops))
    if op.tag == "delete":
        return f"dropped {y[op.src_pos]!r}"
    if op.tag == "insert":
        return f"added {x[op.dest_pos]!r}"
    return f"{y[op.src_pos]!r} written {x[op.dest_pos]!r}"


@lru_cache(maxsize=524288)
def _pair(x: str, y: str, kx: str, ky: str, korean: bool) -> tuple[float, str]:
    """Return how alike query word `x` and listed word `y` are, and what was seen."""
    if x == y:
        return 1.0, "same"
    if x.isdigit() or y.isdigit():
        return 0.0, "numbers differ"
    if korean and kx == ky:
        return 0.97, "romanisation variant"
    if len(x) == 1 or len(y) == 1:
        return (0.75, "initial") if x[0] == y[0] else (0.0, "")
    if min(len(x), len(y)) >= 4 and _latin(x) == _latin(y):
        return 0.95, "transliteration variant"
    if korean and (kx != x or ky != y) and OSA.distance(kx, ky) < OSA.distance(x, y):
        x, y = kx, ky
    distance = OSA.distance(x, y)
    if distance == 1 and korean and is_syllable(x) and is_syllable(y) and Levenshtein.distance(x, y) == 1:
        # Both read as Korean syllables: a letter more, less or other is another syllable (Yong, Myong; Hwang, Kwang).
        return 0.55, f"another syllable ({_edit(x, y)})"
    if min(len(x), len(y)) <= 4:
        if distance != 1:
            return 0.0, ""
        shorter = x if len(x) < len(y) else y
        typed = korean and not is_syllable(shorter) and len(x) != len(y)
        if (len(x) == len(y) and Levenshtein.distance(x, y) == 1) or (min(len(x), len(y)) < 3 and not typed):
            # One letter replaced in a short word is another word: Min is not Man, Song is not Yong.
            return 0.55, f"another word ({_edit(x, y)})"
        return 0.85, f"typo ({_edit(x, y)})"
    if distance == 1:
        return 0.88, f"typo ({_edit(x, y)})"
    if distance == 2 and min(len(x), len(y)) >= 8:
        return 0.75, "two typos"
    return 0.0, ""


_LATIN = (
    (re.compile("x"), "ks"), (re.compile("kh"), "h"), (re.compile("^ye"), "e"),
    (re.compile("(?<=[bcdfgklmnprstvz])yo"), "e"),
    (re.compile("(?<=[aeiou])y(?=[aeiou])"), "i"), (re.compile("(iy|ii|yi|ey|ei|y)$"), "i"), (re.compile("y"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
)


@lru_cache(maxsize=262144)
def _latin(word: str) -> str:
    # The ways Latin-script lists write one Cyrillic name: Alexei, Aleksey; Yevgeny, Evgeniy; Pyotr, Petr.
    for pattern, replacement in _LATIN:
        word = pattern.sub(replacement, word)
    return word


@dataclass(frozen=True)
class Comparison:
    """How two names compare word by word: the similarity, the pairs, and the words left over."""

    similarity: float
    pairs: tuple[tuple[str, str, float, str], ...]
    extra: tuple[str, ...]
    missing: tuple[str, ...]
    middle: tuple[str, ...] = ()
    """Middle words of the listed name the query leaves out, counted a quarter."""

    def describe(self) -> str:
        shown = []
        for x, y, similarity, seen in self.pairs:
            shown.append(f"{x}={y}" if seen == "same" else f"{x}~{y} {similarity:.2f} {seen}")
        if self.middle:
            shown.append(f"listed middle name not in the query: {' '.join(self.middle)}")
        return "; ".join(shown)


def _weight(word: str) -> int:
    return len(word) + 2


def compare(a: tuple[str, ...], b: tuple[str, ...], *, ka: tuple[str, ...] | None = None,
            kb: tuple[str, ...] | None = None, korean: bool = False) -> Comparison:
    """Compare query words `a` with listed words `b` (and their folded keys) word by word."""
    ka = ka if ka is not None else a
    kb = kb if kb is not None else b
    # The pairs alike enough to count, most alike first (then by position): each word is paired once.
    scored: list[tuple[float, int, int, str]] = []
    for i, x in enumerate(a):
        kx = ka[i]
        for j, y in enumerate(b):
            similarity, seen = _pair(x, y, kx, kb[j], korean)
            if similarity >= _MIN_WORD:
                scored.append((-similarity, i, j, seen))
    if not scored:
        # Nothing alike: every query word is extra and every listed word missing.
        return Comparison(0.0, (), a, b, ())
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = 0.0
    pairs: list[tuple[int, int, float, str]] = []
    for negative, i, j, seen in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched += -negative * (len(a[i]) + 2 + len(b[j]) + 2) / 2
        pairs.append((i, j, -negative, seen))
    # A middle word of the listed name that the query leaves out (a patronymic, a second given name)
    # counts a quarter: lists write names in full, people do not.
    inner = {j for j in range(1, len(b) - 1) if j not in used_b} if len(used_a) == len(a) and (
        min(used_b) == 0 or max(used_b) == len(b) - 1) else set()
    if inner:
        listed_weight = sum(_weight(y) * (0.25 if j in inner else 1.0) for j, y in enumerate(b))
    else:
        listed_weight = float(sum(map(len, b)) + 2 * len(b))
    total = (sum(map(len, a)) + 2 * len(a) + listed_weight) / 2
    pairs.sort()
    return Comparison(
        matched / total if total else 0.0,
        tuple((a[i], b[j], similarity, seen) for i, j, similarity, seen in pairs),
        tuple(x for i, x in enumerate(a) if i not in used_a) if len(used_a) < len(a) else (),
        tuple(y for j, y in enumerate(b) if j not in used_b and j not in inner),
        tuple(b[j] for j in sorted(inner)),
    )


def _respaced(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return query words `a` cut where listed words `b` are cut, when written together they are close.

    A name of three words or more is also tried without its middle words (a patronymic left out).
    """
    found = _cut_like(a, b)
    if found is None and len(b) >= 3 and len(a) < len(b):
        found = _cut_like(a, (b[0], b[-1]))
    return found


def _cut_like(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:
        return b
    if Levenshtein.normalized_similarity(joined_a, joined_b) < 0.8:
        return None
    cuts, position = [], 0
    for word in b[:-1]:
        position += len(word)
        cuts.append(position)
    mapped = [0]
    for cut in cuts:
        for op in Levenshtein.opcodes(joined_b, joined_a):
            if op.src_start <= cut <= op.src_end:
                mapped.append(min(op.dest_start + (cut - op.src_start), op.dest_end))
                break
    mapped.append(len(joined_a))
    words = tuple(joined_a[s:e] for s, e in itertools.pairwise(mapped))
    return words if all(words) and words != a else None


def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Return how alike two names are, from their words: 1.0 for the same words in any order."""
    if not a or not b:
        return 0.0
    return _name(a, b, keys(a), keys(b), korean=True)[0]


def _name(a: tuple[str, ...], b: tuple[str, ...], ka: tuple[str, ...], kb: tuple[str, ...], *,
          korean: bool) -> tuple[float, Comparison, bool, list[Reason]]:
    """Return the name score with its penalties, the comparison it rests on, and whether it was respaced."""
    plain = compare(a, b, ka=ka, kb=kb, korean=korean)
    best = (plain, False)
    respaced = _respaced(a, b)
    if respaced is not None:
        other = compare(respaced, b, ka=keys(respaced), kb=kb, korean=korean)
        if other.similarity - 0.01 > plain.similarity:
            best = (Comparison(other.similarity - 0.01, other.pairs, other.extra, other.missing, other.middle), True)
    comparison, spaced = best
    penalties: list[Reason] = []
    extra_numbers = [w for w in comparison.extra if w.isdigit()]
    missing_numbers = [w for w in comparison.missing if w.isdigit()]
    if missing_numbers:
        penalties.append(Reason("numbers", _NUMBERS, f"the numbers differ: {' '.join(extra_numbers) or '-'} "
                                                     f"against the listed {' '.join(missing_numbers)}"))
    extra = [w for w in comparison.extra if not w.isdigit() and len(w) > 1]
    missing = [w for w in comparison.missing if not w.isdigit()]
    swapped = min(len(extra), len(missing))
    if swapped:
        penalties.append(Reason("swapped", max(_SWAPPED * swapped, -0.3),
                                f"{', '.join(extra[:swapped])} in place of the listed {', '.join(missing[:swapped])}"))
    if len(missing) > swapped:
        rest = missing[swapped:]
        penalties.append(Reason("missing", _MISSING * len(rest), f"listed words not in the query: {', '.join(rest)}"))
    if len(extra) > swapped:
        rest = extra[swapped:]
        penalties.append(Reason("extra", _EXTRA * len(rest), f"query words not in the listed name: {', '.join(rest)}"))
    total = comparison.similarity + sum(r.value for r in penalties)
    return max(0.0, total), comparison, spaced, penalties


def _korean(designation: Designation) -> bool:
    if designation.is_dprk or (designation.regime or "").upper() == "DPRK":
        return True
    return any("korea" in n.casefold() or n.upper() in _KOREAN_COUNTRIES for n in designation.nationalities)


def _years(value: str) -> set[int]:
    found = [int(y) for y in re.findall(r"\d{4}", value)]
    if len(found) == 2 and ".." in value:
        return set(range(min(found), max(found) + 1))
    return set(found)


def _dob(query: str, listed: tuple[str, ...]) -> Reason | None:
    if not listed:
        return Reason("dob", 0.0, "no date of birth on the list")
    asked = query.strip()
    if any(asked == value or value.startswith(asked) or asked.startswith(value) for value in listed):
        return Reason("dob", 0.03, f"date of birth {asked} matches the listed {', '.join(listed)}")
    asked_years = _years(asked)
    listed_years = set().union(*(_years(v) for v in listed))
    if not asked_years or not listed_years:
        return None
    if any(abs(a - b) <= 1 for a in asked_years for b in listed_years):
        return Reason("dob", 0.01, f"year of birth {asked} is within a year of the listed {', '.join(listed)}")
    return Reason("dob", -0.10, f"date of birth {asked} differs from the listed {', '.join(listed)}")


def _country_code(value: str) -> str | None:
    from sanctioneer.countries import normalise_country
    from sanctioneer.errors import InputError

    try:
        return normalise_country(value, where="nationality")
    except InputError:
        return None


def _country(query: str, listed: tuple[str, ...]) -> Reason:
    if not listed:
        return Reason("country", 0.0, "no nationality on the list")
    codes = {code for code in map(_country_code, listed) if code}
    wanted = _country_code(query) or query.upper()
    if wanted in codes:
        return Reason("country", 0.02, f"country {wanted} matches the listed nationality {', '.join(listed)}")
    return Reason("country", -0.05, f"country {wanted} differs from the listed nationality {', '.join(listed)}")


def score(prepared: PreparedQuery, form: NameForm, designation: Designation, *,
          floor: float | None = None) -> tuple[float, tuple[Reason, ...]]:
    """Score one listed name against the query; return the score (0 to 1) and the reasons behind it.

    With `floor`, a score under it comes back without its reasons, which only a match needs.
    """
    a, b = prepared.words, form.words
    korean = prepared.korean or _korean(designation) or (
        all(map(is_korean_token, b)) and 2 * sum(map(is_korean_token, a)) >= len(a))
    if not a or not b:
        return 0.0, (Reason("name", 0.0, "no words to compare"),)
    if sorted(a) == sorted(b):
        name, comparison, spaced = 1.0, compare(a, b), False
        reasons: list[Reason] = []
    else:
        name, comparison, spaced, reasons = _name(a, b, prepared.keys, form.keys, korean=korean)
        name = name - sum(r.value for r in reasons)
    named = name
    if prepared.forms and form.forms:
        ours = frozenset(prepared.forms) - GENERIC_FORMS
        theirs = frozenset(form.forms) - GENERIC_FORMS
        if ours and theirs and not ours & theirs:
            reasons.append(Reason("legal form", _FORMS, f"legal form {'/'.join(sorted(ours))} against the listed "
                                                        f"{'/'.join(sorted(theirs))}: different companies"))
    if form.quality and form.quality.casefold() == "low":
        # Low-quality aliases are the list's own warning of weak identifiers (a given name, a nickname).
        penalty = -0.10 if len(form.words) == 1 else -0.05
        reasons.append(Reason("alias", penalty, f"matched a low-quality alias: {form.name!r}"))
    elif form.quality and form.quality != "primary":
        reasons.append(Reason("alias", 0.0, f"matched the alias {form.name!r} ({form.quality})"))
    query = prepared.query
    if query.dob:
        dob = _dob(query.dob, designation.dates_of_birth)
        if dob is not None:
            reasons.append(dob)
    if query.country:
        reasons.append(_country(query.country, designation.nationalities))
    qualifiers = [r for r in reasons if r.feature in ("dob", "country")]
    bonus = sum(r.value for r in qualifiers if r.value > 0)
    malus = sum(r.value for r in qualifiers if r.value < 0)
    adjust = sum(r.value for r in reasons if r.feature not in ("dob", "country"))
    name += adjust
    total = name + (min(bonus, 0.05) if name >= _BONUS_FLOOR else 0.0) + max(malus, -0.15)
    value = round(min(1.0, max(0.0, total)), 3)
    if floor is not None and value < floor:
        return value, ()
    detail = f"{' '.join(a)!r} ~ {' '.join(b)!r}: {comparison.describe()}"
    if spaced:
        detail += " (compared with the listed spacing)"
    if has_hangul(query.name):
        detail = f"{query.name!r} romanised as DPRK listings write it; {detail}"
    elif not query.name.isascii() and transliterate(query.name) != query.name:
        detail = f"{query.name!r} written in Latin letters; {detail}"
    return value, (Reason("name", named, detail), *reasons)
