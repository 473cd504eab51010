"""The extraction scorer counts what an analyst would count, and the gold set is consistent with its documents.

The scorer runs on tiny gold and prediction fixtures written here (a perfect prediction, a missed
claim, a claim from an article that describes no transfer, a contradicting country); the gold set
itself is checked against its documents and against the vocabularies of the extractor's JSON.
"""

from __future__ import annotations

import html
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
GOLD = ROOT / "benchmarks" / "data" / "extract-gold"


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "benchmarks" / "extract_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module
    spec.loader.exec_module(module)
    return module


EVAL = _eval_module()

TINY = """
documents:
- file: a.txt
  split: test
  date: "2024-02-20"
  claims:
  - event: limousine
    goods: [Aurus Senat limousine]
    hs: ["8703"]
    supplier: {name: Vladimir Putin, country: RU}
    recipient: {name: Kim Jong Un, country: KP}
    date: "2024-02-18"
    kind: gift
    status: confirmed
    sentence: "Putin gave Kim an Aurus Senat limousine."
  - event: shells
    goods: [artillery shells]
    hs: ["9306"]
    supplier: {name: null, country: KP}
    recipient: {name: null, country: RU}
    date: null
    kind: [supply, delivery]
    status: denied
    quantity: 1000
    sentence: "North Korea is believed to supply Russia with artillery shells."
  - event: tea-set
    optional: true
    goods: [tea set]
    hs: [null]
    supplier: {name: null, country: RU}
    recipient: {name: null, country: KP}
    date: null
    kind: gift
    status: reported
    sentence: "a tea set"
- file: b.txt
  split: test
  date: null
  claims:
  - event: limousine
    goods: [Russian-made Aurus]
    hs: ["8703"]
    supplier: {name: [Putin, null], country: RU}
    recipient: {name: Kim Jong Un, country: KP}
    date: ["2024-02-18", "2024-02"]
    kind: gift
    status: reported
    sentence: "The Aurus was handed over on Sunday."
- file: c.txt
  split: test
  date: "2023-03-31"
  claims: []
"""


def _claim(cid: str, document: str, goods: str, hs: str | None, supplier: tuple[str | None, str | None],
           recipient: tuple[str | None, str | None], when: str | None, kind: str, status: str,
           quantity: str | None = None) -> dict[str, Any]:
    return {
        "id": cid, "document": document, "kind": kind, "status": status, "hedges": [],
        "goods": [{"description": goods, "hs": hs, "hs_label": None, "quantity": quantity, "unit": None,
                   "value": None}],
        "supplier": {"name": supplier[0], "country": supplier[1], "type": None},
        "recipient": {"name": recipient[0], "country": recipient[1], "type": None},
        "date": {"value": when, "precision": "day" if when else "unknown", "text": None},
        "evidence": [{"field": "goods", "text": goods, "start": 0, "end": len(goods),
                      "sentence": {"text": f"A sentence about {goods}.", "start": 0, "end": 40}}],
    }


def _perfect() -> dict[str, Any]:
    claims = [
        _claim("c1", "docs/a.txt", "Aurus Senat limousine", "8703", ("Vladimir Putin", "RU"),
               ("Kim Jong Un", "KP"), "2024-02-18", "gift", "confirmed"),
        _claim("c2", "docs/a.txt", "artillery shells", "9306", (None, "KP"), (None, "RU"), None,
               "supply", "denied", "1,000"),
        _claim("c3", "docs/b.txt", "Aurus", "8703", ("Putin", "RU"), ("Kim Jong-un", "KP"), "2024-02-18",
               "gift", "reported"),
    ]
    events = [
        {"id": "e1", "sources": [{"document": "docs/a.txt", "claims": ["c1"]},
                                 {"document": "docs/b.txt", "claims": ["c3"]}]},
        {"id": "e2", "sources": [{"document": "docs/a.txt", "claims": ["c2"]}]},
    ]
    documents = [{"name": "docs/a.txt", "date": "2024-02-20"}, {"name": "docs/b.txt", "date": None},
                 {"name": "docs/c.txt", "date": "2023-03-31"}]
    return {"documents": documents, "events": events, "claims": claims}


@pytest.fixture
def tiny(tmp_path: Path) -> list[Any]:
    path = tmp_path / "gold.yaml"
    path.write_text(TINY, encoding="utf-8")
    return list(EVAL.load_gold(path))


def test_a_perfect_prediction_scores_one_everywhere(tiny: list[Any]) -> None:
    result, errors = EVAL.score(tiny, _perfect())
    assert result["claims"]["precision"] == result["claims"]["recall"] == result["claims"]["f1"] == 1.0
    for name in ("supplier.country", "recipient.country", "supplier.name", "recipient.name", "date", "kind",
                 "status", "hs", "quantity"):
        assert result["fields"][name]["f1"] == 1.0, name
    assert result["events"]["merged_correctly"] == result["events"]["multi_document"] == 1
    assert result["events"]["pairwise_precision"] == result["events"]["pairwise_recall"] == 1.0
    assert result["no_transfer"] == {"claims": 0, "events": 0}
    assert result["document_dates"] == {"right": 3, "of": 3}
    assert not errors.misses and not errors.false_alarms and not errors.wrong_fields


def test_a_missing_claim_lowers_recall_and_is_listed_with_its_sentence(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"] = [c for c in prediction["claims"] if c["id"] != "c2"]
    prediction["events"] = prediction["events"][:1]
    result, errors = EVAL.score(tiny, prediction)
    assert result["claims"]["precision"] == 1.0
    assert result["claims"]["recall"] == pytest.approx(2 / 3)
    assert [g.sentence for g in errors.misses] == ["North Korea is believed to supply Russia with artillery shells."]
    assert result["fields"]["status"]["recall"] == pytest.approx(2 / 3)


def test_a_claim_from_an_article_without_transfer_is_counted(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"].append(_claim("c4", "docs/c.txt", "Maybach", "8703", ("Mercedes-Benz", "DE"),
                                       (None, "KR"), None, "sale", "reported"))
    prediction["events"].append({"id": "e3", "sources": [{"document": "docs/c.txt", "claims": ["c4"]}]})
    result, errors = EVAL.score(tiny, prediction)
    assert result["no_transfer"] == {"claims": 1, "events": 1}
    assert result["claims"]["precision"] == pytest.approx(3 / 4)
    assert [p.id for p in errors.false_alarms] == ["c4"]
    # Its values are wrong values: predicted, never expected.
    assert result["fields"]["supplier.country"]["precision"] == pytest.approx(3 / 4)


def test_a_contradicting_country_is_no_match_and_a_split_event_is_not_merged(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"][2]["recipient"]["country"] = "KR"
    prediction["events"] = [{"id": f"e{i}", "sources": [{"document": c["document"], "claims": [c["id"]]}]}
                            for i, c in enumerate(prediction["claims"])]
    result, errors = EVAL.score(tiny, prediction)
    assert [g.document for g in errors.misses] == ["b.txt"]
    assert [p.id for p in errors.false_alarms] == ["c3"]
    assert result["events"]["merged_correctly"] == 0
    assert result["events"]["not_merged"] == ["limousine"]


def test_an_optional_claim_is_neither_a_miss_nor_a_false_alarm(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"].append(_claim("c5", "docs/a.txt", "tea set", None, (None, "RU"), (None, "KP"), None,
                                       "gift", "reported"))
    result, errors = EVAL.score(tiny, prediction)
    assert result["claims"]["f1"] == 1.0
    assert not errors.false_alarms


def test_wrong_fields_on_a_matched_claim_are_reported_with_what_was_expected(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"][0]["date"]["value"] = "2024-02-20"
    result, errors = EVAL.score(tiny, prediction)
    assert result["claims"]["f1"] == 1.0
    assert result["fields"]["date"]["precision"] == pytest.approx(1 / 2)
    report = EVAL.render_errors("test", errors, result)
    assert "date: predicted 2024-02-20, expected 2024-02-18" in report


def test_the_command_scores_a_saved_prediction_and_prints_the_table(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text(TINY, encoding="utf-8")
    saved = tmp_path / "prediction.json"
    saved.write_text(json.dumps(_perfect()), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_eval.py"), "--gold",
                           str(tmp_path / "gold.yaml"), "--predictions", str(saved), "--split", "test"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "| claims f1 | 1.00 | >= 0.85 |" in done.stdout
    assert "| claims / events from no-transfer documents | 0 / 0 | 0 / 0 |" in done.stdout
    bad = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_eval.py"), "--gold",
                          str(tmp_path / "gold.yaml"), "--predictions", str(tmp_path / "absent.json")],
                         capture_output=True, text=True)
    assert bad.returncode == 2
    assert bad.stderr.startswith("extract_eval: cannot read predictions") and "Traceback" not in bad.stderr


def test_the_held_out_half_counts_its_unmerged_events_and_never_names_them(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text(TINY, encoding="utf-8")
    prediction = _perfect()
    prediction["events"] = [{"id": f"e{i}", "sources": [{"document": c["document"], "claims": [c["id"]]}]}
                            for i, c in enumerate(prediction["claims"])]
    saved = tmp_path / "prediction.json"
    saved.write_text(json.dumps(prediction), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_eval.py"), "--gold",
                           str(tmp_path / "gold.yaml"), "--predictions", str(saved), "--split", "test", "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    events = json.loads(done.stdout)["splits"]["test"]["events"]
    assert events["not_merged"] == 1 and "limousine" not in done.stdout


def test_each_unmatched_prediction_and_each_miss_is_counted_under_why(tiny: list[Any]) -> None:
    prediction = _perfect()
    # The shells told with their sides swapped: a false alarm and a miss, both for the countries.
    prediction["claims"][1]["supplier"]["country"], prediction["claims"][1]["recipient"]["country"] = "RU", "KP"
    prediction["claims"] += [
        # A second claim for the limousine already matched: a split.
        _claim("c6", "docs/a.txt", "armoured limousine", "8703", (None, "RU"), (None, "KP"), None, "gift",
               "reported"),
        # Goods told only as "cargo": no word to match.
        _claim("c7", "docs/b.txt", "cargo", None, (None, "CN"), (None, "KP"), None, "shipment", "alleged"),
        _claim("c8", "docs/c.txt", "Maybach", "8703", (None, "DE"), (None, "KR"), None, "sale", "reported"),
    ]
    result, errors = EVAL.score(tiny, prediction)
    why = result["why"]
    assert {k: n for k, n in why["unmatched"].items() if n} == {
        "sides_swapped": 1, "split": 1, "generic_goods": 1, "no_transfer_document": 1}
    assert sum(why["unmatched"].values()) == len(errors.false_alarms) == 4
    assert {k: n for k, n in why["missed"].items() if n} == {"sides_swapped": 1}
    assert why["unmatched_status"] == {"reported": 2, "alleged": 1, "denied": 1}
    assert why["missed_kind"] == {"supply": 1}
    # The dev listing says each one's category beside its sentence.
    report = EVAL.render_errors("dev", errors, result)
    assert "c6 (split) goods ['armoured limousine']" in report
    assert "(sides_swapped) goods ['artillery shells']" in report


def test_a_miss_merged_into_another_claim_and_one_never_read_are_told_apart(tiny: list[Any]) -> None:
    prediction = _perfect()
    # The limousine and the shells read as one claim: the shells are merged into the limousine's claim.
    prediction["claims"][0]["goods"].append(dict(prediction["claims"][1]["goods"][0]))
    prediction["claims"] = [c for c in prediction["claims"] if c["id"] != "c2"]
    result, _ = EVAL.score(tiny, prediction)
    assert {k: n for k, n in result["why"]["missed"].items() if n} == {"merged": 1}
    prediction["claims"][0]["goods"].pop()
    result, _ = EVAL.score(tiny, prediction)
    assert {k: n for k, n in result["why"]["missed"].items() if n} == {"not_read": 1}


def test_the_held_out_half_says_why_by_category_and_count_and_names_nothing(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text(TINY, encoding="utf-8")
    prediction = _perfect()
    prediction["claims"][1]["supplier"]["country"], prediction["claims"][1]["recipient"]["country"] = "RU", "KP"
    prediction["claims"].append(_claim("c8", "docs/c.txt", "Maybach", "8703", (None, "DE"), (None, "KR"), None,
                                       "sale", "reported"))
    saved = tmp_path / "prediction.json"
    saved.write_text(json.dumps(prediction), encoding="utf-8")
    run = [sys.executable, str(ROOT / "benchmarks" / "extract_eval.py"), "--gold", str(tmp_path / "gold.yaml"),
           "--predictions", str(saved), "--split", "test", "--show-errors"]
    table = subprocess.run(run, capture_output=True, text=True)
    as_json = subprocess.run([*run, "--json"], capture_output=True, text=True)
    assert table.returncode == as_json.returncode == 0, table.stderr + as_json.stderr
    assert "| in a document that tells no transfer | 1 (1) |" in table.stdout
    assert "| goods of a missed gold claim, supplier and recipient countries swapped | 1 (1) |" in table.stdout
    assert "| by predicted kind | sale 1, supply 1 |" in table.stdout
    why = json.loads(as_json.stdout)["splits"]["test"]["why"]
    assert why["unmatched"]["no_transfer_document"] == why["missed"]["sides_swapped"] == 1
    for out in (table.stdout, as_json.stdout):
        for secret in ("a.txt", "c.txt", "Maybach", "artillery", "shells", "believed", "limousine",
                       "Aurus", "DE", "KR"):
            assert secret not in out, secret


# ---------------------------------------------------------------- the gold set itself

KINDS = {"gift", "sale", "delivery", "supply", "export", "import", "shipment", "smuggling", "ship-to-ship",
         "seizure", "exchange", "transfer"}
STATUSES = {"reported", "confirmed", "alleged", "denied", "planned"}
GOLD_DOCS = EVAL.load_gold(GOLD / "gold.yaml")


def _text(name: str) -> str:
    text = (GOLD / "docs" / name).read_text(encoding="utf-8")
    return html.unescape(text) if name.endswith(".html") else text


def test_the_gold_set_covers_every_document_and_each_split() -> None:
    files = sorted(p.name for p in (GOLD / "docs").iterdir())
    assert sorted(d.file for d in GOLD_DOCS) == files
    assert len(files) >= 60
    for split in ("test", "dev"):
        docs = [d for d in GOLD_DOCS if d.split == split]
        assert len(docs) >= 25
        assert sum(1 for d in docs if not d.claims) >= 4
    for name in files:
        assert 80 <= EVAL.count_words(GOLD / "docs" / name) <= 1100, name


@pytest.mark.parametrize("doc", GOLD_DOCS, ids=lambda d: d.file)
def test_every_gold_claim_quotes_its_document_and_uses_the_json_vocabularies(doc: Any) -> None:
    text = _text(doc.file)
    for claim in doc.claims:
        assert claim.sentence and claim.sentence in text, claim.sentence
        assert set(claim.fields["kind"]) <= KINDS
        assert set(claim.fields["status"]) <= STATUSES
        for role in ("supplier.country", "recipient.country"):
            assert all(c is None or (len(c) == 2 and c.isupper()) for c in claim.fields[role])
        assert all(h is None or (len(h) == 4 and h.isdigit()) for h in claim.hs)
        assert all(d is None or len(d) in (4, 7, 10) for d in claim.fields["date"])


def test_documents_about_the_same_event_are_in_the_same_split() -> None:
    splits: dict[str, set[str]] = {}
    for doc in GOLD_DOCS:
        for claim in doc.claims:
            splits.setdefault(claim.event, set()).add(doc.split)
    assert all(len(s) == 1 for s in splits.values()), {e: s for e, s in splits.items() if len(s) > 1}
    multi = {c.event for d in GOLD_DOCS for c in d.claims}
    shared = [e for e in multi if len({d.file for d in GOLD_DOCS for c in d.claims if c.event == e}) > 1]
    assert len(shared) >= 6


def test_quantities_are_read_as_an_extractor_may_write_them_and_a_country_is_no_name(tiny: list[Any]) -> None:
    prediction = _perfect()
    prediction["claims"][1]["goods"][0]["quantity"] = "1 thousand"
    prediction["claims"][1]["supplier"] = {"name": "North Korea", "country": "KP", "type": "country"}
    result, _ = EVAL.score(tiny, prediction)
    assert result["fields"]["quantity"]["f1"] == 1.0
    assert result["fields"]["supplier.name"]["precision"] == 1.0
    assert [EVAL._number(t) for t in ("25,000", "two", "1.6 million", "dozens")] == [25000, 2, 1600000, None]


def test_files_scores_the_dev_documents_named_and_refuses_held_out_or_unknown_ones(tmp_path: Path) -> None:
    # a.txt and b.txt in dev, c.txt held out.
    gold = TINY.replace("- file: a.txt\n  split: test", "- file: a.txt\n  split: dev").replace(
        "- file: b.txt\n  split: test", "- file: b.txt\n  split: dev")
    (tmp_path / "gold.yaml").write_text(gold, encoding="utf-8")
    saved = tmp_path / "prediction.json"
    saved.write_text(json.dumps(_perfect()), encoding="utf-8")
    script = [sys.executable, str(ROOT / "benchmarks" / "extract_eval.py"), "--gold", str(tmp_path / "gold.yaml"),
              "--predictions", str(saved), "--json", "--files"]
    done = subprocess.run([*script, "a.txt"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    splits = json.loads(done.stdout)["splits"]
    assert list(splits) == ["dev"] and splits["dev"]["documents"] == 1
    held_out = subprocess.run([*script, "a.txt", "c.txt"], capture_output=True, text=True)
    assert held_out.returncode == 2 and "Traceback" not in held_out.stderr
    assert "'c.txt' is in the held-out half, which is scored only as a whole" in held_out.stderr
    unknown = subprocess.run([*script, "z.txt"], capture_output=True, text=True)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("extract_eval: --files: no document 'z.txt' in the gold set")
