"""The sentence-embedding model embeds many descriptions together exactly as it embeds each one alone."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from sanctioneer import default_rulebook
from sanctioneer.hs.gazetteer import load_gazetteer
from sanctioneer.hs.qualifiers import goods_text
from sanctioneer.hs.semantic import Embedder, model_dir
from tests.factory import SHARED

MODEL = model_dir()
pytestmark = pytest.mark.skipif(MODEL is None, reason="the semantic model's package is not installed")


def _descriptions(embedder: Embedder, *, per_length: int = 5) -> list[str]:
    """Goods words the rulebook's clauses and the gazetteer name and, where present, the classifier benchmark's
    descriptions, a few of each length."""
    clauses = [clause for measure in default_rulebook().measures for clause in measure.goods]
    terms = sorted({term for clause in clauses for term in clause.terms} | {t.text for t in load_gazetteer().terms})
    cases: list[str] = []
    benchmark = SHARED / "data" / "labeled" / "hsclassify-benchmark-cases.csv"
    if benchmark.exists():  # The reference copies sit beside the project only where they were fetched.
        with benchmark.open(encoding="utf-8") as handle:
            cases = [row["text"] for row in csv.DictReader(handle)]
    by_length: dict[int, list[str]] = {}
    for text in dict.fromkeys(goods_text(" ".join(text.split())) for text in [*terms, *cases]):
        by_length.setdefault(len(embedder.tokenizer.encode(text)), []).append(text)
    return [text for length in sorted(by_length) for text in by_length[length][:per_length]]


def test_descriptions_embedded_together_have_the_vectors_they_have_alone() -> None:
    assert MODEL is not None
    alone, together = Embedder(MODEL), Embedder(MODEL)
    texts = _descriptions(alone)
    assert len(texts) > 40
    # In batches of several sizes and orders, so texts of one length meet in products of different shapes.
    together.embed_many(texts[::3])
    together.embed_many(texts[::-1])
    differ = [text for text in texts if not np.array_equal(together.embed(text), alone.embed(text))]
    assert differ == []


def test_a_text_asked_again_gets_the_same_vector() -> None:
    assert MODEL is not None
    embedder = Embedder(MODEL)
    first = embedder.embed("armoured limousine")
    embedder.embed_many(["armoured limousine", "frozen shrimp", "fresh apples"])
    assert np.array_equal(embedder.embed("armoured limousine"), first)
    assert embedder.embed("frozen shrimp").shape == (384,)
