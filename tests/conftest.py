"""Test-wide set-up: no test touches the user's own store; the UN list files are read in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctioneer.settings import get_settings
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
