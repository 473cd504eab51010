"""`sanctioneer screen`."""

from __future__ import annotations

import click

__all__ = ["screen_command"]


@click.command("screen")
def screen_command() -> None:
    """Not built yet."""
    from sanctioneer.errors import InputError

    raise InputError("not available yet", where="screen")
