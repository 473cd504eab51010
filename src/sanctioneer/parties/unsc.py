"""Read the UN Security Council Consolidated List XML into a dated snapshot."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from datetime import date

from sanctioneer.errors import ListError
from sanctioneer.parties.designation import Alias, Designation, Kind, Snapshot

__all__ = ["LIST_ID", "MAX_BYTES", "parse_un_xml"]

LIST_ID = "un-sc"

#: The official list is about 2 MB; anything past this is not the list (or is an attack).
MAX_BYTES = 64 * 1024 * 1024

_FIX = "give the UN Security Council Consolidated List XML (https://scsanctions.un.org/resources/xml/en/consolidated.xml)"


def _text(element: ET.Element | None) -> str:
    if element is None or element.text is None:
        return ""
    return " ".join(element.text.split())


def _date(text: str) -> date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _name(record: ET.Element) -> str:
    parts = (_text(record.find(tag)) for tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"))
    return " ".join(part for part in parts if part)


def _aliases(record: ET.Element, tag: str) -> tuple[Alias, ...]:
    found: dict[str, Alias] = {}
    for alias in record.iter(tag):
        name = _text(alias.find("ALIAS_NAME"))
        if name and name.casefold() not in found:
            found[name.casefold()] = Alias(name=name, quality=_text(alias.find("QUALITY")) or None)
    return tuple(found.values())


def _dates_of_birth(record: ET.Element) -> tuple[str, ...]:
    result: list[str] = []
    for dob in record.iter("INDIVIDUAL_DATE_OF_BIRTH"):
        exact = _text(dob.find("DATE"))
        year = _text(dob.find("YEAR"))
        start, end = _text(dob.find("FROM_YEAR")), _text(dob.find("TO_YEAR"))
        value = exact[:10] if exact else year or (f"{start}..{end}" if start and end else start or end)
        if value and value not in result:
            result.append(value)
    return tuple(result)


def _values(record: ET.Element, tag: str) -> tuple[str, ...]:
    result: list[str] = []
    for block in record.iter(tag):
        for value in block.iter("VALUE"):
            text = _text(value)
            if text and text not in result:
                result.append(text)
    return tuple(result)


def _designation(record: ET.Element, kind: Kind, where: str) -> Designation | None:
    reference = _text(record.find("REFERENCE_NUMBER"))
    name = _name(record)
    if not reference or not name:
        # A record without a reference number or a name cannot be cited or matched;
        # the UN list has none, so one here means the file is not the list.
        dataid = _text(record.find("DATAID")) or "?"
        raise ListError(
            f"expected REFERENCE_NUMBER and FIRST_NAME in every record, record DATAID {dataid} lacks one",
            where=where,
            fix=_FIX,
        )
    return Designation(
        reference=reference,
        kind=kind,
        name=name,
        aliases=_aliases(record, "INDIVIDUAL_ALIAS" if kind is Kind.PERSON else "ENTITY_ALIAS"),
        original_script=_text(record.find("NAME_ORIGINAL_SCRIPT")) or None,
        dates_of_birth=_dates_of_birth(record) if kind is Kind.PERSON else (),
        nationalities=_values(record, "NATIONALITY"),
        regime=_text(record.find("UN_LIST_TYPE")) or None,
        listed_on=_date(_text(record.find("LISTED_ON"))),
        source_id=_text(record.find("DATAID")) or None,
    )


def _parse(data: bytes, where: str) -> ET.Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)  # type: ignore[no-any-return]
    except DefusedXmlException as exc:
        raise ListError(
            f"refused: the file declares a DTD or entities ({type(exc).__name__}), which the UN list never does "
            "and which XML bombs and external-entity attacks rely on",
            where=where,
            fix=_FIX,
        ) from None
    except ET.ParseError as exc:
        raise ListError(f"expected well-formed XML, got a parse error: {exc}", where=where, fix=_FIX) from None


def parse_un_xml(data: bytes, *, where: str) -> Snapshot:
    """Parse the Consolidated List XML into a snapshot dated by its ``dateGenerated``.

    Args:
        data: the file's bytes.
        where: the file name or URL, named in errors.

    Raises:
        ListError: the bytes are too large, not XML, hostile (DTD, entities), or not the UN list.
    """
    if len(data) > MAX_BYTES:
        raise ListError(
            f"expected at most {MAX_BYTES // (1024 * 1024)} MB, got {len(data) / (1024 * 1024):.0f} MB",
            where=where,
            fix=_FIX,
        )
    root = _parse(data, where)
    if root.tag != "CONSOLIDATED_LIST":
        raise ListError(f"expected a CONSOLIDATED_LIST root element, got <{root.tag}>", where=where, fix=_FIX)
    stamp = root.get("dateGenerated", "")
    generated = _date(stamp)
    if generated is None:
        raise ListError(
            f"expected a dateGenerated attribute such as 2026-05-08T23:00:06Z, got {stamp!r}", where=where, fix=_FIX
        )
    designations: dict[str, Designation] = {}
    for path, kind in (("INDIVIDUALS/INDIVIDUAL", Kind.PERSON), ("ENTITIES/ENTITY", Kind.ENTITY)):
        for record in root.iterfind(path):
            designation = _designation(record, kind, where)
            if designation is not None:
                designations.setdefault(designation.reference, designation)
    if not designations:
        raise ListError("expected INDIVIDUALS and ENTITIES records, found none", where=where, fix=_FIX)
    return Snapshot(
        list_id=LIST_ID,
        generated=generated,
        sha256=hashlib.sha256(data).hexdigest(),
        designations=tuple(designations.values()),
        source=where,
        generated_at=stamp,
    )
