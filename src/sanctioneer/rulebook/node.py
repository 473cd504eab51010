"""Rulebook YAML read safely, and its values carried with their key paths so every error names them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, TypeVar

import yaml

from sanctioneer.errors import InputError, RulebookError
from sanctioneer.hs.codes import HsRange, parse_range

__all__ = ["Node", "hs_ranges", "kind_of", "optional", "read_yaml"]

T = TypeVar("T")


_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML (libyaml when present) that rejects duplicate keys and leaves dates as text for our checks."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    result: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _reject_aliases(text: str) -> None:
    # Aliases are how "billion laughs" documents grow without bound; no input of ours needs them.
    # Scanning tokens is cheap next to building the document, so it happens first.
    for token in yaml.scan(text, Loader=_BaseLoader):
        if isinstance(token, yaml.AliasToken):
            raise yaml.scanner.ScannerError(None, None, "aliases (*name) are not allowed", token.start_mark)


def read_yaml(text: str, *, name: str) -> Any:
    """Parse YAML safely: no aliases, no duplicate keys, no implicit dates, no Python objects.

    Raises:
        InputError: the text is not valid YAML; the message names the file, line and column.
    """
    try:
        _reject_aliases(text)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from the safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{name}, line {mark.line + 1}, column {mark.column + 1}" if mark else name
        raise InputError(f"not valid YAML: {exc.problem}", where=where) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", where=name) from None
    except RecursionError:
        raise InputError("not valid YAML: nested too deeply", where=name) from None


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
    """Read a list of HS ranges ("86-89", "2710.12"), naming the bad one."""
    result = []
    for child in node.items():
        try:
            result.append(parse_range(child.text()))
        except InputError as exc:
            raise child.fail(exc.detail, fix=exc.fix) from None
    return tuple(result)
