"""Goods named plainly, as a report names them: the description wholly one gazetteer term of one heading.

The trained model learnt from rulings and tariff lines, which rarely name goods in a word or two, so a name alone seldom
gets a second source's agreement; the name is the evidence, when it stands for one heading and nothing reads it as
another (`hs/plain.py`, `confidence.confident_route`).
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier, classify
from sanctioneer.hs.codes import HsRange
from sanctioneer.hs.confidence import PLAIN_UNKNOWN, confident_route
from sanctioneer.hs.gazetteer import Gazetteer, Term, term_key
from sanctioneer.hs.plain import everyday_term, nomenclature_word, plain_term


def _gazetteer(*terms: tuple[str, str, str]) -> Gazetteer:
    return Gazetteer([Term(text, code, kind, "test group", "written for the test") for text, code, kind in terms])


SMALL = _gazetteer(
    ("sledge", "950699", "goods"),
    ("racing sledge", "950699", "goods"),
    ("lamp", "940549", "goods"),
    ("bicycle lamp", "851210", "goods"),
    ("pewter", "800700", "material"),
    ("saddle for pony", "420100", "goods"),
    ("pony", "010129", "goods"),
)


def _plain(text: str, gazetteer: Gazetteer = SMALL) -> str | None:
    return plain_term(text, gazetteer.find(text), gazetteer)


@pytest.mark.parametrize(("text", "heading"), [
    ("sledges", "9506"),
    ("Sledge", "9506"),
    ("second-hand racing sledges", "9506"),
    ("brand-new sledges", "9506"),
    # Words after "for" say what a term's goods serve: "saddle for pony" does not qualify "pony".
    ("ponies", "0101"),
])
def test_a_description_wholly_one_term_of_one_heading_is_plain(text: str, heading: str) -> None:
    assert _plain(text) == heading


@pytest.mark.parametrize("text", [
    # Another term qualifies the word into another heading: the word alone leaves the heading open.
    "lamps",
    # A material names no goods.
    "pewter",
    # Words beside the term that are not of quality: a state, a second term, a use.
    "wooden sledges",
    "sledges and lamps",
    "sledge runners",
    # "High" says how good only before "quality".
    "high sledges",
])
def test_a_description_that_is_more_or_less_than_one_decisive_term_is_not_plain(text: str) -> None:
    assert _plain(text) is None


def test_a_class_of_goods_many_headings_share_is_no_plain_name(classifier: GoodsClassifier) -> None:
    # The nomenclature speaks of machine tools in many headings (lathes, presses, grinders, their parts): the words
    # name a class, and the first answer stays for a person to check.
    found = classifier.classify("machine tools")
    assert not found.confident and found.hs is None
    candidates = classify("machine tools", semantic=False)
    assert not candidates[0].plain


def test_the_headings_a_term_ends_counts_the_terms_that_qualify_it() -> None:
    assert SMALL.headings_ending(term_key("lamp")) == {"9405", "8512"}
    assert SMALL.headings_ending(term_key("bicycle lamp")) == {"8512"}
    assert SMALL.headings_ending(term_key("pony")) == {"0101"}
    assert SMALL.headings_ending(term_key("kite")) == frozenset()


@pytest.fixture(scope="module")
def classifier() -> GoodsClassifier:
    return GoodsClassifier(semantic=False)


@pytest.mark.parametrize(("text", "heading"), [
    # Consequential headings named by their goods, words the trained model knows no heading for.
    ("artillery shells", "9306"),
    ("ballistic missiles", "9306"),
    ("refined petroleum", "2710"),
    ("second-hand limousines", "8703"),
    ("warheads", "9306"),
])
def test_goods_named_plainly_are_answered_with_confidence(classifier: GoodsClassifier, text: str,
                                                          heading: str) -> None:
    found = classifier.classify(text)
    assert found.confident and found.hs is not None and found.hs.startswith(heading)


@pytest.mark.parametrize(("text", "first", "other"), [
    # Rifles of war are 93.01, those for sport or hunting 93.03: the word alone does not say which.
    ("rifles", "9303", "9301"),
    # Guns alone are no spray guns to act on: the readings stay for a person to check, firearms among them.
    ("guns", "", "93"),
])
def test_a_plain_word_several_headings_share_stays_unsure(classifier: GoodsClassifier, text: str, first: str,
                                                          other: str) -> None:
    found = classifier.classify(text)
    assert not found.confident and found.hs is None
    assert found.candidates[0].startswith(first)
    assert any(code.startswith(other) for code in found.candidates)


def test_the_trained_model_knowing_the_words_must_rank_the_plain_heading_first_and_surely() -> None:
    # The term names the wheat flour of 11.01; the trained model, which knows the words, ranks the flours of other
    # cereals (11.02) first: the name alone is not enough against it, and a person checks.
    candidates = classify("wheat flour", semantic=False)
    first = candidates[0]
    assert first.hs == "1101" and first.plain
    assert first.model_best >= PLAIN_UNKNOWN and first.probability < first.model_best
    assert confident_route(candidates) is None
    # Nor are the words the heading's own for its goods ("Wheat or meslin flour"): no second name agrees.
    assert not first.own_name


@pytest.mark.parametrize(("words", "heading", "own"), [
    # The heading's own text names the goods, and no other heading's does.
    (("horse",), "0101", True),
    (("missile",), "9306", True),
    (("torpedo",), "9306", True),
    # Other headings name them too: fire-extinguishing grenades, air guns and spray guns, coal tar and coke of coal.
    (("grenade",), "9306", False),
    (("gun",), "9303", False),
    (("coal",), "2701", False),
    # Words of a heading's text that the goods come from are not the goods ("Meat of horses" counts for 02.05 not).
    (("horse",), "0205", False),
    # Goods a heading's text leaves out are not its goods, and an example names goods by its last words: 19.04's
    # "cereals (other than maize (corn))" and "(e.g. corn flakes)" leave corn to 10.05 alone, while the hospital beds
    # among 94.02's examples are its goods; both 33.04 and 33.07 name cosmetics.
    (("corn",), "1005", True),
    (("maize",), "1005", True),
    (("corn",), "1904", False),
    (("hospital", "bed"), "9402", True),
    (("cosmetic",), "3304", False),
])
def test_the_nomenclature_names_goods_in_the_text_of_one_heading(words: tuple[str, ...], heading: str,
                                                                 own: bool) -> None:
    assert nomenclature_word(words, heading) is own


@pytest.mark.parametrize(("text", "heading"), [
    # Named plainly in a word the heading's own text uses for its goods and no other's: the model ranking the heading
    # first is enough beside the gazetteer's term and the heading's text.
    ("horses", "0101"),
    ("missiles", "9306"),
    ("new torpedoes", "9306"),
])
def test_a_plain_name_that_is_the_headings_own_word_needs_the_model_only_to_rank_it_first(
    classifier: GoodsClassifier, text: str, heading: str
) -> None:
    candidates = classify(text, semantic=False)
    first = candidates[0]
    assert first.hs == heading and first.plain and first.own_name
    assert first.probability >= first.model_best
    assert confident_route(candidates) == "plain name"
    found = classifier.classify(text)
    assert found.confident and found.hs is not None and found.hs.startswith(heading)


def test_guns_alone_are_never_first_spray_guns(classifier: GoodsClassifier) -> None:
    # Spray guns project liquids: without a word of spraying, guns are not them, and stay unsure among the arms.
    found = classifier.classify("guns")
    assert not found.confident and not found.candidates[0].startswith("8424")
    assert any(code.startswith("93") for code in found.candidates)
    # A word of spraying keeps them spray guns; a kind of gun of war names its heading.
    assert classify("paint spraying guns for car bodies", semantic=False)[0].hs == "8424"
    found = classifier.classify("artillery guns")
    assert found.confident and found.hs is not None and found.hs.startswith("9301")


@pytest.mark.parametrize("text", ["alcoholic beverages", "assorted alcoholic drinks"])
def test_alcoholic_drinks_are_never_confidently_soft_drinks(classifier: GoodsClassifier, text: str) -> None:
    # Heading 22.02 holds non-alcoholic beverages only: the trained model, which reads "non-alcoholic" as "alcoholic",
    # must not make them its answer.
    found = classifier.classify(text)
    assert not (found.confident and found.hs is not None and found.hs.startswith("2202"))


def test_crude_oil_in_a_report_is_petroleum_and_in_a_tariff_line_stays_open(classifier: GoodsClassifier) -> None:
    # A tariff's "Crude oil" is a sub-line under the vegetable oil its line above names; a report's is petroleum, the
    # rule that reads "crude" with "oil" and the gazetteer's term agreeing.
    assert not classifier.classify("Crude oil").confident
    found = classifier.classify_report("crude oil")
    assert found.confident and found.hs is not None and found.hs.startswith("2709")
    # A plant named beside it makes it a vegetable oil, in a report too.
    found = classifier.classify_report("crude sunflower oil")
    assert found.candidates[0].startswith("1512") and not (found.hs or "").startswith("2709")


def test_a_plain_name_is_answered_by_its_own_route() -> None:
    candidates = classify("artillery shells", semantic=False)
    assert candidates[0].plain and confident_route(candidates) == "plain name"


@pytest.mark.parametrize(("text", "heading"), [("mortar ammunition", "9306"), ("self-propelled guns", "9301")])
def test_a_report_naming_consequential_goods_is_confident_where_a_tariff_line_is_not(classifier: GoodsClassifier,
                                                                                     text: str, heading: str) -> None:
    # A report names goods in a word or two, which the sources taught by tariff lines seldom rank first; an answer in
    # the consequential ranges can only make a verdict stricter, so the report's name is enough.
    assert not classifier.classify(text).confident
    found = classifier.classify_report(text)
    assert found.confident and found.hs is not None and found.hs.startswith(heading)
    candidates = classify(text, semantic=False, sensitive=classifier.sensitive, report=True)
    assert confident_route(candidates, report=True) == "consequential name in a report"


def test_self_propelled_artillery_is_artillery_not_an_armoured_vehicle(classifier: GoodsClassifier) -> None:
    assert classifier.classify("self-propelled howitzers").candidates[0].startswith("9301")


EVERYDAY = _gazetteer(
    ("sledge", "950699", "goods"),
    ("toy sledge", "950300", "goods"),
    ("kettle", "851671", "goods"),
    ("camping kettle", "732393", "goods"),
    ("carbine", "930320", "goods"),
    ("assault carbine", "930190", "goods"),
    ("harp", "920290", "goods"),
)
#: Ranges a narrow measure makes consequential, for the test: the arms of war of 93.01.
WAR_ARMS = (HsRange("9301", "9301"),)


@pytest.mark.parametrize(("words", "heading"), [
    # "Toy sledge" qualifies "sledge" in the same chapter, outside the consequential ranges: the name stands.
    ("sledges", "9506"),
    ("second-hand sledges", "9506"),
    ("harps", "9202"),
    # A reading in another chapter may fall under a measure that bans that chapter: the heading stays open.
    ("kettles", None),
    # A reading in the consequential ranges leaves the heading open.
    ("carbines", None),
    # Words that say which goods these are, or state, are not the plain name.
    ("wooden sledges", None),
])
def test_a_reports_everyday_name_stands_when_no_reading_of_it_could_change_a_verdict(words: str,
                                                                                     heading: str | None) -> None:
    assert plain_term(words, EVERYDAY.find(words), EVERYDAY) in (None, heading)
    assert everyday_term(words, EVERYDAY.find(words), EVERYDAY, WAR_ARMS) == heading


def test_without_consequential_ranges_no_everyday_name_is_known_to_be_harmless() -> None:
    assert everyday_term("sledges", EVERYDAY.find("sledges"), EVERYDAY, ()) is None
