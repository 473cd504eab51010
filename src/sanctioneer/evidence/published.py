"""When a document was published, as its own top lines say: a "date" line, a dateline or a byline.

The first TOP_CHARS characters are read, and the document's last line when it is a byline alone
("Published 26 November 2009", as agencies close a story): any other date further down is the date
of something the article reports, not of the article. Nothing is guessed: a dateline without its
year gives no date, and a document that states none of these has no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["TOP_CHARS", "FoundDate", "find_published", "parse_written_date"]

#: How much of the top of a document is searched for its own date.
TOP_CHARS = 400

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ISO = rf"{_YEAR}-[01]\d-[0-3]\d"
# "12/03/2023", "2023/03/12": numbers only, read when the day cannot be taken for the month (see _numeric).
_NUMERIC = rf"(?:\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|{_YEAR}/[01]?\d/[0-3]?\d)"
_FULL = rf"(?:{_ISO}|{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_NUMERIC})"

_KEYWORD = r"(?P<kw>date|dated|published|posted|first published|filed|updated|last updated|modified|last modified)"
# A date that a line (or a part of a line between separators) opens with, after an optional keyword.
_OPENING = re.compile(rf"(?i){_KEYWORD}?(?(kw)(?:\s+on)?\s*:?\s*)(?:{_WEEKDAY})?(?P<date>{_FULL})\b")
# "SEOUL, Feb 20 (Reuters) -", "PYONGYANG, 18 February 2024 —": a place in capitals, a day, an agency, a dash.
_DATELINE = re.compile(
    rf"(?P<line>[A-Z][A-Z.'’/\- ]{{1,40}}(?:,\s*[A-Z][A-Za-z.\- ]{{1,30}})?,\s+(?i:{_WEEKDAY})?"
    rf"(?P<when>(?i:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?))"
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?)\s*[-—–]"
    # "Seoul, June 19, 2024 (IANS)": a place in small letters, a date and the agency in brackets, with no dash.
    rf"|(?P<line2>[A-Z][a-z]+(?:[ /][A-Z][a-z]+){{0,2}},\s+(?i:{_WEEKDAY})?"
    rf"(?P<when2>(?i:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?))"
    rf"\s*\([A-Z][\w -]{{1,20}}\))"
    # "Panama City (AFP) June 28, 2014", after a byline at most ("by Staff Writers"): a place, the agency in brackets,
    # then a full date.
    rf"|(?:[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}?\s+)?"
    rf"(?P<line3>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+\([A-Z][\w -]{{1,20}}\)\s+"
    rf"(?P<when3>(?i:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR})))"
)
# "Taipei, 3 May 2019", "Pyongyang/Beijing, 9 January 2014", "Jakarta, Indonesia, 10 May 2019", "Ministry of
# Foreign Affairs of Japan, 28 February 2018": a place (with its country, or two places) or the body that issues
# the text, and a full date, alone on a line, as a press release opens; or what the text is ("An analysis, 10 April
# 2007", "Statement by the Spokesperson, 10 May 2019", "Excerpt from the final report of the Panel of Experts ...,
# 2 March 2020"); "AFP , Thursday 22 Dec 2022": a space before the comma.
_PLACE_DATE = re.compile(rf"(?:[A-Z][\w.'’/-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w.'’/-]*){{0,5}}"
                         rf"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?|"
                         rf"(?:An?\s+|The\s+)?(?i:analysis|commentary|opinion|briefing|brief|feature|editorial|column|"
                         rf"explainer|backgrounder|newsletter|blog post|report|note|excerpt|extract|summary|transcript|"
                         rf"statement|press release|communiqu[eé]|notice)(?:\s+(?:by|from|of)\s+[^,\n]{{1,160}})?)"
                         rf"\s?,\s+"
                         rf"(?i:{_WEEKDAY})?(?P<date>(?i:{_FULL}))"
                         rf"(?P<kw>)\s*")
# "Panel of Experts report excerpt, published 5 March 2018": a keyword and its date closing a line.
_TRAILING = re.compile(rf"(?i),\s+(?P<kw>published|posted|first published|updated)(?:\s+on)?\s*:?\s*"
                       rf"(?:{_WEEKDAY})?(?P<date>{_FULL})[\s*_.)\]]*$")
_SEPARATORS = re.compile(r"\s*(?:[|·•]|\s[-—–]\s)\s*")
_BY = re.compile(r"(?i)by\s+[^,\n]{1,80},\s*")
# The rest of a line after a date given without a keyword: a time and a zone at most, after "Updated" or "Posted"
# ("2018-07-17 Updated."), or after a full stop ("Wed, Mar 03 2021. 18:40 PET").
_AFTER_BARE = re.compile(r"(?i)\s*(?:(?:updated|posted|published|last updated)\b\.?:?)?"
                         r"\s*(?:[,.]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?\s*$")
# "by Jane Doe and the news desk March 3, 2021 9:12 AM 3 min read": names after "by", then the date, a time and a
# reading time at most.
_BY_DATED = re.compile(rf"(?i)by\s+[^\d,\n]{{1,80}}?\s+(?P<date>{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+"
                       rf"{_YEAR})(?P<kw>)(?=(?:\s*,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?"
                       rf"(?:\s*[A-Z]{{2,5}})?)?(?:\s+\d{{1,2}}\s+min(?:ute)?s?\s+read)?\s*$)")


@dataclass(frozen=True)
class FoundDate:
    """A document's date with what the text says and where."""

    date: dt.date
    source: str
    span: tuple[int, int] | None


def parse_written_date(text: str) -> dt.date | None:
    """Read a date written as 2024-02-20, 20 February 2024, Feb 20, 2024 or a timestamp's date part."""
    text = text.strip()
    iso = re.match(rf"({_ISO})(?:[T ]|$)", text)
    if iso:
        return _date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    day_month = re.fullmatch(rf"(?i)(?:{_WEEKDAY})?({_DAY})\s+({_MONTH}),?\s+({_YEAR})", text)
    if day_month:
        return _date(int(day_month.group(3)), _month(day_month.group(2)), _day(day_month.group(1)))
    month_day = re.fullmatch(rf"(?i)(?:{_WEEKDAY})?({_MONTH})\s+({_DAY}),?\s+({_YEAR})", text)
    if month_day:
        return _date(int(month_day.group(3)), _month(month_day.group(1)), _day(month_day.group(2)))
    return _numeric(text)


def _numeric(text: str) -> dt.date | None:
    """A date in numbers: year first, or day and month in either order when only one order makes a date.

    "12/03/2023" may be 12 March or 3 December: such a date is not read at all.
    """
    year_first = re.fullmatch(rf"({_YEAR})/(\d{{1,2}})/(\d{{1,2}})", text)
    if year_first:
        return _date(int(year_first.group(1)), int(year_first.group(2)), int(year_first.group(3)))
    parts = re.fullmatch(rf"(\d{{1,2}})[/.](\d{{1,2}})[/.]({_YEAR})", text)
    if parts is None:
        return None
    first, second, year = int(parts.group(1)), int(parts.group(2)), int(parts.group(3))
    if first > 12 >= second:
        return _date(year, second, first)
    if second > 12 >= first:
        return _date(year, first, second)
    return None


def _month(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _segments(text: str, limit: int) -> list[tuple[int, str]]:
    """The parts of each top line between separators, with their offsets."""
    parts = []
    for line in re.finditer(r"[^\n]+", text[:limit]):
        start = line.start()
        for piece in _SEPARATORS.split(line.group(0)):
            at = text.find(piece, start) if piece else -1
            if at < 0:
                continue
            stripped = piece.lstrip()
            parts.append((at + len(piece) - len(stripped), stripped.rstrip()))
            start = at + len(piece)
    return parts


def find_published(text: str, *, limit: int = TOP_CHARS) -> FoundDate | None:
    """Find the date a document gives itself near its top, or None.

    In order of trust: a "date 2024-02-20" line, a "Published ..." byline, a dateline, a line that is a
    date alone (with a time at most), an "Updated ..." line.
    """
    found: dict[int, FoundDate] = {}
    for at, segment in _segments(text, limit):
        by = _BY.match(segment)
        offset = by.end() if by else 0
        hit = _OPENING.match(segment, offset) or _PLACE_DATE.fullmatch(segment) or _TRAILING.search(segment)
        if hit is None and (dated := _BY_DATED.match(segment)) is not None:
            # A byline of names and the date it was published on.
            when = parse_written_date(dated.group("date"))
            if when is not None:
                span = (at + dated.start("date"), at + dated.end("date"))
                found.setdefault(1, FoundDate(when, f"byline: {text[span[0]:span[1]]!r}", span))
            continue
        if hit is None:
            continue
        when = parse_written_date(hit.group("date"))
        if when is None:
            continue
        keyword = (hit.group("kw") or "").lower()
        span = (at + (hit.start("kw") if hit.group("kw") else hit.start()), at + hit.end("date"))
        written = text[span[0]:span[1]]
        if keyword in ("date", "dated"):
            found.setdefault(0, FoundDate(when, f"text: {written!r}", span))
        elif keyword in ("published", "posted", "first published", "filed"):
            # "Filed August 22, 2017": the day a court filing was made is the document's.
            found.setdefault(1, FoundDate(when, f"byline: {written!r}", span))
        elif keyword:
            found.setdefault(4, FoundDate(when, f"byline: {written!r}", span))
        elif _AFTER_BARE.match(segment, hit.end()):
            found.setdefault(3, FoundDate(when, f"byline: {written!r}", span))
    dateline = _find_dateline(text, limit)
    if dateline is not None:
        found.setdefault(2, dateline)
    closing = _closing_byline(text)
    if closing is not None:
        found.setdefault(5, closing)
    return found[min(found)] if found else None


def _closing_byline(text: str) -> FoundDate | None:
    """A last line that is a byline and nothing else: "Published 26 November 2009", or the date alone
    ("February 20, 2024"), as wire copy closes."""
    stripped = text.rstrip()
    begin = stripped.rfind("\n") + 1
    last = re.compile(r"[^\n]*").match(stripped, begin)
    if last is None or not last.group(0).strip():
        return None
    line = last.group(0)
    offset = len(line) - len(line.lstrip())
    hit = _OPENING.match(line, offset)
    if hit is None or not _AFTER_BARE.match(line, hit.end()):
        return None
    when = parse_written_date(hit.group("date"))
    if when is None:
        return None
    span = (last.start() + hit.start(), last.start() + hit.end())
    return FoundDate(when, f"byline: {text[span[0]:span[1]]!r}", span)


def _find_dateline(text: str, limit: int) -> FoundDate | None:
    top = text[:limit]
    for line in re.finditer(r"(?m)^[ \t]*(?=\S)", top):
        hit = _DATELINE.match(top, line.end())
        if hit is None:
            continue
        line_group, when_group = next((f"line{n}", f"when{n}") for n in ("", "2", "3")
                                      if hit.group(f"line{n}") is not None)
        span = (hit.start(line_group), hit.end(line_group))
        written = text[span[0]:span[1]]
        when = parse_written_date(hit.group(when_group))
        if when is not None:
            return FoundDate(when, f"dateline: {written!r}", span)
        # A dateline without its year ("SEOUL, Feb 20 (Reuters) -") leaves the year unknown: never guessed.
        return None
    return None
