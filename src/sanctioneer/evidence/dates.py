"""Dates as reports write them ("on Sunday", "in September", "last year"), resolved against the report's date.

A value is given only when it follows from the words and the report's date: an undated report's
"on Sunday" gives no date, and its "on February 18" gives a day without a year ("--02-18").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "PartialDate", "find_dates", "period_end", "period_start", "told_since", "with_second_year",
           "within_part", "yearless"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday"])}
_WEEKDAY_NAMES = "|".join(_WEEKDAYS)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
# A month's name or its short form, in any case, without a group of its own.
_MONTH_NAME = rf"(?i:{_MONTH_NAMES})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Parts of a year and the months each spans: "the third quarter of 2021" began in July, "the summer of 2018" in June.
_PARTS_OF_YEAR = {"final months": range(9, 13), "closing months": range(9, 13), "last months": range(9, 13),
                  "first months": range(1, 5), "opening months": range(1, 5), "first quarter": range(1, 4),
                  "second quarter": range(4, 7), "third quarter": range(7, 10), "fourth quarter": range(10, 13),
                  "final quarter": range(10, 13), "first half": range(1, 7), "second half": range(7, 13),
                  "spring": range(3, 6), "summer": range(6, 9), "autumn": range(9, 12), "fall": range(9, 12)}
_PART_NAMES = "(?:" + "|".join(name.replace(" ", r"\s+") for name in _PARTS_OF_YEAR) + ")"
# A quarter or a half of a year, the periods trade statistics are counted by ("the third quarter", "Q3 2023", "H1"): a
# figure for one is dated by the period's first month, as any period is by its start.
_PERIOD = re.compile(r"\b(?:(?P<ord>first|second|third|fourth|final)\s+(?P<unit>quarter|half)"
                     r"|(?P<letter>[QH])(?P<digit>[1-4]))\b", re.IGNORECASE)
_PERIOD_MONTHS = {"Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
                  "H1": "first half", "H2": "second half"}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "in the three months to June", "the six months ending in March 2023": a period told by its length and its last
    # month, given by its first month.
    ("months-to", re.compile(r"\bthe\s+(?:(?:past|last|previous)\s+)?(?P<count>two|three|four|five|six|seven|eight|"
                             r"nine|ten|eleven|twelve|\d{1,2})\s+months\s+(?:to|through|until|ending(?:\s+in)?|"
                             rf"ended(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?{_MONTH}(?:\s+{_YEAR})?\b", re.IGNORECASE)),
    # "on Feb. 3 last year", "on 5 March, this year", "the 5th of March last year": a day of the year the words name.
    ("md-rel", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.IGNORECASE)),
    ("md-rel", re.compile(rf"\b(?:the\s+)?{_DAY}(?:\s+|-)(?:of\s+)?{_MONTH},?\s+(?:of\s+)?"
                          r"(?P<rel>last|this|next)\s+year\b", re.IGNORECASE)),
    ("my-rel", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.IGNORECASE)),
    ("my-rel", re.compile(rf"\b(?P<last>last|this|next)\s+{_MONTH}(?![\w-])", re.IGNORECASE)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.IGNORECASE)),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s+|-)(?:of\s+)?{_MONTH}(?:(?:,?\s+|-){_YEAR})?\b", re.IGNORECASE)),
    ("numeric", re.compile(rf"\b(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./]{_YEAR}\b")),
    ("nth", re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.IGNORECASE)),
    # "last autumn", "this spring"; "this past summer" is the last one.
    ("season", re.compile(r"\b(?P<which>last|this(?:\s+past)?)\s+(?P<season>spring|summer|autumn|fall)\b",
                          re.IGNORECASE)),
    ("my", re.compile(rf"\b(?:(?:early|mid|late|mid-)\s*)?{_MONTH}(?:\s+(?:of\s+)?{_YEAR})?\b", re.IGNORECASE)),
    # "the first four months of this year", "the first nine months of 2019": a year's opening months, its year only;
    # "the first two months of 2024", "the first three months", as short as a quarter, January of the year.
    ("first-n", re.compile(rf"\bthe\s+first\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           rf"\d{{1,2}})\s+months(?:\s+(?:of\s+)?(?:(?P<this>this|the)\s+year|of\s+{_YEAR}))?\b",
                           re.IGNORECASE)),
    # "in late 2022", "in late-2022", "the third quarter of 2021", "the summer of 2018": the year only, the part of
    # it kept in the words told (see `within_part`); "in the year 2000" the year.
    ("y", re.compile(rf"\b(?:(?:in|during|of|by|early|late|mid-?|since|from|between|throughout|around|spring|summer|"
                     rf"autumn|winter|Q[1-4]|H[12])\s+(?:the\s+year\s+)?"
                     rf"(?:(?:the\s+)?(?:early|late|mid-?|end\s+of|start\s+of|beginning\s+of)[\s-]*)?"
                     rf"|(?:early|late)-|the\s+(?:{_PART_NAMES}|end|start|beginning)\s+of\s+){_YEAR}\b",
                     re.IGNORECASE)),
    ("ago", re.compile(r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                       r"twenty|thirty|forty|fifty|\d{1,2})\s+"
                       r"(?P<span>day|days|week|weeks|fortnight|month|months|year|years)\s+ago"
                       r"(?:\s+(?:this|that|last)\s+(?:week|month))?\b", re.IGNORECASE)),
    # "over the past year", "in the past six months", "over the last two years": a period that ends at the report's
    # date, given by its start (a month counted back, or the year a count of years goes back to).
    ("past", re.compile(r"\b(?:over|in|during|within|throughout)\s+the\s+(?:past|last)\s+"
                        r"(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
                        r"\d{1,2})\s+)?(?P<span>years?|months?)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?P<last>last\s+)?"
                           rf"(?P<weekday>{_WEEKDAY_NAMES})"
                           r"(?P<week>\s+(?:of\s+)?last\s+week)?\b", re.IGNORECASE)),
    # "in the third quarter", "in the second half of the year": of the report's year when it had begun by the
    # report's date, else of the year before; "of last year" the year before; the year only.
    ("part", re.compile(r"\bthe\s+(?P<ord>first|second|third|fourth|final)\s+(?P<unit>quarter|half)"
                        r"(?:(?P<this>\s+of\s+(?:the|this)\s+year)|(?P<last>\s+of\s+last\s+year))?\b(?!\s+of\b)",
                        re.IGNORECASE)),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|last year|this year|earlier this year|a year ago|"
                            r"last month|this month|earlier this month|the year before last|"
                            r"the previous year|the year before|"
                            r"earlier in the year|later in the year|last week|last weekend|this week|"
                            r"earlier this week|the previous week|the week before|over the weekend|at the weekend|"
                            r"the (?:start|beginning) of the year|the first (?:quarter|half|months) of the year|"
                            r"the first quarter(?! of))\b"
                            # "the last week of February" is a week of the month named, not the week before the report.
                            rf"(?!\s+of\s+{_MONTH_NAME}\b)",
                            re.IGNORECASE)),
]


# "two weeks ago", "over the past eighteen months": the counts a date is told back from the report's date by.
_BACK_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50}


def _months_back(reference: date, count: int) -> PartialDate:
    """The month `count` months before the report's date."""
    months = reference.year * 12 + reference.month - 1 - count
    return PartialDate(months // 12, months % 12 + 1)


# "the first two months", "the first three months": a year's opening stretch no longer than its first quarter.
_SHORT_STRETCH = {"two", "three", "2", "3"}


# "a month later", "two weeks earlier", "the previous month": a date told from the one told before it.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SHIFT = re.compile(r"\b(?:(?P<count>" + "|".join(_COUNTS) + r"|\d{1,2})\s+(?P<span>day|days|week|weeks|month|months|"
                    r"year|years)\s+(?P<dir>later|earlier)|the\s+(?P<side>previous|following)\s+(?P<unit>month|year))\b",
                    re.IGNORECASE)


@dataclass(frozen=True)
class PartialDate:
    """A date known to a day, a month or a year, or a day and month without a year."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.year is None:
            return "day" if self.day else "unknown"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> date | None:
        """The day itself when known to the day, else None."""
        if self.year is not None and self.month is not None and self.day is not None:
            return date(self.year, self.month, self.day)
        return None

    def compatible(self, other: PartialDate) -> bool:
        """True when both can be the same day: every part given by both is equal."""
        return all(a is None or b is None or a == b for a, b in
                   ((self.year, other.year), (self.month, other.month), (self.day, other.day)))

    def finer(self, other: PartialDate) -> PartialDate:
        """Return the two combined: each part from whichever gives it."""
        return PartialDate(self.year if self.year is not None else other.year,
                           self.month if self.month is not None else other.month,
                           self.day if self.day is not None else other.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        if text.startswith("--"):
            return cls(None, int(text[2:4]), int(text[5:7]))
        parts = [int(p) for p in text.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


@dataclass(frozen=True)
class DateMention:
    """Words in a sentence that give a date, and the date they give (None when it cannot be known)."""

    start: int
    end: int
    text: str
    value: PartialDate | None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        date(year or 2000, month, day or 1)
    except ValueError:
        return False
    return True


def _resolve(kind: str, match: re.Match[str], reference: date | None) -> PartialDate | None:
    groups = match.groupdict()
    if kind == "iso":
        iso_year, iso_month, iso_day = int(groups["year"]), int(groups["m"]), int(groups["d"])
        return PartialDate(iso_year, iso_month, iso_day) if _valid(iso_year, iso_month, iso_day) else None
    if kind in ("mdy", "dmy"):
        month = _MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        if not _valid(year, month, day):
            return None
        if year is None and reference is not None:
            # A day named without a year is the latest such day on or before the report's date.
            year = reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
        return PartialDate(year, month, day)
    if kind == "numeric":
        # "18.02.2024": read only where one order of day and month makes a date.
        one, two = int(groups["a"]), int(groups["b"])
        if one > 12 >= two or two > 12 >= one:
            day, month = (one, two) if one > 12 else (two, one)
            year = int(groups["year"])
            return PartialDate(year, month, day) if _valid(year, month, day) else None
        return None
    if kind == "nth":
        # "on the 18th": that day of the report's month, or of the month before when it is still to come.
        if reference is None:
            return None
        day = int(groups["day"])
        month_start = reference.replace(day=1) if day <= reference.day else (
            reference.replace(day=1) - timedelta(days=1)).replace(day=1)
        return PartialDate(month_start.year, month_start.month, day) if _valid(
            month_start.year, month_start.month, day) else None
    if kind == "season":
        # "last autumn": the latest such season ended before the report's month; its year only.
        # "this spring": the report's year.
        if reference is None:
            return None
        if groups["which"].lower() == "this":  # not "this past", which is "last"
            return PartialDate(reference.year)
        ends = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}[groups["season"].lower()]
        return PartialDate(reference.year if reference.month > ends else reference.year - 1)
    if kind == "my":
        month = _MONTHS[groups["month"].lower()]
        if groups.get("year"):
            return PartialDate(int(groups["year"]), month)
        if reference is None:
            return None
        return PartialDate(reference.year if month <= reference.month else reference.year - 1, month)
    if kind == "y":
        return PartialDate(int(groups["year"]))
    if kind == "months-to":
        final_month = _MONTHS[groups["month"].lower()]
        if groups.get("year"):
            final_year = int(groups["year"])
        elif reference is not None:
            final_year = reference.year if final_month <= reference.month else reference.year - 1
        else:
            return None
        raw = groups["count"].lower()
        count = _BACK_COUNTS[raw] if raw in _BACK_COUNTS else int(raw)
        # The period's first month: "the three months to June" began in April.
        return _months_back(date(final_year, final_month, 1), count - 1) if 0 < count <= 24 else None
    if kind == "part":
        if reference is None:
            return None
        part = _PARTS_OF_YEAR[f"{groups['ord'].lower()} {groups['unit'].lower()}"]
        if groups.get("last"):
            # "in the fourth quarter of last year"
            return PartialDate(reference.year - 1)
        begun = groups.get("this") or part[0] <= reference.month
        return PartialDate(reference.year if begun else reference.year - 1)
    if kind == "ago":
        if reference is None:
            return None
        raw = groups["count"].lower()
        count = _BACK_COUNTS[raw] if raw in _BACK_COUNTS else int(raw)
        span = groups["span"].lower().rstrip("s")
        if span == "fortnight":
            # "a fortnight ago": two weeks ago.
            count, span = 2 * count, "week"
        if span == "day":
            then = reference - timedelta(days=count)
            return PartialDate(then.year, then.month, then.day)
        if span == "week":
            # "two weeks ago": its month when the whole week lies in one.
            monday = reference - timedelta(days=reference.weekday() + 7 * count)
            sunday = monday + timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                return PartialDate(monday.year, monday.month)
            return PartialDate(monday.year) if monday.year == sunday.year else None
        if span == "month":
            return _months_back(reference, count)
        return PartialDate(reference.year - count)
    if kind == "first-n":
        if groups.get("year"):
            year = int(groups["year"])
        elif reference is not None:
            year = reference.year
        else:
            return None
        # A count of months no longer than a quarter is dated by its start, as a quarter is; a longer stretch keeps
        # its year alone.
        return PartialDate(year, 1) if groups["count"].lower() in _SHORT_STRETCH else PartialDate(year)
    if kind == "past":
        if reference is None:
            return None
        raw = (groups["count"] or "one").lower()
        count = _BACK_COUNTS[raw] if raw in _BACK_COUNTS else int(raw)
        if groups["span"].lower().startswith("year"):
            return PartialDate(reference.year - count)
        return _months_back(reference, count)
    if kind == "md-rel":
        if reference is None:
            return None
        year = reference.year + {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        month, day = _MONTHS[groups["month"].lower()], int(groups["day"])
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if kind == "my-rel":
        month = _MONTHS[groups["month"].lower()]
        if reference is None:
            return None
        if groups.get("rel"):
            # "in August last year": the month of the year the words name.
            shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
            return PartialDate(reference.year + shift, month)
        which = groups["last"].lower()
        if which == "last":
            # "last October": the latest October before the report's month.
            return PartialDate(reference.year if month < reference.month else reference.year - 1, month)
        if which == "next":
            return PartialDate(reference.year if month > reference.month else reference.year + 1, month)
        return PartialDate(reference.year, month)
    if kind == "weekday":
        if reference is None:
            return None
        back = (reference.weekday() - _WEEKDAYS[groups["weekday"].lower()]) % 7
        if groups.get("last") and back == 0:
            back = 7
        if groups.get("week"):
            # "on Tuesday last week": that day of the calendar week before the report's.
            back = reference.weekday() + 7 - _WEEKDAYS[groups["weekday"].lower()]
        then = reference - timedelta(days=back)
        return PartialDate(then.year, then.month, then.day)
    rel = groups["rel"].lower()
    if reference is None:
        return None
    if rel in ("over the weekend", "at the weekend"):
        # Told on a weekday, the weekend just before it; told at the weekend, that weekend.
        rel = "last weekend" if reference.weekday() < 5 else "this week"
    if rel == "yesterday":
        then = reference - timedelta(days=1)
        return PartialDate(then.year, then.month, then.day)
    if rel == "today":
        return PartialDate(reference.year, reference.month, reference.day)
    if rel == "the year before last":
        return PartialDate(reference.year - 2)
    if rel in ("last year", "a year ago", "the previous year", "the year before"):
        return PartialDate(reference.year - 1)
    if rel in ("this year", "earlier this year", "earlier in the year", "later in the year") or rel.startswith(
            ("the start of", "the beginning of", "the first")):
        # "at the start of the year", "in the first quarter": of the report's year, begun before it was written.
        return PartialDate(reference.year)
    if "week" in rel:
        # A week known only as a week: its month when the whole week lies in one, else its year.
        monday = reference - timedelta(days=reference.weekday())
        if rel.startswith(("last", "the")):
            monday -= timedelta(days=7)
        last = min(monday + timedelta(days=6), reference) if not rel.startswith(("last", "the")) \
            else monday + timedelta(days=6)
        # A weekend is its Saturday and Sunday.
        first = monday + timedelta(days=5) if "weekend" in rel else monday
        if (first.year, first.month) == (last.year, last.month):
            return PartialDate(first.year, first.month)
        return PartialDate(first.year) if first.year == last.year else None
    if rel == "last month":
        first = reference.replace(day=1) - timedelta(days=1)
        return PartialDate(first.year, first.month)
    return PartialDate(reference.year, reference.month)


_PART = re.compile(r"\b(?P<part>early|mid|late|the end of|the start of|the beginning of|"
                   rf"{_PART_NAMES}(?=\s+of\b))[\s-]+(?:of\s+)?(?:\d{{4}})\b", re.IGNORECASE)
_MONTHS_OF = {"early": range(1, 5), "the start of": range(1, 4), "the beginning of": range(1, 4), "mid": range(4, 10),
              "late": range(9, 13), "the end of": range(10, 13), **_PARTS_OF_YEAR}


_YEARLESS = re.compile(r"(?:(?:early|mid|late|mid-)\s*)?(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                       rf"{_MONTH}(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?", re.IGNORECASE)


# "since this spring", "since early August": the words before a date that tell a flow going on from it.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)


def told_since(told: str, before: str) -> bool:
    """A date, its words `told` with the sentence's words `before` it, tells when a flow going on began ("have
    been shipping oil since this spring")."""
    return told.lower().startswith("since ") or bool(_SINCE_BEFORE.search(before))


def yearless(told: str) -> bool:
    """Whether date words name a month, or a day of one, and no year ("October", "March 3", "mid-May")."""
    return _YEARLESS.fullmatch(told.strip()) is not None


def within_part(told: str, there: PartialDate) -> bool | None:
    """Whether a month lies in the part of the year a date's words name ("early 2020" and October do not
    agree); None when the words name no part of a year or `there` has no month."""
    if there.month is None:
        return None
    part = _PART.search(told)
    if part is None:
        # "in the third quarter", "in Q3": a quarter or a half told without its year bounds the month too.
        months = _period(told)
        return None if months is None else there.month in months
    return there.month in _MONTHS_OF[" ".join(part.group("part").lower().split())]


def _period(told: str) -> range | None:
    """The months of the quarter or the half of a year the words name, or None."""
    match = _PERIOD.search(told)
    if match is None:
        return None
    if match.group("letter"):
        name = _PERIOD_MONTHS.get(f"{match.group('letter').upper()}{match.group('digit')}")
        return _PARTS_OF_YEAR[name] if name else None
    return _PARTS_OF_YEAR[f"{match.group('ord').lower()} {match.group('unit').lower()}"]


def period_start(told: str, value: PartialDate) -> PartialDate:
    """The date a claim told by `told` is given: a quarter or a half of a year known only by its year ("Q3 2023", "in
    H1 of last year") is dated by its first month, as a period is by its start; any other date as it is."""
    months = _period(told)
    if months is None or value.year is None or value.month is not None:
        return value
    return PartialDate(value.year, months[0])


# A month or a year that may open or close a period, after "early", "mid" or "late" or not.
_MONTH_OR_YEAR = rf"(?:(?:early|mid|late)[- ]?)?(?:{_MONTH}|(?:19|20)\d\d)\b"
# "between March and December", "from January to June", "January and February 2023": the ends of a period.
_PERIOD_OPENS = re.compile(r"\s*(?:and|to|through|until|till|-|\u2013)\s*" + _MONTH_OR_YEAR, re.IGNORECASE)
_PERIOD_CLOSES = re.compile(r"\b" + _MONTH_OR_YEAR + r"\.?\s*(?:and|to|through|until|till|-|\u2013)\s*$",
                            re.IGNORECASE)


def period_end(text: str, mention: DateMention) -> bool:
    """True when `mention` is one end of a period told with another date ("between March and December last
    year", "for January and February 2023")."""
    return bool(re.search(r"\bbetween\s+$", text[:mention.start], re.IGNORECASE)
                or _PERIOD_OPENS.match(text, mention.end) or _PERIOD_CLOSES.search(text, 0, mention.start))


def is_weekday(text: str) -> bool:
    """Whether the words are a day of the week alone ("Tuesday"), a day a reader places by the report's date."""
    return text.strip().lower() in _WEEKDAYS


def find_dates(text: str, *, reference: date | None, anchor: PartialDate | None = None) -> list[DateMention]:
    """Return the date expressions of a sentence, left to right, none overlapping.

    Args:
        text: the sentence.
        reference: the report's date, against which relative expressions are resolved.
        anchor: the date the report last told before this sentence, from which "a month later" and
            "the previous month" count (a date earlier in the sentence counts first); such words
            give a date only when they can be counted from one.
    """
    found = _shared_years(text, [m for m in _find_dates(text, reference) if not _name_part(text, m)])
    for match in _SHIFT.finditer(text):
        start, end = match.span()
        if any(start < m.end and m.start < end for m in found) \
                or re.search(r"\b(?:from|than|on|over|with)\s+$", text[:start], re.IGNORECASE):
            continue  # "up 50 percent from a year earlier": a comparison, not a date
        before = [m.value for m in found if m.end <= start and m.value is not None and m.value.year is not None]
        value = _shift(match, before[-1] if before else anchor)
        if value is None and not before and anchor is None and reference is not None \
                and (match.group("side") or "").lower() == "previous":
            # "the previous month" with no date told before it: the month before the report's, as "the
            # previous year" is the year before it.
            value = _shift(match, PartialDate(reference.year, reference.month))
        if value is not None:
            found.append(DateMention(start, end, match.group(0), value))
    return sorted(found, key=lambda m: m.start)


# "Rep. Han Do-june", "Kim Jong-may": a month's name in lower case after a hyphen joined to a word is part of a name
# ("mid-june" is not).
_NAME_PART = re.compile(r"(?<![\w-])(?!(?:mid|early|late)-)[A-Za-z]+-$")


# "the Sunday Telegraph reported", "the Sunday Times": a day's name after "the" and before a capitalised word (not a
# month's) names a newspaper, no day.
_DAY_NAMED = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_PAPER_AFTER = re.compile(rf"\s+(?!{_MONTH_NAME}\b)[A-Z][a-z]")


def _name_part(text: str, mention: DateMention) -> bool:
    if _DAY_NAMED.fullmatch(mention.text) and re.search(r"\bthe\s+$", text[:mention.start], re.IGNORECASE) \
            and _PAPER_AFTER.match(text, mention.end):
        return True
    if mention.text == "august":
        return True  # "in the leader's august name", "an august body": the adjective; the month has a capital
    return mention.text[:1].islower() and _NAME_PART.search(text, 0, mention.start) is not None


# "March and May 2023", "March to May last year", "3 to 5 March 2023": the ends of a period joined by these words.
_PERIOD_JOIN = re.compile(r"\s*(?:and|to|through|until|till|or|-|\u2013)\s*", re.IGNORECASE)


def _shared_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """Give the first end of a period the year its last end names: "between March and May 2023" began in
    March 2023, not in the March before the report; "November to February 2023" began in November 2022;
    "in March and April", told in late March, are the last March and April both past."""
    shared = list(found)
    for index in range(len(shared) - 1, 0, -1):
        first, last = shared[index - 1], shared[index]
        if first.value is None or last.value is None or last.value.year is None or first.value.month is None \
                or _YEAR_WRITTEN.search(first.text) or not _PERIOD_JOIN.fullmatch(text, first.end, last.start) \
                or not (_YEAR_WRITTEN.search(last.text) or _YEAR_TOLD.search(last.text)
                        or (first.value.year is not None and last.value.year < first.value.year)):
            continue
        month, day = first.value.month, first.value.day
        if day is None and first.value.year is None:
            continue
        later_month = last.value.month if last.value.month is not None else 12
        year = last.value.year if (month, day or 1) <= (later_month, last.value.day or 31) else last.value.year - 1
        shared[index - 1] = DateMention(first.start, first.end, first.text, PartialDate(year, month, day))
    return shared


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_TOLD = re.compile(r"\b(?:last|this|next)\s+year\b", re.IGNORECASE)


def _shift(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    """The date `match` counts from `anchor`, to the anchor's precision or coarser; None when unknown."""
    if anchor is None or anchor.year is None:
        return None
    if match.group("side"):
        sign, span, count = (-1 if match.group("side").lower() == "previous" else 1), match.group("unit").lower(), 1
    else:
        raw = match.group("count").lower()
        count = _COUNTS[raw] if raw in _COUNTS else int(raw)
        sign, span = (1 if match.group("dir").lower() == "later" else -1), match.group("span").lower().rstrip("s")
    if span == "year":
        return PartialDate(anchor.year + sign * count, anchor.month, anchor.day)
    if span == "month" and anchor.month is not None:
        months = anchor.year * 12 + anchor.month - 1 + sign * count
        day = anchor.day if anchor.day is not None and _valid(months // 12, months % 12 + 1, anchor.day) else None
        return PartialDate(months // 12, months % 12 + 1, day)
    if span in ("day", "week") and anchor.month is not None and anchor.day is not None:
        then = date(anchor.year, anchor.month, anchor.day) + timedelta(days=sign * count * (7 if span == "week" else 1))
        return PartialDate(then.year, then.month, then.day)
    return None


def _find_dates(text: str, reference: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            if kind in ("my", "my-rel") and _may_verb(match, text):
                continue
            if kind == "past" and _SINCE_EVENT.search(text, 0, start):
                continue  # "record imports since loosening rail freight in the past year": the loosening's time
            if kind in ("relative", "ago") and match.group(0).lower().endswith("ago") \
                    and _COMPARED.search(text, 0, start):
                continue  # "rose to 900 tons from a year ago", "higher than a year ago": a comparison, not a date
            if _FOUNDED.search(text, 0, start):
                taken.append((start, end))
                continue  # "Set up in 1992, the firm exports boats", "built in 2007": when a firm or ship began
            if _NAMED_BY_YEAR.search(text, 0, start) and re.fullmatch(r"(?:of\s+)?(?:19|20)\d\d", match.group(0)):
                taken.append((start, end))
                continue  # "the Trade Enforcement Act of 2016", "the Regulations 2010": a law's name
            taken.append((start, end))
            found.append(DateMention(start, end, match.group(0), _resolve(kind, match, reference)))
    return sorted(found, key=lambda m: m.start)


# The words before a date that tell when a firm was set up or a ship built, not when goods moved: "Set up in 1992,
# the dealer exports used boats", "a tanker built in 2005".
_FOUNDED = re.compile(r"\b(?:founded|established|set\s+up|incorporated|built|constructed)\s+(?:in\s+)?$",
                      re.IGNORECASE)
# The name of a law that holds its year: "the ... Act of 2016", "the Export Control Regulations 2010".
_NAMED_BY_YEAR = re.compile(r"\b(?:Act|Acts|Law|Code|Regulations?|Ordinance|Order|Decree|Statute)\)?(?:\s+of)?\s*$")
# "since loosening restrictions": a clause of the event a trade is counted from, up to the words of a period.
_SINCE_EVENT = re.compile(r"\bsince\s+[a-z]+ing\b[^,;.]{0,80}$", re.IGNORECASE)
# "up from a year ago", "five times higher than a year ago", "compared with a year ago" (not "more than a year ago").
# "three times more than a year ago", "twice more than a year ago": a figure's multiple of another time's, still a
# comparison.
_COMPARED = re.compile(r"(?:(?<!more )(?<!less )|\b(?:times|twice|fold)\s+(?:more|less)\s+)\b(?:from|than|"
                       r"compared\s+(?:with|to))\s+$", re.IGNORECASE)


def _may_verb(match: re.Match[str], text: str) -> bool:
    """True for "may" the verb ("Kim may have bought", "this may be a missile"), not the month."""
    if match.group("month").lower() != "may" or match.groupdict().get("year"):
        return False
    verb = re.match(r"\s+(?:have|be|not|also|well|still)\b", text[match.end():])
    return not text[match.start("month")].isupper() or verb is not None


# "in 2021 and 2022": a second year told bare after the first.
_SECOND_YEAR = re.compile(r"\s+and\s+(?P<year>(?:19|20)\d\d)\b")


def with_second_year(text: str, times: list[DateMention]) -> list[DateMention]:
    """The times told, with a second year told bare after the first ("in 2021 and 2022": the second year is a time of
    its own)."""
    second = _SECOND_YEAR.match(text, times[0].end) if len(times) == 1 else None
    if second is None or times[0].value is None or times[0].value.month is not None:
        return times
    return [*times, DateMention(second.start("year"), second.end(), second.group("year"),
                                PartialDate(int(second.group("year"))))]
