"""Test-wide set-up: no test touches the user's own store; the UN list files are read in place."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from sanctioneer.settings import get_settings
from sanctioneer.store.audit import AUDIT_FILE, AuditLog
from tests.factory import SHARED

UN_DIR = SHARED / "data" / "un"


@pytest.fixture(autouse=True, scope="session")
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("sanctioneer-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("SANCTIONEER_HOME", str(home))
    get_settings.cache_clear()
    yield home
    patch.undo()
    get_settings.cache_clear()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty SANCTIONEER_HOME of the test's own."""
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def un_dir() -> Path:
    if not (UN_DIR / "consolidated.xml").exists():
        pytest.skip(f"the UN list files are not present next to the repository ({UN_DIR})")
    return UN_DIR


@pytest.fixture(scope="session")
def history_store(un_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the 15 dated snapshots and the current list."""
    from sanctioneer.parties.unsc import parse_un_xml
    from sanctioneer.store.snapshots import ListStore

    path = tmp_path_factory.mktemp("store") / "sanctioneer.duckdb"
    files = [*sorted((un_dir / "history").glob("consolidated-*.xml")), un_dir / "consolidated.xml"]
    with ListStore.open(path) as store:
        for file in files:
            store.add(parse_un_xml(file.read_bytes(), where=file.name))
    return path


#: A PostgreSQL database the audit trail's tests may create schemas in (.ci/run starts one).
POSTGRES_URL = os.environ.get("SANCTIONEER_TEST_POSTGRES_URL", "").strip()


def postgres_url() -> str:
    """The test database's address; skips without one, but fails under CI, where .ci/run starts one."""
    if not POSTGRES_URL:
        why = ("no PostgreSQL to test the audit trail against: set SANCTIONEER_TEST_POSTGRES_URL="
               "postgresql://USER:PASSWORD@127.0.0.1:PORT/DATABASE (.ci/run starts one from Debian's package)")
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return POSTGRES_URL


def in_schema(url: str, schema: str) -> str:
    """`url` with every table looked up and created in `schema`."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@dataclass
class AuditPlace:
    """Where a test's audit trail lives: the DuckDB file in its home, or a fresh schema in PostgreSQL."""

    kind: str
    home: Path
    url: str | None = None
    schema: str | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment that points the command line and the server at this audit trail."""
        return {"SANCTIONEER_HOME": str(self.home), **({"SANCTIONEER_AUDIT_URL": self.url} if self.url else {})}

    def open(self, *, read_only: bool = False) -> AuditLog:
        if self.url:
            return AuditLog.connect(self.url, read_only=read_only)
        return AuditLog.open(self.home / AUDIT_FILE, read_only=read_only)

    def tamper(self, *statements: str) -> None:
        """Run SQL on the store directly, as someone with write access to it would."""
        if self.url:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as connection:
                for statement in statements:
                    connection.execute(statement)
            return
        import duckdb

        db = duckdb.connect(str(self.home / AUDIT_FILE))
        for statement in statements:
            db.execute(statement)
        db.close()


@pytest.fixture(params=["duckdb", "postgresql"])
def audit_place(request: pytest.FixtureRequest, home: Path) -> Iterator[AuditPlace]:
    """The same audit tests on both stores: DuckDB always, PostgreSQL where SANCTIONEER_TEST_POSTGRES_URL is set."""
    if request.param == "duckdb":
        yield AuditPlace("duckdb", home)
    else:
        with _postgres_place(home) as place:
            yield place


@pytest.fixture
def postgres_place(home: Path) -> Iterator[AuditPlace]:
    """An audit trail in a fresh PostgreSQL schema, for what only PostgreSQL does (several writing processes)."""
    with _postgres_place(home) as place:
        yield place


@contextmanager
def _postgres_place(home: Path) -> Iterator[AuditPlace]:
    import psycopg

    base = postgres_url()
    schema = f"audit_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield AuditPlace("postgresql", home, in_schema(base, schema), schema)
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")
