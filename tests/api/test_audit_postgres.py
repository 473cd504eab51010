"""The audit trail in PostgreSQL: several processes and servers appending to one chain, and a bad address refused.

Against the real server that SANCTIONEER_TEST_POSTGRES_URL names (.ci/run starts one); each test
works in a schema of its own.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from sanctioneer.store.audit import AuditEntry, AuditLog
from sanctioneer.store.keys import KEYS_FILE, KeyStore
from tests.api.conftest import AURUS, ROOT, free_port, start_server
from tests.conftest import AuditPlace, postgres_url

_WRITER = """
import json, sys, threading, time
from pathlib import Path
from sanctioneer.store.audit import AuditEntry, AuditLog

url, worker, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
seqs = []
with AuditLog.connect(url) as log:
    while not go.exists():
        time.sleep(0.005)
    def work(thread):
        for n in range(40):
            seqs.append(log.append(AuditEntry("screen", {"worker": worker, "thread": thread, "n": n})).seq)
    threads = [threading.Thread(target=work, args=(t,)) for t in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(json.dumps(seqs))
"""


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env}, timeout=60, check=False)


def test_appends_from_several_processes_at_once_form_one_chain_with_every_record_once(
        postgres_place: AuditPlace, tmp_path: Path) -> None:
    go = tmp_path / "go"
    assert postgres_place.url is not None
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, postgres_place.url, str(w), str(go)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(4)]
    time.sleep(1.0)
    go.touch()
    seqs: list[int] = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        seqs.extend(json.loads(out))
    assert sorted(seqs) == list(range(1, 321))
    with postgres_place.open(read_only=True) as log:
        result = log.verify()
        bodies = [json.loads(r.body) for r in log.records()]
    assert result.intact and result.count == 320, result
    assert len({(b["worker"], b["thread"], b["n"]) for b in bodies}) == 320
    # The writers took turns: the chain interleaves them rather than holding each one's run whole.
    assert len({b["worker"] for b in bodies[:160]}) > 1


def test_two_servers_record_into_one_chain_that_audit_verify_checks_while_they_run(
        postgres_place: AuditPlace, home: Path) -> None:
    token = KeyStore(home / KEYS_FILE).create("erp")
    env = {"SANCTIONEER_API_RATE": "100000", "SANCTIONEER_API_BURST": "100000", **postgres_place.env}
    # Two servers on one home (its list store and keys are read by both) and one audit chain.
    servers = [start_server(home, extra_env=env), start_server(home, extra_env=env)]
    acknowledged: dict[int, str] = {}
    failures: list[str] = []

    def load(url: str) -> None:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
            for _ in range(15):
                response = client.post("/v1/assess", content=AURUS.read_bytes())
                if response.status_code != 200:
                    failures.append(response.text[:200])
                    continue
                for seq in response.headers["X-Audit-Records"].split(","):
                    assert int(seq) not in acknowledged
                    acknowledged[int(seq)] = response.json()["decision_id"]

    try:
        threads = [threading.Thread(target=load, args=(s.url,)) for s in servers for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert failures == []
        assert sorted(acknowledged) == list(range(1, 121))
        # Both servers still hold their connections: the command line reads the chain beside them.
        verified = _cli(postgres_place.env, "audit", "verify")
        assert verified.returncode == 0 and "audit trail intact: 120 records" in verified.stdout, verified.stderr
        exported = [json.loads(line) for line in _cli(postgres_place.env, "audit", "export").stdout.splitlines()]
        assert {r["seq"]: r["decision_id"] for r in exported} == acknowledged
        assert {r["body"]["output"]["verdict"] for r in exported} == {"prohibited"}
        postgres_place.tamper("UPDATE audit_records SET body = replace(body, '\"prohibited\"', '\"permitted\"') "
                        "WHERE seq = 77")
        broken = _cli(postgres_place.env, "audit", "verify")
        assert broken.returncode == 3 and "BROKEN at record 77" in broken.stdout and "altered" in broken.stdout
    finally:
        for server in servers:
            server.stop()


def _wrong_password(url: str) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}:not-the-password-0451@{parts.hostname}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


@pytest.mark.parametrize(("address", "says"), [
    (lambda: "mysql://auditor:s3cret-0451@127.0.0.1/audit", "expected a PostgreSQL address"),
    (lambda: "auditor:s3cret-0451@127.0.0.1/audit", "expected a PostgreSQL address"),
    (lambda: f"postgresql://auditor:s3cret-0451@127.0.0.1:{free_port()}/audit", "cannot reach the PostgreSQL server"),
    # A password holding @ and / unencoded: none of it is shown, whatever the driver makes of it.
    (lambda: f"postgresql://auditor:s3cret-0451@/x@127.0.0.1:{free_port()}/audit", "SANCTIONEER_AUDIT_URL"),
    (lambda: _wrong_password(postgres_url()), "refused the user"),
], ids=["other-scheme", "no-scheme", "unreachable", "unencoded-password", "wrong-password"])
def test_a_bad_audit_address_is_one_line_naming_the_setting_and_never_the_password(
        home: Path, address: Callable[[], str], says: str) -> None:
    url = address()
    secret = "not-the-password-0451" if "not-the-password" in url else "s3cret-0451"
    KeyStore(home / KEYS_FILE).create("erp")
    for argv in (["audit", "verify"], ["assess", str(AURUS), "--record", "--no-screen"],
                 ["serve", "--port", str(free_port())]):
        run = _cli({"SANCTIONEER_HOME": str(home), "SANCTIONEER_AUDIT_URL": url}, *argv)
        assert run.returncode == 2, (argv, run.stderr)
        assert run.stderr.startswith("error: SANCTIONEER_AUDIT_URL: ") and says in run.stderr, run.stderr
        assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
        assert secret not in run.stderr and secret not in run.stdout


def test_a_user_allowed_only_to_read_and_append_records_decisions_and_cannot_edit_them(
        postgres_place: AuditPlace) -> None:
    import psycopg

    assert postgres_place.url is not None and postgres_place.schema is not None
    with postgres_place.open() as log:  # the owner makes the tables
        log.append(AuditEntry("screen", {"by": "owner"}))
    role, password = f"appender_{uuid.uuid4().hex[:12]}", secrets.token_hex(12)
    tables = f"{postgres_place.schema}.audit_records, {postgres_place.schema}.audit_head"
    grants = [f"GRANT USAGE ON SCHEMA {postgres_place.schema} TO {role}",
              f"GRANT SELECT ON {postgres_place.schema}.audit_schema TO {role}",
              f"GRANT SELECT, INSERT ON {postgres_place.schema}.audit_records TO {role}",
              f"GRANT SELECT, UPDATE ON {postgres_place.schema}.audit_head TO {role}"]
    postgres_place.tamper(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'", *grants)
    try:
        parts = urlsplit(postgres_place.url)
        appender = urlunsplit(parts._replace(netloc=f"{role}:{password}@{parts.hostname}:{parts.port}"))
        with AuditLog.connect(appender) as log:
            assert log.append(AuditEntry("screen", {"by": "server"})).seq == 2
        with psycopg.connect(appender, autocommit=True) as connection, pytest.raises(psycopg.Error) as refused:
            connection.execute("UPDATE audit_records SET body = '{}' WHERE seq = 1")
        assert "permission denied" in str(refused.value)
        with postgres_place.open(read_only=True) as log:
            assert log.verify().intact and log.count == 2
    finally:
        postgres_place.tamper(f"REVOKE ALL ON {tables}, {postgres_place.schema}.audit_schema FROM {role}",
                              f"REVOKE ALL ON SCHEMA {postgres_place.schema} FROM {role}", f"DROP ROLE {role}")


def test_a_false_alert_cleared_on_the_command_line_is_shown_by_a_running_server_within_seconds(
        postgres_place: AuditPlace, home: Path) -> None:
    token = KeyStore(home / KEYS_FILE).create("erp")
    server = start_server(home, extra_env=postgres_place.env)
    try:
        auth = {"Authorization": f"Bearer {token}"}
        before = httpx.post(f"{server.url}/v1/screen", json={"name": "Choe Sok Min"}, headers=auth).json()
        assert before["matches"][0]["reference"] == "KPi.064" and before["matches"][0]["disposition"] is None
        reviewed = _cli(postgres_place.env, "review", "Choe Sok Min", "KPi.064", "--false-alert",
                        "--reviewer", "a.reviewer", "--reason", "our customer is a different person")
        assert reviewed.returncode == 0, reviewed.stderr
        seq = json.loads(reviewed.stdout)["record"]
        deadline = time.monotonic() + 10
        while True:
            match = httpx.post(f"{server.url}/v1/screen", json={"name": "Choe Sok Min"}, headers=auth).json()[
                "matches"][0]
            if match["disposition"] is not None or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert match["disposition"]["status"] == "false_alert" and match["disposition"]["record"] == seq
        assert match["disposition"]["reviewer"] == "a.reviewer" and match["disposition"]["suppressed"] is True
    finally:
        server.stop()
