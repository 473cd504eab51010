"""The store's tables, its schema version, and the migrations that bring an older store up to date.

Version 1 is the store before it carried a version: snapshots keyed by list and
date, a later file replacing an earlier one of the same date. Version 2 makes
snapshots append-only: no snapshot is ever deleted or overwritten, a forced load
and a removal are recorded on the snapshot, and every change goes to a log.
A store written by a newer version is refused rather than misread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sanctioneer.errors import StoreError

__all__ = ["SCHEMA_VERSION", "create", "migrate", "version_of"]

SCHEMA_VERSION = 2

_TABLES = """
CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    list_id VARCHAR NOT NULL,
    generated DATE NOT NULL,
    generated_at VARCHAR,
    sha256 VARCHAR NOT NULL,
    source VARCHAR,
    loaded_at TIMESTAMP DEFAULT current_timestamp,
    designations INTEGER NOT NULL,
    forced VARCHAR,
    removed_at TIMESTAMP,
    removed_note VARCHAR
);
CREATE TABLE designations (
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
CREATE TABLE aliases (
    snapshot_id INTEGER NOT NULL,
    reference VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    quality VARCHAR
);
CREATE TABLE store_log (
    logged_at TIMESTAMP DEFAULT current_timestamp,
    action VARCHAR NOT NULL,
    version VARCHAR,
    detail VARCHAR
);
"""


def _tables(db: Any) -> set[str]:
    rows = db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {str(r[0]) for r in rows}


def version_of(db: Any) -> int:
    """Return the schema version of an open store: 0 when empty, 1 for a store from before versions."""
    tables = _tables(db)
    if "schema_version" in tables:
        row = db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0
    return 1 if "snapshots" in tables else 0


def create(db: Any) -> None:
    """Create the tables of the current schema in an empty store."""
    db.execute(_TABLES)
    db.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])


def _from_1(db: Any, redact: Callable[[str], str]) -> None:
    for statement in (
        "ALTER TABLE snapshots ADD COLUMN forced VARCHAR",
        "ALTER TABLE snapshots ADD COLUMN removed_at TIMESTAMP",
        "ALTER TABLE snapshots ADD COLUMN removed_note VARCHAR",
        "CREATE TABLE store_log (logged_at TIMESTAMP DEFAULT current_timestamp, action VARCHAR NOT NULL, "
        "version VARCHAR, detail VARCHAR)",
        "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)",
    ):
        db.execute(statement)
    # Version 1 stored download addresses as given, credentials included.
    for snapshot_id, source in db.execute("SELECT id, source FROM snapshots WHERE source IS NOT NULL").fetchall():
        clean = redact(str(source))
        if clean != source:
            db.execute("UPDATE snapshots SET source = ? WHERE id = ?", [clean, snapshot_id])


_STEPS = {1: _from_1}


def migrate(db: Any, found: int, *, where: str, redact: Callable[[str], str]) -> None:
    """Bring a store of schema `found` to the current schema in one transaction.

    Raises:
        StoreError: the store is newer than this code, or a step fails (the store is then unchanged).
    """
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {found}, newer than this Sanctioneer reads (up to {SCHEMA_VERSION})",
            where=where,
            fix="upgrade sanctioneer, or set SANCTIONEER_HOME to another folder; the store was not changed",
        )
    if found == SCHEMA_VERSION:
        return
    db.execute("BEGIN TRANSACTION")
    try:
        if found == 0:
            create(db)
        else:
            for step in range(found, SCHEMA_VERSION):
                _STEPS[step](db, redact)
            db.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
            db.execute("INSERT INTO store_log (action, detail) VALUES ('migrated', ?)",
                       [f"schema {found} to {SCHEMA_VERSION}"])
        db.execute("COMMIT")
    except BaseException:
        _rollback(db)
        raise


def _rollback(db: Any) -> None:
    import duckdb

    try:
        db.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the failed commit ended the transaction already
