"""Names as people type them, against the real UN list: each is found (or not alerted) with a readable reason."""

from pathlib import Path

import pytest

from sanctioneer.parties.designation import Designation, Kind
from sanctioneer.parties.scoring import Query
from sanctioneer.parties.screening import Match, Screener
from sanctioneer.settings import SCREEN_THRESHOLD


@pytest.fixture(scope="module")
def current(history_store: Path) -> Screener:
    return Screener.from_store(store_path=history_store)


def _best(screener: Screener, query: str) -> Match:
    result = screener.screen(query)
    assert result.threshold == SCREEN_THRESHOLD
    assert result.matches, f"{query!r} found nothing at the default threshold"
    return result.matches[0]


def _reasons(match: Match) -> str:
    return " | ".join(f"{r.feature}: {r.detail}" for r in match.reasons)


@pytest.mark.parametrize(
    ("query", "reference", "reason"),
    [
        ("PAK CHN IL", "KPi.029", "chn~chun 0.85 typo (dropped 'u')"),
        ("HAN JNG SU", "KPi.055", "jng~jang 0.85 typo (dropped 'a')"),
        ("Korea Mining Developmnet Trading", "KPe.001", "developmnet~development 0.88 typo (letters swapped)"),
    ],
)
def test_a_dropped_or_swapped_letter_is_a_typo(current: Screener, query: str, reference: str, reason: str) -> None:
    best = _best(current, query)
    assert best.reference == reference
    assert reason in _reasons(best)


@pytest.mark.parametrize(
    ("query", "reference", "listed"),
    [
        ("KAN GCHOL SU", "KPi.059", "kang=kang; chol=chol; su=su"),
        ("RI CHU NSONG", "KPi.075", "ri=ri; chun=chun; song=song"),
        ("Choe Sokmin", "KPi.064", "choe=choe; sok=sok; min=min"),
    ],
)
def test_a_moved_space_still_matches(current: Screener, query: str, reference: str, listed: str) -> None:
    best = _best(current, query)
    assert best.reference == reference and best.score >= 0.95
    assert listed in _reasons(best) and "compared with the listed spacing" in _reasons(best)


@pytest.mark.parametrize(
    ("query", "reference"),
    [
        ("KOREA MINING DEVELOPMENT TRADINGCOMPANY", "KPe.001"),
        ("Korea Kwangsong TradingCorporation", "KPe.026"),
        ("Korea Daesong Trading Aktiengesellschaft", "KPe.042"),
        ("Korea Daesong General Trading Open Joint Stock Company", "KPe.042"),
        ("Korea Heungjin Trading Societe Anonyme", "KPe.011"),
        ("Hesong Trading Obshchestvo s Ogranichennoy Otvetstvennostyu", "KPe.024"),
    ],
)
def test_a_legal_form_merged_or_written_long_neither_adds_nor_removes_identity(
        current: Screener, query: str, reference: str) -> None:
    best = _best(current, query)
    assert best.reference == reference and best.score == 1.0
    assert "trading=trading" in _reasons(best)


def test_two_different_specific_legal_forms_are_two_companies() -> None:
    listed = Designation(reference="T.1", kind=Kind.ENTITY, name="Nordwind Handels GmbH")
    screener = Screener.from_designations([listed])
    assert screener.screen("Nordwind Handels GmbH").matches[0].score == 1.0
    assert screener.screen("Nordwind Handels").matches[0].score == 1.0
    assert screener.screen("Nordwind Handels AG").matches == ()
    near = screener.screen("Nordwind Handels Aktiengesellschaft", threshold=0.7).matches[0]
    assert near.score < SCREEN_THRESHOLD
    assert "legal form: legal form ag against the listed gmbh: different companies" in _reasons(near)


@pytest.mark.parametrize("query", ["Industrial Bank of Kenya", "Korea Kwangsong Shipping Corporation",
                                   "Korea Mining Development Bank"])
def test_one_distinctive_word_in_place_of_another_is_no_alert(current: Screener, query: str) -> None:
    assert current.screen(query).matches == ()


def test_a_swapped_word_is_named_in_the_reason() -> None:
    listed = Designation(reference="T.2", kind=Kind.ENTITY, name="Industrial Bank of Korea")
    screener = Screener.from_designations([listed])
    assert screener.screen("Industrial Bank of Korea").matches[0].score == 1.0
    assert screener.screen("Industrial Bank of Kenya").matches == ()
    weak = screener.screen("Industrial Bank of Kenya", threshold=0.0).matches[0]
    assert "swapped: kenya in place of the listed korea" in _reasons(weak)


def test_a_title_is_not_part_of_a_name(current: Screener) -> None:
    best = _best(current, "Colonel Dr. Choe Sok Min")
    assert (best.reference, best.score) == ("KPi.064", 1.0)


def test_an_added_middle_word_costs_but_still_matches(current: Screener) -> None:
    best = _best(current, "Choe Sok Chol Min")
    assert best.reference == "KPi.064" and best.score < 0.9
    assert "extra: query words not in the listed name: chol" in _reasons(best)


def test_initials_stand_for_the_words_they_begin(current: Screener) -> None:
    best = _best(current, "S. M. Choe")
    assert best.reference == "KPi.064"
    assert "s~sok 0.75 initial" in _reasons(best) and "m~min 0.75 initial" in _reasons(best)


@pytest.mark.parametrize("query", ["Office Thirty-Nine", "Office 39", "OFFICE39", "Bureau Thirty Nine"])
def test_numbers_are_words_however_written(current: Screener, query: str) -> None:
    best = _best(current, query)
    assert best.reference == "KPe.030" and best.score == 1.0
    assert "39=39" in _reasons(best)


def test_another_number_is_another_party() -> None:
    funds = [Designation(reference=f"F.{n}", kind=Kind.ENTITY, name=f"Pacific Growth Fund {n}") for n in (2, 3)]
    screener = Screener.from_designations(funds)
    assert [m.reference for m in screener.screen("Pacific Growth Fund III").matches] == ["F.3"]
    weak = screener.screen("Pacific Growth Fund 4", threshold=0.0).matches[0]
    assert "numbers: the numbers differ" in _reasons(weak)


@pytest.mark.parametrize(
    ("query", "reference", "reason"),
    [
        ("Цой Сок Мин", "KPi.064", "'tsoy sok min' ~ 'choe sok min'"),  # Russian
        ("Цой Сок Мін", "KPi.064", "'tsoy sok min' ~ 'choe sok min'"),  # Ukrainian
        ("李成赫", "KPi.077", "'li cheng he' ~ 'li cheng he'"),  # Chinese characters
        ("Lǐ Chénghè", "KPi.077", "li=li; cheng=cheng; he=he"),  # pinyin with tone marks
        ("Li3 Cheng2 He4", "KPi.077", "li=li; cheng=cheng; he=he"),  # pinyin with tone numbers
        ("عبد المجيد عزيز الزنداني", "QDi.156", "(original script)"),  # Arabic, as the list carries it
        ("최석민", "KPi.064", "romanised as DPRK listings write it"),
    ],
)
def test_other_scripts_are_read_in_latin_letters(current: Screener, query: str, reference: str, reason: str) -> None:
    best = _best(current, query)
    assert best.reference == reference and best.score >= 0.95
    assert reason in _reasons(best)


def test_korean_given_names_that_fold_alike_are_not_one_name(current: Screener) -> None:
    # 춘 (chun) and 천 (chon) are two given-name syllables; as a family name Chun is a spelling of Jeon.
    assert current.screen("Pak Chon Il").matches == ()
    best = _best(current, "Park Chun Il")
    assert best.reference == "KPi.029" and best.score < 1.0
    assert "park~pak 0.97 romanisation variant" in _reasons(best)


def test_a_typo_in_a_non_korean_name_is_still_a_candidate(current: Screener) -> None:
    best = _best(current, "Abd Al Majid Aziz Al Zindan")
    assert best.reference == "QDi.156"
    assert "zindan~zindani 0.88 typo (dropped 'i')" in _reasons(best)


@pytest.mark.parametrize("name", ["Ri Song Chol", "Kim Min Jun", "Wang Wei", "Ivan Petrov", "Zhang Wei",
                                  "Korea Pyongyang Trading Company", "Choe Sok Man"])
def test_names_one_syllable_or_word_away_are_not_alerted(current: Screener, name: str) -> None:
    assert current.screen(Query(name)).matches == ()
