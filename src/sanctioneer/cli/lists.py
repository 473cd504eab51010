"""`sanctioneer lists`: load, update and inspect the sanctions list snapshots in the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from sanctioneer.store.snapshots import Loaded

__all__ = ["lists_group"]

_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("lists")
def lists_group() -> None:
    """Load, update and inspect sanctions list snapshots (UN Security Council Consolidated List, FollowTheMoney)."""


def _read(source: str, max_bytes: int) -> tuple[bytes, str]:
    from sanctioneer.parties.download import fetch, read_list_file, redact_url
    from sanctioneer.settings import get_settings

    if source.startswith(("https://", "http://")):
        return fetch(source, max_bytes=max_bytes, deadline=get_settings().download_timeout), redact_url(source)
    return read_list_file(Path(source), max_bytes=max_bytes), source


def _report(loaded: Loaded) -> None:
    verb = {"added": "loaded", "unchanged": "already loaded", "restored": "restored"}[loaded.status]
    click.echo(f"{verb} {loaded.info.version}: {loaded.info.designations} designations")
    if loaded.note:
        click.echo(f"note: {loaded.note}")


_FORCE = click.option("--force", is_flag=True,
                      help="Load even a list with fewer than half the designations of the snapshot before it "
                           "(recorded on the snapshot).")


@lists_group.command("load")
@click.argument("kind", type=click.Choice(["un-sc", "ftm"]))
@click.argument("source")
@click.option("--name", help="ftm: the list's name in the store (default: the file name).")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="ftm: the snapshot's date (default: from the file).")
@_FORCE
def load_command(kind: str, source: str, name: str | None, date_: str | None, force: bool) -> None:
    """Import a list file (or https:// address) as a dated snapshot, beside the ones already stored.

    KIND is un-sc (the UN Security Council Consolidated List XML) or ftm
    (FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes).
    A list dated after today is refused, and so is one with fewer than half the
    designations of the snapshot before it, unless --force.
    """
    from sanctioneer.store.snapshots import ListStore

    if kind == "un-sc":
        from sanctioneer.parties.unsc import MAX_BYTES, parse_un_xml

        data, where = _read(source, MAX_BYTES)
        snapshot = parse_un_xml(data, where=where)
    else:
        from sanctioneer.intake import parse_date
        from sanctioneer.parties import ftm

        when = parse_date(date_, where="--date") if date_ else None
        data, where = _read(source, ftm.MAX_BYTES)
        list_id = f"ftm:{name or Path(where).stem}"
        snapshot = ftm.parse_ftm(data, where=where, list_id=list_id, generated=when)
    with ListStore.open() as store:
        _report(store.add(snapshot, force=force))


@lists_group.command("update")
@_FORCE
def update_command(force: bool) -> None:
    """Download the UN list (SANCTIONEER_UN_LIST_URL), check it, and add it as the newest snapshot.

    Earlier snapshots are kept. A failed download, a file that does not parse, a list
    dated after today or one that lost most of its designations changes nothing.
    """
    from sanctioneer.parties.download import fetch, redact_url
    from sanctioneer.parties.unsc import parse_un_xml
    from sanctioneer.settings import get_settings
    from sanctioneer.store.snapshots import ListStore

    settings = get_settings()
    url = settings.un_list_url
    snapshot = parse_un_xml(fetch(url, deadline=settings.download_timeout), where=redact_url(url))
    with ListStore.open() as store:
        _report(store.add(snapshot, force=force))


@lists_group.command("show")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="Show the snapshot in force on this date (the one `screen --as-of` uses).")
@_FORMAT
def show_command(list_id: str, as_of: str | None, fmt: str) -> None:
    """Show the snapshot in force (default: the newest) and its designations."""
    from sanctioneer.errors import StoreError
    from sanctioneer.intake import parse_date
    from sanctioneer.store.snapshots import ListStore

    when = parse_date(as_of, where="--as-of") if as_of else None
    with ListStore.open(read_only=True) as store:
        chosen = store.in_force(list_id, when)
        if not chosen:
            raise StoreError(f"no snapshot of {list_id}", where=str(store.path),
                             fix=f"load one with `sanctioneer lists load {list_id} FILE`; stored: "
                             f"{', '.join(store.lists()) or 'nothing'}")
        info = chosen[0][0]
        later = chosen[1][0] if len(chosen) > 1 else None
        designations = store.designations(info.id)
    also = (f"designations of {later.version} listed on or before {when.isoformat()} are screened too"
            if later is not None and when is not None else None)
    if fmt == "json":
        payload = info.to_dict() | {"as_of": when.isoformat() if when else None,
                                    "listed_by_date_from": later.version if later else None, "entries": [
            {"reference": d.reference, "name": d.name, "kind": d.kind.value, "regime": d.regime,
             "listed_on": d.listed_on.isoformat() if d.listed_on else None,
             "aliases": [{"name": a.name, "quality": a.quality} for a in d.aliases]} for d in designations]}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"{info.version}  {info.designations} designations  (from {info.source})")
    if also:
        click.echo(f"as of {as_of}: {also}")
    for d in designations:
        listed = d.listed_on.isoformat() if d.listed_on else "-"
        click.echo(f"{d.reference:<12} {d.kind.value:<7} {listed:<10}  {d.name}")


@lists_group.command("history")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@click.option("--reference", help="Show when one designation (such as KPi.064) was on the list.")
@click.option("--all", "all_", is_flag=True, help="Include removed snapshots.")
@_FORMAT
def history_command(list_id: str, reference: str | None, all_: bool, fmt: str) -> None:
    """List the stored snapshots (how each was loaded, forced or removed), or when a designation was listed."""
    from sanctioneer.errors import InputError
    from sanctioneer.store.snapshots import ListStore

    with ListStore.open(read_only=True) as store:
        if reference:
            seen = store.seen(list_id, reference)
            if not seen:
                raise InputError(f"{reference} is in no stored snapshot of {list_id}", where="--reference",
                                 fix="check the reference number, such as KPi.064")
            rows = [s.to_dict() for s in seen]
        else:
            rows = [i.to_dict() for i in store.snapshots(list_id, include_removed=all_)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        if reference:
            click.echo(f"{row['reference']}  {row['name']}  listed {row['listed_on'] or '-'}  first seen "
                       f"{row['first_seen']}  last seen {row['last_seen']}  in {row['snapshots']} snapshots")
            continue
        click.echo(f"{row['generated']}  {row['designations']:>5} designations  {row['version']}  {row['source']}"
                   f"  loaded {row['loaded_at']}")
        for key in ("forced", "removed"):
            if row[key]:
                click.echo(f"            {key if key == 'removed' else 'note'}: {row[key]}")


@lists_group.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@_FORMAT
def diff_command(old: str, new: str, list_id: str, fmt: str) -> None:
    """Show the designations added, removed and changed between two snapshots (a DATE or a VERSION each).

    A date names the snapshot of that date (of two, the one loaded later).
    """
    from sanctioneer.store.snapshots import ListStore

    with ListStore.open(read_only=True) as store:
        diff = store.diff(store.resolve(old, list_id=list_id), store.resolve(new, list_id=list_id))
    if fmt == "json":
        click.echo(json.dumps(diff.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(f"{diff.old.version} -> {diff.new.version}: {len(diff.added)} added, "
               f"{len(diff.removed)} removed, {len(diff.changed)} changed")
    for sign, rows in (("+", diff.added), ("-", diff.removed), ("~", diff.changed)):
        for reference, name in rows:
            click.echo(f"{sign} {reference:<12} {name}")


@lists_group.command("remove")
@click.argument("version", metavar="LIST@VERSION")
@click.option("--reason", default="", help="Why the snapshot is removed (recorded).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def remove_command(version: str, reason: str, yes: bool) -> None:
    """Take a snapshot out of use, such as un-sc@2030-01-01+0123abcd (see `lists history`).

    Screening no longer uses it; the removal is recorded with its date and reason and
    shown by `lists history --all`. Its rows stay in the store, so a decision that cited
    it can still be explained. Loading the same file again restores it.
    """
    from sanctioneer.errors import InputError
    from sanctioneer.store.snapshots import ListStore

    if "@" not in version:
        raise InputError(f"expected LIST@DATE+DIGEST, got {version!r}", where="LIST@VERSION",
                         fix="copy the version shown by `sanctioneer lists history`, such as un-sc@2026-05-08+1f1b3b")
    with ListStore.open() as store:
        info = store.resolve(version, unique=True)
        if not yes and not click.confirm(
            f"Remove {info.version} ({info.designations} designations, from {info.source})? "
            "Screening will no longer use it", default=False, err=True
        ):
            raise click.exceptions.Abort
        removed = store.remove(info, note=reason)
    click.echo(f"removed {removed.version}: {removed.removed}")
