"""Reading transfers: every bad input is refused with the file, the field and the fix."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sanctioneer.errors import InputError
from sanctioneer.intake import parse_transfer, read_transfers
from sanctioneer.model import TransferKind

FIXTURES = Path(__file__).parent / "fixtures" / "transfers"
EXAMPLES = Path(__file__).parents[1] / "examples"

BAD = [
    ("truncated.json", ["truncated.json", "not valid JSON", "line 1"]),
    ("bad-date.json", ["bad-date.json", "date", "'2024-31-02' is not a date", "YYYY-MM-DD"]),
    ("bad-hs.json", ["bad-hs.json", "goods[0].hs", "'87A3'", "digits"]),
    ("odd-hs.json", ["odd-hs.json", "goods[0].hs", "3 digits", "leading zeros"]),
    ("bad-country.json", ["bad-country.json", "recipient.country", "'Atlantis'", "ISO 3166"]),
    ("no-goods.json", ["no-goods.json", "goods", "non-empty list"]),
    ("empty-line.json", ["empty-line.json", "goods[0]", "hs code or a description"]),
    ("bad-currency.json", ["bad-currency.json", "goods[0].value.currency", "ISO 4217"]),
    ("negative-value.json", ["negative-value.json", "goods[0].value.amount", "at least 0"]),
    ("unknown-field.json", ["unknown-field.json", "shipper", "unknown field", "allowed fields"]),
    ("bad-kind.json", ["bad-kind.json", "kind", "'theft'", "gift"]),
    ("party-not-mapping.json", ["party-not-mapping.json", "recipient", "expected a mapping"]),
    ("empty-list.json", ["empty-list.json", "empty"]),
    ("empty.json", ["empty.json", "empty"]),
    ("not-utf8.json", ["not-utf8.json", "not UTF-8"]),
    ("alias-bomb.yaml", ["alias-bomb.yaml", "aliases", "not allowed"]),
    ("python-object.yaml", ["python-object.yaml", "not valid YAML"]),
    ("list-second-bad.yaml", ["list-second-bad.yaml", "[1].goods[0].quantity", "expected a number", "'lots'"]),
    ("missing.json", ["missing.json", "no such file"]),
]


@pytest.mark.parametrize(("name", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_transfer_files_are_refused_with_a_clear_message(name: str, words: list[str]) -> None:
    with pytest.raises(InputError) as raised:
        read_transfers(FIXTURES / name)
    message = str(raised.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


def test_the_founding_example_reads_with_countries_normalised() -> None:
    [transfer] = read_transfers(EXAMPLES / "aurus-2024.json")
    assert transfer.date == date(2024, 2, 18)
    assert (transfer.supplier.country, transfer.recipient.country) == ("RU", "KP")
    assert transfer.kind is TransferKind.GIFT
    assert transfer.goods[0].hs == "8703"
    assert transfer.goods[0].value is not None and transfer.goods[0].value.amount == Decimal(300000)


@pytest.mark.parametrize("name", ["North Korea", "DPRK", "Democratic People's Republic of Korea", "KP", "PRK",
                                  "Korea, DPR", "democratic people’s republic of korea"])
def test_every_common_name_of_the_dprk_is_understood(name: str) -> None:
    transfer = parse_transfer({"goods": [{"hs": "8703"}], "recipient": {"country": name}})
    assert transfer.recipient.country == "KP"


def test_hs_codes_are_read_with_or_without_dots() -> None:
    transfer = parse_transfer({"goods": [{"hs": "8703.23.01"}, {"hs": 8703}, {"hs": "87 03 24"}]})
    assert [g.hs for g in transfer.goods] == ["87032301", "8703", "870324"]


def test_a_value_may_be_written_as_text() -> None:
    transfer = parse_transfer({"goods": [{"hs": "8703", "value": "300,000 USD"}]})
    assert transfer.goods[0].value is not None
    assert (transfer.goods[0].value.amount, transfer.goods[0].value.currency) == (Decimal(300000), "USD")


def test_standard_input_is_read_when_the_name_is_a_dash() -> None:
    raw = b'{"date": "2024-02-18", "goods": [{"hs": "8703"}], "recipient": {"country": "KP"}}'
    [transfer] = read_transfers("-", stdin=io.BytesIO(raw))
    assert transfer.recipient.country == "KP"


def test_a_timestamp_is_read_as_its_date() -> None:
    transfer = parse_transfer({"date": "2024-02-18T09:30:00Z", "goods": [{"hs": "8703"}]})
    assert transfer.date == date(2024, 2, 18)
