"""API keys on requests, a token bucket per key, and the cap on request bodies."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sanctioneer.api.errors import AuthError, RateLimitError, TooLargeError, error_body, status_of

__all__ = ["BodyLimit", "RateLimiter", "token_of"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def token_of(headers: Any) -> str:
    """Return the API key a request carries: `Authorization: Bearer KEY` (or `ApiKey KEY`), or `X-API-Key: KEY`.

    Raises:
        AuthError: no key given.
    """
    header = headers.get("authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() in {"bearer", "apikey"} and value.strip():
            return str(value.strip())
    key = headers.get("x-api-key")
    if key and key.strip():
        return str(key.strip())
    raise AuthError("an API key is required", where="Authorization",
                    fix="send `Authorization: Bearer KEY`; create a key with `sanctioneer keys create NAME`")


class RateLimiter:
    """A token bucket per key: `rate` requests per second on average, up to `burst` at once."""

    def __init__(self, *, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, *, now: float | None = None) -> None:
        """Spend one token of `key`'s bucket.

        Raises:
            RateLimitError: the bucket is empty; `retry_after` is when the next token comes.
        """
        moment = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, moment))
            tokens = min(self.burst, tokens + (moment - last) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, moment)
                wait = (1.0 - tokens) / self.rate
                raise RateLimitError(f"more than {self.rate:g} requests per second (burst {self.burst:g}) "
                                     "with this key",
                                     retry_after=wait, where="rate limit",
                                     fix=f"wait {wait:.2f} s and retry, or raise SANCTIONEER_API_RATE")
            self._buckets[key] = (tokens - 1.0, moment)


class BodyLimit:
    """ASGI middleware refusing a request body over `max_bytes` with 413, by its declared length or as it streams."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        error = TooLargeError(f"the request body is larger than {self.max_bytes:,} bytes", where="body",
                              fix="send fewer transfers per request, or raise SANCTIONEER_API_MAX_BYTES")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await _refuse(send, error)
                    return
        # The body is read whole before the app sees it (it is at most max_bytes): a body that
        # grows past the cap while streaming is refused before any work is done on it.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client left
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await _refuse(send, error)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(send: Send, error: TooLargeError) -> None:
    status, _ = status_of(error)
    body = json.dumps(error_body(error)).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
