"""A real uvicorn server on 127.0.0.1: the acceptance run, a concurrent load, and kill -9 in the middle of one.

The load is 16 clients x 20 requests here (SANCTIONEER_TEST_LOAD=50x200 runs the full size by hand).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import httpx

from sanctioneer.store.keys import KEYS_FILE, KeyStore
from tests.api.conftest import AURUS, ROOT, Server, start_server
from tests.conftest import AuditPlace

CLIENTS, REQUESTS = (int(n) for n in os.environ.get("SANCTIONEER_TEST_LOAD", "16x20").split("x"))
FAST = {"SANCTIONEER_API_RATE": "100000", "SANCTIONEER_API_BURST": "100000"}


def cli(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctioneer", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "SANCTIONEER_HOME": str(home), **(env or {})}, timeout=60, check=False)


def test_serve_answers_the_founding_transfer_and_the_audit_trail_verifies_until_a_record_is_edited(
        home: Path) -> None:
    token = KeyStore(home / KEYS_FILE).create("erp")
    server = start_server(home)
    try:
        assert httpx.post(f"{server.url}/v1/assess", content=AURUS.read_bytes()).status_code == 401
        response = httpx.post(f"{server.url}/v1/assess", content=AURUS.read_bytes(),
                              headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        decision = response.json()
        assert decision["verdict"] == "prohibited"
        assert {f["measure"] for f in decision["lines"][0]["findings"]} >= {"kp-vehicles-to", "kp-luxury-to"}
        held = cli(home, "audit", "verify")
        assert held.returncode == 2 and "held by another process" in held.stderr
    finally:
        server.stop()
    verified = cli(home, "audit", "verify")
    assert verified.returncode == 0 and "audit trail intact: 1 records" in verified.stdout
    db = duckdb.connect(str(home / "audit.duckdb"))
    db.execute("UPDATE audit_records SET body = replace(body, '\"prohibited\"', '\"permitted\"') WHERE seq = 1")
    db.close()
    broken = cli(home, "audit", "verify")
    assert broken.returncode == 3 and "BROKEN at record 1" in broken.stdout and "altered" in broken.stdout


def _load(server: Server, token: str, acknowledged: dict[int, str], failures: list[str], stop: threading.Event) -> None:
    body = AURUS.read_bytes()
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
        for _ in range(REQUESTS):
            if stop.is_set():
                return
            try:
                response = client.post("/v1/assess", content=body)
            except httpx.TransportError as exc:
                failures.append(type(exc).__name__)
                return
            if response.status_code != 200:
                failures.append(f"{response.status_code}: {response.text[:200]}")
                continue
            for seq in response.headers["X-Audit-Records"].split(","):
                acknowledged[int(seq)] = response.json()["decision_id"]


def _run_load(server: Server, token: str, *, kill_after: int | None = None) -> tuple[dict[int, str], list[str]]:
    acknowledged: dict[int, str] = {}
    failures: list[str] = []
    stop = threading.Event()
    threads = [threading.Thread(target=_load, args=(server, token, acknowledged, failures, stop))
               for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    if kill_after is not None:
        deadline = time.monotonic() + 30
        while len(acknowledged) < kill_after and time.monotonic() < deadline:
            time.sleep(0.01)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)
        stop.set()
    for thread in threads:
        thread.join(timeout=120)
    return acknowledged, failures


def test_a_concurrent_load_records_every_decision_exactly_once_and_the_chain_verifies(
        home: Path, audit_place: AuditPlace) -> None:
    token = KeyStore(home / KEYS_FILE).create("load")
    server = start_server(home, extra_env=FAST | audit_place.env)
    try:
        acknowledged, failures = _run_load(server, token)
        assert failures == []
        assert sorted(acknowledged) == list(range(1, CLIENTS * REQUESTS + 1))
        verified = httpx.get(f"{server.url}/v1/audit/verify", headers={"Authorization": f"Bearer {token}"}).json()
        assert verified["intact"] is True and verified["records"] == CLIENTS * REQUESTS
    finally:
        server.stop()


def test_kill_9_during_the_load_loses_no_acknowledged_decision_and_the_chain_still_verifies(
        home: Path, audit_place: AuditPlace) -> None:
    token = KeyStore(home / KEYS_FILE).create("load")
    server = start_server(home, extra_env=FAST | audit_place.env)
    acknowledged, failures = _run_load(server, token, kill_after=CLIENTS * REQUESTS // 4)
    assert acknowledged, "no request was answered before the kill"
    assert failures, "the load ended before the kill"
    restarted = start_server(home, extra_env=FAST | audit_place.env)
    try:
        after = httpx.post(f"{restarted.url}/v1/assess", content=AURUS.read_bytes(),
                           headers={"Authorization": f"Bearer {token}"})
        assert after.status_code == 200
    finally:
        restarted.stop()
    verified = cli(home, "audit", "verify", "--format", "json", env=audit_place.env)
    report = json.loads(verified.stdout)
    assert verified.returncode == 0 and report["intact"] is True
    assert report["records"] >= len(acknowledged) + 1
    exported = [json.loads(line) for line in cli(home, "audit", "export", env=audit_place.env).stdout.splitlines()]
    stored = {r["seq"]: r["decision_id"] for r in exported}
    assert all(stored.get(seq) == decision for seq, decision in acknowledged.items())
