"""The cases written beside the classifier's override rules and set headings, read from the package's `cases` folder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

from sanctioneer.rulebook.loader import read_yaml

KNOWN_KEYS = {"name", "description", "expect"}
KNOWN_EXPECTATIONS = {"fires", "silent", "hs"}


@dataclass(frozen=True)
class Case:
    """A goods description, and what a rule or set must do with it: fire, stay silent, give a heading."""

    name: str
    description: str
    expect: dict[str, Any]


def load_cases(file_name: str) -> list[Case]:
    """The cases of one file, each checked for its keys and expectations."""
    text = (resources.files("sanctioneer.hs") / "cases" / file_name).read_text(encoding="utf-8")
    cases = []
    for index, raw in enumerate(read_yaml(text, name=file_name)):
        where = f"{file_name}[{index}]"
        assert set(raw) == KNOWN_KEYS, f"{where}: expected the keys {sorted(KNOWN_KEYS)}, got {sorted(raw)}"
        assert set(raw["expect"]) <= KNOWN_EXPECTATIONS, f"{where}: unknown expectation {sorted(raw['expect'])}"
        cases.append(Case(str(raw["name"]), str(raw["description"]), dict(raw["expect"])))
    return cases
