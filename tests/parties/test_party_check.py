from datetime import date
from pathlib import Path

import pytest

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.model import GoodsLine, Party, Transfer, Verdict
from sanctioneer.parties.screening import party_check


@pytest.fixture(scope="module")
def assessor(history_store: Path) -> Assessor:
    rulebook = default_rulebook()
    check = party_check(rulebook, store_path=history_store)
    assert check is not None
    return Assessor(rulebook, party_check=check)


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
    assert decision.lists_version is not None and decision.lists_version.startswith("un-sc@2020-12-01+")


def test_before_the_designation_the_same_party_is_not_flagged(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2017, 8, 1), "Choi Seok-min"))
    assert not any(f.measure == "kp-asset-freeze" for f in decision.findings)
    assert decision.lists_version is not None and decision.lists_version.startswith("un-sc@2017-07-03+")


def test_a_near_match_asks_for_review(assessor: Assessor) -> None:
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Choe Sok Mjn"))
    finding = next(f for f in decision.findings if f.measure == "kp-asset-freeze")
    assert finding.effect is Verdict.REVIEW
    assert "possible designated" in finding.reason


def test_a_named_party_of_another_regime_asks_for_review_without_a_measure(assessor: Assessor) -> None:
    vessel_owner = Party(name="Abdallah Azzam Brigades", role="consignee")
    decision = assessor.assess(_transfer(date(2024, 3, 1), "Beijing Paper Co", others=(vessel_owner,)))
    finding = next(f for f in decision.findings if f.matched == "QDe.144")
    assert finding.effect is Verdict.REVIEW and finding.measure is None and finding.citation is None
    assert "the consignee" in finding.reason and "Al-Qaida" in finding.reason


def test_no_store_means_no_party_check(tmp_path: Path) -> None:
    assert party_check(default_rulebook(), store_path=tmp_path / "missing.duckdb") is None
