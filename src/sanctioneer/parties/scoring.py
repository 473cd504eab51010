"""Score a query against one listed name, with a reason for every feature that moved the score.

The name decides. Its similarity is the better of two comparisons, plain
words and, where the designation or the query is Korean, folded words (DPRK
romanisation variants made equal). Each comparison averages a character
measure (words sorted, so order does not matter; or written together, so
"Sokmin" meets "Sok Min") and a word measure (each query word paired with its
closest listed word, weighted by length, with unpaired words counting against).
Date of birth and nationality then qualify the score within narrow bounds:
at most +0.05 in total, and only for names that already score 0.85; at most
-0.15 for a clear mismatch. They never make a match out of a weak name nor
hide a strong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from sanctioneer.parties.designation import Designation, Kind
from sanctioneer.parties.index import NameForm
from sanctioneer.parties.korean import has_hangul
from sanctioneer.parties.names import keys, tokens

__all__ = ["PreparedQuery", "Query", "Reason", "name_similarity", "prepare", "score"]

_KOREAN_COUNTRIES = frozenset({"KP", "KR"})
_MIN_WORD = 0.6
_BONUS_FLOOR = 0.85


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
    words = tokens(query.name)
    korean = has_hangul(query.name) or (query.country or "").upper() in _KOREAN_COUNTRIES
    return PreparedQuery(query, words, keys(words), korean)


def _pair(x: str, y: str) -> float:
    if x == y:
        return 1.0
    # One letter off in a short word is another word: Mun is not Un, Song is not Pyong,
    # Chong is not Chon (정 and 전 are different family names).
    if min(len(x), len(y)) <= 4:
        return 0.0
    similarity = fuzz.ratio(x, y) / 100.0
    return similarity if similarity >= 0.8 else 0.0


def _words(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    # Greedy pairing, best pairs first; a pair below _MIN_WORD is no pair (Min is not Yong).
    # Each word weighs its length plus two, so a short family name left unpaired still counts.
    pairs = sorted(((_pair(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = 0.0
    for similarity, i, j in pairs:
        if similarity < _MIN_WORD or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched += similarity * (len(a[i]) + len(b[j]) + 4) / 2
    total = (sum(map(len, a)) + sum(map(len, b)) + 2 * (len(a) + len(b))) / 2
    return matched / total if total else 0.0


def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Return how alike two names are, from their words: 1.0 for the same words in any order."""
    if not a or not b:
        return 0.0
    if sorted(a) == sorted(b):
        return 1.0
    characters = fuzz.ratio(" ".join(sorted(a)), " ".join(sorted(b))) / 100.0
    combined = 0.4 * characters + 0.6 * _words(a, b)
    if len(a) == len(b):
        return combined
    # Words joined or split differently (Sokmin, Sok Min): compare the names written together.
    together = fuzz.ratio("".join(a), "".join(b)) / 100.0
    return max(combined, together if together >= 0.9 else 0.0)


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


def score(prepared: PreparedQuery, form: NameForm, designation: Designation) -> tuple[float, tuple[Reason, ...]]:
    """Score one listed name against the query; return the score (0 to 1) and the reasons behind it."""
    plain = name_similarity(prepared.words, form.words)
    name, detail = plain, f"{' '.join(prepared.words)!r} ~ {' '.join(form.words)!r}"
    korean = prepared.korean or _korean(designation)
    if korean and (prepared.keys != prepared.words or form.keys != form.words):
        folded = name_similarity(prepared.keys, form.keys)
        if folded > plain:
            name = folded
            changes = [f"{w}->{k}" for w, k in zip(prepared.words + form.words, prepared.keys + form.keys,
                                                     strict=True) if w != k]
            detail += f" as Korean romanisation variants ({', '.join(dict.fromkeys(changes))})"
    if has_hangul(prepared.query.name):
        detail = f"{prepared.query.name!r} romanised as DPRK listings write it; {detail}"
    reasons = [Reason("name", name, detail)]
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
    bonus = sum(r.value for r in reasons[1:] if r.value > 0 and r.feature != "alias")
    malus = sum(r.value for r in reasons[1:] if r.value < 0 and r.feature != "alias")
    alias = sum(r.value for r in reasons[1:] if r.feature == "alias")
    total = name + alias + (min(bonus, 0.05) if name >= _BONUS_FLOOR else 0.0) + max(malus, -0.15)
    return round(min(1.0, max(0.0, total)), 3), tuple(reasons)
