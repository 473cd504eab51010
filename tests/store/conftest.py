"""Shared fixtures: the UN list files read in place, and a store holding every snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

UN_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "un"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
