"""The one as-of rule: which stored snapshot of each list is in force on a date.

`lists show --as-of`, `screen --as-of` and the party check of `assess` all call
`snapshots_as_of`, so they can never disagree about the list in force.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sanctioneer.store.snapshots import SnapshotInfo

__all__ = ["first_after", "in_force", "snapshots_as_of"]


def in_force(infos: Sequence[SnapshotInfo], on: date) -> SnapshotInfo | None:
    """Return the latest snapshot dated on or before `on`; of two with one date, the one loaded later."""
    before = [i for i in infos if i.generated <= on]
    return max(before, key=lambda i: (i.generated, i.id)) if before else None


def first_after(infos: Sequence[SnapshotInfo], on: date) -> SnapshotInfo | None:
    """Return the first snapshot dated after `on`; of two with one date, the one loaded later."""
    after = [i for i in infos if i.generated > on]
    if not after:
        return None
    first = min(i.generated for i in after)
    return max((i for i in after if i.generated == first), key=lambda i: i.id)


def snapshots_as_of(snapshots: Sequence[SnapshotInfo], as_of: date | None) -> list[tuple[SnapshotInfo, bool]]:
    """Choose, per list, the snapshot in force on `as_of` and the one after it, to be read by listed-on date only.

    The one rule `lists show --as-of`, `screen --as-of` and `assess` share:

    - in force: the latest snapshot dated on or before `as_of` (the newest when `as_of`
      is None; the oldest when `as_of` is before every snapshot);
    - of two snapshots with the same list and date, the one loaded later;
    - the first snapshot dated after `as_of` comes second, flagged True: its designations
      count only when their listed-on date is known and on or before `as_of`;
    - removed snapshots never take part.

    Returns:
        (snapshot, read by listed-on date only) pairs, lists in name order, the snapshot in force first.
    """
    by_list: dict[str, list[SnapshotInfo]] = {}
    for info in snapshots:
        if not info.removed:
            by_list.setdefault(info.list_id, []).append(info)
    chosen: list[tuple[SnapshotInfo, bool]] = []
    for list_id in sorted(by_list):
        infos = by_list[list_id]
        if as_of is None:
            newest = in_force(infos, date.max)
            assert newest is not None
            chosen.append((newest, False))
            continue
        current = in_force(infos, as_of)
        if current is None:
            oldest = first_after(infos, date.min)
            assert oldest is not None
            chosen.append((oldest, False))
            continue
        chosen.append((current, False))
        later = first_after(infos, as_of)
        if later is not None:
            chosen.append((later, True))
    return chosen
