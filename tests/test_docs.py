"""Docs stay true: public names, commands, settings, the generated rulebook reference, the README example."""

from __future__ import annotations

import re
from pathlib import Path

import click

import sanctioneer
from sanctioneer.assessment import default_rulebook
from sanctioneer.cli import cli
from sanctioneer.rulebook.reference import rulebook_markdown
from sanctioneer.settings import SETTINGS_DOC

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"


def test_every_public_name_is_exported_and_exists() -> None:
    assert sorted(sanctioneer.__all__) == sorted(set(sanctioneer.__all__))
    for name in sanctioneer.__all__:
        assert hasattr(sanctioneer, name), name
    public = {n for n in vars(sanctioneer) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(sanctioneer.__all__)


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


def test_every_command_has_help_and_a_docs_entry() -> None:
    text = "\n".join(p.read_text("utf-8") for p in DOCS.glob("*.md"))
    for path, command in _commands(cli, "sanctioneer"):
        assert command.help and "Not built yet" not in command.help, f"{path} has no help"
        assert f"`{path}" in text, f"{path} is not documented in docs/"


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text("utf-8")
    for name in SETTINGS_DOC:
        assert f"`{name}`" in text, name


def test_the_rulebook_reference_is_generated_from_the_yaml() -> None:
    assert (DOCS / "rulebook.md").read_text("utf-8") == rulebook_markdown(default_rulebook()), (
        "docs/rulebook.md is stale: run `sanctioneer rulebook dump --format markdown > docs/rulebook.md`"
    )


def test_the_readme_gives_two_commands_and_its_library_example_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make demo" in readme and "make test" in readme
    example = re.search(r"```python\n(.*?)```", readme, re.S)
    assert example is not None
    exec(compile(example.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "prohibited"
    assert "S/RES/2397 (2017), paragraph 7" in out
