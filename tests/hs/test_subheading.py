"""Choosing the subheading inside a heading: the only one, the one the words fit, a split, or none."""

from __future__ import annotations

import re

import pytest

from sanctioneer.errors import InputError
from sanctioneer.hs import subheading
from sanctioneer.hs.classify import GoodsClassifier, classify
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.hs.subheading import apply_splits, choose_subheading, load_splits, subheading_index
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))


def test_a_heading_with_one_subheading_gets_it_and_says_so() -> None:
    choice = choose_subheading("anything at all", "2709")
    assert (choice.code, choice.basis, choice.sure) == ("270900", "only", True)
    first = classify("crude petroleum, 700,000 barrels")[0]
    assert first.subheading == "270900" and first.code == "270900"
    only = next(e for e in first.evidence if e.reason.startswith("the only subheading"))
    assert only.entry.startswith("2709.00 ") and "27.09" in only.reason


@pytest.mark.parametrize(
    ("text", "heading", "expected"),
    [
        # Case, plurals and hyphens fold: "Boneless", "cuts", "bone-in".
        ("Boneless Beef Cuts, chilled", "0201", "020130"),
        ("bone-in beef cuts, fresh", "0201", "020120"),
        ("beef carcasses", "0201", "020110"),
        ("husked brown rice", "1006", "100620"),
        ("rice, broken grains", "1006", "100640"),
        # Negation is read on both sides: "not roasted" in the line counts against "roasted".
        ("roasted coffee", "0901", "090121"),
        ("decaffeinated coffee, roasted", "0901", "090122"),
        ("coffee, not roasted", "0901", "090111"),
        # A fibre the nomenclature names by its family.
        ("men's polyester shirts, woven", "6205", "620530"),
        ("men's shirts of viscose", "6205", "620530"),
        ("whole chickens, frozen", "0207", "020712"),
        # The nomenclature writes "co-axial": 8544.20 is outside the insulated conductors the rulebook names.
        ("coaxial cable", "8544", "854420"),
    ],
)
def test_the_words_choose_the_line_that_fits(text: str, heading: str, expected: str) -> None:
    choice = choose_subheading(text, heading)
    assert choice.code == expected, choice
    assert choice.basis == "words" and not choice.sure


def test_when_nothing_chooses_the_heading_is_kept() -> None:
    assert choose_subheading("goods of various kinds", "8703") == subheading.Choice("8703", "none", False)
    # A phone case is of leather, plastics or textile (42.02): nothing in the words says which.
    first = classify("cellular phone case")[0]
    assert first.subheading == first.hs == first.code == "4202"
    kept = next(e for e in first.evidence if "the heading is kept" in e.reason)
    assert kept.code == first.hs and kept.entry.startswith(first.hs)


def test_the_nearest_tariff_line_chooses_when_the_nomenclatures_words_do_not() -> None:
    # No line of 73.26 fits "goods of iron or steel" better than another; the nearest tariff line is one of
    # 7326.90's. A resemblance: the answer stays the heading until the words say more.
    first = classify("goods of iron or steel")[0]
    assert (first.hs, first.subheading, first.subheading_basis, first.code) == ("7326", "732690", "hint", "7326")
    assert any(e.source == "tariff" and e.code == "732690" for e in first.evidence)


CONSEQUENTIAL_BAGS = frozenset({"420212", "420222", "420232", "420292"})


def test_a_tie_with_a_consequential_line_goes_to_the_line_outside_the_consequential_ranges() -> None:
    # "Trunks" fit the trunks of leather (4202.11), of plastics or textile (4202.12, luxury goods to the DPRK) and
    # of other materials (4202.19) alike: the tie does not state the surface, so it does not choose 4202.12.
    plain = choose_subheading("trunks", "4202")
    assert plain.tied == ("420211", "420212", "420219")
    chosen = choose_subheading("trunks", "4202", consequential=CONSEQUENTIAL_BAGS)
    assert (chosen.code, chosen.basis, chosen.sure) == ("420211", "words", False)
    # Nor do hints: a resemblance breaks the tie among the other lines only.
    hinted = choose_subheading("trunks", "4202", consequential=CONSEQUENTIAL_BAGS, hints={"420212": 0.9})
    assert hinted.code == "420211"
    # Words that state the surface still choose the consequential line.
    assert choose_subheading("textile trunks", "4202", consequential=CONSEQUENTIAL_BAGS).code == "420212"


def test_a_tie_with_a_consequential_line_is_shown_and_left_unsure() -> None:
    classifier = GoodsClassifier(semantic=False, sensitive=SENSITIVE)
    first = classifier.candidates("Travel, sports and similar bags", top=3)[0]
    assert (first.hs, first.subheading, first.code) == ("4202", "420211", "4202")
    alike = next(e for e in first.evidence if "as well as" in e.reason)
    assert alike.code == "420212" and "consequential" in alike.reason
    assert classifier.classify("Travel, sports and similar bags").hs is None


def test_goods_not_named_as_a_consequential_lines_are_not_put_in_it_by_resemblance() -> None:
    consequential = frozenset({"701322", "701333", "701341", "701391"})
    # "Crystal" fits the lead crystal lines of 70.13 best; a description that does not name lead crystal goes to
    # the lines outside them, or keeps the heading when their words choose none.
    assert choose_subheading("crystal glassware", "7013", consequential=consequential).code == "701391"
    unnamed = choose_subheading("crystal glassware", "7013", consequential=consequential, unnamed=True)
    assert (unnamed.code, unnamed.basis) == ("701349", "words")
    chemical = "dimethylamino isopropyl chloride hydrochloride"
    assert choose_subheading(chemical, "2921").code == "292112"
    held = choose_subheading(chemical, "2921", consequential=frozenset({"292112", "292113", "292114"}), unnamed=True,
                             hints={"292112": 0.5})
    assert held == subheading.Choice("2921", "none", False)


@pytest.mark.parametrize(("text", "heading", "consequential", "expected"), [
    # Nothing chooses among 39.26's other lines: its line of other articles, unsure.
    ("kayak paddles", "3926", {"392620", "392640"}, subheading.Choice("392690", "residual", False)),
    # The words fit the statuettes better than the other articles: the heading is kept.
    ("angel statuette", "3926", {"392620", "392640"}, subheading.Choice("3926", "none", False)),
    # Every line of 69.13 is consequential: its last is no line outside them.
    ("planter", "6913", {"691310", "691390"}, subheading.Choice("6913", "none", False)),
    # Compounds, not articles: 2931.90 would hide an organo-phosphorus compound from review.
    ("alkyl phosphonyl difluoride", "2931", {"293159"}, subheading.Choice("2931", "none", False)),
    # 69.11's last line is its other articles ("household and toilet articles; n.e.c. in heading no. 6911"): a
    # toothbrush holder of porcelain is not the tableware of 6911.10.
    ("porcelain toothbrush holders", "6911", {"691110"}, subheading.Choice("691190", "residual", False)),
    # Mugs and plates are tableware: the words fit 6911.10 better than the other articles, so the heading is kept.
    ("porcelain mugs", "6911", {"691110"}, subheading.Choice("6911", "none", False)),
    ("plates not over 27.9 cm in maximum diameter", "6911", {"691110"}, subheading.Choice("6911", "none", False)),
])
def test_goods_no_consequential_line_names_take_the_line_of_other_articles_only_where_nothing_else_may_fit(
    text: str, heading: str, consequential: set[str], expected: subheading.Choice
) -> None:
    assert choose_subheading(text, heading, consequential=frozenset(consequential), unnamed=True) == expected


@pytest.mark.parametrize(("text", "heading", "expected"), [
    ("porcelain mugs", "6911", "691110"),
    ("teacups and saucers of bone china", "6911", "691110"),
    ("plates", "6911", "691110"),
    ("plastic cups", "3924", "392410"),
    ("aluminium serving platters", "7615", "761510"),
    # Glass mugs are drunk from: the drinking glasses of 70.13, not its other table glassware.
    ("glass beer mugs", "7013", "701337"),
    ("glass salad bowls", "7013", "701349"),
])
def test_cups_mugs_plates_and_bowls_are_read_as_tableware(text: str, heading: str, expected: str) -> None:
    assert choose_subheading(text, heading).code == expected


def test_dish_towels_are_kitchen_linen_not_table_linen() -> None:
    chosen = choose_subheading("cotton dish towels", "6302")
    # "Dish" is read as kitchenware: the kitchen linen of 6302.60 or 6302.91, not the table linen of 6302.51.
    assert chosen.code in {"630260", "630291"}
    assert chosen.overlap is not None and "kitchen" in chosen.overlap.words


def test_a_named_subheading_wins_and_a_generic_default_yields_to_other_words() -> None:
    named = choose_subheading("polyester shirts", "6205", named={"620520": 1.0})
    assert (named.code, named.basis) == ("620520", "named")
    kept = choose_subheading("cotton shirts", "6205", defaults={"620520": 1.0}, covered="shirts")
    # "cotton" fits the usual line alone: the description states it.
    assert (kept.code, kept.basis, kept.sure) == ("620520", "stated", True)
    usual = choose_subheading("shirts", "6205", defaults={"620520": 1.0}, covered="shirts")
    assert (usual.code, usual.basis, usual.sure) == ("620520", "default", True)
    moved = choose_subheading("polyester shirts", "6205", defaults={"620520": 1.0}, covered="shirts")
    assert (moved.code, moved.basis) == ("620530", "words")
    # The term's own words do not overrule the term: "pork" chose 0203.19, "frozen" moves it to 0203.29.
    parallel = choose_subheading("pork, frozen", "0203", defaults={"020319": 1.0}, covered="pork")
    assert parallel.code == "020329"


def test_hints_break_a_tie_between_lines_the_words_fit_equally() -> None:
    tied = choose_subheading("roasted coffee", "0901", hints={"090122": 0.4})
    assert tied.code == "090122"
    alone = choose_subheading("something", "0901", hints={"090190": 0.3})
    assert (alone.code, alone.basis) == ("090190", "hint")


@pytest.mark.parametrize(
    ("text", "heading", "moved_to", "within"),
    [
        ("ladies' cotton trousers", "6203", "6204", None),
        ("women's jeans", "6203", "6204", None),
        ("girls' woven dresses", "6104", "6204", None),
        ("men's trousers", "6204", "6203", None),
        ("knitted ladies trousers", "6203", "6104", None),
        ("knitted shirts for boys", "6205", "6105", None),
        ("frozen beef", "0201", "0202", None),
        ("chilled beef", "0202", "0201", None),
        ("fresh tuna", "0303", "0302", None),
        ("flavoured mineral water", "2201", "2202", None),
        ("non-alcoholic beer", "2203", "2202", "220291"),
        ("green coffee beans", "0901", "0901", "09011"),
        ("roasted coffee beans", "0901", "0901", "09012"),
    ],
)
def test_a_stated_property_moves_the_candidate_to_its_side(
    text: str, heading: str, moved_to: str, within: str | None
) -> None:
    moved, narrowed, hits = apply_splits(text, heading)
    assert (moved, narrowed) == (moved_to, within)
    assert hits and all(hit.split.reason for hit in hits)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("cotton trousers", "6203"),  # nothing said of the wearer: no move
        ("women's and men's trousers", "6203"),  # both said: no move
        ("beef, not frozen", "0201"),
        ("coffee, not roasted", "0901"),
        ("mineral water, unflavoured", "2201"),
        ("Rolls-Royce Phantom for a lady", "8703"),  # no split concerns the heading
    ],
)
def test_no_move_without_a_clear_statement(text: str, heading: str) -> None:
    moved, _, hits = apply_splits(text, heading)
    assert moved == heading
    assert all(hit.prefix.startswith(heading) for hit in hits)


@pytest.mark.parametrize(
    ("text", "heading", "subheading", "split_id"),
    [
        ("ladies' cotton trousers", "6204", "620462", "suits-and-trousers-by-wearer"),
        ("boneless beef chuck rolls, frozen, vacuum packed", "0202", "020230", None),
        ("lemon-flavoured sparkling mineral water", "2202", "220210", "water-flavoured-or-not"),
        ("unroasted arabica coffee", "0901", "090111", "coffee-roasted-or-not"),
        ("shirts of 100% polyester, men", "6205", "620530", None),
    ],
)
def test_classify_explains_the_subheading_with_the_line_or_the_split(
    text: str, heading: str, subheading: str, split_id: str | None
) -> None:
    first = classify(text)[0]
    assert (first.hs, first.subheading) == (heading, subheading)
    if split_id:
        split = next(e for e in first.evidence if e.entry == split_id)
        assert split.source == "rule" and split.reason and split.matched
    # Some piece of evidence names the subheading itself: the nomenclature line the words fit, or
    # the gazetteer term whose usual subheading it is.
    naming = [e for e in first.evidence if e.code == subheading]
    assert naming
    for item in naming:
        if item.source == "nomenclature":
            assert item.entry.startswith(f"{subheading[:4]}.{subheading[4:]} ")


def test_every_split_names_codes_of_hs_2022_and_a_reason() -> None:
    subheadings = load_nomenclature().subheadings
    splits = load_splits()
    assert len(splits) >= 15
    for split in splits:
        assert split.reason
        for _, _, prefix in split.sides:
            assert any(code.startswith(prefix) for code in subheadings), (split.id, prefix)


def test_synonyms_and_negation_are_read_in_the_description() -> None:
    stated, excluded = subheading_index().query("unroasted coffee, no added sugar, polyester")
    assert "roast" in excluded and "sugar" in excluded
    assert {"synthetic", "coffee"} <= stated


def test_a_condition_in_the_description_states_nothing_of_the_goods() -> None:
    # "Which if containing lead ... is not treated": the lead is a condition, not what the slag mainly contains, so
    # the slag is not the lead slag of 2620.21-29 (consequential) but the other slag of 2620.99.
    stated, excluded = subheading_index().query("slag of titanium ore, which if containing lead is not treated; dried")
    assert {"slag", "titanium", "dried"} <= stated and "lead" not in stated | excluded
    text = "slag of titanium ore smelting, which if containing lead above 2 percent is not treated for its recovery"
    first = classify(text, sensitive=SENSITIVE)[0]
    assert first.subheading == "262099", first.code


_SIDES = "properties: {a: 'a', b: 'b'}\nsplits:\n  - {id: x, reason: r, sides: {a: '6203', %s}}\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("splits: []\nextra: 1\n", "extra: unknown key"),
        ("- a list\n", "expected a mapping"),
        ("properties: {men: '(men'}\n", "properties.men: the pattern does not compile"),
        ("properties: {a: 'a'}\nsplits:\n  - {id: x, reason: r, sides: {a: '6203'}}\n", "at least two"),
        (_SIDES % "c: '6204'", "sides.c: unknown property"),
        (_SIDES % "b: '9988'", "no HS 2022 subheading starts with '9988'"),
        (_SIDES % "b: '62'", "expected a code prefix of 4 to 6 digits"),
        ("properties: {a: 'a', b: 'b'}\nsplits:\n  - {id: x, sides: {a: '6203', b: '6204'}}\n", "an id and a reason"),
        ("splits:\n  - {id: x, reason: r, sides: {}, when: 1}\n", "keys id, sides and reason only"),
        ("properties: {a: 'a'}\nproperties: {b: 'b'}\n", "duplicate key 'properties'"),
    ],
)
def test_a_malformed_splits_file_is_refused_with_the_place(
    monkeypatch: pytest.MonkeyPatch, text: str, words: str
) -> None:
    monkeypatch.setattr(subheading, "_text", lambda: text)
    with pytest.raises(InputError, match=re.escape(words)) as caught:
        load_splits.__wrapped__()
    assert "subheadings.yaml" in str(caught.value)
    assert "correct the packaged data file" in str(caught.value)


def test_a_synonym_that_is_not_a_list_of_words_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subheading, "_text", lambda: "synonyms: {polyester: synthetic}\n")
    with pytest.raises(InputError, match=re.escape("synonyms.polyester: expected a list of words")):
        subheading._synonyms()


def test_a_moved_term_keeps_its_goods_not_its_last_digits() -> None:
    # Men's cotton trousers are 6203.42; in 62.04 the same digits are dresses, trousers are 6204.62.
    assert subheading.counterpart("620342", "6204") == "620462"
    first = classify("ladies cotton chinos, woven")[0]
    assert (first.hs, first.subheading) == ("6204", "620462")
    assert any(e.entry == "suits-and-trousers-by-wearer" for e in first.evidence)


@pytest.mark.parametrize(
    ("text", "heading", "subheading"),
    [
        ("knitted hair accessories of polyester", "6117", "611780"),
        ("woven cotton clothing accessory", "6217", "621710"),
    ],
)
def test_accessories_answer_their_headings_line_of_accessories_not_its_parts(
    text: str, heading: str, subheading: str
) -> None:
    # 61.17 and 62.17 give clothing accessories a line of their own beside the parts of them: an accessory is not
    # sent to the parts, as a part is.
    assert choose_subheading(text, heading, parts=True, accessories=True).code == subheading
    assert choose_subheading(f"parts of {text}", heading, parts=True).code == f"{heading}90"
    first = classify(text, top=3)[0]
    assert first.hs in ("6117", "6217") and first.subheading[4:] != "90"
