"""`sanctioneer audit`: show, export and verify the hash-chained audit trail."""

from __future__ import annotations

import json

import click

__all__ = ["audit_group"]


def _open(*, read_only: bool = True) -> object:
    from sanctioneer.settings import get_settings
    from sanctioneer.store.audit import AuditLog

    return AuditLog.from_settings(get_settings(), read_only=read_only)


@click.group("audit")
def audit_group() -> None:
    """Look at the audit trail: every decision recorded with input, output, versions, time and key."""


@audit_group.command("verify")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def verify_command(fmt: str) -> int:
    """Recompute every record's hash; name the first record edited, deleted or out of order.

    Exit status: 0 when the chain is intact, 3 when it is broken, 2 when it cannot be read.
    """
    from sanctioneer.store.audit import AuditLog

    log = _open()
    assert isinstance(log, AuditLog)
    with log:
        result = log.verify()
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
    elif result.intact:
        click.echo(f"audit trail intact: {result.count} records, head {result.head}")
    else:
        click.echo(f"audit trail BROKEN at record {result.bad_seq}: {result.problem} "
                   f"({result.count} records before it verified)")
    return 0 if result.intact else 3


@audit_group.command("show")
@click.argument("what", required=False)
@click.option("--last", type=click.IntRange(1), default=10, show_default=True,
              help="Without WHAT: how many of the newest records to show.")
def show_command(what: str | None, last: int) -> None:
    """Show the record numbered WHAT, the records of decision id WHAT, or the newest records."""
    from sanctioneer.errors import InputError
    from sanctioneer.store.audit import AuditLog

    log = _open()
    assert isinstance(log, AuditLog)
    with log:
        if what is None:
            records = list(log.records(start=max(1, log.count - last + 1)))
        elif what.isdigit():
            record = log.record(int(what))
            records = [record] if record else []
        else:
            records = list(log.by_decision(what))
    if what is not None and not records:
        raise InputError(f"no record {what!r} in the audit trail", where="audit show",
                         fix="give a record number or a decision id (sha256:...)")
    for record in records:
        click.echo(json.dumps(record.to_dict(), indent=2, ensure_ascii=False))


@audit_group.command("export")
@click.option("--kind", help="Only records of this kind (assess, screen, match, disposition).")
def export_command(kind: str | None) -> None:
    """Write every record as JSON lines, hashes included, for an archive or another verifier."""
    from sanctioneer.store.audit import AuditLog

    log = _open()
    assert isinstance(log, AuditLog)
    with log:
        for record in log.records(kind=kind):
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))


@audit_group.command("rescreen")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rescreen_command(fmt: str) -> int:
    """Judge again past decisions whose parties' matches changed with the lists loaded since.

    Run after `sanctioneer lists update`: reports each decision whose matches changed, the verdict
    before and now, and the designations (added, removed or changed) behind it. Exit status: 0,
    or 3 when a verdict changed.
    """
    from sanctioneer.api.rescreen import rescreen
    from sanctioneer.assessment import Assessor
    from sanctioneer.settings import get_settings
    from sanctioneer.store.audit import AuditLog
    from sanctioneer.store.snapshots import ListStore

    log = _open()
    assert isinstance(log, AuditLog)
    assessor = Assessor.from_settings(get_settings())
    with log, ListStore.open(read_only=True) as store:
        found = rescreen(log, assessor, store)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in found], indent=2, ensure_ascii=False))
    elif not found:
        click.echo("no past decision's matches changed")
    for item in found if fmt == "text" else ():
        from sanctioneer.cli.render import escape

        change = (f"verdict {item.verdict_before} -> {item.verdict_now}" if item.verdict_changed
                  else f"verdict still {item.verdict_now}")
        click.echo(escape(f"record {item.seq} ({item.transfer_id or item.decision_id}): {change}; matches "
                          f"{', '.join(item.matches_before) or 'none'} -> {', '.join(item.matches_now) or 'none'}"))
        for d in item.designations:
            click.echo(escape(f"  {d['change']}: {d['reference']} {d['name']} ({d['from']} -> {d['to']})"))
    return 3 if any(r.verdict_changed for r in found) else 0
