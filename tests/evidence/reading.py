"""Reading a short report the way the reading tests do: dated on a Wednesday, its claims and what they show."""

from __future__ import annotations

from sanctioneer.evidence import extract_claims
from sanctioneer.evidence.claims import Claim
from sanctioneer.evidence.document import parse_document

# A Wednesday.
DATED = "date 2024-03-20\n\n"


def claims(text: str, *, dated: bool = True) -> list[Claim]:
    """The claims of a report of `text`, dated 2024-03-20 unless `dated` is false."""
    return extract_claims(parse_document(((DATED if dated else "") + text).encode(), name="report.txt"))


def only(text: str) -> Claim:
    """The one claim of a dated report of `text` (the test fails when there are more or none)."""
    found = claims(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def seen(claim: Claim) -> tuple[str | None, str | None, str | None]:
    """Where the goods came from and went, and when."""
    return claim.supplier.country, claim.recipient.country, claim.date.iso() if claim.date else None
