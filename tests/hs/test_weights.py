"""How much each source counts is packaged data, checked when read; a split heading's subheading decides confidence."""

from __future__ import annotations

import pytest

from sanctioneer.errors import InputError
from sanctioneer.hs.classify import GoodsClassifier, is_confident
from sanctioneer.hs.weights import WEIGHTS, load_weights, parse_weights
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

CLASSIFIER = GoodsClassifier(semantic=False, sensitive=sensitive_ranges(load_rulebook(default_rulebook_dir())))


def test_the_packaged_weights_give_every_source_a_weight() -> None:
    weights = load_weights()
    assert {group: tuple(values) for group, values in weights.items()} == WEIGHTS
    assert weights["votes"]["model"] > 0 and 0 < weights["weighing"]["heading_share"] <= 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([1, 2], "expected a mapping with votes and weighing"),
        ({**{g: dict.fromkeys(n, 1.0) for g, n in WEIGHTS.items()}, "extra": 1}, "extra: unknown key"),
        ({"votes": {"rule": 1.0}, "weighing": dict.fromkeys(WEIGHTS["weighing"], 1.0)}, "votes: expected exactly"),
        ({**{g: dict.fromkeys(n, 1.0) for g, n in WEIGHTS.items()},
          "weighing": {**dict.fromkeys(WEIGHTS["weighing"], 1.0), "named": "high"}},
         "weighing.named: expected a number from 0 to 100, got 'high'"),
    ],
)
def test_a_malformed_weights_file_names_the_weight_and_the_fix(data: object, words: str) -> None:
    with pytest.raises(InputError, match=words) as caught:
        parse_weights(data)
    assert "weights.yaml" in str(caught.value) and "correct the packaged data file" in str(caught.value)


def test_a_handbag_whose_material_the_words_leave_open_is_not_answered_outside_the_luxury_subheadings() -> None:
    # Handbags of textile are luxury goods, of leather they are not: a term's usual subheading does not decide that.
    candidates = CLASSIFIER.candidates("handbag of textile materials", top=3)
    assert candidates[0].hs == "4202"
    assert candidates[0].beside_sensitive and not is_confident(candidates)
