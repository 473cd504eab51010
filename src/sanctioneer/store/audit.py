"""The audit trail: every decision recorded with its input, output and versions, each record chained by hash.

A record's hash is sha256 of the previous record's hash followed by the record's canonical JSON
(sequence number, time, kind, decision id, key name and body). Editing a record changes its hash;
deleting or reordering records breaks the chain at the first one that no longer follows its
predecessor; `verify` recomputes every hash and names the first record that fails. The chain's
head (count and last hash) is kept in a second table, written in the same transaction, so the
loss of the newest records is seen too (only a rewrite of both tables, which needs every hash
recomputed, escapes it: keep `verify`'s head hash somewhere else to catch even that).

The log lives in its own DuckDB file (`audit.duckdb`), which one process writes: the server
while it runs, else the command line. Appends are committed in groups, one transaction each:
the server's from its event loop (`append_batch`), others' through one writer thread (`submit`).
A crash loses no committed record and leaves no half one: a transaction is whole or absent
after a restart.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanctioneer.errors import StoreError

if TYPE_CHECKING:
    from sanctioneer.model import Decision, Transfer

__all__ = ["AUDIT_FILE", "GENESIS", "AuditEntry", "AuditLog", "AuditRecord", "Verification", "canonical",
           "decision_entry", "record_decisions"]

AUDIT_FILE = "audit.duckdb"
#: The hash the first record chains to.
GENESIS = "sha256:" + "0" * 64
_SCHEMA = 1
# Records committed together at most; a larger queue waits for the next transaction.
_BATCH = 256

_TABLES = """
CREATE TABLE IF NOT EXISTS audit_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit_records (
    seq BIGINT PRIMARY KEY,
    recorded_at VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    decision_id VARCHAR,
    key_name VARCHAR,
    body VARCHAR NOT NULL,
    prev_hash VARCHAR NOT NULL,
    hash VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (count BIGINT NOT NULL, hash VARCHAR NOT NULL);
"""


def canonical(document: Any) -> str:
    """Return `document` as canonical JSON: sorted keys, no spaces, text as written (what is hashed)."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class AuditEntry:
    """What a caller asks to record: the kind of record, its decision id, the key used and the body."""

    kind: str
    body: dict[str, Any]
    decision_id: str | None = None
    key_name: str | None = None


@dataclass(frozen=True)
class AuditRecord:
    """One record of the chain as stored."""

    seq: int
    recorded_at: str
    kind: str
    decision_id: str | None
    key_name: str | None
    body: str
    prev_hash: str
    hash: str

    def content(self) -> str:
        """The JSON the hash covers, after the previous hash: the record's fields with keys sorted, the body as stored.

        That is `{"body":BODY,"decision_id":...,"key":...,"kind":...,"recorded_at":...,"seq":N}` with no
        spaces, BODY being the stored canonical JSON byte for byte (so an edit that only reformats it
        is an edit too).
        """
        tail = canonical({"decision_id": self.decision_id, "key": self.key_name, "kind": self.kind,
                          "recorded_at": self.recorded_at, "seq": self.seq})
        return '{"body":' + self.body + "," + tail[1:]

    def expected_hash(self) -> str:
        return _hash(self.prev_hash, self.content())

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "recorded_at": self.recorded_at, "kind": self.kind,
                "decision_id": self.decision_id, "key": self.key_name, "body": json.loads(self.body),
                "prev_hash": self.prev_hash, "hash": self.hash}


@dataclass(frozen=True)
class Verification:
    """What `verify` found: the records checked, the head hash, and the first bad record if any."""

    count: int
    head: str
    bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.bad_seq is None and self.problem is None

    def to_dict(self) -> dict[str, Any]:
        return {"intact": self.intact, "records": self.count, "head": self.head, "bad_record": self.bad_seq,
                "problem": self.problem}


def _hash(prev: str, content: str) -> str:
    return "sha256:" + hashlib.sha256((prev + content).encode("utf-8")).hexdigest()


_COLUMNS = "seq, recorded_at, kind, decision_id, key_name, body, prev_hash, hash"


class AuditLog:
    """The audit trail in one DuckDB file; build with `open`, close when done (or use `with`)."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._db = connection
        self.path = path
        self._queue: queue.Queue[tuple[AuditEntry, Future[AuditRecord]] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._commit_lock = threading.Lock()
        self._pending: list[tuple[AuditEntry, Any]] = []
        self._flush_planned = False
        self._loop_cursor: Any = None
        row = self._read("SELECT count, hash FROM audit_head")
        last = self._read("SELECT max(seq) FROM audit_records")
        self._count = int(row[0][0]) if row else 0
        self._head = str(row[0][1]) if row else GENESIS
        if last and last[0][0] is not None and int(last[0][0]) != self._count:
            # The head disagrees with the records: appending would hide the damage; verify names it.
            self._count = int(last[0][0])
            self._head = str(self._read("SELECT hash FROM audit_records WHERE seq = ?", [self._count])[0][0])

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> AuditLog:
        """Open (creating when absent and writable) the audit log at `path`.

        Raises:
            StoreError: the file is held by another process (a running server) or is not an audit log.
        """
        import duckdb

        if read_only and not path.exists():
            raise StoreError("no audit log yet", where=str(path),
                             fix="decisions are recorded by `sanctioneer serve` and by `assess --record`")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            held = "lock" in str(exc).lower()
            raise StoreError("the audit log is held by another process" if held else "the audit log cannot be opened",
                             where=str(path),
                             fix="a running `sanctioneer serve` owns it: stop it, or ask the server "
                                 "(GET /v1/audit/verify)" if held else "check the file and its folder") from None
        except duckdb.Error as exc:
            raise StoreError(f"not an audit log ({type(exc).__name__})", where=str(path),
                             fix="point SANCTIONEER_HOME at the folder holding the audit log") from None
        try:
            if not read_only:
                connection.execute(_TABLES)
                if not connection.execute("SELECT 1 FROM audit_schema").fetchall():
                    connection.execute("INSERT INTO audit_schema VALUES (?)", [_SCHEMA])
                if not connection.execute("SELECT 1 FROM audit_head").fetchall():
                    connection.execute("INSERT INTO audit_head VALUES (0, ?)", [GENESIS])
            return cls(connection, path)
        except duckdb.Error as exc:
            connection.close()
            raise StoreError(f"not an audit log ({type(exc).__name__})", where=str(path),
                             fix="point SANCTIONEER_HOME at the folder holding the audit log") from None

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Finish the queued appends, then close the file."""
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None
        if self._loop_cursor is not None:
            self._loop_cursor.close()
        self._db.close()

    @property
    def count(self) -> int:
        return self._count

    def _read(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        cursor = self._db.cursor()
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(sql, params or []).fetchall()
            return rows
        finally:
            cursor.close()

    # Writing

    def submit(self, entry: AuditEntry) -> Future[AuditRecord]:
        """Queue `entry`; the future gives its record once committed (or the error that refused it)."""
        future: Future[AuditRecord] = Future()
        if self._writer is None:
            with self._start_lock:
                if self._writer is None:
                    self._writer = threading.Thread(target=self._write_loop, name="audit-writer", daemon=True)
                    self._writer.start()
        self._queue.put((entry, future))
        return future

    def append(self, entry: AuditEntry) -> AuditRecord:
        """Record `entry` and return its record, committed."""
        return self.submit(entry).result()

    async def append_batch(self, entries: list[AuditEntry]) -> list[AuditRecord]:
        """Record `entries` from an event loop; return their records once committed.

        The server's way: the entries of every request the loop handles in one turn are
        committed together, on the loop itself. DuckDB lets go of the interpreter while it
        writes, but a second Python thread would then wait for it back at every statement.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[AuditRecord]] = []
        for entry in entries:
            future: asyncio.Future[AuditRecord] = loop.create_future()
            self._pending.append((entry, future))
            futures.append(future)
        if not self._flush_planned:
            self._flush_planned = True
            # Two turns on: requests read in this turn add their entries to the same transaction.
            loop.call_soon(loop.call_soon, self._flush)
        return list(await asyncio.gather(*futures))

    def _flush(self) -> None:
        import duckdb

        batch, self._pending = self._pending[:_BATCH], self._pending[_BATCH:]
        self._flush_planned = bool(self._pending)
        if self._pending:
            import asyncio

            asyncio.get_running_loop().call_soon(self._flush)
        if self._loop_cursor is None:
            self._loop_cursor = self._db.cursor()
        try:
            records = self._commit(self._loop_cursor, [entry for entry, _ in batch])
        except (duckdb.Error, OSError) as exc:
            error = StoreError(f"the audit record could not be written ({type(exc).__name__})",
                               where=str(self.path), fix="check the disk; nothing of this batch was recorded")
            for _, future in batch:
                if not future.done():
                    future.set_exception(error)
            return
        for (_, future), record in zip(batch, records, strict=True):
            if not future.done():
                future.set_result(record)

    def _write_loop(self) -> None:
        import duckdb

        cursor = self._db.cursor()
        while True:
            item = self._queue.get()
            if item is None:
                break
            batch = [item]
            stop = False
            while len(batch) < _BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            try:
                records = self._commit(cursor, [entry for entry, _ in batch])
            except (duckdb.Error, OSError) as exc:
                error = StoreError(f"the audit record could not be written ({type(exc).__name__})",
                                   where=str(self.path), fix="check the disk; nothing of this batch was recorded")
                for _, future in batch:
                    future.set_exception(error)
            else:
                for (_, future), record in zip(batch, records, strict=True):
                    future.set_result(record)
            if stop:
                break
        cursor.close()

    def _commit(self, cursor: Any, entries: list[AuditEntry]) -> list[AuditRecord]:
        with self._commit_lock:
            return self._commit_locked(cursor, entries)

    def _commit_locked(self, cursor: Any, entries: list[AuditEntry]) -> list[AuditRecord]:
        count, head = self._count, self._head
        records = []
        for entry in entries:
            count += 1
            body = canonical(entry.body)
            recorded_at = datetime.now(UTC).isoformat(timespec="microseconds")
            draft = AuditRecord(count, recorded_at, entry.kind, entry.decision_id, entry.key_name, body, head, "")
            head = draft.expected_hash()
            records.append(AuditRecord(count, recorded_at, entry.kind, entry.decision_id, entry.key_name, body,
                                       draft.prev_hash, head))
        values = [getattr(r, field) for r in records for field in _COLUMNS.split(", ")]
        cursor.execute("BEGIN TRANSACTION")
        try:
            cursor.execute(f"INSERT INTO audit_records ({_COLUMNS}) VALUES "  # noqa: S608 (placeholders only)
                           + ",".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(records)), values)
            cursor.execute("UPDATE audit_head SET count = ?, hash = ?", [count, head])
            cursor.execute("COMMIT")
        except BaseException:
            try:
                cursor.execute("ROLLBACK")
            except Exception:  # noqa: S110 (the failed commit ended the transaction already)
                pass
            raise
        self._count, self._head = count, head
        return records

    # Reading

    def records(self, *, start: int = 1, kind: str | None = None) -> Iterator[AuditRecord]:
        """Every record from sequence number `start`, in order, read in pages."""
        position = start - 1
        while True:
            sql = f"SELECT {_COLUMNS} FROM audit_records WHERE seq > ?"  # noqa: S608 (constant columns)
            params: list[Any] = [position]
            if kind:
                sql += " AND kind = ?"
                params.append(kind)
            rows = self._read(sql + " ORDER BY seq LIMIT 2000", params)
            if not rows:
                return
            for row in rows:
                yield AuditRecord(int(row[0]), *(row[1:]))
            position = int(rows[-1][0])

    def record(self, seq: int) -> AuditRecord | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM audit_records WHERE seq = ?", [seq])  # noqa: S608
        return AuditRecord(int(rows[0][0]), *(rows[0][1:])) if rows else None

    def by_decision(self, decision_id: str) -> tuple[AuditRecord, ...]:
        """Every record of a decision id, oldest first (the same transfer judged twice has one id)."""
        rows = self._read(f"SELECT {_COLUMNS} FROM audit_records WHERE decision_id = ? "  # noqa: S608
                          "ORDER BY seq", [decision_id])
        return tuple(AuditRecord(int(r[0]), *(r[1:])) for r in rows)

    def verify(self) -> Verification:
        """Recompute every hash; name the first record edited, missing, out of order, or the lost newest ones."""
        expected_seq, previous, count = 1, GENESIS, 0
        for record in self._all_rows():
            if record.seq != expected_seq:
                what = ("missing" if record.seq > expected_seq else "out of order or duplicated")
                return Verification(count, previous, record.seq,
                                    f"record {expected_seq} is {what}: the next record found is {record.seq}")
            if record.prev_hash != previous:
                return Verification(count, previous, record.seq,
                                    f"record {record.seq} does not follow record {record.seq - 1}: its previous hash "
                                    "differs (a record before it was deleted, replaced or reordered)")
            try:
                recomputed = record.expected_hash()
            except ValueError:
                recomputed = ""
            if recomputed != record.hash:
                return Verification(count, previous, record.seq,
                                    f"record {record.seq} was altered: its hash does not match its contents")
            previous, expected_seq, count = record.hash, expected_seq + 1, count + 1
        head = self._read("SELECT count, hash FROM audit_head")
        if head and (int(head[0][0]), str(head[0][1])) != (count, previous):
            return Verification(count, previous, count + 1 if int(head[0][0]) > count else int(head[0][0]),
                                f"the chain's head says {int(head[0][0])} records ending {str(head[0][1])[:19]}..., "
                                f"the records found are {count} ending {previous[:19]}... "
                                "(the newest records were deleted or the head was altered)")
        return Verification(count, previous)

    def _all_rows(self) -> Iterator[AuditRecord]:
        # In stored order of seq, however the rows were reordered on disk: verify sees gaps and links.
        position = -(2**62)
        while True:
            rows = self._read(f"SELECT {_COLUMNS} FROM audit_records WHERE seq > ? "  # noqa: S608
                              "ORDER BY seq LIMIT 5000", [position])
            if not rows:
                return
            for row in rows:
                yield AuditRecord(int(row[0]), *(row[1:]))
            position = int(rows[-1][0])


def decision_entry(transfer: Transfer, decision: Decision, *, key: str | None, as_of: date | None,
                   version: str) -> AuditEntry:
    """The audit entry of one decision: the transfer and date asked, the decision, and every version used."""
    versions = {"sanctioneer": version, "rulebook": decision.rulebook_version,
                "lists": [r.to_dict() for r in decision.lists],
                "classifier": sorted({line.classifier_version for line in decision.lines if line.classifier_version})}
    body = {"input": {"transfer": transfer.to_dict(), "as_of": as_of.isoformat() if as_of else None},
            "output": decision.to_dict(), "versions": versions}
    return AuditEntry("assess", body, decision_id=decision.decision_id, key_name=key)


def record_decisions(home: Path, decided: list[tuple[Transfer, Decision]], *, as_of: date | None) -> list[AuditRecord]:
    """Append decisions made on the command line to the audit log in `home` (key name: none)."""
    from importlib.metadata import version

    current = version("sanctioneer")
    with AuditLog.open(home / AUDIT_FILE) as log:
        futures = [log.submit(decision_entry(t, d, key=None, as_of=as_of, version=current)) for t, d in decided]
        return [future.result() for future in futures]
