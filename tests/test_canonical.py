"""Canonical JSON: the text a decision id and the audit chain hash, the same text the standard library writes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sanctioneer.assessment import Assessor, default_rulebook
from sanctioneer.canonical import canonical, compact, digest
from sanctioneer.intake import read_transfers
from sanctioneer.parties.designation import Alias, Designation, Kind
from sanctioneer.store.audit import decision_entry

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _standard(document: Any) -> str:
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def test_the_founding_decision_and_its_audit_body_read_as_the_standard_library_writes_them() -> None:
    transfer = read_transfers(EXAMPLES / "aurus-2024.json")[0]
    decision = Assessor(default_rulebook(), screen=False).assess(transfer)
    body = decision_entry(transfer, decision, key="erp", as_of=None, version="test").body
    assert canonical(body) == _standard(body)
    expected = "sha256:" + hashlib.sha256(
        _standard({"transfer": transfer.to_dict(), "decision": {
            k: v for k, v in decision.to_dict().items() if k != "decision_id"}}).encode("utf-8")).hexdigest()
    assert decision.decision_id == expected


def test_text_in_any_script_dates_amounts_and_odd_keys_are_written_as_the_standard_library_writes_them() -> None:
    designation = Designation("KPi.064", Kind.PERSON, "CH'OE SO’K MIN", (Alias("최석민", "Good"),),
                              dates_of_birth=("1978",), nationalities=("KP",), listed_on=date(2016, 11, 30))
    odd = {"b": [1, 2.5, None, True], "a": "tab\there \"quoted\" \\ \u2028 \x00 é 김", "3": Decimal("1.10"),
           "when": date(2024, 2, 18), "nested": {"z": {}, "y": []}}
    for document in (asdict(designation), odd, {"amount": 2 ** 70}, [0.1, 1e16, -0.0, 123456789.123]):
        assert canonical(document) == _standard(document), document
        assert digest(document) == "sha256:" + hashlib.sha256(_standard(document).encode("utf-8")).hexdigest()


def test_the_service_answer_keeps_key_order_and_reads_back_whole() -> None:
    document = {"verdict": "prohibited", "as_of": date(2024, 2, 18), "amount": Decimal("250000.00"),
                "big": 2 ** 70, "names": ["Kim Jong Un", "김정은"]}
    written = compact(document)
    assert written.startswith(b'{"verdict":"prohibited","as_of":"2024-02-18"')
    assert json.loads(written) == {**document, "as_of": "2024-02-18", "amount": "250000.00"}
