"""Designations as typed values: who is listed, under which names, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

__all__ = ["Alias", "Designation", "Kind", "Snapshot"]


class Kind(StrEnum):
    """What a listed party is."""

    PERSON = "person"
    ENTITY = "entity"
    VESSEL = "vessel"


@dataclass(frozen=True)
class Alias:
    """Another name of a designation; `quality` as the list gives it (Good, Low, a.k.a., f.k.a.)."""

    name: str
    quality: str | None = None


@dataclass(frozen=True)
class Designation:
    """One listed person, entity or vessel as a list snapshot states it.

    `reference` is the list's own key (KPi.064 on the UN list); `regime` the
    sanctions programme (DPRK, Al-Qaida, ...); `dates_of_birth` hold ISO dates
    or bare years as written.
    """

    reference: str
    kind: Kind
    name: str
    aliases: tuple[Alias, ...] = ()
    original_script: str | None = None
    dates_of_birth: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    regime: str | None = None
    listed_on: date | None = None
    source_id: str | None = None

    @property
    def names(self) -> tuple[tuple[str, str | None], ...]:
        """Every name to match, with its alias quality ("primary" for the listed name)."""
        result: list[tuple[str, str | None]] = [(self.name, "primary")]
        if self.original_script:
            result.append((self.original_script, "original script"))
        result.extend((alias.name, alias.quality) for alias in self.aliases)
        return tuple(result)

    @property
    def is_dprk(self) -> bool:
        """True for designations numbered as the UN list numbers the DPRK regime's (KPi./KPe.): for name matching."""
        return self.reference.startswith(("KPi.", "KPe."))


@dataclass(frozen=True)
class Snapshot:
    """A list as published on one date: its designations and the digest of the file it came from."""

    list_id: str
    generated: date
    sha256: str
    designations: tuple[Designation, ...]
    source: str = ""
    generated_at: str = ""

    @property
    def version(self) -> str:
        """A stable label such as ``un-sc@2026-05-08+3f42e513c0b0``."""
        return f"{self.list_id}@{self.generated.isoformat()}+{self.sha256[:12]}"
