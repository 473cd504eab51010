"""Builders for tests: transfers from short descriptions, and the rule cases beside the rulebook."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sanctioneer.intake import parse_date, parse_transfer
from sanctioneer.model import Decision, GoodsLine, Party, Transfer, TransferKind, Verdict
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


# --- Reports of documents, claims and events (the evidence JSON), for the renderers ---------------

FLY = """date 2024-02-20 Russian President Vladimir Putin has given North Korean leader Kim Jong Un a luxury car.

State media in Pyongyang said the Aurus Senat limousine was handed over to Kim Jong Un on Sunday. The
Kremlin confirmed the gift and said the car is the same model Putin uses.

North Korea is believed to be supplying Russia with artillery shells and ballistic missiles for the war.
Pyongyang has rejected the accusations.

Would you like to comment on this article?
"""

WIRE = """Putin gifts Kim Jong Un a Russian limousine

The Russian-made Aurus limousine was delivered to Kim's top aides by the Russian side on February 18, the
official news agency said.

The United States has accused North Korea of supplying Russia with artillery shells. Moscow and
Pyongyang deny the accusations.
"""

# Words a hostile document may hold: markup that would run or load something if it were obeyed.
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'


def evidence(text: str, phrase: str, field: str, *, after: str = "") -> dict[str, Any]:
    """The evidence for one field: the phrase's offsets in the text (first after `after`) and its sentence."""
    start = text.index(phrase, text.index(after) if after else 0)
    end = start + len(phrase)
    opening = max((m.end() for m in re.finditer(r"\.\s+|\n\s*\n", text[:start])), default=0)
    stop = re.search(r"\.(\s|$)", text[end:])
    closing = end + stop.start() + 1 if stop else len(text)
    return {"field": field, "text": phrase, "start": start, "end": end,
            "sentence": {"text": text[opening:closing], "start": opening, "end": closing}}


def _decision(transfer_: Transfer, *, today: date) -> dict[str, Any]:
    """What `assess --format json` says about the transfer: the real rulebook and engine, no list loaded."""
    from sanctioneer.assessment import Assessor, default_rulebook

    return Assessor(default_rulebook()).assess(transfer_, today=today).to_dict()


def founding_report(*, fly: str = FLY, wire: str = WIRE, wire_title: str = WIRE.splitlines()[0],
                    ) -> tuple[dict[str, Any], dict[str, str]]:
    """A report like the founding case's, and the documents' texts by name.

    Two news reports of Putin's gift of an Aurus Senat limousine to Kim Jong Un (one event, two
    sources, the recipient contradicted: Kim himself or his aides), and of North Korean arms
    supplied to Russia (alleged by one, denied in the other, date unknown). The decisions are the
    engine's own on the events' transfers.
    """
    a, b = "news/fly-2024-02-20.txt", "news/wire-limousine.txt"
    putin = {"name": "Vladimir Putin", "country": "RU", "type": "person"}
    kim = {"name": "Kim Jong Un", "country": "KP", "type": "person"}
    limousine = {"description": "Aurus Senat limousine", "hs": "8703", "quantity": None, "unit": None, "value": None,
                 "hs_label": "Motor cars and other motor vehicles; principally designed for the transport of persons"}
    arms = {"description": "artillery shells and ballistic missiles", "hs": None, "hs_label": None,
            "quantity": None, "unit": None, "value": None}
    gift_a = [evidence(fly, "Aurus Senat limousine", "goods"), evidence(fly, "Vladimir Putin", "supplier"),
              evidence(fly, "Kim Jong Un", "recipient", after="handed over"), evidence(fly, "on Sunday", "date"),
              evidence(fly, "handed over", "kind")]
    gift_b = [evidence(wire, "Aurus limousine", "goods"), evidence(wire, "the Russian side", "supplier"),
              evidence(wire, "Kim's top aides", "recipient"), evidence(wire, "on February 18", "date"),
              evidence(wire, "delivered", "kind")]
    arms_a = [evidence(fly, "artillery shells and ballistic missiles", "goods"),
              evidence(fly, "North Korea", "supplier", after="\n\nNorth Korea"), evidence(fly, "believed to", "status")]
    arms_b = [evidence(wire, "artillery shells", "goods"), evidence(wire, "accused", "status"),
              evidence(wire, "deny", "status")]
    claims = [
        {"id": "c1", "document": a, "kind": "gift", "status": "reported", "hedges": [], "goods": [limousine],
         "supplier": putin, "recipient": kim, "date": {"value": "2024-02-18", "precision": "day", "text": "on Sunday"},
         "evidence": gift_a},
        {"id": "c2", "document": a, "kind": "supply", "status": "alleged", "hedges": ["believed to"], "goods": [arms],
         "supplier": {"name": None, "country": "KP", "type": "country"},
         "recipient": {"name": None, "country": "RU", "type": "country"},
         "date": {"value": None, "precision": "unknown", "text": None}, "evidence": arms_a},
        {"id": "c3", "document": b, "kind": "delivery", "status": "reported", "hedges": [],
         "goods": [{**limousine, "description": "Aurus limousine"}], "supplier": {**putin, "name": None},
         "recipient": {**kim, "name": "Kim's top aides"},
         "date": {"value": "2024-02-18", "precision": "day", "text": "on February 18"}, "evidence": gift_b},
        {"id": "c4", "document": b, "kind": "supply", "status": "denied", "hedges": ["accused"],
         "goods": [{**arms, "description": "artillery shells"}],
         "supplier": {"name": None, "country": "KP", "type": "country"},
         "recipient": {"name": None, "country": "RU", "type": "country"},
         "date": {"value": None, "precision": "unknown", "text": None}, "evidence": arms_b},
    ]
    today = date(2024, 2, 20)
    gift = Transfer(goods=(GoodsLine(description="Aurus Senat limousine", hs="8703"),), date=date(2024, 2, 18),
                    supplier=Party(name="Vladimir Putin", country="RU"),
                    recipient=Party(name="Kim Jong Un", country="KP"), kind=TransferKind.GIFT, id="e1")
    supply = Transfer(goods=(GoodsLine(description=arms["description"]),), supplier=Party(country="KP"),
                      recipient=Party(country="RU"), id="e2")
    events = [
        {"id": "e1", "verdict": None, "date": "2024-02-18", "date_precision": "day", "kind": "gift",
         "status": "reported",
         "statuses": [{"document": a, "status": "reported", "hedges": []},
                      {"document": b, "status": "reported", "hedges": []}],
         "goods": [limousine], "supplier": putin, "recipient": kim, "corroboration": 2,
         "agreements": [{"field": "date", "value": "2024-02-18", "documents": [a, b]},
                        {"field": "goods", "value": "Aurus limousine, HS 8703", "documents": [a, b]}],
         "contradictions": [{"field": "recipient", "values": [
             {"value": "Kim Jong Un", "document": a, **{k: gift_a[2][k] for k in ("text", "start", "end")}},
             {"value": "Kim's top aides", "document": b, **{k: gift_b[2][k] for k in ("text", "start", "end")}}]}],
         "sources": [{"document": a, "date": "2024-02-20", "claims": ["c1"], "evidence": gift_a},
                     {"document": b, "date": None, "claims": ["c3"], "evidence": gift_b}],
         "notes": [], "decision": _decision(gift, today=today)},
        {"id": "e2", "verdict": None, "date": None, "date_precision": "unknown", "kind": "supply", "status": "alleged",
         "statuses": [{"document": a, "status": "alleged", "hedges": ["believed to"]},
                      {"document": b, "status": "denied", "hedges": ["accused"]}],
         "goods": [arms], "supplier": claims[1]["supplier"], "recipient": claims[1]["recipient"], "corroboration": 2,
         "agreements": [], "contradictions": [],
         "sources": [{"document": a, "date": "2024-02-20", "claims": ["c2"], "evidence": arms_a},
                     {"document": b, "date": None, "claims": ["c4"], "evidence": arms_b}],
         "notes": ["the date of the transfer is unknown: the law is applied as it stands on 2024-02-20"],
         "decision": _decision(supply, today=today)},
    ]
    for event in events:
        event["verdict"] = event["decision"]["verdict"]
    documents = [
        {"name": a, "format": "text", "title": None, "date": "2024-02-20", "date_source": "text: 'date 2024-02-20'",
         "sha256": hashlib.sha256(fly.encode()).hexdigest(), "words": len(fly.split())},
        {"name": b, "format": "text", "title": wire_title, "date": None, "date_source": None,
         "sha256": hashlib.sha256(wire.encode()).hexdigest(), "words": len(wire.split())},
    ]
    return {"documents": documents, "events": events, "claims": claims}, {a: fly, b: wire}
