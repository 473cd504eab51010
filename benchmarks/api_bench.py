"""Requests per second and latency of `sanctioneer serve`, audit recording included; audit write throughput.

Starts the real server on a free 127.0.0.1 port with a fresh home (the UN list loaded, one key),
drives it with a small asyncio HTTP/1.1 load generator over keep-alive connections on loopback,
and prints a Markdown table. Usage:

    .venv/bin/python benchmarks/api_bench.py [--seconds 15] [--connections 10,20,50] [--audit-url postgresql://...]

With --audit-url, the audit write throughput is measured in that PostgreSQL database too (its
audit tables must be empty or absent: the records written there are left for inspection).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UN_LIST = ROOT.parent / "shared" / "data" / "un" / "consolidated.xml"
AURUS = ROOT / "examples" / "aurus-2024.json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _client(port: int, requests: list[bytes], deadline: float, latencies: list[float],
                  errors: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    turn = 0
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(requests[(turn := turn + 1) % len(requests)])
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


def _request(path: str, body: bytes, token: str) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


async def _drive(port: int, requests: list[bytes], seconds: float,
                 connections: int) -> tuple[list[float], list[int]]:
    latencies: list[float] = []
    errors: list[int] = []
    deadline = time.perf_counter() + seconds
    # Each connection starts at another place in the list, so distinct requests stay distinct.
    await asyncio.gather(*(_client(port, requests[n * 997 % len(requests):] + requests[:n * 997 % len(requests)],
                                   deadline, latencies, errors) for n in range(connections)))
    return latencies, errors


def _processor_seconds(pid: int) -> float | None:
    """The processor time a process has used (user and system, every thread), where /proc tells it."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _row(name: str, latencies: list[float], errors: list[int], seconds: float, processor: float | None) -> str:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000
    per_request = f"{processor / len(ordered) * 1e6:,.0f}" if processor is not None else "-"
    return (f"| {name} | {len(ordered):,} | {len(ordered) / seconds:,.0f} | {p50:.1f} | {p99:.1f} | "
            f"{per_request} | {len(errors)} |")


def _audit_throughput(home: Path, count: int = 20000, threads: int = 8, *, url: str | None = None) -> str:
    """Append `count` records from `threads` threads, then verify: in a DuckDB file, or in PostgreSQL at `url`."""
    from sanctioneer.store.audit import AuditEntry, AuditLog

    body = json.loads((home / "sample-decision.json").read_text())
    with AuditLog.connect(url) if url else AuditLog.open(home / "audit-bench.duckdb") as log:
        started = time.perf_counter()

        def work() -> None:
            futures = [log.submit(AuditEntry("assess", body, decision_id=body["output"]["decision_id"]))
                       for _ in range(count // threads)]
            for future in futures:
                future.result()

        workers = [threading.Thread(target=work) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
        verify_started = time.perf_counter()
        result = log.verify()
        verify_elapsed = time.perf_counter() - verify_started
    assert result.intact
    size = len(json.dumps(body))
    store = "PostgreSQL" if url else "DuckDB"
    return (f"| audit append, {store} ({threads} threads, {size:,}-byte decision records, group commit) | {count:,} | "
            f"{count / elapsed:,.0f} records/s | verify: {result.count / verify_elapsed:,.0f} records/s |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--connections", default="10,20,50", help="comma-separated connection counts to run")
    parser.add_argument("--audit-url", help="also measure audit appends in this PostgreSQL database")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    home = Path(tempfile.mkdtemp(prefix="sanctioneer-bench-"))
    env = {**os.environ, "SANCTIONEER_HOME": str(home), "SANCTIONEER_API_RATE": "1000000",
           "SANCTIONEER_API_BURST": "1000000"}
    exe = [sys.executable, "-m", "sanctioneer"]
    subprocess.run([*exe, "lists", "load", "un-sc", str(UN_LIST)], env=env, check=True, capture_output=True)
    token = subprocess.run([*exe, "keys", "create", "bench"], env=env, check=True, capture_output=True,
                           text=True).stdout.strip()
    port = _free_port()
    server = subprocess.Popen([*exe, "serve", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    try:
        import httpx

        for _ in range(150):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        aurus = AURUS.read_bytes()
        sample = httpx.post(f"http://127.0.0.1:{port}/v1/assess", content=aurus,
                            headers={"Authorization": f"Bearer {token}"}).json()
        (home / "sample-decision.json").write_text(json.dumps({"input": json.loads(aurus), "output": sample}))
        founding = json.loads(aurus)
        # Distinct counterparties: every request names a recipient not seen before in the run.
        distinct = [_request("/v1/assess", json.dumps(
            {**founding, "recipient": {"name": f"Korea Trading Corporation {n}", "country": "KP"}}).encode(), token)
            for n in range(20000)]
        names = [_request("/v1/screen", json.dumps({"name": f"Kim Sok Chol {n}"}).encode(), token)
                 for n in range(20000)]
        repeated = [_request("/v1/assess", aurus, token)]
        cases = (("POST /v1/assess, the founding transfer (counterparties repeat)", repeated),
                 ("POST /v1/assess, a new recipient name each request", distinct),
                 ("POST /v1/screen, a new name each request", names))
        rows = []
        for connections in (int(c) for c in args.connections.split(",")):
            for name, requests in cases:
                asyncio.run(_drive(port, requests[-500:], 1.0, connections))  # warm-up
                before = _processor_seconds(server.pid)
                latencies, errors = asyncio.run(_drive(port, requests, args.seconds, connections))
                after = _processor_seconds(server.pid)
                used = after - before if before is not None and after is not None else None
                rows.append(_row(f"{name}, {connections} connections", latencies, errors, args.seconds, used))
        verified = httpx.get(f"http://127.0.0.1:{port}/v1/audit/verify",
                             headers={"Authorization": f"Bearer {token}"}, timeout=120).json()
    finally:
        server.terminate()
        server.wait()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"keep-alive connections on loopback, {args.seconds:g} s each, "
          f"load generator on the same machine; load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")
    print()
    print("| endpoint | requests | requests/s | p50 ms | p99 ms | server processor µs per request | non-200 |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(row)
    print()
    print(f"audit after the run: intact={verified['intact']}, {verified['records']:,} records")
    print()
    print("| what | records | throughput | |")
    print("|---|---|---|---|")
    print(_audit_throughput(home))
    if args.audit_url:
        print(_audit_throughput(home, url=args.audit_url))
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
