"""`sanctioneer lists`: load, update (against a real HTTP server on 127.0.0.1), show, history, diff."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctioneer.cli import main
from sanctioneer.settings import get_settings

UN_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "un"
FIXTURES = Path(__file__).resolve().parents[1] / "parties" / "fixtures"

pytestmark = pytest.mark.skipif(not (UN_DIR / "consolidated.xml").exists(),
                                reason=f"the UN list files are not present next to the repository ({UN_DIR})")



@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    files = {
        "/consolidated.xml": (UN_DIR / "consolidated.xml").read_bytes(),
        "/old.xml": (UN_DIR / "history" / "consolidated-2026-02-27.xml").read_bytes(),
        "/truncated.xml": (UN_DIR / "consolidated.xml").read_bytes()[:50000],
        "/not-xml.xml": (FIXTURES / "not-xml.xml").read_bytes(),
        "/bomb.xml": (FIXTURES / "bomb.xml").read_bytes(),
        "/html.xml": (FIXTURES / "wrong-root.xml").read_bytes(),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _snapshot_dates(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["lists", "history", "--format", "json"]) == 0
    return [row["generated"] for row in json.loads(capsys.readouterr().out)]


def test_load_then_show_lists_kpi064(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("loaded un-sc@2026-05-08+") and "1009 designations" in out
    assert (home / "sanctioneer.duckdb").exists()
    assert main(["lists", "show"]) == 0
    shown = capsys.readouterr().out
    assert "KPi.064" in shown and "CH'OE SO’K MIN" in shown


def test_loading_a_hostile_file_is_refused_and_changes_nothing(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    capsys.readouterr()
    assert main(["lists", "load", "un-sc", str(FIXTURES / "bomb.xml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bomb.xml" in err and "refused" in err and len(err.splitlines()) == 1
    assert _snapshot_dates(capsys) == ["2026-05-08"]


def test_update_downloads_verifies_and_keeps_the_previous_snapshot(
    home: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SANCTIONEER_UN_LIST_URL", f"{server}/old.xml")
    get_settings.cache_clear()
    assert main(["lists", "update"]) == 0
    monkeypatch.setenv("SANCTIONEER_UN_LIST_URL", f"{server}/consolidated.xml")
    get_settings.cache_clear()
    assert main(["lists", "update"]) == 0
    assert "loaded un-sc@2026-05-08" in capsys.readouterr().out
    assert _snapshot_dates(capsys) == ["2026-02-27", "2026-05-08"]


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/truncated.xml", ["well-formed XML"]),
        ("/not-xml.xml", ["well-formed XML"]),
        ("/bomb.xml", ["refused", "DTD or entities"]),
        ("/html.xml", ["CONSOLIDATED_LIST root element"]),
        ("/missing.xml", ["HTTP 200", "404"]),
    ],
)
def test_a_failed_update_changes_nothing(
    home: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    path: str, words: list[str],
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    capsys.readouterr()
    monkeypatch.setenv("SANCTIONEER_UN_LIST_URL", f"{server}{path}")
    get_settings.cache_clear()
    assert main(["lists", "update"]) == 2
    err = capsys.readouterr().err
    assert f"{server}{path}" in err
    for word in words:
        assert word in err
    assert _snapshot_dates(capsys) == ["2026-05-08"]


def test_update_refuses_plain_http_to_other_hosts(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SANCTIONEER_UN_LIST_URL", "http://example.org/consolidated.xml")
    get_settings.cache_clear()
    assert main(["lists", "update"]) == 2
    err = capsys.readouterr().err
    assert "SANCTIONEER_UN_LIST_URL" in err and "https://" in err


def test_history_and_diff_between_two_snapshots(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("consolidated-2017-06-30.xml", "consolidated-2017-07-03.xml"):
        assert main(["lists", "load", "un-sc", str(UN_DIR / "history" / name)]) == 0
    capsys.readouterr()
    assert main(["lists", "diff", "2017-06-30", "2017-07-03"]) == 0
    out = capsys.readouterr().out
    assert "0 added, 3 removed" in out
    assert "- QDi.168" in out
    assert main(["lists", "history", "--reference", "QDi.168"]) == 0
    assert "last seen 2017-06-30" in capsys.readouterr().out
    assert main(["lists", "diff", "2017-06-30", "2019-01-01"]) == 2
    err = capsys.readouterr().err
    assert "no snapshot of un-sc dated 2019-01-01" in err and "2017-07-03" in err


def test_ftm_files_load_as_their_own_list(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lists", "load", "ftm", str(FIXTURES / "entities.ftm.json"), "--name", "vessels"]) == 0
    assert "loaded ftm:vessels@2024-03-02" in capsys.readouterr().out
    assert main(["screen", "Haesong 7", "--kind", "vessel", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["matches"][0]["reference"] == "ofac-vessel-1"
