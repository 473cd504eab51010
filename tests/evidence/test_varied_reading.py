"""One transfer told many ways: the same shipment's sides and date must read the same whatever the
wording (a period by its ends, a date a report came out, goods named by their country)."""

from __future__ import annotations

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document

# A Wednesday.
_DATED = "date 2024-03-20\n\n"


def only(text: str) -> Claim:
    found = extract_claims(parse_document(text.encode(), name="report.txt"))
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def seen(claim: Claim) -> tuple[str | None, str | None, str | None]:
    """What a reader of the claim sees first: where the goods came from and went, and when."""
    return claim.supplier.country, claim.recipient.country, claim.date.iso() if claim.date else None


@pytest.mark.parametrize(("words", "expected"), [
    ("between March and May 2023", "2023-03"),
    ("from March to May 2023", "2023-03"),
    ("between March and May last year", "2023-03"),
    ("in February and March 2023", "2023-02"),
    ("between November and February 2023", "2022-11"),
    ("between March 3 and May 5, 2022", "2022-03-03"),
    # Told in late March, "March and April" are both past: last year's.
    ("in March and April", "2023-03"),
    ("in January and February", "2024-01"),
])
def test_a_period_begins_in_the_year_its_end_names(words: str, expected: str) -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea {words}.\n")
    assert seen(claim) == ("RU", "KP", expected)


@pytest.mark.parametrize(("words", "expected"), [
    ("the previous month", "2024-02"),
    ("at the start of the year", "2024"),
    ("in the first quarter", "2024"),
    ("in the first half of the year", "2024"),
])
def test_a_date_told_from_the_report_s_own_month_or_year(words: str, expected: str) -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea {words}.\n")
    assert seen(claim) == ("RU", "KP", expected)


def test_the_date_a_report_came_out_is_not_the_transfer_s() -> None:
    claim = only(f"{_DATED}Russia shipped 5,000 tonnes of coal to North Korea, the report released on Monday "
                 "said.\n")
    assert seen(claim) == ("RU", "KP", None)
    claim = only(f"{_DATED}Russia shipped refined petroleum to North Korea, according to a statement issued "
                 "on Monday.\n")
    assert seen(claim) == ("RU", "KP", None)


@pytest.mark.parametrize("text", [
    "The Egyptian military took delivery of 30,000 North Korean rockets in 2016.",
    "Egypt received 30,000 North Korean rockets in 2016.",
    "Egypt bought 30,000 North Korean rockets in 2016.",
])
def test_goods_a_recipient_takes_named_by_another_country_come_from_it(text: str) -> None:
    assert seen(only(f"{_DATED}{text}\n")) == ("KP", "EG", "2016")
