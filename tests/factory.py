"""Builders for tests: transfers from short descriptions, and the rule cases beside the rulebook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sanctioneer.intake import parse_date, parse_transfer
from sanctioneer.model import Decision, GoodsLine, Party, Transfer, Verdict
from sanctioneer.rulebook.loader import read_yaml

CASES_DIR = Path(__file__).resolve().parents[1] / "src" / "sanctioneer" / "rulebook" / "cases"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def transfer(hs: str | None = "8703", *, to: str | None = "KP", frm: str | None = "RU", on: str | None = "2024-02-18",
             description: str | None = None, **fields: Any) -> Transfer:
    """A one-line transfer; keyword fields override the Transfer's own."""
    line = GoodsLine(description=description, hs=hs)
    base = Transfer(
        goods=(line,),
        date=date.fromisoformat(on) if on else None,
        supplier=Party(country=frm),
        recipient=Party(country=to),
    )
    return Transfer(**{**base.__dict__, **fields})


@dataclass(frozen=True)
class RuleCase:
    file: str
    name: str
    transfer: Transfer
    as_of: date | None
    expect: dict[str, Any]


def copy_rulebook(tmp_path: Path) -> Path:
    """Copy the packaged rulebook into a directory of the test's own, to edit one fact in it."""
    import shutil

    from sanctioneer.rulebook import default_rulebook_dir

    target = tmp_path / "rulebook"
    shutil.copytree(default_rulebook_dir(), target)
    return target


def load_cases() -> list[RuleCase]:
    """Read every rule case beside the rulebook."""
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for index, raw in enumerate(read_yaml(path.read_text("utf-8"), name=path.name)):
            where = f"{path.name}[{index}]"
            unknown = set(raw) - {"name", "transfer", "as_of", "expect"}
            assert not unknown, f"{where}: unknown keys {unknown}"
            cases.append(
                RuleCase(
                    file=path.name,
                    name=raw["name"],
                    transfer=parse_transfer(raw["transfer"], where=where),
                    as_of=parse_date(raw["as_of"], where=where) if raw.get("as_of") else None,
                    expect=raw["expect"],
                )
            )
    return cases


def strongest(decision: Decision, measure: str) -> Verdict | None:
    """The most severe effect among a decision's findings for one measure."""
    effects = [f.effect for f in decision.all_findings if f.measure == measure]
    return Verdict.worst(effects) if effects else None


def items_cited(decision: Decision) -> set[str]:
    return {f.item.id for f in decision.all_findings if f.item}
