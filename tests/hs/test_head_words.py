"""The head noun's word read whatever the number it is written in.

Irregular plurals meet their singular ("knives", "shelves", "lenses", "toys"), so a gazetteer term or a nomenclature
word written in one number names goods written in the other.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.gazetteer import term_key
from sanctioneer.hs.head import parse
from sanctioneer.hs.lexical import _singular_as_trained, singular, tokenise


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
