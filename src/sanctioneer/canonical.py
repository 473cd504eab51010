"""Canonical JSON: the text decision ids and the audit chain's hashes are taken over.

Keys sorted, no spaces, text as written (UTF-8, not escaped to ASCII), and values the standard
library would not write as JSON (dates, amounts) written as their text. That is what
`json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)`
gives; orjson writes the same text about ten times faster, so it writes it here, except where it
would write otherwise: an integer past 64 bits, which it refuses, falls back to the standard
library. The two differ only in how a number under 0.0001 is spelled ("0.00001" against "1e-05"),
which a decision never holds: its scores are rounded to three places.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import orjson

__all__ = ["canonical", "canonical_bytes", "compact", "digest"]

_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | \
    orjson.OPT_PASSTHROUGH_DATACLASS


def _dumps(document: Any, *, sort: bool) -> bytes:
    try:
        return orjson.dumps(document, default=str, option=_OPTIONS if sort else _OPTIONS & ~orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(document, sort_keys=sort, ensure_ascii=False, separators=(",", ":"),
                          default=str).encode("utf-8")


def compact(document: Any) -> bytes:
    """Return `document` as JSON the way the service answers: keys in their order, no spaces, UTF-8."""
    return _dumps(document, sort=False)


def canonical_bytes(document: Any) -> bytes:
    """Return `document` as canonical JSON, encoded in UTF-8."""
    return _dumps(document, sort=True)


def canonical(document: Any) -> str:
    """Return `document` as canonical JSON text."""
    return canonical_bytes(document).decode("utf-8")


def digest(document: Any) -> str:
    """Return ``sha256:`` and the SHA-256 of `document`'s canonical JSON."""
    return "sha256:" + hashlib.sha256(canonical_bytes(document)).hexdigest()
