"""The service's fixtures: a home with the UN list loaded and a key, the app in-process, a real server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from sanctioneer.api import ServiceConfig, create_app
from sanctioneer.api.service import Service
from sanctioneer.settings import Settings
from sanctioneer.store.audit import AUDIT_FILE, AuditLog
from sanctioneer.store.keys import KEYS_FILE, KeyRing, KeyStore

ROOT = Path(__file__).parents[2]
AURUS = ROOT / "examples" / "aurus-2024.json"


@pytest.fixture(scope="session")
def listed_home(un_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the current UN list loaded (copied per test that writes)."""
    from sanctioneer.parties.unsc import parse_un_xml
    from sanctioneer.store.snapshots import STORE_FILE, ListStore

    home = tmp_path_factory.mktemp("listed-home")
    with ListStore.open(home / STORE_FILE) as store:
        store.add(parse_un_xml((un_dir / "consolidated.xml").read_bytes(), where="consolidated.xml"))
    return home


@pytest.fixture
def home(listed_home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "home"
    shutil.copytree(listed_home, target)
    return target


def settings_for(home: Path) -> Settings:
    return Settings(home=home, rulebook=None, un_list_url="https://example.invalid/list.xml",
                    screen_threshold=0.80, review_threshold=0.70)


@dataclass
class Api:
    client: TestClient
    token: str
    audit: AuditLog
    home: Path

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def make_api(home: Path, config: ServiceConfig | None = None, *, key: str = "erp") -> Iterator[Api]:
    keys = KeyStore(home / KEYS_FILE)
    token = keys.create(key)
    audit = AuditLog.open(home / AUDIT_FILE)
    service = Service(settings_for(home), audit=audit, keys=KeyRing(keys))
    app = create_app(service, config=config or ServiceConfig(rate=1000, burst=1000))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client, token, audit, home)
    audit.close()


@pytest.fixture
def api(home: Path) -> Iterator[Api]:
    yield from make_api(home)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    home: Path
    log: Path

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=20)


def start_server(home: Path, *, extra_env: dict[str, str] | None = None) -> Server:
    port = free_port()
    env = {**os.environ, "SANCTIONEER_HOME": str(home), **(extra_env or {})}
    log = home / f"server-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "sanctioneer", "serve", "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return Server(process, url, home, log)
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"the server did not answer in 30 s: {log.read_text()}")
