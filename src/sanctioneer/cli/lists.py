"""`sanctioneer lists`."""

from __future__ import annotations

import click

__all__ = ["lists_group"]


@click.group("lists")
def lists_group() -> None:
    """Not built yet."""
