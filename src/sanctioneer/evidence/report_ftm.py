"""The report as FollowTheMoney entities, so OpenSanctions and Aleph users can load what was found.

Each document is a Document, each named party a Person, Organization (or Vessel), each event an
Event whose summary gives the verdict and its citations, and Documentation entities tie an event or a
party to a document with the evidence: the span's characters as summary, its sentence as description.
Property names are followthemoney's; countries are lower-case ISO codes, as its country type wants.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sanctioneer.evidence.wording import (
    Report,
    corroboration_phrase,
    date_phrase,
    decision_findings,
    event_title,
    event_verdict,
    finding_citations,
    party_phrase,
    verdict_word,
)

__all__ = ["ftm_entities"]


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


_FTM_SCHEMA = {"person": "Person", "organization": "Organization", "vessel": "Vessel"}
# FollowTheMoney dates are ISO prefixes: a day, a month or a year; a day without a year is not one.
_FTM_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _ftm_id(*parts: object) -> str:
    canonical = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return "sanctioneer-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _entity(entity_id: str, schema: str, properties: Mapping[str, Sequence[object]]) -> dict[str, Any]:
    cleaned = {}
    for prop, values in properties.items():
        kept = list(dict.fromkeys(_s(v) for v in values if v is not None and _s(v)))
        if kept:
            cleaned[prop] = kept
    return {"id": entity_id, "schema": schema, "properties": cleaned}


def _country(code: object) -> str | None:
    return _s(code).lower() or None


def ftm_entities(report: Report) -> Iterator[dict[str, Any]]:
    """Yield the entities of the report, each once, documents first and each event after its parties."""
    seen: set[str] = set()
    document_ids: dict[str, str] = {}

    def document_id(name: str, record: Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        if name in document_ids:
            return
        found = record or {}
        entity_id = _ftm_id("Document", name, _s(found.get("sha256")))
        document_ids[name] = entity_id
        seen.add(entity_id)
        yield _entity(entity_id, "Document", {
            "title": [found.get("title")], "fileName": [name], "publishedAt": [found.get("date")],
            "contentHash": [found.get("sha256")], "mimeType": [_MIME.get(_s(found.get("format")))]})

    for record in (_map(d) for d in _list(report.get("documents"))):
        yield from document_id(_s(record.get("name")), record)
    for event in (_map(e) for e in _list(report.get("events"))):
        sources = [_map(s) for s in _list(event.get("sources"))]
        for source in sources:
            yield from document_id(_s(source.get("document")))
        parties: dict[str, tuple[str, str]] = {}
        for role in ("supplier", "recipient"):
            party = _map(event.get(role))
            if not party.get("name"):
                continue
            schema = _FTM_SCHEMA.get(_s(party.get("type")), "LegalEntity")
            entity_id = _ftm_id(schema, _s(party.get("name")), _s(party.get("country")))
            parties[role] = (entity_id, schema)
            if entity_id not in seen:
                seen.add(entity_id)
                where = "flag" if schema == "Vessel" else "country"
                yield _entity(entity_id, schema, {"name": [party.get("name")], where: [_country(party.get("country"))]})
        decision = _map(event.get("decision"))
        event_id = _ftm_id("Event", event.get("date"), event.get("kind"), event.get("goods"), event.get("supplier"),
                           event.get("recipient"), sorted(_s(s.get("document")) for s in sources))
        yield _entity(event_id, "Event", {
            "name": [f"{event_title(event)}: {party_phrase(event.get('supplier'))} to "
                     f"{party_phrase(event.get('recipient'))}"],
            "date": [event.get("date")] if _FTM_DATE.match(_s(event.get("date"))) else [],
            "summary": [_ftm_summary(event, decision)],
            "description": [f"{_s(f.get('effect'))}: {_s(f.get('reason'))}" for _, fs in decision_findings(decision)
                            for f in fs],
            "notes": _list(event.get("notes")),
            "involved": [entity_id for entity_id, schema in parties.values() if schema != "Vessel"],
            "country": [_country(_map(event.get(r)).get("country")) for r in ("supplier", "recipient")],
            "proof": [document_ids[_s(s.get("document"))] for s in sources],
            "recordId": [decision.get("decision_id")],
        })
        for source in sources:
            yield from _documentation(source, event, event_id, parties, document_ids[_s(source.get("document"))])


_MIME = {"text": "text/plain", "html": "text/html", "markdown": "text/markdown"}


def _ftm_summary(event: Mapping[str, Any], decision: Mapping[str, Any]) -> str:
    verdict = verdict_word(event_verdict(event))
    cited = list(dict.fromkeys(text for _, fs in decision_findings(decision) for f in fs
                               for text, _ in finding_citations(f)))
    return (f"{verdict}: " + ("; ".join(cited) if cited else "no measure cited")
            + f". Status: {_s(event.get('status')) or 'unknown'}; date {date_phrase(event.get('date'))}; "
            f"corroborated by {corroboration_phrase(event)}.")


def _documentation(source: Mapping[str, Any], event: Mapping[str, Any], event_id: str,
                   parties: Mapping[str, tuple[str, str]], document: str) -> Iterator[dict[str, Any]]:
    evidence = [_map(e) for e in _list(source.get("evidence"))]
    status = next((_s(_map(s).get("status")) for s in _list(event.get("statuses"))
                   if _map(s).get("document") == source.get("document")), _s(event.get("status")))
    links = [("transfer", event_id, evidence)]
    links += [(role, entity_id, [e for e in evidence if e.get("field") == role])
              for role, (entity_id, _) in parties.items()]
    for role, entity_id, spans in links:
        if not spans:
            continue
        yield _entity(_ftm_id("Documentation", document, entity_id, role), "Documentation", {
            "document": [document], "entity": [entity_id], "role": [role], "status": [status],
            "summary": [_s(e.get("text")) for e in spans],
            "description": [_s(_map(e.get("sentence")).get("text")) for e in spans],
        })
