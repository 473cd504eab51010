"""The gazetteer of brands, models and trade names, and the override rules, as shipped in `hs/data/`.

Both files are written for this project and checked by tests: every code must exist in HS 2022,
every term must be unique, every rule must compile.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from sanctioneer.errors import InputError
from sanctioneer.hs.lexical import stem

__all__ = [
    "KIND_WEIGHTS",
    "Gazetteer",
    "Rule",
    "RuleHit",
    "Term",
    "TermHit",
    "fold",
    "load_gazetteer",
    "load_rules",
]

#: How much a hit of each kind weighs against other evidence (see the header of gazetteer.yaml).
KIND_WEIGHTS: dict[str, float] = {
    "goods": 1.0, "model": 0.95, "brand": 0.7, "vague": 0.5, "weak": 0.45, "material": 0.4,
}

_TOKEN = re.compile(r"[a-z0-9]+")
# Words after which a second noun phrase describes purpose or parts, not the goods themselves.
_MARKERS = frozenset({"for", "with", "in", "including", "containing", "incl", "fitted", "plus", "to", "on"})


def fold(text: str) -> str:
    """Lower-case a text and strip its accents, so "Hermès" and "hermes" read alike."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


@dataclass(frozen=True)
class Term:
    """One gazetteer entry: the words, the code they stand for, and where the entry comes from."""

    text: str
    code: str
    kind: str
    group: str
    source: str

    @property
    def weight(self) -> float:
        return KIND_WEIGHTS[self.kind]


@dataclass(frozen=True)
class TermHit:
    """A gazetteer term found in a description, with the words as written there."""

    term: Term
    matched: str
    position: int
    """Index of the hit among the hits of the description (the last is usually the head noun)."""
    last: bool
    subordinate: bool = False
    """True when the hit follows "for", "with", "in"... after another hit: it says what the goods serve or hold."""


class Gazetteer:
    """Terms indexed by their word sequence; matching is leftmost-longest over the description's words."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = tuple(terms)
        self._index: dict[tuple[str, ...], Term] = {}
        self.longest = 1
        for term in terms:
            key = _key(_TOKEN.findall(fold(term.text)))
            if not key:
                continue
            # First entry wins: the file is ordered from the most specific groups to the broadest.
            self._index.setdefault(key, term)
            self.longest = max(self.longest, len(key))

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, text: str) -> list[TermHit]:
        """Return the terms found in a text, left to right, none overlapping, the longest at each place."""
        folded = fold(text)
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        words = _key([folded[a:b] for a, b in spans])
        raw = [folded[a:b] for a, b in spans]
        found: list[tuple[Term, str, bool]] = []
        marker_after_hit = False
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                term = self._index.get(tuple(words[i : i + size]))
                if term is not None:
                    found.append((term, text[spans[i][0] : spans[i + size - 1][1]], marker_after_hit))
                    i += size
                    break
            else:
                if found and raw[i] in _MARKERS:
                    marker_after_hit = True
                i += 1
        return [
            TermHit(term, matched, position, position == len(found) - 1, subordinate)
            for position, (term, matched, subordinate) in enumerate(found)
        ]


@dataclass(frozen=True)
class Rule:
    """An override rule: patterns that must and must not appear, and the code it gives or rules out."""

    id: str
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]
    hs: str | None
    demote: tuple[str, ...]
    within: str | None
    reason: str
    keep_suffix: bool = False
    """When moving to a parallel heading (91.02 -> 91.01), keep the subheading's last two digits."""

    def fire(self, folded: str) -> str | None:
        """Return the words that made the rule fire in an already folded text, or None."""
        matched: list[str] = []
        for pattern in self.all:
            found = pattern.search(folded)
            if found is None:
                return None
            matched.append(found.group(0))
        if any(pattern.search(folded) for pattern in self.none):
            return None
        return " + ".join(matched)


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired on a description, with the words that made it fire."""

    rule: Rule
    matched: str


def _data(name: str) -> tuple[Any, str]:
    text = (resources.files("sanctioneer.hs") / "data" / name).read_text(encoding="utf-8")
    return yaml.safe_load(text), name


def _fail(name: str, path: str, message: str) -> InputError:
    return InputError(message, where=f"{name}: {path}", fix="correct the packaged data file")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read `hs/data/gazetteer.yaml` once per process.

    Raises:
        InputError: the file is malformed; the message names the group and code.
    """
    data, name = _data("gazetteer.yaml")
    terms: list[Term] = []
    for index, group in enumerate(data.get("groups", [])):
        where = f"groups[{index}]"
        kind = group.get("kind")
        if kind not in KIND_WEIGHTS:
            raise _fail(name, f"{where}.kind", f"expected one of {', '.join(KIND_WEIGHTS)}, got {kind!r}")
        for code, words in (group.get("codes") or {}).items():
            code = str(code)
            if not code.isdigit() or len(code) not in (4, 6):
                raise _fail(name, f"{where}.codes.{code}", f"expected a 4- or 6-digit HS code, got {code!r}")
            for word in words or ():
                terms.append(Term(str(word), code, kind, str(group["group"]), str(group["source"])))
    return Gazetteer(terms)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Read and compile `hs/data/rules.yaml` once per process.

    Raises:
        InputError: a rule is malformed or a pattern does not compile; the message names the rule.
    """
    data, name = _data("rules.yaml")
    rules: list[Rule] = []
    for index, raw in enumerate(data.get("rules", [])):
        where = f"rules[{index}] ({raw.get('id', '?')})"
        try:
            compiled_all = tuple(re.compile(p) for p in raw["all"])
            compiled_none = tuple(re.compile(p) for p in raw.get("none", ()))
        except (re.error, KeyError) as exc:
            raise _fail(name, where, f"bad pattern or missing `all`: {exc}") from None
        hs = raw.get("hs")
        rules.append(
            Rule(
                id=str(raw["id"]),
                all=compiled_all,
                none=compiled_none,
                hs=str(hs) if hs is not None else None,
                demote=tuple(str(d) for d in raw.get("demote", ())),
                within=str(raw["within"]) if "within" in raw else None,
                reason=" ".join(str(raw["reason"]).split()),
                keep_suffix=bool(raw.get("keep_suffix", False)),
            )
        )
    return tuple(rules)
