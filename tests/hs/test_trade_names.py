"""Short trade names of everyday goods, as importers write them: the head noun's common name gives the heading.

The modifiers of these names are what the goods serve or hold, or the season they are for ("Christmas", "dog",
"mop", "yoga"); read alone by the trained model they lead to live animals, fertilisers or seeds. The gazetteer's common
names of the goods, at the head noun, name the heading the HS 2022 text gives them.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("glittered Christmas tree ornaments, assorted colours", "9505"),
        ("Halloween decorations for the porch", "9505"),
        ("chewy dog treats with chicken flavour", "2309"),
        ("cotton string mop heads, replacement", "9603"),
        ("purple yoga mats, 6 mm", "9506"),
        ("resistance bands, set of 3", "9506"),
        ("inflatable pool floats for adults", "9506"),
        ("vinyl gloves, 100 per box", "3926"),
        ("printed paper napkins, 3-ply", "4818"),
        ("portable countertop ice maker", "8418"),
        ("HEPA air purifier for bedrooms", "8421"),
        ("single-use 35mm camera with flash", "9006"),
        ("soup mix, 50 g sachet", "2104"),
        ("size 0 empty gelatin capsules", "9602"),
        ("wood wool firelighters", "3606"),
        ("artificial greenery garland for tables", "6702"),
        ("felt Christmas stocking with name tag", "9505"),
        ("corn taco shells, 12 count", "1905"),
        ("fruit spread in 340 g glass jars", "2007"),
        ("reusable stainless steel drinking straws with brush", "7323"),
        ("compostable paper straws", "4823"),
        ("chunky knit scarves", "6117"),
        ("disposable surgical scissors", "9018"),
        ("soft-close toilet seat, white", "3922"),
        ("round kiddie pool, 150 cm", "9506"),
    ],
)
def test_a_common_trade_name_at_the_head_noun_gives_its_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading


def test_a_mop_head_is_no_muriate_of_potash() -> None:
    # "MOP" alone is the fertiliser trade's muriate of potash; a mop head is a broom maker's article.
    assert CLASSIFIER.candidates("replacement mop head, microfibre", top=3)[0].hs == "9603"
    assert CLASSIFIER.candidates("MOP 60% K2O, granular", top=3)[0].hs == "3104"


def test_a_wooden_jewellery_box_is_the_woodworkers_box() -> None:
    # Heading 44.20 names caskets and cases for jewellery of wood.
    assert CLASSIFIER.candidates("carved wooden jewelry box", top=3)[0].hs == "4420"


@pytest.mark.parametrize(
    ("text", "not_heading"),
    [
        ("hanging bird feeders of cedar wood", "0106"),
        ("quilted horse blankets", "0101"),
        ("galvanised cattle troughs", "0102"),
        ("dog grooming brushes", "0106"),
    ],
)
def test_an_animal_named_before_other_goods_is_no_live_animal(text: str, not_heading: str) -> None:
    # The animal says what the goods serve; Chapter 1 holds live animals only.
    assert CLASSIFIER.candidates(text, top=3)[0].hs != not_heading


def test_live_animals_named_last_stay_live_animals() -> None:
    assert CLASSIFIER.candidates("pure-bred breeding cattle heifers", top=3)[0].hs == "0102"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("worsted wool fabric, navy, 150 cm", "5112"),
        ("heavy woollen fabric for overcoats", "5111"),
        ("stonewashed linen fabric, 150 cm wide", "5309"),
        ("natural burlap for sandbags", "5310"),
        ("dyed acrylic fabric for awnings", "5512"),
        ("spun acrylic yarn on cones", "5509"),
        ("worsted yarn, 2/48 Nm", "5107"),
    ],
)
def test_a_fabric_or_yarn_named_by_its_fibre_goes_to_the_fibres_chapter(text: str, heading: str) -> None:
    # The fibre decides the chapter of woven fabrics and yarns (Section XI); how they are spun, the heading.
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        ("double sided printed circuit boards", "85"),
        ("printed circuit boards, double sided", "85"),
        ("rigid polyurethane foam boards", "39"),
    ],
)
def test_a_board_or_plank_not_of_wood_is_not_sawn_wood(text: str, chapter: str) -> None:
    # "Boards" alone is a weak word: the other words and sources decide, not the sawn wood of 44.07.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs != "4407"
    assert first.hs[:2] == chapter


@pytest.mark.parametrize("text", ["sawn pine boards, planed", "rough oak planks"])
def test_boards_and_planks_of_a_timber_are_still_sawn_wood(text: str) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == "4407"
