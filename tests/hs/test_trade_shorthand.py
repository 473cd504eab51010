"""Trade shorthand: packing lists and invoices abbreviate materials and goods ("SS", "MS", "GI", "alu", "assy",
"ctn"); written out from `hs/data/shorthand.yaml` before any source reads the words, they get the heading of the
words they stand for. Shorthand with another sense in the description ("SS" on a shirt, alum the chemical, "MS"
before no steel form) is left as written."""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.qualifiers import spelled_out

CLASSIFIER = GoodsClassifier(semantic=False)


@pytest.mark.parametrize(
    ("short", "written"),
    [
        ("SS kitchen sink", "stainless steel kitchen sink"),
        ("ss316 hex bolts", "stainless steel 316 hex bolts"),
        ("S.S. wire mesh", "stainless steel wire mesh"),
        ("MS channels 100x50", "steel channels 100x50"),
        ("Mild Steel round bars", "steel round bars"),
        ("GI pipes", "galvanised steel pipes"),
        ("CI manhole cover", "cast iron manhole cover"),
        ("alu window profile", "aluminium window profile"),
        ("HDPE pellets", "high density polyethylene pellets"),
        ("PP strapping band", "polypropylene strapping band"),
        ("water pump assy", "water pump assembly"),
        ("sewing m/c needles", "sewing machine needles"),
        ("garden hose 12 ctns", "garden hose 12"),
        ("door hinges 40 nos", "door hinges 40 pcs"),
    ],
)
def test_trade_shorthand_is_written_out(short: str, written: str) -> None:
    assert spelled_out(short) == written


@pytest.mark.parametrize(
    "text",
    [
        "SS polo shirt",  # short sleeves
        "potash alum powder",  # the chemical
        "MS Office licence",  # no steel form after it
        "mild steel finish paint",  # mild steel, no steel form after it: what the paint is for
        "PCB transformer oil",  # the polychlorinated biphenyl
        "pe teacher whistle",  # no plastic form after it
        "nos of the line",  # no number before it
    ],
)
def test_shorthand_with_another_sense_is_left_as_written(text: str) -> None:
    assert spelled_out(text) == text


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("SS sheet 2mm", "7219"),  # stainless flat-rolled, not the bed sheets of 63.02
        ("MS angle 50x50", "7216"),  # angles of non-alloy steel
        ("MS plate 10mm", "7208"),  # flat-rolled, not photographic plates
        # Mild steel written out is plain steel too: non-alloy bars and angles, not the stainless ones of 72.22.
        ("mild steel bars 16mm", "7214"),
        ("Mild Steel Angles 40x40", "7216"),
        ("mild steel wire, 2 mm", "7217"),
        ("HDPE granules", "3901"),  # ethylene polymers in primary forms
        ("PE film roll", "3920"),  # plastic film, not photographic film
        ("CI pipe fittings", "7307"),
        ("alu foil roll", "7607"),
    ],
)
def test_materials_in_shorthand_name_their_chapter(text: str, heading: str) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("nylon cable ties 100 pcs", "3926"),  # plastic articles, not the neckties of 62.15
        ("USB cable 1m", "8544"),  # a conductor fitted with connectors, not a computer
        ("extension cord 10 ft", "8544"),
        ("6 outlet power strip", "8536"),  # sockets, not a transformer
        ("solar garden lights", "9405"),  # luminaires, not electric generators
        ("LED strip 5m", "9405"),
        ("chrome door handles", "8302"),  # mountings for buildings, not cutlery
        ("nail polish 12 colours", "3304"),  # manicure preparations, not the steel nails of 73.17
        ("18V cordless drill", "8467"),  # a hand tool with its own motor, not a drill bit
        ("stainless hose clamps", "7326"),
        ("bathroom shower head", "8481"),
        ("v-belt B51", "4010"),  # a transmission belt, not a leather belt of 42.03
        ("hydraulic hose 3/8 inch", "4009"),  # a rubber hose, not a hydraulic engine
    ],
)
def test_goods_a_trader_names_in_two_words_get_their_heading(text: str, heading: str) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading
