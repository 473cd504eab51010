"""The audit trail in a PostgreSQL database (SANCTIONEER_AUDIT_URL), which several servers may append to at once.

The tables and records are those of the DuckDB file. Each append is one transaction that reads the
chain's head with `SELECT ... FOR UPDATE`, so a second writer waits for the first one's commit and
then follows its last record: one unbroken chain however many processes write. The driver
(psycopg) is imported only when an address is set.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sanctioneer.errors import InputError, StoreError
from sanctioneer.store.audit import GENESIS, SCHEMA_VERSION, TABLES

__all__ = ["SETTING", "PostgresAuditStore", "check_url", "redact"]

SETTING = "SANCTIONEER_AUDIT_URL"
_FORM = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
# Any number taken by every process that creates the tables, so two first starts do not race.
_CREATE_LOCK = 0x5A7C_A0D1
# Seconds to wait for the server to answer a connection, unless the address says otherwise.
_CONNECT_TIMEOUT = 10


def _userinfo(url: str) -> tuple[int, int] | None:
    """Where the user and password of `url` are: from after :// to its last @ before any query.

    A password written without percent-encoding may hold @, : or /: everything up to the last @
    is taken as user and password, so none of it is ever shown.
    """
    start = url.find("://")
    if start < 0:
        return None
    start += 3
    end = url.rfind("@", start, len(url) if "?" not in url[start:] else url.index("?", start))
    return (start, end) if end >= 0 else None


def redact(url: str) -> str:
    """`url` with its password (in the address or as a parameter) replaced by ***."""
    found = _userinfo(url)
    if found is not None:
        start, end = found
        user = url[start:end].split(":", 1)[0]
        url = f"{url[:start]}{user}:***{url[end:]}" if ":" in url[start:end] else url
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", url, flags=re.IGNORECASE)


def check_url(url: str) -> str:
    """Return `url` if it is a PostgreSQL address (postgresql:// or postgres://).

    Raises:
        InputError: naming SANCTIONEER_AUDIT_URL, with the form expected; the password is never shown.
    """
    if not re.match(r"postgres(ql)?://[^\s]*$", url, flags=re.IGNORECASE):
        shown = redact(url) if "://" in url else "a value without a scheme"
        raise InputError(f"expected a PostgreSQL address, got {shown!r}", where=SETTING,
                         fix=f"set it to {_FORM}, or leave it empty for the DuckDB file in SANCTIONEER_HOME")
    return url


def _driver() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError("the PostgreSQL driver is not installed", where=SETTING,
                         fix="pip install 'sanctioneer[postgres]', or leave SANCTIONEER_AUDIT_URL empty") from None
    return psycopg


def _connection_error(exc: Exception, url: str) -> StoreError:
    """A one-line error for a connection that failed: what went wrong and what to change, no password."""
    text = str(exc)
    shown = redact(url)
    password = _password(url)
    if "password authentication failed" in text or "no password supplied" in text:
        user = re.search(r'for user "([^"]*)"', text)
        who = f"the user {user.group(1)!r} and its password" if user else "the user and password"
        return StoreError(f"the PostgreSQL server at {shown} refused {who}", where=SETTING,
                          fix="correct the user and password in SANCTIONEER_AUDIT_URL")
    missing = re.search(r'database "([^"]*)" does not exist', text)
    if missing:
        return StoreError(f"the PostgreSQL server at {shown} has no database {missing.group(1)!r}", where=SETTING,
                          fix=f"create it (createdb {missing.group(1)}) or correct the database in "
                              "SANCTIONEER_AUDIT_URL")
    if any(words in text for words in ("Connection refused", "timeout expired", "failed to resolve host",
                                       "could not translate host name", "No route to host", "Network is unreachable",
                                       "No such file or directory")):
        return StoreError(f"cannot reach the PostgreSQL server at {shown}", where=SETTING,
                          fix="start the server, or correct the host and port in SANCTIONEER_AUDIT_URL")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if password:
        first = first.replace(password, "***")
    return StoreError(f"cannot open the audit log at {shown}: {first}", where=SETTING,
                      fix=f"check SANCTIONEER_AUDIT_URL ({_FORM}) and the server")


def _password(url: str) -> str | None:
    where = _userinfo(url)
    if where is not None and ":" in url[where[0]:where[1]]:
        return url[where[0]:where[1]].split(":", 1)[1] or None
    found = re.search(r"[?&]password=([^&#]*)", url, flags=re.IGNORECASE)
    return found.group(1) if found and found.group(1) else None


def _sql(sql: str) -> str:
    """The audit log's SQL (with ? for each parameter) in the driver's style (%s)."""
    return sql.replace("?", "%s")


class _Transaction:
    """A psycopg connection inside a transaction, as an audit `Transaction`."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._connection.execute(_sql(sql), list(params)).fetchall()
        return rows

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._connection.execute(_sql(sql), list(params))


class PostgresAuditStore:
    """The chain's tables in a PostgreSQL database; build with `connect`.

    Two connections: one appends (one transaction per batch, the head row locked), one reads.
    A connection the server dropped is opened again on next use.
    """

    shared = True
    lock_head = " FOR UPDATE"
    write_fix = ("check the PostgreSQL server; nothing of this batch was recorded, unless the connection "
                 "broke during the commit itself (`audit show` tells)")
    column_insert = ""

    def __init__(self, url: str, writer: Any, reader: Any) -> None:
        self._url = url
        self.where = f"{SETTING} ({redact(url)})"
        self._psycopg = _driver()
        self.failures: tuple[type[BaseException], ...] = (self._psycopg.Error,)
        self._writer = writer
        self._reader = reader
        self._read_lock = threading.Lock()

    @classmethod
    def connect(cls, url: str, *, read_only: bool = False) -> PostgresAuditStore:
        """Connect to the database at `url`, creating the audit tables there when absent (unless `read_only`).

        Raises:
            InputError: `url` is not a PostgreSQL address.
            StoreError: the server cannot be reached, refuses the user, or holds no audit log (read-only).
        """
        check_url(url)
        psycopg = _driver()
        reader = cls._open(psycopg, url)
        writer = None
        try:
            if not read_only:
                writer = cls._open(psycopg, url)
            store = cls(url, writer, reader)
            store._prepare(read_only=read_only)
        except BaseException:
            reader.close()
            if writer is not None:
                writer.close()
            raise
        return store

    @staticmethod
    def _open(psycopg: Any, url: str) -> Any:
        try:
            params = psycopg.conninfo.conninfo_to_dict(url)
        except psycopg.Error:
            raise InputError("the PostgreSQL address cannot be read", where=SETTING,
                             fix=f"give it as {_FORM} (a password with @, : or / percent-encoded)") from None
        params.setdefault("connect_timeout", _CONNECT_TIMEOUT)
        params.setdefault("application_name", "sanctioneer")
        try:
            return psycopg.connect(autocommit=True, **params)
        except psycopg.Error as exc:
            raise _connection_error(exc, url) from None

    def _prepare(self, *, read_only: bool) -> None:
        psycopg = self._psycopg
        try:
            found = self._reader.execute("SELECT to_regclass('audit_records') IS NOT NULL "
                                         "AND to_regclass('audit_head') IS NOT NULL").fetchone()
            if read_only and not (found and found[0]):
                raise StoreError("no audit log yet", where=self.where,
                                 fix="decisions are recorded by `sanctioneer serve` and by `assess --record`")
            if read_only or (found and found[0]):
                # Made already: a user allowed only to read and append (no CREATE) works on them.
                self._reader.execute("SELECT count FROM audit_head LIMIT 1").fetchall()
                return
            with self._writer.transaction():
                self._writer.execute("SELECT pg_advisory_xact_lock(%s)", [_CREATE_LOCK])
                for statement in TABLES.split(";"):
                    if statement.strip():
                        self._writer.execute(statement)
                if not self._writer.execute("SELECT 1 FROM audit_schema").fetchall():
                    self._writer.execute("INSERT INTO audit_schema VALUES (%s)", [SCHEMA_VERSION])
                if not self._writer.execute("SELECT 1 FROM audit_head").fetchall():
                    self._writer.execute("INSERT INTO audit_head VALUES (0, %s)", [GENESIS])
        except psycopg.Error as exc:
            raise StoreError(f"the audit tables cannot be {'read' if read_only else 'created'} "
                             f"({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''})",
                             where=self.where,
                             fix="give the user in SANCTIONEER_AUDIT_URL the right to create tables in its schema, "
                                 "or point it at a database of its own") from None

    def _live(self, connection: Any) -> Any:
        if connection.closed or connection.broken:
            connection.close()
            return self._open(self._psycopg, self._url)
        return connection

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._read_lock:
            self._reader = self._live(self._reader)
            try:
                rows: list[tuple[Any, ...]] = self._reader.execute(_sql(sql), list(params)).fetchall()
            except self._psycopg.Error as exc:
                raise StoreError(f"the audit log cannot be read ({type(exc).__name__})", where=self.where,
                                 fix="check the PostgreSQL server") from None
            return rows

    @contextmanager
    def reading(self) -> Iterator[_Transaction]:
        with self._read_lock:
            self._reader = self._live(self._reader)
            try:
                with self._reader.transaction():
                    self._reader.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    yield _Transaction(self._reader)
            except self._psycopg.Error as exc:
                raise StoreError(f"the audit log cannot be read ({type(exc).__name__})", where=self.where,
                                 fix="check the PostgreSQL server") from None

    @contextmanager
    def writing(self) -> Iterator[_Transaction]:
        if self._writer is None:
            raise StoreError("the audit log was opened to read only", where=self.where,
                             fix="open it without read_only to append")
        self._writer = self._live(self._writer)
        with self._writer.transaction():
            yield _Transaction(self._writer)

    def close(self) -> None:
        self._reader.close()
        if self._writer is not None:
            self._writer.close()
