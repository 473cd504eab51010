"""Snapshots are append-only: no load replaces one, bad lists are refused, removal is recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sanctioneer.errors import ListError, StoreError
from sanctioneer.parties.designation import Snapshot
from sanctioneer.parties.unsc import parse_un_xml
from sanctioneer.store.snapshots import ListStore


@pytest.fixture(scope="module")
def current(un_dir: Path) -> Snapshot:
    return parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml")


def _edited(snapshot: Snapshot, *, keep: int | None = None, digest: str = "e" * 64,
            generated: date | None = None) -> Snapshot:
    designations = snapshot.designations[:keep] if keep is not None else snapshot.designations[1:]
    return replace(snapshot, sha256=digest, designations=designations, generated=generated or snapshot.generated,
                   source="edited.xml")


def test_a_list_dated_after_today_is_refused_and_changes_nothing(current: Snapshot, tmp_path: Path) -> None:
    with ListStore.open(tmp_path / "s.duckdb") as store:
        with pytest.raises(ListError) as caught:
            store.add(current, today=date(2026, 5, 7))
        assert store.snapshots() == ()
        assert store.add(current, today=date(2026, 5, 8)).status == "added"
    message = str(caught.value)
    assert message.startswith("consolidated.xml: refused: the list is dated 2026-05-08, after today (2026-05-07)")
    assert "dateGenerated" in message and "clock" in message


def test_a_list_that_lost_most_designations_is_refused_unless_forced_and_the_force_is_recorded(
    current: Snapshot, tmp_path: Path
) -> None:
    partial = _edited(current, keep=400)
    with ListStore.open(tmp_path / "s.duckdb") as store:
        store.add(current)
        with pytest.raises(ListError) as caught:
            store.add(partial)
        assert len(store.snapshots()) == 1
        loaded = store.add(partial, force=True)
        history = store.snapshots()
    assert "400 designations, fewer than half of the 1009" in str(caught.value)
    assert "--force" in str(caught.value)
    assert loaded.status == "added" and "forced: 400 designations" in loaded.note
    assert [(s.designations, s.forced.startswith("forced: 400 designations")) for s in history] == [
        (1009, False), (400, True)]


def test_half_the_designations_is_still_accepted(current: Snapshot, tmp_path: Path) -> None:
    with ListStore.open(tmp_path / "s.duckdb") as store:
        store.add(current)
        assert store.add(_edited(current, keep=505)).status == "added"


def test_a_different_file_with_the_same_date_is_kept_beside_the_first_which_stays_resolvable(
    current: Snapshot, tmp_path: Path
) -> None:
    other = _edited(current)
    with ListStore.open(tmp_path / "s.duckdb") as store:
        first = store.add(current).info
        second = store.add(other)
        both = store.snapshots("un-sc")
        in_force = store.in_force("un-sc", date(2026, 5, 8))
        cited = store.resolve(first.version)
        cited_rows = store.designations(cited.id)
    assert second.status == "added"
    assert f"another snapshot of 2026-05-08 is kept ({first.version})" in second.note
    assert [s.version for s in both] == [first.version, second.info.version]
    assert [(s.version, later) for s, later in in_force] == [(second.info.version, False)]
    assert cited == first and len(cited_rows) == 1009


def test_a_removed_snapshot_is_out_of_use_recorded_and_restored_by_loading_it_again(
    current: Snapshot, tmp_path: Path
) -> None:
    older = _edited(current, generated=date(2026, 2, 1), digest="a" * 64)
    with ListStore.open(tmp_path / "s.duckdb") as store:
        store.add(older)
        bad = store.add(current).info
        removed = store.remove(bad, note="loaded by mistake")
        assert [s.generated for s in store.snapshots()] == [date(2026, 2, 1)]
        assert store.in_force("un-sc", None)[0][0].generated == date(2026, 2, 1)
        with pytest.raises(StoreError, match="already removed"):
            store.remove(removed)
        everything = store.snapshots(include_removed=True)
        # A decision that cited the removed snapshot can still be explained from its rows.
        cited = store.resolve(bad.version, include_removed=True)
        assert cited.removed and len(store.designations(cited.id)) == 1009
        with pytest.raises(StoreError, match="no snapshot of un-sc dated 2026-05-08"):
            store.resolve(bad.version)
        restored = store.add(current)
        assert store.in_force("un-sc", None)[0][0].version == bad.version
    assert removed.removed.endswith(" (loaded by mistake)")
    assert [bool(s.removed) for s in everything] == [False, True]
    assert restored.status == "restored" and not restored.info.removed


def test_a_label_naming_two_snapshots_is_refused_where_it_must_be_unique(current: Snapshot, tmp_path: Path) -> None:
    with ListStore.open(tmp_path / "s.duckdb") as store:
        store.add(current)
        store.add(_edited(current))
        with pytest.raises(StoreError) as caught:
            store.resolve("un-sc@2026-05-08", unique=True)
        assert store.resolve("un-sc@2026-05-08+eeee").sha256 == "e" * 64
    assert "fits 2 snapshots" in str(caught.value) and "un-sc@2026-05-08+1f1b3bfe29a5" in str(caught.value)


def test_credentials_in_a_source_address_are_never_stored(current: Snapshot, tmp_path: Path) -> None:
    secret = replace(current, source="https://user:hunter2@example.org/list.xml?api_key=abc123&lang=en")
    with ListStore.open(tmp_path / "s.duckdb") as store:
        info = store.add(secret).info
    assert info.source == "https://***@example.org/list.xml?api_key=***&lang=en"
    assert b"hunter2" not in (tmp_path / "s.duckdb").read_bytes()
