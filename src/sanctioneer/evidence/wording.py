"""The words every report format shares: verdicts, dates, parties, goods, citations and sources as phrases.

They read the report JSON (docs/documents.md) and never change it; every string that came from a
document is made inert here (no line break, no control character gets through).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from sanctioneer.display import MARKS, escape
from sanctioneer.hs.codes import format_hs
from sanctioneer.model import Citation, Verdict

__all__ = [
    "Findings",
    "Report",
    "as_list",
    "as_map",
    "as_text",
    "citation_phrase",
    "claim_phrase",
    "corroboration_phrase",
    "date_phrase",
    "decision_findings",
    "document_phrase",
    "event_title",
    "event_verdict",
    "finding_citations",
    "goods_list",
    "goods_phrase",
    "inert",
    "line_phrase",
    "party_phrase",
    "reproduction_phrase",
    "statuses_phrase",
    "value_phrase",
    "verdict_of",
    "verdict_sign",
    "verdict_word",
]

Report = Mapping[str, Any]
"""The report JSON as read: {"documents": [...], "events": [...], "claims": [...]}."""

# Whitespace that would start a new line or jump a column: inside one value it is shown as a space,
# so a sentence that spans lines stays one line and a value can never forge a line of its own.
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
_LABEL_WIDTH = 60


def as_text(value: object) -> str:
    return "" if value is None else str(value)


def inert(text: str) -> str:
    return escape(_BREAKS.sub(" ", text))


def as_list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def as_map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def verdict_of(value: object) -> Verdict | None:
    """Return the verdict a JSON value names, None when it names none."""
    try:
        return Verdict(as_text(value))
    except ValueError:
        return None


def event_verdict(event: Mapping[str, Any]) -> object:
    """The event's verdict, or its decision's when the event does not repeat it."""
    return event.get("verdict") or as_map(event.get("decision")).get("verdict")


def verdict_word(value: object) -> str:
    """The verdict in capitals, as the text renderer of `assess` writes it."""
    return as_text(value).upper() or "NOT JUDGED"


def verdict_sign(value: object) -> str:
    """The sign beside a verdict (✖ ? ✔), so it reads without colour; '?' for no verdict."""
    verdict = verdict_of(value)
    return MARKS[verdict] if verdict else "?"


def date_phrase(value: object) -> str:
    """Say a date as the report holds it: a day, a month or a year; 'date unknown' when there is none."""
    text = as_text(value)
    if not text:
        return "date unknown"
    if text.startswith("--"):
        return f"{text[2:]} (year unknown)"
    return text


def party_phrase(party: object) -> str:
    """Name a supplier or recipient with its country: 'Vladimir Putin (RU)', 'unknown' when nothing is known."""
    found = as_map(party)
    name, country = as_text(found.get("name")), as_text(found.get("country"))
    if name:
        return f"{name} ({country or 'country unknown'})"
    if country:
        from sanctioneer.countries import country_name

        return f"{country_name(country)} ({country})"
    return "unknown"


def goods_phrase(goods: object, *, label: bool = True) -> str:
    """Describe one goods entry: quantity, words, HS code (and its heading's label), value."""
    found = as_map(goods)
    words = as_text(found.get("description")) or "goods not described"
    quantity = " ".join(as_text(found.get(k)) for k in ("quantity", "unit") if found.get(k))
    text = f"{quantity} {words}" if quantity else words
    code = as_text(found.get("hs"))
    if code:
        text += f", HS {format_hs(code)}"
        heading = as_text(found.get("hs_label"))
        if label and heading:
            text += f" ({heading if len(heading) <= _LABEL_WIDTH else heading[:_LABEL_WIDTH - 1] + '…'})"
    else:
        text += ", no HS code"
    value = as_map(found.get("value"))
    if value.get("amount"):
        text += f", worth {as_text(value.get('amount'))} {as_text(value.get('currency'))}".rstrip()
    return text


def goods_list(goods: object, *, label: bool = True) -> str:
    return "; ".join(goods_phrase(g, label=label) for g in as_list(goods)) or "goods not described"


def event_title(event: Mapping[str, Any]) -> str:
    """A heading for an event: 'Gift of Aurus Senat limousine'."""
    kind = as_text(event.get("kind")) or "transfer"
    words = [as_text(as_map(g).get("description")) for g in as_list(event.get("goods"))]
    described = ", ".join(w for w in words if w) or "goods not described"
    return f"{kind[:1].upper()}{kind[1:]} of {described}"


def value_phrase(field: str, value: object) -> str:
    """Say a reconciled or contradicted value: a party by name and country, goods by words, else as written."""
    if isinstance(value, Mapping):
        return goods_phrase(value) if field == "goods" else party_phrase(value)
    if isinstance(value, list):
        return "; ".join(value_phrase(field, v) for v in value)
    if field == "date":
        return date_phrase(value)
    return as_text(value)


def citation_phrase(citation: object) -> str:
    """Write a citation as the engine does: 'S/RES/… (year), paragraph N, annex X'."""
    found = as_map(citation)
    try:
        adopted = date.fromisoformat(as_text(found.get("adopted")))
    except ValueError:
        adopted = date.min
    return str(Citation(instrument=as_text(found.get("instrument")), paragraph=found.get("paragraph") or None,
                        annex=found.get("annex") or None, adopted=adopted, url=as_text(found.get("url"))))


def finding_citations(finding: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The citations of a finding, each with its official URL: the measure's, then its item's."""
    cited = []
    for citation in (finding.get("citation"), as_map(finding.get("item")).get("citation")):
        if isinstance(citation, Mapping) and citation.get("instrument"):
            cited.append((citation_phrase(citation), as_text(citation.get("url"))))
    return cited


Findings = list[Mapping[str, Any]]


def decision_findings(decision: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any] | None, Findings]]:
    """The decision's findings in the engine's order: the transfer's (line None), then each goods line's."""
    yield None, [as_map(f) for f in as_list(decision.get("findings"))]
    for line in as_list(decision.get("lines")):
        yield as_map(line), [as_map(f) for f in as_list(as_map(line).get("findings"))]


def line_phrase(line: Mapping[str, Any]) -> str:
    index = line.get("index")
    head = f"line {index + 1}" if isinstance(index, int) else "line"
    code = as_text(line.get("hs"))
    head += f": HS {format_hs(code)}" if code else ": no HS code"
    if line.get("hs_source") == "classified":
        head += f" (classified from the description by {as_text(line.get('classifier_version')) or 'the classifier'})"
    if line.get("description"):
        head += f' "{as_text(line.get("description"))}"'
    return head


def corroboration_phrase(event: Mapping[str, Any]) -> str:
    """How many documents report the event: '2 sources'."""
    count = event.get("corroboration")
    if not isinstance(count, int):
        count = len(as_list(event.get("sources")))
    return f"{count} source{'' if count == 1 else 's'}"


def statuses_phrase(event: Mapping[str, Any]) -> str:
    """Each source's status of the claim and the hedging words it used."""
    parts = []
    for entry in as_list(event.get("statuses")):
        found = as_map(entry)
        hedges = ", ".join(f'"{as_text(h)}"' for h in as_list(found.get("hedges")))
        parts.append(f"{as_text(found.get('document'))}: {as_text(found.get('status')) or 'status unknown'}"
                     + (f" (hedges: {hedges})" if hedges else ""))
    return "; ".join(parts)


def reproduction_phrase(decision: Mapping[str, Any]) -> str:
    lists = as_text(decision.get("lists_version")) or "none"
    return (f"law as of {as_text(decision.get('as_of')) or 'unknown'} ({as_text(decision.get('as_of_basis'))}); "
            f"rulebook {as_text(decision.get('rulebook_version'))}; lists {lists}; "
            f"screening: {as_text(decision.get('screening')) or 'unknown'}; "
            f"decision {as_text(decision.get('decision_id'))}")


def claim_phrase(claim: Mapping[str, Any]) -> str:
    """One line for a claim: kind, status, goods, parties, date as written."""
    when = as_map(claim.get("date"))
    said = f' ("{as_text(when.get("text"))}")' if when.get("text") else ""
    hedges = ", ".join(f'"{as_text(h)}"' for h in as_list(claim.get("hedges")))
    return (f"{as_text(claim.get('kind')) or 'transfer'}, {as_text(claim.get('status')) or 'status unknown'}"
            + (f" ({hedges})" if hedges else "")
            + f": {goods_list(claim.get('goods'), label=False)}; "
            f"{party_phrase(claim.get('supplier'))} → {party_phrase(claim.get('recipient'))}; "
            f"{date_phrase(when.get('value'))}{said}")


def document_phrase(document: Mapping[str, Any]) -> str:
    parts = [as_text(document.get("format")) or "text"]
    if document.get("date"):
        parts.append(f"dated {as_text(document.get('date'))}"
                     + (f" ({as_text(document.get('date_source'))})" if document.get("date_source") else ""))
    else:
        parts.append("undated")
    if isinstance(document.get("words"), int):
        parts.append(f"{document.get('words')} words")
    title = f' "{as_text(document.get("title"))}"' if document.get("title") else ""
    return f"{as_text(document.get('name'))}{title}: {', '.join(parts)}"
