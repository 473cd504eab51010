"""`sanctioneer classify`."""

from __future__ import annotations

import click

__all__ = ["classify_command"]


@click.command("classify")
def classify_command() -> None:
    """Not built yet."""
    from sanctioneer.errors import InputError

    raise InputError("not available yet", where="classify")
