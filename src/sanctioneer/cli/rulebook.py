"""`sanctioneer rulebook`: list, show and dump the measures in force."""

from __future__ import annotations

import json

import click

__all__ = ["rulebook_group"]


@click.group("rulebook")
def rulebook_group() -> None:
    """Look at the rulebook: every measure with its citation, dates and verified flag."""


@rulebook_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_command(fmt: str) -> None:
    """List every measure with its citation, dates and verified flag."""
    from sanctioneer.assessment import default_rulebook
    from sanctioneer.rulebook.dump import measure_summary

    rulebook = default_rulebook()
    if fmt == "json":
        click.echo(json.dumps([measure_summary(m) for m in rulebook.measures], indent=2))
        return
    from sanctioneer.cli.render import render_rulebook_list

    render_rulebook_list(rulebook)


@rulebook_group.command("show")
@click.argument("measure_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show_command(measure_id: str, fmt: str) -> None:
    """Show one measure: scope, history, exemptions, items, source."""
    from sanctioneer.assessment import default_rulebook
    from sanctioneer.errors import InputError
    from sanctioneer.rulebook.dump import measure_to_dict

    rulebook = default_rulebook()
    try:
        measure = rulebook.measure(measure_id)
    except KeyError:
        known = ", ".join(m.id for m in rulebook.measures)
        raise InputError(f"no measure {measure_id!r}", where="rulebook show", fix=f"known ids: {known}") from None
    if fmt == "json":
        click.echo(json.dumps(measure_to_dict(measure), indent=2))
        return
    from sanctioneer.cli.render import render_measure

    render_measure(measure)


@rulebook_group.command("dump")
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True)
def dump_command(fmt: str) -> None:
    """Dump the whole rulebook (regime, instruments, measures) as JSON, or as the Markdown reference."""
    from sanctioneer.assessment import default_rulebook

    if fmt == "markdown":
        from sanctioneer.rulebook.reference import rulebook_markdown

        click.echo(rulebook_markdown(default_rulebook()), nl=False)
        return
    from sanctioneer.rulebook.dump import rulebook_to_dict

    click.echo(json.dumps(rulebook_to_dict(default_rulebook()), indent=2))
