"""The head noun's word read whatever the number it is written in and whatever colour stands before it.

Irregular plurals meet their singular ("knives", "shelves", "lenses", "toys"), so a gazetteer term or a nomenclature
word written in one number names goods written in the other; a colour before the goods' word does not keep it from
naming them.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.gazetteer import term_key
from sanctioneer.hs.head import parse
from sanctioneer.hs.lexical import _singular_as_trained, singular, tokenise
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("knives", "knife"), ("penknives", "penknife"), ("shelves", "shelf"), ("leaves", "leaf"), ("halves", "half"),
        ("lenses", "lens"), ("lens", "lens"), ("gases", "gas"), ("buses", "bus"), ("toys", "toy"), ("keys", "key"),
        ("pulleys", "pulley"), ("teeth", "tooth"), ("mice", "mouse"), ("geese", "goose"), ("canoes", "canoe"),
        ("horseshoes", "horseshoe"), ("potatoes", "potato"), ("sizes", "size"), ("axes", "axe"),
        ("series", "series"), ("species", "species"), ("chassis", "chassis"), ("apparatus", "apparatus"),
        ("boxes", "box"), ("glasses", "glass"), ("batteries", "battery"), ("watches", "watch"), ("quiches", "quiche"),
        ("valves", "valve"), ("sleeves", "sleeve"), ("gloves", "glove"),
    ],
)
def test_a_plural_meets_its_singular(plural: str, single: str) -> None:
    assert singular(plural) == singular(single) == single


def test_a_term_in_one_number_matches_the_other() -> None:
    assert term_key("table knives") == term_key("table knife")
    assert term_key("contact lens") == term_key("contact lenses")
    assert parse("a series of steel pulleys").head == "pulley"


def test_the_trained_model_reads_its_words_as_it_was_trained() -> None:
    # The shipped heading model's features were counted with the singular before irregular plurals were read: its
    # words keep that reading until it is trained again.
    assert _singular_as_trained("knives") == "knive"
    assert tokenise("kitchen knives", trained=True) == ["kitchen", "knive"]
    assert tokenise("kitchen knives") == ["kitchen", "knife"]
    assert parse("wooden toys", joined=False).head == "toys"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("navy blue cotton t-shirt", "6109"),
        ("black wool overcoat", "6201"),
        ("red cotton bath towels", "6302"),
    ],
)
def test_a_colour_before_the_term_does_not_block_it(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading
    assert first.named


def test_a_term_of_other_goods_that_ends_with_the_colour_keeps_it() -> None:
    # "White spirit" is a term of its own (27.10): "white" there is no colour before the spirits of 22.08.
    candidates = CLASSIFIER.candidates("white spirit", top=5)
    assert not any(c.hs == "2208" and c.named for c in candidates)
