"""`sanctioneer lists`: load, update and inspect the sanctions list snapshots in the store."""

from __future__ import annotations

import json
from pathlib import Path

import click

__all__ = ["lists_group"]

_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("lists")
def lists_group() -> None:
    """Load, update and inspect sanctions list snapshots (UN Security Council Consolidated List, FollowTheMoney)."""


def _read(source: str) -> tuple[bytes, str]:
    from sanctioneer.errors import InputError

    if source.startswith(("https://", "http://")):
        from sanctioneer.parties.download import fetch

        return fetch(source), source
    path = Path(source)
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", where=str(path),
                         fix="give the path of the list file or an https:// address") from None


def _report(info: object, status: str) -> None:
    from sanctioneer.store.snapshots import SnapshotInfo

    assert isinstance(info, SnapshotInfo)
    verb = {"added": "loaded", "unchanged": "already loaded", "replaced": "replaced"}[status]
    click.echo(f"{verb} {info.version}: {info.designations} designations")


@lists_group.command("load")
@click.argument("kind", type=click.Choice(["un-sc", "ftm"]))
@click.argument("source")
@click.option("--name", help="ftm: the list's name in the store (default: the file name).")
@click.option("--date", "date_", metavar="YYYY-MM-DD", help="ftm: the snapshot's date (default: from the file).")
def load_command(kind: str, source: str, name: str | None, date_: str | None) -> None:
    """Import a list file (or https:// address) as a dated snapshot.

    KIND is un-sc (the UN Security Council Consolidated List XML) or ftm
    (FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes).
    """
    from sanctioneer.store.snapshots import ListStore

    data, where = _read(source)
    if kind == "un-sc":
        from sanctioneer.parties.unsc import parse_un_xml

        snapshot = parse_un_xml(data, where=where)
    else:
        from sanctioneer.intake import parse_date
        from sanctioneer.parties.ftm import parse_ftm

        list_id = f"ftm:{name or Path(where).stem}"
        when = parse_date(date_, where="--date") if date_ else None
        snapshot = parse_ftm(data, where=where, list_id=list_id, generated=when)
    with ListStore.open() as store:
        _report(*store.add(snapshot))


@lists_group.command("update")
def update_command() -> None:
    """Download the UN list (SANCTIONEER_UN_LIST_URL), check it, and add it as the newest snapshot.

    Earlier snapshots are kept. A failed download or a file that does not parse changes nothing.
    """
    from sanctioneer.parties.download import fetch
    from sanctioneer.parties.unsc import parse_un_xml
    from sanctioneer.settings import get_settings
    from sanctioneer.store.snapshots import ListStore

    url = get_settings().un_list_url
    snapshot = parse_un_xml(fetch(url), where=url)
    with ListStore.open() as store:
        _report(*store.add(snapshot))


@lists_group.command("show")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Show the snapshot in force on this date.")
@_FORMAT
def show_command(list_id: str, as_of: str | None, fmt: str) -> None:
    """Show the snapshot in force (default: the newest) and its designations."""
    from datetime import date

    from sanctioneer.errors import StoreError
    from sanctioneer.intake import parse_date
    from sanctioneer.store.snapshots import ListStore

    when = parse_date(as_of, where="--as-of") if as_of else date.max
    with ListStore.open(read_only=True) as store:
        info = store.snapshot_as_of(list_id, when)
        if info is None:
            raise StoreError(f"no snapshot of {list_id}", where=str(store.path),
                             fix=f"load one with `sanctioneer lists load {list_id} FILE`; stored: "
                             f"{', '.join(store.lists()) or 'nothing'}")
        designations = store.designations(info.id)
    if fmt == "json":
        payload = info.to_dict() | {"entries": [
            {"reference": d.reference, "name": d.name, "kind": d.kind.value, "regime": d.regime,
             "listed_on": d.listed_on.isoformat() if d.listed_on else None,
             "aliases": [{"name": a.name, "quality": a.quality} for a in d.aliases]} for d in designations]}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"{info.version}  {info.designations} designations  (from {info.source})")
    for d in designations:
        listed = d.listed_on.isoformat() if d.listed_on else "-"
        click.echo(f"{d.reference:<12} {d.kind.value:<7} {listed:<10}  {d.name}")


@lists_group.command("history")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@click.option("--reference", help="Show when one designation (such as KPi.064) was on the list.")
@_FORMAT
def history_command(list_id: str, reference: str | None, fmt: str) -> None:
    """List the stored snapshots, or the first- and last-seen dates of a designation."""
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
            rows = [i.to_dict() for i in store.snapshots(list_id)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        if reference:
            click.echo(f"{row['reference']}  {row['name']}  listed {row['listed_on'] or '-'}  first seen "
                       f"{row['first_seen']}  last seen {row['last_seen']}  in {row['snapshots']} snapshots")
        else:
            click.echo(f"{row['generated']}  {row['designations']:>5} designations  {row['version']}  {row['source']}")


@lists_group.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--list", "list_id", default="un-sc", show_default=True, help="Which list.")
@_FORMAT
def diff_command(old: str, new: str, list_id: str, fmt: str) -> None:
    """Show the designations added, removed and changed between the snapshots dated OLD and NEW."""
    from sanctioneer.intake import parse_date
    from sanctioneer.store.snapshots import ListStore

    with ListStore.open(read_only=True) as store:
        diff = store.diff(store.snapshot(list_id, parse_date(old, where="OLD")),
                          store.snapshot(list_id, parse_date(new, where="NEW")))
    if fmt == "json":
        click.echo(json.dumps(diff.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(f"{diff.old.version} -> {diff.new.version}: {len(diff.added)} added, "
               f"{len(diff.removed)} removed, {len(diff.changed)} changed")
    for sign, rows in (("+", diff.added), ("-", diff.removed), ("~", diff.changed)):
        for reference, name in rows:
            click.echo(f"{sign} {reference:<12} {name}")
