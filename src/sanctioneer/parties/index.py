"""A candidate index over listed names, so a query is compared with a few names, not the whole list.

Every name is indexed under its words as written (after `names.analyse`), under
the folded keys of its Korean words (see `names.keys`), under each pair of
adjacent words written together ("sok min" -> "sokmin") and under the whole
name written together ("richunsong"), so a moved space ("RI CHU NSONG") still
lands on it. A query word also reaches listed words one edit away through a
deletion index over the vocabulary (symmetric delete, as in SymSpell), so a
dropped letter ("CHN" for CHUN) or a typo in a non-Korean word still finds its
name: the raw words carry the edits, the folded keys and the joined words are
looked up exactly, so a fold can never take a word out of reach of its typos.

Only the rarer half of the query's words (rounded up, plus one) are looked up:
a name that shares most of the query's words must share one of those, and
common words ("kim", "trading") would otherwise bring in thousands of names.
Cost therefore follows the rarity of the query's words, not the size of the list.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sanctioneer.parties.designation import Designation
from sanctioneer.parties.names import analyse, keys, split_parenthesis

__all__ = ["NameForm", "NameIndex", "index_terms"]

# Words shorter than this are looked up exactly: one edit away from "ri" is half the alphabet.
_FUZZY_MIN = 3
# A word carried by more names than this is skipped when rarer words are available.
_COMMON = 20000
# Names compared in full after the fast character prefilter; more only costs time.
SHORTLIST = 40


@dataclass(frozen=True)
class NameForm:
    """One name of one designation, ready to compare: its words, their folded keys and its legal forms."""

    designation: int
    name: str
    quality: str | None
    words: tuple[str, ...]
    keys: tuple[str, ...]
    forms: tuple[str, ...] = ()


def index_terms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the words to index a name under: each word, each adjacent pair joined, and all joined."""
    joined = tuple(a + b for a, b in itertools.pairwise(words))
    # The whole name, and its first and last words, written together: "richunsong", "borisrotenberg".
    whole = ("".join(words), words[0] + words[-1]) if len(words) > 2 else ()
    return tuple(dict.fromkeys(words + joined + whole))


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
        self._fuzzy: set[int] = set()
        for number, designation in enumerate(self.designations):
            seen: set[tuple[str, ...]] = set()
            for name, quality in designation.names:
                for variant in (name, *split_parenthesis(name)):
                    self._add(number, variant, quality, seen)

    def _add(self, number: int, name: str, quality: str | None, seen: set[tuple[str, ...]]) -> None:
        parts = analyse(name)
        words = parts.words
        if not words or words in seen:
            return
        seen.add(words)
        form_id = len(self.forms)
        folded = keys(words)
        self.forms.append(NameForm(number, name, quality, words, folded, parts.forms))
        # Words as written carry the edits; folded keys and joined words are looked up exactly.
        fuzzy = set(words)
        terms = index_terms(words) if folded == words else dict.fromkeys(index_terms(words) + index_terms(folded))
        for term in terms:
            term_id = self._vocab.get(term)
            if term_id is None:
                term_id = self._vocab[term] = len(self._postings)
                self._postings.append(array("I"))
            if term in fuzzy and len(term) >= _FUZZY_MIN and term_id not in self._fuzzy:
                self._fuzzy.add(term_id)
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
                if len(term) > _FUZZY_MIN:
                    found.update(self._deletes.get(deleted, ()))
        return found

    def _forms(self, term: str) -> set[int]:
        forms: set[int] = set()
        for term_id in self._expand(term):
            forms.update(self._postings[term_id])
        return forms

    def _exact(self, term: str) -> set[int]:
        term_id = self._vocab.get(term)
        return set(self._postings[term_id]) if term_id is not None else set()

    def candidates(self, words: tuple[str, ...], folded: tuple[str, ...] | None = None) -> set[int]:
        """Return the ids of the name forms that share enough of the query's rarer words.

        Args:
            words: the query's words as `names.analyse` gives them.
            folded: their folded keys (`names.keys`); computed when not given.
        """
        folded = keys(words) if folded is None else folded
        pairs = tuple(dict.fromkeys(zip(words, folded, strict=True)))
        # Initials find too much and too little: the whole words choose the candidates.
        pairs = tuple(p for p in pairs if len(p[0]) > 1) or pairs
        groups = sorted((g for g in (self._forms(w) | self._exact(k) for w, k in pairs) if g), key=len)
        wanted = max(1, (len(pairs) + 2) // 2)
        chosen = [g for g in groups[:wanted] if len(g) <= _COMMON] or groups[:1]
        # Adjacent words written together, or the whole name, reach names that join or cut them elsewhere.
        joined = {a + b for seq in (words, folded) for a, b in itertools.pairwise(seq)}
        if len(words) > 1:
            joined |= {"".join(words), "".join(folded)}
        chosen.extend(g for g in map(self._exact, sorted(joined)) if g and len(g) <= _COMMON)
        return set().union(*chosen) if chosen else set()

    def shortlist(self, words: tuple[str, ...], folded: tuple[str, ...], *, limit: int = SHORTLIST) -> list[int]:
        """Return the candidate forms worth scoring in full: all of them, or the `limit` closest in characters."""
        from rapidfuzz import fuzz, process

        candidates = sorted(self.candidates(words, folded))
        if len(candidates) <= limit:
            return candidates
        # A fast character comparison narrows thousands of names to a few dozen; it sees both the
        # sorted words (order does not matter) and the name written together (spacing does not matter).
        wanted = " ".join(sorted(folded))
        together = "".join(words)
        sorted_choices = [" ".join(sorted(self.forms[i].keys)) for i in candidates]
        joined_choices = ["".join(self.forms[i].words) for i in candidates]
        best = process.extract(wanted, sorted_choices, scorer=fuzz.token_sort_ratio, limit=limit)
        spaced = process.extract(together, joined_choices, scorer=fuzz.ratio, limit=limit // 4)
        chosen = dict.fromkeys(position for _, _, position in [*best, *spaced])
        if any(len(word) == 1 for word in words):
            # Initials: the names whose words begin with them and share the query's other words.
            def overlap(position: int) -> int:
                form = self.forms[candidates[position]]
                return sum(1 for w, k in zip(words, folded, strict=True)
                           if w in form.words or k in form.keys or (len(w) == 1 and any(x[0] == w for x in form.words)))
            ranked = sorted(range(len(candidates)), key=overlap, reverse=True)[: limit // 2]
            chosen.update(dict.fromkeys(ranked))
        return [candidates[position] for position in chosen]
