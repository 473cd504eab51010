"""classify(text): the codes, the evidence and the errors a user sees.

Descriptions here are written in a trader's words, not copied from the classifier's own data (the
gazetteer, the labelled examples) nor from the benchmark's development set: a test that feeds the
classifier its own entries proves only that a lookup works.
"""

from __future__ import annotations

import re

import pytest

from sanctioneer.errors import InputError
from sanctioneer.hs.classify import GoodsClassifier, classify, is_confident
from sanctioneer.hs.gazetteer import load_gazetteer, load_rules
from sanctioneer.hs.neighbours import load_examples
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.rules.engine import Classification


@pytest.mark.parametrize(
    ("text", "heading", "subheading"),
    [
        ("long-wheelbase Aurus state saloon with VR10 armour", "8703", "870340"),
        ("Rolls-Royce Phantom VIII extended wheelbase, left-hand drive", "8703", "870324"),
        ("Lynx two-stroke snowmobile with 600cc engine", "8703", "870310"),
        ("hand-cut lead crystal wine decanter, 75 cl", "7013", "701341"),
        ("automotive diesel, EN 590, in bulk", "2710", "271019"),
        ("split dried pollock, salted", "0305", "030553"),
        ("tracked armoured personnel carrier, BTR family", "8710", "871000"),
        ("Toyota Camry saloon with 2.5 litre petrol engine", "8703", "870323"),
        ("high-bypass turbofan jet engines, overhauled", "8411", "841112"),
        ("Rolex Day-Date wristwatch, 18 carat gold case, automatic", "9101", "910121"),
        ("925 silver drop earrings", "7113", "711311"),
        ("spare parts for Ilyushin passenger aircraft: brake units and wheels", "8807", "880730"),
        ("VLCC crude oil tanker, 300,000 dwt", "8901", "890120"),
        # A fibre named beside the garment is its material, not raw fibre of chapters 51-52.
        ("women's wool overcoat, double-breasted", "6202", "620220"),
        ("cotton chinos for women, woven", "6204", "620462"),
    ],
)
def test_descriptions_get_the_right_code_first(text: str, heading: str, subheading: str) -> None:
    first = classify(text)[0]
    assert (first.hs, first.subheading) == (heading, subheading)


def test_an_armoured_limousine_is_a_passenger_car_and_the_rule_says_why() -> None:
    candidates = classify("bullet-resistant Maybach limousine for a ministry")
    assert candidates[0].hs == "8703"
    rule = next(e for e in candidates[0].evidence if e.source == "rule")
    assert rule.entry == "armoured-passenger-car"
    assert "87.10" in rule.reason and "bullet-resistant" in (rule.matched or "")
    assert all(c.hs != "8710" for c in candidates[:1])


def test_a_brand_hit_names_the_gazetteer_entry_and_the_words_matched() -> None:
    first = classify("Rolls-Royce Ghost saloon")[0]
    hit = next(e for e in first.evidence if e.source == "gazetteer" and e.entry != "saloon")
    assert hit.entry == "rolls-royce ghost" and hit.matched == "Rolls-Royce Ghost"
    assert "87.03" in hit.reason


def test_nomenclature_evidence_quotes_the_hs_line() -> None:
    candidates = classify("Stemware drinking glasses of lead crystal")
    lines = [e.entry for c in candidates for e in c.evidence if e.source == "nomenclature"]
    assert any(line.startswith("7013.22 ") for line in lines)


def test_candidates_are_distinct_headings_best_first_with_scores_between_0_and_1() -> None:
    candidates = classify("frozen peeled vannamei shrimp, 31/40 count", top=5)
    assert len({c.hs for c in candidates}) == len(candidates)
    scores = [c.score for c in candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 1 for s in scores)
    assert all(c.subheading.startswith(c.hs) for c in candidates)


def test_top_limits_the_number_of_candidates() -> None:
    assert len(classify("seamless steel line pipe for oil wells", top=2)) <= 2


def test_words_that_name_no_goods_give_no_confident_answer() -> None:
    assert not is_confident(classify("qwxz blorf"))


@pytest.mark.parametrize(
    ("text", "heading"), [("coal", "2701"), ("vodka", "2208"), ("pianos", "9201"), ("iron ore", "2601")]
)
def test_goods_a_report_names_in_one_word_are_answered_with_confidence(text: str, heading: str) -> None:
    # The trained model learnt from tariff lines, which rarely name goods in one word; the gazetteer and
    # every other source agreeing on the heading are enough.
    found = GoodsClassifier(semantic=False).classify(text)
    assert found.confident and found.hs is not None and found.hs.startswith(heading)


@pytest.mark.parametrize(("text", "heading"), [("pianos", "9201"), ("piano parts", "9209"), ("wall clock", "9105")])
def test_whole_goods_are_not_drawn_to_the_heading_of_their_parts(text: str, heading: str) -> None:
    # The model learnt rulings on piano parts and none on pianos; a heading of parts only gets no model
    # vote for goods named whole, and keeps it when the description speaks of parts.
    candidates = GoodsClassifier(semantic=False).candidates(text, top=3)
    assert candidates[0].hs == heading, candidates
    if "parts" not in text:
        assert all(c.probability == 0.0 for c in candidates if c.hs in ("9209", "9114")), candidates


def test_a_clear_description_is_confident_and_a_vague_one_is_not() -> None:
    assert is_confident(classify("Rolls-Royce Ghost saloon"))
    assert not is_confident(classify("miscellaneous equipment"))


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused_with_the_fix(text: str) -> None:
    with pytest.raises(InputError, match="description is empty") as caught:
        classify(text)
    assert "armoured limousine" in str(caught.value)


def test_top_must_be_positive() -> None:
    with pytest.raises(InputError, match="--top"):
        classify("long-grain white rice", top=0)


def test_the_assess_hook_gives_a_code_with_evidence_when_confident() -> None:
    result = GoodsClassifier(semantic=False).classify("bullet-resistant Maybach limousine for a ministry")
    assert isinstance(result, Classification)
    assert result.confident and result.hs is not None and result.hs.startswith("8703")
    assert result.candidates[0].startswith("8703")
    sources = {e["source"] for e in result.evidence}
    assert {"rule", "gazetteer"} <= sources
    assert all(e["candidate"] == "8703" for e in result.evidence)


def test_the_assess_hook_lists_candidates_without_a_code_when_unsure() -> None:
    result = GoodsClassifier(semantic=False).classify("miscellaneous equipment")
    assert not result.confident and result.hs is None
    assert len(result.candidates) >= 2
    assert {e["candidate"] for e in result.evidence} >= set(c[:4] for c in result.candidates[:2])


def test_every_packaged_code_exists_in_hs_2022() -> None:
    nomenclature = load_nomenclature()
    known = set(nomenclature.headings) | set(nomenclature.subheadings)
    gazetteer_codes = {t.code for t in load_gazetteer().terms}
    example_codes = {e.code for e in load_examples()}
    rule_codes = {r.hs for r in load_rules() if r.hs}
    assert gazetteer_codes - known == set()
    assert example_codes - known == set()
    assert rule_codes - known == set()
    prefixes = {p for r in load_rules() for p in (*r.demote, *([r.within] if r.within else []))}
    assert {p for p in prefixes if not any(h.startswith(p) for h in nomenclature.headings)} == set()


def test_the_version_names_the_data_digest_and_the_source_switch() -> None:
    lexical = GoodsClassifier(semantic=False)
    assert re.fullmatch(r"hs-classifier@[0-9a-f]{12}\+lexical", lexical.version)
    assert GoodsClassifier().version.split("+")[0] == lexical.version.split("+")[0]


def test_the_labelled_set_shares_no_description_with_the_dev_set() -> None:
    import csv
    from pathlib import Path

    dev = Path(__file__).parents[2] / "benchmarks" / "data" / "sanctions-goods-dev.csv"
    with dev.open(encoding="utf-8") as handle:
        dev_texts = {row["text"].lower() for row in csv.DictReader(handle)}
    assert {e.text.lower() for e in load_examples()} & dev_texts == set()


def test_a_traders_words_named_by_no_term_are_weighed_into_probabilities_and_answered_when_sure() -> None:
    candidates = classify("lawn mowers with rotary blades", top=3)
    first = candidates[0]
    assert (first.hs, first.weighed) == ("8433", True)
    # The heading's probability, all evidence weighed; the probabilities of the candidates sum to at most 1.
    assert first.belief >= 0.95
    assert sum(c.belief for c in candidates) <= 1.0
    assert any(e.source == "model" for e in first.evidence)
    assert is_confident(candidates)
    assert GoodsClassifier(semantic=False).classify("lawn mowers with rotary blades").hs is not None


def test_weighed_evidence_alone_never_answers_a_consequential_heading_with_confidence() -> None:
    # Organo-tin compounds are a heading the rulebook makes consequential: likely, named, and still left for review.
    candidates = GoodsClassifier(semantic=False).candidates("tributyltin compounds", top=3)
    first = candidates[0]
    assert (first.hs, first.sensitive, first.named, first.weighed) == ("2931", True, True, True)
    assert first.belief >= 0.95
    assert not is_confident(candidates)
    answer = GoodsClassifier(semantic=False).classify("tributyltin compounds")
    assert answer.hs is None and "2931" in {code[:4] for code in answer.candidates}
