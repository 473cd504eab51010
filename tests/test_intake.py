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
    # YAML 1.1 readings are not applied: what is not a code is refused as written.
    ("sexagesimal-hs.yaml", ["sexagesimal-hs.yaml", "goods[0].hs", "'87:03'", "digits"]),
    ("hex-hs.yaml", ["hex-hs.yaml", "goods[0].hs", "'0x2207'", "digits"]),
    ("boolean-country.yaml", ["boolean-country.yaml", "recipient.country", "'yes'", "ISO 3166"]),
    ("tagged-hs.yaml", ["tagged-hs.yaml", "line 4", "tags", "not allowed", "quote"]),
    # Codes the nomenclature does not have.
    ("unknown-chapter.json", ["unknown-chapter.json", "goods[0].hs", "chapter 99", "does not exist in HS 2022"]),
    ("zero-chapter.yaml", ["zero-chapter.yaml", "goods[0].hs", "chapter 00", "does not exist"]),
    ("unknown-heading.json", ["unknown-heading.json", "goods[0].hs", "heading 9999", "does not exist"]),
    ("unknown-subheading.json", ["unknown-subheading.json", "goods[0].hs", "subheading 870399", "8703 exists"]),
    # JSON as strict as YAML.
    ("duplicate-key.json", ["duplicate-key.json", "goods[0].hs", "given twice", "remove the other"]),
    ("nan-amount.json", ["nan-amount.json", "NaN", "finite number"]),
    # Sizes and depth.
    ("huge-number.json", ["huge-number.json", "goods[0].quantity", "at most 24 digits", "5,000 characters"]),
    ("huge-number.yaml", ["huge-number.yaml", "goods[0].value.amount", "at most 24 digits"]),
    ("deep.yaml", ["deep.yaml", "line 1", "nested more than 20 levels"]),
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


def test_unquoted_yaml_codes_countries_and_ids_are_read_as_written() -> None:
    [transfer] = read_transfers(FIXTURES / "unquoted-codes.yaml")
    assert transfer.goods[0].hs == "03061100"  # not 811584, its octal reading
    assert transfer.supplier.country == "NO"  # Norway, not false
    assert transfer.id == "00417"
    assert transfer.goods[0].value is not None and transfer.goods[0].value.amount == Decimal("1500.50")


def test_json_amounts_with_decimals_are_read_exactly() -> None:
    [transfer] = read_transfers(FIXTURES / "decimal-amount.json")
    value = transfer.goods[0].value
    assert value is not None and (value.amount, value.currency) == (Decimal("1500.50"), "USD")
    assert str(value.amount) == "1500.50"


def test_a_national_code_is_valid_when_its_subheading_exists() -> None:
    from sanctioneer.hs.nomenclature import load_nomenclature

    subheading = sorted(load_nomenclature().subheadings)[-1]
    transfer = parse_transfer({"goods": [{"hs": f"{subheading}12"}, {"hs": f"{subheading}1234"}]})
    assert [g.hs for g in transfer.goods] == [f"{subheading}12", f"{subheading}1234"]


def _retired_subheading() -> str:
    # A subheading absent from HS 2022 under a heading HS 2022 still has, found from the nomenclature.
    from sanctioneer.hs.nomenclature import load_nomenclature

    nomenclature = load_nomenclature()
    heading = sorted(nomenclature.headings)[len(nomenclature.headings) // 2]
    return next(f"{heading}{n:02d}" for n in range(99, 0, -1) if f"{heading}{n:02d}" not in nomenclature.subheadings)


def test_an_older_editions_subheading_is_accepted_only_for_a_transfer_dated_before_hs_2022() -> None:
    code = _retired_subheading()
    before = parse_transfer({"date": "2019-05-01", "goods": [{"hs": code}]})
    assert before.goods[0].hs == code
    with pytest.raises(InputError) as raised:
        parse_transfer({"date": "2024-05-01", "goods": [{"hs": code}]})
    assert f"subheading {code} does not exist in HS 2022" in str(raised.value)
    assert "goods[0].hs" in str(raised.value)


def test_a_json_number_for_an_hs_code_is_read_only_when_whole() -> None:
    raw = b'{"goods": [{"hs": 8703}, {"hs": 8703.10}]}'
    with pytest.raises(InputError) as raised:
        read_transfers("-", stdin=io.BytesIO(raw))
    assert "<stdin>: goods[1].hs" in str(raised.value)
    assert "quote the code" in str(raised.value)
