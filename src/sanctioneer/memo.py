"""Answers kept by the identity of what they are about: the engine's bounded memos.

A service or a batch run asks the same questions again and again (what a code is to a clause, what a set
of terms finds in a text, how a goods line is judged under a rulebook). The rulebook's objects are
immutable and live as long as the rulebook, so an answer can be kept by the object's `id` and a key.
Each entry keeps its object, so the id is never another object's while the entry is here; when a memo
is full it is emptied, so memory stays bounded however long the process runs.
"""

from __future__ import annotations

from collections.abc import Hashable
from enum import Enum
from typing import Generic, Literal, TypeVar

V = TypeVar("V")


class Missing(Enum):
    """What `IdentityMemo.get` returns for a question not asked before (None may be an answer)."""

    MISSING = "missing"


MISSING = Missing.MISSING


class IdentityMemo(Generic[V]):
    """Answers about objects, by the object's identity and a key; at most `kept` of them."""

    __slots__ = ("_entries", "_kept")

    def __init__(self, kept: int) -> None:
        self._entries: dict[tuple[int, Hashable], tuple[object, V]] = {}
        self._kept = kept

    def get(self, about: object, key: Hashable = None) -> V | Literal[Missing.MISSING]:
        """The answer kept about `about` and `key`, or `MISSING`."""
        known = self._entries.get((id(about), key))
        if known is not None and known[0] is about:
            return known[1]
        return MISSING

    def put(self, about: object, key: Hashable, answer: V) -> V:
        """Keep the answer about `about` and `key`, and return it."""
        if len(self._entries) >= self._kept:
            self._entries.clear()
        self._entries[(id(about), key)] = (about, answer)
        return answer

    def __len__(self) -> int:
        return len(self._entries)
