"""A web page read as its main text, with its title and date from the page's own metadata.

The page is parsed here, once, by lxml with the network off and no entities resolved, and only the
parsed tree is handed to trafilatura (main-text extraction, comments left out) and through it to
htmldate: given a tree, neither ever fetches anything, whatever addresses the page holds.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from sanctioneer.evidence.published import parse_written_date

__all__ = ["MAX_ELEMENTS", "WebPage", "read_webpage"]

#: A news article has a few thousand elements; a page of millions is refused before extraction.
MAX_ELEMENTS = 200_000

# The page's own statement of when it was published, most trusted first.
_META_DATES = (
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "published_time", "publish-date", "publishdate", "publish_date", "pubdate", "publication_date",
    "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
    "date",
)
# Elements whose <time> is not the article's: comments, related links, page footers.
_ELSEWHERE = re.compile(r"comment|related|footer|sidebar|aside|nav|recommend|promo", re.IGNORECASE)
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
_QUIET = logging.NullHandler()


@dataclass(frozen=True)
class WebPage:
    """The main text of a page, its title, and its date with where the date was found."""

    text: str
    title: str | None
    date: dt.date | None
    date_source: str | None


def _parse(text: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    # The text is handed over as UTF-8 bytes with the encoding named, so a page's own charset
    # declaration (already honoured when it was decoded) cannot make the parser read it again.
    # No network, no huge trees (libxml2's depth and size limits stay), no decompression of gzip input.
    parser = lxml_html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False, decompress=False, default_doctype=False)
    try:
        return lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _meta_date(tree: Any) -> tuple[dt.date, str] | None:
    found: dict[int, tuple[dt.date, str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_DATES and meta.get("content"):
            when = parse_written_date(meta.get("content"))
            if when is not None:
                found.setdefault(_META_DATES.index(key), (when, f"metadata: {key}"))
    if found:
        return found[min(found)]
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        when = _json_ld_date(script.text)
        if when is not None:
            return when, "metadata: datePublished"
    for time in tree.iter("time"):
        if not time.get("datetime") or any(_ELSEWHERE.search(f"{a.get('class', '')} {a.get('id', '')} {a.tag}")
                                           for a in time.iterancestors()):
            continue
        when = parse_written_date(time.get("datetime"))
        if when is not None:
            return when, "metadata: <time datetime>"
    return None


def _json_ld_date(text: str) -> dt.date | None:
    if len(text) > 1_000_000:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (when := parse_written_date(value)) is not None:
                return when
            stack.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, list))
    return None


def _title(tree: Any) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() in ("og:title", "twitter:title"):
            content = (meta.get("content") or "").strip()
            if content:
                return content
    for element in (*tree.iter("title"), *tree.iter("h1")):
        words = " ".join(element.text_content().split())
        if words:
            return words
    return None


def read_webpage(text: str, *, where: str) -> WebPage:
    """Extract the main text, title and date of an HTML page without any network access.

    Raises:
        InputError: the page has more than MAX_ELEMENTS elements (`where` names it).
    """
    for name in _LIBRARY_LOGGERS:
        # The extraction libraries report what they skip as log records: kept from Python's last-resort
        # printing to standard error (the library never prints), still passed to any handler the caller set.
        logging.getLogger(name).addHandler(_QUIET)
    tree = _parse(text)
    if tree is None:
        return WebPage(text="", title=None, date=None, date_source=None)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        from sanctioneer.errors import InputError

        raise InputError(f"the page has {elements:,} elements; the limit is {MAX_ELEMENTS:,}", where=where,
                         fix="save the article alone, or its text")
    meta = _meta_date(tree)
    title = _title(tree)

    import trafilatura

    extracted = trafilatura.bare_extraction(
        tree, url=None, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        include_links=False, include_formatting=False, favor_precision=True, deduplicate=False,
        # Only the page's markup and the address it gives itself, never a guess from any date in the text.
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    main = ""
    if extracted is not None and not isinstance(extracted, dict):
        main = extracted.text or ""
        title = extracted.title or title
        if meta is None and extracted.date:
            when = parse_written_date(extracted.date)
            meta = (when, "metadata: the page's markup or address") if when is not None else None
    if not main.strip():
        from trafilatura import baseline

        main = baseline(tree)[1]
    return WebPage(text=main, title=title, date=meta[0] if meta else None, date_source=meta[1] if meta else None)
