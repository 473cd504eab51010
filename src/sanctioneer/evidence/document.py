"""Documents read safely: plain text, HTML or Markdown, with their date and their page furniture.

A SourceDocument's `text` is what evidence offsets index into:

- plain text: the file's characters as written (after a byte-order mark);
- Markdown: the file with its markup blanked to spaces, so offsets index the file too;
- HTML: the page's main text as extracted (offsets index that text, not the HTML).

docs/documents.md ("Reading documents") describes the formats, dates, furniture and limits.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, BinaryIO, Literal

from sanctioneer.errors import InputError
from sanctioneer.evidence.furniture import find_furniture
from sanctioneer.evidence.published import find_published, parse_written_date
from sanctioneer.intake import read_input

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "DocumentFormat",
    "SourceDocument",
    "document_format",
    "parse_document",
    "read_document",
    "sniff",
]

#: The largest document read, in bytes: a long report is a few hundred kilobytes.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024

_SIZE_FIX = "give the article itself; a report of this size is not one document"
_TRANSFER_SUFFIXES = (".json", ".yaml", ".yml")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_TRANSFER_KEYS = frozenset({"goods", "transfers", "supplier", "recipient", "hs", "parties", "route", "origin"})
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTML_START = re.compile(r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(?:body|head|article|main)[\s>]", re.IGNORECASE)
_PARAGRAPHS = re.compile(r"</?p[\s>]", re.IGNORECASE)
_MD_HEADING = re.compile(r"\A\s*(?:---\n.*?\n---\s*\n\s*)?#{1,6} \S", re.DOTALL)
_MD_LINK = re.compile(r"!?\[[^\]\n]+\]\([^)\s]+\)")


class DocumentFormat(StrEnum):
    """How a document is written."""

    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class SourceDocument:
    """A document as read: the text evidence points into, its date and its page furniture.

    Attributes:
        name: the name the user gave ("-" for standard input).
        text: the text that evidence offsets index into (see the module docstring per format).
        format: how the document was read.
        title: its title, when it states one.
        date: the date it was published, when it states one (or the date given with `date=`).
        date_source: how the date was found: "text: 'date 2024-02-20'", "dateline: ...", "byline: ...",
            "metadata: article:published_time", "--date"; None when there is no date.
        date_span: the offsets in `text` of the words that gave the date, when they are in the text.
        furniture: spans of `text` that are page furniture (comment prompts, image credits, captions), in order.
        sha256: the hex digest of the bytes read.
    """

    name: str
    text: str
    format: DocumentFormat
    title: str | None
    date: dt.date | None
    date_source: str | None
    date_span: tuple[int, int] | None
    furniture: tuple[tuple[int, int], ...]
    sha256: str
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(start for start, _ in self.furniture))

    def is_furniture(self, start: int, end: int) -> bool:
        """Whether every non-space character of text[start:end] lies in page furniture.

        A sentence that only contains an inline credit such as "(Photo by ...)" is still evidence.
        """
        if start >= end:
            return False
        position = start
        index = max(bisect_right(self._starts, start) - 1, 0)
        while position < end:
            while index < len(self.furniture) and self.furniture[index][1] <= position:
                index += 1
            if index == len(self.furniture):
                return not self.text[position:end].strip()
            span_start, span_end = self.furniture[index]
            if span_start > position:
                if self.text[position:min(span_start, end)].strip():
                    return False
            position = max(position, span_end)
        return bool(self.text[start:end].strip())

    @property
    def words(self) -> int:
        """How many words the text has."""
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        """The document as the JSON report lists it."""
        return {
            "name": self.name,
            "format": self.format.value,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "sha256": self.sha256,
            "words": self.words,
        }


def sniff(data: bytes, *, name: str) -> Literal["transfers", "text", "html", "markdown"]:
    """Say what a file holds: transfers (JSON or YAML), an HTML page, a Markdown document or plain text.

    A .json, .yaml or .yml name, or content that parses as a mapping (or a list of them) with transfer
    fields such as goods or supplier, is transfers; .html/.htm or a page's markup is HTML; .md/.markdown
    or a leading "# " heading or Markdown links is Markdown; anything else is text.
    """
    if name.lower().endswith(_TRANSFER_SUFFIXES) or _looks_like_transfers(data, _peek(data)):
        return "transfers"
    return document_format(data, name=name).value


def document_format(data: bytes, *, name: str) -> DocumentFormat:
    """Say how to read a file known to be a document (`--as document`): HTML, Markdown or text, as `sniff` does."""
    lowered = name.lower()
    head = _peek(data)
    if lowered.endswith(_HTML_SUFFIXES) or _HTML_START.match(head):
        return DocumentFormat.HTML
    if lowered.endswith(_MARKDOWN_SUFFIXES):
        return DocumentFormat.MARKDOWN
    if _HTML_TAGS.search(head) or len(_PARAGRAPHS.findall(head)) >= 4:
        return DocumentFormat.HTML
    if _MD_HEADING.match(head) or len(_MD_LINK.findall(head)) >= 2:
        return DocumentFormat.MARKDOWN
    return DocumentFormat.TEXT


def _peek(data: bytes) -> str:
    """The first few kilobytes as text, for sniffing (undecodable bytes do not matter here)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[:8192].decode(encoding, errors="replace").lstrip("\ufeff")
    return data[:8192].decode("utf-8", errors="replace")


def _looks_like_transfers(data: bytes, head: str) -> bool:
    stripped = head.lstrip()
    if not stripped:
        return False
    if stripped[0] in "[{":
        try:
            value: Any = json.loads(data.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            return False
        return _transfer_shape(value)
    # YAML transfers open with a key of their own or a list item holding one; prose rarely does.
    first = stripped.split("\n", 1)[0]
    match = re.match(r"(?:-\s+)?([A-Za-z_]+)\s*:", first)
    if match is None or match.group(1).lower() not in _TRANSFER_KEYS | {"id", "date", "kind", "purpose"}:
        return False
    from sanctioneer.safeyaml import read_yaml

    try:
        return _transfer_shape(read_yaml(data.decode("utf-8-sig"), name="-", text_scalars=True))
    except (InputError, UnicodeDecodeError):
        return False


def _transfer_shape(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value) and _transfer_shape(value[0])
    return isinstance(value, dict) and bool(_TRANSFER_KEYS & {str(k).lower() for k in value})


def read_document(path_or_dash: str, *, stdin: BinaryIO | None = None, date: dt.date | None = None,
                  as_format: DocumentFormat | None = None) -> SourceDocument:
    """Read a document from a file, or from standard input when `path_or_dash` is "-".

    Only MAX_DOCUMENT_BYTES plus one byte is ever read, so /dev/zero or an endless pipe is refused at once.

    Raises:
        InputError: the file is missing or unreadable, too large, not text, or a transfer file.
    """
    raw, _ = read_input(path_or_dash, stdin=stdin, limit=MAX_DOCUMENT_BYTES, fix=_SIZE_FIX)
    return parse_document(raw, name=str(path_or_dash), date=date, as_format=as_format)


def parse_document(data: bytes, *, name: str, date: dt.date | None = None,
                   as_format: DocumentFormat | None = None) -> SourceDocument:
    """Read a document's bytes as text, HTML or Markdown (sniffed unless `as_format` says).

    Args:
        data: the bytes of the file.
        name: the name to report and to put in messages.
        date: the document's date as the user states it; it overrides any date the document gives.
        as_format: how to read it; by default `sniff` decides.

    Raises:
        InputError: the document is too large, empty, binary, not decodable, or a transfer file.
    """
    where = name if name != "-" else "<stdin>"
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"the {'input' if name == '-' else 'file'} is over {MAX_DOCUMENT_BYTES:,} bytes",
                         where=where, fix=_SIZE_FIX)
    if as_format is None:
        kind = sniff(data, name=name)
        if kind == "transfers":
            raise InputError("this is a transfer file (JSON or YAML), not a document", where=where,
                             fix="assess it as transfers, or read it as a document with --as document")
        as_format = DocumentFormat(kind)
    source = _decode(data, where, html=as_format is DocumentFormat.HTML)
    title: str | None = None
    found: tuple[dt.date, str, tuple[int, int] | None] | None = None
    if as_format is DocumentFormat.HTML:
        from sanctioneer.evidence.webpage import read_webpage

        page = read_webpage(source, where=where)
        text, title = page.text, page.title
        if page.date is not None and page.date_source is not None:
            found = (page.date, page.date_source, None)
    elif as_format is DocumentFormat.MARKDOWN:
        from sanctioneer.evidence.markdown import blank_markdown

        marked = blank_markdown(source, name=where)
        text, title = marked.text, marked.title
        written = marked.front_matter.get("date")
        when = parse_written_date(written) if isinstance(written, str) else None
        if when is not None:
            found = (when, "metadata: front matter date", None)
    else:
        text, title = source, _text_title(source)
    if found is None and (published := find_published(text)) is not None:
        found = (published.date, published.source, published.span)
    if date is not None:
        found = (date, "--date", None)
    return SourceDocument(
        name=name,
        text=text,
        format=as_format,
        title=title,
        date=found[0] if found else None,
        date_source=found[1] if found else None,
        date_span=found[2] if found else None,
        furniture=find_furniture(text),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _decode(data: bytes, where: str, *, html: bool) -> str:
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096]) if html else None
        in_charset = _declared(data, declared.group(1).decode("ascii")) if declared else None
        if in_charset is None:
            raise InputError(f"not UTF-8 text (byte {exc.start})", where=where,
                             fix="save the file as UTF-8") from None
        text = in_charset
    text = text.lstrip("\ufeff")
    # "Russiaʼs plans": a modifier letter apostrophe some sites print for the apostrophe is read as one (one
    # character for one, so the words keep their offsets).
    text = text.replace("\u02bc", "\u2019")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"binary data, not text (a NUL character at offset {nul})", where=where,
                         fix="give a text, HTML or Markdown document; save a PDF or word-processor file as text first")
    if not text.strip():
        raise InputError("the document is empty", where=where, fix="give a document with text")
    return text


def _declared(data: bytes, charset: str) -> str | None:
    """Decode a page in the character set it declares, or None when that fails."""
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return None
    if codec.name.startswith("utf-8"):
        return None
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError:
        return None


def _text_title(text: str) -> str | None:
    """A plain text's title: its first line when that is short and not a sentence."""
    first = next((line.strip() for line in text.split("\n", 20)[:20] if line.strip()), "")
    if 0 < len(first) <= 150 and first[-1] not in ".!?:;,\"”'’" and len(first.split()) >= 2:
        return first
    return None

