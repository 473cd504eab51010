"""The engine's behaviour beyond single rules: facts it lacks, dates, determinism, and invariants."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.intake import parse_transfer
from sanctioneer.model import Classification, GoodsLine, HsSource, Party, Transfer, Verdict
from tests.factory import transfer

ASSESSOR = Assessor(default_rulebook())


def test_an_unknown_recipient_country_is_review_never_permitted() -> None:
    decision = ASSESSOR.assess(transfer("8703", to=None, frm="CN", on="2019-01-01"))
    assert decision.verdict is Verdict.REVIEW
    assert any("recipient's country is not given" in f.reason for f in decision.findings)


def test_an_unknown_supplier_country_is_review() -> None:
    decision = ASSESSOR.assess(transfer("1006", to="CN", frm=None, on="2019-01-01"))
    assert decision.verdict is Verdict.REVIEW
    assert any("procurement from the DPRK cannot be ruled out" in f.reason for f in decision.findings)


def test_a_transfer_not_touching_the_dprk_is_permitted_and_says_why() -> None:
    decision = ASSESSOR.assess(transfer("8703", to="FR", frm="DE", on="2019-01-01"))
    assert decision.verdict is Verdict.PERMITTED
    assert decision.directions == ()
    assert "do not apply" in decision.findings[0].reason


def test_a_line_with_no_code_and_unknown_words_is_review() -> None:
    decision = ASSESSOR.assess(transfer(None, description="assorted consignment", on="2019-01-01"))
    assert decision.verdict is Verdict.REVIEW
    assert decision.lines[0].findings[0].reason.startswith("the line has no HS code")


def test_without_a_date_the_law_of_today_applies_and_the_decision_says_so() -> None:
    decision = ASSESSOR.assess(transfer("8703", on=None), today=date(2025, 1, 1))
    assert decision.as_of == date(2025, 1, 1)
    assert decision.as_of_basis.startswith("today")
    assert "kp-vehicles-to" in decision.measures


def test_regardless_of_origin_is_stated_for_supply_to_the_dprk() -> None:
    decision = ASSESSOR.assess(transfer("8703", on="2024-02-18", origin="DE"))
    reasons = " ".join(f.reason for f in decision.all_findings)
    assert "origin DE does not matter" in reasons


def test_each_line_is_judged_on_its_own_and_the_worst_wins() -> None:
    two = Transfer(goods=(GoodsLine(hs="1006"), GoodsLine(hs="8703")), date=date(2019, 1, 1),
                   supplier=Party(country="CN"), recipient=Party(country="KP"))
    decision = ASSESSOR.assess(two)
    assert [line.verdict for line in decision.lines] == [Verdict.PERMITTED, Verdict.PROHIBITED]
    assert decision.verdict is Verdict.PROHIBITED


def test_each_finding_carries_the_verified_flag_of_the_measure_and_item_it_cites() -> None:
    rulebook = default_rulebook()
    decision = ASSESSOR.assess(transfer("8703", on="2024-02-18"))
    cited = [f for f in decision.all_findings if f.measure]
    assert len(cited) >= 2
    for finding in cited:
        assert finding.measure is not None
        measure = rulebook.measure(finding.measure)
        item = next((i for i in measure.items if finding.item and i.id == finding.item.id), None)
        assert finding.verified is (measure.verified and (item.verified if item else True)), finding.reason


HS_CODES = ["01", "0305.59", "1006", "2601", "2701.12", "2709", "2710.19", "2844", "3004", "3926", "5208", "6201",
            "6911.10", "7013.91", "7108", "7113", "7304", "8429", "8703", "8703.10", "8710", "8802.12", "8903",
            "9101", "9302", "9306.90", "9506", "9703"]
COUNTRIES = [None, "KP", "CN", "RU", "DE"]
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(hs=st.sampled_from(HS_CODES), frm=st.sampled_from(COUNTRIES), to=st.sampled_from(COUNTRIES), on=DATES)
def test_no_measure_is_cited_for_a_date_before_its_adoption_or_after_its_end(
    hs: str, frm: str | None, to: str | None, on: date
) -> None:
    decision = ASSESSOR.assess(transfer(hs, frm=frm, to=to, on=on.isoformat()))
    rulebook = ASSESSOR.rulebook
    for measure_id in decision.measures:
        measure = rulebook.measure(measure_id)
        assert measure.start <= on, f"{measure_id} cited on {on}, before it started on {measure.start}"
        assert measure.end is None or on < measure.end, f"{measure_id} cited on {on}, after it ended"


@settings(max_examples=100, deadline=None)
@given(hs=st.sampled_from(HS_CODES), on=DATES, days=st.integers(min_value=1, max_value=4000))
def test_time_never_brings_a_repealed_measure_back(hs: str, on: date, days: int) -> None:
    later = on + timedelta(days=days)
    ended = {m.id for m in ASSESSOR.rulebook.measures if m.end is not None and m.end <= on}
    decision = ASSESSOR.assess(transfer(hs, on=later.isoformat()))
    assert ended.isdisjoint(decision.measures)


TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
PARTY = st.fixed_dictionaries({}, optional={"name": TEXT, "country": st.sampled_from(["KP", "CN", "North Korea",
                                                                                        "Russian Federation"])})
LINE = st.fixed_dictionaries(
    {"hs": st.sampled_from(HS_CODES)},
    optional={"description": TEXT, "quantity": st.integers(min_value=0, max_value=10**9),
              "value": st.fixed_dictionaries({"amount": st.integers(min_value=0, max_value=10**12),
                                              "currency": st.sampled_from(["USD", "EUR", "CNY"])})},
)
TRANSFER = st.fixed_dictionaries(
    {"goods": st.lists(LINE, min_size=1, max_size=4)},
    optional={"date": DATES.map(date.isoformat), "supplier": PARTY, "recipient": PARTY,
              "origin": st.sampled_from(["KP", "RU", "CN"]), "route": st.lists(st.sampled_from(["KP", "CN", "RU"]),
                                                                                 max_size=3),
              "kind": st.sampled_from(["sale", "gift", "smuggling", "unknown"]), "purpose": TEXT},
)


@settings(max_examples=300, deadline=None)
@given(raw=TRANSFER)
def test_assess_never_raises_on_schema_valid_input_and_is_deterministic(raw: dict[str, object]) -> None:
    parsed = parse_transfer(raw)
    first = ASSESSOR.assess(parsed, today=date(2026, 1, 1))
    second = ASSESSOR.assess(parsed, today=date(2026, 1, 1))
    assert first == second
    assert first.verdict is Verdict.worst([f.effect for f in first.findings] + [line.verdict for line in first.lines])
    for finding in first.all_findings:
        assert finding.reason


class _Fixed:
    """A classifier that always answers the same: the engine's contract, without the classifier's data."""

    def __init__(self, classification: Classification) -> None:
        self.classification = classification

    @property
    def version(self) -> str:
        return "fixed@1"

    def classify(self, description: str) -> Classification:
        return self.classification


def _fixed(classification: Classification) -> _Fixed:
    return _Fixed(classification)


def test_a_confident_classification_is_used_and_the_line_says_so() -> None:
    classified = Assessor(default_rulebook(), classifier=_fixed(
        Classification(hs="8703", confident=True, evidence=({"rule": "limousine is a passenger car"},),
                       candidates=("8703",))))
    decision = classified.assess(transfer(None, description="Aurus Senat limousine", on="2024-02-18"))
    line = decision.lines[0]
    assert line.hs == "8703" and line.hs_source is HsSource.CLASSIFIED
    assert line.evidence == ({"rule": "limousine is a passenger car"},)
    assert line.classifier_version == "fixed@1"
    assert decision.to_dict()["lines"][0]["classifier_version"] == "fixed@1"
    assert "kp-vehicles-to" in decision.measures


def test_an_unsure_classification_gives_review_listing_candidates_and_their_measures() -> None:
    unsure = Assessor(default_rulebook(), classifier=_fixed(
        Classification(hs=None, confident=False, candidates=("8703", "1006"))))
    decision = unsure.assess(transfer(None, description="something shiny", on="2019-01-01"))
    assert decision.verdict is Verdict.REVIEW
    reason = decision.lines[0].findings[0].reason
    assert "HS 8703 would trigger kp-luxury-to (prohibited), kp-vehicles-to (prohibited)" in reason
    assert "HS 1006 would trigger no measure" in reason


def test_a_catch_all_says_when_a_line_is_on_the_food_list_and_when_it_is_not() -> None:
    food = ASSESSOR.assess(transfer("100630", frm="CN", to="KP", on="2024-03-01"))
    alcohol = ASSESSOR.assess(transfer("220720", frm="CN", to="KP", on="2024-03-01"))
    [excepted] = [f for f in food.all_findings if f.measure == "kp-catch-all-2270"]
    [reviewed] = [f for f in alcohol.all_findings if f.measure == "kp-catch-all-2270"]
    assert excepted.effect is Verdict.PERMITTED
    assert "HS 1006.30 is on the rulebook's food list" in excepted.reason
    assert reviewed.effect is Verdict.REVIEW
    assert "HS 2207.20 is not on the rulebook's food or medicine list" in reviewed.reason


def test_a_measure_passed_over_for_a_line_could_give_it_no_finding() -> None:
    """The engine skips a measure when `may_match` says no clause can match: never one that would speak."""
    from sanctioneer.hs.nomenclature import load_nomenclature
    from sanctioneer.model import Direction
    from sanctioneer.rules.engine import _judge_measure
    from sanctioneer.rules.movement import Movement

    rulebook = default_rulebook()
    nomenclature = load_nomenclature()
    codes = [*sorted(nomenclature.chapters), *sorted(nomenclature.headings)[::7],
             *sorted(nomenclature.subheadings)[::53]]
    terms = dict.fromkeys(t for m in rulebook.measures for c in m.goods for t in c.terms)
    words = [None, "assorted consignment", *terms]
    on = date(2018, 1, 1)
    skipped = 0
    for measure in rulebook.measures:
        effect = measure.effect_on(on)
        if effect is None or not (measure.goods or measure.items):
            continue
        for code in codes:
            for text in words[:: max(1, len(words) // 12)]:
                if measure.may_match(code, text):
                    continue
                skipped += 1
                line = GoodsLine(text, code)
                for direction in (Direction.TO, Direction.FROM):
                    found = _judge_measure(measure, effect, line, transfer("0101", on="2018-01-01"),
                                           Movement(direction, "test"), on)
                    assert found == [], (measure.id, code, text)
    assert skipped > 1000


def test_a_judgement_remembered_under_one_rulebook_is_not_given_under_another() -> None:
    """Lines judged before are remembered per rulebook: a changed rulebook judges afresh."""
    import dataclasses

    rulebook = default_rulebook()
    aurus = transfer("8703", to="KP", frm="RU", on="2024-02-18")
    before = Assessor(rulebook).assess(aurus)
    assert before.verdict is Verdict.PROHIBITED
    reduced = dataclasses.replace(rulebook, measures=tuple(m for m in rulebook.measures
                                                           if m.id not in before.measures))
    after = Assessor(reduced).assess(aurus)
    assert not set(after.measures) & set(before.measures)
    assert Assessor(rulebook).assess(aurus).to_dict() == before.to_dict()
