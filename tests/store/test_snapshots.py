import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sanctioneer.errors import StoreError
from sanctioneer.parties.unsc import parse_un_xml
from sanctioneer.store.snapshots import ListStore


def test_every_snapshot_is_stored_in_date_order(history_store: Path) -> None:
    with ListStore.open(history_store, read_only=True) as store:
        snapshots = store.snapshots("un-sc")
    assert len(snapshots) == 16
    assert snapshots[0].generated == date(2017, 6, 20) and snapshots[0].designations == 1024
    assert snapshots[-1].generated == date(2026, 5, 8) and snapshots[-1].designations == 1009


def test_first_and_last_seen_follow_the_snapshots(history_store: Path) -> None:
    with ListStore.open(history_store, read_only=True) as store:
        (choe,) = store.seen("un-sc", "KPi.064")
        gone = {s.reference: s for s in store.seen("un-sc")}["QDi.168"]
    assert (choe.first_seen, choe.last_seen, choe.listed_on) == (date(2018, 6, 7), date(2026, 5, 8), date(2017, 12, 22))
    assert (gone.first_seen, gone.last_seen) == (date(2017, 6, 20), date(2017, 6, 30))


def test_diffs_agree_with_the_reference_numbers_published_beside_the_files(history_store: Path, un_dir: Path) -> None:
    published = json.loads((un_dir / "history" / "diffs.json").read_text())["diffs"]
    with ListStore.open(history_store, read_only=True) as store:
        by_date = {s.generated: s for s in store.snapshots("un-sc")}
        for entry in published:
            old, new = (parse_un_xml((un_dir.parent.parent.parent / p).read_bytes(), where=p).generated
                        for p in (entry["old"], entry["new"]))
            diff = store.diff(by_date[old], by_date[new])
            assert [r for r, _ in diff.added] == sorted(entry["added"])
            assert [r for r, _ in diff.removed] == sorted(entry["removed"])


def test_loading_the_same_file_twice_changes_nothing(un_dir: Path, tmp_path: Path) -> None:
    snapshot = parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml")
    with ListStore.open(tmp_path / "s.duckdb") as store:
        assert store.add(snapshot).status == "added"
        assert store.add(snapshot).status == "unchanged"
        assert len(store.snapshots()) == 1


def test_a_failed_write_leaves_the_store_as_it_was(un_dir: Path, tmp_path: Path) -> None:
    good = parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml")
    broken = replace(good, generated=date(2026, 6, 1), sha256="0" * 64,
                     designations=(*good.designations, replace(good.designations[0], listed_on="not a date")))  # type: ignore[arg-type]
    with ListStore.open(tmp_path / "s.duckdb") as store:
        store.add(good)
        with pytest.raises(Exception):
            store.add(broken)
        assert [s.generated for s in store.snapshots()] == [date(2026, 5, 8)]
        assert len(store.designations(store.snapshots()[0].id)) == 1009


def test_a_missing_store_says_how_to_load_a_list(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        ListStore.open(tmp_path / "none.duckdb", read_only=True)
    assert "no list loaded" in str(caught.value)
    assert "sanctioneer lists update" in str(caught.value)
