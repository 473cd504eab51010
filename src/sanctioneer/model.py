"""Frozen core types: what a transfer is and what a decision says about it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from sanctioneer.canonical import digest

__all__ = [
    "Citation",
    "Classification",
    "Classifier",
    "Decision",
    "Direction",
    "Finding",
    "GoodsLine",
    "HsSource",
    "ItemRef",
    "LineDecision",
    "ListRef",
    "Money",
    "Party",
    "PartyMatch",
    "PartyScreener",
    "PartyScreening",
    "ScreeningStatus",
    "Transfer",
    "TransferKind",
    "Verdict",
]


class Verdict(StrEnum):
    """What the law says about a transfer, a goods line or one finding.

    Ordered by severity: prohibited > review > permitted.
    """

    PERMITTED = "permitted"
    REVIEW = "review"
    PROHIBITED = "prohibited"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @classmethod
    def worst(cls, verdicts: Iterable[Verdict]) -> Verdict:
        """Return the most severe verdict; permitted when there is none."""
        result = cls.PERMITTED
        for verdict in verdicts:
            if verdict.severity > result.severity:
                result = verdict
        return result


_SEVERITY = {Verdict.PERMITTED: 0, Verdict.REVIEW: 1, Verdict.PROHIBITED: 2}


class Direction(StrEnum):
    """Which way goods move relative to the sanctioned country."""

    TO = "to"
    FROM = "from"


class TransferKind(StrEnum):
    """How the goods change hands; the law bans supply however it happens."""

    SALE = "sale"
    GIFT = "gift"
    DONATION = "donation"
    LOAN = "loan"
    BARTER = "barter"
    SHIP_TO_SHIP = "ship-to-ship"
    SMUGGLING = "smuggling"
    UNKNOWN = "unknown"


class HsSource(StrEnum):
    """Where a goods line's HS code came from."""

    GIVEN = "given"
    CLASSIFIED = "classified"
    NONE = "none"


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"


@dataclass(frozen=True)
class Party:
    """A supplier, recipient or other named party; country as ISO 3166 alpha-2."""

    name: str | None = None
    country: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True)
class GoodsLine:
    """One kind of goods in a transfer. `hs` holds digits only (2 to 10)."""

    description: str | None = None
    hs: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    value: Money | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "hs": self.hs,
            "quantity": str(self.quantity) if self.quantity is not None else None,
            "unit": self.unit,
            "value": {"amount": str(self.value.amount), "currency": self.value.currency} if self.value else None,
        }


@dataclass(frozen=True)
class Transfer:
    """A supply, sale or transfer of goods between parties on a date."""

    goods: tuple[GoodsLine, ...]
    date: date | None = None
    supplier: Party = field(default_factory=Party)
    recipient: Party = field(default_factory=Party)
    origin: str | None = None
    route: tuple[str, ...] = ()
    kind: TransferKind = TransferKind.UNKNOWN
    purpose: str | None = None
    id: str | None = None
    parties: tuple[Party, ...] = ()

    @property
    def named_parties(self) -> tuple[tuple[str, Party], ...]:
        """The supplier, the recipient and the other parties that have a name, each with its role."""
        named = [("supplier", self.supplier), ("recipient", self.recipient)]
        named.extend((party.role or "party", party) for party in self.parties)
        return tuple((role, party) for role, party in named if party.name and party.name.strip())

    def to_dict(self) -> dict[str, Any]:
        """Every fact of the transfer as JSON-ready values (amounts as text, so nothing is rounded)."""
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "supplier": self.supplier.to_dict(),
            "recipient": self.recipient.to_dict(),
            "parties": [p.to_dict() for p in self.parties],
            "origin": self.origin,
            "route": list(self.route),
            "kind": self.kind.value,
            "purpose": self.purpose,
            "goods": [line.to_dict() for line in self.goods],
        }


@dataclass(frozen=True)
class Classification:
    """What a goods classifier says about a description: a code when confident, candidates always.

    `evidence` holds JSON-ready dicts (the rule, gazetteer entry or nomenclature line behind a code).
    """

    hs: str | None
    confident: bool
    evidence: tuple[dict[str, object], ...] = ()
    candidates: tuple[str, ...] = ()


class Classifier(Protocol):
    """What the engine needs from a goods classifier: words in, a classification out, and a version.

    The version names the classifier's data and model, so a decision that used a classified code
    can say which classifier gave it.
    """

    @property
    def version(self) -> str: ...

    def classify(self, description: str) -> Classification: ...


@dataclass(frozen=True)
class ListRef:
    """One list snapshot a screening read: the list, its version label and the digest of its file."""

    list_id: str
    version: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"list": self.list_id, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True)
class PartyMatch:
    """A listed designation that matches a screened name: facts about the match, no legal consequence.

    `strong` is True when the score reaches the screener's match threshold; weaker matches reach its
    review threshold only. `regime` is the sanctions programme as the list states it.
    """

    query: str
    reference: str
    name: str
    list_id: str
    regime: str | None
    listed_on: date | None
    score: float
    strong: bool
    matched: str
    reasons: tuple[str, ...]
    snapshot: str


@dataclass(frozen=True)
class PartyScreening:
    """What screening names as of a date found: the matches and the snapshots read.

    `missing` says why nothing could be screened (no list store, no snapshot); it is None when
    the lists were read.
    """

    matches: tuple[PartyMatch, ...]
    lists: tuple[ListRef, ...]
    missing: str | None = None


class PartyScreener(Protocol):
    """What the engine needs from party screening: names and a date in, matches out.

    The screener decides nothing: the engine turns matches into findings through the rulebook's
    party measures.
    """

    def screen_names(self, names: Sequence[str], on: date) -> PartyScreening: ...


class ScreeningStatus(StrEnum):
    """Whether a decision's parties were screened against the lists."""

    SCREENED = "screened"
    NO_PARTIES = "no named parties"
    OFF = "off"
    NO_LIST = "not screened: no list loaded"


@dataclass(frozen=True)
class Citation:
    """Where a rule is written: instrument, paragraph, annex, adoption date, official URL."""

    instrument: str
    paragraph: str | None
    annex: str | None
    adopted: date
    url: str

    def __str__(self) -> str:
        parts = [self.instrument]
        if self.paragraph:
            parts.append(f"paragraph {self.paragraph}")
        if self.annex:
            parts.append(f"annex {self.annex}")
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument,
            "paragraph": self.paragraph,
            "annex": self.annex,
            "adopted": self.adopted.isoformat(),
            "url": self.url,
        }


@dataclass(frozen=True)
class ItemRef:
    """A listed item inside a measure (an annex entry such as luxury automobiles)."""

    id: str
    label: str
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Finding:
    """One reason behind a verdict, with the law it rests on.

    `measure` and `citation` are None only for findings about the transfer's
    facts (for example an unknown recipient country) rather than about a rule.
    """

    effect: Verdict
    reason: str
    measure: str | None = None
    direction: Direction | None = None
    citation: Citation | None = None
    verified: bool = True
    item: ItemRef | None = None
    matched: str | None = None
    checks: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "effect": self.effect.value,
            "direction": self.direction.value if self.direction else None,
            "citation": self.citation.to_dict() if self.citation else None,
            "item": self.item.to_dict() if self.item else None,
            "reason": self.reason,
            "matched": self.matched,
            "checks": list(self.checks),
            "verified": self.verified,
        }


@dataclass(frozen=True)
class LineDecision:
    """The verdict on one goods line and the findings behind it."""

    index: int
    hs: str | None
    hs_source: HsSource
    description: str | None
    verdict: Verdict
    findings: tuple[Finding, ...]
    hs_label: str | None = None
    evidence: tuple[dict[str, Any], ...] = ()
    classifier_version: str | None = None
    """The classifier that was asked for a code (None when the line carried its own)."""

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "index": self.index,
            "hs": self.hs,
            "hs_source": self.hs_source.value,
            "hs_label": self.hs_label,
            "description": self.description,
            "classifier_version": self.classifier_version,
            "verdict": self.verdict.value,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.evidence:
            result["evidence"] = list(self.evidence)
        return result


@dataclass(frozen=True)
class Decision:
    """The answer for one transfer: verdict, date of the law applied, and every reason."""

    verdict: Verdict
    as_of: date
    as_of_basis: str
    rulebook_version: str
    lines: tuple[LineDecision, ...]
    findings: tuple[Finding, ...] = ()
    transfer_id: str | None = None
    directions: tuple[Direction, ...] = ()
    lists: tuple[ListRef, ...] = ()
    screening: ScreeningStatus = ScreeningStatus.NO_PARTIES
    decision_id: str | None = None

    @property
    def lists_version(self) -> str | None:
        """The version labels of the list snapshots screened, comma-separated; None when none was read."""
        return ",".join(ref.version for ref in self.lists) or None

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        """Transfer-level findings followed by every line's findings."""
        return self.findings + tuple(f for line in self.lines for f in line.findings)

    @property
    def measures(self) -> tuple[str, ...]:
        """Ids of the measures cited, in order of first appearance."""
        seen: dict[str, None] = {}
        for finding in self.all_findings:
            if finding.measure:
                seen.setdefault(finding.measure, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            **self._content(),
        }

    def _content(self) -> dict[str, Any]:
        return {
            "id": self.transfer_id,
            "verdict": self.verdict.value,
            "as_of": self.as_of.isoformat(),
            "as_of_basis": self.as_of_basis,
            "rulebook_version": self.rulebook_version,
            "lists_version": self.lists_version,
            "lists": [ref.to_dict() for ref in self.lists],
            "screening": self.screening.value,
            "directions": [d.value for d in self.directions],
            "findings": [f.to_dict() for f in self.findings],
            "lines": [line.to_dict() for line in self.lines],
        }

    def content_id(self, transfer: Transfer) -> str:
        """Return the sha256 of the transfer and this decision (all but its id) as canonical JSON."""
        return digest({"transfer": transfer.to_dict(), "decision": self._content()})
