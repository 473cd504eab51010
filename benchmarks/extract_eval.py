"""Evaluate document extraction: claims, fields, events and speed against a hand-annotated gold set.

Run from the repository:

    .venv/bin/python benchmarks/extract_eval.py [--split test|dev|all] [--json] [--show-errors]
    .venv/bin/python benchmarks/extract_eval.py --predictions saved.json --split test
    .venv/bin/python benchmarks/extract_eval.py --files new-report.txt other-report.md --show-errors

The gold set is benchmarks/data/extract-gold/ (see its README.md): short reports written for this
evaluation, each paraphrasing publicly reported sanctions cases, with the claims a careful analyst
would record and an event label shared by the claims that describe the same transfer. Each split
runs as one batch, the way an analyst runs a folder: `sanctioneer extract FILES... --format json`
through the installed command, test split first, then dev.

Scoring:
- a predicted claim matches a gold claim of the same document when the goods overlap (a content
  word in common, or the same four-digit HS heading) and neither the supplier's nor the recipient's
  country contradicts; pairs are taken one to one, best field agreement first. Claims marked
  optional in the gold (a reader may or may not count them) are neither misses nor false alarms.
- per field: precision over the values predicted, recall over the values expected, on matched and
  unmatched claims alike (a value on a false alarm is a wrong value; a value of a missed claim is a
  missed value). A gold list of values lists the readings accepted; null in it means the field may
  be left empty.
- events: a gold event reported by several documents is merged correctly when all its claims fall
  in one predicted event that holds no claim of another gold event; pairwise precision and recall
  over claim pairs.
- documents that describe no transfer: claims and events predicted from them (target 0).
- why: each prediction that matches no gold claim, and each gold claim missed, is counted under the
  first category that fits it (UNMATCHED_WHY, MISSED_WHY): in a document without transfer; the goods
  of a missed gold claim with a country that contradicts (or both swapped); the goods of a gold claim
  another prediction matched (a split); the sentence of a gold claim with other goods words; goods
  with no content word; goods and sentence no gold claim has. Predictions are also counted by kind
  and status, misses by their gold kind and status. Only categories and counts are printed, on any
  split; `--show-errors` on dev puts each one's category beside its sentence.
- speed: the batch's wall time minus that of a run on a one-line document telling one transfer (start-up,
  and the load of the gazetteers and the goods classifier), per document and per 1,000 words.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "data" / "extract-gold"
SPLITS = ("test", "dev")
LONG_WORDS = 750  # the documents of about 1,000 words, timed again on their own

TARGETS = {
    "claims": 0.85, "date": 0.9, "supplier.country": 0.9, "recipient.country": 0.9, "seconds_per_1000_words": 0.5,
}
FIELDS = (
    "supplier.country", "recipient.country", "supplier.name", "recipient.name",
    "date", "kind", "status", "hs", "quantity", "value",
)
_TARGET_FIELDS = {"date", "supplier.country", "recipient.country"}

# Words that say nothing about which goods are meant: a shared "luxury" or "North Korean" is no match.
_STOP = {
    "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "from", "by", "its", "their", "his", "her",
    "some", "several", "other", "others", "various", "more", "than", "about", "over", "into", "at", "as",
}
_GENERIC = {
    "goods", "good", "item", "items", "product", "products", "cargo", "cargoes", "shipment", "shipments",
    "consignment", "consignments", "container", "containers", "luxury", "tons", "tonnes", "ton", "tonne",
    "barrel", "barrels", "bottle", "bottles", "box", "boxes", "worth", "value", "unit", "units", "part", "parts",
    "equipment", "material", "materials", "supplies", "supply", "new", "used", "old", "made", "kind", "type",
    "number", "quantity", "unknown", "pair", "north", "south", "korean", "korea", "russian", "chinese", "japanese",
    "european", "american", "cuban", "dprk", "million", "billion", "thousand", "hundred", "dollars", "euros",
}
_NAME_STOP = {"the", "of", "and", "mr", "ms", "president", "leader"}


# ---------------------------------------------------------------- gold


@dataclass(frozen=True, kw_only=True)
class GoldClaim:
    document: str
    index: int
    event: str
    goods: tuple[str, ...]
    hs: tuple[str | None, ...]
    fields: dict[str, tuple[Any, ...]]
    sentence: str
    optional: bool = False

    @property
    def key(self) -> str:
        return f"{self.document}#{self.index}"


@dataclass(frozen=True, kw_only=True)
class GoldDocument:
    file: str
    split: str
    date: str | None
    claims: tuple[GoldClaim, ...]


def _options(value: Any) -> tuple[Any, ...]:
    """Return the accepted readings of a gold value: a list lists them, a single value is one."""
    if isinstance(value, list):
        return tuple(value)
    return (value,)


def load_gold(path: Path) -> list[GoldDocument]:
    """Read the gold YAML file into documents and their expected claims."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    documents = []
    for entry in data["documents"]:
        claims = []
        for index, raw in enumerate(entry.get("claims") or []):
            supplier = raw.get("supplier") or {}
            recipient = raw.get("recipient") or {}
            values = raw.get("value")
            fields: dict[str, tuple[Any, ...]] = {
                "supplier.country": _options(supplier.get("country")),
                "recipient.country": _options(recipient.get("country")),
                "supplier.name": _options(supplier.get("name")),
                "recipient.name": _options(recipient.get("name")),
                "date": tuple(None if d is None else str(d) for d in _options(raw.get("date"))),
                "kind": _options(raw.get("kind")),
                "status": _options(raw.get("status")),
                "quantity": tuple(None if q is None else float(q) for q in _options(raw.get("quantity"))),
                "value": tuple(
                    None if v is None else (float(v["amount"]), str(v["currency"]).upper()) for v in _options(values)
                ),
            }
            claims.append(GoldClaim(
                document=entry["file"], index=index, event=str(raw["event"]),
                goods=tuple(str(g) for g in raw["goods"]),
                hs=tuple(None if h is None else str(h) for h in _options(raw.get("hs"))),
                fields=fields, sentence=str(raw.get("sentence") or ""), optional=bool(raw.get("optional", False)),
            ))
        doc_date = entry.get("date")
        documents.append(GoldDocument(
            file=entry["file"], split=entry["split"], date=None if doc_date is None else str(doc_date),
            claims=tuple(claims),
        ))
    return documents


# ---------------------------------------------------------------- predictions


@dataclass(frozen=True, kw_only=True)
class Predicted:
    document: str
    id: str
    goods: tuple[str, ...]
    fields: dict[str, Any]
    sentence: str
    event: str | None


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def goods_words(descriptions: Iterable[str]) -> set[str]:
    """Return the content words of goods descriptions, lower-cased and singular."""
    words = set()
    for text in descriptions:
        for word in re.split(r"[^0-9a-z]+", text.lower()):
            if not word or word.isdigit() or word in _STOP or word in _GENERIC:
                continue
            stem = _stem(word)
            if stem not in _GENERIC:
                words.add(stem)
    return words


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a dozen": 12, "dozen": 12, "a pair": 2, "pair": 2,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9}


def _number(text: Any) -> float | None:
    """Read a quantity or amount as the extractor may write it: "25,000", "2", "two", "1.6 million"."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    cleaned = str(text).strip().lower().replace(",", "")
    if cleaned in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[cleaned])
    found = re.fullmatch(r"(?:about |around |some |more than |over )?([0-9]*\.?[0-9]+|[a-z]+)\s*([a-z]*)", cleaned)
    if not found:
        return None
    head, scale = found.groups()
    base = _NUMBER_WORDS.get(head) if head.isalpha() else float(head)
    if base is None or (scale and scale not in _SCALES):
        return None
    return float(base) * _SCALES.get(scale, 1.0)


def _heading(code: Any) -> str | None:
    digits = re.sub(r"\D", "", str(code or ""))
    return digits[:4] if len(digits) >= 4 else None


def _party(claim: dict[str, Any], role: str) -> dict[str, Any]:
    party = claim.get(role)
    return party if isinstance(party, dict) else {}


def parse_prediction(payload: dict[str, Any]) -> list[Predicted]:
    """Read the extractor's JSON ("claims", "events") into predicted claims with their event."""
    event_of: dict[str, str] = {}
    for event in payload.get("events") or []:
        for source in event.get("sources") or []:
            for claim_id in source.get("claims") or []:
                event_of[str(claim_id)] = str(event.get("id"))
    predicted = []
    for claim in payload.get("claims") or []:
        goods = [g for g in claim.get("goods") or [] if isinstance(g, dict)]
        headings = {h for h in (_heading(g.get("hs")) for g in goods) if h}
        quantities = {q for q in (_number(g.get("quantity")) for g in goods) if q is not None}
        values = set()
        for good in goods:
            value = good.get("value")
            if isinstance(value, dict) and _number(value.get("amount")) is not None:
                values.add((_number(value.get("amount")), str(value.get("currency") or "").upper()))
        date_value = claim.get("date")
        if isinstance(date_value, dict):
            date_value = date_value.get("value")
        supplier, recipient = _party(claim, "supplier"), _party(claim, "recipient")
        # A party known only as a country carries its name in the country field: no name to score.
        supplier_name = None if supplier.get("type") == "country" else supplier.get("name")
        recipient_name = None if recipient.get("type") == "country" else recipient.get("name")
        sentence = ""
        for evidence in claim.get("evidence") or []:
            sentence = ((evidence.get("sentence") or {}).get("text") or evidence.get("text") or "").strip()
            if sentence:
                break
        claim_id = str(claim.get("id"))
        predicted.append(Predicted(
            document=Path(str(claim.get("document") or "")).name,
            id=claim_id,
            goods=tuple(str(g.get("description") or "") for g in goods),
            fields={
                "supplier.country": supplier.get("country"),
                "recipient.country": recipient.get("country"),
                "supplier.name": supplier_name,
                "recipient.name": recipient_name,
                "date": None if date_value in (None, "") else str(date_value),
                "kind": claim.get("kind"),
                "status": claim.get("status"),
                "hs": frozenset(headings),
                "quantity": frozenset(quantities),
                "value": frozenset(values),
            },
            sentence=sentence,
            event=event_of.get(claim_id),
        ))
    return predicted


# ---------------------------------------------------------------- agreement of one field


def _name_tokens(name: str) -> set[str]:
    return {t for t in re.split(r"[^0-9a-z]+", name.lower()) if t and t not in _NAME_STOP}


def _names_agree(predicted: str, gold: str) -> bool:
    a, b = _name_tokens(predicted), _name_tokens(gold)
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return shorter <= longer


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1.0)


def agrees(name: str, predicted: Any, accepted: tuple[Any, ...]) -> bool:
    """Say whether a predicted field value is one of the gold readings."""
    options = [a for a in accepted if a is not None]
    if predicted is None or predicted == frozenset() or not options:
        return False
    if name in ("supplier.name", "recipient.name"):
        return any(_names_agree(str(predicted), str(o)) for o in options)
    if name == "quantity":
        return any(_close(q, float(o)) for q in predicted for o in options)
    if name == "value":
        return any(_close(a, o[0]) and c == o[1] for a, c in predicted for o in options)
    if name in ("supplier.country", "recipient.country", "kind", "status"):
        return str(predicted).upper() in {str(o).upper() for o in options}
    return str(predicted) in {str(o) for o in options}


def _present(value: Any) -> bool:
    return value is not None and value != frozenset() and value != ""


def _expected(accepted: tuple[Any, ...]) -> bool:
    """A gold field is expected when it has a reading and may not be left empty."""
    return None not in accepted and any(a is not None for a in accepted)


# ---------------------------------------------------------------- matching


def _goods_overlap(pred: Predicted, gold: GoldClaim) -> float:
    p, g = goods_words(pred.goods), goods_words(gold.goods)
    shared = p & g
    heading = bool(pred.fields["hs"] & {h for h in gold.hs if h})
    if not shared and not heading:
        return 0.0
    return len(shared) / max(len(p | g), 1) + (0.5 if heading else 0.0)


def _contradicts(pred: Predicted, gold: GoldClaim) -> bool:
    for role in ("supplier.country", "recipient.country"):
        value, accepted = pred.fields[role], gold.fields[role]
        if _present(value) and any(a is not None for a in accepted) and not agrees(role, value, accepted):
            return True
    return False


def _agreement(pred: Predicted, gold: GoldClaim) -> float:
    score = _goods_overlap(pred, gold)
    for name in FIELDS:
        if name == "hs":
            continue
        if agrees(name, pred.fields[name], gold.fields[name]):
            score += 1.0
    return score


def match(preds: Sequence[Predicted], golds: Sequence[GoldClaim]) -> list[tuple[Predicted, GoldClaim]]:
    """Pair predicted and gold claims of one document one to one, best agreement first.

    Required gold claims are paired first; optional ones take what is left.
    """
    pairs: list[tuple[Predicted, GoldClaim]] = []
    used_p: set[str] = set()
    for optional in (False, True):
        candidates = []
        for p in preds:
            if p.id in used_p:
                continue
            for g in golds:
                if g.optional is optional and _goods_overlap(p, g) > 0 and not _contradicts(p, g):
                    candidates.append((_agreement(p, g), p, g))
        candidates.sort(key=lambda c: (-c[0], c[1].id, c[2].index))
        used_g: set[str] = set()
        for _, p, g in candidates:
            if p.id in used_p or g.key in used_g:
                continue
            used_p.add(p.id)
            used_g.add(g.key)
            pairs.append((p, g))
    return pairs


# ---------------------------------------------------------------- why a claim goes unmatched

# Each unmatched prediction and each missed gold claim is put in the first category of these lists that
# fits it, so that the counts of a split add up to its false alarms and its misses. The names are fixed
# words: the held-out half is described by them and by counts, never by a sentence, a file or goods.
UNMATCHED_WHY = {
    "no_transfer_document": "in a document that tells no transfer",
    "sides_swapped": "goods of a missed gold claim, supplier and recipient countries swapped",
    "supplier_contradicts": "goods of a missed gold claim, the supplier's country contradicts",
    "recipient_contradicts": "goods of a missed gold claim, the recipient's country contradicts",
    "both_contradict": "goods of a missed gold claim, both countries contradict",
    "split": "goods of a gold claim another prediction matched (a split or a repeat)",
    "other_goods_words": "the sentence of a missed gold claim, with goods words it does not share",
    "sentence_of_matched_claim": "the sentence of a matched gold claim, with other goods",
    "generic_goods": "goods told by no content word and no HS heading (nothing to match)",
    "not_in_gold_sides_agree": "goods and sentence of no gold claim, countries a gold claim agrees with",
    "not_in_gold_other_sides": "goods, sentence and countries of no gold claim of the document",
}
MISSED_WHY = {
    "sides_swapped": "its goods in an unmatched prediction, supplier and recipient countries swapped",
    "supplier_contradicts": "its goods in an unmatched prediction, the supplier's country contradicts",
    "recipient_contradicts": "its goods in an unmatched prediction, the recipient's country contradicts",
    "both_contradict": "its goods in an unmatched prediction, both countries contradict",
    "merged": "its goods only in a prediction matched to another gold claim (merged into it)",
    "other_goods_words": "its sentence read into an unmatched prediction with other goods words",
    "sentence_of_matched_claim": "its sentence read only into a prediction matched to another gold claim",
    "not_read": "neither its goods nor its sentence in any prediction of the document",
}


def _words_of(sentence: str) -> set[str]:
    return {w for w in re.split(r"[^0-9a-z]+", sentence.lower()) if w and w not in _STOP}


def same_sentence(predicted: str, gold: str) -> bool:
    """Say whether a prediction rests on the words of a gold claim: one holds the other, or most words agree."""
    a, b = " ".join(predicted.lower().split()), " ".join(gold.lower().split())
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = _words_of(a), _words_of(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8


def _sides_failure(pred: Predicted, gold: GoldClaim) -> str:
    """Name which country of a prediction contradicts a gold claim with the same goods."""
    wrong = [
        role for role in ("supplier.country", "recipient.country")
        if _present(pred.fields[role]) and any(a is not None for a in gold.fields[role])
        and not agrees(role, pred.fields[role], gold.fields[role])
    ]
    if wrong:
        swapped = (
            agrees("recipient.country", pred.fields["supplier.country"], gold.fields["recipient.country"])
            or agrees("supplier.country", pred.fields["recipient.country"], gold.fields["supplier.country"])
        )
        if swapped:
            return "sides_swapped"
    if len(wrong) == 2:
        return "both_contradict"
    return "supplier_contradicts" if wrong == ["supplier.country"] else "recipient_contradicts"


def why_unmatched(
    preds: Sequence[Predicted], golds: Sequence[GoldClaim], pairs: Sequence[tuple[Predicted, GoldClaim]],
) -> tuple[list[tuple[str, Predicted]], list[tuple[str, GoldClaim]]]:
    """Give each unmatched prediction and each missed required gold claim of one document its category.

    Returns the categories of the predictions (keys of UNMATCHED_WHY) and of the misses (MISSED_WHY).
    """
    paired_p = {p.id for p, _ in pairs}
    paired_g = {g.key for _, g in pairs}
    loose_p = [p for p in preds if p.id not in paired_p]
    missed = [g for g in golds if g.key not in paired_g]
    taken = [g for g in golds if g.key in paired_g]
    unmatched: list[tuple[str, Predicted]] = []
    for p in loose_p:
        if not golds:
            why = "no_transfer_document"
        elif near := [g for g in missed if _goods_overlap(p, g) > 0 and _contradicts(p, g)]:
            why = _sides_failure(p, near[0])
        elif any(_goods_overlap(p, g) > 0 for g in taken):
            why = "split"
        elif any(same_sentence(p.sentence, g.sentence) for g in missed):
            why = "other_goods_words"
        elif any(same_sentence(p.sentence, g.sentence) for g in taken):
            why = "sentence_of_matched_claim"
        elif not goods_words(p.goods) and not p.fields["hs"]:
            why = "generic_goods"
        elif any(not _contradicts(p, g) for g in golds):
            why = "not_in_gold_sides_agree"
        else:
            why = "not_in_gold_other_sides"
        unmatched.append((why, p))
    misses: list[tuple[str, GoldClaim]] = []
    bound = [p for p in preds if p.id in paired_p]
    for g in missed:
        if g.optional:
            continue
        if near_p := [p for p in loose_p if _goods_overlap(p, g) > 0 and _contradicts(p, g)]:
            miss = _sides_failure(near_p[0], g)
        elif any(_goods_overlap(p, g) > 0 for p in bound):
            miss = "merged"
        elif any(same_sentence(p.sentence, g.sentence) for p in loose_p):
            miss = "other_goods_words"
        elif any(same_sentence(p.sentence, g.sentence) for p in bound):
            miss = "sentence_of_matched_claim"
        else:
            miss = "not_read"
        misses.append((miss, g))
    return unmatched, misses


def _tally(values: Iterable[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        key = "null" if value is None else str(value)
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def breakdown(errors: Errors) -> dict[str, Any]:
    """Count why predictions went unmatched and gold claims were missed: categories and counts, no names."""
    return {
        "unmatched": {why: sum(1 for w, _ in errors.why_unmatched if w == why) for why in UNMATCHED_WHY},
        "unmatched_documents": {
            why: len({p.document for w, p in errors.why_unmatched if w == why}) for why in UNMATCHED_WHY},
        "unmatched_kind": _tally(p.fields["kind"] for _, p in errors.why_unmatched),
        "unmatched_status": _tally(p.fields["status"] for _, p in errors.why_unmatched),
        "missed": {why: sum(1 for w, _ in errors.why_missed if w == why) for why in MISSED_WHY},
        "missed_documents": {
            why: len({g.document for w, g in errors.why_missed if w == why}) for why in MISSED_WHY},
        "missed_kind": _tally(next((k for k in g.fields["kind"] if k is not None), None) for _, g in errors.why_missed),
        "missed_status": _tally(
            next((k for k in g.fields["status"] if k is not None), None) for _, g in errors.why_missed),
    }


# ---------------------------------------------------------------- scores


@dataclass(kw_only=True)
class Count:
    tp: int = 0
    predicted: int = 0
    expected: int = 0
    hits: int = 0

    def figures(self) -> dict[str, float | None]:
        precision = self.tp / self.predicted if self.predicted else None
        recall = self.hits / self.expected if self.expected else None
        f1 = None
        if precision is not None and recall is not None:
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1,
                "tp": self.tp, "predicted": self.predicted, "expected": self.expected}


@dataclass(kw_only=True)
class Errors:
    misses: list[GoldClaim] = field(default_factory=list)
    false_alarms: list[Predicted] = field(default_factory=list)
    wrong_fields: list[tuple[Predicted, GoldClaim, str]] = field(default_factory=list)
    document_dates: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    why_unmatched: list[tuple[str, Predicted]] = field(default_factory=list)
    why_missed: list[tuple[str, GoldClaim]] = field(default_factory=list)


def _field_count(count: Count, name: str, pred: Predicted | None, gold: GoldClaim | None) -> bool:
    """Add one claim's field to its count; return False when the prediction disagrees with the gold."""
    value = pred.fields[name] if pred is not None else None
    if name == "hs":
        heads = set(value or ())
        accepted = set(gold.hs) if gold is not None else set()
        hit = heads & accepted
        count.predicted += len(heads)
        count.tp += len(hit)
        if gold is not None:
            if None in accepted:
                count.expected += len(hit)
            else:
                count.expected += len(accepted)
            count.hits += len(hit)
        if gold is None:
            return not heads
        return heads <= accepted and (bool(heads) or None in accepted)
    accepted_values = gold.fields[name] if gold is not None else ()
    ok = gold is not None and agrees(name, value, accepted_values)
    if _present(value):
        count.predicted += 1
        count.tp += ok
    if gold is not None and (_expected(accepted_values) or ok):
        count.expected += 1
        count.hits += ok
    return ok or (not _present(value) and not _expected(accepted_values))


def score(gold_docs: Sequence[GoldDocument], payload: dict[str, Any]) -> tuple[dict[str, Any], Errors]:
    """Score one extractor output against the gold documents it was run on."""
    predicted = parse_prediction(payload)
    names = {d.file for d in gold_docs}
    by_doc: dict[str, list[Predicted]] = {}
    for p in predicted:
        if p.document in names:
            by_doc.setdefault(p.document, []).append(p)
    claims = Count()
    fields = {name: Count() for name in FIELDS}
    errors = Errors()
    matched: dict[str, Predicted] = {}  # gold key -> predicted
    label_of: dict[str, str] = {}  # predicted id -> gold event label (required matches only)
    no_transfer_claims = 0
    no_transfer_ids: set[str] = set()
    for doc in gold_docs:
        preds = by_doc.get(doc.file, [])
        if not doc.claims:
            no_transfer_claims += len(preds)
            no_transfer_ids.update(p.id for p in preds)
        pairs = match(preds, doc.claims)
        unmatched, misses = why_unmatched(preds, doc.claims, pairs)
        errors.why_unmatched.extend(unmatched)
        errors.why_missed.extend(misses)
        paired_p = {p.id for p, _ in pairs}
        paired_g = {g.key for _, g in pairs}
        for p, g in pairs:
            if g.optional:
                continue
            matched[g.key] = p
            label_of[p.id] = g.event
            claims.tp += 1
            claims.hits += 1
            for name in FIELDS:
                if not _field_count(fields[name], name, p, g):
                    errors.wrong_fields.append((p, g, name))
        for p in preds:
            if p.id not in paired_p:
                errors.false_alarms.append(p)
                for name in FIELDS:
                    _field_count(fields[name], name, p, None)
        for g in doc.claims:
            if g.optional:
                continue
            claims.expected += 1
            if g.key not in paired_g:
                errors.misses.append(g)
                for name in FIELDS:
                    _field_count(fields[name], name, None, g)
    claims.predicted = claims.tp + len(errors.false_alarms)

    # Events.
    event_of = {p.id: p.event for p in predicted}
    members: dict[str, list[GoldClaim]] = {}
    for doc in gold_docs:
        for g in doc.claims:
            if not g.optional:
                members.setdefault(g.event, []).append(g)
    multi = {label: gs for label, gs in members.items() if len({g.document for g in gs}) > 1}
    merged = 0
    merge_failures = []
    for label, gs in sorted(multi.items()):
        preds_for = [matched.get(g.key) for g in gs]
        events = {event_of.get(p.id) if p is not None else None for p in preds_for}
        ok = None not in events and len(events) == 1
        if ok:
            (only,) = events
            others = {label_of[p.id] for p in predicted if p.event == only and p.id in label_of}
            ok = others == {label}
        merged += ok
        if not ok:
            merge_failures.append(label)
    gold_pairs = pred_pairs = both = 0
    keys = [g for gs in members.values() for g in gs]
    for a, b in combinations(keys, 2):
        same_gold = a.event == b.event
        pa, pb = matched.get(a.key), matched.get(b.key)
        same_pred = pa is not None and pb is not None and pa.event is not None and pa.event == pb.event
        gold_pairs += same_gold
        pred_pairs += same_pred
        both += same_gold and same_pred
    no_transfer_events = {
        str(e.get("id")) for e in payload.get("events") or []
        if any(str(c) in no_transfer_ids for s in e.get("sources") or [] for c in s.get("claims") or [])
    }

    # Document dates.
    dates_right = 0
    doc_dates = {Path(str(d.get("name") or "")).name: d.get("date") for d in payload.get("documents") or []}
    for doc in gold_docs:
        got = doc_dates.get(doc.file)
        got = None if got in (None, "") else str(got)
        if got == doc.date:
            dates_right += 1
        else:
            errors.document_dates.append((doc.file, got, doc.date))

    result = {
        "documents": len(gold_docs),
        "documents_without_transfer": sum(1 for d in gold_docs if not d.claims),
        "claims": claims.figures(),
        "fields": {name: count.figures() for name, count in fields.items()},
        "events": {
            "multi_document": len(multi),
            "merged_correctly": merged,
            "merged_share": merged / len(multi) if multi else None,
            "not_merged": merge_failures,
            "pairwise_precision": both / pred_pairs if pred_pairs else None,
            "pairwise_recall": both / gold_pairs if gold_pairs else None,
        },
        "no_transfer": {"claims": no_transfer_claims, "events": len(no_transfer_events)},
        "document_dates": {"right": dates_right, "of": len(gold_docs)},
        "why": breakdown(errors),
    }
    return result, errors


# ---------------------------------------------------------------- running the extractor


class ExtractorMissing(Exception):
    """The installed command has no `extract` subcommand (or is not installed)."""


def _command() -> list[str]:
    local = HERE.parent / ".venv" / "bin" / "sanctioneer"
    if local.exists():
        return [str(local)]
    found = shutil.which("sanctioneer")
    if found:
        return [found]
    return [sys.executable, "-m", "sanctioneer.cli"]


def check_extractor(command: list[str] | None = None) -> list[str]:
    """Return the command to run, or raise ExtractorMissing when `sanctioneer extract` does not exist."""
    command = command or _command()
    try:
        done = subprocess.run([*command, "extract", "--help"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExtractorMissing(f"cannot run {command[0]}: {exc}") from None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ExtractorMissing(f"the `sanctioneer extract` command is missing ({detail})")
    return command


def library_speed(files: Sequence[str], docs_dir: Path, words: dict[str, int]) -> dict[str, Any] | None:
    """Time reading, extraction and classification per document in this process, after a warm-up.

    Returns None when the package is not importable here (another build run through --command).
    """
    try:
        from sanctioneer.assessment import Assessor
        from sanctioneer.evidence import classify_claim, extract_claims, read_document
        from sanctioneer.settings import get_settings
    except ImportError:
        return None
    classifier = Assessor.from_settings(get_settings(), screen=False).classifier
    assert classifier is not None

    def once(name: str) -> float:
        started = time.perf_counter()
        document = read_document(str(docs_dir / name))
        for claim in extract_claims(document):
            classify_claim(claim, classifier)
        return time.perf_counter() - started

    for name in files:  # warm-up: gazetteers, patterns and the classifier's model are loaded once
        once(name)
    seconds = {name: min(once(name) for _ in range(3)) for name in files}
    total = sum(seconds.values())
    long = [f for f in files if words[f] >= LONG_WORDS]
    result: dict[str, Any] = {
        "seconds_per_document": total / len(files),
        "seconds_per_1000_words": total / (sum(words[f] for f in files) / 1000),
        "timed_by": "library, per document, best of 3 after a warm-up",
    }
    if long:
        result["seconds_per_long_document"] = sum(seconds[f] for f in long) / len(long)
    return result


def run_extractor(command: list[str], files: Sequence[str], cwd: Path) -> tuple[dict[str, Any], float]:
    """Run `extract FILES... --format json` once as a batch; return its JSON and wall time."""
    started = time.perf_counter()
    done = subprocess.run([*command, "extract", *files, "--format", "json"], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    try:
        payload = json.loads(done.stdout)
    except json.JSONDecodeError:
        detail = (done.stderr.strip().splitlines() or ["no JSON on standard output"])[-1]
        raise RuntimeError(f"`sanctioneer extract` failed with exit code {done.returncode}: {detail}") from None
    if not isinstance(payload, dict) or "claims" not in payload:
        raise RuntimeError("`sanctioneer extract --format json` printed JSON without a \"claims\" list")
    return payload, elapsed


def _baseline(command: list[str]) -> float:
    """Wall time of a run on a one-line document: start-up and load.

    The line tells one transfer, so that the goods classifier, which `extract` runs on every claim's
    goods, is loaded in the baseline too and its load is not counted as work on the documents.
    """
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "one-line.txt").write_text("China exported rice to North Korea in May 2019.\n", encoding="utf-8")
        return min(run_extractor(command, ["one-line.txt"], Path(tmp))[1] for _ in range(2))


def count_words(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return len(re.findall(r"\w+", text))


def machine() -> dict[str, Any]:
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    return {"cpu": cpu, "nproc": os.cpu_count(), "python": platform.python_version(),
            "system": platform.system(), "date": date.today().isoformat()}


# ---------------------------------------------------------------- report


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _target(name: str) -> str:
    if name in _TARGET_FIELDS:
        return f">= {TARGETS[name]}"
    return ""


def render(results: dict[str, dict[str, Any]], info: dict[str, Any]) -> str:
    splits = [s for s in SPLITS if s in results]
    head = "| measure | " + " | ".join(splits) + " | target |"
    rule = "|---|" + "---|" * len(splits) + "---|"
    lines = [f"Machine: {info['cpu']}, nproc {info['nproc']}, Python {info['python']}, {info['date']}.", ""]
    lines += [head, rule]

    def row(label: str, cells: list[str], target: str = "") -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")

    row("documents (without transfer)", [
        f"{results[s]['documents']} ({results[s]['documents_without_transfer']})" for s in splits])
    row("gold claims / predicted claims", [
        f"{results[s]['claims']['expected']} / {results[s]['claims']['predicted']}" for s in splits])
    for key in ("precision", "recall", "f1"):
        row(f"claims {key}", [_pct(results[s]["claims"][key]) for s in splits],
            f">= {TARGETS['claims']}" if key == "f1" else "")
    for name in FIELDS:
        row(f"{name} F1", [_pct(results[s]["fields"][name]["f1"]) for s in splits], _target(name))
    row("events merged correctly", [
        f"{results[s]['events']['merged_correctly']}/{results[s]['events']['multi_document']}" for s in splits])
    row("merge pairs precision / recall", [
        f"{_pct(results[s]['events']['pairwise_precision'])} / {_pct(results[s]['events']['pairwise_recall'])}"
        for s in splits])
    row("claims / events from no-transfer documents", [
        f"{results[s]['no_transfer']['claims']} / {results[s]['no_transfer']['events']}" for s in splits], "0 / 0")
    row("document dates right", [
        f"{results[s]['document_dates']['right']}/{results[s]['document_dates']['of']}" for s in splits])
    if all("speed" in results[s] for s in splits):
        row("seconds per document (after load)", [f"{results[s]['speed']['seconds_per_document']:.3f}" for s in splits])
        row("seconds per 1,000 words (after load)", [
            f"{results[s]['speed']['seconds_per_1000_words']:.3f}" for s in splits],
            f"<= {TARGETS['seconds_per_1000_words']}")
        row("seconds per long document (after load)", [
            f"{results[s]['speed'].get('seconds_per_long_document', float('nan')):.3f} "
            f"({results[s]['speed'].get('long_documents', 0)} of about "
            f"{results[s]['speed'].get('long_document_words', 0):.0f} words)" for s in splits],
            f"<= {TARGETS['seconds_per_1000_words']} per 1,000 words")
        row("batch wall time / load (s)", [
            f"{results[s]['speed']['wall_seconds']:.2f} / {results[s]['speed']['load_seconds']:.2f}" for s in splits])
    tables = (("unmatched", UNMATCHED_WHY, "why predicted claims match no gold claim", "predicted"),
              ("missed", MISSED_WHY, "why gold claims are missed", "gold"))
    for key, labels, title, whose in tables:
        lines += ["", f"| {title} (documents) | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
        for why, label in labels.items():
            lines.append(f"| {label} | " + " | ".join(
                f"{results[s]['why'][key][why]} ({results[s]['why'][f'{key}_documents'][why]})" for s in splits) + " |")
        for name in ("kind", "status"):
            lines.append(f"| by {whose} {name} | " + " | ".join(
                ", ".join(f"{k} {n}" for k, n in results[s]["why"][f"{key}_{name}"].items()) or "-"
                for s in splits) + " |")
    lines += ["", "| field | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in splits) + " |",
              "|---|" + "---|---|---|" * len(splits)]
    for name in ["claims", *FIELDS]:
        cells = []
        for s in splits:
            f = results[s]["claims"] if name == "claims" else results[s]["fields"][name]
            cells.append(f"{_pct(f['precision'])} | {_pct(f['recall'])} | {_pct(f['f1'])}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return "null" if value is None else str(value)


def render_errors(split: str, errors: Errors, result: dict[str, Any]) -> str:
    out = [f"\n## Errors on {split}"]
    missed_why = {g.key: why for why, g in errors.why_missed}
    unmatched_why = {p.id: why for why, p in errors.why_unmatched}
    out.append(f"\n### Missed claims ({len(errors.misses)})")
    for g in errors.misses:
        out.append(f"- {g.document} [{g.event}] ({missed_why.get(g.key, '-')}) goods {list(g.goods)}: "
                   f"\"{g.sentence}\"")
    out.append(f"\n### False alarms ({len(errors.false_alarms)})")
    for p in errors.false_alarms:
        out.append(f"- {p.document} {p.id} ({unmatched_why.get(p.id, '-')}) goods {list(p.goods)}: "
                   f"\"{p.sentence}\"")
    out.append(f"\n### Wrong or missing fields on matched claims ({len(errors.wrong_fields)})")
    for p, g, name in errors.wrong_fields:
        expected = sorted({str(v) for v in (g.hs if name == "hs" else g.fields[name])})
        out.append(f"- {g.document} {p.id} [{g.event}] {name}: predicted {_fmt(p.fields[name])}, "
                   f"expected {' or '.join(expected)}")
    if errors.document_dates:
        out.append(f"\n### Document dates ({len(errors.document_dates)})")
        for name, got, want in errors.document_dates:
            out.append(f"- {name}: predicted {_fmt(got)}, expected {_fmt(want)}")
    if result["events"]["not_merged"]:
        out.append("\n### Multi-document events not merged correctly")
        out.extend(f"- {label}" for label in result["events"]["not_merged"])
    return "\n".join(out)


def select_files(gold: Sequence[GoldDocument], names: Sequence[str]) -> tuple[list[GoldDocument], str]:
    """The dev documents named, or what is wrong with the names: one the gold set lacks, or a held-out one (the
    held-out half is scored only as a whole, never document by document)."""
    by_name = {d.file: d for d in gold}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        return [], (f"no document {unknown[0]!r} in the gold set; name files as gold.yaml lists them "
                    f"(e.g. {next((d.file for d in gold if d.split == 'dev'), 'report.txt')!r})")
    held_out = [n for n in names if by_name[n].split != "dev"]
    if held_out:
        return [], (f"{held_out[0]!r} is in the held-out half, which is scored only as a whole; "
                    "name dev documents only")
    wanted = set(names)
    return [d for d in gold if d.file in wanted], ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=["test", "dev", "all"], default="all")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-errors", action="store_true",
                        help="list misses and false alarms with their sentences (dev split only)")
    parser.add_argument("--predictions", type=Path, help="score this saved `extract --format json` output instead")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR / "gold.yaml")
    parser.add_argument("--docs", type=Path, help="folder of the documents (default: docs/ beside the gold file)")
    parser.add_argument("--command", help="the sanctioneer executable to run (default: .venv/bin/sanctioneer)")
    parser.add_argument("--files", nargs="+", metavar="NAME",
                        help="score only these dev documents (file names in the gold set), such as reports just "
                             "added, to measure the extractor on them apart")
    args = parser.parse_args(argv)
    docs_dir: Path = args.docs or args.gold.parent / "docs"
    gold = load_gold(args.gold)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    if args.files:
        chosen, problem = select_files(gold, args.files)
        if problem:
            print(f"extract_eval: --files: {problem}", file=sys.stderr)
            return 2
        gold, splits = chosen, ["dev"]

    saved: dict[str, Any] | None = None
    command: list[str] = []
    if args.predictions is not None:
        try:
            saved = json.loads(args.predictions.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"extract_eval: cannot read predictions {args.predictions}: {exc}", file=sys.stderr)
            return 2
    else:
        try:
            command = check_extractor([str(Path(args.command).resolve())] if args.command else None)
        except ExtractorMissing as exc:
            print(f"extract_eval: {exc}; install a version with the document extractor, "
                  "or score a saved output with --predictions FILE", file=sys.stderr)
            return 2

    results: dict[str, dict[str, Any]] = {}
    reports: list[str] = []
    load = None
    for split in splits:
        docs = [d for d in gold if d.split == split]
        if saved is not None:
            payload = saved
            result, errors = score(docs, payload)
        else:
            files = [d.file for d in docs]
            try:
                if load is None:
                    load = _baseline(command)
                payload, wall = run_extractor(command, files, docs_dir)
                result, errors = score(docs, payload)
                words = {f: count_words(docs_dir / f) for f in files}
                work = max(wall - load, 0.0)
                result["speed"] = {
                    "wall_seconds": wall, "load_seconds": load, "words": sum(words.values()),
                    "seconds_per_document": work / len(files),
                    "seconds_per_1000_words": work / (sum(words.values()) / 1000),
                }
                long = [f for f in files if words[f] >= LONG_WORDS]
                if long:
                    long_wall = run_extractor(command, long, docs_dir)[1]
                    result["speed"]["long_documents"] = len(long)
                    result["speed"]["seconds_per_long_document"] = max(long_wall - load, 0.0) / len(long)
                    result["speed"]["long_document_words"] = sum(words[f] for f in long) / len(long)
                timed = library_speed(files, docs_dir, words)
                if timed is not None:
                    # The library timed document by document once loaded: the figure the target is about.
                    result["speed"].update(timed)
            except RuntimeError as exc:
                print(f"extract_eval: {exc}", file=sys.stderr)
                return 2
        if split != "dev":
            # The held-out half's events are counted, never named: what is not merged there is not tuned on.
            result["events"]["not_merged"] = len(result["events"]["not_merged"])
        results[split] = result
        if args.show_errors and split == "dev":
            # The held-out half is quoted, never tuned on: its errors are not shown.
            reports.append(render_errors(split, errors, result))
    info = machine()
    if args.json:
        print(json.dumps({"machine": info, "splits": results}, indent=2))
    else:
        print(render(results, info))
    for report in reports:
        print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
