"""The request and response shape of yente's `/match/{dataset}`, so its clients can switch by changing a URL.

A query is a FollowTheMoney entity example (`schema` and `properties`: name, birthDate,
nationality); each answer lists scored entities with `id`, `caption`, `schema`, `properties`,
`datasets`, `score`, `match` and `features`, as yente gives them. The scores are Sanctioneer's
own (name similarity with date-of-birth and country adjustments), so they differ from yente's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanctioneer.errors import InputError
from sanctioneer.parties.designation import Kind
from sanctioneer.parties.scoring import Query

if TYPE_CHECKING:
    from sanctioneer.parties.screening import Match, Screener

__all__ = ["FEATURES", "MATCH_SCHEMA", "match_response", "queries_of"]

_KINDS: dict[str, Kind | None] = {
    "Person": Kind.PERSON,
    "Organization": Kind.ENTITY,
    "Company": Kind.ENTITY,
    "PublicBody": Kind.ENTITY,
    "LegalEntity": None,
    "Vessel": Kind.VESSEL,
    "Thing": None,
}
_SCHEMATA = {Kind.PERSON: "Person", Kind.ENTITY: "Organization", Kind.VESSEL: "Vessel"}

#: yente's `matcher` block: each feature a score may carry, with what it means.
FEATURES: dict[str, dict[str, Any]] = {
    "name": {"description": "Similarity of the query's name to the listed name or alias that matched best",
             "coefficient": 1.0, "url": None},
    "alias": {"description": "Adjustment when the name matched is an alias, less for a low-quality one",
              "coefficient": 1.0, "url": None},
    "dob": {"description": "Adjustment for a date of birth that matches or differs from the listed ones",
            "coefficient": 1.0, "url": None},
    "country": {"description": "Adjustment for a nationality that matches or differs from the listed ones",
                "coefficient": 1.0, "url": None},
}

#: The request body's JSON schema (for the OpenAPI document).
MATCH_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["queries"],
    "properties": {
        "weights": {"type": "object", "additionalProperties": {"type": "number"}},
        "queries": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["schema", "properties"],
                "properties": {
                    "id": {"type": ["string", "null"]},
                    "schema": {"type": "string", "enum": sorted(_KINDS)},
                    "properties": {"type": "object",
                                   "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                },
            },
        },
    },
}


def queries_of(document: Any) -> dict[str, tuple[dict[str, Any], list[Query]]]:
    """Read a yente match request: for each query key, the query as given and the names to screen.

    Raises:
        InputError: naming the query and property that is wrong.
    """
    if not isinstance(document, dict) or not isinstance(document.get("queries"), dict):
        raise InputError("expected an object with `queries`: {key: {schema, properties}}", where="body",
                         fix='send {"queries": {"q1": {"schema": "Person", "properties": {"name": ["..."]}}}}')
    result: dict[str, tuple[dict[str, Any], list[Query]]] = {}
    for key, example in document["queries"].items():
        where = f"queries.{key}"
        if not isinstance(example, dict):
            raise InputError("expected an entity example object", where=where, fix="give schema and properties")
        schema = example.get("schema")
        if schema not in _KINDS:
            raise InputError(f"expected a schema among {', '.join(sorted(_KINDS))}, got {schema!r}",
                             where=f"{where}.schema", fix="use Person, Organization, LegalEntity or Vessel")
        properties = example.get("properties")
        if not isinstance(properties, dict):
            raise InputError("expected properties as an object of lists", where=f"{where}.properties",
                             fix='such as {"name": ["Kim Jong Un"]}')
        values = {name: _strings(value, f"{where}.properties.{name}") for name, value in properties.items()}
        names = values.get("name", [])
        if not names:
            raise InputError("expected at least one name", where=f"{where}.properties.name",
                             fix='such as "name": ["Kim Jong Un"]')
        dob = next(iter(values.get("birthDate", [])), None)
        country = next(iter(values.get("nationality", []) or values.get("country", [])), None)
        kind = _KINDS[str(schema)]
        queries = [Query(name, dob[:10] if dob else None, country, kind) for name in names]
        result[str(key)] = ({"id": example.get("id"), "schema": schema, "properties": values}, queries)
    return result


def _strings(value: Any, where: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(item, str) for item in items):
        raise InputError("expected a string or a list of strings", where=where, fix='such as ["Kim Jong Un"]')
    return [item for item in items if item.strip()]


def match_response(screener: Screener, document: Any, *, threshold: float, cutoff: float,
                   limit: int) -> dict[str, Any]:
    """Answer a yente match request with the screener: the best `limit` entities per query above `cutoff`."""
    responses: dict[str, Any] = {}
    for key, (example, queries) in queries_of(document).items():
        best: dict[str, Match] = {}
        for query in queries:
            for match in screener.screen(query, threshold=cutoff, limit=limit).matches:
                if match.reference not in best or match.score > best[match.reference].score:
                    best[match.reference] = match
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.reference))[:limit]
        responses[key] = {
            "status": 200,
            "results": [_entity(match, threshold) for match in ranked],
            "total": {"value": len(best), "relation": "eq"},
            "query": example,
        }
    return {"responses": responses, "matcher": FEATURES, "limit": limit}


def _entity(match: Match, threshold: float) -> dict[str, Any]:
    d = match.designation
    properties: dict[str, list[str]] = {"name": [d.name]}
    aliases = [alias.name for alias in d.aliases]
    if d.original_script:
        aliases.insert(0, d.original_script)
    if aliases:
        properties["alias"] = aliases
    if d.dates_of_birth:
        properties["birthDate"] = list(d.dates_of_birth)
    if d.nationalities:
        properties["nationality"] = list(d.nationalities)
    if d.regime:
        properties["program"] = [d.regime]
    if d.listed_on:
        properties["createdAt"] = [d.listed_on.isoformat()]
    properties["topics"] = ["sanction"]
    features: dict[str, float] = {}
    for reason in match.reasons:
        features[reason.feature] = round(features.get(reason.feature, 0.0) + reason.value, 3)
    return {
        "id": d.reference,
        "caption": d.name,
        "schema": _SCHEMATA[d.kind],
        "properties": properties,
        "datasets": [match.list_version.split("@")[0]],
        "referents": [],
        "target": True,
        "first_seen": None,
        "last_seen": None,
        "last_change": None,
        "score": round(match.score, 3),
        "features": features,
        "match": match.score >= threshold,
        "explanations": {r.feature: r.detail for r in match.reasons},
        "list_version": match.list_version,
    }
