from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctioneer.parties.designation import Kind
from sanctioneer.parties.scoring import Query
from sanctioneer.parties.screening import Screener, screen


@pytest.fixture(scope="module")
def current(history_store: Path) -> Screener:
    return Screener.from_store(store_path=history_store)


@pytest.mark.parametrize(
    "query",
    ["Choe Sok Min", "최석민", "Choi Seok-min", "CH'OE SO’K MIN", "Min Sok Choe", "Choe Sokmin", "Chʼoe Sŏk-min"],
)
def test_every_spelling_of_choe_sok_min_finds_kpi064(current: Screener, query: str) -> None:
    result = current.screen(query)
    assert result.matches, query
    best = result.matches[0]
    assert best.reference == "KPi.064"
    assert best.score >= 0.95
    assert best.designation.name == "CH'OE SO’K MIN"
    assert best.list_version.startswith("un-sc@2026-05-08+")


def test_the_reason_names_the_romanisation_variants(current: Screener) -> None:
    best = current.screen("Choi Seok-min").matches[0]
    name = best.reasons[0]
    assert name.feature == "name"
    assert "choi~choe 0.97 romanisation variant" in name.detail and "seok~sok 0.97 romanisation variant" in name.detail


def test_an_entity_is_found_without_its_legal_form(current: Screener) -> None:
    best = current.screen("Korea Mining Development Trading Co., Ltd.").matches[0]
    assert best.reference == "KPe.001"
    assert best.designation.kind is Kind.ENTITY


def test_a_typo_in_a_long_word_still_matches(current: Screener) -> None:
    assert current.screen("Korea Mining Developmnet Trading").matches[0].reference == "KPe.001"


def test_a_different_syllable_is_no_match(current: Screener) -> None:
    # Min and Man differ by one letter, but a short word one letter replaced is another word.
    assert current.screen("Choe Sok Man").matches == ()
    weak = current.screen("Choe Sok Man", threshold=0.5).matches[0]
    assert weak.reference == "KPi.064" and weak.score < 0.7
    assert any(r.feature == "swapped" and "man in place of the listed min" in r.detail for r in weak.reasons)


def test_a_missing_word_is_a_near_match(current: Screener) -> None:
    assert current.screen("Choe Sok").matches == ()
    near = current.screen("Choe Sok", threshold=0.7).matches[0]
    assert near.reference == "KPi.064" and 0.7 <= near.score < 0.8
    assert any(r.feature == "missing" and "min" in r.detail for r in near.reasons)


@pytest.mark.parametrize("name", ["John Smith", "Kim Min Jun", "Wang Wei", "Maria Garcia", "Acme Trading Ltd"])
def test_common_names_that_are_not_listed_do_not_match(current: Screener, name: str) -> None:
    assert current.screen(name).matches == ()


def test_date_of_birth_and_nationality_qualify_but_do_not_outweigh_the_name(current: Screener) -> None:
    right = current.screen(Query("Choe Sok Min", dob="1978-07-25", country="KP")).matches[0]
    wrong = current.screen(Query("Choe Sok Min", dob="1990-01-01", country="FR")).matches[0]
    assert right.reference == wrong.reference == "KPi.064"
    assert {r.feature for r in right.reasons} >= {"name", "dob", "country"}
    assert any("differs" in r.detail for r in wrong.reasons if r.feature == "dob")
    assert wrong.score == pytest.approx(0.85)
    assert current.screen(Query("Kim Min Jun", dob="1978-07-25", country="KP")).matches == ()


def test_kind_filters_out_other_kinds(current: Screener) -> None:
    assert current.screen(Query("Choe Sok Min", kind=Kind.ENTITY)).matches == ()
    assert current.screen(Query("Choe Sok Min", kind=Kind.PERSON)).matches[0].reference == "KPi.064"


def test_before_its_listed_on_date_a_designation_is_not_returned(history_store: Path) -> None:
    # KPi.064 was listed on 2017-12-22 and first appears in the 2018-06-07 snapshot.
    assert screen("Choe Sok Min", as_of=date(2017, 12, 21), store_path=history_store).matches == ()
    # No snapshot between the listing and 2018-06-07 was loaded: the listed-on date still shows the
    # designation was in force on 2018-01-15, so it is returned (from the next snapshot).
    later = screen("Choe Sok Min", as_of=date(2018, 1, 15), store_path=history_store)
    assert [m.reference for m in later.matches] == ["KPi.064"]
    found = screen("Choe Sok Min", as_of=date(2018, 6, 7), store_path=history_store)
    assert [m.reference for m in found.matches] == ["KPi.064"]
    assert found.matches[0].snapshot == date(2018, 6, 7)


def test_a_designation_removed_between_snapshots_is_not_returned_later(history_store: Path) -> None:
    from sanctioneer.store.snapshots import ListStore

    with ListStore.open(history_store, read_only=True) as store:
        old = store.snapshot("un-sc", date(2017, 6, 30))
        new = store.snapshot("un-sc", date(2017, 7, 3))
        removed = store.diff(old, new).removed
        reference, name = removed[0]
    before = screen(name, as_of=date(2017, 7, 1), store_path=history_store)
    assert reference in [m.reference for m in before.matches]
    after = screen(name, as_of=date(2017, 7, 4), store_path=history_store)
    assert reference not in [m.reference for m in after.matches]


@settings(max_examples=40, deadline=None)
@given(st.permutations(["CH'OE", "SO'K", "MIN"]))
def test_screening_is_insensitive_to_word_order(current: Screener, words: list[str]) -> None:
    best = current.screen(" ".join(words)).matches[0]
    assert (best.reference, best.score) == ("KPi.064", 1.0)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_screening_never_crashes_on_any_text(current: Screener, text: str) -> None:
    result = current.screen(text)
    assert all(0.0 <= m.score <= 1.0 for m in result.matches)


@pytest.mark.parametrize("query", ["Choi Seok-min", "Korea Mining Development Trading Co., Ltd.", "Kim Jong Un",
                                   "Korea Trading Corporation 7", "Ri Chun Song", "Sergei Ivanov"])
def test_a_higher_threshold_drops_matches_but_never_changes_a_score_or_its_reasons(current: Screener,
                                                                                 query: str) -> None:
    everything = current.screen(query, threshold=0.0, limit=1000)
    for threshold in (0.5, 0.7, 0.8):
        kept = current.screen(query, threshold=threshold, limit=1000)
        expected = [m for m in everything.matches if m.score >= threshold]
        assert [(m.reference, m.matched, m.score, m.reasons) for m in kept.matches] == \
            [(m.reference, m.matched, m.score, m.reasons) for m in expected]
        assert all(m.reasons and m.reasons[0].feature == "name" for m in kept.matches)
