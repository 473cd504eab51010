"""Write src/sanctioneer/hs/data/tariff-lines.tsv.gz from the US HTS 2025 (../shared/data/hs/us-hts-2025.csv).

    .venv/bin/python benchmarks/build_tariff_lines.py

One line per statistical or tariff line (8 or 10 digits) of chapters 01-97 whose 8-digit code
falls in the training split (`sanctioneer.hs.tariff.split_of`): its HS 2022 subheading (the first six
digits, when HS 2022 has it), its own words, and the words of the indented lines above it up to
the heading ("Other" and quota footnotes dropped). The output is deterministic (sorted, gzip
without a timestamp), so running this again gives the same bytes and the same data digest.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "hs" / "us-hts-2025.csv"
TARGET = REPO / "src" / "sanctioneer" / "hs" / "data" / "tariff-lines.tsv.gz"

_FOOTNOTE = re.compile(r"\s*\(\d{3}\)|\s*\[.*?\]")


def _clean(text: str) -> str:
    text = _FOOTNOTE.sub("", text).strip().rstrip(":").strip()
    return " ".join(text.replace("\t", " ").split())


def build(source: Path = SOURCE) -> list[str]:
    sys.path.insert(0, str(REPO / "src"))
    from sanctioneer.hs.nomenclature import load_nomenclature
    from sanctioneer.hs.tariff import split_of

    known = load_nomenclature().subheadings
    stack: dict[int, str] = {}
    lines: set[str] = set()
    with source.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                indent = int(row.get("Indent") or 0)
            except ValueError:
                continue
            own = _clean(row.get("Description") or "")
            stack = {k: v for k, v in stack.items() if k < indent}
            stack[indent] = own
            code = re.sub(r"\D", "", row.get("HTS Number") or "")
            if len(code) not in (8, 10) or code[:2] > "97" or code[:6] not in known or split_of(code[:8]) != "train":
                continue
            context = "; ".join(v for k, v in sorted(stack.items()) if 0 < k < indent and v and v.lower() != "other")
            if not own or (own.lower() == "other" and not context):
                continue
            lines.add(f"{code[:6]}\t{own}\t{context[:300]}")
    return sorted(lines)


def main() -> int:
    lines = build()
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
    TARGET.write_bytes(data)
    print(f"{TARGET.relative_to(REPO)}: {len(lines)} lines, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
