"""The API in-process: the same JSON as the command line, yente's match shape, decisions looked up."""

from __future__ import annotations

import json
from dataclasses import replace

from tests.api.conftest import AURUS, Api


def test_the_founding_transfer_is_prohibited_with_its_citations(api: Api) -> None:
    response = api.client.post("/v1/assess", content=AURUS.read_bytes(), headers=api.auth)
    assert response.status_code == 200, response.text
    decision = response.json()
    assert decision["verdict"] == "prohibited"
    findings = decision["lines"][0]["findings"]
    vehicles = next(f for f in findings if f["measure"] == "kp-vehicles-to")
    assert vehicles["citation"]["instrument"] == "S/RES/2397 (2017)" and vehicles["citation"]["paragraph"] == "7"
    assert decision["decision_id"].startswith("sha256:")
    assert decision["lists_version"].startswith("un-sc@")
    assert response.headers["X-Audit-Records"] == "1"


def test_a_list_of_transfers_gives_a_list_of_decisions_each_recorded(api: Api) -> None:
    one = json.loads(AURUS.read_text())
    later = {**one, "id": "permitted", "goods": [{"hs": "0901", "description": "coffee"}],
             "recipient": {"country": "FR"}, "supplier": {"country": "BR"}}
    response = api.client.post("/v1/assess", json=[one, later], headers=api.auth)
    assert response.status_code == 200, response.text
    verdicts = [d["verdict"] for d in response.json()]
    assert verdicts[0] == "prohibited" and verdicts[1] != "prohibited"
    assert response.headers["X-Audit-Records"] == "1,2"
    assert api.audit.count == 2


def test_a_recorded_decision_can_be_fetched_with_its_input_versions_and_key(api: Api) -> None:
    decision = api.client.post("/v1/assess", content=AURUS.read_bytes(), headers=api.auth).json()
    found = api.client.get(f"/v1/decisions/{decision['decision_id']}", headers=api.auth)
    assert found.status_code == 200
    record = found.json()["records"][0]
    assert record["key"] == "erp" and record["kind"] == "assess"
    assert record["body"]["output"]["verdict"] == "prohibited"
    assert record["body"]["input"]["transfer"]["id"] == "aurus-2024"
    assert record["body"]["versions"]["rulebook"] == decision["rulebook_version"]
    missing = api.client.get("/v1/decisions/sha256:0", headers=api.auth)
    assert missing.status_code == 404 and "no decision" in missing.json()["detail"]


def test_bad_transfer_input_is_a_422_naming_the_field_and_the_fix(api: Api) -> None:
    response = api.client.post("/v1/assess", json={"goods": [{"hs": "abc"}]}, headers=api.auth)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_input" and "goods[0].hs" in body["where"] and "8703" in body["fix"]
    assert api.audit.count == 0


def test_screening_answers_as_the_cli_does_and_is_recorded(api: Api) -> None:
    response = api.client.post("/v1/screen", json={"name": "Choe Sok Min"}, headers=api.auth)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["query"] == "Choe Sok Min" and result["matches"][0]["reference"] == "KPi.064"
    assert result["matches"][0]["disposition"] is None
    assert api.audit.count == 1
    bad = api.client.post("/v1/screen", json={"name": "Choe Sok Min", "threshold": 7}, headers=api.auth)
    assert bad.status_code == 422 and "threshold" in bad.json()["where"]


def test_a_yente_match_request_gets_a_yente_shaped_answer_with_the_un_designation(api: Api) -> None:
    query = {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Choe Sok Min"]}}}}
    response = api.client.post("/match/default", json=query, headers={"Authorization": f"ApiKey {api.token}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= {"responses", "matcher", "limit"}
    answer = body["responses"]["q1"]
    assert answer["status"] == 200 and answer["total"]["relation"] == "eq"
    assert answer["query"]["schema"] == "Person"
    top = answer["results"][0]
    assert top["id"] == "KPi.064" and top["schema"] == "Person" and top["match"] is True
    assert top["caption"] == top["properties"]["name"][0] and top["datasets"] == ["un-sc"]
    assert top["features"]["name"] == top["score"] == 1.0
    unknown = api.client.post("/match/nowhere", json=query, headers=api.auth)
    assert unknown.status_code == 404 and "default" in unknown.json()["fix"]
    wrong = api.client.post("/match/default", json={"queries": {"q1": {"schema": "Airplane", "properties": {}}}},
                            headers=api.auth)
    assert wrong.status_code == 422 and wrong.json()["where"] == "queries.q1.schema"


def test_classify_rulebook_and_lists_answer_as_the_cli_does(api: Api) -> None:
    classified = api.client.post("/v1/classify", json={"text": "armoured limousine", "top": 3}, headers=api.auth)
    assert classified.status_code == 200
    assert classified.json()["candidates"][0]["hs"] == "8703"
    assert classified.json()["classifier"].startswith("hs-classifier@")
    rulebook = api.client.get("/v1/rulebook", headers=api.auth).json()
    ids = [m["id"] for m in rulebook["measures"]]
    measure = api.client.get(f"/v1/rulebook/{ids[0]}", headers=api.auth)
    assert measure.status_code == 200 and measure.json()["id"] == ids[0]
    assert api.client.get("/v1/rulebook/no-such-measure", headers=api.auth).status_code == 404
    lists = api.client.get("/v1/lists", headers=api.auth).json()
    assert lists[0]["list"] == "un-sc" and lists[0]["source"] is None  # the server's own paths stay private


def test_health_and_readiness_need_no_key(api: Api) -> None:
    assert api.client.get("/healthz").json() == {"status": "ok"}
    ready = api.client.get("/readyz").json()
    assert ready["ready"] is True and ready["checks"]["lists"].startswith("un-sc@")


def test_a_false_alert_is_shown_beside_the_match_suppressed_on_request_and_lapses_when_the_record_changes(
        api: Api) -> None:
    cleared = api.client.post("/v1/dispositions", headers=api.auth, json={
        "party": "Choe Sok Min", "designation": "KPi.064", "status": "false_alert",
        "reviewer": "a.reviewer", "reason": "our customer was born in 1990; the listed person decades earlier"})
    assert cleared.status_code == 201, cleared.text
    assert cleared.json()["record"] == 1
    shown = api.client.post("/v1/screen", json={"name": "choe  sok min"}, headers=api.auth).json()
    disposition = shown["matches"][0]["disposition"]
    assert disposition["status"] == "false_alert" and disposition["reviewer"] == "a.reviewer"
    assert disposition["lapsed"] is False and disposition["suppressed"] is True
    quiet = api.client.post("/v1/screen?suppress_cleared=true", json={"name": "Choe Sok Min"}, headers=api.auth).json()
    assert "KPi.064" not in [m["reference"] for m in quiet["matches"]]
    assert [m["reference"] for m in quiet["suppressed"]] == ["KPi.064"]
    # A new snapshot stating the designation differently: the reviewer's clearance no longer holds.
    service = api.client.app.state.service  # type: ignore[attr-defined]
    listed = next(d for s in service.screener(None).sources for d in s.index.designations if d.reference == "KPi.064")
    changed = replace(listed, nationalities=(*listed.nationalities, "Other"))
    lapsed = service.disposition_of("Choe Sok Min", changed)
    assert lapsed is not None and lapsed["lapsed"] is True and lapsed["suppressed"] is False
    unknown = api.client.post("/v1/dispositions", headers=api.auth, json={
        "party": "x", "designation": "KPi.999", "status": "false_alert", "reviewer": "r", "reason": "r"})
    assert unknown.status_code == 422 and "KPi.999" in unknown.json()["detail"]
