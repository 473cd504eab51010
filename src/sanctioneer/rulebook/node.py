"""Rulebook YAML read safely, and its values carried with their key paths so every error names them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, TypeVar

from sanctioneer.errors import InputError, RulebookError
from sanctioneer.hs.codes import HsRange, parse_range
from sanctioneer.safeyaml import read_yaml

__all__ = ["Node", "hs_ranges", "kind_of", "optional", "read_yaml"]

T = TypeVar("T")


class Node:
    """A value in a rulebook file with its key path, for precise errors."""

    def __init__(self, value: Any, file: str, path: str) -> None:
        self.value = value
        self.file = file
        self.path = path

    def fail(self, message: str, fix: str | None = None) -> RulebookError:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return RulebookError(message, where=where, fix=fix)

    def child(self, key: str | int) -> Node:
        path = f"{self.path}[{key}]" if isinstance(key, int) else (f"{self.path}.{key}" if self.path else key)
        value = self.value.get(key) if isinstance(self.value, dict) else self.value[key]
        return Node(value, self.file, path)

    def mapping(self, required: set[str], optional: set[str]) -> dict[str, Node]:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected a mapping, got {kind_of(self.value)}")
        unknown = sorted(str(k) for k in self.value if k not in required | optional)
        if unknown:
            raise self.fail(
                f"unknown key {unknown[0]!r}",
                fix=f"allowed keys: {', '.join(sorted(required | optional))}",
            )
        missing = sorted(required - set(self.value))
        if missing:
            raise self.fail(f"missing required key {missing[0]!r}")
        return {str(k): self.child(str(k)) for k in self.value}

    def text(self) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, str | int | float):
            raise self.fail(f"expected text, got {kind_of(self.value)}")
        result = str(self.value).strip()
        if not result:
            raise self.fail("expected text, got an empty value")
        return result

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(f"expected true or false, got {self.value!r}")
        return self.value

    def date(self) -> date:
        raw = self.value
        if isinstance(raw, str):
            try:
                return date.fromisoformat(raw.strip())
            except ValueError:
                pass
        raise self.fail(f"{raw!r} is not a date", fix="write dates as YYYY-MM-DD")

    def items(self) -> Iterator[Node]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, got {kind_of(self.value)}")
        for index in range(len(self.value)):
            yield self.child(index)

    def texts(self) -> tuple[str, ...]:
        return tuple(node.text() for node in self.items())

    def choice(self, allowed: tuple[str, ...]) -> str:
        value = self.text()
        if value not in allowed:
            raise self.fail(f"expected one of {', '.join(allowed)}, got {value!r}")
        return value


def kind_of(value: Any) -> str:
    """Name the kind of a YAML value for an error message ("a mapping", "text", "nothing")."""
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "a boolean"}.get(type(value), type(value).__name__)


def optional(fields: dict[str, Node], key: str, convert: Callable[[Node], T], default: T) -> T:
    """Convert an optional key with `convert`, or return the default when it is absent or null."""
    node = fields.get(key)
    if node is None or node.value is None:
        return default
    return convert(node)


def hs_ranges(node: Node) -> tuple[HsRange, ...]:
    """Read a list of HS ranges (a chapter range, a subheading, ...), naming the bad one."""
    result = []
    for child in node.items():
        try:
            result.append(parse_range(child.text()))
        except InputError as exc:
            raise child.fail(exc.detail, fix=exc.fix) from None
    return tuple(result)
