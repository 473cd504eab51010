"""An optional language model that proposes claims the rules missed; every value it gives is checked.

Any OpenAI-compatible chat endpoint will do (SANCTIONEER_LLM_URL, SANCTIONEER_LLM_MODEL,
SANCTIONEER_LLM_KEY). It is never needed: without it the rules read the documents alone. What it
returns is taken only as far as the document bears it out:

- the sentence must be in the document, word for word, and not page furniture;
- each goods description, and each party's name, must be words of that sentence;
- a party's country must be one the sentence names (a country, demonym, capital, or a known person's);
- a date must be one the sentence gives, resolved against the document's date;
- the kind is the one a transfer word of the sentence tells ("transfer" when none does), and a status
  other than "reported" needs a hedge or denial of that status there.

A value that fails is dropped; a claim left with no goods is dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sanctioneer.errors import InputError
from sanctioneer.evidence.claims import Claim, ClaimGoods, ClaimParty, ClaimStatus, Evidence
from sanctioneer.evidence.dates import find_dates
from sanctioneer.evidence.lexicon import KIND_ORDER, Lexicon, Mention, load_lexicon
from sanctioneer.evidence.text import Sentence, split_sentences

if TYPE_CHECKING:
    from sanctioneer.evidence.document import SourceDocument
    from sanctioneer.settings import Settings

__all__ = ["ClaimProposer"]

#: The most of a document sent in one request, and the most of an answer read.
_MAX_PROMPT = 24_000
_MAX_ANSWER = 1_000_000
_INSTRUCTIONS = (
    "You read news reports about transfers of goods. List every transfer of goods the report describes "
    "(not goods merely mentioned). Answer with JSON only: {\"claims\": [{\"sentence\": <the sentence, copied "
    "exactly>, \"goods\": [<goods as written>], \"supplier\": {\"name\": <as written or null>, \"country\": "
    "<ISO 3166 alpha-2 or null>}, \"recipient\": {\"name\": ..., \"country\": ...}, \"date\": <YYYY-MM-DD, "
    "YYYY-MM or YYYY, or null>, \"kind\": <one of " + ", ".join(KIND_ORDER) + ">, \"status\": <reported, "
    "confirmed, alleged, denied or planned>}]}. Copy words exactly; never guess a value the text does not give."
)


@dataclass(frozen=True)
class ClaimProposer:
    """A chat-completions endpoint asked for claims, and the checks its answers pass."""

    url: str
    model: str
    key: str | None = None
    timeout: float = 60.0

    @classmethod
    def from_settings(cls, settings: Settings) -> ClaimProposer | None:
        """The proposer the settings configure, or None when SANCTIONEER_LLM_URL is not set."""
        if not settings.llm_url:
            return None
        return cls(settings.llm_url, settings.llm_model or "default", settings.llm_key)

    @property
    def version(self) -> str:
        return f"{self.model}@{self.url}"

    def ask(self, document: SourceDocument) -> list[dict[str, Any]]:
        """Send the document's text; return the claims the model lists, as it gives them.

        Raises:
            InputError: the endpoint cannot be reached, answers with an error, or not with the JSON asked.
        """
        import httpx

        where = "SANCTIONEER_LLM_URL"
        fix = "check the endpoint, or unset SANCTIONEER_LLM_URL to read the documents with the rules alone"
        body = {"model": self.model, "temperature": 0, "response_format": {"type": "json_object"},
                "messages": [{"role": "system", "content": _INSTRUCTIONS},
                             {"role": "user", "content": document.text[:_MAX_PROMPT]}]}
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        try:
            response = httpx.post(self.url.rstrip("/") + "/chat/completions", json=body, headers=headers,
                                  timeout=self.timeout, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise InputError(f"the language model at {self.url} cannot be reached: {exc}", where=where,
                             fix=fix) from None
        if response.status_code != 200:
            raise InputError(f"the language model answered HTTP {response.status_code}", where=where, fix=fix)
        if len(response.content) > _MAX_ANSWER:
            raise InputError(f"the language model's answer is over {_MAX_ANSWER:,} bytes", where=where, fix=fix)
        try:
            content = response.json()["choices"][0]["message"]["content"]
            claims = json.loads(content)["claims"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise InputError("the language model did not answer with the JSON asked for", where=where,
                             fix=fix) from None
        if not isinstance(claims, list):
            raise InputError("the language model's claims are not a list", where=where, fix=fix)
        return [c for c in claims if isinstance(c, dict)]

    def propose(self, document: SourceDocument, known: Sequence[Claim], *,
                lexicon: Lexicon | None = None) -> list[Claim]:
        """Return the model's claims that the document bears out and the rules did not read already."""
        lexicon = lexicon or load_lexicon()
        checked: list[Claim] = []
        taken = {(e.sentence.start, e.text.lower()) for claim in known for e in claim.evidence if e.field == "goods"}
        for number, proposal in enumerate(self.ask(document), start=1):
            claim = _check(proposal, document, lexicon, number=number)
            if claim is None:
                continue
            goods = {(e.sentence.start, e.text.lower()) for e in claim.evidence if e.field == "goods"}
            if goods & taken:
                continue
            taken |= goods
            checked.append(claim)
        return checked


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _sentence(document: SourceDocument, quoted: str) -> Sentence | None:
    wanted = re.sub(r"\s+", " ", quoted)
    for sentence in split_sentences(document.text):
        if document.is_furniture(sentence.start, sentence.end):
            continue
        if wanted in re.sub(r"\s+", " ", sentence.text):
            return sentence
    return None


def _span(sentence: Sentence, words: str) -> tuple[int, int] | None:
    found = sentence.text.lower().find(words.lower())
    return (found, found + len(words)) if found >= 0 else None


def _party(raw: object, sentence: Sentence, mentions: list[Mention], field: str,
           evidence: list[Evidence]) -> ClaimParty:
    if not isinstance(raw, dict):
        return ClaimParty()
    name = _text(raw.get("name"))
    span = _span(sentence, name) if name else None
    if span is None:
        name = None
    else:
        evidence.append(Evidence(field, sentence.text[span[0]:span[1]], sentence.start + span[0],
                                 sentence.start + span[1], sentence))
    country = _text(raw.get("country"))
    named = {m.country for m in mentions if m.country}
    if country is not None and country.upper() not in named:
        country = None
    return ClaimParty(name, country.upper() if country else None, "person" if name else "country" if country else None)


def _check(proposal: dict[str, Any], document: SourceDocument, lexicon: Lexicon, *, number: int) -> Claim | None:
    quoted = _text(proposal.get("sentence"))
    sentence = _sentence(document, quoted) if quoted else None
    if sentence is None:
        return None
    mentions = lexicon.find(sentence.text)
    evidence: list[Evidence] = []
    goods: list[ClaimGoods] = []
    for raw in proposal.get("goods") or []:
        words = _text(raw)
        span = _span(sentence, words) if words else None
        if span is None:
            continue
        text = sentence.text[span[0]:span[1]]
        goods.append(ClaimGoods(description=text, terms=(text,)))
        evidence.append(Evidence("goods", text, sentence.start + span[0], sentence.start + span[1], sentence))
    if not goods:
        return None
    # The kind is the one a transfer word of the sentence tells; with none ("appear to have come from
    # China") the claim is a transfer of unstated kind.
    triggers = [m for m in mentions if m.kind == "trigger"]
    said = [t for t in triggers if t.value == _text(proposal.get("kind"))] or triggers
    if said:
        evidence.append(Evidence("kind", said[0].text, sentence.start + said[0].start,
                                 sentence.start + said[0].end, sentence))
    supplier = _party(proposal.get("supplier"), sentence, mentions, "supplier", evidence)
    recipient = _party(proposal.get("recipient"), sentence, mentions, "recipient", evidence)
    date = None
    date_text = None
    wanted = _text(proposal.get("date"))
    for found in find_dates(sentence.text, reference=document.date):
        if wanted and found.value is not None and found.value.iso() == wanted:
            date, date_text = found.value, found.text
            evidence.append(Evidence("date", found.text, sentence.start + found.start, sentence.start + found.end,
                                     sentence))
            break
    status = ClaimStatus.REPORTED
    hedges = [m for m in mentions if m.kind == "hedge"]
    denied = [m for m in mentions if m.kind == "denial"]
    asked = _text(proposal.get("status"))
    cues = denied if asked == ClaimStatus.DENIED.value else [m for m in hedges if m.value == asked]
    if asked in {s.value for s in ClaimStatus} and cues:
        status = ClaimStatus(asked)
        evidence.extend(Evidence("status", m.text, sentence.start + m.start, sentence.start + m.end, sentence)
                        for m in cues)
    stem = document.sha256.removeprefix("sha256:")[:8]
    return Claim(id=f"{stem}-m{number}", document=document.name, document_date=document.date,
                 kind=said[0].value if said else "transfer",
                 status=status, goods=tuple(goods), supplier=supplier, recipient=recipient, date=date,
                 date_text=date_text, hedges=tuple(m.text for m in cues if m.kind == "hedge"),
                 evidence=tuple(evidence))
