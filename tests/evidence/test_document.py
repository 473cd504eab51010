"""Reading documents: text, HTML and Markdown, their dates, their page furniture, and hostile input."""

from __future__ import annotations

import http.server
import io
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctioneer.errors import InputError
from sanctioneer.evidence.document import (
    MAX_DOCUMENT_BYTES,
    DocumentFormat,
    SourceDocument,
    document_format,
    parse_document,
    read_document,
    sniff,
)
from sanctioneer.evidence.markdown import blank_markdown
from tests.factory import SHARED

SEEDS = SHARED / "seeds"
DATED = SEEDS / "000_afd81e29f75884c0.txt"
UNDATED = SEEDS / "004_3d0252c053af697a.txt"
NEEDS_SEEDS = pytest.mark.skipif(not DATED.exists() or not UNDATED.exists(),
                                 reason="the founding reports in ../shared/seeds/ are not here")
FIXTURES = Path(__file__).parent / "fixtures"


def span_of(document: SourceDocument, words: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets of the `occurrence`-th copy of `words` in the document's text."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(words, start + 1)
    return start, start + len(words)


def furniture_texts(document: SourceDocument) -> list[str]:
    return [document.text[start:end] for start, end in document.furniture]


# The founding reports


@NEEDS_SEEDS
def test_the_first_founding_report_is_dated_by_its_date_line() -> None:
    document = read_document(str(DATED))
    assert document.format is DocumentFormat.TEXT
    assert document.date == date(2024, 2, 20)
    assert document.date_source == "text: 'date 2024-02-20'"
    assert document.date_span is not None
    assert document.text[slice(*document.date_span)] == "date 2024-02-20"
    assert document.text == DATED.read_text(encoding="utf-8")


@NEEDS_SEEDS
def test_the_second_founding_report_has_no_date_and_none_is_invented() -> None:
    document = read_document(str(UNDATED))
    assert document.date is None and document.date_source is None and document.date_span is None
    assert document.title == "Putin gifts North Korea's Kim Jong Un a Russian limousine"


@NEEDS_SEEDS
def test_comment_prompts_credits_and_captions_of_the_second_report_are_furniture() -> None:
    document = read_document(str(UNDATED))
    furniture = furniture_texts(document)
    for prompt in ("Would you like to comment on this article?", "Register (it's quick and free) or sign in now.",
                   "Speech Bubbles", "Please read our Comment Policy before commenting."):
        assert prompt in furniture
        assert document.is_furniture(*span_of(document, prompt))
    for credit in ("Image: Kyrgyz Presidency Press Office - Handout/Anadolu Agency/Getty Images",
                   "Image: Kremlin Press Office / Handout/Anadolu Agency via Getty Images"):
        assert document.is_furniture(*span_of(document, credit))
    caption = "The Russian-made Aurus limousine was delivered to Kim's top aides by the Russian side on February 18."
    assert document.text.count(caption) == 2
    assert document.is_furniture(*span_of(document, caption, 0))
    assert document.is_furniture(*span_of(document, caption, 1))


@NEEDS_SEEDS
def test_the_body_sentence_about_the_delivery_is_evidence() -> None:
    document = read_document(str(UNDATED))
    body = ("The Russian-made limousine was delivered to Kim's top aides by the Russian side on February 18, "
            "North Korea's official KCNA news agency said.")
    assert not document.is_furniture(*span_of(document, body))


@NEEDS_SEEDS
def test_a_caption_repeated_under_an_image_is_furniture_but_its_copy_in_the_body_is_evidence() -> None:
    document = read_document(str(UNDATED))
    sentence = ("Kim is believed to be an avid automobile enthusiast and has a large collection of luxury foreign "
                "vehicles, which are likely smuggled in.")
    assert document.text.count(sentence) == 3
    assert document.is_furniture(*span_of(document, sentence, 0))
    assert document.is_furniture(*span_of(document, sentence, 1))
    assert not document.is_furniture(*span_of(document, sentence, 2))


@NEEDS_SEEDS
def test_the_founding_reports_as_the_json_report_lists_them() -> None:
    entry = read_document(str(DATED)).to_dict()
    assert entry["name"] == str(DATED)
    assert entry["format"] == "text" and entry["date"] == "2024-02-20"
    assert entry["date_source"] == "text: 'date 2024-02-20'"
    assert len(entry["sha256"]) == 64 and entry["words"] > 500
    assert read_document(str(UNDATED)).to_dict()["date"] is None


@NEEDS_SEEDS
def test_a_date_given_by_the_user_overrides_the_documents_own() -> None:
    document = read_document(str(DATED), date=date(2024, 3, 1))
    assert document.date == date(2024, 3, 1)
    assert document.date_source == "--date" and document.date_span is None
    undated = read_document(str(UNDATED), date=date(2024, 2, 20))
    assert undated.date == date(2024, 2, 20) and undated.date_source == "--date"


@NEEDS_SEEDS
def test_standard_input_is_read_under_the_name_dash() -> None:
    document = read_document("-", stdin=io.BytesIO(DATED.read_bytes()))
    assert document.name == "-" and document.date == date(2024, 2, 20)


# Furniture rules on text of our own

ARTICLE = """Coal ship seized

Customs officers in Busan seized a ship that carried coal from Nampo, officials said.

Read more: Coal and the sanctions
Advertisement

The seized ship at the quay in Busan.
Photo: Kim Example/Reuters

A second ship left the port before officers could board it.

Officers boarded the ship on Monday (Photo by Lee Example/AFP) and found the cargo.

The ship's master was questioned.

Would you like to comment on this article?
Share this article
Facebook | Twitter | Email
Sign up for our daily newsletter
12 comments
"""


def test_prompts_links_adverts_and_share_boxes_are_furniture() -> None:
    document = parse_document(ARTICLE.encode(), name="seized.txt")
    for line in ("Read more: Coal and the sanctions", "Advertisement", "Photo: Kim Example/Reuters",
                 "Would you like to comment on this article?", "Share this article", "Facebook | Twitter | Email",
                 "Sign up for our daily newsletter", "12 comments"):
        assert document.is_furniture(*span_of(document, line)), line
    for sentence in ("Customs officers in Busan seized a ship that carried coal from Nampo, officials said.",
                     "A second ship left the port before officers could board it.",
                     "The ship's master was questioned.", "Coal ship seized"):
        assert not document.is_furniture(*span_of(document, sentence)), sentence


def test_the_caption_just_above_a_credit_is_furniture_but_not_across_a_blank_line() -> None:
    document = parse_document(ARTICLE.encode(), name="seized.txt")
    assert document.is_furniture(*span_of(document, "The seized ship at the quay in Busan."))
    apart = parse_document(ARTICLE.replace("Busan.\nPhoto:", "Busan.\n\nPhoto:").encode(), name="apart.txt")
    assert not apart.is_furniture(*span_of(apart, "The seized ship at the quay in Busan."))
    assert apart.is_furniture(*span_of(apart, "Photo: Kim Example/Reuters"))


def test_an_inline_credit_is_furniture_and_its_sentence_is_still_evidence() -> None:
    document = parse_document(ARTICLE.encode(), name="seized.txt")
    assert document.is_furniture(*span_of(document, "(Photo by Lee Example/AFP)"))
    sentence = "Officers boarded the ship on Monday (Photo by Lee Example/AFP) and found the cargo."
    assert not document.is_furniture(*span_of(document, sentence))


def test_a_repeated_line_is_a_caption_only_when_it_has_words_enough() -> None:
    text = "Kim arrives in Moscow by train.\n\nKim arrives in Moscow by train.\nYes\nYes\nThe visit lasted a week.\n"
    document = parse_document(text.encode(), name="repeat.txt")
    assert document.is_furniture(*span_of(document, "Kim arrives in Moscow by train.", 0))
    assert document.is_furniture(*span_of(document, "Kim arrives in Moscow by train.", 1))
    assert not document.is_furniture(*span_of(document, "Yes"))
    assert not document.is_furniture(*span_of(document, "The visit lasted a week."))


# Dates from the text


@pytest.mark.parametrize(("text", "expected", "source"), [
    ("PYONGYANG, 18 February 2024 — KCNA said the car had arrived.", date(2024, 2, 18),
     "dateline: 'PYONGYANG, 18 February 2024'"),
    ("WASHINGTON, Feb. 20, 2024 (AP) — The State Department said.", date(2024, 2, 20),
     "dateline: 'WASHINGTON, Feb. 20, 2024 (AP)'"),
    # A place in small letters, a date and the agency in brackets, with no dash.
    ("Tokyo, March 4, 2021 (Kyodo) The coast guard said.", date(2021, 3, 4),
     "dateline: 'Tokyo, March 4, 2021 (Kyodo)'"),
    ("Kim gets a car\nBy Jane Doe | Published 20 February 2024\n\nThe car arrived.", date(2024, 2, 20),
     "byline: 'Published 20 February 2024'"),
    ("Kim gets a car\nFebruary 20, 2024 10:00 GMT\n\nThe car arrived.", date(2024, 2, 20),
     "byline: 'February 20, 2024'"),
    ("Kim gets a car\nUpdated: 2024-02-21\n\nThe car arrived.", date(2024, 2, 21), "byline: 'Updated: 2024-02-21'"),
    ("Kim gets a car\nUpdated 21 February 2024 · First published 20 February 2024\n", date(2024, 2, 20),
     "byline: 'First published 20 February 2024'"),
    # Agencies often close a story with its byline, and its dateline then has no year.
    ("ROME, Nov 26 - The sale was blocked. " + "The yachts were worth millions. " * 30
     + "\n\nPublished 26 November 2009\n",
     date(2009, 11, 26), "byline: 'Published 26 November 2009'"),
    # Numbers only: read where only one order of day and month makes a date.
    ("Kim gets a car\nLast updated: 21/02/2024\n\nThe car arrived.", date(2024, 2, 21),
     "byline: 'Last updated: 21/02/2024'"),
    ("Kim gets a car\nPosted 2024/02/21\n\nThe car arrived.", date(2024, 2, 21), "byline: 'Posted 2024/02/21'"),
    # A court's complaint, and a story told from two places.
    ("VERIFIED COMPLAINT FOR FORFEITURE IN REM\n\nFiled August 22, 2017\n\nIPC sold gasoil.", date(2017, 8, 22),
     "byline: 'Filed August 22, 2017'"),
    ("Pyongyang/Beijing, 9 January 2014\n\nRodman handed Kim a bottle of whiskey.", date(2014, 1, 9),
     "byline: 'Pyongyang/Beijing, 9 January 2014'"),
])
def test_a_documents_date_comes_from_its_dateline_or_byline(text: str, expected: date, source: str) -> None:
    document = parse_document(text.encode(), name="report.txt")
    assert (document.date, document.date_source) == (expected, source)
    assert document.date_span is not None
    assert source.split(": ", 1)[1].strip("'") == document.text[slice(*document.date_span)]


@pytest.mark.parametrize("text", [
    # A dateline without its year: the year is never guessed, not even from a year the text mentions.
    "SEOUL, Feb 20 (Reuters) - Russia, which in 2023 showed Kim its car, has now given him one.",
    "Tokyo, March 4 (Kyodo) Russia, which in 2019 showed Kim its car, has now given him one.",
    # The date of an event is not the date of the article.
    "On February 18, 2024, the car was delivered to Pyongyang, state media said.",
    # A byline date far below the top, not closing the document, belongs to something else.
    "The car was delivered. " * 40 + "\nPublished 20 February 2024\nThe car was delivered again.",
    # A closing line that is more than a byline is a sentence, not the document's date.
    "The car was delivered. " * 40 + "\nThe panel's report was published 20 February 2024.",
    # Not a calendar date.
    "Kim gets a car\nPublished 30 February 2024\n",
    # 12 March or 3 December: numbers that read both ways are not read.
    "Kim gets a car\nLast updated: 12/03/2024\n",
])
def test_a_document_that_does_not_state_its_date_has_none(text: str) -> None:
    assert parse_document(text.encode(), name="report.txt").date is None


# HTML


def test_a_news_page_is_read_as_its_main_text_with_its_metadata() -> None:
    document = read_document(str(FIXTURES / "news-page.html"))
    assert document.format is DocumentFormat.HTML
    assert document.title == "Freighter unloaded refined oil at Nampo, monitors say"
    assert document.date == date(2023, 11, 7)
    assert document.date_source == "metadata: article:published_time"
    assert document.date_span is None
    assert "A tanker flagged in Togo transferred about 3,000 tonnes of refined petroleum" in document.text
    assert "denied that its ship had met any North" in document.text
    # Navigation, scripts, share boxes, comments, related links and the footer are not the article.
    for absent in ("Opinion", "the script says", "Share on Facebook", "Reader42", "this is fake news",
                   "Coal shipments from Nampo", "daily newsletter", "All rights reserved"):
        assert absent not in document.text
    # Offsets index the extracted text.
    start, end = span_of(document, "ship-to-ship transfer")
    assert document.text[start:end] == "ship-to-ship transfer"


def test_a_page_without_a_metadata_date_is_dated_by_its_dateline() -> None:
    document = read_document(str(FIXTURES / "dateline-page.html"))
    assert document.date == date(2024, 2, 18)
    assert document.date_source == "dateline: 'PYONGYANG, 18 February 2024'"
    assert "Front page" not in document.text and "Advertisement" not in document.text


def test_an_undated_page_has_no_date() -> None:
    document = read_document(str(FIXTURES / "undated-page.html"))
    assert document.date is None and document.title == "What the panel found"
    assert "front companies used false descriptions" in document.text


def test_a_page_in_its_declared_character_set_is_decoded_in_it() -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9 deal</title></head><body><article>'
            + "<p>The caf\xe9 owner in Dandong said the trucks left for Sinuiju on Friday with flour and oil.</p>" * 4
            + "</article></body></html>")
    document = parse_document(page.encode("cp1252"), name="page.html")
    assert "The café owner in Dandong" in document.text


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that records every request made to it."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>fetched " + b"x" * 300 + b"</p></body></html>")

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_hostile_page_never_reaches_the_network_nor_expands_entities(listener: tuple[str, list[str]]) -> None:
    base, requests = listener
    page = f"""<!DOCTYPE html [
      <!ENTITY ext SYSTEM "{base}/entity">
      <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
    ]>
    <html><head>
      <link rel="canonical" href="{base}/2024/02/20/canonical">
      <link rel="stylesheet" href="{base}/style.css">
      <meta http-equiv="refresh" content="0;url={base}/refresh">
      <script src="{base}/script.js"></script>
      <script>fetch("{base}/inline"); document.write("Russia sold the DPRK forty trucks");</script>
    </head><body><article>
      <p>&ext; &lol3; The trucks crossed the border at Sinuiju on Friday, customs officers in Dandong said.</p>
      <img src="{base}/image.png"><iframe src="{base}/frame"></iframe>
      <p>The officers said the drivers carried papers from a trading company registered in Shenyang.</p>
      <p>Both governments have said that trade across the border is lawful and follows the rules.</p>
    </article></body></html>"""
    document = parse_document(page.encode(), name="hostile.html")
    also = parse_document(f"{base}/2024/02/20/page".encode(), name="address.html")
    time.sleep(0.2)
    assert requests == []
    assert "The trucks crossed the border at Sinuiju" in document.text
    assert "lollol" not in document.text and "Russia sold the DPRK" not in document.text
    assert "fetched" not in document.text and "fetched" not in also.text
    # The date in the address the page gives itself is read from the address, not by visiting it.
    assert document.date == date(2024, 2, 20)
    assert document.date_source == "metadata: the page's markup or address"


def test_a_page_nested_thousands_of_levels_deep_is_read_quickly() -> None:
    page = "<html><body>" + "<div>" * 50_000 + "<p>Deep text about a shipment of coal.</p>" + "</div>" * 50_000
    started = time.perf_counter()
    parse_document(page.encode(), name="deep.html")
    assert time.perf_counter() - started < 10


def test_a_page_of_too_many_elements_is_refused_by_name() -> None:
    page = "<html><body>" + "<p>a</p>" * 250_000 + "</body></html>"
    with pytest.raises(InputError) as caught:
        parse_document(page.encode(), name="many.html")
    assert "many.html" in str(caught.value) and "elements; the limit is" in str(caught.value)


# Markdown


def test_markdown_markup_is_blanked_and_offsets_still_index_the_file() -> None:
    path = FIXTURES / "yacht-report.md"
    source = path.read_text(encoding="utf-8")
    document = read_document(str(path))
    assert document.format is DocumentFormat.MARKDOWN
    assert len(document.text) == len(source)
    assert document.title == "Yacht bound for Wonsan seized in Italian port"
    assert document.date == date(2024, 3, 12) and document.date_source == "byline: 'Published 12 March 2024'"
    # Words keep their place; the markup around them is gone.
    for words in ("Italian customs", "Dalian", "Guardia di Finanza", "Monday", "The yacht was built in Italy"):
        start = source.index(words)
        assert document.text[start:start + len(words)] == words
    for markup in ("**", "](", "https://", "# ", "```", "[gdf]", "The yacht at the quay", "> \""):
        assert markup not in document.text
    assert "company in\n Dalian " in document.text
    assert "Read more: Yachts and the luxury ban" in furniture_texts(document)


def test_markdown_front_matter_gives_the_title_and_date() -> None:
    source = ("---\ntitle: Spirits seized at Nampo\ndate: 2023-05-04\n---\n\n"
              "Customs officers seized **vodka** bound for Nampo.\n")
    document = parse_document(source.encode(), name="spirits.md")
    assert document.title == "Spirits seized at Nampo"
    assert document.date == date(2023, 5, 4) and document.date_source == "metadata: front matter date"
    assert document.text.lstrip().startswith("Customs officers seized   vodka   bound for Nampo.")
    assert len(document.text) == len(source)


# Hostile and unreadable input


def test_an_undecodable_file_is_refused_naming_it_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le caf\xe9 de Pyongyang a re\xe7u des voitures.".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        read_document(str(path))
    assert str(caught.value) == f"{path}: not UTF-8 text (byte 6) (save the file as UTF-8)"


def test_binary_data_is_refused_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(InputError) as caught:
        read_document(str(path))
    assert str(path) in str(caught.value) and "not UTF-8 text" in str(caught.value)
    with pytest.raises(InputError) as caught:
        parse_document(b"Header\x00\x00\x00 binary body", name="blob.txt")
    assert "blob.txt: binary data, not text" in str(caught.value)
    assert "save a PDF or word-processor file as text first" in str(caught.value)


@NEEDS_SEEDS
def test_a_byte_order_mark_is_not_part_of_the_text() -> None:
    document = parse_document(b"\xef\xbb\xbf" + DATED.read_bytes(), name="bom.txt")
    assert document.text == DATED.read_text(encoding="utf-8") and document.date == date(2024, 2, 20)
    utf16 = parse_document(DATED.read_text(encoding="utf-8").encode("utf-16"), name="wide.txt")
    assert utf16.text == document.text


def test_an_empty_document_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        parse_document(b"  \n\n ", name="blank.txt")
    assert str(caught.value) == "blank.txt: the document is empty (give a document with text)"


def test_a_document_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Coal was shipped. " * (MAX_DOCUMENT_BYTES // 18 + 1))
    with pytest.raises(InputError) as caught:
        read_document(str(path))
    assert f"{path}: the file is over {MAX_DOCUMENT_BYTES:,} bytes" in str(caught.value)
    with pytest.raises(InputError) as caught:
        parse_document(b"x" * (MAX_DOCUMENT_BYTES + 1), name="huge.html")
    assert f"huge.html: the file is over {MAX_DOCUMENT_BYTES:,} bytes" in str(caught.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_or_pipe_is_refused_at_once() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_document("/dev/zero")
    assert f"/dev/zero: the file is over {MAX_DOCUMENT_BYTES:,} bytes" in str(caught.value)

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(InputError) as caught:
        read_document("-", stdin=io.BufferedReader(Endless()))
    assert f"<stdin>: the input is over {MAX_DOCUMENT_BYTES:,} bytes" in str(caught.value)
    assert time.perf_counter() - started < 10


def test_a_missing_file_or_a_directory_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_document(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="a directory, not a file"):
        read_document(str(tmp_path))


def test_a_transfer_file_is_not_read_as_a_document_unless_asked() -> None:
    data = b'{"date": "2024-02-18", "goods": [{"description": "limousine"}], "recipient": {"country": "KP"}}'
    with pytest.raises(InputError) as caught:
        parse_document(data, name="aurus.json")
    assert "aurus.json: this is a transfer file (JSON or YAML), not a document" in str(caught.value)
    assert "--as document" in str(caught.value)
    as_document = document_format(data, name="aurus.json")
    assert as_document is DocumentFormat.TEXT
    document = parse_document(data, name="aurus.json", as_format=as_document)
    assert document.text == data.decode() and document.date is None
    assert document_format(b"goods: [limousine]", name="notes.md") is DocumentFormat.MARKDOWN


# Sniffing


PAGE = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>Text.</p></body></html>"


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("aurus.json", b'{"goods": [{"hs": "8703"}]}', "transfers"),
    ("aurus.yaml", b"goods:\n  - description: limousine\n", "transfers"),
    ("transfers.yml", b"- id: t1\n  goods: []\n", "transfers"),
    ("-", b'[{"supplier": {"country": "RU"}, "goods": []}]', "transfers"),
    ("-", b"supplier:\n  country: RU\ngoods:\n  - description: limousine\n", "transfers"),
    ("notes.txt", b'{"goods": [{"description": "limousine"}]}', "transfers"),
    ("page.html", b"Just words, saved with the wrong name.", "html"),
    ("page.htm", PAGE, "html"),
    ("-", PAGE, "html"),
    ("-", b"\n  <!-- saved page -->\n<html lang=en><body><p>Text.</p></body></html>", "html"),
    ("-", b"<body><p>One.</p><p>Two.</p></body>", "html"),
    ("-", b"<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>\n<p>Four.</p>", "html"),
    ("report.md", b"Plain words.", "markdown"),
    ("report.markdown", b"Plain words.", "markdown"),
    ("-", b"# Kim gets a car\n\nPutin gave Kim a car.", "markdown"),
    ("-", b"Putin gave [Kim](https://a.example) a [car](https://b.example).", "markdown"),
    ("-", b"[Kim](https://a.example) got a car.", "text"),
    pytest.param("report.txt", DATED, "text", marks=NEEDS_SEEDS),
    pytest.param("-", UNDATED, "text", marks=NEEDS_SEEDS),
    ("-", b"Title: a report\nThe supplier: unknown. The goods: cars.", "text"),
    ("-", b"date: 2024-02-20\ntitle: Kim gets a car\n", "text"),
    ("-", b"\xff\xfe\x00\x01 not text at all", "text"),
])
def test_sniffing_tells_transfer_files_pages_markdown_and_text_apart(name: str, data: bytes | Path,
                                                                     expected: str) -> None:
    raw = data.read_bytes() if isinstance(data, Path) else data
    assert sniff(raw, name=name) == expected


# Properties: whatever the bytes, a document or a clear refusal; Markdown offsets always index the file


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKUP_TEXT = st.lists(st.sampled_from([*"ab Kim,.:-#*_~`[]()!<>|\\\n\t\"'", "http://x", "---", "<!--", "-->"]),
                       max_size=200).map("".join)


@PROPERTY
@given(data=st.one_of(st.binary(max_size=600), MARKUP_TEXT.map(str.encode)),
       name=st.sampled_from(["a.txt", "a.md", "a.html", "-", "a.json"]),
       as_format=st.sampled_from([None, *DocumentFormat]))
def test_any_bytes_give_a_document_or_a_clear_refusal(data: bytes, name: str, as_format: DocumentFormat | None) -> None:
    try:
        document = parse_document(data, name=name, as_format=as_format)
    except InputError as exc:
        assert str(exc).startswith(("a.", "<stdin>"))
        return
    assert document.format in set(DocumentFormat)
    assert all(0 <= start < end <= len(document.text) for start, end in document.furniture)
    assert list(document.furniture) == sorted(document.furniture)
    if document.date_span is not None:
        assert document.date_source is not None and document.date is not None


@PROPERTY
@given(source=MARKUP_TEXT)
def test_markdown_blanking_keeps_every_offset_and_line(source: str) -> None:
    text = blank_markdown(source, name="p.md").text
    assert len(text) == len(source)
    for blanked, original in zip(text, source, strict=True):
        assert blanked == original or blanked == " "
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(source) if c == "\n"]
