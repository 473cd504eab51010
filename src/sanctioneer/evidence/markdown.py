"""Markdown read as text: markup blanked to spaces of the same length, so offsets still index the file.

Headings' #, emphasis and code markers, list and quote markers, table pipes, the brackets and
targets of links (`[words](url)` keeps `words` where they stand), images (whole), reference
definitions, HTML tags and comments, fences and rules all become spaces; line breaks stay. The
title is the front matter's `title`, else the first heading; the front matter's `date` is the
document's date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from sanctioneer.errors import InputError
from sanctioneer.safeyaml import read_yaml

__all__ = ["MarkdownText", "blank_markdown"]

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^([ ]{0,3})(#{1,6})(?=\s|$)")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_QUOTE = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\|?[ \t]*$")
_CODE = re.compile(r"(`{1,10})([^`\n]{1,500})\1(?!`)")
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,500}\])")
_LINK = re.compile(r"(\[)([^\[\]\n]{1,500})(\]\([^()\n]{0,2000}\)|\]\[[^\[\]\n]{0,500}\])")
_AUTOLINK = re.compile(r"(<)((?:https?|mailto|ftp):[^>\s]+)(>)")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Emphasis, strong and strike-through: the words between cannot hold another marker, so the search from an
# unclosed marker stops at the next one (linear in the line); nesting is undone in two passes.
_EMPHASIS = re.compile(r"(?<![\w*_~\\])(\*\*|\*|__|_|~~)(?=[^\s*_~])([^*_~\n]{1,500}?)(?<=[^\s*_~])\1(?![\w*_~])")
# Lines that hold no markup character are left alone.
_MARKUP = re.compile(r"[*_~`\[\]!<>|\\#]")
# Every pattern stops at the next bracket, backtick or parenthesis, so an unclosed marker repeated along a
# long line is never scanned to the line's end from each of its copies.
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])")


@dataclass(frozen=True)
class MarkdownText:
    """What the markup hides: the blanked text, the title and the front matter."""

    text: str
    title: str | None
    front_matter: dict[str, Any]


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _front_matter(source: str, name: str) -> tuple[dict[str, Any], int]:
    match = _FRONT.match(source)
    if match is None:
        return {}, 0
    try:
        data = read_yaml(match.group(1), name=f"{name} (front matter)", text_scalars=True)
    except InputError:
        return {}, 0  # not front matter after all: a rule and a line of text, read as such
    return (data if isinstance(data, dict) else {}), match.end()


def _inline(chars: list[str], start: int, end: int) -> None:
    """Blank the inline markup of chars[start:end], leaving the words where they stand."""
    line = "".join(chars[start:end])
    protected: list[tuple[int, int]] = []
    for match in _CODE.finditer(line):
        _blank(chars, start + match.start(1), start + match.end(2) - len(match.group(2)))
        _blank(chars, start + match.end(2), start + match.end())
        protected.append(match.span())

    starts = [a for a, _ in protected]

    def free(match: re.Match[str]) -> bool:
        # The code spans are in order and apart: only the one starting before and the one after can overlap.
        index = bisect_right(starts, match.start())
        before = index > 0 and protected[index - 1][1] > match.start()
        after = index < len(starts) and starts[index] < match.end()
        return not (before or after)

    for pattern in (_IMAGE, _COMMENT):
        for match in pattern.finditer(line):
            if free(match):
                _blank(chars, start + match.start(), start + match.end())
    for match in _LINK.finditer("".join(chars[start:end])):
        if free(match):
            _blank(chars, start + match.start(1), start + match.end(1))
            _blank(chars, start + match.start(3), start + match.end(3))
    for match in _AUTOLINK.finditer(line):
        if free(match):
            _blank(chars, start + match.start(1), start + match.end(1))
            _blank(chars, start + match.start(3), start + match.end(3))
    for match in _TAG.finditer(line):
        if free(match) and not _AUTOLINK.match(line, match.start()):
            _blank(chars, start + match.start(), start + match.end())
    for _ in range(2):  # the inner markers first, then those around them: **a *b* c**
        for match in _EMPHASIS.finditer("".join(chars[start:end])):
            if free(match):
                marker = len(match.group(1))
                _blank(chars, start + match.start(), start + match.start() + marker)
                _blank(chars, start + match.end() - marker, start + match.end())
    for match in _ESCAPE.finditer("".join(chars[start:end])):
        if free(match):
            _blank(chars, start + match.start(), start + match.end())


def blank_markdown(source: str, *, name: str) -> MarkdownText:
    """Blank the markup of a Markdown document, keeping every character's offset."""
    chars = list(source)
    front, body = _front_matter(source, name)
    _blank(chars, 0, body)
    for match in _COMMENT.finditer(source, body):
        _blank(chars, match.start(), match.end())
    title: str | None = None
    fence: str | None = None
    previous: tuple[int, int] | None = None  # the last line of text, for a setext heading's underline
    position = body
    for raw in source[body:].split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        line = "".join(chars[start:end])
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence) \
                    and not line[opening.end():].strip():
                _blank(chars, start, end)
                fence = None
            continue  # code is kept as written
        if opening:
            fence = opening.group(1)
            _blank(chars, start, end)
            previous = None
            continue
        if _REFERENCE.match(line) or _TABLE_RULE.match(line):
            _blank(chars, start, end)
            previous = None
            continue
        if _RULE.match(line):
            if previous is not None and line.strip()[0] in "=-" and title is None:
                title = " ".join("".join(chars[previous[0]:previous[1]]).split()) or None
            _blank(chars, start, end)
            previous = None
            continue
        quote = _QUOTE.match(line)
        if quote:
            _blank(chars, start, start + quote.end())
        line = "".join(chars[start:end])
        heading = _HEADING.match(line)
        if heading:
            _blank(chars, start + heading.start(2), start + heading.end(2))
            closing = _CLOSING_HASHES.search(line)
            if closing and closing.start() > heading.end():
                _blank(chars, start + closing.start(), start + closing.end())
        bullet = _LIST.match(line)
        if bullet and not heading:
            _blank(chars, start, start + bullet.end())
        if line.lstrip().startswith("|"):
            for index, char in enumerate(line):
                if char == "|":
                    chars[start + index] = " "
        if _MARKUP.search(line):
            _inline(chars, start, end)
        if heading and title is None:
            title = " ".join("".join(chars[start:end]).split()) or None
        previous = (start, end) if line.strip() else None
    text = "".join(chars)
    written_title = front.get("title")
    if isinstance(written_title, str) and written_title.strip():
        title = " ".join(written_title.split())
    return MarkdownText(text=text, title=title, front_matter=front)
