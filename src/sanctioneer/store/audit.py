"""The audit trail: every decision recorded with its input, output and versions, each record chained by hash.

A record's hash is sha256 of the previous record's hash followed by the record's canonical JSON
(sequence number, time, kind, decision id, key name and body). Editing a record changes its hash;
deleting or reordering records breaks the chain at the first one that no longer follows its
predecessor; `verify` recomputes every hash and names the first record that fails. The chain's
head (count and last hash) is kept in a second table, written in the same transaction, so the
loss of the newest records is seen too (only a rewrite of both tables, which needs every hash
recomputed, escapes it: keep `verify`'s head hash somewhere else to catch even that).

The chain lives in one of two stores, the same tables and records in each:

- a DuckDB file (`audit.duckdb` in SANCTIONEER_HOME, the default), which one process writes: the
  server while it runs, else the command line;
- a PostgreSQL database (SANCTIONEER_AUDIT_URL), which several servers may write at once: each
  append reads the chain's head with its row locked until the commit, so appends from every
  process form one chain.

Appends go through one writer thread (`submit`, or `append_batch` from the server's event loop),
which commits whatever has been queued in one transaction: a caller's record is committed when its
future gives it. A crash loses no committed record and leaves no half one: a transaction is whole
or absent after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import queue
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, InvalidStateError
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sanctioneer.canonical import canonical
from sanctioneer.errors import StoreError

if TYPE_CHECKING:
    from sanctioneer.model import Decision, Transfer
    from sanctioneer.settings import Settings

__all__ = ["AUDIT_FILE", "GENESIS", "SCHEMA_VERSION", "TABLES", "AuditEntry", "AuditLog", "AuditRecord", "AuditStore",
           "Transaction", "Verification", "decision_entry", "record_decisions"]

AUDIT_FILE = "audit.duckdb"
#: The hash the first record chains to.
GENESIS = "sha256:" + "0" * 64
#: The version of the tables below, written in audit_schema.
SCHEMA_VERSION = 1
# Records committed together at most; a larger queue waits for the next transaction.
_BATCH = 256
# From this many records in one commit, a store's `column_insert` (where it has one) writes them.
_COLUMN_INSERT_FROM = 8

#: The tables of every store, in SQL that DuckDB and PostgreSQL both read.
TABLES = """
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
_HEAD = "SELECT count, hash FROM audit_head"


class Transaction(Protocol):
    """Statements inside one transaction of an audit store, with `?` for each parameter."""

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...


class AuditStore(Protocol):
    """Where the chain is kept: a DuckDB file or a PostgreSQL database.

    A store only runs statements; hashing, chaining, verifying and the record format are
    `AuditLog`'s, the same on every store. SQL is written once, with `?` for each parameter.
    """

    #: The file or the address (without its password) that errors name.
    where: str
    #: True when other processes may append at the same time: the head is then read, locked, in each append.
    shared: bool
    #: Appended to the head's SELECT in an append, to lock the head row until the commit (or "").
    lock_head: str
    #: What the store's driver raises when a statement fails.
    failures: tuple[type[BaseException], ...]
    #: The fix named when an append fails, and what became of the batch.
    write_fix: str
    #: An INSERT of records into audit_records taking one list per column, in the order of the columns (or "").
    column_insert: str

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def reading(self) -> AbstractContextManager[Transaction]:
        """One consistent view of the store (a read-only transaction)."""
        ...

    def writing(self) -> AbstractContextManager[Transaction]:
        """One transaction: committed when the block ends, rolled back whole when it raises."""
        ...

    def close(self) -> None: ...


def _chain_end(tx: Transaction | AuditStore, *, lock: str = "") -> tuple[int, str]:
    """The count and hash the next record follows: the head's, or the newest record's where they disagree."""
    row = tx.read(_HEAD + lock)
    last = tx.read("SELECT max(seq) FROM audit_records")
    count = int(row[0][0]) if row else 0
    head = str(row[0][1]) if row else GENESIS
    if last and last[0][0] is not None and int(last[0][0]) != count:
        # The head disagrees with the records: appending would hide the damage; verify names it.
        count = int(last[0][0])
        head = str(tx.read("SELECT hash FROM audit_records WHERE seq = ?", [count])[0][0])
    return count, head


def _chained(entries: list[AuditEntry], count: int, head: str) -> list[AuditRecord]:
    """`entries` as the records that follow record `count` whose hash is `head`."""
    records = []
    for entry in entries:
        count += 1
        body = canonical(entry.body)
        recorded_at = datetime.now(UTC).isoformat(timespec="microseconds")
        draft = AuditRecord(count, recorded_at, entry.kind, entry.decision_id, entry.key_name, body, head, "")
        head = draft.expected_hash()
        records.append(AuditRecord(count, recorded_at, entry.kind, entry.decision_id, entry.key_name, body,
                                   draft.prev_hash, head))
    return records


class AuditLog:
    """The audit trail on one store; build with `open` (DuckDB), `connect` (PostgreSQL) or `from_settings`.

    Close when done (or use `with`).
    """

    def __init__(self, store: AuditStore) -> None:
        self._store = store
        self.where = store.where
        self._queue: queue.Queue[tuple[AuditEntry, Future[AuditRecord]] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._commit_lock = threading.Lock()
        try:
            self._count, self._head = _chain_end(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> AuditLog:
        """Open (creating when absent and writable) the audit log in the DuckDB file at `path`.

        Raises:
            StoreError: the file is held by another process (a running server) or is not an audit log.
        """
        from sanctioneer.store.audit_duckdb import DuckDBAuditStore

        return cls(DuckDBAuditStore.open(path, read_only=read_only))

    @classmethod
    def connect(cls, url: str, *, read_only: bool = False) -> AuditLog:
        """Open (creating its tables when absent and writable) the audit log in the PostgreSQL database at `url`.

        Raises:
            InputError: `url` is not a PostgreSQL address.
            StoreError: the server cannot be reached, refuses the user, or holds no audit log (read-only).
        """
        from sanctioneer.store.audit_postgres import PostgresAuditStore

        return cls(PostgresAuditStore.connect(url, read_only=read_only))

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False) -> AuditLog:
        """The audit log the settings name: PostgreSQL at SANCTIONEER_AUDIT_URL, else `audit.duckdb` in the home."""
        if settings.audit_url:
            return cls.connect(settings.audit_url, read_only=read_only)
        return cls.open(settings.home / AUDIT_FILE, read_only=read_only)

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Finish the queued appends, then close the store."""
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None
        self._store.close()

    @property
    def shared(self) -> bool:
        """True when other processes may append to the same trail (PostgreSQL)."""
        return self._store.shared

    @property
    def count(self) -> int:
        """The number of records (read afresh where other processes append too)."""
        if self._store.shared:
            return _chain_end(self._store)[0]
        return self._count

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

        The server's way: the entries go to the writer thread, and the request waits for their
        commit without holding the loop, which goes on reading and judging other requests. The
        writer commits whatever has been queued meanwhile in one transaction, so under load many
        requests share each commit (and its flush to disk), and a slow commit (the store folding
        its log into the file, or another server holding the head's lock) never stops the loop.
        """
        futures = [asyncio.wrap_future(self.submit(entry)) for entry in entries]
        return list(await asyncio.gather(*futures))

    def _write_loop(self) -> None:
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
                records = self._commit([entry for entry, _ in batch])
            except Exception as error:  # every waiting caller hears of it; the writer goes on
                _settle(batch, error)
            else:
                _settle(batch, records)
            if stop:
                break

    def _commit(self, entries: list[AuditEntry]) -> list[AuditRecord]:
        """Append `entries` in one transaction; the chain's head is read under a lock where others append too."""
        failures: tuple[type[BaseException], ...] = (*self._store.failures, OSError)
        with self._commit_lock:
            try:
                with self._store.writing() as tx:
                    if self._store.shared:
                        count, head = _chain_end(tx, lock=self._store.lock_head)
                    else:
                        count, head = self._count, self._head
                    records = _chained(entries, count, head)
                    fields = _COLUMNS.split(", ")
                    if self._store.column_insert and len(records) >= _COLUMN_INSERT_FROM:
                        # Many records: one list per column costs the store less than eight values per record.
                        tx.execute(self._store.column_insert,
                                   [[getattr(r, field) for r in records] for field in fields])
                    else:
                        tx.execute(f"INSERT INTO audit_records ({_COLUMNS}) VALUES "  # noqa: S608 (placeholders)
                                   + ",".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(records)),
                                   [getattr(r, field) for r in records for field in fields])
                    tx.execute("UPDATE audit_head SET count = ?, hash = ?", [records[-1].seq, records[-1].hash])
            except failures as exc:
                raise StoreError(f"the audit record could not be written ({type(exc).__name__})",
                                 where=self.where, fix=self._store.write_fix) from None
            self._count, self._head = records[-1].seq, records[-1].hash
            return records

    # Reading

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._store.read(sql, params)

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
        """Recompute every hash; name the first record edited, missing, out of order, or the lost newest ones.

        Reads one consistent view of the store: records appended meanwhile are checked next time.
        """
        with self._store.reading() as tx:
            return _verify(tx)


def _verify(tx: Transaction) -> Verification:
    expected_seq, previous, count = 1, GENESIS, 0
    for record in _all_rows(tx):
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
    head = tx.read(_HEAD)
    if head and (int(head[0][0]), str(head[0][1])) != (count, previous):
        return Verification(count, previous, count + 1 if int(head[0][0]) > count else int(head[0][0]),
                            f"the chain's head says {int(head[0][0])} records ending {str(head[0][1])[:19]}..., "
                            f"the records found are {count} ending {previous[:19]}... "
                            "(the newest records were deleted or the head was altered)")
    return Verification(count, previous)


def _all_rows(tx: Transaction) -> Iterator[AuditRecord]:
    # In stored order of seq, however the rows were reordered on disk: verify sees gaps and links.
    position = -(2**62)
    while True:
        rows = tx.read(f"SELECT {_COLUMNS} FROM audit_records WHERE seq > ? "  # noqa: S608
                            "ORDER BY seq LIMIT 5000", [position])
        if not rows:
            return
        for row in rows:
            yield AuditRecord(int(row[0]), *(row[1:]))
        position = int(rows[-1][0])


def _settle(batch: list[tuple[AuditEntry, Any]], outcome: list[AuditRecord] | BaseException) -> None:
    """Give each waiting request its committed record, or the error that refused the whole batch."""
    for position, (_, future) in enumerate(batch):
        # A caller that stopped waiting (a client gone) cancelled its future; its record stands.
        with contextlib.suppress(InvalidStateError):
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome[position])


def decision_entry(transfer: Transfer, decision: Decision, *, key: str | None, as_of: date | None,
                   version: str, output: dict[str, Any] | None = None) -> AuditEntry:
    """The audit entry of one decision: the transfer and date asked, the decision, and every version used.

    `output` is the decision's `to_dict()` when the caller has it already (the answer it sends).
    """
    versions = {"sanctioneer": version, "rulebook": decision.rulebook_version,
                "lists": [r.to_dict() for r in decision.lists],
                "classifier": sorted({line.classifier_version for line in decision.lines if line.classifier_version})}
    body = {"input": {"transfer": transfer.to_dict(), "as_of": as_of.isoformat() if as_of else None},
            "output": decision.to_dict() if output is None else output, "versions": versions}
    return AuditEntry("assess", body, decision_id=decision.decision_id, key_name=key)


def record_decisions(settings: Settings, decided: list[tuple[Transfer, Decision]], *,
                     as_of: date | None) -> list[AuditRecord]:
    """Append decisions made on the command line to the audit log the settings name (key name: none)."""
    from importlib.metadata import version

    current = version("sanctioneer")
    with AuditLog.from_settings(settings) as log:
        futures = [log.submit(decision_entry(t, d, key=None, as_of=as_of, version=current)) for t, d in decided]
        return [future.result() for future in futures]
