from pathlib import Path

import pytest

from sanctioneer.errors import ListError
from sanctioneer.parties.designation import Kind
from sanctioneer.parties.ftm import parse_ftm
from sanctioneer.parties.screening import Screener

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_followthemoney_entities_become_designations_with_sanction_dates() -> None:
    data = (FIXTURES / "entities.ftm.json").read_bytes()
    snapshot = parse_ftm(data, where="entities.ftm.json", list_id="ftm:test")
    by_ref = {d.reference: d for d in snapshot.designations}
    assert set(by_ref) == {"ofac-vessel-1", "ofac-person-1"}
    assert by_ref["ofac-vessel-1"].kind is Kind.VESSEL
    assert by_ref["ofac-person-1"].listed_on is not None
    assert by_ref["ofac-person-1"].listed_on.isoformat() == "2020-06-01"
    assert snapshot.generated.isoformat() == "2024-03-02"
    screener = Screener.from_designations(snapshot.designations)
    result = screener.screen("Park Il-nam")
    assert [m.reference for m in result.matches] == ["ofac-person-1"]
    vessel = screener.screen("Sea Star 7", threshold=0.8)
    assert vessel.matches[0].designation.kind is Kind.VESSEL


def test_a_line_that_is_not_json_is_named_by_file_and_line() -> None:
    with pytest.raises(ListError) as caught:
        parse_ftm(b'{"id": "a", "schema": "Person", "properties": {"name": ["X"]}}\n{oops\n', where="bad.json",
                  list_id="ftm:bad")
    assert str(caught.value).startswith("bad.json:2: expected a JSON object")
    assert "one JSON object per line" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (b'{"id": "a", "schema": "Person", "properties": {"name": [["X"]]}}', "expected properties.name to be a "
                                                                              "list of strings, got a nested list"),
        (b'{"id": "a", "schema": "Person", "properties": {"name": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
         "got values nested too deep to read"),
        (b'{"id": ["a"], "schema": "Person", "properties": {}}', "expected an object with id and schema as text"),
        (b'{"id": "a", "schema": "Person", "properties": {"name": ["' + b"x" * (5 * 2**20) + b'"]}}',
         "expected an entity of at most 4 MB per line, got 5 MB"),
    ],
)
def test_a_nested_or_oversized_entity_is_refused_with_its_line_named(line: bytes, words: str) -> None:
    good = (FIXTURES / "entities.ftm.json").read_bytes().splitlines()[0]
    with pytest.raises(ListError) as caught:
        parse_ftm(good + b"\n" + line + b"\n", where="bad.json", list_id="ftm:bad")
    assert str(caught.value).startswith("bad.json:2: ")
    assert words in str(caught.value)


def test_a_file_over_the_size_cap_is_refused_before_parsing() -> None:
    from sanctioneer.parties import ftm

    with pytest.raises(ListError, match="expected at most 256 MB"):
        parse_ftm(b" " * (ftm.MAX_BYTES + 1), where="huge.json", list_id="ftm:huge")
