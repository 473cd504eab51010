"""Modifiers that block or mislead the head noun.

The words before the head noun say which goods, or how they are made up, or what they belong to: a padded case is
still a case, a counterweight for a lift truck is not the lift truck, a bit for a woodworking router is a tool and not
a router, and "machine" after the words of what it does names no heading by itself.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.head import parse
from sanctioneer.hs.naming import trim_head
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


@pytest.mark.parametrize(
    "text",
    [
        "nylon carrying case with shoulder strap",
        "padded guitar case with shoulder straps",
        "soft zippered violin case",
        "insulated cooler bag with two handles",
        "protective cellular telephone case",
        "quilted makeup bag",
    ],
)
def test_a_container_of_heading_4202_is_named_whatever_its_make_up(text: str) -> None:
    # Heading 42.02 names cases and bags by what they hold or serve; "padded", "soft", "quilted" or "protective" say
    # how the container is made up, not which goods it is, and do not keep the term from naming it.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == "4202"
    assert first.named


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("router bits with half-inch shank", "8207"),
        ("forstner bit set, 7 pieces", "8207"),
        ("magnetic screwdriver bits", "8207"),
        ("milk chocolate bits for baking", "1806"),
    ],
)
def test_a_bit_of_a_tool_is_a_tool_and_a_bit_of_food_the_food(text: str, heading: str) -> None:
    # "Bits" after a tool's name are the interchangeable tools of 82.07 (for drilling, milling, screwdriving), not
    # small pieces of a network router or a screwdriver; after a food they are still the form the food comes in.
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


def test_a_form_word_stays_the_head_when_a_term_ends_with_it() -> None:
    assert trim_head(parse("router bits")).head == "bit"
    assert trim_head(parse("cocoa bits")).head == "cocoa"


def test_an_assembly_gives_way_to_the_goods_it_is_named_by() -> None:
    assert trim_head(parse("brass gate latch assembly")).head == "latch"
    assert trim_head(parse("gate latch assembly")).head == "latch"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("drawer lock assembly", "8301"),
        ("hinge assembly", "8302"),
        ("electric motor assembly", "8501"),
    ],
)
def test_an_assembly_is_classified_as_the_goods_it_is_named_by(text: str, heading: str) -> None:
    # "Assembly" says the goods come put together, not which goods: a lock assembly is a lock (83.01), a hinge
    # assembly a hinge (83.02), a motor assembly a motor (85.01), not the parts of computers, the other articles of
    # iron or the electric heating appliances a bare "assembly" drew.
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


def test_a_heading_a_rule_rules_out_does_not_answer_first_while_another_may() -> None:
    # The trained model is sure that "cheese" is cheese; the rule that reads a food named before a utensil rules the
    # foods out, and a heading it rules out answers only when no other heading is voted for.
    first = CLASSIFIER.candidates("cheese grater", top=3)[0]
    assert first.hs[:2] != "04"
    assert all(c.hs != "0406" for c in CLASSIFIER.candidates("cheese grater", top=3))


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # Parts of the lifting and earth-moving machinery of 84.25 to 84.30 are 84.31.
        ("cast iron fork-lift truck counterweight", "8431"),
        ("bulldozer or angledozer blades", "8431"),
    ],
)
def test_whole_goods_named_before_the_head_noun_are_what_the_goods_belong_to(text: str, heading: str) -> None:
    # The machine is named only as a modifier: the goods are a part of it, classified with the machine's parts.
    found = CLASSIFIER.candidates(text, top=5)
    assert found[0].hs == heading
    assert all(c.hs not in ("8427", "8429") for c in found)


@pytest.mark.parametrize("text", ["rocker switch assembly", "personal computer keyboard"])
def test_goods_made_up_of_others_or_named_at_the_head_stay_whole(text: str) -> None:
    # An assembly of a switch is a switch (85.36), a keyboard is an input unit of 84.71: not their parts.
    assert CLASSIFIER.candidates(text, top=3)[0].hs in ("8536", "8471")


@pytest.mark.parametrize("text", ["pipe threading machine", "carton sealing machine", "stone crushing machines"])
def test_machine_after_the_words_of_its_use_is_no_lead_to_the_residual_heading(text: str) -> None:
    # Heading 84.79 takes the machines no other heading of chapter 84 names: the words of what the machine does
    # point to another heading, and "machine" itself votes for none.
    found = CLASSIFIER.candidates(text, top=5)
    assert found[0].hs != "8479"
    for candidate in found:
        assert all(e.entry != "machine" for e in candidate.evidence if e.source == "gazetteer")


def test_a_word_the_tariff_lines_name_goods_by_is_no_makers_name_after_an_unknown_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Neither word is the nomenclature's nor the gazetteer's: alone the second reads as a maker's model after a maker's
    # name ("Lamborghini Urus"); a tariff line that names goods by it makes it the goods, a place or a kind before it.
    import sanctioneer.hs.naming as naming
    from sanctioneer.hs.tariff import TariffIndex

    assert trim_head(parse("Vestral quorrels")).head == "vestral"
    lines = TariffIndex([("030619", "Quorrels, frozen", "Crustaceans")])
    monkeypatch.setattr(naming, "_tariff_index", lambda: lines)
    assert trim_head(parse("Vestral quorrels")).head == "quorrel"
    assert trim_head(parse("Vestral Zentra 5")).head == "vestral"  # a number: a model's name still


def test_a_crustacean_named_after_where_it_is_caught_keeps_its_own_word() -> None:
    # The review is told the goods are krill, not "antarctic".
    first = CLASSIFIER.candidates("frozen Antarctic krill", top=3)[0]
    head = next(e for e in first.evidence if e.source == "head")
    assert head.matched == "krill"
    assert "goods (krill)" in head.reason


@pytest.mark.parametrize(("text", "heading"), [
    # A drink, a fruit or a bulb named before a table or a hand appliance says what it serves: the table is furniture,
    # the squeezer, mincer or press an appliance worked by hand, none a coffee maker, a fridge or a machine tool.
    ("walnut coffee tables", "9403"),
    ("low tea table with drawer", "9403"),
    ("tables", "9403"),
    ("lime squeezer", "8210"),
    ("cast iron meat mincer with clamp", "8210"),
    ("garlic press", "8210"),
])
def test_a_use_named_before_a_table_or_a_hand_appliance_is_not_the_goods(text: str, heading: str) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


@pytest.mark.parametrize(("text", "heading"), [
    ("table linen", "6302"), ("table tennis table", "9506"), ("billiard table", "9504"), ("table salt", "2501"),
])
def test_table_before_other_goods_names_none_of_its_own(text: str, heading: str) -> None:
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading
