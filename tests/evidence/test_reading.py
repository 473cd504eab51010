"""How sentences of a report are read into claims: dates, parties and what is no transfer at all."""

from __future__ import annotations

import pytest

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document


def claims_of(text: str) -> list[Claim]:
    return extract_claims(parse_document(text.encode(), name="report.txt"))


def only(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


@pytest.mark.parametrize(("words", "expected"), [
    ("since August last year", "2023-08"),
    ("in January this year", "2024-01"),
    ("last October", "2023-10"),
    ("earlier this week", "2024-10"),
    ("in September", "2024-09"),
    ("on Saturday", "2024-10-05"),
    ("last month", "2024-09"),
])
def test_relative_dates_resolve_against_the_reports_date(words: str, expected: str) -> None:
    claim = only(f"date 2024-10-08\n\nNorth Korea has shipped artillery shells to Russia {words}, officials said.\n")
    assert claim.date is not None and claim.date.iso() == expected
    assert claim.date_text == words.removeprefix("since ").removeprefix("in ").removeprefix("on ")


def test_a_byline_closing_the_report_dates_its_relative_dates() -> None:
    claim = only("BANGKOK, Dec 14 - Thai police said a plane seized on Saturday had been carrying weapons "
                 "from North Korea.\n\nPublished 14 December 2009\n")
    assert claim.date is not None and claim.date.iso() == "2009-12-12"
