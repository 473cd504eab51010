"""Documents -> transfer claims with source spans; claims about one transfer merged across sources.

    >>> from sanctioneer.evidence import read_document, build_report
    >>> report = build_report([read_document("report.txt")])
    >>> [(e.kind, e.decision.verdict.value) for e in report.events]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctioneer.evidence.claims import (
    Claim,
    ClaimGoods,
    ClaimParty,
    ClaimStatus,
    Evidence,
    classify_claim,
)
from sanctioneer.evidence.document import DocumentFormat, SourceDocument, parse_document, read_document, sniff
from sanctioneer.evidence.events import Event, Report, assess_events, document_ship, merge_claims
from sanctioneer.evidence.extraction import extract_claims
from sanctioneer.evidence.proposer import ClaimProposer

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor
    from sanctioneer.model import Classifier

__all__ = [
    "Claim",
    "ClaimGoods",
    "ClaimParty",
    "ClaimProposer",
    "ClaimStatus",
    "DocumentFormat",
    "Event",
    "Evidence",
    "Report",
    "SourceDocument",
    "assess_events",
    "build_report",
    "classify_claim",
    "extract_claims",
    "merge_claims",
    "parse_document",
    "read_document",
    "sniff",
]


def build_report(documents: Sequence[SourceDocument], *, assessor: Assessor | None = None,
                 classifier: Classifier | None = None, proposer: ClaimProposer | None = None) -> Report:
    """Read every document's claims, merge them into events and, with an assessor, judge each event.

    Goods words get the HS code the classifier (the assessor's, or `classifier`) gives with
    confidence. Without an assessor the events carry no decision (what `sanctioneer extract` shows).
    A proposer (a language model) may add claims the rules missed, each value checked against the text.
    """
    classifier = assessor.classifier if assessor is not None else classifier
    claims: list[Claim] = []
    for document in documents:
        read = extract_claims(document)
        claims.extend(read)
        if proposer is not None:
            claims.extend(proposer.propose(document, read))
    if classifier is not None:
        claims = [classify_claim(claim, classifier) for claim in claims]
    ships = {d.name: ship for d in documents if (ship := document_ship(d.text)) is not None}
    events = merge_claims(claims, ships)
    if assessor is not None:
        events = assess_events(events, assessor)
    return Report(tuple(documents), tuple(claims), tuple(events))
