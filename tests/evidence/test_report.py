"""The report renderers: what a reader of the text, Markdown, HTML and FollowTheMoney output sees."""

from __future__ import annotations

import copy
import json
from html.parser import HTMLParser
from typing import Any

import pytest
from markdown_it import MarkdownIt

from sanctioneer.evidence.report import citation_phrase, render_ftm, render_html, render_markdown, render_text
from tests.factory import FLY, HOSTILE, WIRE, founding_report


@pytest.fixture(scope="module")
def founding() -> tuple[dict[str, Any], dict[str, str]]:
    return founding_report()


def _block(text: str, start: str, end: str | None = None) -> str:
    """The part of a rendering from `start` up to `end` (or to the end)."""
    opening = text.index(start)
    return text[opening:text.index(end, opening) if end else len(text)]


def _cited(event: dict[str, Any]) -> list[str]:
    """Every citation of the event's decision, written as the engine writes citations."""
    decision = event["decision"]
    findings = decision["findings"] + [f for line in decision["lines"] for f in line["findings"]]
    found = [f["citation"] for f in findings if f["citation"]] + [f["item"]["citation"] for f in findings if f["item"]]
    return [citation_phrase(c) for c in found]


def test_the_engine_decides_the_founding_event_as_the_law_says(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    gift, arms = founding[0]["events"]
    assert gift["verdict"] == "prohibited" and arms["verdict"] == "prohibited"
    assert "S/RES/2397 (2017), paragraph 7" in _cited(gift)
    assert any("annex IV" in c for c in _cited(gift)), "the luxury-goods item is cited with its annex"


# --- text ---------------------------------------------------------------------------------------

def test_text_gives_each_event_its_verdict_facts_and_every_citation(founding: tuple[dict[str, Any], dict[str, str]]
                                                                    ) -> None:
    report, _ = founding
    text = render_text(report)
    gift = _block(text, "Event e1", "Event e2")
    assert gift.startswith("Event e1: ✖ PROHIBITED — Gift of Aurus Senat limousine")
    assert "date: 2024-02-18; kind: gift; status: reported" in gift
    assert "goods: Aurus Senat limousine, HS 8703 (Motor cars" in gift
    assert "Vladimir Putin (RU) → Kim Jong Un (KP)" in gift
    assert "corroboration: 2 sources" in gift
    for citation in _cited(report["events"][0]):
        assert citation in gift
    assert "https://undocs.org/S/RES/2397(2017)" in gift
    assert "the recipient is in the DPRK" in gift, "each finding's reason is shown"
    assert "parties not screened: no list loaded" in gift
    assert f"decision {report['events'][0]['decision']['decision_id']}" in gift


def test_text_says_plainly_when_the_date_is_unknown_and_how_each_source_hedges(
        founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    arms = _block(render_text(founding[0]), "Event e2", "Claims")
    assert 'date: date unknown; kind: supply; status: alleged (hedged: "accused", "believed to")' in arms
    assert 'news/fly-2024-02-20.txt: alleged (hedges: "believed to"); news/wire-limousine.txt: denied' in arms
    assert "North Korea (KP) → Russian Federation (RU)" in arms
    assert "law as of 2024-02-20 (today: the transfer has no date)" in arms
    assert "note: the date of the transfer is unknown" in arms


def test_text_shows_contradictions_side_by_side_and_the_evidence_in_its_sentence(
        founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    text = render_text(founding[0])
    assert ('sources disagree on recipient: "Kim Jong Un" (news/fly-2024-02-20.txt)  ≠  '
            '"Kim\'s top aides" (news/wire-limousine.txt)') in text
    assert "date 2024-02-18: news/fly-2024-02-20.txt, news/wire-limousine.txt" in text
    assert ("State media in Pyongyang said the [Aurus Senat limousine] was [handed over] to [Kim Jong Un] "
            "[on Sunday].") in text
    # A sentence that runs over a line break in the document reads as one line.
    assert "[on February 18], the official news agency said." in text


def test_text_lists_the_claims_after_the_events(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    claims = _block(render_text(founding[0]), "Claims (4):")
    assert ('c2 news/fly-2024-02-20.txt: supply, alleged ("believed to"): artillery shells and ballistic missiles, '
            "no HS code; North Korea (KP) → Russian Federation (RU); date unknown") in claims
    assert 'Kim\'s top aides (KP); 2024-02-18 ("on February 18")' in claims


def test_text_shows_control_characters_from_a_document_as_escapes(founding: tuple[dict[str, Any], dict[str, str]]
                                                                  ) -> None:
    report = copy.deepcopy(founding[0])
    report["events"][0]["goods"][0]["description"] = "limousine\n\x1b[2J  PERMITTED\u202e"
    text = render_text(report)
    assert "\x1b" not in text and "\u202e" not in text
    assert "limousine \\x1b[2J  PERMITTED\\u202e" in text
    assert not any(line.strip().startswith("PERMITTED") for line in text.splitlines())


# --- Markdown -----------------------------------------------------------------------------------

def test_markdown_opens_with_a_summary_table_and_links_every_citation(
        founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    markdown = render_markdown(founding[0])
    assert ("| e1 | ✖ **PROHIBITED** | 2024-02-18 | Aurus Senat limousine, HS 8703 | "
            "Vladimir Putin (RU) → Kim Jong Un (KP) | 2 |") in markdown
    assert "| e2 | ✖ **PROHIBITED** | date unknown |" in markdown
    assert "[S/RES/2397 (2017), paragraph 7](<https://undocs.org/S/RES/2397(2017)>)" in markdown
    assert "> State media in Pyongyang said the **Aurus Senat limousine** was **handed over**" in markdown
    assert "| news/fly-2024-02-20.txt | news/wire-limousine.txt |" in markdown
    assert "| Kim Jong Un | Kim's top aides — “Kim's top aides” |" not in markdown
    page = MarkdownIt("commonmark").enable("table").render(markdown)
    assert '<a href="https://undocs.org/S/RES/2397(2017)">S/RES/2397 (2017), paragraph 7</a>' in page
    assert "<th>news/fly-2024-02-20.txt</th>" in page


def test_markdown_keeps_a_documents_words_as_words(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    report = copy.deepcopy(founding[0])
    report["events"][0]["goods"][0]["description"] = f"{HOSTILE} [click](javascript:alert(3)) | *x*"
    report["events"][0]["sources"][0]["document"] = "# heading"
    page = MarkdownIt("commonmark").enable("table").render(render_markdown(report))
    assert "<script" not in page and "<img" not in page and "javascript:" not in page.replace(
        "[click](javascript:alert(3))", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "[click](javascript:alert(3)) | *x*" in page
    assert "<h1>heading" not in page and "<h4># heading" in page


# --- HTML ---------------------------------------------------------------------------------------

class _Page(HTMLParser):
    """The page as a browser parses it: its elements with their attributes, and its visible text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.words: list[str] = []
        self._skip = 0
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.words.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.words).split())


def test_html_opens_with_a_summary_table_with_coloured_verdicts(founding: tuple[dict[str, Any], dict[str, str]]
                                                                ) -> None:
    page = render_html(founding[0], documents=founding[1])
    summary = _Page(_block(page, '<table class="summary">', "</table>"))
    assert "e1 ✖ PROHIBITED 2024-02-18 Aurus Senat limousine, HS 8703 Vladimir Putin (RU) → Kim Jong Un (KP) gift, " \
           "reported 2" in summary.text
    assert "e2 ✖ PROHIBITED date unknown artillery shells and ballistic missiles" in summary.text
    assert [a.get("class") for t, a in summary.tags if t == "span" and "badge" in (a.get("class") or "")] == \
        ["badge prohibited", "badge prohibited"]
    assert [a["href"] for t, a in summary.tags if t == "a"] == ["#event-1", "#event-2"]
    assert "--prohibited:#b3261e" in page and "--review:" in page and "--permitted:" in page


def test_html_cards_cite_the_law_with_links_and_give_the_reasons(founding: tuple[dict[str, Any], dict[str, str]]
                                                                 ) -> None:
    report, documents = founding
    card = _block(render_html(report, documents=documents), 'id="event-1"', 'id="event-2"')
    parsed = _Page(card)
    links = {a["href"]: None for t, a in parsed.tags if t == "a"}
    assert '<a class="cite" href="https://undocs.org/S/RES/2397(2017)">S/RES/2397 (2017), paragraph 7</a>' in card
    for citation in _cited(report["events"][0]):
        assert citation in parsed.text
    assert set(links) == {"https://undocs.org/S/RES/1718(2006)", "https://undocs.org/S/RES/2094(2013)",
                          "https://undocs.org/S/RES/2397(2017)"}
    assert "Transportation vehicles (HS 86 to 89) to the DPRK" in parsed.text
    assert "Unverified: this rule's text has not been checked" in parsed.text
    decision = report["events"][0]["decision"]
    for fact in (decision["decision_id"], decision["rulebook_version"], "lists none", "Law as of 2024-02-18"):
        assert fact in parsed.text


def test_html_highlights_the_evidence_in_its_paragraph(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    report, documents = founding
    card = _block(render_html(report, documents=documents), 'id="event-1"', 'id="event-2"')
    quote = _block(card, "<blockquote>State media", "</blockquote>")
    assert ('said the <mark title="goods">Aurus Senat limousine</mark> was <mark title="kind">handed over</mark> to '
            '<mark title="recipient">Kim Jong Un</mark> <mark title="date">on Sunday</mark>.') in quote
    assert "The Kremlin confirmed the gift" in quote, "the paragraph around the sentence is shown"
    assert "Would you like to comment" not in card
    assert '<span class="chip">date: <q>on Sunday</q></span>' in card
    # Without the documents' texts the sentence alone is shown, still marked.
    alone = _block(render_html(report), 'id="event-1"', 'id="event-2"')
    assert '<blockquote>State media in Pyongyang said the <mark title="goods">Aurus Senat limousine</mark>' in alone
    assert "The Kremlin confirmed" not in alone


def test_html_puts_contradictions_side_by_side_and_lists_statuses(founding: tuple[dict[str, Any], dict[str, str]]
                                                                  ) -> None:
    page = render_html(founding[0], documents=founding[1])
    sides = _Page(_block(page, '<table class="sides">', "</table>"))
    assert [t for t, _ in sides.tags if t in ("th", "td")] == ["th", "th", "td", "td"]
    assert sides.text == "recipient news/fly-2024-02-20.txt news/wire-limousine.txt Kim Jong Un Kim's top aides"
    arms = _Page(_block(page, 'id="event-2"', "Documents read"))
    assert "Date date unknown" in arms.text
    assert "news/fly-2024-02-20.txt: alleged — hedged: believed to" in arms.text
    assert "news/wire-limousine.txt: denied — hedged: accused" in arms.text
    assert "the date of the transfer is unknown" in arms.text


def test_html_shows_a_hostile_document_as_text(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    wire = WIRE.replace("The Russian-made Aurus", f"The {HOSTILE} Russian-made Aurus")
    report, documents = founding_report(wire=wire, wire_title=HOSTILE)
    report["events"][0]["goods"][0]["description"] = HOSTILE
    goods = report["events"][0]["sources"][1]["evidence"][0]
    goods["start"] = wire.index(HOSTILE)
    goods["text"] = wire[goods["start"]:goods["end"]]
    page = render_html(report, documents=documents)
    parsed = _Page(page)
    assert {t for t, _ in parsed.tags} <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
                                           "h3", "h4", "p", "span", "table", "thead", "tbody", "tr", "th", "td", "a",
                                           "section", "dl", "dt", "dd", "ul", "li", "strong", "br", "code", "div",
                                           "q", "blockquote", "mark", "caption"}
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    assert HOSTILE in parsed.text
    assert f'<mark title="goods">{"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img"}' in page


def test_html_is_one_page_that_asks_for_nothing_outside_it(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    page = render_html(founding[0], documents=founding[1])
    parsed = _Page(page)
    assert not [t for t, _ in parsed.tags if t in ("script", "link", "img", "iframe", "object")]
    assert "url(" not in page and "@import" not in page
    assert {a["href"][:8] for t, a in parsed.tags if t == "a"} <= {"#event-1", "#event-2", "https://"}
    assert "@media print" in page


# --- FollowTheMoney -----------------------------------------------------------------------------

# The properties of each schema used, as followthemoney's schema YAML defines them (with the
# properties each inherits: Thing, LegalEntity, Interval, Interest), and the required ones.
_THING = {"name", "summary", "description", "country", "alias", "previousName", "weakAlias", "sourceUrl", "publisher",
          "publisherUrl", "wikipediaUrl", "wikidataId", "keywords", "topics", "address", "addressEntity", "program",
          "notes", "proof", "modifiedAt", "retrievedAt"}
_LEGAL = _THING | {"email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "status",
                   "sector", "classification", "registrationNumber", "idNumber", "jurisdiction", "mainCountry"}
_INTERVAL = {"startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "publisher",
             "publisherUrl", "modifiedAt", "retrievedAt"}
FTM = {
    "Document": (_THING | {"contentHash", "title", "author", "fileName", "fileSize", "mimeType", "language", "date",
                           "authoredAt", "publishedAt", "parent"}, set()),
    "Person": (_LEGAL | {"firstName", "lastName", "birthDate", "nationality", "citizenship", "position"}, {"name"}),
    "Organization": (_LEGAL, {"name"}),
    "LegalEntity": (_LEGAL, {"name"}),
    "Vessel": (_THING | {"imoNumber", "flag", "type", "owner", "operator"}, {"name"}),
    "Event": (_THING | _INTERVAL | {"location", "country", "important", "organizer", "involved"}, {"name"}),
    "Documentation": (_INTERVAL | {"role", "status", "document", "entity"}, {"document", "entity"}),
}
# Entity-valued properties and the schemata their range admits.
RANGES = {"involved": {"Person", "Organization", "LegalEntity"}, "proof": {"Document"}, "document": {"Document"},
          "entity": set(FTM) - {"Document"}}


def test_ftm_entities_use_followthemoneys_schemata_and_link_up(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    entities = list(render_ftm(founding[0]))
    schemata = {e["id"]: e["schema"] for e in entities}
    assert len(schemata) == len(entities), "each entity is emitted once"
    for entity in entities:
        allowed, required = FTM[entity["schema"]]
        assert set(entity["properties"]) <= allowed, (entity["schema"], set(entity["properties"]) - allowed)
        assert required <= set(entity["properties"]), entity
        assert all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in entity["properties"].values())
        for prop, targets in RANGES.items():
            for target in entity["properties"].get(prop, []) if prop in allowed else []:
                assert schemata.get(target) in targets, (entity["schema"], prop, target)
    assert json.loads(json.dumps(entities)) == entities


def test_ftm_says_who_gave_what_to_whom_with_the_verdict_and_the_evidence(
        founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    report, documents = founding
    entities = list(render_ftm(report))
    by_name = {e["properties"]["name"][0]: e for e in entities if "name" in e["properties"]}
    putin, kim = by_name["Vladimir Putin"], by_name["Kim Jong Un"]
    assert (putin["schema"], putin["properties"]["country"], kim["properties"]["country"]) == ("Person", ["ru"], ["kp"])
    events = [e for e in entities if e["schema"] == "Event"]
    gift, arms = events
    assert gift["properties"]["name"] == ["Gift of Aurus Senat limousine: Vladimir Putin (RU) to Kim Jong Un (KP)"]
    assert gift["properties"]["date"] == ["2024-02-18"] and "date" not in arms["properties"]
    assert gift["properties"]["involved"] == [putin["id"], kim["id"]]
    assert gift["properties"]["country"] == ["ru", "kp"]
    summary = gift["properties"]["summary"][0]
    assert summary.startswith("PROHIBITED: ") and "S/RES/2397 (2017), paragraph 7" in summary
    assert "corroborated by 2 sources" in summary
    assert "date date unknown" in arms["properties"]["summary"][0]
    files = {e["properties"]["fileName"][0]: e for e in entities if e["schema"] == "Document"}
    assert files["news/wire-limousine.txt"]["properties"]["title"] == [WIRE.splitlines()[0]]
    assert files["news/fly-2024-02-20.txt"]["properties"]["publishedAt"] == ["2024-02-20"]
    import hashlib

    for name, text in documents.items():
        assert files[name]["properties"]["contentHash"] == [hashlib.sha256(text.encode()).hexdigest()]
    documented = [e for e in entities if e["schema"] == "Documentation" and e["properties"]["entity"] == [gift["id"]]]
    assert len(documented) == 2
    first = documented[0]["properties"]
    assert first["document"] == [files["news/fly-2024-02-20.txt"]["id"]]
    assert "Aurus Senat limousine" in first["summary"] and "on Sunday" in first["summary"]
    assert any(s.startswith("State media in Pyongyang said") for s in first["description"])
    recipient = [e for e in entities if e["schema"] == "Documentation" and e["properties"]["entity"] == [kim["id"]]]
    assert [e["properties"]["summary"] for e in recipient] == [["Kim Jong Un"], ["Kim's top aides"]]


def test_ftm_ids_follow_the_content(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    first = [e["id"] for e in render_ftm(founding[0])]
    assert first == [e["id"] for e in render_ftm(copy.deepcopy(founding[0]))]
    changed = copy.deepcopy(founding[0])
    changed["events"][0]["date"] = "2024-02-19"
    assert [e["id"] for e in render_ftm(changed)] != first


def test_a_report_without_events_says_so_in_every_format() -> None:
    empty = {"documents": [{"name": "press/statement.txt", "format": "text", "title": None, "date": None,
                            "date_source": None, "sha256": "0" * 64, "words": 120}], "events": [], "claims": []}
    assert render_text(empty).startswith("0 events from 0 claims in 1 document\n  press/statement.txt: text, undated")
    assert "No transfer of goods was found in these documents." in render_html(empty)
    assert "0 events from 0 claims." in render_markdown(empty)
    assert [e["schema"] for e in render_ftm(empty)] == ["Document"]


@pytest.mark.parametrize(("kind", "schema", "where"), [
    ("person", "Person", "country"),
    ("organization", "Organization", "country"),
    ("vessel", "Vessel", "flag"),
    (None, "LegalEntity", "country"),
])
def test_ftm_gives_each_named_party_the_schema_of_its_type(founding: tuple[dict[str, Any], dict[str, str]],
                                                           kind: str | None, schema: str, where: str) -> None:
    report = copy.deepcopy(founding[0])
    report["events"][0]["supplier"] = {"name": "Chon Ma San", "country": "KP", "type": kind}
    entities = list(render_ftm(report))
    party = next(e for e in entities if e["properties"].get("name") == ["Chon Ma San"])
    assert (party["schema"], party["properties"][where]) == (schema, ["kp"])
    event = next(e for e in entities if e["schema"] == "Event")
    assert (party["id"] in event["properties"]["involved"]) is (schema != "Vessel"), "an Event involves legal entities"


def test_ftm_makes_no_entity_of_a_party_known_only_by_its_country(
        founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    entities = list(render_ftm(founding[0]))
    arms = [e for e in entities if e["schema"] == "Event"][1]
    assert "involved" not in arms["properties"] and arms["properties"]["country"] == ["kp", "ru"]
    assert sorted(e["properties"]["name"][0] for e in entities if e["schema"] == "Person") == \
        ["Kim Jong Un", "Vladimir Putin"]


def test_html_cuts_a_long_paragraph_around_the_evidence(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    report, documents = founding_report(fly=FLY.replace("State media", "Filler words go on. " * 40 + "State media"))
    quote = _block(render_html(report, documents=documents), "<blockquote>… ", "</blockquote>")
    assert "Filler words go on." in quote and len(_Page(quote).text) < 900
    assert quote.index("State media") > 200


def test_html_marks_only_evidence_whose_offsets_hold(founding: tuple[dict[str, Any], dict[str, str]]) -> None:
    report = copy.deepcopy(founding[0])
    goods = report["events"][0]["sources"][0]["evidence"][0]
    assert goods["field"] == "goods"
    goods["start"] += 1
    card = _block(render_html(report, documents=founding[1]), 'id="event-1"', 'id="event-2"')
    assert '<mark title="goods">' not in card.split("news/wire-limousine.txt")[0]
    assert '<span class="chip">goods: <q>Aurus Senat limousine</q></span>' in card, "still listed with its words"
    assert '<mark title="kind">handed over</mark>' in card
