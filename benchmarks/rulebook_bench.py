"""Rulebook load time, in-process assess latency, and CLI cold start for `assess --hs`.

Run: .venv/bin/python benchmarks/rulebook_bench.py
Targets: load < 200 ms; p50 assess < 1 ms for a one-line transfer after load; CLI cold start < 1 s.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cold_load_ms(runs: int = 7) -> list[float]:
    """Load the rulebook in a fresh interpreter each time (imports included, as a user meets them)."""
    code = (
        "import time; t = time.perf_counter(); "
        "from sanctioneer.rulebook import load_rulebook; load_rulebook(); "
        "print((time.perf_counter() - t) * 1000)"
    )
    return [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)]


def warm_load_ms(runs: int = 20) -> list[float]:
    from sanctioneer.rulebook import load_rulebook

    load_rulebook()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        load_rulebook()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def assess_us(runs: int = 5000) -> list[float]:
    from sanctioneer.assessment import Assessor, default_rulebook
    from sanctioneer.model import GoodsLine, Party, Transfer

    assessor = Assessor(default_rulebook())
    transfer = Transfer(goods=(GoodsLine(hs="8703", description="Aurus Senat limousine"),), date=date(2024, 2, 18),
                        supplier=Party(country="RU"), recipient=Party(country="KP"))
    assessor.assess(transfer)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        assessor.assess(transfer)
        timings.append((time.perf_counter() - start) * 1_000_000)
    return timings


def cli_cold_ms(runs: int = 7) -> list[float]:
    exe = Path(sys.executable).with_name("sanctioneer")
    command = [str(exe) if exe.exists() else sys.executable] + ([] if exe.exists() else ["-m", "sanctioneer"])
    command += ["assess", "--hs", "8703", "--from", "RU", "--to", "KP", "--date", "2024-02-18", "--no-screen"]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        env = {**os.environ, "SANCTIONEER_HOME": str(ROOT / ".bench-home")}
        subprocess.run(command, check=True, capture_output=True, env=env)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; {date.today().isoformat()}")
    cold = cold_load_ms()
    print(f"rulebook load, fresh process (imports included): median {statistics.median(cold):.1f} ms "
          f"(min {min(cold):.1f}, max {max(cold):.1f})  target < 200 ms")
    warm = warm_load_ms()
    print(f"rulebook load, repeated in-process: median {statistics.median(warm):.1f} ms")
    latency = assess_us()
    print(f"assess one-line transfer: p50 {p(latency, 50):.0f} us, p95 {p(latency, 95):.0f} us, "
          f"p99 {p(latency, 99):.0f} us  target p50 < 1000 us")
    cli = cli_cold_ms()
    print(f"CLI cold start `assess --hs 8703 ...`: median {statistics.median(cli):.0f} ms "
          f"(min {min(cli):.0f}, max {max(cli):.0f})  target < 1000 ms")


if __name__ == "__main__":
    main()
