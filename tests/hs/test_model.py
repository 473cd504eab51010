"""The trained heading model: what it votes for, what it says about it, where it is kept."""

from __future__ import annotations

import pytest

from sanctioneer.cli import main
from sanctioneer.hs.classify import GoodsClassifier, classify
from sanctioneer.hs.model import heading_model, model_digest
from sanctioneer.hs.training import training_digest


def test_the_model_names_the_heading_of_goods_the_nomenclature_words_differently() -> None:
    model = heading_model()
    assert model is not None
    hits = model.predict("women's tank tops of cotton, knitted", limit=3)
    assert hits[0].heading == "6109"
    assert 0.0 < hits[0].probability <= 1.0
    assert hits == sorted(hits, key=lambda hit: -hit.probability)


def test_a_model_vote_is_evidence_with_its_probability_and_words() -> None:
    candidates = classify("diesel engine fuel injection pump", top=3)
    votes = [e for c in candidates for e in c.evidence if e.source == "model"]
    assert votes, [c.to_dict() for c in candidates]
    assert all(0.05 <= vote.score <= 1.0 for vote in votes)
    assert all(vote.reason.startswith("trained classifier, probability") for vote in votes)
    # The words named are the description's own (stemmed), never words it does not hold.
    assert any(vote.matched for vote in votes)
    said = {"diesel", "engine", "fuel", "injection", "pump"}
    assert all(set((vote.matched or "").replace(",", " ").split()) <= said for vote in votes)


def test_without_the_model_its_votes_are_gone_and_the_version_says_so() -> None:
    untrained = GoodsClassifier(semantic=False, model=False)
    assert untrained.version.endswith("+untrained")
    candidates = untrained.candidates("women's tank top", top=5)
    assert not any(e.source == "model" for c in candidates for e in c.evidence)
    assert not GoodsClassifier(semantic=False).version.endswith("+untrained")


@pytest.mark.parametrize(
    "description", ["women's tank top", "control arms", "bus shells", "high-pressure diesel fuel injection tubes",
                    "Fermentation Starters"],
)
def test_the_model_does_not_carry_innocent_goods_into_a_sensitive_heading(description: str) -> None:
    classifier = GoodsClassifier(semantic=False)
    first = classifier.candidates(description, top=3)[0]
    assert not first.sensitive, first.to_dict()


@pytest.mark.parametrize(
    ("description", "heading"),
    [("plastic shower curtain", "3924"), ("woven wool fabric", "5112"), ("satin ribbon", "5806"),
     ("quilted fabric", "5811")],
)
def test_goods_of_the_later_harvests_of_rulings_are_answered_as_customs_rules_them(
    description: str, heading: str
) -> None:
    # The model learns from the seventh and eighth harvests too: before them these went to textile curtains (63.03),
    # fabrics of synthetic filaments (54.07), typewriter ribbons (96.12) and bedding (94.04).
    first = GoodsClassifier(semantic=False).candidates(description, top=3)[0]
    assert first.hs == heading, first.to_dict()


def test_build_index_reads_the_shipped_model_without_training(capsys: pytest.CaptureFixture[str]) -> None:
    heading_model.cache_clear()
    assert main(["classify", "--build-index", "--no-semantic"]) == 0
    assert "trained heading model" in capsys.readouterr().out
    model = heading_model()
    assert model is not None and model.predict("frozen pollock fillets", limit=1)[0].heading == "0304"


def test_the_shipped_model_was_trained_on_the_packaged_tariff_lines_and_nomenclature() -> None:
    # A model trained on other inputs is not used; this says which command trains it again.
    assert model_digest() == training_digest(), "the inputs changed: run benchmarks/hs_train.py"


def test_the_counted_part_of_the_model_is_kept_in_the_home_and_is_what_training_counts() -> None:
    import numpy as np

    from sanctioneer.hs.model import _counted
    from sanctioneer.hs.training import COUNTED, counted_arrays
    from sanctioneer.settings import get_settings

    digest = training_digest()
    kept = _counted(digest)
    assert (get_settings().home / "cache" / f"heading-counts-{digest}.npz").is_file()
    again = _counted(digest)
    fresh = counted_arrays()
    for name in COUNTED:
        assert np.array_equal(kept[name], fresh[name]), name
        assert np.array_equal(again[name], fresh[name]), name
