"""The head noun's word read whatever the number it is written in and whatever colour stands before it; sets.

Irregular plurals meet their singular ("knives", "shelves", "lenses", "canoes"), so a gazetteer term or a nomenclature
word written in one number names goods written in the other; a colour before the goods' word does not keep it from
naming them. A set of several goods is classified by the goods that give it its essential character (General
Interpretative Rule 3 (b)): a judgement, never confident, with those goods among the candidates.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.gazetteer import term_key
from sanctioneer.hs.head import assorted, parse
from sanctioneer.hs.lexical import _singular_as_trained, singular, tokenise
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("knives", "knife"), ("penknives", "penknife"), ("shelves", "shelf"), ("leaves", "leaf"), ("halves", "half"),
        ("lenses", "lens"), ("lens", "lens"), ("gases", "gas"), ("buses", "bus"), ("teeth", "tooth"), ("mice", "mouse"),
        ("geese", "goose"), ("canoes", "canoe"),
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
    assert parse("a series of steel shelves").head == "shelf"


def test_the_trained_model_reads_its_words_as_it_was_trained() -> None:
    # The shipped heading model's features were counted with the singular before irregular plurals were read: its
    # words keep that reading until it is trained again.
    assert _singular_as_trained("knives") == "knive"
    assert tokenise("kitchen knives", trained=True) == ["kitchen", "knive"]
    assert tokenise("kitchen knives") == ["kitchen", "knife"]
    assert parse("wooden shelves", joined=False).head == "shelve"


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


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("kit comprising a cordless drill, drill bits and a carrying case", True),
        ("set consisting of a comb, a hair brush and a hand mirror", True),
        ("shampoo and conditioner gift set", True),
        ("set of 6 steak knives", False),
        ("set top boxes", False),
        ("fishing rod kit", False),
        ("sewing machine with a foot pedal and an accessory kit", False),
        ("quartz movements, partly assembled (movement sets)", False),
    ],
)
def test_a_set_of_several_goods_is_told_from_a_set_of_one_kind(text: str, listed: bool) -> None:
    assert assorted(text) is listed


def test_a_bare_set_word_gives_way_to_the_goods_it_holds() -> None:
    assert parse("kit comprising a cordless drill, drill bits and a carrying case").head == "drill"
    assert parse("set consisting of a comb, a hair brush and a hand mirror").head == "comb"


def test_a_set_of_several_goods_is_never_confident() -> None:
    text = "kit comprising a cordless drill, drill bits and a carrying case"
    candidates = CLASSIFIER.candidates(text, top=5)
    assert candidates[0].composite
    assert "8467" in {c.hs for c in candidates}  # the drill, which gives the kit its essential character
    assert not CLASSIFIER.classify(text).confident


def test_a_set_a_term_names_keeps_its_heading() -> None:
    first = CLASSIFIER.candidates("travel sewing kit with needles, thread and scissors", top=3)[0]
    assert first.hs == "9605"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # A compound of how the goods stand or work, set apart by a comma before them, is not the goods.
        ("floor-standing, glass-top display cabinets", "cabinet"),
        ("solar-powered, wall-mounted garden lanterns", "lantern"),
        # Before what qualifies the goods, no goods named after it: the compound stays the words' head.
        ("machine-woven, not tufted", "woven"),
    ],
)
def test_a_leading_compound_of_how_the_goods_work_is_not_the_head(text: str, head: str) -> None:
    assert parse(text).head == head


def test_goods_named_after_a_leading_compound_are_classified_by_their_name() -> None:
    # Read as the head, "battery-operated" made the battery the goods.
    assert CLASSIFIER.candidates("battery-operated, hand-held fans", top=3)[0].hs == "8414"
