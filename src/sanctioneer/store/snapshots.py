"""List snapshots in DuckDB: every loaded list as it stood on its date, first and last seen, diffs.

One file holds every snapshot of every list. Loading a snapshot happens in one
transaction: it is all there or not at all. A snapshot is keyed by its list and
date; loading the same file again changes nothing, and a different file for the
same date replaces the earlier one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sanctioneer.errors import StoreError
from sanctioneer.parties.designation import Alias, Designation, Kind, Snapshot

__all__ = ["STORE_FILE", "Diff", "ListStore", "Seen", "SnapshotInfo", "default_store_path"]

STORE_FILE = "sanctioneer.duckdb"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY,
    list_id VARCHAR NOT NULL,
    generated DATE NOT NULL,
    generated_at VARCHAR,
    sha256 VARCHAR NOT NULL,
    source VARCHAR,
    loaded_at TIMESTAMP DEFAULT current_timestamp,
    designations INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS designations (
    snapshot_id INTEGER NOT NULL,
    reference VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    original_script VARCHAR,
    dates_of_birth VARCHAR[],
    nationalities VARCHAR[],
    regime VARCHAR,
    listed_on DATE,
    source_id VARCHAR,
    digest VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    snapshot_id INTEGER NOT NULL,
    reference VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    quality VARCHAR
);
"""


def default_store_path() -> Path:
    """Return the store file under SANCTIONEER_HOME (default: the user data directory)."""
    from sanctioneer.settings import get_settings

    return get_settings().home / STORE_FILE


@dataclass(frozen=True)
class SnapshotInfo:
    """A stored snapshot: its list, date, file digest and size."""

    id: int
    list_id: str
    generated: date
    sha256: str
    source: str
    designations: int
    generated_at: str = ""

    @property
    def version(self) -> str:
        return f"{self.list_id}@{self.generated.isoformat()}+{self.sha256[:12]}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "list": self.list_id,
            "generated": self.generated.isoformat(),
            "generated_at": self.generated_at,
            "sha256": self.sha256,
            "source": self.source,
            "designations": self.designations,
            "version": self.version,
        }


@dataclass(frozen=True)
class Seen:
    """When a designation was on a list: first and last snapshot dates that carry it."""

    reference: str
    name: str
    listed_on: date | None
    first_seen: date
    last_seen: date
    snapshots: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "name": self.name,
            "listed_on": self.listed_on.isoformat() if self.listed_on else None,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "snapshots": self.snapshots,
        }


@dataclass(frozen=True)
class Diff:
    """What changed between two snapshots of one list: references added, removed and changed."""

    old: SnapshotInfo
    new: SnapshotInfo
    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    changed: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        def rows(items: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
            return [{"reference": r, "name": n} for r, n in items]

        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "added": rows(self.added),
            "removed": rows(self.removed),
            "changed": rows(self.changed),
        }


def _digest(d: Designation) -> str:
    payload = [d.kind.value, d.name, d.original_script, list(d.dates_of_birth), list(d.nationalities), d.regime,
               d.listed_on.isoformat() if d.listed_on else None, [[a.name, a.quality] for a in d.aliases]]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()[:16]


_INFO_COLUMNS = "id, list_id, generated, sha256, coalesce(source, ''), designations, coalesce(generated_at, '')"


def _info(row: tuple[Any, ...]) -> SnapshotInfo:
    return SnapshotInfo(int(row[0]), str(row[1]), row[2], str(row[3]), str(row[4]), int(row[5]), str(row[6]))


class ListStore:
    """The DuckDB file holding list snapshots. Open with `ListStore.open`; use as a context manager."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False) -> ListStore:
        """Open (and, unless read-only, create) the store at `path` (default: under SANCTIONEER_HOME).

        Raises:
            StoreError: the file is missing (read-only), locked, or not a DuckDB database.
        """
        import duckdb

        target = path or default_store_path()
        if read_only and not target.exists():
            raise StoreError(
                "no list loaded: the store does not exist yet",
                where=str(target),
                fix="run `sanctioneer lists update` or `sanctioneer lists load un-sc FILE` first",
            )
        try:
            if not read_only:
                target.parent.mkdir(parents=True, exist_ok=True)
            connection = duckdb.connect(str(target), read_only=read_only)
            if not read_only:
                connection.execute(_SCHEMA)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(
                f"cannot open the store: {exc}",
                where=str(target),
                fix="check that no other process is writing to it and that SANCTIONEER_HOME is a writable folder",
            ) from None
        return cls(connection, target)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ListStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        import duckdb

        self._db.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except duckdb.Error as exc:
            raise StoreError(f"cannot write the snapshot: {exc}", where=str(self.path),
                             fix="check free disk space and permissions; the store is unchanged") from None

    def add(self, snapshot: Snapshot) -> tuple[SnapshotInfo, str]:
        """Store a snapshot atomically; return it and "added", "unchanged" or "replaced"."""
        existing = self._db.execute(
            f"SELECT {_INFO_COLUMNS} FROM snapshots WHERE list_id = ? AND generated = ?",  # noqa: S608 - constant
            [snapshot.list_id, snapshot.generated],
        ).fetchone()
        if existing is not None and existing[3] == snapshot.sha256:
            return _info(existing), "unchanged"
        with self._transaction():
            if existing is not None:
                for table in ("aliases", "designations"):
                    self._db.execute(f"DELETE FROM {table} WHERE snapshot_id = ?", [existing[0]])  # noqa: S608
                self._db.execute("DELETE FROM snapshots WHERE id = ?", [existing[0]])
            row = self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM snapshots").fetchone()
            new_id = int(row[0]) if row else 1
            self._db.execute(
                "INSERT INTO snapshots (id, list_id, generated, generated_at, sha256, source, designations) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [new_id, snapshot.list_id, snapshot.generated, snapshot.generated_at, snapshot.sha256,
                 snapshot.source, len(snapshot.designations)],
            )
            self._insert(new_id, snapshot.designations)
        info = SnapshotInfo(new_id, snapshot.list_id, snapshot.generated, snapshot.sha256, snapshot.source,
                            len(snapshot.designations), snapshot.generated_at)
        return info, "replaced" if existing is not None else "added"

    def _insert(self, snapshot_id: int, designations: tuple[Designation, ...]) -> None:
        # Column-wise parameters unnested in one statement: one round trip instead of one per row.
        columns: list[list[Any]] = [[] for _ in range(10)]
        for d in designations:
            values = (d.reference, d.kind.value, d.name, d.original_script, list(d.dates_of_birth),
                      list(d.nationalities), d.regime, d.listed_on, d.source_id, _digest(d))
            for column, value in zip(columns, values, strict=True):
                column.append(value)
        self._db.execute(
            "INSERT INTO designations SELECT ?, unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
            "unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[]), "
            "unnest(?::DATE[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
            [snapshot_id, *columns],
        )
        refs, positions, names, qualities = [], [], [], []
        for d in designations:
            for position, alias in enumerate(d.aliases):
                refs.append(d.reference)
                positions.append(position)
                names.append(alias.name)
                qualities.append(alias.quality)
        if refs:
            self._db.execute(
                "INSERT INTO aliases SELECT ?, unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), "
                "unnest(?::VARCHAR[])",
                [snapshot_id, refs, positions, names, qualities],
            )

    def snapshots(self, list_id: str | None = None) -> tuple[SnapshotInfo, ...]:
        """Return the stored snapshots, oldest first (of one list, or of all)."""
        where, params = ("WHERE list_id = ?", [list_id]) if list_id else ("", [])
        rows = self._db.execute(
            f"SELECT {_INFO_COLUMNS} FROM snapshots {where} ORDER BY list_id, generated", params  # noqa: S608
        ).fetchall()
        return tuple(_info(row) for row in rows)

    def lists(self) -> tuple[str, ...]:
        """Return the ids of the lists with at least one snapshot."""
        rows = self._db.execute("SELECT DISTINCT list_id FROM snapshots ORDER BY 1").fetchall()
        return tuple(str(r[0]) for r in rows)

    def snapshot(self, list_id: str, generated: date) -> SnapshotInfo:
        """Return the snapshot of `list_id` dated `generated`.

        Raises:
            StoreError: there is none; the message lists the dates there are.
        """
        for info in self.snapshots(list_id):
            if info.generated == generated:
                return info
        dates = ", ".join(i.generated.isoformat() for i in self.snapshots(list_id)) or "none"
        raise StoreError(f"no snapshot of {list_id} dated {generated.isoformat()} (stored: {dates})",
                         where=str(self.path), fix="pick a date shown by `sanctioneer lists history`")

    def snapshot_as_of(self, list_id: str, on: date) -> SnapshotInfo | None:
        """Return the snapshot in force on `on`: the latest dated on or before it, else the oldest."""
        stored = self.snapshots(list_id)
        before = [info for info in stored if info.generated <= on]
        if before:
            return before[-1]
        return stored[0] if stored else None

    def designations(self, snapshot_id: int) -> tuple[Designation, ...]:
        """Return every designation of one snapshot, with its aliases, in list order."""
        aliases: dict[str, list[Alias]] = {}
        for reference, name, quality in self._db.execute(
            "SELECT reference, name, quality FROM aliases WHERE snapshot_id = ? ORDER BY reference, position",
            [snapshot_id],
        ).fetchall():
            aliases.setdefault(reference, []).append(Alias(name, quality))
        rows = self._db.execute(
            "SELECT reference, kind, name, original_script, dates_of_birth, nationalities, regime, listed_on, "
            "source_id FROM designations WHERE snapshot_id = ? ORDER BY rowid",
            [snapshot_id],
        ).fetchall()
        return tuple(
            Designation(
                reference=ref, kind=Kind(kind), name=name, aliases=tuple(aliases.get(ref, ())),
                original_script=script, dates_of_birth=tuple(dobs or ()), nationalities=tuple(nats or ()),
                regime=regime, listed_on=listed_on, source_id=source_id,
            )
            for ref, kind, name, script, dobs, nats, regime, listed_on, source_id in rows
        )

    def seen(self, list_id: str, reference: str | None = None) -> tuple[Seen, ...]:
        """Return first- and last-seen dates of every designation of a list (or of one reference)."""
        extra, params = ("AND d.reference = ?", [list_id, reference]) if reference else ("", [list_id])
        sql = (
            "SELECT d.reference, arg_max(d.name, s.generated), arg_max(d.listed_on, s.generated), "  # noqa: S608
            "min(s.generated), max(s.generated), count(*) "
            "FROM designations d JOIN snapshots s ON s.id = d.snapshot_id "
            f"WHERE s.list_id = ? {extra} GROUP BY d.reference ORDER BY d.reference"
        )
        rows = self._db.execute(sql, params).fetchall()
        return tuple(Seen(str(r[0]), str(r[1]), r[2], r[3], r[4], int(r[5])) for r in rows)

    def diff(self, old: SnapshotInfo, new: SnapshotInfo) -> Diff:
        """Return the designations added, removed and changed from `old` to `new`."""
        def query(sql: str) -> tuple[tuple[str, str], ...]:
            rows = self._db.execute(sql, [new.id, old.id]).fetchall()
            return tuple((str(r[0]), str(r[1])) for r in rows)

        added = query(
            "SELECT reference, name FROM designations WHERE snapshot_id = ? AND reference NOT IN "
            "(SELECT reference FROM designations WHERE snapshot_id = ?) ORDER BY reference")
        removed = tuple(
            (str(r[0]), str(r[1])) for r in self._db.execute(
                "SELECT reference, name FROM designations WHERE snapshot_id = ? AND reference NOT IN "
                "(SELECT reference FROM designations WHERE snapshot_id = ?) ORDER BY reference",
                [old.id, new.id]).fetchall())
        changed = query(
            "SELECT n.reference, n.name FROM designations n JOIN designations o ON o.reference = n.reference "
            "WHERE n.snapshot_id = ? AND o.snapshot_id = ? AND n.digest <> o.digest ORDER BY n.reference")
        return Diff(old, new, added, removed, changed)
