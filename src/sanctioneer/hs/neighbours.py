"""Nearest neighbours over the project's own labelled descriptions (`hs/data/labelled.csv`).

The labelled set is written for this project, one description per line with its HS 2022
subheading; it is not drawn from any evaluation set. A description is compared with every
labelled one by TF-IDF cosine over its words and word pairs.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sanctioneer.hs.lexical import tokenise

__all__ = ["Example", "Neighbour", "NeighbourIndex", "load_examples", "neighbour_index"]


@dataclass(frozen=True)
class Example:
    """One labelled description."""

    text: str
    code: str


@dataclass(frozen=True)
class Neighbour:
    """A labelled description close to the one classified, and how close (cosine, 0 to 1)."""

    example: Example
    similarity: float


def _features(text: str) -> Counter[str]:
    words = tokenise(text)
    features = Counter(words)
    features.update(f"{a}_{b}" for a, b in itertools.pairwise(words))
    return features


class NeighbourIndex:
    """TF-IDF vectors of the labelled descriptions, with postings for fast cosine search."""

    def __init__(self, examples: list[Example]) -> None:
        self.examples = tuple(examples)
        counts = [_features(e.text) for e in examples]
        df: Counter[str] = Counter()
        for features in counts:
            df.update(features.keys())
        total = len(examples)
        self.idf = {f: math.log((1 + total) / (1 + n)) + 1.0 for f, n in df.items()}
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for index, features in enumerate(counts):
            vector = {f: (1 + math.log(c)) * self.idf[f] for f, c in features.items()}
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            for feature, value in vector.items():
                self.postings.setdefault(feature, []).append((index, value / norm))

    def search(self, text: str, *, k: int = 5, floor: float = 0.2) -> list[Neighbour]:
        """Return up to k labelled descriptions with cosine at least `floor`, closest first."""
        features = _features(text)
        vector = {f: (1 + math.log(c)) * self.idf[f] for f, c in features.items() if f in self.idf}
        if not vector:
            return []
        # Unknown words still count in the query's length: a description mostly of unknown words is far.
        unknown = sum(1 for f in features if f not in self.idf and "_" not in f)
        norm = math.sqrt(sum(v * v for v in vector.values()) + unknown * 4.0) or 1.0
        scores: dict[int, float] = {}
        for feature, value in vector.items():
            for index, weight in self.postings.get(feature, ()):
                scores[index] = scores.get(index, 0.0) + weight * value / norm
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [Neighbour(self.examples[i], round(s, 4)) for i, s in best if s >= floor]


def load_examples() -> list[Example]:
    """Read the packaged labelled set."""
    text = (resources.files("sanctioneer.hs") / "data" / "labelled.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return [Example(row["text"].strip(), row["hs"].strip()) for row in rows if row.get("text")]


@lru_cache(maxsize=1)
def neighbour_index() -> NeighbourIndex:
    """Build the index over the packaged labelled set once per process."""
    return NeighbourIndex(load_examples())
