"""`sanctioneer lists`: load, update (against a real HTTP server on 127.0.0.1), show, history, diff."""

from __future__ import annotations

import http.server
import io
import json
import shutil
import ssl
import subprocess
import sys
import threading
import time
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
            if self.path == "/trickle.xml":
                self._trickle()
                return
            body = files.get(self.path.split("?")[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _trickle(self) -> None:
            # A byte every 0.2 s: each read is quick, the whole would take hours; stops after 20 s.
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", "10000000")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def tls_server(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 with its own certificate: /ok.xml is the list, /down.xml redirects to http."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate for the local HTTPS server")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    body = (UN_DIR / "consolidated.xml").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/down.xml":
                self.send_response(302)
                self.send_header("Location", f"{server}/consolidated.xml")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    httpd.shutdown()
    httpd.server_close()


def _use_url(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("SANCTIONEER_UN_LIST_URL", url)
    get_settings.cache_clear()


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


def _history(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, str]]:
    assert main(["lists", "history", "--format", "json", *extra]) == 0
    rows: list[dict[str, str]] = json.loads(capsys.readouterr().out)
    return rows


def _one_record(path: Path, *, generated: str | None = None) -> Path:
    """The current list cut down to its first individual (and optionally re-dated)."""
    text = (UN_DIR / "consolidated.xml").read_text("utf-8")
    head = text[:text.index("<INDIVIDUALS>") + len("<INDIVIDUALS>")]
    first = text[text.index("<INDIVIDUAL>"):text.index("</INDIVIDUAL>") + len("</INDIVIDUAL>")]
    out = head + first + "</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>"
    if generated:
        out = out.replace('dateGenerated="2026-05-08', f'dateGenerated="{generated}')
    path.write_text(out, "utf-8")
    return path


def test_a_list_dated_in_the_future_is_refused_and_screening_still_finds(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    future = _one_record(tmp_path / "future.xml", generated="2030-01-01")
    capsys.readouterr()
    assert main(["lists", "load", "un-sc", str(future)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {future}: refused: the list is dated 2030-01-01, after today")
    assert _snapshot_dates(capsys) == ["2026-05-08"]
    assert main(["screen", "Choe Sok Min", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["reference"] == "KPi.064"


def test_a_list_that_lost_most_designations_needs_force_which_history_shows(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    partial = _one_record(tmp_path / "partial.xml")
    capsys.readouterr()
    assert main(["lists", "load", "un-sc", str(partial)]) == 2
    err = capsys.readouterr().err
    assert "refused: 1 designations, fewer than half of the 1009" in err and "--force" in err
    assert _snapshot_dates(capsys) == ["2026-05-08"]
    assert main(["lists", "load", "un-sc", str(partial), "--force"]) == 0
    out = capsys.readouterr().out
    assert "another snapshot of 2026-05-08 is kept (un-sc@2026-05-08+1f1b3bfe29a5)" in out
    rows = _history(capsys)
    assert [r["designations"] for r in rows] == [1009, 1]
    assert rows[1]["forced"].startswith("forced: 1 designations, fewer than half of the 1009")
    assert main(["lists", "history"]) == 0
    assert "note: forced: 1 designations" in capsys.readouterr().out


def test_a_file_with_the_date_of_a_stored_snapshot_never_replaces_it(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    edited = tmp_path / "edited.xml"
    edited.write_bytes((UN_DIR / "consolidated.xml").read_bytes().replace(b"CH'OE", b"CHOE"))
    assert main(["lists", "load", "un-sc", str(edited)]) == 0
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    out = capsys.readouterr().out
    assert "already loaded un-sc@2026-05-08+1f1b3bfe29a5" in out
    rows = _history(capsys)
    assert f"note: {rows[1]['version']}, loaded later, is the one in force on 2026-05-08" in out
    assert [r["version"][:29] for r in rows] == ["un-sc@2026-05-08+1f1b3bfe29a5", rows[1]["version"]]
    assert main(["lists", "show", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == rows[1]["version"]
    assert main(["lists", "diff", "un-sc@2026-05-08+1f1b3bfe29a5", rows[1]["version"]]) == 0
    assert "0 added, 0 removed, 1 changed" in capsys.readouterr().out


def test_lists_remove_asks_records_and_takes_the_snapshot_out_of_screening(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lists", "load", "un-sc", str(UN_DIR / "history" / "consolidated-2026-02-27.xml")]) == 0
    assert main(["lists", "load", "un-sc", str(UN_DIR / "consolidated.xml")]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["lists", "remove", "un-sc@2026-05-08+1f1b3bfe29a5"]) == 1
    assert "Remove un-sc@2026-05-08+1f1b3bfe29a5 (1009 designations" in capsys.readouterr().err
    assert _snapshot_dates(capsys) == ["2026-02-27", "2026-05-08"]
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["lists", "remove", "un-sc@2026-05-08+1f1b3b", "--reason", "test"]) == 0
    assert "removed un-sc@2026-05-08+1f1b3bfe29a5" in capsys.readouterr().out
    assert _snapshot_dates(capsys) == ["2026-02-27"]
    everything = _history(capsys, "--all")
    assert everything[1]["removed"].endswith(" (test)")
    assert main(["screen", "Choe Sok Min", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["lists"][0].startswith("un-sc@2026-02-27+")
    assert main(["lists", "remove", "2026-02-27"]) == 2
    assert "expected LIST@DATE+DIGEST" in capsys.readouterr().err
    assert main(["lists", "remove", "un-sc@2026-02-27", "--yes"]) == 0
    capsys.readouterr()
    assert _snapshot_dates(capsys) == []


def test_update_stops_a_server_that_trickles_at_the_overall_deadline(
    home: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SANCTIONEER_DOWNLOAD_TIMEOUT", "1.5")
    _use_url(monkeypatch, f"{server}/trickle.xml")
    started = time.monotonic()
    assert main(["lists", "update"]) == 2
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert elapsed < 6, elapsed
    assert "took longer than 1.5 s and was stopped" in err and "SANCTIONEER_DOWNLOAD_TIMEOUT" in err


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf", "100000"])
def test_a_bad_download_timeout_is_refused_with_the_setting_named(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    monkeypatch.setenv("SANCTIONEER_DOWNLOAD_TIMEOUT", value)
    get_settings.cache_clear()
    assert main(["lists", "update"]) == 2
    assert capsys.readouterr().err.startswith("error: SANCTIONEER_DOWNLOAD_TIMEOUT: expected a number of seconds")


def test_update_refuses_a_redirect_from_https_to_plain_http(
    home: Path, tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    address, cert = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    _use_url(monkeypatch, f"{address}/down.xml")
    assert main(["lists", "update"]) == 2
    err = capsys.readouterr().err
    assert "refused a redirect to 'http://127.0.0.1:" in err and "it leaves HTTPS" in err
    assert not (home / "sanctioneer.duckdb").exists()
    _use_url(monkeypatch, f"{address}/ok.xml")
    assert main(["lists", "update"]) == 0
    assert "loaded un-sc@2026-05-08+1f1b3bfe29a5" in capsys.readouterr().out


def test_a_credential_in_a_list_address_is_never_stored_nor_shown(
    home: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_url = server.replace("http://", "http://reader:s3cret@") + "/consolidated.xml?token=t0ken"
    assert main(["lists", "load", "un-sc", secret_url]) == 0
    out = capsys.readouterr().out
    _use_url(monkeypatch, secret_url.replace("/consolidated.xml", "/missing.xml"))
    assert main(["lists", "update"]) == 2
    err = capsys.readouterr().err
    assert main(["lists", "history"]) == 0
    shown = capsys.readouterr().out
    assert "http://***@127.0.0.1:" in shown and "token=***" in shown
    for text in (out, err, shown, (home / "sanctioneer.duckdb").read_bytes().decode("latin-1")):
        assert "s3cret" not in text and "t0ken" not in text


def _capped(*argv: str) -> subprocess.CompletedProcess[str]:
    # Run with a memory ceiling and a time limit, so a reader without a cap fails instead of taking the machine.
    limit = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30)); "
             "from sanctioneer.cli import main; sys.exit(main(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", limit, *argv], capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["lists", "load", "un-sc", "/dev/zero"], "/dev/zero: expected a list file of at most 64 MB"),
        (["lists", "load", "ftm", "/dev/zero"], "/dev/zero: expected a list file of at most 256 MB"),
        (["screen", "--input", "/dev/zero"], "/dev/zero: expected at most 64 MB of names"),
    ],
)
def test_an_endless_file_is_refused_quickly(home: Path, argv: list[str], words: str) -> None:
    started = time.monotonic()
    run = _capped(*argv)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"error: {words}")
    assert time.monotonic() - started < 60


def test_a_ten_megabyte_screening_line_is_refused_with_its_line_named(home: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Choe Sok Min\n" + "Kim " * 2_500_000 + "\n", "utf-8")
    run = _capped("screen", "--input", str(names))
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"error: {names}:2: expected a line of at most 4096 characters, got 10000000")


def test_a_deeply_nested_ftm_line_is_refused_with_its_line_named(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nested = tmp_path / "nested.ftm.json"
    good = (FIXTURES / "entities.ftm.json").read_text("utf-8").splitlines()[0]
    nested.write_text(good + "\n" + "[" * 200_000 + "]" * 200_000 + "\n", "utf-8")
    assert main(["lists", "load", "ftm", str(nested)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {nested}:2: expected a JSON object, got values nested too deep to read")
