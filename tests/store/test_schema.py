"""The store's schema version: an older store is migrated in one transaction, a newer one is refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sanctioneer.errors import StoreError
from sanctioneer.parties.unsc import parse_un_xml
from sanctioneer.store.schema import SCHEMA_VERSION
from sanctioneer.store.snapshots import ListStore

# The tables as the store wrote them before it carried a schema version (version 1).
_VERSION_1 = """
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY, list_id VARCHAR NOT NULL, generated DATE NOT NULL, generated_at VARCHAR,
    sha256 VARCHAR NOT NULL, source VARCHAR, loaded_at TIMESTAMP DEFAULT current_timestamp,
    designations INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS designations (
    snapshot_id INTEGER NOT NULL, reference VARCHAR NOT NULL, kind VARCHAR NOT NULL, name VARCHAR NOT NULL,
    original_script VARCHAR, dates_of_birth VARCHAR[], nationalities VARCHAR[], regime VARCHAR, listed_on DATE,
    source_id VARCHAR, digest VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    snapshot_id INTEGER NOT NULL, reference VARCHAR NOT NULL, position INTEGER NOT NULL, name VARCHAR NOT NULL,
    quality VARCHAR
);
"""


def _version_1_store(path: Path) -> None:
    db = duckdb.connect(str(path))
    db.execute(_VERSION_1)
    db.execute("INSERT INTO snapshots (id, list_id, generated, generated_at, sha256, source, designations) VALUES "
               "(1, 'un-sc', DATE '2017-06-30', '2017-06-30T00:00:00Z', ?, "
               "'https://reader:s3cret@lists.example.org/un.xml', 1)", ["ab" * 32])
    db.execute("INSERT INTO designations VALUES (1, 'KPi.001', 'person', 'RI JE-SON', NULL, ['1938'], "
               "['DPRK'], 'DPRK', DATE '2009-07-16', '1', 'digest')")
    db.execute("INSERT INTO aliases VALUES (1, 'KPi.001', 0, 'Ri Che-son', 'Good')")
    db.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_store_from_before_schema_versions_is_migrated_and_keeps_its_snapshots(
    tmp_path: Path, un_dir: Path, read_only: bool
) -> None:
    path = tmp_path / "old.duckdb"
    _version_1_store(path)
    with ListStore.open(path, read_only=read_only) as store:
        (old,) = store.snapshots()
        (ri,) = store.designations(old.id)
    assert old.version == "un-sc@2017-06-30+abababababab"
    assert old.source == "https://***@lists.example.org/un.xml"
    assert (ri.reference, ri.name, [a.name for a in ri.aliases]) == ("KPi.001", "RI JE-SON", ["Ri Che-son"])
    with ListStore.open(path) as store:
        added = store.add(parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml"))
        assert [s.id for s in store.snapshots()] == [1, added.info.id]
    db = duckdb.connect(str(path), read_only=True)
    assert db.execute("SELECT max(version) FROM schema_version").fetchone() == (SCHEMA_VERSION,)
    assert db.execute("SELECT action, detail FROM store_log ORDER BY logged_at").fetchall()[0] == (
        "migrated", f"schema 1 to {SCHEMA_VERSION}")
    db.close()


def test_a_store_newer_than_this_code_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with ListStore.open(path):
        pass
    db = duckdb.connect(str(path))
    db.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    db.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            ListStore.open(path, read_only=read_only)
        message = str(caught.value)
        assert message.startswith(f"{path}: the store has schema version {SCHEMA_VERSION + 1}, newer than")
        assert "upgrade sanctioneer" in message
