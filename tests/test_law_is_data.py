"""The law is data: no measure id, resolution number or HS code is written in the Python source."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

RESOLUTIONS = ("1718", "1874", "2087", "2094", "2270", "2321", "2371", "2375", "2397")
PATTERNS = {
    "a measure id": re.compile(r"\bkp-[a-z]"),
    "a resolution number": re.compile(r"(?<![\w.])(" + "|".join(RESOLUTIONS) + r")(?!\w)"),
    "a quoted HS code": re.compile(r"""["'](\d{4}(?:\.?\d{2}){0,3})["']"""),
}


def offences() -> list[str]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for what, pattern in PATTERNS.items():
                hit = pattern.search(line)
                if hit:
                    found.append(f"{path.relative_to(SRC.parent)}:{number}: {what} {hit.group(0)!r}: {line.strip()}")
    return found


def test_no_data_file_outside_the_rulebook_names_a_measure_or_a_resolution() -> None:
    # The classifier's data may hold HS codes (they say where goods are classified), but the law's
    # measures and resolutions are named only in the rulebook.
    rulebook = SRC / "sanctioneer" / "rulebook"
    found = []
    for path in sorted(SRC.rglob("*")):
        data = path.is_file() and path.suffix in {".yaml", ".yml", ".csv", ".json", ".txt"}
        if not data or rulebook in path.parents:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for what in ("a measure id", "a resolution number"):
                hit = PATTERNS[what].search(line)
                if hit:
                    found.append(f"{path.relative_to(SRC.parent)}:{number}: {what} {hit.group(0)!r}")
    assert not found, "measures and resolutions are named only in the rulebook:\n" + "\n".join(found)


def test_no_legal_fact_is_written_in_the_python_source() -> None:
    found = offences()
    assert not found, "legal facts belong in the rulebook YAML:\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    lines = ['LUXURY = "kp-luxury-to"', "# resolution 2270 says", 'CODE = "8703"', 'SUB = "8703.24"']
    for line in lines:
        assert any(p.search(line) for p in PATTERNS.values()), line
    for innocent in ['"v1.2270"', "timeout=12270", 'DIGEST = "0x2094ab"', "score 0.87"]:
        assert not any(p.search(innocent) for p in PATTERNS.values()), innocent
