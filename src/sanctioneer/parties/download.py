"""Fetch a list over HTTPS, or read a list file, with a size cap and a deadline, before anything touches the store.

Addresses are shown and stored without credentials: a user name, password or
token in a list address never reaches an error message, the store or
`lists history`.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sanctioneer.errors import InputError, ListError
from sanctioneer.parties.unsc import MAX_BYTES
from sanctioneer.settings import DOWNLOAD_TIMEOUT

__all__ = ["fetch", "read_list_file", "redact_url"]

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SECRET = re.compile(r"key|token|secret|pass|pwd|auth|sig|cred|session", re.I)
_HIDDEN = "***"
_OFFICIAL = "use the official https://scsanctions.un.org/resources/xml/en/consolidated.xml"


def redact_url(text: str) -> str:
    """Return `text` without the credentials an address may carry (user, password, secret query values).

    Text that is not an http(s) address is returned unchanged.
    """
    if not text.lower().startswith(("http://", "https://")):
        return text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return f"{text.split(':', 1)[0]}://{_HIDDEN}"  # unparseable: show the scheme only
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    if parts.username is not None or parts.password is not None:
        netloc = f"{_HIDDEN}@{netloc}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, _HIDDEN if _SECRET.search(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"


def _allowed(scheme: str, host: str | None, *, https_only: bool) -> bool:
    if scheme == "https":
        return True
    return scheme == "http" and not https_only and host in _LOOPBACK


def read_list_file(path: Path, *, max_bytes: int) -> bytes:
    """Read a list file, refusing it as soon as it is larger than `max_bytes` (so /dev/zero ends quickly).

    Raises:
        InputError: the file cannot be read.
        ListError: the file is larger than `max_bytes`.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", where=str(path),
                         fix="give the path of the list file or an https:// address") from None
    if len(data) > max_bytes:
        raise ListError(f"expected a list file of at most {_size(max_bytes)}, this one is larger",
                        where=str(path), fix="check that this is the list file; lists are far smaller")
    return data


def fetch(
    url: str,
    *,
    deadline: float = DOWNLOAD_TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> bytes:
    """Download `url` and return its bytes; only HTTPS (plain HTTP is allowed for the local machine).

    Args:
        url: the address; credentials in it are used but never shown. TLS certificates are checked
            (SSL_CERT_FILE names other authorities to trust).
        deadline: seconds the whole download may take (the CLI passes SANCTIONEER_DOWNLOAD_TIMEOUT).
        max_bytes: the largest body accepted.

    Raises:
        ListError: the address is not HTTPS, a redirect leaves HTTPS, the server fails or answers with an
            error, the body is too large, or the download takes longer than the deadline.
    """
    import httpx

    where = redact_url(url)
    limit = deadline
    parsed = urlsplit(url)
    https_only = parsed.scheme == "https"
    if not _allowed(parsed.scheme, parsed.hostname, https_only=False):
        raise ListError(f"expected an https:// address, got {where!r}", where="SANCTIONEER_UN_LIST_URL",
                        fix=_OFFICIAL)

    def every_hop(request: httpx.Request) -> None:
        # A redirect from HTTPS to plain HTTP would let anyone on the path replace the list.
        if not _allowed(request.url.scheme, request.url.host, https_only=https_only):
            raise ListError(f"refused a redirect to {redact_url(str(request.url))!r}: it leaves HTTPS",
                            where=where, fix="use an https:// address that does not redirect to plain http")

    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    too_slow = ListError(f"the download took longer than {limit:g} s and was stopped", where=where,
                         fix="try again later, or raise SANCTIONEER_DOWNLOAD_TIMEOUT; the store is unchanged")
    try:
        with httpx.Client(timeout=httpx.Timeout(limit), follow_redirects=True, max_redirects=5,
                          event_hooks={"request": [every_hop]}) as client, client.stream("GET", url) as response:
            if response.status_code != 200:
                raise ListError(f"expected HTTP 200, got {response.status_code} {response.reason_phrase}",
                                where=where, fix="check SANCTIONEER_UN_LIST_URL, or try again later")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ListError(f"expected at most {_size(max_bytes)}, the server announces {declared} bytes",
                                where=where, fix="check SANCTIONEER_UN_LIST_URL points to the UN list XML")
            for chunk in response.iter_bytes():
                # The per-read timeout alone lets a server that trickles a byte at a time run for ever.
                if time.monotonic() - started > limit:
                    raise too_slow
                size += len(chunk)
                if size > max_bytes:
                    raise ListError(f"expected at most {_size(max_bytes)}, the download is larger",
                                    where=where, fix="check SANCTIONEER_UN_LIST_URL points to the UN list XML")
                chunks.append(chunk)
    except httpx.TimeoutException:
        raise too_slow from None
    except httpx.HTTPError as exc:
        raise ListError(
            f"download failed: {type(exc).__name__}: {str(exc).replace(url, where)}",
            where=where,
            fix="check the network connection and SANCTIONEER_UN_LIST_URL; the store is unchanged",
        ) from None
    return b"".join(chunks)
