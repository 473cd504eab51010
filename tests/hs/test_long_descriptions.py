"""Long descriptions: the goods told among what a ruling was asked, their make, material, use, packing and price.

A ruling's subject says first what was to be decided ("The tariff classification and country of origin of"); a
description in sentences names the goods in one of them ("The item is a ...", "... is described as a ...") and
tells their material, parts, use, packing and price in the others; a chemical comes in bulk form, a
sample or a stock line with its number, a name in quotation marks stands for the goods or beside them. The head noun
is read from the words that name the goods; the other sentences only qualify them.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.head import parse
from sanctioneer.hs.naming import trim_head
from sanctioneer.hs.qualifiers import goods_text, named_goods
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


def _head(text: str) -> str | None:
    return trim_head(parse(goods_text(text))).head


@pytest.mark.parametrize(
    "preamble",
    [
        "The tariff classification of",
        "The tariff classification and country of origin of",
        "The tariff classification, country of origin and marking of",
        "The tariff classification and status under the North American Free Trade Agreement (NAFTA) of",
        "The country of origin and status under the Canada-Mexico-United States Agreement (CUSMA) of",
        "The eligibility for preferential treatment under the Generalized System of Preferences of",
        "The tariff classification and eligibility under subheading 9802.00.80, HTSUS, of",
        "The classification of",
    ],
)
def test_what_the_ruling_decides_is_not_the_goods(preamble: str) -> None:
    assert goods_text(f"{preamble} a stainless steel kitchen sink") == "stainless steel kitchen sink"
    assert CLASSIFIER.candidates(f"{preamble} an electric kettle from Korea", top=1)[0].hs == "8516"


def test_words_of_the_preamble_still_name_goods_of_their_own() -> None:
    assert goods_text("country of origin labels of paper") == "country of origin labels of paper"
    assert goods_text("classification society rule books") == "classification society rule books"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The item, called the 'Snack Keeper', is a lidded plastic box used to keep sandwiches fresh. It is made in "
         "Thailand.", "box"),
        ('The article, known in the catalogue as "Alpine 7", is a boys\' padded ski jacket. Its shell is of nylon '
         "woven fabric and it has a detachable hood.", "jacket"),
        ("The Hydra 200 is described as a portable water pump. It is driven by a small petrol engine. The pump is "
         "packed in a corrugated carton and sells for $80.", "pump"),
        ("These are folding camp chairs. Each chair has an aluminium frame and a polyester seat.", "chair"),
        ("Garden hose reel cart. The cart is made of steel and rolls on two wheels.", "cart"),
    ],
)
def test_the_sentence_that_names_the_goods_gives_the_head(text: str, head: str) -> None:
    assert _head(text) == head


def test_a_predicate_of_make_or_use_names_no_goods() -> None:
    # "is made of", "is used to": how the goods are made or used; the title sentence names them.
    assert _head("Stackable storage crate. It is made of recycled polypropylene. It is used to carry vegetables.") \
        == "crate"


def test_what_the_goods_are_made_up_of_does_not_name_them() -> None:
    # "It consists of a frame, a motor and a pump": the parts, not which goods; the head noun names nothing.
    assert named_goods("It consists of a welded frame, a motor and a pump.").startswith("consisting of")
    assert _head("It consists of a welded frame, a motor and a pump.") is None


def test_price_importer_and_sample_sentences_are_dropped() -> None:
    text = "The item is a wool felt hat. The importer states the retail price is $30. A sample was submitted."
    assert named_goods(text) == "a wool felt hat"


def test_one_sentence_without_a_pointing_subject_is_left_as_it_came() -> None:
    assert named_goods("stainless steel bottle which is a gift") == "stainless steel bottle which is a gift"
    assert named_goods("Parts of U.S. made pumps") == "Parts of U.S. made pumps"


def test_the_described_goods_are_classified_by_what_names_them() -> None:
    text = ("The subject merchandise, referred to as the 'Fjord', is a men's pullover knitted of cotton yarn. "
            "It has long sleeves and a crew neck. It is packed in a polybag.")
    assert CLASSIFIER.candidates(text, top=1)[0].hs == "6110"


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("ethyl lactate, imported in bulk form", "ethyl lactate"),
        # A chemical's registry number stays: "CAS" tells a chemical, as the tariff's own lines give it.
        ("sorbitol (CAS No. 50-70-4)", "sorbitol, CAS No. 50-70-4"),
        ("ceramic mugs, sample no. 5521", "ceramic mugs"),
        ("vendor stock # ab77, bamboo cutting board", "bamboo cutting board"),
    ],
)
def test_bulk_sample_and_stock_numbers_are_not_the_goods(text: str, goods: str) -> None:
    assert goods_text(text) == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # "Art" with a set word and its count is goods, not an article number with a maker's letters.
        ("Quorra Kids Art Set 80 Pieces", "Quorra Kids Art Set"),
        ("sketching art kit, 24 pcs", "sketching art kit"),
        # An article number with a maker's letters before it is still dropped.
        ("felt coasters, art pq 3310", "felt coasters"),
    ],
)
def test_an_art_set_with_its_count_is_no_article_number(text: str, goods: str) -> None:
    assert goods_text(text) == goods


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # After a set word, a count of pieces begins what the set is made of or looks like, not the goods.
        ("Brindle Suitcase Set 3 Piece Hardshell", "Brindle Suitcase Set"),
        ("garden furniture set 4-pcs rattan", "garden furniture set"),
        # Goods named after the count stay.
        ("set 6 pieces of glass tumblers", "set 6 pieces of glass tumblers"),
    ],
)
def test_a_set_count_of_pieces_ends_the_goods(text: str, goods: str) -> None:
    assert goods_text(text) == goods


def test_a_set_read_without_its_count_is_classified_as_its_goods() -> None:
    from sanctioneer.hs.classify import classify

    assert classify("Quilton Bath Towel Set 6 Piece Cotton", top=3)[0].hs == "6302"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # Outside the quotation marks only a number: the quoted words are the goods.
        ('"garden kneeling pad", item pp 4410', "pad"),
        # A material or a person's possessive only before the quoted words: they name the goods.
        ('rubber "door stopper"', "stopper"),
        ("girl's “hair clip”", "clip"),
        # A name after goods already named is the maker's name for them.
        ('prosecco "Vigna Alta"', "prosecco"),
        ('the "Sunny Days" beach towel', "towel"),
    ],
)
def test_a_quoted_name_is_the_goods_only_when_nothing_else_names_them(text: str, head: str) -> None:
    assert _head(text) == head


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Brellix, also known as a patio umbrella stand", "Brellix, a patio umbrella stand"),
        ("grout sealer a/k/a tile joint varnish", "grout sealer, tile joint varnish"),
        ("lawn edger (also called a turf cutter)", "lawn edger, a turf cutter"),
        ("two adhesives known as Stikkon 4 and Stikkon 9", "two adhesives, Stikkon 4 and Stikkon 9"),
    ],
)
def test_the_words_that_give_a_second_name_are_not_the_goods(text: str, goods: str) -> None:
    assert goods_text(text) == goods


def test_goods_named_under_a_trade_name_are_classified_by_their_common_name() -> None:
    # "Also known" alone draws the tariff's lines of woods known by another name (chapter 44).
    first = CLASSIFIER.candidates("Snoozlo, also known as a folding chair", top=3)[0]
    assert first.hs == "9401"


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("brushed knit fabric, for use in the manufacture of dog beds", "brushed knit fabric"),
        ("acrylic staple fibres for use in making paint rollers", "acrylic staple fibres"),
        ("laminated webbing for the production of backpack straps", "laminated webbing"),
        ("glazed cotton thread, intended for use in quilting", "glazed cotton thread"),
        # Other goods keep what they serve: parts go with the goods they are for.
        ("stainless steel pins for use in door hinges", "stainless steel pins for use in door hinges"),
        ("vinyl covers for use on garden chairs", "vinyl covers for use on garden chairs"),
    ],
)
def test_what_a_material_will_be_made_into_is_not_the_goods(text: str, goods: str) -> None:
    assert goods_text(text) == goods


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        ("bleached cotton yarn for use in the production of bath towels", "52"),
        ("needle-punched felt, for use in the manufacture of car door panels", "56"),
    ],
)
def test_a_material_is_classified_as_the_material_not_as_what_it_will_make(text: str, chapter: str) -> None:
    assert CLASSIFIER.candidates(text, top=1)[0].hs[:2] == chapter
