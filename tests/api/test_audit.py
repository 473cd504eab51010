"""The audit chain on both stores (a real DuckDB file, a real PostgreSQL database): appends from many threads,
and verify naming the first bad record the same way on each."""

from __future__ import annotations

import json
import threading
from itertools import pairwise

import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings
from sanctioneer.store.audit import AuditEntry
from tests.api.conftest import AURUS
from tests.conftest import AuditPlace


def _filled(place: AuditPlace, count: int = 6) -> None:
    with place.open() as log:
        for n in range(count):
            log.append(AuditEntry("assess", {"input": {"n": n}, "output": {"verdict": "review"}},
                                  decision_id=f"sha256:{n:064x}", key_name="erp"))


def _verify(place: AuditPlace) -> tuple[bool, int | None, str | None]:
    with place.open(read_only=True) as log:
        result = log.verify()
    return result.intact, result.bad_seq, result.problem


def test_an_untouched_chain_verifies_and_links_each_record_to_the_one_before(audit_place: AuditPlace) -> None:
    _filled(audit_place)
    assert _verify(audit_place) == (True, None, None)
    with audit_place.open(read_only=True) as log:
        records = list(log.records())
        assert log.count == 6
    assert [r.seq for r in records] == [1, 2, 3, 4, 5, 6]
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(records))
    assert [json.loads(r.body)["input"]["n"] for r in records] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(("statements", "bad", "words"), [
    (["UPDATE audit_records SET body = replace(body, 'review', 'permitted') WHERE seq = 3"], 3, "altered"),
    (["UPDATE audit_records SET key_name = 'someone-else' WHERE seq = 5"], 5, "altered"),
    (["DELETE FROM audit_records WHERE seq = 2"], 3, "missing"),
    # Two records swapped in place, numbers kept: the second no longer follows the first.
    (["CREATE TABLE t AS SELECT * FROM audit_records WHERE seq IN (2, 4)",
      "UPDATE audit_records SET body = (SELECT body FROM t WHERE seq = 4), hash = (SELECT hash FROM t WHERE seq = 4),"
      " prev_hash = (SELECT prev_hash FROM t WHERE seq = 4) WHERE seq = 2"], 2, "follow"),
    # Renumbered to swap places: record 3 then comes where 4 was.
    (["UPDATE audit_records SET seq = -seq WHERE seq IN (3, 4)",
      "UPDATE audit_records SET seq = 4 WHERE seq = -3", "UPDATE audit_records SET seq = 3 WHERE seq = -4"],
     3, "follow"),
    (["DELETE FROM audit_records WHERE seq = 6"], 6, "newest records were deleted"),
])
def test_verify_names_the_first_edited_deleted_or_reordered_record(audit_place: AuditPlace, statements: list[str],
                                                                   bad: int, words: str) -> None:
    _filled(audit_place)
    audit_place.tamper(*statements)
    intact, seq, problem = _verify(audit_place)
    assert not intact and seq == bad and problem is not None and words in problem


def test_appends_from_many_threads_are_each_recorded_once_in_one_chain(audit_place: AuditPlace) -> None:
    seqs: list[int] = []
    lock = threading.Lock()
    with audit_place.open() as log:

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
    assert _verify(audit_place) == (True, None, None)
    with audit_place.open(read_only=True) as log:
        bodies = {(json.loads(r.body)["worker"], json.loads(r.body)["n"]) for r in log.records()}
    assert len(bodies) == 320


def test_a_burst_of_appends_is_recorded_whole_and_in_the_order_it_was_queued(audit_place: AuditPlace) -> None:
    # Queued faster than one commit takes: the writer commits them in a few large transactions.
    entries = [AuditEntry("assess", {"input": {"n": n, "name": "Ryugyong Trading 류경"},
                                     "output": {"verdict": "review"}},
                          decision_id=f"sha256:{n:064x}" if n % 3 else None, key_name="erp" if n % 2 else None)
               for n in range(200)]
    with audit_place.open() as log:
        futures = [log.submit(entry) for entry in entries]
        records = [future.result() for future in futures]
    assert [r.seq for r in records] == list(range(1, 201))
    assert _verify(audit_place) == (True, None, None)
    with audit_place.open(read_only=True) as log:
        stored = list(log.records())
    assert stored == records
    assert [(json.loads(r.body), r.decision_id, r.key_name) for r in stored] == [
        (e.body, e.decision_id, e.key_name) for e in entries]


def test_assess_record_then_audit_verify_show_and_export_on_the_command_line(
        audit_place: AuditPlace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in audit_place.env.items():
        monkeypatch.setenv(name, value)
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
        audit_place.tamper("UPDATE audit_records SET body = replace(body, 'prohibited', 'permitted')")
        assert main(["audit", "verify"]) == 3
        assert "BROKEN at record 1" in capsys.readouterr().out
        assert main(["audit", "show", "99"]) == 2
    finally:
        get_settings.cache_clear()


def test_a_missing_audit_log_is_a_clear_error(audit_place: AuditPlace, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in audit_place.env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        assert main(["audit", "verify"]) == 2
        err = capsys.readouterr().err
        assert "no audit log yet" in err and len(err.splitlines()) == 1
    finally:
        get_settings.cache_clear()
