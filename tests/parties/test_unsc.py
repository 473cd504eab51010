from pathlib import Path

import pytest

from sanctioneer.errors import ListError
from sanctioneer.parties.designation import Kind
from sanctioneer.parties.unsc import parse_un_xml

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_current_list_reads_with_kpi064_and_its_alias_and_date_of_birth(un_dir: Path) -> None:
    snapshot = parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml")
    assert snapshot.generated.isoformat() == "2026-05-08"
    assert snapshot.version.startswith("un-sc@2026-05-08+")
    by_ref = {d.reference: d for d in snapshot.designations}
    assert len(by_ref) == 1009
    assert sum(1 for r in by_ref if r.startswith(("KPi.", "KPe."))) == 155
    choe = by_ref["KPi.064"]
    assert choe.name == "CH'OE SO’K MIN"
    assert choe.kind is Kind.PERSON
    assert [(a.name, a.quality) for a in choe.aliases] == [("Choe Sok Min", "Low")]
    assert choe.dates_of_birth == ("1978-07-25",)
    assert choe.listed_on is not None and choe.listed_on.isoformat() == "2017-12-22"
    assert choe.regime == "DPRK" and choe.is_dprk
    assert by_ref["KPe.001"].kind is Kind.ENTITY


@pytest.mark.parametrize(
    ("fixture", "words"),
    [
        ("bomb.xml", ["refused", "DTD or entities", "XML bomb"]),
        ("external-entity.xml", ["refused", "external-entity"]),
        ("truncated.xml", ["well-formed XML", "parse error", "UN Security Council Consolidated List"]),
        ("not-xml.xml", ["well-formed XML"]),
        ("wrong-root.xml", ["CONSOLIDATED_LIST root element", "<html>"]),
    ],
)
def test_hostile_or_broken_files_are_refused_with_the_file_named(fixture: str, words: list[str]) -> None:
    with pytest.raises(ListError) as caught:
        parse_un_xml((FIXTURES / fixture).read_bytes(), where=fixture)
    message = str(caught.value)
    assert message.startswith(f"{fixture}: ")
    for word in words:
        assert word in message


def test_a_file_over_the_size_cap_is_refused_before_parsing() -> None:
    from sanctioneer.parties import unsc

    with pytest.raises(ListError, match="expected at most 64 MB"):
        parse_un_xml(b" " * (unsc.MAX_BYTES + 1), where="huge.xml")
