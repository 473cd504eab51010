"""`sanctioneer serve`: the HTTP API under uvicorn."""

from __future__ import annotations

import ipaddress

import click

__all__ = ["serve_command"]


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="The port to listen on.")
@click.option("--no-auth", is_flag=True,
              help="Answer without API keys (only on a loopback address, for trying the API out).")
def serve_command(host: str, port: int, no_auth: bool) -> None:
    """Serve the API: assess, screen, classify, rulebook, lists, decisions and yente's /match.

    Every request but /healthz and /readyz needs an API key (`sanctioneer keys create NAME`), and
    every decision is recorded in the audit trail: the DuckDB file, which the server holds while
    it runs, or the PostgreSQL database at SANCTIONEER_AUDIT_URL, which several servers may share.
    On an address other than loopback the server refuses to start without a key.
    """
    import gc

    import uvicorn

    from sanctioneer.api.app import ServiceConfig, create_app
    from sanctioneer.api.service import Service
    from sanctioneer.errors import InputError
    from sanctioneer.settings import get_settings
    from sanctioneer.store.audit import AuditLog
    from sanctioneer.store.keys import KEYS_FILE, KeyRing, KeyStore

    settings = get_settings()
    keys = KeyStore(settings.home / KEYS_FILE)
    loopback = is_loopback(host)
    if not loopback and (no_auth or not keys.active()):
        raise InputError("refusing to serve on a non-loopback address without API keys", where="--host",
                         fix="create a key first (sanctioneer keys create NAME), or serve on 127.0.0.1")
    if not no_auth and not keys.active():
        click.echo("note: no API key exists yet, so every request but /healthz is refused; "
                   "create one with `sanctioneer keys create NAME`", err=True)
    config = ServiceConfig(require_keys=not no_auth, rate=settings.api_rate, burst=settings.api_burst,
                           max_bytes=settings.api_max_bytes, cors_origins=settings.api_cors_origins)
    with AuditLog.from_settings(settings) as audit:
        service = Service(settings, audit=audit, keys=KeyRing(keys))
        service.warm()
        app = create_app(service, config=config)
        # What start-up built (rulebook, list indexes, classifier) lives as long as the server: moved
        # out of the collector's reach, a full collection walks only what requests made, in a few
        # milliseconds instead of a tenth of a second that every request in flight would wait.
        gc.collect()
        gc.freeze()
        click.echo(f"serving on http://{host}:{port} (audit trail: {audit.count} records)", err=True)
        try:
            uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
        finally:
            gc.unfreeze()
