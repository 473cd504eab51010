"""The audit trail's default store: one DuckDB file, written by one process at a time (DuckDB locks it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from sanctioneer.errors import StoreError
from sanctioneer.store.audit import GENESIS, SCHEMA_VERSION, TABLES

__all__ = ["DuckDBAuditStore"]

_NOT_A_LOG = "point SANCTIONEER_HOME at the folder holding the audit log"


class _Cursor:
    """A DuckDB cursor as an audit `Transaction`."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._cursor.execute(sql, list(params)).fetchall()
        return rows

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(sql, list(params))


class DuckDBAuditStore:
    """The chain's tables in one DuckDB file; build with `open`."""

    shared = False
    lock_head = ""
    failures: tuple[type[BaseException], ...] = (duckdb.Error,)
    write_fix = "check the disk; nothing of this batch was recorded"
    column_insert = ("INSERT INTO audit_records (seq, recorded_at, kind, decision_id, key_name, body, prev_hash, hash) "
                     "SELECT unnest(?::BIGINT[]), " + ", ".join(["unnest(?::VARCHAR[])"] * 7))

    def __init__(self, connection: Any, path: Path) -> None:
        self._db = connection
        self.path = path
        self.where = str(path)
        # One cursor per writing thread (the event loop's, the writer thread's), kept open.
        self._local = threading.local()
        self._cursors: list[Any] = []

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> DuckDBAuditStore:
        """Open (creating when absent and writable) the audit log at `path`.

        Raises:
            StoreError: the file is held by another process (a running server) or is not an audit log.
        """
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
            raise StoreError(f"not an audit log ({type(exc).__name__})", where=str(path), fix=_NOT_A_LOG) from None
        try:
            # The trail's statements are small: handing each to a pool of threads costs the writer more
            # processor time than it saves (about a third of each commit's).
            connection.execute("SET threads = 1")
            if not read_only:
                connection.execute(TABLES)
                if not connection.execute("SELECT 1 FROM audit_schema").fetchall():
                    connection.execute("INSERT INTO audit_schema VALUES (?)", [SCHEMA_VERSION])
                if not connection.execute("SELECT 1 FROM audit_head").fetchall():
                    connection.execute("INSERT INTO audit_head VALUES (0, ?)", [GENESIS])
            else:
                connection.execute("SELECT count FROM audit_head LIMIT 1").fetchall()
            return cls(connection, path)
        except duckdb.Error as exc:
            connection.close()
            raise StoreError(f"not an audit log ({type(exc).__name__})", where=str(path), fix=_NOT_A_LOG) from None

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self._db.cursor()
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(sql, list(params)).fetchall()
            return rows
        finally:
            cursor.close()

    @contextmanager
    def reading(self) -> Iterator[_Cursor]:
        cursor = self._db.cursor()
        try:
            cursor.execute("BEGIN TRANSACTION")
            try:
                yield _Cursor(cursor)
            finally:
                cursor.execute("ROLLBACK")
        finally:
            cursor.close()

    @contextmanager
    def writing(self) -> Iterator[_Cursor]:
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._local.cursor = self._db.cursor()
            self._cursors.append(cursor)
        cursor.execute("BEGIN TRANSACTION")
        try:
            yield _Cursor(cursor)
            cursor.execute("COMMIT")
        except BaseException:
            try:
                cursor.execute("ROLLBACK")
            except Exception:  # noqa: S110 (the failed commit ended the transaction already)
                pass
            raise

    def close(self) -> None:
        for cursor in self._cursors:
            cursor.close()
        self._cursors.clear()
        self._db.close()
