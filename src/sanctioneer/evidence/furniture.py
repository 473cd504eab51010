"""Page furniture: the spans of a document's text that a page carries around the article, not evidence.

The patterns are data (data/furniture.yaml). Three rules use them, line by line:

- a line that is a comment prompt, an advertisement, a "Read more:" link, a newsletter or share box,
  or an image credit is furniture;
- the line just above an image credit (no blank line between) is its caption: furniture;
- a line identical to the line before it is a caption repeated under an image: both copies are
  furniture. The same sentence further away in the body is evidence there.

Inline credits such as "(Photo by ...)" are furniture inside a line that is otherwise evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.safeyaml import read_yaml

__all__ = ["FurniturePatterns", "find_furniture", "load_patterns"]

_FILE = "furniture.yaml"
# Spaces within a line (any white space but the line break).
_SPACE = r"[^\S\n]"
# A line whose next non-blank line is the same words (group 1: the line, its surrounding spaces aside).
_REPEATED = re.compile(rf"^{_SPACE}*(\S[^\n]*?){_SPACE}*(?=\n(?:{_SPACE}*\n)*{_SPACE}*\1{_SPACE}*$)", re.MULTILINE)
_TO_NEXT_LINE = re.compile(rf"{_SPACE}*\n(?:{_SPACE}*\n)*{_SPACE}*")


@dataclass(frozen=True)
class FurniturePatterns:
    """The compiled contents of data/furniture.yaml."""

    lines: re.Pattern[str]
    credits: re.Pattern[str]
    inline: re.Pattern[str]
    min_repeated_words: int
    max_caption_chars: int


def _patterns(data: dict[str, Any], key: str) -> re.Pattern[str]:
    values = data.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InputError("expected a list of patterns", where=f"{_FILE}: {key}", fix="write each pattern as text")
    for index, value in enumerate(values):
        try:
            re.compile(value)
        except re.error as exc:
            raise InputError(f"not a regular expression: {exc}", where=f"{_FILE}: {key}[{index}]",
                             fix="correct the pattern") from None
    # One alternation per rule, run over the whole text: a line is tried once, not once per pattern. A line
    # rule matches a whole line, its surrounding spaces aside.
    alternation = "|".join(f"(?:{value})" for value in values)
    if key == "inline":
        return re.compile(alternation, re.IGNORECASE)
    return re.compile(rf"^{_SPACE}*(?P<line>(?:{alternation})(?<!\s)){_SPACE}*$", re.IGNORECASE | re.MULTILINE)


def _number(data: dict[str, Any], key: str, field: str) -> int:
    value = (data.get(key) or {}).get(field) if isinstance(data.get(key), dict) else None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InputError("expected a whole number of at least 1", where=f"{_FILE}: {key}.{field}")
    return value


@cache
def load_patterns() -> FurniturePatterns:
    """Read and compile the packaged furniture patterns (once).

    Raises:
        InputError: the file is malformed, naming the key and the fix.
    """
    text = (resources.files("sanctioneer.evidence") / "data" / _FILE).read_text(encoding="utf-8")
    data = read_yaml(text, name=_FILE)
    if not isinstance(data, dict):
        raise InputError("expected a mapping", where=_FILE)
    unknown = sorted(set(data) - {"lines", "credits", "inline", "repeated_lines", "captions"})
    if unknown:
        raise InputError("unknown key", where=f"{_FILE}: {unknown[0]}",
                         fix="use lines, credits, inline, repeated_lines or captions")
    return FurniturePatterns(
        lines=_patterns(data, "lines"),
        credits=_patterns(data, "credits"),
        inline=_patterns(data, "inline"),
        min_repeated_words=_number(data, "repeated_lines", "min_words"),
        max_caption_chars=_number(data, "captions", "max_chars"),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip()) if piece.strip() else start + left


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The line just above the line that begins at `start`, trimmed; None when it is blank or there is none."""
    if start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    first, last = _trimmed(text, above, start - 1)
    return (first, last) if last > first else None


def find_furniture(text: str, patterns: FurniturePatterns | None = None) -> tuple[tuple[int, int], ...]:
    """Return the spans of `text` that are page furniture, in order, merged where they touch."""
    patterns = patterns or load_patterns()
    longest = patterns.max_caption_chars
    spans: list[tuple[int, int]] = []
    prompts: set[int] = set()
    for match in patterns.lines.finditer(text):
        first, last = match.span("line")
        if last - first <= longest and "\n" not in text[first:last]:
            spans.append((first, last))
            prompts.add(first)
    for match in patterns.credits.finditer(text):
        first, last = match.span("line")
        if first in prompts or last - first > longest or "\n" in text[first:last]:
            continue
        spans.append((first, last))
        caption = _line_above(text, match.start())
        if caption is not None and caption[1] - caption[0] <= longest:
            spans.append(caption)
    for match in _REPEATED.finditer(text):
        if len(match.group(1).split()) < patterns.min_repeated_words:
            continue
        gap = _TO_NEXT_LINE.match(text, match.end())
        copy = gap.end() if gap else match.end()
        spans.extend([match.span(1), (copy, copy + len(match.group(1)))])
    spans.extend(m.span() for m in patterns.inline.finditer(text) if "\n" not in m.group(0))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
