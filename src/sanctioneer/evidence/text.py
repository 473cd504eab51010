"""Sentences and clauses with their character offsets: the units evidence points into."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col maj capt sgt adm gov sen rep prof jr sr inc co corp ltd pte no nos vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx est fig dept".split()
)
# "... and Mekong Pumps Co. Ltd. The first exported ...": a company's suffix ends a sentence when a word that opens one
# follows; "Lim Freight Pte. Ltd." is one name.
_COMPANY_ENDS = frozenset({"ltd", "inc", "corp", "co", "pte"})
_OPENER = re.compile(r"(?:The|This|These|Those|It|They|He|She|In|On|At|But|Its|Their)\s")
# A full stop glued to the next sentence's capital ("in Ukraine.In a briefing"), as pages that lost
# the space between paragraphs print it, ends a sentence too when a word or a year ends before it.
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)|(?<=[a-z0-9]{2})[.!?][\"”’]?(?=[A-Z][a-z])")
_LINE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
# A line at least this long that stops without a full stop is running text wrapped onto the next.
_WRAPPED = 60
# A line that gives the document's date alone ("date 2024-06-14", "Published: 3 May 2019 11:32 GMT") opens no
# sentence the line above it runs into: a long headline above it ends there, even before a date in small letters.
_DATE_LINE = re.compile(r"\s*(?:date|dated|published|updated|posted)\b[\s:]*(?:\d|[A-Za-z]+\.?\s+\d)[^.!?]*$",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its text and where it sits.

    `heading` is True for a line that ends without a full stop: a headline, subheading or caption,
    which a reader does not take as a statement of fact.
    """

    text: str
    start: int
    end: int
    heading: bool = False
    paragraph: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end}


def _lines(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield position, position + len(stripped)
        position += len(line)


def _segments(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """Yield the stretches of text a sentence may run through: (start, end, paragraph, one line).

    A line that stops without a full stop runs on into the next line of its paragraph when it is a
    wrapped line of running text (long, or followed by a line that starts in lower case); a short
    line standing alone (a headline, a caption) is a stretch of its own.
    """
    paragraph = 0
    blank = True
    current: tuple[int, int, bool] | None = None
    lines = list(_lines(text))
    for index, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end]
        if not line.strip():
            if current is not None:
                yield current[0], current[1], paragraph, current[2]
                current = None
            blank = True
            continue
        if blank:
            paragraph += 1
            blank = False
        current = (current[0], line_end, False) if current is not None else (line_start, line_end, True)
        following = text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) else ""
        wrapped = (_LINE_END.search(line) is None and following.strip() and not _DATE_LINE.match(following)
                   and (len(line.strip()) >= _WRAPPED or following.lstrip()[:1].islower()))
        if not wrapped:
            yield current[0], current[1], paragraph, current[2]
            current = None
    if current is not None:
        yield current[0], current[1], paragraph, current[2]


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences, keeping the offsets of each.

    A full stop after a known abbreviation, an initial ("J. Smith") or inside a number does not end
    a sentence; the end of a paragraph does, and so does the end of a line that is not running text
    wrapped onto the next (a headline, a caption).
    """
    sentences: list[Sentence] = []
    for line_start, line_end, paragraph, single in _segments(text):
        line = text[line_start:line_end]
        heading = single and _LINE_END.search(line) is None
        cut = 0
        for match in _END.finditer(line):
            end = match.end()
            word = re.search(r"(\S+)$", line[cut : match.start() + 1])
            token = word.group(1).lower().strip("(\"“‘'").rstrip(".") if word else ""
            following = line[end:].lstrip()
            if match.group(0).startswith(".") and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)) \
                    and not (token in _COMPANY_ENDS and _OPENER.match(following)):
                continue
            if following and following[0].islower():
                continue
            _append(sentences, text, line_start + cut, line_start + end, heading=False, paragraph=paragraph)
            cut = end
        if line[cut:].strip():
            _append(sentences, text, line_start + cut, line_end, heading=heading and cut == 0, paragraph=paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, *, heading: bool, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end, heading, paragraph))
