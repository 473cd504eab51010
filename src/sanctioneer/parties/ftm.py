"""Read FollowTheMoney entity files (JSON lines, as OpenSanctions publishes them) into a snapshot."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sanctioneer.errors import ListError
from sanctioneer.parties.designation import Alias, Designation, Kind, Snapshot

__all__ = ["MAX_BYTES", "MAX_LINE_BYTES", "parse_ftm"]

#: Files are read whole into memory; a DPRK or sanctions subset of OpenSanctions is far smaller.
MAX_BYTES = 256 * 1024 * 1024
#: One entity per line; the largest published entities are a few hundred kilobytes.
MAX_LINE_BYTES = 4 * 1024 * 1024

_KINDS = {
    "Person": Kind.PERSON,
    "Organization": Kind.ENTITY,
    "Company": Kind.ENTITY,
    "LegalEntity": Kind.ENTITY,
    "PublicBody": Kind.ENTITY,
    "Vessel": Kind.VESSEL,
    "Airplane": Kind.VESSEL,
}
_FIX = "give FollowTheMoney entities, one JSON object per line with id, schema and properties"


def _first_date(values: list[Any]) -> date | None:
    for value in values:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
    return None


def _strings(properties: dict[str, Any], *names: str) -> list[str]:
    result: list[str] = []
    for name in names:
        values = properties.get(name) or []
        if not isinstance(values, list):
            values = [values]
        result.extend(str(v).strip() for v in values if str(v).strip())
    return result


def _check_values(properties: dict[str, Any], where: str) -> None:
    # FollowTheMoney values are strings; a list or object inside a value is not an entity
    # (and nesting is how a line is made to exhaust the reader).
    for name, values in properties.items():
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, (list, dict)):
                raise ListError(f"expected properties.{name} to be a list of strings, got a nested "
                                f"{'list' if isinstance(value, list) else 'object'}", where=where, fix=_FIX)


def parse_ftm(data: bytes, *, where: str, list_id: str, generated: date | None = None) -> Snapshot:
    """Parse FollowTheMoney JSON lines into a snapshot of the persons, organisations and vessels in it.

    Sanction entities give the listing date of the entity they point to. Other
    schemata (addresses, identifications, ...) are skipped.

    Args:
        data: the file's bytes.
        where: the file name, named in errors.
        list_id: the name the snapshot is stored under, such as ``ftm:my-list``.
        generated: the snapshot's date; default the latest ``last_change`` in the file, else today (UTC).

    Raises:
        ListError: a line is not JSON or not an entity, or the file holds no entity to screen.
    """
    if len(data) > MAX_BYTES:
        raise ListError(f"expected at most {MAX_BYTES // 2**20} MB, got a larger file", where=where, fix=_FIX)
    entities: dict[str, Designation] = {}
    listed: dict[str, date] = {}
    latest: date | None = None
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            raise ListError(f"expected an entity of at most {MAX_LINE_BYTES // 2**20} MB per line, got "
                            f"{len(line) / 2**20:.0f} MB", where=f"{where}:{number}", fix=_FIX)
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ListError(f"expected a JSON object, got invalid JSON ({exc.msg if hasattr(exc, 'msg') else exc})",
                            where=f"{where}:{number}", fix=_FIX) from None
        except RecursionError:
            raise ListError("expected a JSON object, got values nested too deep to read",
                            where=f"{where}:{number}", fix=_FIX) from None
        if not isinstance(record, dict) or not isinstance(record.get("schema"), str) \
                or not isinstance(record.get("id"), str):
            raise ListError("expected an object with id and schema as text, and properties",
                            where=f"{where}:{number}", fix=_FIX)
        props = record.get("properties") or {}
        if not isinstance(props, dict):
            raise ListError("expected properties to be an object", where=f"{where}:{number}", fix=_FIX)
        _check_values(props, f"{where}:{number}")
        changed = _first_date([record.get("last_change") or record.get("last_seen") or ""])
        if changed and (latest is None or changed > latest):
            latest = changed
        schema = str(record["schema"])
        if schema == "Sanction":
            start = _first_date(_strings(props, "listingDate", "startDate"))
            for target in _strings(props, "entity"):
                if start and (target not in listed or start < listed[target]):
                    listed[target] = start
            continue
        kind = _KINDS.get(schema)
        names = _strings(props, "name")
        if kind is None or not names:
            continue
        aliases = [Alias(n, "primary") for n in names[1:]]
        aliases += [Alias(n, "a.k.a.") for n in _strings(props, "alias")]
        aliases += [Alias(n, "Low") for n in _strings(props, "weakAlias")]
        aliases += [Alias(n, "f.k.a.") for n in _strings(props, "previousName")]
        reference = str(record["id"])
        entities[reference] = Designation(
            reference=reference,
            kind=kind,
            name=names[0],
            aliases=tuple(aliases),
            dates_of_birth=tuple(_strings(props, "birthDate")),
            nationalities=tuple(_strings(props, "nationality", "citizenship", "country", "jurisdiction", "flag")),
            regime=", ".join(_strings(props, "program", "topics")) or None,
            listed_on=_first_date(_strings(props, "createdAt")) or _first_date([record.get("first_seen") or ""]),
        )
    if not entities:
        raise ListError("expected Person, Organization, Company, LegalEntity or Vessel entities, found none",
                        where=where, fix=_FIX)
    result = tuple(
        Designation(**{**d.__dict__, "listed_on": listed.get(d.reference, d.listed_on)}) for d in entities.values()
    )
    return Snapshot(
        list_id=list_id,
        generated=generated or latest or datetime.now(UTC).date(),
        sha256=hashlib.sha256(data).hexdigest(),
        designations=result,
        source=where,
    )
