"""Rulebook values as plain dicts, for JSON output and generated docs."""

from __future__ import annotations

from typing import Any

from sanctioneer.rulebook.measure import (
    Clause,
    Corroboration,
    Exemption,
    GoodsList,
    Item,
    Measure,
    Reach,
    Rulebook,
)

__all__ = ["measure_summary", "measure_to_dict", "rulebook_to_dict"]


def _clause(clause: Clause) -> dict[str, Any]:
    return {
        "label": clause.label,
        "match": clause.match,
        "hs": [str(r) for r in clause.hs],
        "terms": list(clause.terms),
        "exclude_hs": [str(r) for r in clause.exclude_hs],
        "exclude_terms": list(clause.exclude_terms),
        "threshold": (
            {"above": {"amount": str(clause.threshold.above.amount), "currency": clause.threshold.above.currency}}
            if clause.threshold
            else None
        ),
        "effect": clause.effect.value if clause.effect else None,
        "except_lists": [g.name for g in clause.except_lists],
        "direction": clause.direction,
    }


def _reach(reach: Reach | None) -> dict[str, Any] | None:
    if reach is None:
        return None
    return {
        "terms": list(reach.terms),
        "outside": [{"hs": [str(r) for r in o.hs], "reason": o.reason} for o in reach.outside],
    }


def _goods_list(goods_list: GoodsList) -> dict[str, Any]:
    return {
        "name": goods_list.name,
        "title": goods_list.title,
        "source": goods_list.source,
        "note": goods_list.note,
        "entries": [{"hs": [str(r) for r in e.hs], "label": e.label, "note": e.note} for e in goods_list.entries],
    }


def _corroboration(entry: Corroboration) -> dict[str, Any]:
    return {
        "instrument": entry.instrument,
        "where": entry.where,
        "corroborates": list(entry.corroborates),
        "difference": entry.difference,
        "resolution": entry.resolution,
    }


def _exemption(exemption: Exemption) -> dict[str, Any]:
    return {
        "id": exemption.id,
        "label": exemption.label,
        "citation": exemption.citation.to_dict(),
        "check": exemption.check,
        "hs": [str(r) for r in exemption.hs],
        "terms": list(exemption.terms),
        "purpose_terms": list(exemption.purpose_terms),
        "from": exemption.start.isoformat() if exemption.start else None,
        "until": exemption.end.isoformat() if exemption.end else None,
        "verified": exemption.verified,
    }


def _item(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": item.label,
        "citation": item.citation.to_dict(),
        "since": item.since.isoformat(),
        "goods": [_clause(c) for c in item.goods],
        "source": item.source,
        "verified": item.verified,
        "note": item.note,
        "reach": _reach(item.reach),
        "corroboration": [_corroboration(c) for c in item.corroboration],
    }


def measure_summary(measure: Measure) -> dict[str, Any]:
    """The one-line view of a measure: id, citation, direction, dates, effect, verified."""
    return {
        "id": measure.id,
        "title": measure.title,
        "citation": measure.citation.to_dict(),
        "direction": measure.direction,
        "start": measure.start.isoformat(),
        "end": measure.end.isoformat() if measure.end else None,
        "effects": {d.isoformat(): (e.value if e else None) for d, e in measure.history},
        "verified": measure.verified,
        "items": len(measure.items),
    }


def measure_to_dict(measure: Measure) -> dict[str, Any]:
    """Everything about a measure, as data."""
    return {
        **measure_summary(measure),
        "reason": measure.reason,
        "regardless_of_origin": measure.regardless_of_origin,
        "residual": measure.residual,
        "goods": [_clause(c) for c in measure.goods],
        "exemptions": [_exemption(e) for e in measure.exemptions],
        "items": [_item(i) for i in measure.items],
        "checks": list(measure.checks),
        "superseded_by": list(measure.superseded_by),
        "supersedes": list(measure.supersedes),
        "source": measure.source,
        "file": measure.file,
        "note": measure.note,
        "reach": _reach(measure.reach),
        "corroboration": [_corroboration(c) for c in measure.corroboration],
    }


def rulebook_to_dict(rulebook: Rulebook) -> dict[str, Any]:
    """The whole rulebook as data, with its version."""
    regime = rulebook.regime
    return {
        "version": rulebook.version,
        "regime": {
            "id": regime.id,
            "name": regime.name,
            "target": regime.target,
            "target_name": regime.target_name,
            "version": regime.version,
            "committee": regime.committee,
            "source": regime.source,
        },
        "instruments": [
            {
                "symbol": i.symbol,
                "title": i.title,
                "adopted": i.adopted.isoformat(),
                "url": i.url,
                "source": i.source,
                "file": i.file,
            }
            for i in rulebook.instruments
        ],
        "goods_lists": [_goods_list(g) for g in rulebook.goods_lists],
        "transpositions": [
            {"name": t.name, "title": t.title, "url": t.url, "version": t.version, "source": t.source}
            for t in rulebook.transpositions
        ],
        "measures": [measure_to_dict(m) for m in rulebook.measures],
    }
