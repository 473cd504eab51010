"""The audit chain on a real DuckDB file: appends from many threads, and verify naming the first bad record."""

from __future__ import annotations

import json
import threading
from itertools import pairwise
from pathlib import Path

import duckdb
import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings
from sanctioneer.store.audit import AUDIT_FILE, AuditEntry, AuditLog
from tests.api.conftest import AURUS


def _filled(path: Path, count: int = 6) -> None:
    with AuditLog.open(path) as log:
        for n in range(count):
            log.append(AuditEntry("assess", {"input": {"n": n}, "output": {"verdict": "review"}},
                                  decision_id=f"sha256:{n:064x}", key_name="erp"))


def _tamper(path: Path, *statements: str) -> None:
    db = duckdb.connect(str(path))
    for statement in statements:
        db.execute(statement)
    db.close()


def _verify(path: Path) -> tuple[bool, int | None, str | None]:
    with AuditLog.open(path, read_only=True) as log:
        result = log.verify()
    return result.intact, result.bad_seq, result.problem


def test_an_untouched_chain_verifies_and_links_each_record_to_the_one_before(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE
    _filled(path)
    assert _verify(path) == (True, None, None)
    with AuditLog.open(path, read_only=True) as log:
        records = list(log.records())
    assert [r.seq for r in records] == [1, 2, 3, 4, 5, 6]
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(records))


@pytest.mark.parametrize(("statements", "bad", "words"), [
    (["UPDATE audit_records SET body = replace(body, 'review', 'permitted') WHERE seq = 3"], 3, "altered"),
    (["UPDATE audit_records SET key_name = 'someone-else' WHERE seq = 5"], 5, "altered"),
    (["DELETE FROM audit_records WHERE seq = 2"], 3, "missing"),
    # Two records swapped in place, numbers kept: the second no longer follows the first.
    (["CREATE TABLE t AS SELECT * FROM audit_records WHERE seq IN (2, 4)",
      "UPDATE audit_records SET body = (SELECT body FROM t WHERE seq = 4), hash = (SELECT hash FROM t WHERE seq = 4),"
      " prev_hash = (SELECT prev_hash FROM t WHERE seq = 4) WHERE seq = 2"], 2, "follow"),
    (["DELETE FROM audit_records WHERE seq = 6"], 6, "newest records were deleted"),
])
def test_verify_names_the_first_edited_deleted_or_reordered_record(tmp_path: Path, statements: list[str], bad: int,
                                                                   words: str) -> None:
    path = tmp_path / AUDIT_FILE
    _filled(path)
    _tamper(path, *statements)
    intact, seq, problem = _verify(path)
    assert not intact and seq == bad and problem is not None and words in problem


def test_appends_from_many_threads_are_each_recorded_once_in_one_chain(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE
    seqs: list[int] = []
    lock = threading.Lock()
    with AuditLog.open(path) as log:

        def work(worker: int) -> None:
            for n in range(40):
                record = log.append(AuditEntry("screen", {"worker": worker, "n": n}))
                with lock:
                    seqs.append(record.seq)

        threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(seqs) == list(range(1, 321))
    assert _verify(path) == (True, None, None)
    with AuditLog.open(path, read_only=True) as log:
        bodies = {(json.loads(r.body)["worker"], json.loads(r.body)["n"]) for r in log.records()}
    assert len(bodies) == 320


def test_assess_record_then_audit_verify_show_and_export_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert main(["assess", str(AURUS), "--record", "--no-screen", "--format", "json"]) == 0
        decision = json.loads(capsys.readouterr().out)
        assert main(["audit", "verify"]) == 0
        assert "audit trail intact: 1 records" in capsys.readouterr().out
        assert main(["audit", "show", decision["decision_id"]]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["body"]["output"]["verdict"] == "prohibited" and shown["key"] is None
        assert main(["audit", "export"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 1
        _tamper(tmp_path / AUDIT_FILE, "UPDATE audit_records SET body = replace(body, 'prohibited', 'permitted')")
        assert main(["audit", "verify"]) == 3
        assert "BROKEN at record 1" in capsys.readouterr().out
        assert main(["audit", "show", "99"]) == 2
    finally:
        get_settings.cache_clear()


def test_a_held_or_missing_audit_log_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SANCTIONEER_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert main(["audit", "verify"]) == 2
        assert "no audit log yet" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()
