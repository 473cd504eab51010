"""A candidate index over listed names, so a query is compared with a few names, not the whole list.

Every name is cut into folded words (see `names.keys`); the index maps each
word, and each pair of adjacent words written together ("sok min" -> "sokmin"),
to the names that carry it. A query word also reaches listed words one edit
away through a deletion index over the vocabulary (symmetric delete, as in
SymSpell), so typos still find their name. Only the rarer half of the query's
words (rounded up, plus one) are looked up: a name that shares most of the
query's words must share one of those, and common words ("kim", "trading")
would otherwise bring in thousands of names. Cost therefore follows the rarity of the query's words, not
the size of the list.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sanctioneer.parties.designation import Designation
from sanctioneer.parties.names import keys, split_parenthesis, tokens

__all__ = ["NameForm", "NameIndex", "index_terms"]

# Words shorter than this are looked up exactly: one edit away from "ri" is half the alphabet.
_FUZZY_MIN = 4
# A word carried by more names than this is skipped when rarer words are available.
_COMMON = 20000


@dataclass(frozen=True)
class NameForm:
    """One name of one designation, ready to compare: its words and their folded keys."""

    designation: int
    name: str
    quality: str | None
    words: tuple[str, ...]
    keys: tuple[str, ...]


def index_terms(folded: tuple[str, ...]) -> tuple[str, ...]:
    """Return the words to index a name under: each key and each adjacent pair joined."""
    joined = tuple(a + b for a, b in itertools.pairwise(folded))
    return tuple(dict.fromkeys(folded + joined))


def _deletions(word: str) -> Iterable[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class NameIndex:
    """Designations and their names, with a word index for candidate lookup."""

    def __init__(self, designations: Sequence[Designation]) -> None:
        self.designations = tuple(designations)
        self.forms: list[NameForm] = []
        self._vocab: dict[str, int] = {}
        self._postings: list[array[int]] = []
        self._deletes: dict[str, list[int]] = {}
        for number, designation in enumerate(self.designations):
            seen: set[tuple[str, ...]] = set()
            for name, quality in designation.names:
                for variant in (name, *split_parenthesis(name)):
                    self._add(number, variant, quality, seen)

    def _add(self, number: int, name: str, quality: str | None, seen: set[tuple[str, ...]]) -> None:
        words = tokens(name)
        if not words or words in seen:
            return
        seen.add(words)
        form_id = len(self.forms)
        folded = keys(words)
        self.forms.append(NameForm(number, name, quality, words, folded))
        for term in index_terms(folded):
            term_id = self._vocab.get(term)
            if term_id is None:
                term_id = self._vocab[term] = len(self._postings)
                self._postings.append(array("I"))
                if len(term) >= _FUZZY_MIN:
                    for deleted in _deletions(term):
                        self._deletes.setdefault(deleted, []).append(term_id)
            postings = self._postings[term_id]
            if not postings or postings[-1] != form_id:
                postings.append(form_id)

    def __len__(self) -> int:
        return len(self.designations)

    def _expand(self, term: str) -> set[int]:
        """Return the vocabulary ids of `term` and, for longer words, of words one edit away."""
        found: set[int] = set()
        exact = self._vocab.get(term)
        if exact is not None:
            found.add(exact)
        if len(term) >= _FUZZY_MIN:
            found.update(self._deletes.get(term, ()))
            for deleted in _deletions(term):
                hit = self._vocab.get(deleted)
                if hit is not None and len(deleted) >= _FUZZY_MIN - 1:
                    found.add(hit)
                found.update(self._deletes.get(deleted, ()))
        return found

    def _forms(self, term: str) -> set[int]:
        forms: set[int] = set()
        for term_id in self._expand(term):
            forms.update(self._postings[term_id])
        return forms

    def candidates(self, folded: tuple[str, ...]) -> set[int]:
        """Return the ids of the name forms that share enough of the query's rarer words."""
        words = tuple(dict.fromkeys(folded))
        groups = sorted((g for g in map(self._forms, words) if g), key=len)
        wanted = max(1, (len(words) + 2) // 2)
        chosen = [g for g in groups[:wanted] if len(g) <= _COMMON] or groups[:1]
        # Adjacent words written together ("sok min" -> "sokmin") reach names that join them.
        joined = index_terms(words)[len(words):]
        chosen.extend(g for g in map(self._forms, joined) if g and len(g) <= _COMMON)
        return set().union(*chosen) if chosen else set()
