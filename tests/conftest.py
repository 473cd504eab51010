"""Test-wide set-up: no test reads or writes the user's own store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctioneer.settings import get_settings


@pytest.fixture(autouse=True, scope="session")
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("sanctioneer-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("SANCTIONEER_HOME", str(home))
    get_settings.cache_clear()
    yield home
    patch.undo()
    get_settings.cache_clear()
