"""`sanctioneer review`: record a reviewer's disposition of a match in the audit trail."""

from __future__ import annotations

import json

import click

__all__ = ["review_command"]


@click.command("review")
@click.argument("party")
@click.argument("designation")
@click.option("--false-alert", "status", flag_value="false_alert", help="The match is not the listed party.")
@click.option("--confirmed", "status", flag_value="confirmed", help="The match is the listed party.")
@click.option("--reviewer", required=True, help="Who decided.")
@click.option("--reason", required=True, help="Why, in words a later reader understands.")
def review_command(party: str, designation: str, status: str | None, reviewer: str, reason: str) -> None:
    """Record that PARTY's match to DESIGNATION (a list reference such as KPi.033) is a false alert or confirmed.

    Later screenings show the disposition beside the match; it lapses when the designation's
    record changes in a new list snapshot. Written to the audit trail (in the DuckDB file, stop a
    running server first, or POST /v1/dispositions to it; in PostgreSQL, running servers see it
    within a second).
    """
    from sanctioneer.api.service import Service
    from sanctioneer.errors import InputError
    from sanctioneer.settings import get_settings
    from sanctioneer.store.audit import AuditLog
    from sanctioneer.store.keys import KEYS_FILE, KeyRing, KeyStore

    if status is None:
        raise InputError("say whether the match is a false alert or confirmed", where="review",
                         fix="add --false-alert or --confirmed")
    settings = get_settings()
    with AuditLog.from_settings(settings) as audit:
        service = Service(settings, audit=audit, keys=KeyRing(KeyStore(settings.home / KEYS_FILE)))
        entry = service.disposition_entry({"party": party, "designation": designation, "status": status,
                                           "reviewer": reviewer, "reason": reason}, key=None)
        record = audit.append(entry)
    click.echo(json.dumps(entry.body | {"record": record.seq}, indent=2, ensure_ascii=False))
