"""Tariff lines: concrete product words from a national tariff, retrieved by BM25, as one more voter.

The nomenclature says "Other articles of iron or steel"; a national tariff's statistical lines say
"Fuel injection tubes" and "Tank tops, women's". `hs/data/tariff-lines.tsv.gz` holds such lines
(their HS 2022 subheading, their own words and the words of the lines above them), derived from the
US Harmonized Tariff Schedule 2025 (a work of the US government, public domain) by
`benchmarks/build_tariff_lines.py`. A fifth of the tariff lines, chosen by a digest of their 8-digit
code (`split_of`), is never written there: it is kept for evaluation.
"""

from __future__ import annotations

import gzip
import hashlib
import heapq
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sanctioneer.hs.gazetteer import fold
from sanctioneer.hs.lexical import _Bm25, singular, tokenise

__all__ = ["TARIFF_FILE", "TariffHit", "TariffIndex", "split_of", "tariff_index"]

TARIFF_FILE = "tariff-lines.tsv.gz"
_WORDS = re.compile(r"[a-z0-9]+")


def split_of(code: str) -> str:
    """"test" for the fifth of tariff lines kept for evaluation, "train" for the rest.

    Give the 8-digit tariff line: its statistical lines then fall on one side together.
    """
    return "test" if hashlib.sha256(code.encode()).digest()[0] % 5 == 0 else "train"


@dataclass(frozen=True)
class TariffHit:
    """A tariff line retrieved by words: its HS 2022 subheading, its words and its BM25 score; `same` when the
    line's own words are the description's words, no more and no fewer."""

    code: str
    text: str
    score: float
    words: tuple[str, ...]
    same: bool = False


class TariffIndex:
    """BM25 over tariff lines; a line's own words count twice, the lines above it once.

    A tariff's sub-line often says only what sets it apart from the lines beside it, its goods named by the lines
    above ("Used or rebuilt", "Imported as parts of playsuits", "Wood flooring"): the same words stand under
    several headings, and the words alone say only which heading holds such lines most often. Where lines have the
    description's own words and no others (`TariffHit.same`; every word alike, and two words or more: a
    single word names goods plainly in a trader's words, while a tariff's one-word sub-line, "Tanks" under floating
    structures or "Ginseng" under extracts, takes its meaning from the line above), only those are found, each
    heading among them once, scored as the best line's score times its share of those lines beside the heading that
    has most ("Used or rebuilt": the metal-forming machine tools of 84.62 first, then those of 84.60 and 84.59), not
    by the length of the words above each line, nor beside the lines that hold the words only among those above them.
    """

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self.rows = rows
        self._bm25 = _Bm25([tokenise(own) * 2 + tokenise(context) for _, own, context in rows])
        self._same: dict[tuple[str, ...], list[int]] = {}
        self._own: dict[tuple[str, ...], set[str]] = {}
        for i, (code, own, _) in enumerate(rows):
            words = _words(own)
            self._own.setdefault(tuple(singular(w) for w in words), set()).add(code[:4])
            if len(words) > 1 and tokenise(own):
                self._same.setdefault(words, []).append(i)

    def shared(self, text: str) -> bool:
        """True when the description's words are, no more and no fewer, the own words of lines under several
        headings: the lines above them decide, which the description does not give."""
        same = self._same.get(_words(text), [])
        return len({self.rows[i][0][:4] for i in same}) > 1

    def own_headings(self, text: str) -> frozenset[str]:
        """The headings of the lines whose own words are the description's, no more and no fewer, one word or
        several: "Garlic" stands under fresh vegetables (07.03) and under dried ones (07.12), the line above saying
        which."""
        return frozenset(self._own.get(tuple(singular(w) for w in _words(text)), ()))

    def lone(self, text: str) -> bool:
        """True when the description's words are, no more and no fewer, the own words of one line and no other: the
        heading rests on that line alone, and the same words elsewhere in a tariff may stand under another heading."""
        return len(self._same.get(_words(text), [])) == 1

    def search(self, text: str, *, limit: int = 10) -> list[TariffHit]:
        words = tokenise(text)
        if not words:
            return []
        scored = self._bm25.scores(words)
        same = self._same.get(_words(text), [])
        if same:
            scored = {i: scored[i] for i in same}
            counts = Counter(self.rows[i][0][:4] for i in same)
            most = max(counts.values())
            top = max(score for score, _ in scored.values())
            first: dict[str, int] = {}
            for i in same:
                heading = self.rows[i][0][:4]
                if heading in first:
                    del scored[i]  # the heading is found once, by its first line
                    continue
                first[heading] = i
                scored[i] = (top * counts[heading] / most, scored[i][1])
        best = heapq.nsmallest(limit, scored.items(), key=lambda item: (-item[1][0], item[0]))
        chosen = set(same)
        return [
            TariffHit(self.rows[i][0], self.rows[i][1], score, tuple(sorted(matched)), i in chosen)
            for i, (score, matched) in best
        ]


def _words(text: str) -> tuple[str, ...]:
    """Every word of a text, folded, numbers and letters alone kept ("T-72 tanks" is not the line "Tanks")."""
    return tuple(_WORDS.findall(fold(text)))


def read_rows(data: bytes) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and len(parts[0]) == 6 and parts[0].isdigit():
            rows.append((parts[0], parts[1], parts[2]))
    return rows


@lru_cache(maxsize=1)
def tariff_index() -> TariffIndex | None:
    """Load the packaged tariff lines once per process (None when the file is not installed)."""
    path = resources.files("sanctioneer.hs") / "data" / TARIFF_FILE
    if not path.is_file():
        return None
    return TariffIndex(read_rows(path.read_bytes()))
