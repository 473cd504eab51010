"""API keys: named, stored only as digests, shown once when created, revoked by name.

The keys live in a small JSON file beside the store (`keys.json`, readable by its owner only),
not in the DuckDB store: the server holds the store open, and a key created or revoked while
it runs must still be written. The server reads the file again whenever it changes, so a
revoked key stops working without a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sanctioneer.errors import InputError, StoreError

__all__ = ["KEYS_FILE", "TOKEN_PREFIX", "ApiKey", "KeyRing", "KeyStore"]

KEYS_FILE = "keys.json"
#: Every token starts so: a secret scanner recognises it, and a user sees what it is for.
TOKEN_PREFIX = "snk_"  # noqa: S105 (a prefix, not a secret)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _digest(token: str) -> str:
    return "sha256:" + hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    """One key as stored: its name, the digest of its token, when it was made and revoked."""

    name: str
    digest: str
    created_at: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "created_at": self.created_at, "revoked_at": self.revoked_at,
                "active": self.active}


class KeyStore:
    """The key file: create, list and revoke keys by name."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def keys(self) -> tuple[ApiKey, ...]:
        """Every key ever made, revoked ones included, oldest first."""
        if not self.path.exists():
            return ()
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return tuple(ApiKey(name=str(k["name"]), digest=str(k["digest"]), created_at=str(k["created_at"]),
                                revoked_at=k.get("revoked_at")) for k in raw["keys"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"the key file cannot be read ({type(exc).__name__})", where=str(self.path),
                             fix="restore it from a backup, or move it away and create the keys again") from None

    def active(self) -> tuple[ApiKey, ...]:
        return tuple(k for k in self.keys() if k.active)

    def create(self, name: str) -> str:
        """Make a key called `name` and return its token (the only time it is shown).

        Raises:
            InputError: a bad name, or an active key of that name exists.
        """
        if not _NAME.fullmatch(name):
            raise InputError(f"expected a key name of letters, digits, dots, dashes or underscores, got {name!r}",
                             where="keys create", fix="name the key after its user, such as erp-prod")
        keys = list(self.keys())
        if any(k.name == name and k.active for k in keys):
            raise InputError(f"a key named {name!r} exists already", where="keys create",
                             fix=f"revoke it first (sanctioneer keys revoke {name}) or choose another name")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        keys.append(ApiKey(name=name, digest=_digest(token), created_at=_now()))
        self._write(keys)
        return token

    def revoke(self, name: str) -> ApiKey:
        """Revoke the active key called `name`; it is kept, marked revoked, so the audit trail's names stay meaningful.

        Raises:
            InputError: no active key has that name.
        """
        keys = list(self.keys())
        for position, key in enumerate(keys):
            if key.name == name and key.active:
                keys[position] = ApiKey(name=key.name, digest=key.digest, created_at=key.created_at,
                                        revoked_at=_now())
                self._write(keys)
                return keys[position]
        known = ", ".join(k.name for k in keys if k.active) or "none"
        raise InputError(f"no active key named {name!r}", where="keys revoke", fix=f"active keys: {known}")

    def _write(self, keys: list[ApiKey]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        document = {"keys": [{"name": k.name, "digest": k.digest, "created_at": k.created_at,
                              "revoked_at": k.revoked_at} for k in keys]}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        # Written whole and renamed over the old file: a reader never sees half a file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)


class KeyRing:
    """The active keys as the server sees them: the key file, read again when it changes."""

    def __init__(self, store: KeyStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._by_digest: dict[str, str] = {}
        self._checked = 0.0

    def __len__(self) -> int:
        self._refresh()
        return len(self._by_digest)

    def name_of(self, token: str) -> str | None:
        """Return the name of the active key with this token, or None."""
        self._refresh()
        wanted = _digest(token)
        for digest, name in self._by_digest.items():
            if hmac.compare_digest(digest, wanted):
                return name
        return None

    def _refresh(self) -> None:
        # The file is looked at once a second at most: a revoked key stops working within a second.
        now = time.monotonic()
        if self._stamp is not None and now - self._checked < 1.0:
            return
        self._checked = now
        try:
            stat = self._store.path.stat()
            stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp == self._stamp:
            return
        with self._lock:
            active = self._store.active() if stamp else ()
            self._by_digest = {k.digest: k.name for k in active}
            self._stamp = stamp


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
