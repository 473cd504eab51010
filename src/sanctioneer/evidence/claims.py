"""Claims: the transfers of goods a document describes, every field tied to the words it came from.

These are the values; `sanctioneer.evidence.reader` reads sentences into them and
`sanctioneer.evidence.extraction` joins what one document says about one transfer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sanctioneer.evidence.dates import PartialDate
from sanctioneer.evidence.text import Sentence

if TYPE_CHECKING:
    from sanctioneer.model import Classifier

__all__ = ["Claim", "ClaimGoods", "ClaimParty", "ClaimStatus", "Evidence", "best_party", "classify_claim"]


class ClaimStatus(StrEnum):
    """How the document holds the claim: as a fact, confirmed, alleged, denied, or only planned."""

    REPORTED = "reported"
    CONFIRMED = "confirmed"
    ALLEGED = "alleged"
    DENIED = "denied"
    PLANNED = "planned"


@dataclass(frozen=True)
class Evidence:
    """Where in a document a field of a claim was read: the words, their offsets, their sentence."""

    field: str
    text: str
    start: int
    end: int
    sentence: Sentence

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end,
                "sentence": self.sentence.to_dict()}


@dataclass(frozen=True)
class ClaimParty:
    """A supplier or recipient as the document names it: a name, a country, or both."""

    name: str | None = None
    country: str | None = None
    type: str | None = None

    @property
    def known(self) -> bool:
        return self.name is not None or self.country is not None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "type": self.type}


@dataclass(frozen=True)
class ClaimGoods:
    """One kind of goods a claim names; `hs` and `hs_label` are the classifier's, when it is confident."""

    description: str
    terms: tuple[str, ...] = ()
    quantity: str | None = None
    unit: str | None = None
    value: tuple[str, str] | None = None
    hs: str | None = None
    hs_label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"description": self.description, "hs": self.hs, "hs_label": self.hs_label,
                "quantity": self.quantity, "unit": self.unit,
                "value": {"amount": self.value[0], "currency": self.value[1]} if self.value else None}


@dataclass(frozen=True)
class Claim:
    """One transfer of goods as one document describes it."""

    id: str
    document: str
    document_date: date | None
    kind: str
    status: ClaimStatus
    goods: tuple[ClaimGoods, ...]
    supplier: ClaimParty
    recipient: ClaimParty
    date: PartialDate | None
    date_text: str | None
    hedges: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    denied_by: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "kind": self.kind,
            "status": self.status.value,
            "hedges": list(self.hedges),
            "goods": [g.to_dict() for g in self.goods],
            "supplier": self.supplier.to_dict(),
            "recipient": self.recipient.to_dict(),
            "date": {"value": self.date.iso() if self.date else None,
                     "precision": self.date.precision if self.date else "unknown",
                     "text": self.date_text},
            "evidence": [e.to_dict() for e in self.evidence],
        }


def best_party(found: Sequence[ClaimParty]) -> ClaimParty:
    """The most telling of several mentions of one party: a person's name, then any name, then a country."""
    known = [p for p in found if p.known]
    named = [p for p in known if p.name and p.type == "person"] or [p for p in known if p.name]
    if named:
        best = named[0]
        return ClaimParty(best.name, best.country or next((p.country for p in known if p.country), None), best.type)
    return known[0] if known else ClaimParty()


def classify_claim(claim: Claim, classifier: Classifier) -> Claim:
    """Give each goods line of a claim the HS code the classifier gives its words with confidence.

    The classifier reads what the goods are, without the country they came from or what held them
    ("North Korean coal" is coal, "drums of petrol" petrol): the description stays as the report wrote it. A
    classifier that reads a report's words in their everyday sense (`classify_report`: "crude oil" is petroleum, not
    a tariff's sub-line of crude vegetable oil) reads them so.
    """
    from sanctioneer.evidence.goods_phrases import goods_words
    from sanctioneer.evidence.lexicon import load_lexicon
    from sanctioneer.hs.codes import describe

    lexicon = load_lexicon()
    reading = getattr(classifier, "classify_report", classifier.classify)
    goods = []
    for line in claim.goods:
        found = reading(goods_words(line.description, lexicon))
        hs = found.hs if found.confident else None
        goods.append(replace(line, hs=hs, hs_label=describe(hs) if hs else None))
    return replace(claim, goods=tuple(goods))
