"""`sanctioneer keys`: create, list and revoke the API keys of `sanctioneer serve`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from sanctioneer.store.keys import KeyStore

__all__ = ["keys_group"]


def _store() -> KeyStore:
    from sanctioneer.settings import get_settings
    from sanctioneer.store.keys import KEYS_FILE, KeyStore

    return KeyStore(get_settings().home / KEYS_FILE)


@click.group("keys")
def keys_group() -> None:
    """Create, list and revoke API keys (stored only as digests; a key is shown once)."""


@keys_group.command("create")
@click.argument("name")
def create_command(name: str) -> None:
    """Create a key called NAME and print it: it is shown this once, then only its digest is kept."""
    store = _store()
    token = store.create(name)
    click.echo(token)
    click.echo(f"created key {name!r}: keep it now, it cannot be shown again", err=True)


@keys_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_command(fmt: str) -> None:
    """List the keys by name with when they were created and revoked (never the keys themselves)."""
    store = _store()
    keys = store.keys()
    if fmt == "json":
        click.echo(json.dumps([k.to_dict() for k in keys], indent=2))
        return
    if not keys:
        click.echo("no key yet: sanctioneer keys create NAME")
    for key in keys:
        state = f"revoked {key.revoked_at}" if key.revoked_at else "active"
        click.echo(f"{key.name:<24} created {key.created_at}  {state}")


@keys_group.command("revoke")
@click.argument("name")
def revoke_command(name: str) -> None:
    """Revoke the key called NAME; a running server refuses it from its next request."""
    store = _store()
    key = store.revoke(name)
    click.echo(f"revoked key {key.name!r} at {key.revoked_at}")
