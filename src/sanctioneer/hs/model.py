"""A trained text classifier for headings: a linear model over words, word pairs, character n-grams and the head noun.

The nomenclature's words ("Other articles of iron or steel") and a trader's ("fuel injection
tubes") seldom meet; the tariff lines of a national tariff hold the trader's words with their
codes. This source learns from them which words point to which heading, and which point away,
instead of retrieving the nearest line.

Features: stemmed words (`lexical.tokenise`), pairs of adjacent words, character 3- to
5-grams inside each word (which read "polyester" and "polyesters", "sweatshirt" and
"sweat-shirt" alike), and the head noun of the description (`hs/head.py`: the thing, "top" in
"women's tank top") alone and with the word before it, so that the goods weigh apart from their
modifiers and materials wherever they stand in the text; weighted by log term frequency and
inverse document frequency, hashed with CRC-32 (stable across processes). The model is a
multinomial logistic regression (maximum entropy) trained on the training split of the tariff lines and the HS 2022 text
(`hs/training.py`), mixed half and half with the naive Bayes weights of the same documents over
the same (feature, heading) pairs; its probabilities are a softmax at a temperature set on held-out
training lines (`benchmarks/hs_calibrate.py`). It ships trained, as `hs/data/heading-model.npz` (written by
`benchmarks/hs_train.py`, with the digest of its inputs): the regression's weights, compressed.
Everything else (the vocabulary, its inverse document frequencies, which headings each feature
weighs for, the naive Bayes weights) is counted again from the packaged training text, the same
way, once: `sanctioneer classify --build-index` keeps it in the cache of `SANCTIONEER_HOME`, and a
classifier that finds no cache counts it on first use (a few seconds) and keeps it. A model whose
inputs have changed since is not used.
"""

from __future__ import annotations

import itertools
import lzma
import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sanctioneer.hs.head import parse
from sanctioneer.hs.lexical import stem, tokenise

__all__ = ["MODEL_FILE", "HeadingModel", "ModelHit", "feature_counts", "heading_model", "model_digest"]

MODEL_FILE = "heading-model.npz"
_BITS = 20
_BUCKETS = 1 << _BITS


@dataclass(frozen=True)
class ModelHit:
    """A heading the model proposes, its probability and the features of the description that weigh most for it."""

    heading: str
    probability: float
    words: tuple[str, ...]


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode()) & (_BUCKETS - 1)


@lru_cache(maxsize=131072)
def _word_features(word: str) -> tuple[int, ...]:
    """The hashes of a word and of its character 3- to 5-grams (padded with spaces)."""
    padded = f" {word} "
    names = [f"w {word}"]
    for size in (3, 4, 5):
        names += [f"c {padded[i : i + size]}" for i in range(len(padded) - size + 1)]
    return tuple(_hash(name) for name in names)


@lru_cache(maxsize=65536)
def _keys(text: str) -> tuple[int, ...]:
    """The hashed features of a text, one per occurrence: words with their character n-grams, word pairs, head noun."""
    words = tokenise(text, trained=True)
    keys = [key for word in words for key in _word_features(word)]
    keys += [_hash(f"b {a} {b}") for a, b in itertools.pairwise(words)]
    # The reading the shipped weights were counted with: a change to the head's reading waits for a new model.
    reading = parse(text, joined=False)
    if reading.head:
        keys.append(_hash(f"h {stem(reading.head, trained=True)}"))
        if len(reading.phrase) > 1:
            keys.append(_hash(f"hb {stem(reading.phrase[-2], trained=True)} {stem(reading.head, trained=True)}"))
    return tuple(keys)


def feature_counts(text: str) -> dict[int, float]:
    """The hashed features of a text with how often each occurs, in the order they first occur."""
    return {key: float(count) for key, count in Counter(_keys(text)).items()}


def _words_of(text: str) -> dict[int, str]:
    """The hash of each whole word and word pair of a text, with the words, to explain a vote."""
    words = tokenise(text, trained=True)
    named = {_hash(f"w {w}"): w for w in words}
    named.update({_hash(f"b {a} {b}"): f"{a} {b}" for a, b in itertools.pairwise(words)})
    return named


def _scalar(arrays: dict[str, Any], name: str, default: float) -> float:
    value = arrays.get(name)
    return float(value[0]) if value is not None and len(value) else default


def _softmax(scores: Any, temperature: float) -> Any:
    import numpy as np

    scaled = np.exp((scores - scores.max()) / temperature)
    return scaled / scaled.sum()


class HeadingModel:
    """The trained model: hashed features, per feature the headings it weighs for, and each heading's bias.

    Arrays (`hs/training.py` writes them): `headings`, `keys` (sorted feature hashes), `idf`,
    `starts` (where each feature's weights begin in `classes` and `weights`), `bias` and
    `temperature` (a one-element array; 1 when absent); optionally naive Bayes weights over the
    same pairs (`bayes`, `bayes_offset`, `bayes_temperature`) and their share `mix`.
    """

    def __init__(self, arrays: dict[str, Any]) -> None:
        import numpy as np

        self.headings: list[str] = [str(h) for h in arrays["headings"]]
        self.keys = arrays["keys"].astype(np.int64)
        self.idf = arrays["idf"].astype(np.float64)
        self.starts = arrays["starts"].astype(np.int64)
        self.classes = arrays["classes"].astype(np.int64)
        self.weights = arrays["weights"].astype(np.float64)
        self.bias = arrays["bias"].astype(np.float64)
        self.temperature = _scalar(arrays, "temperature", 1.0)
        self.bayes = arrays["bayes"].astype(np.float64) if "bayes" in arrays else None
        self.bayes_offset = arrays["bayes_offset"].astype(np.float64) if "bayes_offset" in arrays else None
        self.bayes_temperature = _scalar(arrays, "bayes_temperature", 2.0)
        self.mix = _scalar(arrays, "mix", 0.0)

    def _lookup(self, hashes: Any) -> Any:
        """The vocabulary index of each hash, -1 for one not seen in training."""
        import numpy as np

        found = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        return np.where(self.keys[found] == hashes, found, -1)

    def probabilities(self, text: str) -> Any:
        """The probability of every heading for a text, in the order of `headings` (None when no feature was seen).

        With naive Bayes weights in the file, the probabilities are the two models' mixed: `mix` of the
        naive Bayes softmax (at `bayes_temperature`) and the rest of the logistic regression's.
        """
        import numpy as np

        counts = feature_counts(text)
        if not counts:
            return None
        hashes = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        index = self._lookup(hashes)
        known = index >= 0
        if not known.any():
            return None
        index = index[known]
        values = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))[known]) * self.idf[index]
        values = values / math.sqrt(float((values**2).sum()))
        starts, ends = self.starts[index], self.starts[index + 1]
        lengths = ends - starts
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        classes = self.classes[positions]
        repeated = np.repeat(values, lengths)
        size = len(self.headings)
        scores = self.bias + np.bincount(classes, weights=repeated * self.weights[positions], minlength=size)
        probabilities = _softmax(scores, self.temperature)
        if self.bayes is None or self.mix <= 0:
            return probabilities
        bayes = self.bayes_offset * values.sum() + np.bincount(
            classes, weights=repeated * self.bayes[positions], minlength=size
        )
        return self.mix * _softmax(bayes, self.bayes_temperature) + (1.0 - self.mix) * probabilities

    def predict(self, text: str, *, limit: int = 10, probabilities: Any = None) -> list[ModelHit]:
        """The most probable headings for a text, best first (empty when no feature was seen in training).

        `probabilities` are the text's own from `probabilities`, when already computed.
        """
        import numpy as np

        if probabilities is None:
            probabilities = self.probabilities(text)
        if probabilities is None:
            return []
        order = np.argsort(-probabilities, kind="stable")[:limit]
        named = _words_of(text)
        hashes = np.fromiter(named.keys(), dtype=np.int64, count=len(named))
        index = self._lookup(hashes)
        hits: list[ModelHit] = []
        for chosen in order:
            cls = int(chosen)
            # The words that weigh most for this heading: whole words and pairs among the features.
            weighted: list[tuple[float, str]] = []
            for word, at in zip(named.values(), index, strict=True):
                if at < 0:
                    continue
                lo, hi = int(self.starts[at]), int(self.starts[at + 1])
                where = np.nonzero(self.classes[lo:hi] == cls)[0]
                if len(where) and self.weights[lo + where[0]] > 0:
                    weighted.append((float(self.weights[lo + where[0]] * self.idf[at]), word))
            words = tuple(w for _, w in sorted(weighted, reverse=True)[:4])
            hits.append(ModelHit(self.headings[cls], float(probabilities[cls]), words))
        return hits


def model_digest() -> str:
    """The digest of the inputs the shipped model was trained on (empty when there is no model file)."""
    import numpy as np

    path = resources.files("sanctioneer.hs") / "data" / MODEL_FILE
    if not path.is_file():
        return ""
    with resources.as_file(path) as local, np.load(local, allow_pickle=False) as loaded:
        return str(loaded["digest"][0]) if "digest" in loaded.files else ""


@lru_cache(maxsize=1)
def heading_model() -> HeadingModel | None:
    """The shipped model, read once per process; None when numpy is missing, the file is absent, or its inputs changed.

    The file records the digest of the tariff lines, nomenclature version and settings it was
    trained on (`sanctioneer.hs.training.training_digest`); a model trained on other inputs would
    contradict the tariff-line index beside it, so it is not used (`benchmarks/hs_train.py` trains it again).
    """
    try:
        import numpy as np
    except ImportError:
        return None
    from sanctioneer.hs.training import training_digest

    path = resources.files("sanctioneer.hs") / "data" / MODEL_FILE
    if not path.is_file():
        return None
    with resources.as_file(path) as local, np.load(local, allow_pickle=False) as loaded:
        shipped = {name: loaded[name] for name in loaded.files}
    digest = training_digest()
    if "digest" not in shipped or str(shipped["digest"][0]) != digest:
        return None
    arrays = {**_counted(digest), **shipped}
    arrays["weights"] = np.frombuffer(lzma.decompress(shipped["weights"].tobytes()), dtype=np.float16)
    if len(arrays["weights"]) != len(arrays["classes"]):
        return None
    return HeadingModel(arrays)


def _counted(digest: str) -> dict[str, Any]:
    """The arrays counted from the training text (all but the regression's weights), from the cache or counted now."""
    import numpy as np

    from sanctioneer.hs.training import COUNTED, counted_arrays
    from sanctioneer.settings import get_settings

    cache = get_settings().home / "cache" / f"heading-counts-{digest}.npz"
    try:
        with np.load(cache, allow_pickle=False) as loaded:
            found = {name: loaded[name] for name in loaded.files}
        if set(found) == set(COUNTED):
            return found
    except (OSError, ValueError):
        pass
    arrays = counted_arrays()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(cache.name + ".partial.npz")
        np.savez(partial, **arrays)
        partial.replace(cache)
    except OSError:
        pass  # a read-only home: counted again by the next process
    return arrays
