"""Text shown to people as the data says it, never obeyed: control characters made visible."""

from __future__ import annotations

import re

from sanctioneer.model import Verdict

__all__ = ["MARKS", "escape"]

# The sign beside a verdict, so it reads without colour (piped output, print, a colour-blind reader).
MARKS = {Verdict.PROHIBITED: "✖", Verdict.REVIEW: "?", Verdict.PERMITTED: "✔"}

# Control characters (C0, DEL, C1), bidirectional overrides and line separators: any of them in a
# transfer's id, a description, a listed name or a document's sentence could rewrite what a
# terminal or a page shows, such as a fake "PERMITTED" line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(found: re.Match[str]) -> str:
    char = found.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def escape(text: str) -> str:
    """Show control characters as escapes (a newline as \\n, ESC as \\x1b), so text prints as one inert line."""
    return _CONTROL.sub(_escaped, text)
