"""Sensitive headings need the goods named: a modifier or a material word never puts goods in one.

The headings come from the rulebook (`sensitive_ranges`), not from the classifier. The first five
descriptions are the trade lines that used to land in arms, ammunition, fuel and starter motors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from sanctioneer.assessment import Assessor
from sanctioneer.hs.candidate import Candidate, Evidence
from sanctioneer.hs.classify import GoodsClassifier, _hold_back, is_confident
from sanctioneer.hs.codes import Relation, format_hs
from sanctioneer.hs.confidence import SENSITIVE_DOUBT
from sanctioneer.hs.naming import chapter_words, heading_words, other_material
from sanctioneer.model import Verdict
from sanctioneer.rulebook.loader import default_rulebook_dir, load_rulebook
from sanctioneer.rulebook.sensitive import sensitive_ranges
from tests.factory import transfer

RULEBOOK = load_rulebook(default_rulebook_dir())
SENSITIVE = sensitive_ranges(RULEBOOK)
CLASSIFIER = GoodsClassifier(semantic=False, sensitive=SENSITIVE)


def _sensitive(code: str) -> bool:
    return any(r.relation(code) is not Relation.OUTSIDE for r in SENSITIVE)


# The description, and the headings a ruling could give it (any counts).
TRADE_LINES = [
    ("women's tank top", {"6109", "6114"}),
    ("control arms", {"8708"}),
    ("bus shells", {"8707"}),
    ("high-pressure diesel fuel injection tubes", {"8409", "7304", "7306"}),
    ("Fermentation Starters", {"2102", "3002"}),
]


def test_the_sensitive_headings_come_from_the_rulebooks_prohibitions() -> None:
    # Arms, armoured vehicles and aviation fuel are in; a T-shirt and a car part are not.
    assert _sensitive("930190") and _sensitive("871000") and _sensitive("271019")
    assert not _sensitive("610910") and not _sensitive("870880")


@pytest.mark.parametrize(("text", "right"), TRADE_LINES)
def test_a_trade_line_gets_its_heading_or_is_unsure_with_it_and_never_lands_in_a_sensitive_one(
    text: str, right: set[str]
) -> None:
    candidates = CLASSIFIER.candidates(text, top=5)
    first = candidates[0]
    assert not _sensitive(first.code), (text, first.code)
    if is_confident(candidates):
        assert first.hs in right
    else:
        assert right & {c.hs for c in candidates}, [c.hs for c in candidates]


@pytest.mark.parametrize("text", ["decorative sea shells", "women's tank camisole", "robotic arms for assembly lines"])
def test_a_sensitive_word_as_a_modifier_or_in_another_sense_is_unsure_not_an_answer(text: str) -> None:
    candidates = CLASSIFIER.candidates(text, top=5)
    result = CLASSIFIER.classify(text)
    for candidate in candidates:
        if candidate.sensitive:
            assert not candidate.named
            assert any(e.source == "head" and "unsure" in e.reason for e in candidate.evidence)
    assert result.hs is None or not _sensitive(result.hs)


@pytest.mark.parametrize("text", ["T-72 main battle tank", "155 mm artillery shells", "500 tonnes of jet fuel",
                                  "Baccarat crystal vase", "Lalique crystal bowl"])
def test_goods_that_name_a_sensitive_heading_still_reach_it(text: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert _sensitive(first.code) and first.named


def test_the_same_words_without_sensitive_ranges_are_not_held_back() -> None:
    plain = GoodsClassifier(semantic=False, sensitive=())
    assert all(not c.sensitive for c in plain.candidates("decorative sea shells", top=5))



# Words with a sensitive sense before or after the goods ("cartridges", "bullet", "injection", "starters",
# "arms", "tank", "pistol", "shotgun", "grenade", "ammunition", "caviar"): the head noun decides, and the
# headings a ruling could give the goods (any counts).
SENSITIVE_SENSE = [
    ("printer ink cartridges", {"8443", "3215", "9612"}),
    ("water filter cartridges", {"8421"}),
    ("bullet journal notebooks", {"4820"}),
    ("fuel injection pumps", {"8413"}),
    ("injection moulding machine", {"8477"}),
    ("sourdough starters", {"2102"}),
    ("robot arms", {"8479", "8428"}),
    ("tank top", {"6109", "6114"}),
    ("fish tank filters", {"8421"}),
    ("pistol grip hose nozzle", {"8481", "8424"}),
    ("shotgun microphone", {"8518"}),
    ("grenade shaped lighter", {"9613"}),
    ("ammunition box of plastic", {"3923", "3924", "3926"}),
    ("caviar spoon", {"8215"}),
]


@pytest.mark.parametrize(("text", "right"), SENSITIVE_SENSE)
def test_a_word_with_a_sensitive_sense_does_not_put_other_goods_first_in_a_consequential_heading(
    text: str, right: set[str]
) -> None:
    candidates = CLASSIFIER.candidates(text, top=5)
    first = candidates[0]
    assert not _sensitive(first.subheading), [c.code for c in candidates]
    if is_confident(candidates):
        assert first.hs in right
    else:
        assert right & {c.hs for c in candidates}, [c.code for c in candidates]
    for candidate in candidates:
        if candidate.sensitive:
            # Kept for review, never named by the word that is not the goods.
            assert not candidate.named, candidate.code
    result = CLASSIFIER.classify(text)
    assert result.hs is None or not _sensitive(result.hs)


# Sanctioned goods named as such keep their consequential heading first.
SANCTIONED = [
    ("T-72 main battle tank", "8710"),
    ("155 mm artillery shells", "9306"),
    ("crude petroleum, 80,000 barrels", "2709"),
    ("motor cars", "8703"),
    ("aviation kerosene jet fuel", "2710"),
    ("anthracite coal", "2701"),
    ("frozen oysters in shell", "0307"),
]


@pytest.mark.parametrize(("text", "heading"), SANCTIONED)
def test_sanctioned_goods_named_as_such_stay_in_their_consequential_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and _sensitive(first.subheading) and first.named, first.code

ARMS = {m.id for m in RULEBOOK.measures if any(r.relation("9301") is Relation.INSIDE for c in m.goods for r in c.hs)}


@pytest.mark.parametrize(("text", "right"), [*TRADE_LINES, ("decorative sea shells", set())])
def test_assess_never_prohibits_a_trade_line_under_the_arms_measures(text: str, right: set[str]) -> None:
    assessor = Assessor(RULEBOOK, classifier=CLASSIFIER)
    decision = assessor.assess(transfer(None, description=text, to="KP"))
    arms = [f for f in decision.all_findings if f.measure in ARMS and f.effect is Verdict.PROHIBITED]
    assert not arms, [(f.measure, f.effect) for f in arms]
    if decision.verdict is Verdict.REVIEW:
        assert "could not be classified with confidence" in " ".join(f.reason for f in decision.all_findings)


# Words of a consequential heading that are not the goods, where that heading scored best: the goods are covers,
# tanks for fish and a keychain, not rifles, armoured vehicles or missiles.
HELD_BACK = ["rifle scope covers", "fish tanks", "missile keychain"]


def test_a_food_a_rule_rules_out_before_a_utensil_is_said_why_not_and_still_reviewed() -> None:
    # "Caviar spoons" are spoons: the rule that reads a food before a utensil rules the caviar of 16.04 out, the
    # first answer says why not, and assess still asks for review of an answer that is not confident.
    candidates = CLASSIFIER.candidates("caviar spoons", top=3)
    assert candidates[0].hs == "8215"
    assert all(c.hs != "1604" for c in candidates)
    assert any(e.code.startswith("1604") and e.entry == "food-named-before-an-article" for e in candidates[0].evidence)
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="caviar spoons", to="KP"))
    assert decision.verdict is not Verdict.PERMITTED


@pytest.mark.parametrize("text", HELD_BACK)
def test_a_consequential_heading_the_head_does_not_name_is_not_the_first_answer_but_stays_a_candidate(
    text: str,
) -> None:
    candidates = CLASSIFIER.candidates(text, top=3)
    first, held = candidates[0], candidates[1]
    assert not first.sensitive and first.held_back, [(c.code, c.sensitive, c.named) for c in candidates]
    assert held.sensitive and not held.named and held.score > first.score
    assert any(e.source == "head" and "unsure" in e.reason for e in held.evidence)
    why = first.evidence[0]
    assert why.source == "head" and why.code == held.hs and "answers first, unsure" in why.reason
    result = CLASSIFIER.classify(text)
    assert not result.confident and result.hs is None
    assert held.code in result.candidates


@pytest.mark.parametrize("text", HELD_BACK)
def test_assess_asks_for_review_naming_what_the_held_back_heading_would_trigger(text: str) -> None:
    first, held = CLASSIFIER.candidates(text, top=3)[:2]
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description=text, to="KP"))
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert decision.verdict is not Verdict.PERMITTED
    assert f"could not be classified with confidence: HS {format_hs(first.code)}" in reasons
    assert f"HS {format_hs(held.code)} would trigger" in reasons


@pytest.mark.parametrize("text", [*HELD_BACK, *(line for line, _ in TRADE_LINES), "decorative sea shells",
                                  "women's tank camisole", "robotic arms for assembly lines", "septic tanks"])
def test_no_first_answer_is_a_consequential_heading_the_head_does_not_name(text: str) -> None:
    first = CLASSIFIER.candidates(text, top=5)[0]
    assert not (first.sensitive and not first.named), (first.code, first.probability)


def test_a_likely_consequential_heading_among_the_others_leaves_the_answer_unsure() -> None:
    # Turbofan engines are 84.11; "other engines" of 84.12, a consequential heading, keep a real probability.
    candidates = CLASSIFIER.candidates("turbofan engines for airliners", top=3)
    first = candidates[0]
    assert first.hs == "8411" and not first.sensitive and first.named
    assert any(c.sensitive and max(c.belief, c.probability) >= SENSITIVE_DOUBT for c in candidates[1:])
    result = CLASSIFIER.classify("turbofan engines for airliners")
    assert not result.confident and result.hs is None and "8412" in result.candidates


def _first_outside_with_among_the_candidates(text: str, consequential: str) -> None:
    """The first candidate is outside the consequential ranges; the consequential heading is in the first three."""
    candidates = CLASSIFIER.candidates(text, top=3)
    assert not _sensitive(candidates[0].code), [(c.code, c.named_by) for c in candidates]
    assert consequential in {c.hs for c in candidates}


# A word alone that the nomenclature also gives to goods outside the consequential headings: tanks are also the
# containers of 73.09 and 73.10, ingots also those of stainless steel (72.18), a vessel also a vacuum flask's (96.17).
SHARED_WORDS = [("tanks", "8710"), ("ingots", "7206"), ("vacuum vessel", "8901"), ("canoe paddles", "8903")]


@pytest.mark.parametrize(("text", "consequential"), SHARED_WORDS)
def test_a_word_other_goods_share_does_not_put_the_goods_in_a_consequential_heading(
    text: str, consequential: str
) -> None:
    _first_outside_with_among_the_candidates(text, consequential)
    result = CLASSIFIER.classify(text)
    assert result.hs is None or not _sensitive(result.hs)


@pytest.mark.parametrize("text", ["kayak paddles", "plastic kayak paddles"])
def test_a_word_no_heading_names_after_the_common_name_of_a_boat_is_the_goods_not_a_model(text: str) -> None:
    # "Kayak" is a common name of boats (89.03), not a maker's model line such as "Sea-Doo": a paddle after it
    # is the goods, so the boats' heading is no answer, and never one given with confidence.
    candidates = CLASSIFIER.candidates(text, top=3)
    assert not candidates[0].hs.startswith("8903"), [(c.code, c.named_by) for c in candidates]
    assert "890393" in {c.code for c in candidates}
    result = CLASSIFIER.classify(text)
    assert not (result.confident and result.hs and result.hs.startswith("8903"))


# Words before the goods that fit goods outside the consequential headings as well: kitchen and sanitary ware are
# those of aluminium (76.15) as much as of copper (74.18), sawing machines those for stone (84.64) as much as those
# for metal (84.61), picture frames those of wood (44.14) as much as of base metal (83.06), tin plates those of tin
# (80.07) as much as the bronze of 74.09; the parts of yachts go by what they are, not with the yachts (89.03).
SHARED_MODIFIERS = [("kitchen ware", "7418"), ("sanitary ware", "7418"), ("sawing machines", "8461"),
                    ("picture frames", "8306"), ("tin plates", "7409"), ("spare parts for yachts", "8903")]


@pytest.mark.parametrize(("text", "consequential"), SHARED_MODIFIERS)
def test_words_before_the_goods_that_fit_other_goods_as_well_leave_the_consequential_heading_a_candidate(
    text: str, consequential: str
) -> None:
    _first_outside_with_among_the_candidates(text, consequential)
    assert not CLASSIFIER.classify(text).confident


@pytest.mark.parametrize(("text", "heading"), [("copper kitchen ware", "7418"), ("copper sanitary ware", "7418"),
                                               ("stranded copper wire", "7413"), ("wooden picture frames", "4414"),
                                               ("tinplate", "7210")])
def test_the_material_before_the_goods_still_names_their_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and first.named, (first.code, first.named_by)


def test_the_words_before_the_goods_choose_a_line_of_a_heading_only_partly_consequential() -> None:
    # 28.25 holds hydrazine (2825.10, a consequential line) beside the copper oxides and hydroxides of 2825.50.
    first = CLASSIFIER.candidates("copper hydroxides", top=3)[0]
    assert first.subheading == "282550" and first.named and not _sensitive(first.subheading)


def test_assess_asks_for_review_of_tanks_naming_the_armoured_vehicles_they_could_be() -> None:
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="tanks", to="KP"))
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert decision.verdict is not Verdict.PERMITTED
    assert "could not be classified with confidence" in reasons
    assert "HS 8710.00 would trigger" in reasons


def test_assess_asks_for_review_of_tin_plates_naming_what_copper_plates_would_trigger() -> None:
    # Plates of bronze, copper and tin, are copper's 74.09, whose export from the DPRK is prohibited: the review
    # lists three candidates, and the copper plates are among them whatever the tin headings' share of belief.
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(
        transfer(None, description="tin plates", frm="KP", to="CN")
    )
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert decision.verdict is not Verdict.PERMITTED
    assert "could not be classified with confidence" in reasons
    assert "HS 7409 would trigger kp-metals-from-2321 (prohibited)" in reasons


@pytest.mark.parametrize(("text", "heading"), [("T-72 tanks", "8710"), ("crude", "2709"), ("coal", "2701"),
                                               ("ingots of iron", "7206"), ("shoes with textile uppers", "6404"),
                                               ("hunting guns", "9303"), ("sporting guns", "9303")])
def test_words_that_say_which_goods_still_reach_the_consequential_heading(text: str, heading: str) -> None:
    # A model's name, the word a report uses for the goods, or the material the nomenclature splits them by.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and first.named, (first.code, first.named_by)


# The nomenclature lists "charged fire-extinguishing grenades" under 38.13: grenades of that one kind, so the
# word alone names the munitions, and the extinguishers' own words still reach 38.13.
@pytest.mark.parametrize(("text", "heading", "named"), [("grenades", "9306", True), ("hand grenades", "9306", True),
                                                        ("fire extinguishing grenades", "3813", True)])
def test_a_word_listed_outside_only_with_words_the_description_lacks_names_the_consequential_goods(
    text: str, heading: str, named: bool
) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and first.named is named, (first.code, first.named_by)


def test_assess_prohibits_grenades_sent_to_the_dprk_under_the_arms_measures() -> None:
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="grenades", to="KP"))
    assert decision.verdict is Verdict.PROHIBITED
    assert any("HS 9306" in f.reason for f in decision.all_findings)


@pytest.mark.parametrize(("text", "chapters"), [("ski/snowboard pants", {"61", "62"}),
                                                ("canned, prepared tuna", {"16"})])
def test_the_goods_are_read_past_a_slash_and_a_state_written_first(text: str, chapters: set[str]) -> None:
    # "ski/snowboard pants" are pants, not skis of 95.06; "canned, prepared tuna" is tuna.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs[:2] in chapters, first.code


def test_a_chemical_the_nomenclature_names_after_a_semicolon_gets_its_own_subheading() -> None:
    # 2922.11 is "Amino-alcohols, other than those containing more than one kind of oxygen function; ...
    # monoethanolamine and its salts": the exclusion ends at the semicolon. Triethanolamine (2922.15) is a
    # scheduled chemical; monoethanolamine is not, and answering the heading alone would leave that open.
    first = CLASSIFIER.candidates("monoethanolamine and its salts", top=3)[0]
    assert first.subheading == "292211" and not _sensitive(first.subheading)
    assert CLASSIFIER.candidates("triethanolamine", top=3)[0].subheading == "292215"


# A word that names the goods but not the material the nomenclature splits them by: cuff links of precious metal
# are jewellery (71.13), those of base metal imitation jewellery (7117.11, whose text names them); floor coverings
# are of textile (57.05), plastics (39.18) or plaiting materials (46.01); a wrist-watch with a case of precious metal
# is 91.01, any other 91.02; jewellery of precious metal is 71.13, any other imitation jewellery (71.17).
UNSTATED = [("cuff links", "7113"), ("cufflinks", "7113"), ("floor coverings", "5705"),
            ("wristwatch", "9101"), ("quartz analog wrist watch", "9101"),
            ("necklace", "7113"), ("earrings", "7113"), ("bracelet", "7113"), ("jewellery", "7113")]


@pytest.mark.parametrize(("text", "consequential"), UNSTATED)
def test_goods_named_without_their_material_are_unsure_with_the_consequential_reading(
    text: str, consequential: str
) -> None:
    _first_outside_with_among_the_candidates(text, consequential)
    result = CLASSIFIER.classify(text)
    assert not result.confident and result.hs is None
    assert any(code.startswith(consequential) for code in result.candidates)


def test_cuff_links_and_studs_are_never_answered_with_confidence_as_base_metal() -> None:
    # The words of 7117.11 itself: the goods are named, the metal is not, and gold ones would be luxury goods.
    candidates = CLASSIFIER.candidates("cuff links and studs", top=3)
    assert candidates[0].hs == "7117" and candidates[0].unstated
    assert not is_confident(candidates)


def test_assess_asks_for_review_of_cuff_links_naming_the_jewellery_they_could_be() -> None:
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="cuff links", to="KP"))
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert decision.verdict is not Verdict.PERMITTED
    assert "could not be classified with confidence" in reasons
    assert "HS 7113.19 would trigger" in reasons


@pytest.mark.parametrize(("text", "heading"), [("gold cuff links", "7113"), ("sterling silver cufflinks", "7113"),
                                               ("sterling silver necklace", "7113"), ("18k gold earrings", "7113"),
                                               ("hand-knotted wool carpet", "5701")])
def test_the_material_named_with_the_goods_still_reaches_the_consequential_heading(text: str, heading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and first.named, (first.code, first.named_by)


def test_a_sterling_silver_necklace_is_answered_as_jewellery_of_silver() -> None:
    result = CLASSIFIER.classify("sterling silver necklace")
    assert result.confident and result.hs == "711311"


def test_a_gold_plated_bracelet_is_imitation_jewellery_first_with_the_jewellery_of_precious_metal_for_review() -> None:
    # Plating is not cladding (chapter 71 Note 7): plated base metal is imitation jewellery, 71.17; the metal under
    # the plating is not said, and were it silver the bracelet would be jewellery of 71.13.
    candidates = CLASSIFIER.candidates("gold plated bracelet", top=3)
    assert candidates[0].hs == "7117" and not candidates[0].sensitive
    assert "7113" in {c.hs for c in candidates} and not is_confident(candidates)


def test_gold_plated_jewellery_is_imitation_jewellery_and_gold_plated_silver_is_jewellery_of_silver() -> None:
    # Chapter 71 Note 7: plating is not cladding, so jewellery plated with gold over base metal is 71.17; over
    # silver it is jewellery of silver, 7113.11 ("whether or not plated").
    candidates = CLASSIFIER.candidates("gold-plated jewellery", top=3)
    assert candidates[0].hs == "7117" and not candidates[0].sensitive
    assert CLASSIFIER.candidates("gold plated sterling silver necklace", top=1)[0].subheading == "711311"


@pytest.mark.parametrize("text", ["designed for boat or ship installation",
                                  "coaxial cable and other coaxial electric conductors"])
def test_what_the_goods_serve_and_a_subheading_outside_the_ranges_do_not_raise_a_false_alarm(text: str) -> None:
    # A boat the goods are installed in is not the goods (89.01); co-axial cable is 8544.20, outside the insulated
    # conductors the rulebook names.
    candidates = CLASSIFIER.candidates(text, top=3)
    first = candidates[0]
    assert not _sensitive(first.subheading), [(c.subheading, c.named_by) for c in candidates]
    assert not any(c.sensitive and c.named for c in candidates), [(c.code, c.named_by) for c in candidates]


@pytest.mark.parametrize(("text", "subheading"), [("plastic kayak paddles", "392690"), ("kayak paddles", "392690"),
                                                  ("fur rug", "430390")])
def test_goods_named_by_no_consequential_line_of_their_heading_take_its_line_of_other_articles(
    text: str, subheading: str
) -> None:
    # 39.26's apparel (3926.20) and statuettes (3926.40), 43.03's furskin apparel (4303.10) are consequential; a
    # paddle or a rug is neither, and nothing in the words chooses another line: the line of other articles answers,
    # unsure, and the first answer is no alarm.
    candidates = CLASSIFIER.candidates(text, top=3)
    first = candidates[0]
    assert (first.hs, first.subheading) == (subheading[:4], subheading), [(c.code, c.named_by) for c in candidates]
    assert not _sensitive(first.subheading) and not first.subheading_sure and not is_confident(candidates)
    assert any("names none of the goods of the lines" in e.reason for e in first.evidence)


@pytest.mark.parametrize(("text", "subheading"), [("plastic statuette", "392640"), ("mink coat", "430310")])
def test_goods_a_consequential_line_names_still_take_that_line(text: str, subheading: str) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert (first.subheading, first.sensitive) == (subheading, True)


@pytest.mark.parametrize(("text", "heading"), [("alkyl phosphonyl difluoride", "2931"),
                                               ("angel statuette with bud vase", "3926")])
def test_goods_that_may_be_a_consequential_lines_keep_their_heading_not_the_line_of_others(
    text: str, heading: str
) -> None:
    # The organo-phosphorus lines of 29.31 (chemical weapons' precursors among them) name compounds by formula, never
    # by a head noun, and "angel" keeps the head noun test from naming the statuettes of 3926.40 though the words fit
    # that line: 2931.90 or 3926.90 would hide the goods from review, so the heading is kept.
    candidates = CLASSIFIER.candidates(text, top=3)
    found = [c for c in candidates if c.hs == heading]
    assert found and found[0].subheading == heading and _sensitive(found[0].subheading), [c.code for c in candidates]


def test_a_handbag_named_without_its_surface_is_unsure_between_leather_and_the_consequential_textile() -> None:
    result = CLASSIFIER.classify("handbag")
    assert not result.confident and result.hs is None
    assert result.candidates[0].startswith("4202")
    assessed = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="handbag", to="KP"))
    assert assessed.verdict is not Verdict.PERMITTED


def test_a_leather_handbag_is_confidently_leather_where_no_consequential_line_fits_the_words() -> None:
    result = CLASSIFIER.classify("leather handbag")
    assert result.confident
    assert result.hs == "420221"


@pytest.mark.parametrize(("text", "heading"), [("wall hangings of jute", "6304"), ("macrame wall hanging", "6304"),
                                               ("hand-woven wall tapestry", "5805")])
def test_a_wall_hanging_is_a_furnishing_article_unless_it_is_a_tapestry(text: str, heading: str) -> None:
    # 58.05 holds hand-woven and needle-worked tapestries; other wall hangings are furnishing articles (63.04).
    assert CLASSIFIER.candidates(text, top=3)[0].hs == heading


def test_what_follows_a_comma_and_of_or_not_in_the_nomenclature_says_what_the_goods_are_made_of_not_goods() -> None:
    # 7409.40: "Copper; plates, sheets and strip, of a thickness exceeding 0.15mm, of copper-nickel base alloys
    # (cupro-nickel) or copper-nickel-zinc base alloys": the alloys are what the plates are made of, so "zinc alloys"
    # names zinc (79.01), not 74.09.
    candidates = CLASSIFIER.candidates("zinc alloys", top=3)
    assert candidates[0].subheading == "790120" and candidates[0].named
    assert all(not c.named for c in candidates if c.hs == "7409")
    # After such words the goods listed with "including" still count: 57.02 names "hand-woven rugs" so.
    first = CLASSIFIER.candidates("woven pile rug", top=3)[0]
    assert first.hs == "5702" and first.named


@pytest.mark.parametrize(("text", "heading"), [("crude oil, gossypol removed", "1512"),
                                               ("crude oil, whether or not degummed", "1507")])
@pytest.mark.parametrize("model", [True, False])
def test_a_rule_that_reads_the_words_naming_petroleum_rules_it_out(text: str, heading: str, model: bool) -> None:
    # "Crude oil" names crude petroleum (27.09); read with "gossypol" or "degummed" the same "crude" is a vegetable
    # oil's, so the rule rules 27.09 out although the head noun's term names it, with or without the trained model.
    classifier = CLASSIFIER if model else GoodsClassifier(semantic=False, sensitive=SENSITIVE, model=False)
    candidates = classifier.candidates(text, top=5)
    assert candidates[0].hs == heading and not _sensitive(candidates[0].subheading)
    assert "2709" not in [c.hs for c in candidates]
    assert any(e.entry == "crude-vegetable-oil" and e.score == -1.0 and e.code == "2709"
               for e in candidates[0].evidence)


# Subjects of training rulings: the trained model ranks the consequential heading first and another reading of the
# words agrees, though the words do not name the heading's goods: they state its chapter's word (granite worked as
# monumental stone, 68.02; strung stones, 71.16), or the nearest tariff line is in it (Christmas ornaments, 95.05).
AGREED = [
    ("granite stone", "6802", "the description stating its chapter's word (stone)"),
    ("semiprecious stones", "7116", "the description stating its chapter's word (stone)"),
    ("stainless steel round wire", "7223", "the description stating its chapter's word (steel)"),
    ("wood box", "4420", "the description stating its chapter's word (wood)"),
    ("christmas ornaments", "9505", "the nearest line of the national tariff being in it"),
    ("porcelain teacup and saucer set", "6911", "the nearest line of the national tariff being in it"),
    # The model nearly sure, and a word of the heading's own lines stated: silver (7113.11), wooden (44.20).
    ("sterling silver toe ring", "7113", "the description stating its heading's word (silver)"),
    ("wooden wall shelf with drawers", "4420", "the description stating its heading's word (wooden)"),
]


@pytest.mark.parametrize(("text", "heading", "why"), AGREED)
def test_a_consequential_heading_the_model_and_another_reading_agree_on_answers_first_unsure(
    text: str, heading: str, why: str
) -> None:
    candidates = CLASSIFIER.candidates(text, top=3)
    first = candidates[0]
    assert first.hs == heading and first.sensitive and not first.named, [(c.code, c.named) for c in candidates]
    assert not first.held_back and not is_confident(candidates)
    assert any(
        e.source == "head" and "unsure" in e.reason and f"the trained model ranking it first and {why}" in e.reason
        for e in first.evidence
    )


@pytest.mark.parametrize(("text", "heading", "why"), AGREED)
def test_assess_asks_for_review_of_goods_the_model_and_another_reading_agree_on(
    text: str, heading: str, why: str
) -> None:
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description=text, to="KP"))
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert decision.verdict is not Verdict.PERMITTED
    assert f"could not be classified with confidence: HS {format_hs(heading)}" in reasons


@pytest.mark.parametrize(("heading", "words", "stated"), [
    ("6802", ("granite", "stone"), ("stone",)),
    ("7223", ("stainless", "steel", "round", "wire"), ("steel",)),
    # "Machinery and mechanical appliances, ...; parts thereof": parts, articles and products state no chapter.
    ("8431", ("part", "for", "excavator"), ()),
    ("9505", ("christmas", "decoration"), ()),
])
def test_the_chapter_a_description_states_is_a_word_of_its_title_that_says_which_goods(
    heading: str, words: tuple[str, ...], stated: tuple[str, ...]
) -> None:
    assert chapter_words(heading, words) == stated


@pytest.mark.parametrize(("heading", "words", "stated"), [
    ("7113", ("sterling", "silver", "ring"), ("silver",)),
    ("4420", ("wooden", "wall", "cabinet"), ("wooden",)),
    # How much of the goods, and what was done to them, say nothing of which goods: "Exceeding 5 m in length".
    ("8903", ("exceeding", "5", "m", "in", "length"), ()),
    ("8462", ("used", "or", "rebuilt"), ()),
])
def test_the_heading_a_description_states_is_a_word_of_its_own_lines_that_says_which_goods(
    heading: str, words: tuple[str, ...], stated: tuple[str, ...]
) -> None:
    assert heading_words(heading, words) == stated


def test_plates_of_tin_are_articles_of_tin_not_the_consequential_copper_plates_beside_them() -> None:
    candidates = CLASSIFIER.candidates("Tin plates, sheets and strip, of a thickness exceeding 0.2 mm", top=3)
    first = candidates[0]
    assert first.hs == "8007" and not first.sensitive, [(c.code, c.sensitive, c.named) for c in candidates]
    assert not is_confident(candidates)
    copper = next(c for c in candidates if c.hs == "7409")
    assert not copper.named and copper.material_elsewhere == "tin"
    assert any("the description names tin, the material of another chapter" in e.reason for e in copper.evidence)


def test_copper_plates_are_still_named_as_the_copper_plates_of_their_heading() -> None:
    first = CLASSIFIER.candidates("Copper plates, sheets and strip", top=3)[0]
    assert (first.hs, first.named, first.material_elsewhere) == ("7409", True, "")


@pytest.mark.parametrize(("heading", "words", "elsewhere"), [
    ("7409", ("tin", "plate"), "tin"),
    # Its own material named too: a copper-tin alloy is copper's.
    ("7409", ("copper", "tin", "alloy", "plate"), None),
    # Machine-tools are not a chapter given to one material: the material they work says nothing of their heading.
    ("8459", ("tin", "boring", "machine"), None),
])
def test_a_material_chapter_gives_way_to_another_material_the_description_names(
    heading: str, words: tuple[str, ...], elsewhere: str | None
) -> None:
    assert other_material(heading, words) == elsewhere


def test_another_chapters_material_holds_back_a_consequential_heading_the_model_alone_keeps_first() -> None:
    from sanctioneer.hs.candidate import Candidate
    from sanctioneer.hs.classify import _held

    kept = Candidate("7409", "740939", 0.9, "", (), sensitive=True, named=False, probability=0.9)
    assert not _held(kept)
    assert _held(replace(kept, material_elsewhere="tin"))


def test_parts_of_yachts_are_not_the_yachts_whatever_the_model_says() -> None:
    # Chapter 89 has no parts: the parts of vessels go by what they are, so the trained model's probability for
    # the yachts of 89.03 (above a half here) does not keep that heading first.
    candidates = CLASSIFIER.candidates("Parts for yachts or pleasure boats of heading 8903", top=3)
    first = candidates[0]
    assert first.hs != "8903" and first.held_back and not is_confident(candidates), [c.code for c in candidates]
    yachts = next(c for c in candidates if c.hs == "8903")
    assert not yachts.named
    assert yachts.unheld.startswith("the goods are parts")
    assert any("the goods are parts, which the nomenclature classifies by what they are" in e.reason
               for e in yachts.evidence)


def test_the_parts_of_one_goods_do_not_name_the_heading_of_parts_of_other_goods() -> None:
    # 93.06 lists the parts of munitions; the racing shells here are boats, and their parts are not munitions'.
    candidates = CLASSIFIER.candidates(
        "Parts for yachts or pleasure boats of heading 8903; parts of canoes, racing shells", top=5
    )
    munitions = [c for c in candidates if c.hs == "9306"]
    assert munitions and not munitions[0].named, [(c.code, c.named) for c in candidates]


@pytest.mark.parametrize(("text", "heading", "why"), [
    ("Designed for use without closures", "7010", "the description names no goods"),
    ("parts for yachts", "8903", "the goods are parts, which the nomenclature classifies by what they are, not with "
                                 "these goods"),
    # The parts of aircraft go to their own heading (88.07): the aircraft's heading is not held back for them.
    ("parts for aircraft", "8802", None),
    ("yacht", "8903", None),
])
def test_a_heading_the_model_alone_may_not_keep_first(text: str, heading: str, why: str | None) -> None:
    from sanctioneer.hs.head import parse
    from sanctioneer.hs.naming import trim_head, unheld

    assert unheld(trim_head(parse(text)), heading) == why


def test_goods_not_named_or_parts_apart_hold_back_what_the_model_alone_keeps_first() -> None:
    from sanctioneer.hs.candidate import Candidate
    from sanctioneer.hs.classify import _held

    kept = Candidate("8903", "890333", 0.9, "", (), sensitive=True, named=False, probability=0.9)
    assert not _held(kept)
    assert _held(replace(kept, unheld="the description names no goods"))


@pytest.mark.parametrize(("text", "heading"), [("Bells of Ireland", "0603"), ("fresh cut bells of ireland", "0603"),
                                               ("brass bells", "8306")])
def test_bells_of_ireland_are_cut_flowers_not_the_bells_of_base_metal(text: str, heading: str) -> None:
    candidates = CLASSIFIER.candidates(text, top=3)
    assert candidates[0].hs == heading, [(c.code, c.named_by) for c in candidates]


# Tennis shoes and other sports footwear are 64.02, 64.03 or 64.04 by the material of their upper (the textile ones
# consequential): named without it, another of these headings answers, with a line outside the consequential ranges
# (the ski-boots of 64.02 and 64.03 are), unsure, and 64.04 stays among the candidates.
@pytest.mark.parametrize("text", ["tennis shoes", "athletic footwear", "running shoes"])
def test_sports_footwear_named_without_its_upper_is_unsure_with_the_textile_reading(text: str) -> None:
    candidates = CLASSIFIER.candidates(text, top=3)
    first = candidates[0]
    assert first.hs in {"6402", "6403"} and not _sensitive(first.subheading), [c.subheading for c in candidates]
    assert "6404" in {c.hs for c in candidates}
    result = CLASSIFIER.classify(text)
    assert not result.confident and result.hs is None


@pytest.mark.parametrize(("text", "heading"), [("running shoes with textile uppers", "6404"),
                                               ("tennis shoes with uppers of textile materials", "6404"),
                                               ("ski boots", "6402")])
def test_sports_footwear_whose_upper_is_stated_or_that_is_consequential_whatever_its_upper_keeps_its_heading(
    text: str, heading: str
) -> None:
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.hs == heading and first.named and not first.undecided


def test_sports_footwear_with_leather_uppers_is_the_leather_footwear_of_64_03() -> None:
    assert CLASSIFIER.candidates("leather tennis shoes", top=3)[0].hs == "6403"


def test_the_upper_not_stated_is_said_in_the_evidence_of_the_heading_held_back() -> None:
    candidates = CLASSIFIER.candidates("tennis shoes", top=3)
    held = next(c for c in candidates if c.hs == "6404")
    assert candidates[0].held_back and candidates[0].hs in held.undecided
    assert any("does not state what tells it from" in e.reason for e in held.evidence if e.source == "head")


def test_assess_asks_for_review_of_tennis_shoes_naming_the_footwear_they_could_be() -> None:
    decision = Assessor(RULEBOOK, classifier=CLASSIFIER).assess(transfer(None, description="tennis shoes", to="KP"))
    assert decision.verdict is not Verdict.PERMITTED
    assert "could not be classified with confidence" in " ".join(f.reason for f in decision.all_findings)


def test_a_word_the_nomenclature_writes_only_after_a_prefix_does_not_name_its_heading_alone() -> None:
    # "Organo-phosphorous compounds" (29.31): phosphorous acid is an inorganic acid, not one of them.
    first = CLASSIFIER.candidates("phosphorous acid", top=3)[0]
    assert first.hs != "2931" and not _sensitive(first.code)
    named = CLASSIFIER.candidates("organo-phosphorous compounds", top=3)[0]
    assert named.hs == "2931" and named.named


def test_parts_whose_goods_take_no_parts_answer_another_heading_however_far_down_it_scores() -> None:
    # Chapter 89 has no parts: the parts of inflatable boats go by what they are, and the boats stay for review.
    candidates = CLASSIFIER.candidates("inflatable boat parts", top=3)
    assert candidates[0].hs != "8903" and candidates[0].held_back
    assert "8903" in {c.hs for c in candidates}


MOTORISED_BOARDS = ["electric longboard with a 350 W hub motor", "motorised skateboard, 20 km/h top speed",
                    "e-unicycle for adults"]


@pytest.mark.parametrize("text", MOTORISED_BOARDS)
def test_a_board_driven_by_an_electric_motor_is_a_vehicle_not_the_consequential_sports_equipment(text: str) -> None:
    # Chapter 95 Note 1 leaves sports vehicles to chapters 86 to 89: the motor for propulsion makes it 8711.60.
    first = CLASSIFIER.candidates(text, top=3)[0]
    assert first.subheading == "871160" and not _sensitive(first.code)
    assert any(e.source == "rule" and e.entry == "motorised-boards" for e in first.evidence)



def test_words_of_how_goods_are_made_name_no_goods_and_hold_back_what_the_model_alone_keeps_first() -> None:
    # "Of pile construction", "of plain weave": the nomenclature's make-up of goods, not goods. Read without "of", as
    # a tariff's sub-line is, they still name none: the carpets of 57.02, which the model alone gives them, wait
    # for review behind a heading that may answer.
    candidates = CLASSIFIER.candidates("woven pile construction", top=5)
    assert not _sensitive(candidates[0].subheading), [(c.code, c.probability) for c in candidates]
    carpets = [c for c in candidates if c.hs == "5702"]
    assert carpets and not carpets[0].named, [c.code for c in candidates]
    assert any("names no goods" in e.reason for e in carpets[0].evidence if e.source == "head")


def _made(hs: str, subheading: str, score: float, **flags: object) -> Candidate:
    return Candidate(hs=hs, subheading=subheading, score=score, label="", evidence=(), **flags)  # type: ignore[arg-type]


def _built_from(pool: dict[str, Candidate]) -> Callable[[str, float, float], tuple[str, Candidate] | None]:
    """The candidate builder the hold-back calls, answering from made candidates."""

    def build(code: str, score: float, belief: float) -> tuple[str, Candidate] | None:
        return code, pool[code]

    return build


def test_what_the_model_alone_keeps_first_gives_way_to_a_heading_the_head_noun_names() -> None:
    # Two metals' powders listed alike: the model's prior for the consequential one is not the words naming it.
    kept = _made("7406", "740610", 0.12, sensitive=True, named=False, probability=0.8)
    named = _made("7603", "760310", 0.06, named=True, named_by="nomenclature", probability=0.1)
    other = _made("8112", "811299", 0.01, named=False, probability=0.05)
    pool = {c.hs: c for c in (kept, named, other)}
    beliefs = [(c.hs, c.score, c.score) for c in (kept, named, other)]
    build = _built_from(pool)
    ranked = _hold_back([kept, named, other], beliefs, build, 3, head="powder")
    assert [c.hs for c in ranked] == ["7603", "7406", "8112"]
    assert ranked[0].held_back and any("held back" in e.entry for e in ranked[0].evidence)
    # Nothing named beside it, the model's heading stays first, unsure; so it does where another reading agrees.
    assert _hold_back([kept, other], [beliefs[0], beliefs[2]], build, 3, head="powder")[0].hs == "7406"
    # Nor where its text does not list the head noun: the words name the other goods, not two readings of the same.
    assert _hold_back([kept, named, other], beliefs, build, 3, head="oil")[0].hs == "7406"
    why = Evidence("head", "7406", 0.0, "the goods: powder", None, "unsure; it counts in full, the trained model ...")
    agreed = replace(kept, evidence=(why,))
    pool["7406"] = agreed
    assert _hold_back([agreed, named, other], beliefs, build, 3, head="powder")[0].hs == "7406"


def test_a_heading_held_back_gives_way_first_to_a_heading_the_words_name() -> None:
    # "Frosty gleamer presses": the consequential presses the score puts first are not named and the model barely
    # knows them; of the headings that may answer, the one the words name comes before the one nothing names.
    held = _made("8462", "846261", 0.40, sensitive=True, named=False, probability=0.2)
    unnamed = _made("9606", "960610", 0.30, named=False, probability=0.01)
    named = _made("8479", "847989", 0.20, named=True, named_by="nomenclature", probability=0.1)
    pool = {c.hs: c for c in (held, unnamed, named)}
    beliefs = [(c.hs, c.score, c.score) for c in (held, unnamed, named)]
    build = _built_from(pool)
    ranked = _hold_back([held, unnamed, named], beliefs, build, 3, head="press")
    assert [c.hs for c in ranked] == ["8479", "8462", "9606"]
    assert ranked[0].held_back and any("held back" in e.entry for e in ranked[0].evidence)
    # Nothing named among them, the best-scored that may answer still does.
    assert _hold_back([held, unnamed], beliefs[:2], build, 3, head="press")[0].hs == "9606"
    # A consequential heading the model keeps, best-scored after the one held back, is not passed over.
    kept = _made("9606", "960610", 0.30, sensitive=True, named=False, probability=0.7)
    pool["9606"] = kept
    assert _hold_back([held, kept, named], beliefs, build, 3, head="press")[0].hs == "9606"
