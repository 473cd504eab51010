"""Make N synthetic customs lines: `python benchmarks/make_trades.py N --out trades.parquet`.

The HS mix draws most lines from the whole HS 2022 nomenclature and some from the ranges the
rulebook's measures name; dates run from 2005 to 2026. About 1 % of the lines touch the DPRK: as
recipient, as supplier, by route (ending, starting or passing through) or by origin; a share of
those fall on the day before, on and after each date the rulebook changes (a measure's start or
end, an item's listing, an exemption's window). Some lines have a description only (words the
rulebook's clauses and the goods classifier know), some name parties, some carry a value (for the
thresholds) or a stated purpose (for the exemptions). Everything is drawn from a seeded generator.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sanctioneer import default_rulebook
from sanctioneer.errors import InputError
from sanctioneer.hs.nomenclature import load_nomenclature
from sanctioneer.intake import parse_hs

COLUMNS = ("id", "date", "hs", "description", "quantity", "value", "currency", "supplier", "supplier_country",
           "recipient", "recipient_country", "origin", "route", "kind", "purpose")
TRADERS = ("CN", "RU", "US", "DE", "JP", "KR", "IN", "VN", "NL", "SG", "HK", "TR", "BR", "FR", "GB", "AE", "MY", "TH")
NAMES = ("Acme Trading Co", "Ocean Star Shipping", "Kim Jong Un", "Korea Mining Development Trading Corporation",
         "Golden Harbour Ltd", "Dalian Sunrise Import Export", "Choe Sok Min", "Nordic Parts GmbH")
WORDS = ("cotton t-shirts", "laptop computers", "frozen shrimp", "armoured limousine", "diesel fuel",
         "wristwatches", "fresh apples", "rice", "paracetamol tablets", "steel bars", "jet fuel", "yacht",
         "crude oil", "coal briquettes", "industrial machinery parts", "statue of bronze", "snowmobile",
         "ship spare parts", "lobster", "fur coats", "perfume", "carbon fibre", "medical gloves")
CURRENCIES = ("USD", "USD", "USD", "EUR", "CNY")
START, END = date(2005, 1, 1), date(2026, 11, 30)


def _boundaries() -> list[date]:
    """Every date the rulebook changes on: measures' history, items' listing, exemptions' windows."""
    rulebook = default_rulebook()
    found: set[date] = set()
    for measure in rulebook.measures:
        found.update(start for start, _ in measure.history)
        found.update(item.since for item in measure.items)
        for exemption in measure.exemptions:
            for name in ("start", "end", "from_", "until", "since"):
                value = getattr(exemption, name, None)
                if isinstance(value, date):
                    found.add(value)
    days = {d + timedelta(days=shift) for d in found for shift in (-1, 0, 1)}
    return sorted(d for d in days if START <= d <= END)


def _rulebook_material() -> tuple[list[str], list[str], list[str]]:
    """Codes and words the rulebook's clauses name, and the purposes its exemptions know."""
    rulebook = default_rulebook()
    codes: set[str] = set()
    terms: set[str] = set()
    purposes: set[str] = set()
    for measure in rulebook.measures:
        clauses = list(measure.goods) + [c for item in measure.items for c in item.goods]
        for clause in clauses:
            for hs_range in clause.hs:
                codes.update((hs_range.low, hs_range.high))
            terms.update(clause.terms)
        for exemption in measure.exemptions:
            purposes.update(exemption.purpose_terms)
    valid = []
    for code in sorted(codes):
        try:
            valid.append(parse_hs(code, where="hs"))
        except InputError:
            continue
    return valid, sorted(terms), sorted(purposes)


def boundary_lines(target: str) -> Iterator[dict[str, str | None]]:
    """One line per goods measure and date it changes on (the day before, the day, the day after).

    Each line carries a code the measure names (and a word of it, for measures the words decide)
    and moves the measure's way, so the date is what decides.
    """
    for measure in default_rulebook().measures:
        clauses = list(measure.goods) + [c for item in measure.items for c in item.goods]
        if not clauses:
            continue
        dates = {start for start, _ in measure.history} | {item.since for item in measure.items}
        for exemption in measure.exemptions:
            dates.update(d for d in (exemption.start, exemption.end) if d is not None)
        clause = clauses[0]
        code = None
        for hs_range in clause.hs:
            try:
                code = parse_hs(hs_range.low, where="hs")
                break
            except InputError:
                continue
        for day in sorted(dates):
            for shift in (-1, 0, 1):
                row: dict[str, str | None] = dict.fromkeys(COLUMNS)
                row["date"] = (day + timedelta(days=shift)).isoformat()
                row["hs"] = code
                row["description"] = clause.terms[0] if clause.terms else None
                row["supplier_country"], row["recipient_country"] = (
                    (target, "CN") if measure.direction == "from" else ("CN", target))
                if row["hs"] or row["description"]:
                    yield row


def generate(n: int, *, seed: int = 7, dprk_share: float = 0.01) -> Iterator[dict[str, str | None]]:
    """Yield `n` trade lines as dicts of text (None where a column is empty).

    When `n` is at least 1,000 the first lines are the boundary lines (see `boundary_lines`).
    """
    rng = random.Random(seed)
    target = default_rulebook().regime.target
    first = list(boundary_lines(target)) if n >= 1000 else []
    for index, row in enumerate(first[:n]):
        row["id"] = f"L{index + 1:09d}"
        yield row
    subheadings = sorted(load_nomenclature().subheadings)
    rule_codes, terms, purposes = _rulebook_material()
    boundaries = _boundaries()
    span = (END - START).days
    for index in range(len(first), n):
        touches = rng.random() < dprk_share
        row: dict[str, str | None] = dict.fromkeys(COLUMNS)
        row["id"] = f"L{index + 1:09d}"
        on = (rng.choice(boundaries) if touches and boundaries and rng.random() < 0.4
              else START + timedelta(days=rng.randrange(span)))
        row["date"] = on.isoformat()
        pick = rng.random()
        if pick < 0.06:
            row["description"] = rng.choice(WORDS + tuple(terms))
        else:
            ruled = (touches and rng.random() < 0.6) or pick < 0.12
            code = rng.choice(rule_codes) if ruled else rng.choice(subheadings)
            row["hs"] = code if rng.random() < 0.7 else f"{code[:4]}.{code[4:]}" if len(code) > 4 else code
            if rng.random() < 0.3:
                row["description"] = rng.choice(WORDS + tuple(terms))
        if rng.random() < 0.5:
            row["quantity"] = str(rng.randint(1, 5000))
        if rng.random() < 0.35 or (touches and rng.random() < 0.5):
            row["value"] = f"{rng.lognormvariate(8.5, 2.0):.2f}"
            row["currency"] = rng.choice(CURRENCIES)
        supplier, recipient = rng.sample(TRADERS, 2)
        row["supplier_country"], row["recipient_country"] = supplier, recipient
        if touches:
            way = rng.random()
            if way < 0.4:
                row["recipient_country"] = target
            elif way < 0.7:
                row["supplier_country"] = target
            elif way < 0.8:
                row["route"] = f"{supplier}>{target}"
            elif way < 0.87:
                row["route"] = f"{target}>{recipient}"
            elif way < 0.94:
                row["route"] = f"{supplier}>{target}>{recipient}"
            else:
                row["origin"] = target
            if rng.random() < 0.1 and purposes:
                row["purpose"] = rng.choice(purposes)
        missing = rng.random()
        if missing < 0.005:
            row["recipient_country"] = None
        elif missing < 0.01:
            row["supplier_country"] = None
        if rng.random() < 0.03:
            row["recipient" if rng.random() < 0.5 else "supplier"] = rng.choice(NAMES)
        if rng.random() < 0.1:
            row["kind"] = rng.choice(("sale", "gift", "barter"))
        yield row


def write(path: Path, rows: Iterator[dict[str, str | None]], *, chunk: int = 500_000) -> int:
    """Write rows to a CSV or Parquet file (all columns as text), chunk by chunk. Return how many."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    parquet = path.suffix == ".parquet"
    writer = pq.ParquetWriter(str(path), schema, compression="zstd") if parquet else pcsv.CSVWriter(str(path), schema)
    count = 0
    buffer: list[dict[str, str | None]] = []
    with writer:
        for row in rows:
            buffer.append(row)
            if len(buffer) >= chunk:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                count += len(buffer)
                buffer = []
        if buffer:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            count += len(buffer)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many lines")
    parser.add_argument("--out", type=Path, default=Path("trades.parquet"), help=".csv or .parquet")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dprk-share", type=float, default=0.01, help="share of lines touching the DPRK")
    args = parser.parse_args(argv)
    count = write(args.out, generate(args.n, seed=args.seed, dprk_share=args.dprk_share))
    print(f"{count:,} lines written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
