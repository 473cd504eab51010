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


@dataclass(frozen=True)
class FurniturePatterns:
    """The compiled contents of data/furniture.yaml."""

    lines: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]
    min_repeated_words: int
    max_caption_chars: int


def _patterns(data: dict[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
    values = data.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InputError("expected a list of patterns", where=f"{_FILE}: {key}", fix="write each pattern as text")
    compiled = []
    for index, value in enumerate(values):
        try:
            compiled.append(re.compile(value, re.IGNORECASE))
        except re.error as exc:
            raise InputError(f"not a regular expression: {exc}", where=f"{_FILE}: {key}[{index}]",
                             fix="correct the pattern") from None
    return tuple(compiled)


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


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    after_blank: bool


def _lines(text: str) -> list[_Line]:
    """The non-blank lines, trimmed, each knowing whether a blank line (or the start) stands above it."""
    lines = []
    blank_above = True
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped, blank_above))
        blank_above = not stripped
        position += len(raw) + 1
    return lines


def find_furniture(text: str, patterns: FurniturePatterns | None = None) -> tuple[tuple[int, int], ...]:
    """Return the spans of `text` that are page furniture, in order, merged where they touch."""
    patterns = patterns or load_patterns()
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    previous: _Line | None = None
    for line in lines:
        short = len(line.text) <= patterns.max_caption_chars
        if short and any(p.fullmatch(line.text) for p in patterns.lines):
            spans.append((line.start, line.end))
        elif short and any(p.fullmatch(line.text) for p in patterns.credits):
            spans.append((line.start, line.end))
            if previous is not None and not line.after_blank and len(previous.text) <= patterns.max_caption_chars:
                spans.append((previous.start, previous.end))
        if (previous is not None and line.text == previous.text
                and len(line.text.split()) >= patterns.min_repeated_words):
            spans.extend([(previous.start, previous.end), (line.start, line.end)])
        previous = line
    for pattern in patterns.inline:
        spans.extend(m.span() for m in pattern.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
