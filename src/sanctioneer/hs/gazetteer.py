"""The gazetteer of brands, models and trade names, and the override rules, as shipped in `hs/data/`.

Both files are written for this project and read by a strict loader: unknown and missing keys,
duplicate YAML keys, group names or rule ids used twice, codes that are not codes, patterns that do
not compile and two terms that match on the same words are errors naming the file and the entry.
Tests check that every code exists in HS 2022 and run the cases of every rule (`hs/cases/rules.yaml`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.hs.lexical import singular

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
    "read_gazetteer",
    "read_rules",
    "term_key",
]

#: How much a hit of each kind weighs against other evidence (see the header of gazetteer.yaml).
KIND_WEIGHTS: dict[str, float] = {
    "goods": 1.0, "model": 0.95, "brand": 0.7, "vague": 0.5, "weak": 0.45, "unspecific": 0.45, "material": 0.4,
}

_TOKEN = re.compile(r"[a-z0-9]+")
# Words after which a second noun phrase describes purpose or parts, not the goods themselves.
_MARKERS = frozenset({"for", "with", "in", "including", "containing", "incl", "fitted", "plus", "to", "on"})


def fold(text: str) -> str:
    """Lower-case a text and strip its accents, so "Hermès" and "hermes" read alike."""
    if text.isascii():
        # Plain ASCII has no accents to strip (NFKD leaves it as it is): the common case, read without the scan.
        return text.lower().replace("&", " and ")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """The text folded as `fold` folds it, and for each folded character the place in `text` it comes from (one
    more place at the end), so that words found in the folded text are cut from the text as written: "&" folds to
    " and " and an accented letter may fold to two characters."""
    if text.isascii() and "&" not in text:
        return text.lower(), list(range(len(text) + 1))
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    origins.append(len(text))
    return "".join(parts), origins


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(singular(w) for w in words)


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
        self._endings: dict[tuple[str, ...], frozenset[str]] | None = None
        self.longest = 1
        for term in terms:
            key = term_key(term.text)
            if not key:
                continue
            # First entry wins (`read_gazetteer` refuses two terms on the same words).
            self._index.setdefault(key, term)
            self.longest = max(self.longest, len(key))

    def __len__(self) -> int:
        return len(self.terms)

    def headings_ending(self, key: tuple[str, ...]) -> frozenset[str]:
        """The headings of every term whose words end with `key` (the term of those words and those that qualify it):
        "rifle" gives 93.03 for itself and 93.01 and 93.04 for "assault rifle" and "air rifle"."""
        if self._endings is None:
            endings: dict[tuple[str, ...], set[str]] = {}
            for words, term in self._index.items():
                for start in range(len(words)):
                    # Words after "for" or "of" say what the goods serve, not which goods: "harness for horses".
                    if start and words[start - 1] in _MARKERS | {"of"}:
                        break
                    endings.setdefault(words[start:], set()).add(term.code[:4])
            self._endings = {words: frozenset(codes) for words, codes in endings.items()}
        return self._endings.get(key, frozenset())

    def _forward(self, words: tuple[str, ...]) -> list[tuple[int, int, Term]]:
        taken: list[tuple[int, int, Term]] = []
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                term = self._index.get(tuple(words[i : i + size]))
                if term is not None:
                    taken.append((i, i + size, term))
                    i += size
                    break
            else:
                i += 1
        return taken

    def _backward(self, words: tuple[str, ...]) -> list[tuple[int, int, Term]]:
        taken: list[tuple[int, int, Term]] = []
        j = len(words)
        while j > 0:
            for size in range(min(self.longest, j), 0, -1):
                term = self._index.get(tuple(words[j - size : j]))
                if term is not None:
                    taken.append((j - size, j, term))
                    j -= size
                    break
            else:
                j -= 1
        taken.reverse()
        return taken

    def find(self, text: str) -> list[TermHit]:
        """Return the terms found in a text, left to right, none overlapping.

        The text is read twice, the longest term at each place from the left, and the longest term
        ending at each place from the right; the reading that covers more words wins, so "diesel fuel
        injection tubes" reads as "diesel" + "fuel injection tube", not "diesel fuel" + "tube". A term
        right after "non" is denied, not found.
        """
        folded, origins = _folded_with_origins(text)
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        words = _key([folded[a:b] for a, b in spans])
        raw = [folded[a:b] for a, b in spans]
        forward = self._forward(words)
        backward = self._backward(words)
        # Of the two readings, the one that covers more words; on a tie, the one read from the left.
        covered = sum(end - start for start, end, _ in backward) > sum(end - start for start, end, _ in forward)
        taken = backward if covered else forward
        # "Non-" denies the term it comes before: "non-lead crystal" is not lead crystal, "non-alloy steel" not alloy
        # steel (a term that begins with it, "non-woven fabric", is read whole).
        taken = [(start, end, term) for start, end, term in taken if start == 0 or raw[start - 1] != "non"]
        found: list[tuple[Term, str, bool]] = []
        marker_after_hit = False
        previous_end: int | None = None
        for start, end, term in taken:
            if previous_end is not None and any(w in _MARKERS for w in raw[previous_end:start]):
                marker_after_hit = True
            # The words as the text writes them: a folded place is mapped back ("Trading & Supply" is longer folded).
            begin, finish = origins[spans[start][0]], origins[spans[end - 1][1] - 1] + 1
            found.append((term, text[begin:finish], marker_after_hit))
            previous_end = end
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
    within: tuple[str, ...]
    """The chapters or headings whose candidates the rule refines; empty when it proposes goods of its own."""
    reason: str
    source: str = ""
    """What justifies the rule: the HS text, chapter note or ruling it follows."""
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


_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_CODE_LENGTHS = (4, 6)


def _packaged(name: str) -> Path:
    return Path(str(resources.files("sanctioneer.hs") / "data" / name))


class _Entry:
    """A value of a classifier data file with its path in the file, for errors that say where."""

    def __init__(self, value: Any, file: str, path: str) -> None:
        self.value = value
        self.file = file
        self.path = path

    def fail(self, message: str, fix: str = "correct the data file") -> InputError:
        return InputError(message, where=f"{self.file}: {self.path}" if self.path else self.file, fix=fix)

    def child(self, key: str | int) -> _Entry:
        if isinstance(self.value, list) and isinstance(key, int):
            return _Entry(self.value[key], self.file, f"{self.path}[{key}]")
        return _Entry(self.value.get(key), self.file, f"{self.path}.{key}" if self.path else str(key))

    def mapping(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping with the keys {', '.join(required)}, got {_kind(self.value)}")
        allowed = (*required, *optional)
        unknown = sorted(str(key) for key in self.value if key not in allowed)
        if unknown:
            raise self.fail(f"unknown key {unknown[0]!r}", fix=f"allowed keys: {', '.join(sorted(allowed))}")
        missing = [key for key in required if key not in self.value]
        if missing:
            raise self.fail(f"missing required key {missing[0]!r}")

    def items(self) -> list[_Entry]:
        if not isinstance(self.value, list) or not self.value:
            raise self.fail(f"expected a non-empty list, got {_kind(self.value)}")
        return [self.child(index) for index in range(len(self.value))]

    def text(self) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            raise self.fail(f"expected text, got {_kind(self.value)}")
        text = " ".join(str(self.value).split())
        if not text:
            raise self.fail("expected text, got an empty value")
        return text

    def code(self, lengths: tuple[int, ...] = _CODE_LENGTHS) -> str:
        if not isinstance(self.value, str):
            # Unquoted, YAML reads a code as a number and drops its leading zero.
            raise self.fail(
                f"expected an HS code in quotes, got {self.value!r}", fix="quote the code, with its leading zeros"
            )
        code = self.text()
        if not code.isdigit() or len(code) not in lengths:
            digits = " or ".join(str(n) for n in lengths)
            raise self.fail(f"expected an HS code of {digits} digits, without dots, got {code!r}")
        return code

    def pattern(self) -> re.Pattern[str]:
        text = self.text()
        try:
            return re.compile(text)
        except re.error as exc:
            raise self.fail(f"the pattern {text!r} does not compile: {exc}") from None


def _codes(entry: _Entry, lengths: tuple[int, ...]) -> tuple[str, ...]:
    """Read one code, or a list of them."""
    return tuple(e.code(lengths) for e in entry.items()) if isinstance(entry.value, list) else (entry.code(lengths),)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true or false"}.get(
        type(value), type(value).__name__
    )


def _label(value: Any, key: str) -> str:
    """The name of an entry for error messages, or "?" when it has none yet."""
    return str(value.get(key) or "?") if isinstance(value, dict) else "?"


def _read(path: Path, top: str) -> _Entry:
    from sanctioneer.rulebook.loader import read_yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the file: {exc}", where=str(path)) from None
    root = _Entry(read_yaml(text, name=path.name), path.name, "")
    root.mapping((top,))
    return root.child(top)


def term_key(text: str) -> tuple[str, ...]:
    """Return the words a gazetteer term matches on: folded, singular, one spelling ("Armoured SUVs" -> armored suv)."""
    return tuple(singular(word) for word in _TOKEN.findall(fold(text)))


def read_gazetteer(path: Path) -> Gazetteer:
    """Read and check a gazetteer file.

    Every group has a unique name, a kind, a source and its codes; every term gives words to match
    on, and no two terms match on the same words (a description could not tell them apart).

    Raises:
        InputError: the file is malformed; the message names the file, the group, the code and the term.
    """
    terms: list[Term] = []
    names: dict[str, str] = {}
    keys: dict[tuple[str, ...], tuple[str, Term]] = {}
    for index, raw in enumerate(_read(path, "groups").items()):
        group = _Entry(raw.value, raw.file, f"{raw.path} ({_label(raw.value, 'group')})")
        group.mapping(("group", "kind", "source", "codes"))
        name = group.child("group").text()
        if name in names:
            raise group.child("group").fail(f"the group {name!r} is named twice (first at {names[name]})")
        names[name] = f"groups[{index}]"
        kind = group.child("kind").text()
        if kind not in KIND_WEIGHTS:
            raise group.child("kind").fail(f"expected one of {', '.join(KIND_WEIGHTS)}, got {kind!r}")
        source = group.child("source").text()
        codes = group.child("codes")
        if not isinstance(codes.value, dict) or not codes.value:
            raise codes.fail(f"expected a mapping of HS codes to lists of terms, got {_kind(codes.value)}")
        for raw_code in codes.value:
            entry = codes.child(raw_code)
            code = _Entry(raw_code, entry.file, entry.path).code()
            for word in entry.items():
                term = Term(word.text(), code, kind, name, source)
                key = term_key(term.text)
                if not key:
                    raise word.fail(f"the term {term.text!r} has no word to match on")
                if key in keys:
                    where, first = keys[key]
                    raise word.fail(
                        f"the term {term.text!r} ({code}) matches the same words as {first.text!r} "
                        f"({first.code}, at {where}): a description cannot tell them apart",
                        fix="keep one of the two terms, or make one longer so that it names the goods",
                    )
                keys[key] = (word.path, term)
                terms.append(term)
    return Gazetteer(terms)


def read_rules(path: Path) -> tuple[Rule, ...]:
    """Read, check and compile an override rules file.

    Raises:
        InputError: a rule has an unknown or missing key, an id used twice, a code that is not one,
            or a pattern that does not compile; the message names the file and the rule.
    """
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(_read(path, "rules").items()):
        entry = _Entry(raw.value, raw.file, f"{raw.path} ({_label(raw.value, 'id')})")
        entry.mapping(("id", "all", "reason", "source"), ("none", "hs", "demote", "within", "keep_suffix"))
        rule_id = entry.child("id").text()
        if not _ID.fullmatch(rule_id):
            raise entry.child("id").fail(f"expected an id of lower-case words joined by hyphens, got {rule_id!r}")
        if rule_id in seen:
            raise entry.child("id").fail(f"the id {rule_id!r} is used twice (first at {seen[rule_id]})")
        seen[rule_id] = f"rules[{index}]"
        hs = entry.child("hs").code() if "hs" in entry.value else None
        within = _codes(entry.child("within"), (2, 4)) if "within" in entry.value else ()
        demote = tuple(d.code((2, 4)) for d in entry.child("demote").items()) if "demote" in entry.value else ()
        if hs is None and not demote:
            raise entry.fail("a rule must give a code (hs) or rule some out (demote)")
        if within and hs is None:
            raise entry.child("within").fail("a refining rule (within) must give the code it refines to (hs)")
        keep_suffix = entry.child("keep_suffix").value if "keep_suffix" in entry.value else False
        if not isinstance(keep_suffix, bool):
            raise entry.child("keep_suffix").fail(f"expected true or false, got {keep_suffix!r}")
        if keep_suffix and (not within or hs is None or len(hs) != 4):
            raise entry.child("keep_suffix").fail("keep_suffix moves a subheading to a parallel heading: "
                                                  "it needs within and a 4-digit hs")
        rules.append(
            Rule(
                id=rule_id,
                all=tuple(p.pattern() for p in entry.child("all").items()),
                none=tuple(p.pattern() for p in entry.child("none").items()) if "none" in entry.value else (),
                hs=hs,
                demote=demote,
                within=within,
                reason=entry.child("reason").text(),
                source=entry.child("source").text(),
                keep_suffix=keep_suffix,
            )
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the packaged `hs/data/gazetteer.yaml` once per process (see `read_gazetteer`)."""
    return read_gazetteer(_packaged("gazetteer.yaml"))


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Read the packaged `hs/data/rules.yaml` once per process (see `read_rules`)."""
    return read_rules(_packaged("rules.yaml"))
