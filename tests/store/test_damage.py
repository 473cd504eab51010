"""A damaged store or a full disk is a store error naming the file and the fix, never an internal error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sanctioneer.store.snapshots import ListStore


def _store_with_a_list(home: Path, un_dir: Path) -> Path:
    from sanctioneer.cli import main

    assert main(["lists", "load", "un-sc", str(un_dir / "consolidated.xml")]) == 0
    return home / "sanctioneer.duckdb"


@pytest.mark.parametrize("keep", [12288, 300000, 1000000])
def test_a_truncated_store_is_a_store_error_naming_the_file_and_the_fix(
    home: Path, un_dir: Path, keep: int, capsys: pytest.CaptureFixture[str]
) -> None:
    from sanctioneer.cli import main

    path = _store_with_a_list(home, un_dir)
    path.write_bytes(path.read_bytes()[:keep])
    capsys.readouterr()
    for argv in (["lists", "show"], ["screen", "Choe Sok Min"], ["lists", "history"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith(f"error: {path}: cannot "), err
        assert "truncated or damaged" in err and "restore it from a backup" in err
        assert "please report" not in err and len(err.splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file size limits are set with setrlimit")
def test_a_full_disk_is_a_store_error_and_keeps_the_last_snapshot(home: Path, un_dir: Path) -> None:
    # A disk that fills up mid-write, simulated by a file size limit on the process that writes.
    _store_with_a_list(home, un_dir)
    limit = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
             "resource.setrlimit(resource.RLIMIT_FSIZE, (50000, 50000)); "
             "from sanctioneer.cli import main; sys.exit(main(sys.argv[1:]))")
    older = un_dir / "history" / "consolidated-2026-02-27.xml"
    run = subprocess.run([sys.executable, "-c", limit, "lists", "load", "un-sc", str(older)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"error: {home / 'sanctioneer.duckdb'}: cannot write the store")
    assert "free disk space" in run.stderr and "please report" not in run.stderr
    with ListStore.open(home / "sanctioneer.duckdb", read_only=True) as store:
        assert [s.version for s in store.snapshots()] == ["un-sc@2026-05-08+1f1b3bfe29a5"]
