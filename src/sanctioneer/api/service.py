"""What the HTTP service works with: one assessor, screeners per date, the classifier, the audit log and the keys.

Built once when the server starts; the assessor and screeners are rebuilt when the list store
changes (a `lists update` while the server runs is seen on the next request).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanctioneer.canonical import digest
from sanctioneer.errors import InputError, StoreError
from sanctioneer.model import PartyScreening
from sanctioneer.store.audit import AuditEntry, AuditLog, decision_entry

if TYPE_CHECKING:
    from sanctioneer.api.rescreen import Rescreened
    from sanctioneer.assessment import Assessor
    from sanctioneer.evidence import SourceDocument
    from sanctioneer.model import Decision, PartyScreener, Transfer
    from sanctioneer.parties.designation import Designation
    from sanctioneer.parties.screening import Screener, Screening
    from sanctioneer.settings import Settings
    from sanctioneer.store.keys import KeyRing

__all__ = ["RememberingScreener", "Service", "designation_digest"]

# Seconds between two looks at the list store for a change.
_RECHECK = 1.0
# Screeners kept for as-of dates asked (each holds the indexes of its snapshots).
_SCREENERS = 8
#: yente's dataset names this service answers for: every loaded list together.
DATASETS = ("default", "sanctions")


def designation_digest(designation: Designation) -> str:
    """The digest of a designation's record as a snapshot states it: a disposition lapses when it changes."""
    return digest(asdict(designation))


class Service:
    """The library objects behind the HTTP routes, configured from settings."""

    def __init__(self, settings: Settings, *, audit: AuditLog, keys: KeyRing) -> None:
        from importlib.metadata import version

        from sanctioneer.store.snapshots import STORE_FILE

        self.settings = settings
        self.audit = audit
        self.keys = keys
        self.version = version("sanctioneer")
        self.store_path: Path = settings.home / STORE_FILE
        self.screen_threshold = settings.screen_threshold
        self.review_threshold = settings.review_threshold
        self._stamp: object = None
        self._checked = -_RECHECK
        self._assessors: dict[bool, Assessor] = {}
        self._screeners: dict[date | None, Screener] = {}
        self._classifier: Any = None
        self._dispositions: dict[tuple[str, str], dict[str, Any]] = {}
        # The newest record read for dispositions, and when the trail was last read for new ones.
        self._dispositions_read = 0
        self._dispositions_checked = time.monotonic()
        self._read_dispositions()

    # Components, rebuilt when the list store changes

    def _fresh(self) -> None:
        # The store is looked at once a second at most: a stat per request costs more than the answer.
        now = time.monotonic()
        if now - self._checked < _RECHECK:
            return
        self._checked = now
        try:
            stat = self.store_path.stat()
            stamp: object = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._assessors.clear()
            self._screeners.clear()
            self._stamp = stamp

    def assessor(self, *, screen: bool = True) -> Assessor:
        from sanctioneer.assessment import Assessor

        self._fresh()
        if screen not in self._assessors:
            if True in self._assessors or False in self._assessors:
                other = next(iter(self._assessors.values()))
                built = Assessor.from_settings(self.settings, screen=screen, classify=False)
                built.classifier = other.classifier
            else:
                built = Assessor.from_settings(self.settings, screen=screen)
            if built.screener is not None:
                built.screener = RememberingScreener(built.screener)
            self._assessors[screen] = built
        return self._assessors[screen]

    def warm(self) -> None:
        """Build the assessor, its list indexes and the screener now, so the first request does not wait for them."""
        assessor = self.assessor()
        if self.store_path.exists():
            try:
                self.screener(None)
            except StoreError:
                return  # no list loaded yet: readyz says so
            if assessor.screener is not None:
                assessor.screener.screen_names(["-"], date.today())

    def screener(self, as_of: date | None) -> Screener:
        from sanctioneer.parties.screening import Screener

        self._fresh()
        if as_of not in self._screeners:
            if not self.store_path.exists():
                raise StoreError("no list loaded", fix="load one on the server: `sanctioneer lists update`")
            if len(self._screeners) >= _SCREENERS:
                self._screeners.pop(next(iter(self._screeners)))
            self._screeners[as_of] = Screener.from_store(as_of=as_of, store_path=self.store_path,
                                                         threshold=self.screen_threshold)
        return self._screeners[as_of]

    # Answers

    def assess(self, transfer: Transfer, *, as_of: date | None, screen: bool) -> Decision:
        return self.assessor(screen=screen).assess(transfer, as_of=as_of)

    def read_report(self, item: Any, *, where: str) -> SourceDocument:
        """Read one report of a request: its name, its content, and optionally its format and date."""
        from sanctioneer.evidence import DocumentFormat, parse_document
        from sanctioneer.evidence.document import document_format
        from sanctioneer.intake import parse_date

        if not isinstance(item, dict):
            raise InputError(f"expected an object with name and content, got {type(item).__name__}", where=where)
        unknown = set(item) - {"name", "content", "format", "date"}
        if unknown:
            raise InputError(f"unknown key {sorted(unknown)[0]!r}", where=where,
                             fix="give name, content and optionally format and date")
        name, content = item.get("name"), item.get("content")
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            raise InputError("expected the report's name (at most 200 characters)", where=f"{where}.name")
        if not isinstance(content, str) or not content.strip():
            raise InputError("expected the report's text", where=f"{where}.content")
        fmt = item.get("format")
        if fmt is not None and fmt not in {f.value for f in DocumentFormat}:
            raise InputError(f"expected text, html or markdown, got {fmt!r}", where=f"{where}.format")
        when = parse_date(item["date"], where=f"{where}.date") if item.get("date") is not None else None
        data = content.encode("utf-8")
        return parse_document(data, name=name, date=when,
                              as_format=DocumentFormat(fmt) if fmt else document_format(data, name=name))

    def screen(self, item: dict[str, Any], *, where: str) -> Screening:
        from sanctioneer.countries import normalise_country
        from sanctioneer.intake import parse_date
        from sanctioneer.parties.designation import Kind
        from sanctioneer.parties.scoring import Query
        from sanctioneer.settings import check_score

        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InputError("expected a name to screen", where=f"{where}.name", fix='send {"name": "Choe Sok Min"}')
        for field in ("dob", "country", "kind", "as_of"):
            if item.get(field) is not None and not isinstance(item[field], str):
                raise InputError(f"expected text, got {item[field]!r}", where=f"{where}.{field}",
                                 fix="give it as a string")
        country = item.get("country") or None
        if country:
            normalise_country(country, where=f"{where}.country")
        kind_text = item.get("kind")
        if kind_text and kind_text not in {k.value for k in Kind}:
            raise InputError(f"expected person, entity or vessel, got {kind_text!r}", where=f"{where}.kind",
                             fix="leave it out to match every kind")
        when = parse_date(item["as_of"], where=f"{where}.as_of") if item.get("as_of") else None
        threshold = item.get("threshold")
        if threshold is not None:
            if isinstance(threshold, bool) or not isinstance(threshold, int | float | Decimal):
                raise InputError(f"expected a number from 0 to 1, got {threshold!r}", where=f"{where}.threshold",
                                 fix="such as 0.8")
            threshold = check_score(float(threshold), where=f"{where}.threshold")
        dob = item.get("dob") or None
        if dob:
            from sanctioneer.cli.screen import _dob

            dob = _dob(dob, where=f"{where}.dob")
        query = Query(name, dob, country, Kind(kind_text) if kind_text else None)
        return self.screener(when).screen(query, threshold=threshold, as_of=when)

    def screening_dict(self, result: Screening) -> dict[str, Any]:
        """A screening as JSON, each match with the reviewer's disposition beside it (and whether it lapsed)."""
        payload = result.to_dict()
        for match, shown in zip(result.matches, payload["matches"], strict=True):
            shown["disposition"] = self.disposition_of(result.query.name, match.designation)
        return payload

    def match(self, dataset: str, document: Any, *, threshold: float, cutoff: float, limit: int) -> dict[str, Any]:
        from sanctioneer.api import yente
        from sanctioneer.api.errors import NotFoundError

        screener = self.screener(None)
        known = {*DATASETS, *(v.split("@")[0] for v in screener.versions)}
        if dataset not in known:
            raise NotFoundError(f"no dataset {dataset!r}", where="dataset",
                                fix=f"use one of {', '.join(sorted(known))}")
        return yente.match_response(screener, document, threshold=threshold, cutoff=cutoff, limit=limit)

    def classify(self, text: str, *, top: int) -> dict[str, Any]:
        from sanctioneer.hs.classify import GoodsClassifier

        if self._classifier is None:
            self._classifier = GoodsClassifier(top=5)
        candidates = self._classifier.candidates(text, top=top)
        return {"text": text, "classifier": self._classifier.version, "candidates": [c.to_dict() for c in candidates]}

    def rulebook_dict(self) -> dict[str, Any]:
        from sanctioneer.rulebook.dump import rulebook_to_dict

        result: dict[str, Any] = rulebook_to_dict(self.assessor().rulebook)
        return result

    def measure_dict(self, measure_id: str) -> dict[str, Any]:
        from sanctioneer.api.errors import NotFoundError
        from sanctioneer.rulebook.dump import measure_to_dict

        rulebook = self.assessor().rulebook
        try:
            measure = rulebook.measure(measure_id)
        except KeyError:
            raise NotFoundError(f"no measure {measure_id!r}", where="measure",
                                fix="GET /v1/rulebook lists the measure ids") from None
        result: dict[str, Any] = measure_to_dict(measure)
        return result

    def lists(self) -> list[dict[str, Any]]:
        from sanctioneer.store.snapshots import ListStore

        if not self.store_path.exists():
            return []
        with ListStore.open(self.store_path, read_only=True) as store:
            return [info.to_dict() | {"source": None} for info in store.snapshots(include_removed=True)]

    def rescreen(self) -> list[Rescreened]:
        from sanctioneer.api.rescreen import rescreen
        from sanctioneer.store.snapshots import ListStore

        if not self.store_path.exists():
            return []
        assessor = self.assessor()
        with ListStore.open(self.store_path, read_only=True) as store:
            return rescreen(self.audit, assessor, store)

    def readiness(self) -> dict[str, Any]:
        checks: dict[str, str] = {}
        try:
            self.assessor()
            checks["rulebook"] = "ok"
        except Exception as exc:  # readiness reports, it never fails
            checks["rulebook"] = f"unavailable ({type(exc).__name__})"
        try:
            checks["lists"] = ", ".join(self.screener(None).versions) or "none loaded"
        except Exception:
            checks["lists"] = "none loaded"
        checks["audit"] = f"{self.audit.count} records"
        ready = checks["rulebook"] == "ok" and checks["lists"] != "none loaded"
        return {"ready": ready, "checks": checks, "version": self.version}

    # Audit entries

    def _versions(self, **extra: Any) -> dict[str, Any]:
        return {"sanctioneer": self.version, **extra}

    def assess_entry(self, transfer: Transfer, decision: Decision, *, key: str | None,
                     as_of: date | None, output: dict[str, Any] | None = None) -> AuditEntry:
        return decision_entry(transfer, decision, key=key, as_of=as_of, version=self.version, output=output)

    def screen_entry(self, result: Screening, *, key: str | None) -> AuditEntry:
        output = result.to_dict()
        body = {"input": result.query.to_dict() | {"as_of": output["as_of"], "threshold": result.threshold},
                "output": output, "versions": self._versions(lists=list(result.lists))}
        return AuditEntry("screen", body, decision_id=_content_id(body), key_name=key)

    def match_entry(self, document: Any, answer: dict[str, Any], dataset: str, *, key: str | None) -> AuditEntry:
        body = {"input": {"dataset": dataset, "request": document}, "output": answer["responses"],
                "versions": self._versions(lists=list(self.screener(None).versions))}
        return AuditEntry("match", body, decision_id=_content_id(body), key_name=key)

    def disposition_entry(self, document: dict[str, Any], *, key: str | None) -> AuditEntry:
        """Check a disposition (the designation must be in the newest snapshot) and make its audit entry."""
        for field in ("party", "designation", "status", "reviewer", "reason"):
            value = document.get(field)
            if not isinstance(value, str) or not value.strip():
                raise InputError(f"expected {field} as text", where=f"body.{field}",
                                 fix="give party, designation, status, reviewer and reason")
        if document["status"] not in {"false_alert", "confirmed"}:
            raise InputError(f"expected false_alert or confirmed, got {document['status']!r}", where="body.status",
                             fix="false_alert clears the alert; confirmed records a true match")
        designation = self._designation(document["designation"])
        body = {k: document[k].strip() for k in ("party", "designation", "status", "reviewer", "reason")} | {
            "designation_digest": designation_digest(designation), "designation_name": designation.name}
        return AuditEntry("disposition", body, decision_id=_content_id(body), key_name=key)

    def disposition_recorded(self, entry: AuditEntry, seq: int) -> None:
        """Apply a disposition once its record is committed: later screenings show it."""
        self._remember_disposition(entry.body, seq)

    def _remember_disposition(self, body: dict[str, Any], seq: int) -> None:
        key = (_fold(body["party"]), body["designation"])
        known = self._dispositions.get(key)
        if known is None or int(known.get("record") or 0) < seq:  # the newest record decides
            self._dispositions[key] = body | {"record": seq}

    def _read_dispositions(self) -> None:
        for record in self.audit.records(start=self._dispositions_read + 1, kind="disposition"):
            self._remember_disposition(record.to_dict()["body"], record.seq)
            self._dispositions_read = record.seq

    def _designation(self, reference: str) -> Designation:
        for source in self.screener(None).sources:
            for designation in source.index.designations:
                if designation.reference == reference:
                    return designation
        raise InputError(f"no designation {reference!r} in the lists in force", where="body.designation",
                         fix="give the reference a match shows, such as KPi.033")

    def disposition_of(self, party: str, designation: Designation) -> dict[str, Any] | None:
        """The disposition recorded for this party and designation, marked lapsed when the designation has changed.

        Where other servers (or `sanctioneer review`) append to the same trail, their dispositions
        are read from it once a second at most.
        """
        now = time.monotonic()
        if self.audit.shared and now - self._dispositions_checked >= _RECHECK:
            self._dispositions_checked = now
            self._read_dispositions()
        found = self._dispositions.get((_fold(party), designation.reference))
        if found is None:
            return None
        lapsed = found["designation_digest"] != designation_digest(designation)
        return {"status": found["status"], "reviewer": found["reviewer"], "reason": found["reason"],
                "record": found.get("record"), "lapsed": lapsed,
                "suppressed": found["status"] == "false_alert" and not lapsed}


class RememberingScreener:
    """A party screener that remembers its answer for each name and date, until the store changes.

    Order systems send the same counterparties day after day; screening a name against the
    lists is the costliest part of an assessment. A name's matches depend only on the name, the
    date and the list snapshots (the store screener screens each name of a transfer on its own),
    and the service drops this screener when the store changes: so a transfer naming one new
    party and one known party screens only the new one.
    """

    def __init__(self, inner: PartyScreener, *, size: int = 8192) -> None:
        self.inner = inner
        self.size = size
        self._answers: OrderedDict[tuple[str, date], PartyScreening] = OrderedDict()

    def screen_names(self, names: Sequence[str], on: date) -> PartyScreening:
        parts: list[PartyScreening] = []
        for name in dict.fromkeys(names):
            key = (name, on)
            found = self._answers.get(key)
            if found is None:
                found = self._answers[key] = self.inner.screen_names([name], on)
                if len(self._answers) > self.size:
                    self._answers.popitem(last=False)
            else:
                self._answers.move_to_end(key)
            if found.missing is not None:
                return found
            parts.append(found)
        if not parts:
            return self.inner.screen_names(names, on)
        return PartyScreening(tuple(m for part in parts for m in part.matches), parts[0].lists)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _content_id(body: dict[str, Any]) -> str:
    return digest(body)
