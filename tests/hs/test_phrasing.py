"""Customs phrasing: the same goods in an importer's, an invoice's or a catalogue's words get the same heading.

Each battery varies one thing around goods whose heading a customs officer would give from the HS
2022 nomenclature: origin, packing and reference numbers around the goods, sizes, a maker's name,
a catalogue's inverted order, a share of a material, a kit, parts of other goods. None of these
may move innocent goods into a heading the rulebook makes consequential.
"""

from __future__ import annotations

import pytest

from sanctioneer.hs.classify import GoodsClassifier
from sanctioneer.hs.codes import Relation
from sanctioneer.hs.head import parse
from sanctioneer.hs.qualifiers import goods_text
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges

SENSITIVE = sensitive_ranges(load_rulebook(default_rulebook_dir()))
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


def _sensitive(heading: str) -> bool:
    return any(r.relation(heading) is not Relation.OUTSIDE for r in SENSITIVE)


def _first(text: str) -> tuple[str, bool]:
    """The first heading for a description, and whether it is a consequential one."""
    first = CLASSIFIER.candidates(text, top=3)[0]
    return first.hs, _sensitive(first.hs)


# Goods and the heading a customs officer gives them.
GOODS = [
    ("steel hex bolts", "7318"),
    ("stainless steel kitchen sink", "7324"),
    ("battery-powered toy car", "9503"),
    ("men's knit cotton pullover", "6110"),
    ("electric kettle", "8516"),
    ("glass vase", "7013"),
    ("tennis balls", "9506"),
]
# The words importers and invoices wrap goods in: where from, how packed, which item, what size, whose, what price.
WRAPPINGS = [
    "{} from China",
    "{} made in Viet Nam",
    "{}; HTS",
    "{}, imported for sale",
    "{} in retail packaging",
    "{}, in bulk",
    "{}, Model AB-1234",
    "Model AB-1234 {}",
    "Item No. 4567, {}",
    "{} SKU 12345",
    "12 inch {}",
    "{}, 10 x 20 cm",
    "Acme brand {}",
    "{}, 6-pack",
    "{}, 50 pcs",
    "The tariff classification of {}",
    'the "Sunny Days" {}',
    "two styles of {}",
    "certain {}",
    "“Model Star” {}",
    # A price beside the goods: what they cost, not which goods.
    "USD 12.50 per piece {}",
    "{} 3.20 USD/kg",
    "{} at $3/kg",
    "{}, FOB USD 1,250.00",
    # A maker's number without a hyphen, set apart before the goods.
    "ZX4500, {}",
    "KT300: {}",
]


@pytest.mark.parametrize(("goods", "heading"), GOODS)
@pytest.mark.parametrize("wrapping", WRAPPINGS)
def test_origin_packing_references_and_sizes_do_not_move_the_goods(goods: str, heading: str, wrapping: str) -> None:
    assert _first(wrapping.format(goods)) == (heading, _sensitive(heading))


@pytest.mark.parametrize("text", ["AK47, rifle", "N95, mask", "R134a, refrigerant gas", "ZX4500"])
def test_a_short_designation_or_a_number_alone_is_kept(text: str) -> None:
    # Two letters or fewer, or two digits or fewer: a weapon's, a standard's or a gas's name, which may be the goods.
    assert text.split(",")[0] in goods_text(text)


def test_a_size_the_nomenclature_reads_stays_in_the_description() -> None:
    # "exceeding 50 cc" is the criterion of a subheading: the subheading still reads it.
    first = CLASSIFIER.candidates("motorcycles with piston engine of a cylinder capacity exceeding 50 cc but not "
                                  "exceeding 250 cc", top=1)[0]
    assert (first.hs, first.subheading) == ("8711", "871120")


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Bolts, hex, steel", "7318"),
        ("Shirts, men's, cotton, woven", "6205"),
        ("Pullover, men's, knit, cotton", "6110"),
        ("Toy car, battery-powered", "9503"),
        ("Knives, kitchen", "8211"),
        ("shirt, men's, of cotton, woven", "6205"),
        ("men's woven shirts of 100% cotton", "6205"),
    ],
)
def test_a_catalogues_inverted_order_gets_the_heading_of_the_plain_order(text: str, heading: str) -> None:
    assert _first(text) == (heading, _sensitive(heading))


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # The share after the goods is what they are made of, not the goods: milk, not fats.
        ("skimmed milk 0.5% fat", "0401"),
        ("men's knit polo shirt 60% cotton 40% polyester", "6105"),
    ],
)
def test_a_share_after_the_goods_is_their_material(text: str, heading: str) -> None:
    assert _first(text) == (heading, _sensitive(heading))


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # A kit is classified as the goods that give it its essential character (GIR 3 (b)) ...
        ("fishing rod kit", "9507"),
        ("leather handbag kit", "4202"),
        # ... unless the nomenclature names the kit itself.
        ("first aid kit", "3006"),
    ],
)
def test_a_kit_is_the_goods_it_holds(text: str, heading: str) -> None:
    assert _first(text) == (heading, _sensitive(heading))


def test_a_kit_read_as_the_goods_it_holds_is_never_answered_with_confidence() -> None:
    # The essential character of a set is a person's judgement (GIR 3 (b)): the answer goes to review.
    kit = CLASSIFIER.classify("fishing rod kit")
    assert not kit.confident and kit.candidates[0].startswith("9507")
    assert CLASSIFIER.candidates("fishing rod kit", top=1)[0].composite
    assert not CLASSIFIER.candidates("fishing rods", top=1)[0].composite


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("parts of excavators", "8431"),
        ("bucket for an excavator", "8431"),
        ("rotor for an electric motor", "8503"),
        ("parts of bicycles", "8714"),
        ("motorcycle parts", "8714"),
        ("parts for a television", "8529"),
        ("parts of circuit breakers", "8538"),
        ("parts for passenger cars", "8708"),
        # A heading of parts that names the headings of other goods beside goods of its own (84.48: auxiliary textile
        # machinery, and parts of the machines of 84.44 to 84.47), or that names none and takes the parts of its
        # chapter's goods (92.09: musical instrument parts; chapter 92 Note 2).
        ("parts for looms", "8448"),
        ("spare parts for weaving machines", "8448"),
        ("accordion parts", "9209"),
        ("parts of a cello", "9209"),
        ("umbrella frame parts", "6603"),
    ],
)
def test_parts_go_to_the_heading_the_nomenclature_gives_the_parts_of_their_goods(text: str, heading: str) -> None:
    assert _first(text) == (heading, _sensitive(heading))


@pytest.mark.parametrize(
    ("text", "goods", "parts"),
    [
        ("parts of excavators", "84.29", "8431"),
        ("rotor for an electric motor", "85.01", "8503"),
        ("parts of a cello", "92.02", "9209"),
    ],
)
def test_the_move_to_the_parts_heading_says_why(text: str, goods: str, parts: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == parts
    rule = next(e for e in first.evidence if e.entry == "parts-with-their-goods")
    assert f"parts of the goods of {goods} have a heading of their own" in rule.reason


@pytest.mark.parametrize(
    ("text", "subheading"),
    [
        ("parts of microwave ovens", "851690"),
        ("spare parts for a ride-on lawn mower", "843390"),
        ("refrigerator door parts", "841899"),
        ("parts for centrifugal pumps", "841391"),
    ],
)
def test_parts_answer_their_headings_line_of_parts_not_the_whole_goods_line(text: str, subheading: str) -> None:
    # The whole goods' line shares more of the words; the goods are parts, and the heading has a line of parts.
    assert CLASSIFIER.candidates(text, top=3)[0].subheading == subheading


@pytest.mark.parametrize(
    "text",
    [
        "camera bag", "instrument case with shoulder strap", "golf bag with rain hood", "insulated lunch bag",
        "tool bag with zip pockets", "mobile phone case with card slot", "toiletry bag for travel",
    ],
)
def test_containers_heading_4202_names_by_what_they_hold_are_its_goods(text: str) -> None:
    # Heading 42.02 lists camera cases, musical instrument cases, insulated food bags, toilet bags, tool bags and
    # sports bags: the head noun is the container, whatever it holds.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == "4202"
    assert first.named


def test_a_container_of_a_material_42_02_does_not_list_is_not_named_by_its_term() -> None:
    # Cases of wood are among the caskets and cases of 44.20: "wooden" before the term leaves it unnamed.
    bags = [c for c in CLASSIFIER.candidates("wooden pencil case", top=5) if c.hs == "4202"]
    assert all(not c.named for c in bags)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # A bolt is a part of general use (Section XVI Note 1 (g)): what it is for does not make it a car part.
        ("steel hex bolts for automotive use", "7318"),
        # Whole goods the head noun names are not their parts.
        ("laptop computer", "8471"),
        ("laptop computer, 14 inch", "8471"),
    ],
)
def test_goods_that_are_not_parts_stay_in_their_own_heading(text: str, heading: str) -> None:
    assert _first(text) == (heading, _sensitive(heading))


def test_a_material_after_the_goods_does_not_make_them_the_raw_material() -> None:
    # "rubber" after "of" says what the flip-flops are made of: footwear, not natural rubber of 40.01.
    assert _first("flip flops of rubber")[0] == "6402"
    assert _first("sandals with soles of rubber")[0] in ("6402", "6404")


def test_a_foods_state_does_not_keep_its_goods_from_being_named() -> None:
    # Cooked shrimp are a crustacean preparation (16.05): named by the head noun, "frozen" and "cooked" only
    # their state, so the consequential heading answers first; frozen fruit stays fruit.
    first = CLASSIFIER.candidates("frozen cooked shrimp", top=3)[0]
    assert (first.hs, first.named) == ("1605", True)
    assert _first("frozen cooked strawberries") == ("0811", False)


@pytest.mark.parametrize("text", [
    "women's tank top, 60% cotton 40% polyester, from China",
    "Tops, tank, women's, knit",
    "fish tank kit, 20 gallon",
    "rifle scope covers, Model RS-2, in retail packaging",
    "Starters, fermentation, for yogurt",
    "bus shells for model railways, 1:87",
    "control arms for passenger cars, Item No. 55-1234",
])
def test_no_wrapping_or_order_puts_innocent_goods_in_a_consequential_heading(text: str) -> None:
    heading, sensitive = _first(text)
    assert not sensitive, heading


@pytest.mark.parametrize("text", ["surface-to-air missiles", "air-to-air missiles"])
def test_a_hyphenated_modifier_does_not_end_the_goods_phrase(text: str) -> None:
    # "to" inside a hyphenated word connects nothing: the goods are the missiles, named by the gazetteer's term.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == "9306"
    head = next(e for e in first.evidence if e.source == "head")
    assert (head.entry, head.matched) == (f"gazetteer {text[:-1]}", "missile")


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # Footwear by the material of its upper (64.04: textile uppers), which the word "shoes" does not say.
        ("shoes with textile uppers", "6404"),
        ("textile shoes", "6404"),
        # A garment's word alone does not say knitted or not (chapters 61 and 62): the words around it decide.
        ("women's knit dress", "6104"),
        ("women's woven dress", "6204"),
        ("men's knit shirts", "6105"),
        # Tiles by their material (39.18 plastics, 69.07 ceramics).
        ("vinyl floor tiles", "3918"),
        ("porcelain floor tiles", "6907"),
        # A term that states the material or the make still names the goods.
        ("knitted gloves", "6116"),
        ("rubber boots", "6401"),
        ("leather shoes", "6403"),
        ("ceramic tiles", "6907"),
    ],
)
def test_a_garment_footwear_or_tile_word_alone_leaves_the_heading_to_its_material_or_make(
    text: str, heading: str
) -> None:
    assert _first(text)[0] == heading


def test_a_garment_word_alone_is_weighed_with_the_other_evidence_and_never_sure() -> None:
    # "gloves" may be knitted (61.16), not knitted (62.16), of leather (42.03), of rubber (40.15) or plastics:
    # no gazetteer term decides, the nomenclature's own word names the goods and the evidence is weighed.
    assert not CLASSIFIER.classify("gloves").confident
    first = CLASSIFIER.candidates("gloves", top=3)[0]
    assert first.weighed and first.named_by == "nomenclature"
    assert not any(e.source == "gazetteer" and e.entry == "gloves" and e.score >= 1 for e in first.evidence)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("bulldozer or angledozer blades", "8431"),
        ("knitted or crocheted fabrics", "6006"),
        ("ball or roller bearing housings", "8483"),
    ],
)
def test_a_word_before_or_qualifies_the_goods_named_after_it(text: str, heading: str) -> None:
    # The blades of a bulldozer are parts of earth-moving machinery, not the bulldozer; housings are not bearings.
    assert _first(text)[0] == heading


@pytest.mark.parametrize(("text", "head"), [
    ("Athletic, recreational and sporting headgear", "headgear"),
    ("Athletic, recreational, and sporting headgear", "headgear"),
    ("Men's, boys' and women's trousers", "trouser"),
    ("Steel, iron or aluminium fittings", "fitting"),
    ("Table, kitchen or other household articles", "article"),
    ("Tennis, badminton or squash rackets", "racket"),
    # A word written in the plural is goods of its own; what refers back to the words before is not new goods.
    ("Bolts, nuts and screws", "bolt"),
    ("Bolts, nuts and hex screws", "bolt"),
    ("Ambulances, hearses and prison vans", "ambulance"),
    ("Dinoseb (ISO) and its salts", "dinoseb"),
    # The words after "and" or "or" must name goods, not a state.
    ("Sanded, grooved or otherwise advanced in condition", "sanded"),
    ("Vinyl, resin or cement coated", "vinyl"),
])
def test_a_comma_series_of_single_words_qualifies_the_goods_named_after_it(text: str, head: str) -> None:
    # "Athletic" says which headgear: the series describes the goods after the last "and" or "or".
    assert parse(goods_text(text)).head == head


@pytest.mark.parametrize(("text", "head"), [
    ("girls' and women's wrap skirts", "skirt"),
    ("Boys\u2019 and men\u2019s quilted vests", "vest"),  # typographic apostrophes
    ("children's or adults' wool socks", "sock"),
    # A possessive with no goods after "or" stays as written: the tariff's sub-line names nothing.
    ("Women's or girls'", "s"),
])
def test_one_possessive_before_and_or_or_says_whose_goods_the_phrase_after_names(text: str, head: str) -> None:
    # Read as the possessive's "s" the goods were unnamed; the phrase after "and" names them.
    assert parse(goods_text(text)).head == head


@pytest.mark.parametrize(("text", "heading"), [
    ("girls' and women's knitted cardigans", "6110"),
    ("men\u2019s and boys\u2019 woven cotton trousers", "6203"),
    ("children\u2019s and adults\u2019 socks", "6115"),  # read as the possessive's "s", children's books came first
])
def test_goods_of_two_possessives_are_classified_as_the_goods(text: str, heading: str) -> None:
    assert _first(text) == (heading, False)


@pytest.mark.parametrize(("text", "heading"), [
    ("Athletic, recreational and sporting headgear", "6506"),
    ("Mica, ceramic or glass dielectric", "8532"),
    ("Drilling, threading or tapping tools", "8205"),
])
def test_a_comma_series_before_the_goods_is_classified_as_the_goods(text: str, heading: str) -> None:
    # Headgear (65.06), not the sports equipment of 95.06 that "athletic" alone would call up.
    assert _first(text)[0] == heading


def test_a_comma_series_before_goods_the_head_noun_names_gives_a_confident_answer() -> None:
    # Read as "tennis" the goods were unnamed and the answer unsure; read as rackets, 95.06 names them.
    result = CLASSIFIER.classify("Tennis, badminton or squash rackets")
    assert result.confident and result.hs is not None and result.hs.startswith("9506")


@pytest.mark.parametrize(("text", "head"), [
    ("crude or not manufactured", "manufactured"),
    ("crude or in irregular pieces", "piece"),
    ("crude or refined palm oil", "oil"),
])
def test_a_state_given_as_one_of_two_is_not_the_goods(text: str, head: str) -> None:
    # "Crude" here says how far the goods are worked, as "not manufactured" does: it does not name crude oil.
    assert parse(text).head == head


def test_a_state_given_as_one_of_two_does_not_name_crude_oil() -> None:
    heading, sensitive = _first("Crude or not manufactured")
    assert heading != "2709" and not sensitive
    assert _first("crude")[0] == "2709"


@pytest.mark.parametrize(("text", "head"), [
    ("Designed for boat or ship installation", None),
    ("For use in aircraft", None),
    ("of cotton", None),
    ("used cars", "car"),
    ("other vessels", "vessel"),
])
def test_a_description_that_begins_with_what_the_goods_serve_names_no_goods(text: str, head: str | None) -> None:
    # What follows "designed for" or "of" is what the goods serve or are made of: the boat is not the goods.
    assert parse(text).head == head


@pytest.mark.parametrize(("text", "heading"), [
    ("Gas (natural or liquid propane (LP)) engines", "8407"),
    ("Oil (crude) tankers", "8901"),
    ("Rolls-Royce (Phantom) limousine", "8703"),
    ("Gold (18k) plated earrings", "7117"),
    ("LED (light emitting diode) lamps", "8539"),
])
def test_an_aside_in_brackets_inside_the_goods_phrase_is_not_the_goods(text: str, heading: str) -> None:
    # The goods come after the aside: "gas" says which engines, it is not the natural gas of 27.11; "crude" says which
    # tankers; "18k" does not make plated earrings of gold.
    assert _first(text)[0] == heading


@pytest.mark.parametrize(("text", "goods"), [
    ("Gas (natural or liquid propane (LP)) engines", "Gas engines, LP, natural or liquid propane"),
    ("Antarctic krill (Euphausia superba)", "Antarctic krill, Euphausia superba"),
    ("bags (of textile) for handbags", "bags, of textile, for handbags"),
])
def test_an_aside_is_read_after_the_phrase_it_stands_in_and_one_at_the_end_stays(text: str, goods: str) -> None:
    assert goods_text(text) == goods


@pytest.mark.parametrize(
    ("shorthand", "written"),
    [
        ("brake pads f/ trucks", "brake pads for trucks"),
        ("knives, nspf", "knives"),
        ("rubber gloves n.e.s.o.i.", "rubber gloves"),
        ("wooden furniture, nesoi", "wooden furniture"),
        ("plastic boxes o/than f/ jewelry", "plastic boxes other than for jewelry"),
        ("men's jacket w/o hood", "men's jacket without hood"),
        ("leather handbags w/ shoulder strap", "leather handbags with shoulder strap"),
    ],
)
def test_customs_shorthand_gets_the_answer_of_the_words_it_stands_for(shorthand: str, written: str) -> None:
    short, plain = CLASSIFIER.classify(shorthand), CLASSIFIER.classify(written)
    assert (short.hs, short.confident, short.candidates) == (plain.hs, plain.confident, plain.candidates)


@pytest.mark.parametrize(("text", "heading"), [("brake pads f/ trucks", "8708"), ("knives, nspf", "8211")])
def test_goods_before_customs_shorthand_are_named(text: str, heading: str) -> None:
    # "f/" and "nspf" are no head noun: the goods before them are, as without the shorthand.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert (first.hs, first.named) == (heading, True)


@pytest.mark.parametrize("text", ["Men's or boys'", "Women's or girls'", "children's"])
def test_a_possessive_names_no_goods(text: str) -> None:
    # A tariff sub-line that says only whose the goods are names no heading: the "s" of "men's" is no word of the
    # swimwear of 61.12.
    assert not any(c.named for c in CLASSIFIER.candidates(text, top=5))


@pytest.mark.parametrize(
    ("text", "heading"),
    [("Salts and esters of prednisone", "2937"), ("Salts of rosin", "3806"), ("Quinine and its salts", "2939")],
)
def test_salts_in_the_plural_are_compounds_not_table_salt(text: str, heading: str) -> None:
    candidates = CLASSIFIER.candidates(text, top=3)
    assert candidates[0].hs == heading
    assert all(c.hs != "2501" for c in candidates[:2])


@pytest.mark.parametrize("text", ["egg timer with sand", "glass sand timer"])
def test_the_nomenclatures_first_line_for_a_word_beside_the_goods_does_not_answer(text: str) -> None:
    # The nomenclature's best line for these words is natural sand (25.05), matched on "sand" alone: the timer is
    # the goods, and a line that does not share the head noun gets no bonus for ranking first.
    assert _first(text)[0] != "2505"


@pytest.mark.parametrize(
    ("text", "goods", "heading"),
    [
        ("N,N-diethylacetamide", "diethylacetamide", "2924"),
        ("1,3-dichloropropane, technical grade", "dichloropropane, technical grade", "2903"),
        ("trans-1,4-dichlorobut-2-ene", "trans-dichlorobut-2-ene", "2903"),
    ],
)
def test_a_chemical_names_locants_are_no_goods_of_their_own(text: str, goods: str, heading: str) -> None:
    # "1,3-" says where on the molecule: its comma does not part "1" from the name as goods listed before it, nor read
    # "N,N-diethylacetamide" as a catalogue's inverted entry ("N-diethylacetamide N").
    assert goods_text(text) == goods
    assert _first(text)[0] == heading


@pytest.mark.parametrize(("text", "heading"), [
    ("cross stitch kit with printed canvas and floss", "6308"),
    ("self-inking date stamp", "9611"),
    ("gasket kit", "8484"),
    ("rubber stamp set", "9611"),
    ("children's geometry set", "9017"),
    ("modelling clay for children", "3407"),
    ("travel sewing kit with needles and thread", "9605"),
    ("five-piece drum set", "9206"),
])
def test_a_set_the_nomenclature_names_is_not_read_as_its_contents(text: str, heading: str) -> None:
    # General Interpretative Rule 3 (b) reads a set as the goods that give it its character only when no heading
    # names the set itself: sets of gaskets (84.84), drawing sets (90.17), needlework sets (63.08), hand stamps and
    # printing sets (96.11), modelling pastes (34.07), travel sets for sewing (96.05), percussion instruments (92.06).
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


@pytest.mark.parametrize(("british", "american"), [
    ("steam sterilisers for dental instruments", "steam sterilizers for dental instruments"),
    ("fertiliser", "fertilizer"),
    ("bagged fertilisers", "bagged fertilizers"),
    ("vulcanised rubber conveyor belting", "vulcanized rubber conveyor belting"),
    ("portable gas analysers", "portable gas analyzers"),
])
def test_a_british_ise_spelling_gets_what_the_american_ize_spelling_gets(british: str, american: str) -> None:
    first, second = CLASSIFIER.candidates(british, top=1)[0], CLASSIFIER.candidates(american, top=1)[0]
    assert (first.hs, first.subheading) == (second.hs, second.subheading)
    assert CLASSIFIER.classify(british).confident == CLASSIFIER.classify(american).confident
    assert CLASSIFIER.classify_report(british).hs == CLASSIFIER.classify_report(american).hs


@pytest.mark.parametrize(("word", "folded"), [
    ("fertilisers", "fertilizer"), ("vulcanised", "vulcanized"), ("analysers", "analyzer"), ("ionising", "ionizing"),
    ("exercise", "exercise"), ("otherwise", "otherwise"), ("cruisers", "cruiser"), ("premises", "premise"),
    ("maize", "maize"),
])
def test_only_the_ise_ending_of_verbs_meets_its_ize_spelling(word: str, folded: str) -> None:
    from sanctioneer.hs.lexical import singular

    assert singular(word) == folded
