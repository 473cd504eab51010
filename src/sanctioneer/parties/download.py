"""Fetch the UN list over HTTPS, with a size cap, before anything touches the store."""

from __future__ import annotations

from urllib.parse import urlparse

from sanctioneer.errors import ListError
from sanctioneer.parties.unsc import MAX_BYTES

__all__ = ["fetch"]

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def fetch(url: str, *, timeout: float = 60.0) -> bytes:
    """Download `url` and return its bytes; only HTTPS (plain HTTP is allowed for the local machine).

    Raises:
        ListError: the address is not HTTPS, the server fails or answers with an error, or the body is too large.
    """
    import httpx

    where = url
    parsed = urlparse(url)
    if parsed.scheme != "https" and not (parsed.scheme == "http" and parsed.hostname in _LOOPBACK):
        raise ListError(f"expected an https:// address, got {url!r}", where="SANCTIONEER_UN_LIST_URL",
                        fix="use the official https://scsanctions.un.org/resources/xml/en/consolidated.xml")
    chunks: list[bytes] = []
    size = 0
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as response:
            if response.status_code != 200:
                raise ListError(f"expected HTTP 200, got {response.status_code} {response.reason_phrase}",
                                where=where, fix="check SANCTIONEER_UN_LIST_URL, or try again later")
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise ListError(f"expected at most {MAX_BYTES // 2**20} MB, the download is larger",
                                    where=where, fix="check SANCTIONEER_UN_LIST_URL points to the UN list XML")
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise ListError(
            f"download failed: {type(exc).__name__}: {exc}",
            where=where,
            fix="check the network connection and SANCTIONEER_UN_LIST_URL; the store is unchanged",
        ) from None
    return b"".join(chunks)
