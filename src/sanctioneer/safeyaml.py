"""Read YAML the way people mean it: no aliases, tags or duplicate keys, a small depth, no rewritten scalars.

PyYAML follows YAML 1.1, which reads an unquoted `03061100` as an octal number, `87:03` as a
sexagesimal 5223, `0x2207` as 8711 and `NO` as false. A compliance file must never change a fact
on its way in, so the loaders here resolve plain scalars by a narrower rule:

- the core loader (rulebook, rule cases) reads `true`/`false` as booleans, plain decimal numbers
  without leading zeros as numbers, `~`/`null`/empty as null, and everything else as text;
- the text loader (transfers) reads every plain scalar as text, except null: the reader of each
  field turns text into a number, a date or a code itself, exactly, and refuses what is not one.

Nesting is checked on the token stream before anything is built, so a document nested thousands of
levels deep is refused in milliseconds instead of exhausting the stack.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from sanctioneer.errors import InputError

__all__ = ["MAX_DEPTH", "read_yaml"]

#: The deepest nesting of mappings and lists accepted; transfers and rulebook files need under ten.
MAX_DEPTH = 20

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
# Decimal only, and no leading zeros: a code written with a leading zero is text to keep, not a number. Longer numbers
# stay text, so the field that reads them refuses them by name instead of overflowing here.
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]{0,17})$")
_FLOAT = re.compile(r"^[-+]?(?:0|[1-9][0-9]{0,17})(?:\.[0-9]{1,17})?(?:[eE][-+]?[0-9]{1,2})?$")

_OPENING = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken,
            yaml.FlowSequenceStartToken)
_CLOSING = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    result: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return result


class _CoreLoader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML (libyaml when present) with the core schema's booleans and plain decimal numbers only."""


class _TextLoader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML (libyaml when present) where every plain scalar but null is text."""


_DIGITS = list("-+0123456789")
_CoreLoader.yaml_implicit_resolvers = {}
_TextLoader.yaml_implicit_resolvers = {}
for _loader in (_CoreLoader, _TextLoader):
    _loader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""])
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))
_CoreLoader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, _DIGITS)
_CoreLoader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, _DIGITS)


def _check_tokens(text: str, *, name: str) -> None:
    # Scanning tokens is cheap next to building the document, and stops at the first problem:
    # aliases are how "billion laughs" documents grow without bound, tags are how a scalar is
    # forced back into YAML 1.1's readings, and deep nesting is how the parser's stack is exhausted.
    depth = 0
    for token in yaml.scan(text, Loader=_BaseLoader):
        if isinstance(token, yaml.AliasToken):
            raise yaml.scanner.ScannerError(None, None, "aliases (*name) are not allowed", token.start_mark)
        if isinstance(token, yaml.TagToken):
            raise yaml.scanner.ScannerError(None, None, "tags (!name) are not allowed; quote text instead",
                                            token.start_mark)
        if isinstance(token, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                mark = token.start_mark
                raise InputError(f"nested more than {MAX_DEPTH} levels deep",
                                 where=f"{name}, line {mark.line + 1}, column {mark.column + 1}",
                                 fix="no transfer or rulebook file needs that many; check the file is the one meant")
        elif isinstance(token, _CLOSING):
            depth -= 1


def read_yaml(text: str, *, name: str, text_scalars: bool = False, packaged: bool = False) -> Any:
    """Parse YAML safely: no aliases, tags or duplicate keys, at most MAX_DEPTH levels, no implicit dates.

    Args:
        text: the document.
        name: the file name to put in messages.
        text_scalars: read every plain scalar but null as text (for transfers, whose fields are
            converted one by one); otherwise booleans and plain decimal numbers are read as such.
        packaged: the text ships inside the package (the rulebook's own files), not input: the token
            scan for aliases, tags and depth is left out to keep start-up fast; a test runs the full
            check over every packaged file instead.

    Raises:
        InputError: the text is not valid YAML or is nested too deeply; the message names the
            file, line and column.
    """
    try:
        if not packaged:
            _check_tokens(text, name=name)
        return yaml.load(text, Loader=_TextLoader if text_scalars else _CoreLoader)  # noqa: S506 - safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{name}, line {mark.line + 1}, column {mark.column + 1}" if mark else name
        raise InputError(f"not valid YAML: {exc.problem}", where=where) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", where=name) from None
    except RecursionError:
        raise InputError("not valid YAML: nested too deeply", where=name) from None
