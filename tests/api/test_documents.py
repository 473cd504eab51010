"""POST /v1/documents: reports in, judged events out, each decision in the audit trail."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from sanctioneer.store.keys import KEYS_FILE, KeyStore
from tests.api.conftest import Api, start_server
from tests.factory import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
REPORT = ("date 2019-05-09\nSEOUL - Chinese customs seized two Mercedes-Maybach limousines bound for "
          "North Korea at the port of Dalian in March, officials said on Thursday.\n")


def _body(*texts: tuple[str, str]) -> dict[str, object]:
    return {"documents": [{"name": name, "content": content} for name, content in texts]}


def test_a_report_gives_its_judged_event_and_the_decision_is_recorded(api: Api) -> None:
    response = api.client.post("/v1/documents", json=_body(("dalian.txt", REPORT)), headers=api.auth)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [d["date"] for d in report["documents"]] == ["2019-05-09"]
    [event] = report["events"]
    assert event["verdict"] == "prohibited"
    assert event["recipient"]["country"] == "KP" and event["date"] == "2019-03"
    cited = {f["measure"] for line in event["decision"]["lines"] for f in line["findings"]}
    assert "kp-luxury-to" in cited
    evidence = {e["field"]: e["text"] for s in event["sources"] for e in s["evidence"]}
    assert evidence["goods"] == "Mercedes-Maybach limousines" and evidence["recipient"] == "North Korea"
    records = response.headers["X-Audit-Records"].split(",")
    assert len(records) == 1
    found = api.client.get(f"/v1/decisions/{event['decision']['decision_id']}", headers=api.auth).json()
    record = found["records"][0]
    assert record["body"]["output"]["verdict"] == "prohibited"
    assert record["body"]["input"]["transfer"]["id"] == event["id"]


@pytest.mark.parametrize(("body", "where", "words"), [
    ({"documents": []}, "body.documents", "non-empty list"),
    ({"documents": [{"name": "a.txt"}]}, "body.documents[0].content", "report's text"),
    ({"documents": [{"name": "a.txt", "content": "x", "format": "pdf"}]}, "body.documents[0].format", "pdf"),
    ({"documents": [{"name": "a.txt", "content": "x", "date": "2024-13-01"}]}, "body.documents[0].date", "date"),
    ({"documents": [{"name": "a.txt", "content": "x", "url": "http://x"}]}, "body.documents[0]", "url"),
    ({"reports": []}, "body", "reports"),
])
def test_bad_documents_are_refused_naming_the_field(api: Api, body: dict[str, object], where: str,
                                                    words: str) -> None:
    response = api.client.post("/v1/documents", json=body, headers=api.auth)
    assert response.status_code == 422, response.text
    error = response.json()
    assert error["error"] == "invalid_input"
    assert error["where"] == where and words in error["detail"]


def test_the_documents_endpoint_needs_a_key(api: Api) -> None:
    assert api.client.post("/v1/documents", json=_body(("a.txt", REPORT))).status_code == 401


@pytest.mark.skipif(not SEEDS, reason="the founding reports in ../shared/seeds/ are not here")
def test_the_founding_reports_over_real_http_give_one_limousine_event(home: Path) -> None:
    token = KeyStore(home / KEYS_FILE).create("desk")
    server = start_server(home)
    try:
        body = _body(*((path.name, path.read_text("utf-8")) for path in SEEDS))
        response = httpx.post(f"{server.url}/v1/documents", json=body, timeout=120,
                              headers={"Authorization": f"Bearer {token}"})
    finally:
        server.stop()
    assert response.status_code == 200, response.text
    limousine = [e for e in response.json()["events"] if any("Aurus" in g["description"] for g in e["goods"])]
    assert len(limousine) == 1
    assert limousine[0]["verdict"] == "prohibited" and limousine[0]["corroboration"] == 2
    assert limousine[0]["date"] == "2024-02-18"
