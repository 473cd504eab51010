"""One as-of rule: `lists show --as-of` and `screen --as-of` pick the same snapshot on every date."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.parties.unsc import parse_un_xml
from sanctioneer.settings import get_settings
from sanctioneer.store.snapshots import ListStore


def _dates(store_path: Path) -> list[date]:
    with ListStore.open(store_path, read_only=True) as store:
        generated = sorted({s.generated for s in store.snapshots()})
    # Before the oldest, after the newest, and alternately on a snapshot's date and on the day before it
    # (between two snapshots): every snapshot is chosen at least once, in force or read by listed-on date.
    spread = {generated[0] - timedelta(days=400), generated[-1] + timedelta(days=30)}
    spread |= {day - timedelta(days=position % 2) for position, day in enumerate(generated)}
    return sorted(spread)


def _shown_and_screened(on: date, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    assert main(["lists", "show", "--as-of", on.isoformat(), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert main(["screen", "Choe Sok Min", "--as-of", on.isoformat(), "--format", "json"]) == 0
    screened = json.loads(capsys.readouterr().out)
    return [shown["version"], *([shown["listed_by_date_from"]] if shown["listed_by_date_from"] else [])], \
        screened["lists"]


def test_lists_show_and_screen_agree_on_every_date_over_the_history(
    history_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(history_store.parent))
    get_settings.cache_clear()
    chosen: dict[date, list[str]] = {}
    for on in _dates(history_store):
        shown, screened = _shown_and_screened(on, capsys)
        assert shown == screened, on
        chosen[on] = [version.split("+")[0] for version in screened]
    get_settings.cache_clear()
    assert len(chosen) == 18
    # In force: the latest on or before the date; the next one is read by listed-on date only.
    assert chosen[date(2018, 6, 21)] == ["un-sc@2018-06-21", "un-sc@2018-08-24"]
    assert chosen[date(2018, 6, 6)] == ["un-sc@2017-07-03", "un-sc@2018-06-07"]
    assert chosen[date(2016, 5, 16)] == ["un-sc@2017-06-20"]
    assert chosen[date(2026, 6, 7)] == ["un-sc@2026-05-08"]


def test_of_two_snapshots_with_one_date_both_commands_use_the_one_loaded_later(
    home: Path, un_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    current = parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml")
    older = parse_un_xml((un_dir / "history" / "consolidated-2026-02-27.xml").read_bytes(), where="old.xml")
    # A second file of the older date, loaded after the first: it is the one in force on that date.
    twin = replace(older, sha256="0" * 64, designations=older.designations[1:], source="twin.xml")
    with ListStore.open(home / "sanctioneer.duckdb") as store:
        store.add(older)
        store.add(current)
        store.add(twin)
    for on in (date(2026, 2, 27), date(2026, 3, 1)):
        shown, screened = _shown_and_screened(on, capsys)
        assert shown == screened == [twin.version, current.version], on
    assert _shown_and_screened(date(2026, 1, 1), capsys) == ([twin.version], [twin.version])
    assert _shown_and_screened(date(2026, 5, 8), capsys) == ([current.version], [current.version])
