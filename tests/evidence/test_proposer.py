"""The optional language model, against a stub chat-completions server on 127.0.0.1: its claims are kept
only as far as the text bears them out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from sanctioneer.errors import InputError
from sanctioneer.evidence import ClaimProposer, build_report, parse_document

REPORT = (
    "date 2019-06-12\n"
    "Photographs of the Masikryong ski resort show new chairlifts. "
    "Lifts later seen in photographs of the resort appear to have come from China, the panel said.\n"
)
SENTENCE = "Lifts later seen in photographs of the resort appear to have come from China, the panel said."


class _Stub(BaseHTTPRequestHandler):
    answer: Any = None
    status = 200
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        type(self).seen.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                "body": json.loads(self.rfile.read(length))})
        content = self.answer if isinstance(self.answer, str) else json.dumps(self.answer)
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def stub() -> Iterator[tuple[str, type[_Stub]]]:
    handler = type("Handler", (_Stub,), {"seen": [], "answer": {"claims": []}, "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", handler
    finally:
        server.shutdown()
        server.server_close()


def _claim(**fields: Any) -> dict[str, Any]:
    return {"sentence": SENTENCE, "goods": ["Lifts"], "supplier": {"name": None, "country": "CN"},
            "recipient": {"name": None, "country": None}, "date": None, "kind": "transfer", "status": "reported",
            **fields}


def test_a_claim_the_rules_missed_is_added_with_its_words(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.answer = {"claims": [_claim()]}
    document = parse_document(REPORT.encode(), name="lifts.txt")
    assert build_report([document]).claims == (), "the rules alone read no transfer here"
    report = build_report([document], proposer=ClaimProposer(url, "tiny", key="secret"))
    [claim] = report.claims
    assert claim.goods[0].description == "Lifts" and claim.supplier.country == "CN"
    assert claim.kind == "transfer" and claim.status.value == "reported"
    goods = next(e for e in claim.evidence if e.field == "goods")
    assert REPORT[goods.start:goods.end] == "Lifts" and goods.sentence.text == SENTENCE
    request = handler.seen[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    assert request["body"]["model"] == "tiny" and "Masikryong" in request["body"]["messages"][1]["content"]


def test_values_the_text_does_not_bear_out_are_dropped(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.answer = {"claims": [
        _claim(recipient={"name": "Kim Jong Un", "country": "KP"}, date="2018-12", status="denied"),
        _claim(sentence="China sold ski lifts worth $7 million to North Korea."),
        _claim(goods=["cable cars"]),
    ]}
    document = parse_document(REPORT.encode(), name="lifts.txt")
    [claim] = build_report([document], proposer=ClaimProposer(url, "tiny")).claims
    assert claim.recipient.name is None and claim.recipient.country is None, "neither is in the sentence"
    assert claim.date is None, "the sentence gives no date"
    assert claim.status.value == "reported", "no word of the sentence denies it"


def test_a_failing_endpoint_is_a_clear_error_not_a_silent_reading(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    document = parse_document(REPORT.encode(), name="lifts.txt")
    handler.status = 500
    with pytest.raises(InputError, match="answered HTTP 500"):
        ClaimProposer(url, "tiny").ask(document)
    handler.status, handler.answer = 200, "this is not JSON"
    with pytest.raises(InputError, match="did not answer with the JSON asked for"):
        ClaimProposer(url, "tiny").ask(document)
    with pytest.raises(InputError, match="cannot be reached"):
        ClaimProposer("http://127.0.0.1:9/v1", "tiny", timeout=2).ask(document)


def test_extract_asks_the_configured_endpoint_and_a_bad_address_is_refused(
        stub: tuple[str, type[_Stub]], tmp_path: Path) -> None:
    url, handler = stub
    handler.answer = {"claims": [_claim()]}
    report = tmp_path / "lifts.txt"
    report.write_text(REPORT, "utf-8")
    env = {**os.environ, "SANCTIONEER_HOME": str(tmp_path / "home"), "SANCTIONEER_LLM_URL": url}
    done = subprocess.run([sys.executable, "-m", "sanctioneer", "extract", str(report), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    claims = json.loads(done.stdout)["claims"]
    assert [c["goods"][0]["description"] for c in claims] == ["Lifts"]
    env["SANCTIONEER_LLM_URL"] = "ftp://example"
    refused = subprocess.run([sys.executable, "-m", "sanctioneer", "extract", str(report)],
                             capture_output=True, text=True, env=env, timeout=120, check=False)
    assert refused.returncode == 2 and "SANCTIONEER_LLM_URL" in refused.stderr and "http" in refused.stderr
