"""Rescreening: after a new list snapshot, judge past screened decisions again and report what changed.

A decision is judged again when it screened named parties against list snapshots other than the
ones that would be read for it now. It is reported when the designations its parties match
differ, with the verdict before and after and the designations behind the change (added,
removed or changed between the snapshot it read and the newest one read now).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sanctioneer.assessment import Assessor
    from sanctioneer.store.audit import AuditLog
    from sanctioneer.store.snapshots import ListStore

__all__ = ["Rescreened", "rescreen"]


@dataclass(frozen=True)
class Rescreened:
    """One past decision whose parties' matches changed: verdicts, matches and the designations that caused it."""

    seq: int
    decision_id: str | None
    transfer_id: str | None
    verdict_before: str
    verdict_now: str
    matches_before: tuple[str, ...]
    matches_now: tuple[str, ...]
    designations: tuple[dict[str, str], ...]
    lists_before: tuple[str, ...]
    lists_now: tuple[str, ...]
    decision: dict[str, Any]

    @property
    def verdict_changed(self) -> bool:
        return self.verdict_before != self.verdict_now

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.seq, "decision_id": self.decision_id, "transfer_id": self.transfer_id,
                "verdict_before": self.verdict_before, "verdict_now": self.verdict_now,
                "verdict_changed": self.verdict_changed, "matches_before": list(self.matches_before),
                "matches_now": list(self.matches_now), "designations": list(self.designations),
                "lists_before": list(self.lists_before), "lists_now": list(self.lists_now),
                "decision": self.decision}


def _matched(output: dict[str, Any]) -> tuple[str, ...]:
    findings = list(output.get("findings", []))
    for line in output.get("lines", []):
        findings.extend(line.get("findings", []))
    return tuple(sorted({str(f["matched"]) for f in findings if f.get("matched")}))


def rescreen(log: AuditLog, assessor: Assessor, store: ListStore) -> list[Rescreened]:
    """Judge again the latest record of each distinct screened request; return those whose matches changed."""
    from sanctioneer.intake import parse_transfer

    latest: dict[str, tuple[int, dict[str, Any]]] = {}
    for record in log.records(kind="assess"):
        body = json.loads(record.body)
        if body["output"].get("screening") != "screened":
            continue
        latest[json.dumps(body["input"], sort_keys=True)] = (record.seq, body)
    snapshots = {info.version: info for info in store.snapshots(include_removed=True)}
    found = []
    for seq, body in sorted(latest.values(), key=lambda item: item[0]):
        before = body["output"]
        as_of = body["input"].get("as_of")
        transfer = parse_transfer(body["input"]["transfer"], where=f"audit record {seq}")
        now = assessor.assess(transfer, as_of=date.fromisoformat(as_of) if as_of else None)
        lists_before = tuple(ref["version"] for ref in before.get("lists", []))
        lists_now = tuple(ref.version for ref in now.lists)
        if lists_before == lists_now:
            continue
        after = now.to_dict()
        matches_before, matches_now = _matched(before), _matched(after)
        if matches_before == matches_now and before["verdict"] == after["verdict"]:
            continue
        concerned = set(matches_before) | set(matches_now)
        designations: dict[str, dict[str, str]] = {}
        for old_version in lists_before:
            old = snapshots.get(old_version)
            newer = [snapshots[v] for v in lists_now if v in snapshots and old and snapshots[v].list_id == old.list_id]
            if old is None or not newer:
                continue
            diff = store.diff(old, max(newer, key=lambda info: (info.generated, info.id)))
            for change, rows in (("added", diff.added), ("removed", diff.removed), ("changed", diff.changed)):
                for reference, name in rows:
                    if reference in concerned:
                        designations[reference] = {"reference": reference, "name": name, "change": change,
                                                   "from": old.version, "to": diff.new.version}
        found.append(Rescreened(seq, before.get("decision_id"), before.get("id"), before["verdict"], after["verdict"],
                                matches_before, matches_now, tuple(designations.values()), lists_before, lists_now,
                                after))
    return found
