"""Party screening in `assess`: the screener finds matches, the rulebook's party measures decide."""

from datetime import date
from pathlib import Path

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.errors import RulebookError
from sanctioneer.model import GoodsLine, Party, ScreeningStatus, Transfer, Verdict
from sanctioneer.parties.screening import StoreScreener
from sanctioneer.rulebook import load_rulebook
from tests.factory import copy_rulebook


def _screener(store: Path) -> StoreScreener:
    return StoreScreener(store, threshold=0.80, review_threshold=0.70)


@pytest.fixture(scope="module")
def assessor(history_store: Path) -> Assessor:
    return Assessor(default_rulebook(), screener=_screener(history_store))


def _transfer(
    when: date, recipient: str, *, supplier: str = "Acme Trading GmbH", others: tuple[Party, ...] = ()
) -> Transfer:
    return Transfer(
        goods=(GoodsLine(description="office paper", hs="4802"),),
        date=when,
        supplier=Party(name=supplier, country="DE"),
        recipient=Party(name=recipient, country="CN"),
        parties=others,
    )


def test_a_designated_recipient_makes_the_transfer_prohibited_under_the_asset_freeze(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    assert decision.verdict is Verdict.PROHIBITED
    finding = next(f for f in decision.findings if f.measure == "kp-asset-freeze")
    assert finding.effect is Verdict.PROHIBITED
    assert finding.citation is not None and finding.citation.instrument == "S/RES/1718 (2006)"
    assert finding.citation.paragraph is not None and finding.citation.paragraph.startswith("8")
    assert "the recipient 'Choi Seok-min'" in finding.reason
    assert "KPi.064" in finding.reason and "CH'OE SO’K MIN" in finding.reason
    assert finding.matched == "KPi.064"
    assert decision.screening is ScreeningStatus.SCREENED
    assert decision.lists_version is not None and decision.lists_version.startswith("un-sc@2020-12-01+")
    [ref] = [r for r in decision.lists if r.version.startswith("un-sc@2020-12-01+")]
    assert ref.list_id == "un-sc" and len(ref.sha256) == 64 and ref.version.endswith(ref.sha256[:12])


def test_the_travel_ban_is_not_a_consequence_of_a_goods_transfer(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    assert "kp-travel-ban" not in decision.measures


def test_before_the_designation_the_same_party_is_not_flagged(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2017, 8, 1), "Choi Seok-min"))
    assert not any(f.measure == "kp-asset-freeze" for f in decision.findings)
    assert decision.lists_version is not None and decision.lists_version.startswith("un-sc@2017-07-03+")


def test_a_near_match_asks_for_review(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Choe Sok"))
    finding = next(f for f in decision.findings if f.measure == "kp-asset-freeze")
    assert finding.effect is Verdict.REVIEW
    assert "possible designated" in finding.reason


def test_a_named_party_of_another_regime_asks_for_review_without_a_measure(assessor: Assessor) -> None:
    vessel_owner = Party(name="Abdallah Azzam Brigades", role="consignee")
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Beijing Paper Co", others=(vessel_owner,)))
    finding = next(f for f in decision.findings if f.matched == "QDe.144")
    assert finding.effect is Verdict.REVIEW and finding.measure is None and finding.citation is None
    assert "the consignee" in finding.reason and "Al-Qaida" in finding.reason


def test_which_designations_a_party_measure_covers_is_rulebook_data(history_store: Path, tmp_path: Path) -> None:
    # A rulebook whose asset freeze covers no DPRK designation: the same match is then only a review,
    # without a measure, because nothing in the law as loaded gives it a consequence.
    directory = copy_rulebook(tmp_path)
    path = directory / "s-res-1718.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("regimes: [DPRK]", "regimes: [Elsewhere]")
                    .replace("reference_prefixes: [KPi., KPe.]", "reference_prefixes: [XXi.]"), "utf-8")
    other = Assessor(load_rulebook(directory), screener=_screener(history_store))
    decision = other.assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    finding = next(f for f in decision.findings if f.matched == "KPi.064")
    assert finding.effect is Verdict.REVIEW and finding.measure is None
    assert "does not encode" in finding.reason


@pytest.mark.parametrize(
    ("block", "words"),
    [
        ("designations: {list: un-sc}", "names no designations"),
        ("designations: {list: un-sc, regimes: [DPRK], prefix: [KPi.]}", "unknown key 'prefix'"),
        ("designations: {regimes: [DPRK]}", "missing required key 'list'"),
    ],
)
def test_a_bad_designations_block_is_refused_naming_file_and_key(tmp_path: Path, block: str, words: str) -> None:
    directory = copy_rulebook(tmp_path)
    path = directory / "s-res-1718.yaml"
    text = path.read_text("utf-8")
    start = text.index("    designations:\n")
    end = text.index("    reason:", start)
    path.write_text(text[:start] + "    " + block + "\n" + text[end:], "utf-8")
    with pytest.raises(RulebookError) as raised:
        load_rulebook(directory)
    message = str(raised.value)
    assert words in message and "s-res-1718.yaml" in message and "kp-asset-freeze.designations" in message


def test_designations_on_a_goods_measure_are_refused(tmp_path: Path) -> None:
    directory = copy_rulebook(tmp_path)
    path = directory / "s-res-1718.yaml"
    text = path.read_text("utf-8")
    block = "  kp-luxury-to:\n    designations: {list: un-sc, regimes: [DPRK]}\n"
    path.write_text(text.replace("  kp-luxury-to:\n", block, 1), "utf-8")
    with pytest.raises(RulebookError, match="only a measure with `applies_to: parties`"):
        load_rulebook(directory)


def test_no_store_means_the_parties_are_not_screened_and_review(tmp_path: Path) -> None:
    lonely = Assessor(default_rulebook(), screener=_screener(tmp_path / "missing.duckdb"))
    decision = lonely.assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    assert decision.verdict is Verdict.REVIEW and decision.screening is ScreeningStatus.NO_LIST
    [finding] = [f for f in decision.findings if f.reason.startswith("parties not screened")]
    assert "missing.duckdb" in finding.reason and "'Choi Seok-min'" in finding.reason
    assert "sanctioneer lists update" in finding.checks[0]


def test_switching_screening_off_is_recorded_and_adds_no_review() -> None:
    decision = Assessor(default_rulebook(), screen=False).assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    assert decision.screening is ScreeningStatus.OFF and decision.verdict is Verdict.PERMITTED
    assert decision.to_dict()["screening"] == "off"



def test_an_assessor_without_a_screener_never_passes_named_parties_quietly() -> None:
    decision = Assessor(default_rulebook()).assess(_transfer(date(2024, 3, 1), "Choi Seok-min"))
    assert decision.verdict is Verdict.REVIEW and decision.screening is ScreeningStatus.NO_LIST
    assert any(f.reason.startswith("parties not screened: no list loaded") for f in decision.findings)


def test_the_service_remembering_screener_answers_as_the_store_screener_for_any_mix_of_names(
        history_store: Path) -> None:
    from sanctioneer.api.service import RememberingScreener

    store = _screener(history_store)
    remembering = RememberingScreener(_screener(history_store), size=3)
    names = ["Choe Sok Min", "Acme Trading GmbH", "Korea Mining Development Trading Corporation", "Kim Jong Un"]
    asked = [names[:2], names[1:3], [names[3], names[0], names[3]], names, names[::-1], [names[2]], names[:2]]
    for day in (date(2012, 1, 1), date(2024, 2, 18)):
        for group in asked:
            assert remembering.screen_names(group, day) == store.screen_names(group, day), (group, day)
    assert any(m.reference == "KPi.064" for m in remembering.screen_names(names, date(2024, 2, 18)).matches)
    missing = RememberingScreener(_screener(history_store.parent / "absent.duckdb"))
    assert missing.screen_names(names, date(2024, 2, 18)).missing is not None
