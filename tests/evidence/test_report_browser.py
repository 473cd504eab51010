"""The HTML report in a real browser: headless Chromium renders the founding case as a person would see it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from sanctioneer.evidence.report import render_html
from tests.factory import HOSTILE, SHARED, WIRE, founding_report

WIDTH, HEIGHT = 1280, 1600
PROHIBITED = (0xB3, 0x26, 0x1E)


def _chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package before the tests")
    pytest.skip("chromium is not installed (Debian: apt-get install chromium); CI installs it and runs this test")


def _run(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WIDTH},{HEIGHT}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, timeout=120, check=True, cwd=tmp_path)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def decode_png(data: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Width, height and rows of RGB pixels of an 8-bit RGB or RGBA, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, compressed, header = 8, b"", (0, 0, 0, 0, 0, 0, 0)
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unexpected PNG format {header}"
    size = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(compressed), width * size
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        if kind == 2:
            line = bytearray((x + y) & 255 for x, y in zip(line, previous, strict=True))
        elif kind:
            for i in range(stride):
                a = line[i - size] if i >= size else 0
                b = previous[i]
                c = previous[i - size] if i >= size else 0
                line[i] = (line[i] + (a, b, (a + b) // 2, _paeth(a, b, c))[kind - 1]) & 255
        rows.append([(line[i], line[i + 1], line[i + 2]) for i in range(0, stride, size)])
        previous = line
    return width, height, rows


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self._skip += tag in ("style", "title", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.words.append(data)


@pytest.fixture(scope="module")
def case_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report, documents = founding_report()
    page = tmp_path_factory.mktemp("report") / "case.html"
    page.write_text(render_html(report, documents=documents), "utf-8")
    return page


def test_the_founding_case_renders_in_chromium_as_a_light_page_with_a_red_verdict(
        case_page: Path, tmp_path: Path) -> None:
    _run(tmp_path, case_page, f"--screenshot={tmp_path / 'shot.png'}")
    width, height, rows = decode_png((tmp_path / "shot.png").read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    pixels = [p for row in rows[::4] for p in row[::4]]
    light = sum(1 for r, g, b in pixels if min(r, g, b) >= 225) / len(pixels)
    assert light > 0.75, f"only {light:.0%} of the page is light"
    red = [(y, x) for y, row in enumerate(rows[:400]) for x, (r, g, b) in enumerate(row)
           if abs(r - PROHIBITED[0]) + abs(g - PROHIBITED[1]) + abs(b - PROHIBITED[2]) <= 24]
    assert len(red) > 200, "the prohibited badge's red shows in the summary at the top"
    assert min(x for _, x in red) < WIDTH // 3, "the badge sits in the verdict column, on the left"


def test_chromiums_dom_holds_the_verdict_the_citation_and_the_marked_evidence(case_page: Path, tmp_path: Path) -> None:
    dom = _run(tmp_path, case_page, "--dump-dom").stdout.decode("utf-8")
    parser = _Text()
    parser.feed(dom)
    text = " ".join(" ".join(parser.words).split())
    assert "✖ PROHIBITED Gift of Aurus Senat limousine" in text
    assert "S/RES/2397 (2017), paragraph 7" in text
    assert "date unknown" in text
    assert '<mark title="goods">Aurus Senat limousine</mark>' in dom


def test_chromium_builds_no_element_from_a_hostile_document(tmp_path: Path) -> None:
    wire = WIRE.replace("The Russian-made Aurus", f"The {HOSTILE} Russian-made Aurus")
    report, documents = founding_report(wire=wire, wire_title=HOSTILE)
    report["events"][0]["goods"][0]["description"] = HOSTILE
    page = tmp_path / "hostile.html"
    page.write_text(render_html(report, documents=documents), "utf-8")
    dom = _run(tmp_path, page, "--dump-dom").stdout.decode("utf-8")
    assert "<script" not in dom and "<img" not in dom
    parser = _Text()
    parser.feed(dom)
    assert HOSTILE in " ".join(" ".join(parser.words).split())


SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.mark.skipif(not SEEDS, reason="the founding reports in ../shared/seeds/ are not here")
def test_assess_of_the_founding_reports_as_html_renders_in_chromium(tmp_path: Path) -> None:
    import sys

    page = tmp_path / "case.html"
    result = subprocess.run([sys.executable, "-m", "sanctioneer", "assess", *map(str, SEEDS), "--format", "html"],
                            capture_output=True, timeout=300, check=False,
                            env={"SANCTIONEER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr.decode()
    page.write_bytes(result.stdout)
    _run(tmp_path, page, f"--screenshot={tmp_path / 'shot.png'}")
    width, height, rows = decode_png((tmp_path / "shot.png").read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    red = [(y, x) for y, row in enumerate(rows[:600]) for x, (r, g, b) in enumerate(row)
           if abs(r - PROHIBITED[0]) + abs(g - PROHIBITED[1]) + abs(b - PROHIBITED[2]) <= 24]
    assert len(red) > 200, "the summary table at the top shows the limousine's prohibited badge"
    dom = _run(tmp_path, page, "--dump-dom").stdout.decode("utf-8")
    parser = _Text()
    parser.feed(dom)
    text = " ".join(" ".join(parser.words).split())
    assert "✖ PROHIBITED Gift of luxury Russian Aurus limousine" in text
    assert "S/RES/2397 (2017), paragraph 7" in text
    assert "2 sources" in text or "Corroboration 2" in text
    assert '<mark title="date">Sunday</mark>' in dom and '<mark title="date">February 18</mark>' in dom
