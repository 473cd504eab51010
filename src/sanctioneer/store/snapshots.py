"""List snapshots in DuckDB: every loaded list as it stood on its date, first and last seen, diffs.

One file holds every snapshot of every list, and snapshots are append-only: a
snapshot a decision may have cited is never overwritten or deleted. A snapshot is
named by its list, its date and the digest of its file (``un-sc@2026-05-08+1f1b3bfe29a5``).
Loading the same file again changes nothing; a different file with the same list
and date is kept beside the earlier one, and the one loaded later is in force on
that date. Loading happens in one transaction: it is all there or not at all.
Removing a snapshot (`lists remove`) takes it out of use and records when and why;
its rows stay, so a decision that cited it can still be explained.

Before a snapshot is added it is refused when it is dated after today, or when it
holds fewer than half the designations of the snapshot before it (a truncated or
partial file) unless forced; a forced load is recorded on the snapshot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sanctioneer.errors import ListError, StoreError
from sanctioneer.parties.designation import Alias, Designation, Kind, Snapshot
from sanctioneer.store import schema
from sanctioneer.store.asof import in_force as _in_force
from sanctioneer.store.asof import snapshots_as_of

__all__ = ["SHRINK_RATIO", "STORE_FILE", "Diff", "ListStore", "Loaded", "Seen", "SnapshotInfo",
           "default_store_path", "snapshots_as_of"]

STORE_FILE = "sanctioneer.duckdb"

#: A snapshot with fewer designations than this share of the one before it is refused unless forced.
SHRINK_RATIO = 0.5

_DAMAGED_FIX = ("the file is truncated or damaged: restore it from a backup, or move it aside and load the "
                "lists again with `sanctioneer lists update` or `sanctioneer lists load`")


def default_store_path() -> Path:
    """Return the store file under SANCTIONEER_HOME (default: the user data directory)."""
    from sanctioneer.settings import get_settings

    return get_settings().home / STORE_FILE


@dataclass(frozen=True)
class SnapshotInfo:
    """A stored snapshot: its list, date, file digest and size, and how it was loaded or removed.

    `id` orders snapshots by loading (ids are never reused); `forced` says why a
    refused load was forced; `removed` when and why it was taken out of use.
    """

    id: int
    list_id: str
    generated: date
    sha256: str
    source: str
    designations: int
    generated_at: str = ""
    loaded_at: str = ""
    forced: str = ""
    removed: str = ""

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
            "loaded_at": self.loaded_at,
            "forced": self.forced or None,
            "removed": self.removed or None,
        }


@dataclass(frozen=True)
class Loaded:
    """What loading a snapshot did: "added", "unchanged" (already loaded) or "restored" (had been removed).

    `note` says what a user should know: another snapshot with the same date, or a forced load.
    """

    info: SnapshotInfo
    status: str
    note: str = ""


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


_INFO_COLUMNS = ("id, list_id, generated, sha256, coalesce(source, ''), designations, coalesce(generated_at, ''), "
                 "coalesce(strftime(loaded_at, '%Y-%m-%d %H:%M:%S'), ''), coalesce(forced, ''), "
                 "CASE WHEN removed_at IS NULL THEN '' ELSE strftime(removed_at, '%Y-%m-%d %H:%M:%S') || "
                 "coalesce(' (' || removed_note || ')', '') END")


def _info(row: tuple[Any, ...]) -> SnapshotInfo:
    return SnapshotInfo(int(row[0]), str(row[1]), row[2], str(row[3]), str(row[4]), int(row[5]), str(row[6]),
                        str(row[7]), str(row[8]), str(row[9]))


def _redact(text: str) -> str:
    from sanctioneer.parties.download import redact_url

    return redact_url(text)


class ListStore:
    """The DuckDB file holding list snapshots. Open with `ListStore.open`; use as a context manager."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False) -> ListStore:
        """Open (and, unless read-only, create) the store at `path` (default: under SANCTIONEER_HOME).

        A store written by an older version is migrated first, in one transaction
        (this needs write access even for a read-only open).

        Raises:
            StoreError: the file is missing (read-only), locked, truncated or damaged, not a DuckDB
                database, or written by a newer version.
        """
        target = path or default_store_path()
        if read_only and not target.exists():
            raise StoreError(
                "no list loaded: the store does not exist yet",
                where=str(target),
                fix="run `sanctioneer lists update` or `sanctioneer lists load un-sc FILE` first",
            )
        connection = cls._connect(target, read_only=read_only)
        try:
            found = cls._guard(target, lambda: schema.version_of(connection))
            if found != schema.SCHEMA_VERSION:
                if read_only and found < schema.SCHEMA_VERSION:
                    connection.close()
                    cls.open(target).close()  # migrate, then read
                    connection = cls._connect(target, read_only=True)
                else:
                    cls._guard(target, lambda: schema.migrate(connection, found, where=str(target),
                                                              redact=_redact))
        except BaseException:
            connection.close()
            raise
        return cls(connection, target)

    @staticmethod
    def _connect(target: Path, *, read_only: bool) -> Any:
        import duckdb

        try:
            if not read_only:
                target.parent.mkdir(parents=True, exist_ok=True)
            return duckdb.connect(str(target), read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            damaged = "read enough bytes" in str(exc) or "not a valid DuckDB" in str(exc) or "Corrupt" in str(exc)
            raise StoreError(
                f"cannot open the store: {exc}",
                where=str(target),
                fix=_DAMAGED_FIX if damaged else
                "check that no other process is writing to it and that SANCTIONEER_HOME is a writable folder",
            ) from None

    @staticmethod
    def _guard(path: Path, action: Any) -> Any:
        """Run `action`, turning a database failure into a StoreError that names the file and the fix."""
        import duckdb

        try:
            return action()
        except duckdb.Error as exc:
            text = str(exc)
            if any(word in text for word in ("No space left", "File too large", "Could not write", "Disk quota")):
                raise StoreError(f"cannot write the store: {text}", where=str(path),
                                 fix="free disk space (or check permissions and quotas) and try again; "
                                 "the store keeps its last complete change") from None
            if isinstance(exc, (duckdb.IOException, duckdb.SerializationException, duckdb.InternalException,
                                duckdb.CatalogException)):
                # What a damaged file gives: blocks missing, or not holding what the catalog says.
                raise StoreError(f"cannot read the store: {type(exc).__name__}: {text}", where=str(path),
                                 fix=_DAMAGED_FIX) from None
            raise

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._guard(self.path, lambda: self._db.execute(sql, list(params)).fetchall())
        return rows

    def close(self) -> None:
        """Close the store; a failure to write its last changes (a full disk) is a StoreError."""
        self._guard(self.path, self._db.close)

    def __enter__(self) -> ListStore:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:
            try:
                self._db.close()
            except Exception:  # noqa: S110 - the first error is the one to report
                pass

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._run("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        self._run("COMMIT")  # a failed commit (a full disk) leaves the store as it was

    def _rollback(self) -> None:
        import duckdb

        try:
            self._db.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the transaction is already gone; the error that ended it is the one to report

    def _log(self, action: str, version: str, detail: str = "") -> None:
        self._run("INSERT INTO store_log (action, version, detail) VALUES (?, ?, ?)", [action, version, detail or None])

    def add(self, snapshot: Snapshot, *, force: bool = False, today: date | None = None) -> Loaded:
        """Store a snapshot atomically, never replacing one.

        Args:
            snapshot: the parsed list.
            force: add it even when it holds fewer than half the designations of the snapshot before it;
                the force is recorded on the snapshot.
            today: the date to compare the list's date with (default: today in UTC, the UN list's zone).

        Raises:
            ListError: the list is dated after today, or lost most of its designations and `force` is False.
            StoreError: the store cannot be written; it is then unchanged.
        """
        today = today or datetime.now(UTC).date()
        source = _redact(snapshot.source)
        label = f"{snapshot.list_id}@{snapshot.generated.isoformat()}+{snapshot.sha256[:12]}"
        if snapshot.generated > today:
            raise ListError(
                f"refused: the list is dated {snapshot.generated.isoformat()}, after today ({today.isoformat()}); "
                "a list cannot be published in the future, and a future date would make it the list in force",
                where=source or label,
                fix="check the file's date (dateGenerated, or --date for ftm) and this computer's clock",
            )
        stored = self.snapshots(snapshot.list_id, include_removed=True)
        same = [i for i in stored if i.generated == snapshot.generated and i.sha256 == snapshot.sha256]
        live = [i for i in stored if not i.removed]
        if same and not same[-1].removed:
            newer = [i for i in live if i.generated == snapshot.generated and i.id > same[-1].id]
            return Loaded(same[-1], "unchanged", f"{newer[-1].version}, loaded later, is the one in force on "
                          f"{snapshot.generated.isoformat()}" if newer else "")
        forced = self._shrink_check(snapshot, live, source or label, force=force)
        twins = [i for i in live if i.generated == snapshot.generated]
        newer = [i for i in twins if same and i.id > same[-1].id]  # a restored snapshot keeps its place
        kept = ", ".join(t.version for t in twins)
        if newer:
            note = f"{newer[-1].version}, loaded later, is the one in force on {snapshot.generated.isoformat()}"
        elif twins:
            note = (f"another snapshot of {snapshot.generated.isoformat()} is kept ({kept}); "
                    "this one, loaded later, is the one in force on that date")
        else:
            note = ""
        if forced:
            note = f"{note}; {forced}" if note else forced
        if same:
            with self._transaction():
                self._run("UPDATE snapshots SET removed_at = NULL, removed_note = NULL, forced = coalesce(?, forced) "
                          "WHERE id = ?", [forced or None, same[-1].id])
                self._log("restored", label, forced)
            return Loaded(self._by_id(same[-1].id), "restored", note)
        with self._transaction():
            row = self._run("SELECT coalesce(max(id), 0) + 1 FROM snapshots")
            new_id = int(row[0][0]) if row else 1
            self._run(
                "INSERT INTO snapshots (id, list_id, generated, generated_at, sha256, source, designations, forced) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id, snapshot.list_id, snapshot.generated, snapshot.generated_at, snapshot.sha256,
                 source, len(snapshot.designations), forced or None],
            )
            self._guard(self.path, lambda: self._insert(new_id, snapshot.designations))
            self._log("loaded", label, forced)
        return Loaded(self._by_id(new_id), "added", note)

    def _shrink_check(self, snapshot: Snapshot, live: list[SnapshotInfo], where: str, *, force: bool) -> str:
        previous = _in_force(live, snapshot.generated)
        count = len(snapshot.designations)
        if previous is None or count >= previous.designations * SHRINK_RATIO:
            return ""
        lost = (f"{count} designations, fewer than half of the {previous.designations} in the snapshot before it "
                f"({previous.version})")
        if not force:
            raise ListError(
                f"refused: {lost}; a truncated or partial file would make most designations disappear",
                where=where,
                fix="check that the file is the whole list; if the list really shrank, load it again with --force "
                "(the force is recorded and shown by `sanctioneer lists history`)",
            )
        return f"forced: {lost}"

    def _by_id(self, snapshot_id: int) -> SnapshotInfo:
        rows = self._run(f"SELECT {_INFO_COLUMNS} FROM snapshots WHERE id = ?", [snapshot_id])  # noqa: S608
        return _info(rows[0])

    def remove(self, info: SnapshotInfo, *, note: str = "") -> SnapshotInfo:
        """Take a snapshot out of use, recording when and why; its rows stay for the decisions that cited it.

        Raises:
            StoreError: it is already removed, or the store cannot be written.
        """
        if info.removed:
            raise StoreError(f"{info.version} was already removed ({info.removed})", where=str(self.path),
                             fix="see `sanctioneer lists history --all`")
        with self._transaction():
            self._run("UPDATE snapshots SET removed_at = current_timestamp, removed_note = ? WHERE id = ?",
                      [note or None, info.id])
            self._log("removed", info.version, note)
        return self._by_id(info.id)

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

    def snapshots(self, list_id: str | None = None, *, include_removed: bool = False) -> tuple[SnapshotInfo, ...]:
        """Return the stored snapshots by list, date, then loading order (of one list, or of all).

        Removed snapshots are left out unless `include_removed`.
        """
        conditions = [c for c, wanted in (("list_id = ?", bool(list_id)), ("removed_at IS NULL", not include_removed))
                      if wanted]
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._run(
            f"SELECT {_INFO_COLUMNS} FROM snapshots {where} ORDER BY list_id, generated, id",  # noqa: S608 - constant
            [list_id] if list_id else [],
        )
        return tuple(_info(row) for row in rows)

    def lists(self) -> tuple[str, ...]:
        """Return the ids of the lists with at least one snapshot in use."""
        rows = self._run("SELECT DISTINCT list_id FROM snapshots WHERE removed_at IS NULL ORDER BY 1")
        return tuple(str(r[0]) for r in rows)

    def snapshot(self, list_id: str, generated: date) -> SnapshotInfo:
        """Return the snapshot of `list_id` dated `generated` (of two, the one loaded later).

        Raises:
            StoreError: there is none; the message lists the dates there are.
        """
        found = _in_force([i for i in self.snapshots(list_id) if i.generated == generated], generated)
        if found is not None:
            return found
        dates = ", ".join(dict.fromkeys(i.generated.isoformat() for i in self.snapshots(list_id))) or "none"
        raise StoreError(f"no snapshot of {list_id} dated {generated.isoformat()} (stored: {dates})",
                         where=str(self.path), fix="pick a date shown by `sanctioneer lists history`")

    def resolve(self, label: str, *, list_id: str = "un-sc", unique: bool = False,
                include_removed: bool = False) -> SnapshotInfo:
        """Return the snapshot a label names: ``DATE``, ``DATE+DIGEST`` or ``LIST@DATE+DIGEST`` (digest prefix).

        Args:
            label: the label; a list named in it wins over `list_id`.
            unique: refuse a label that fits two snapshots instead of taking the later loaded.
            include_removed: look among removed snapshots too.

        Raises:
            StoreError: no snapshot (or, with `unique`, more than one) fits the label.
        """
        from sanctioneer.intake import parse_date

        text = label.strip()
        if "@" in text:
            list_id, text = text.split("@", 1)
        day, _, digest = text.partition("+")
        on = parse_date(day, where=label)
        fits = [i for i in self.snapshots(list_id, include_removed=include_removed)
                if i.generated == on and i.sha256.startswith(digest.lower())]
        if not fits:
            shown = ", ".join(i.version for i in self.snapshots(list_id, include_removed=include_removed)) or "none"
            with_digest = f" with a digest starting {digest!r}" if digest else ""
            raise StoreError(f"no snapshot of {list_id} dated {on.isoformat()}{with_digest} (stored: {shown})",
                             where=str(self.path),
                             fix="give a version shown by `sanctioneer lists history`, such as un-sc@2026-05-08+1f1b3b")
        if unique and len(fits) > 1:
            raise StoreError(f"{label!r} fits {len(fits)} snapshots: {', '.join(i.version for i in fits)}",
                             where=str(self.path), fix="give the whole version, with the digest after the +")
        return max(fits, key=lambda i: i.id)

    def in_force(self, list_id: str, on: date | None) -> list[tuple[SnapshotInfo, bool]]:
        """Return the snapshots of one list `snapshots_as_of` chooses for `on` (empty when there is none)."""
        return snapshots_as_of(self.snapshots(list_id), on)

    def designations(self, snapshot_id: int) -> tuple[Designation, ...]:
        """Return every designation of one snapshot, with its aliases, in list order."""
        aliases: dict[str, list[Alias]] = {}
        for reference, name, quality in self._run(
            "SELECT reference, name, quality FROM aliases WHERE snapshot_id = ? ORDER BY reference, position",
            [snapshot_id],
        ):
            aliases.setdefault(reference, []).append(Alias(name, quality))
        rows = self._run(
            "SELECT reference, kind, name, original_script, dates_of_birth, nationalities, regime, listed_on, "
            "source_id FROM designations WHERE snapshot_id = ? ORDER BY rowid",
            [snapshot_id],
        )
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
            f"WHERE s.list_id = ? AND s.removed_at IS NULL {extra} GROUP BY d.reference ORDER BY d.reference"
        )
        rows = self._run(sql, params)
        return tuple(Seen(str(r[0]), str(r[1]), r[2], r[3], r[4], int(r[5])) for r in rows)

    def diff(self, old: SnapshotInfo, new: SnapshotInfo) -> Diff:
        """Return the designations added, removed and changed from `old` to `new`."""
        def query(sql: str, first: int, second: int) -> tuple[tuple[str, str], ...]:
            return tuple((str(r[0]), str(r[1])) for r in self._run(sql, [first, second]))

        missing = ("SELECT reference, name FROM designations WHERE snapshot_id = ? AND reference NOT IN "
                   "(SELECT reference FROM designations WHERE snapshot_id = ?) ORDER BY reference")
        added = query(missing, new.id, old.id)
        removed = query(missing, old.id, new.id)
        changed = query(
            "SELECT n.reference, n.name FROM designations n JOIN designations o ON o.reference = n.reference "
            "WHERE n.snapshot_id = ? AND o.snapshot_id = ? AND n.digest <> o.digest ORDER BY n.reference",
            new.id, old.id)
        return Diff(old, new, added, removed, changed)
