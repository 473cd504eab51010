"""Errors of the HTTP service and the one table mapping every error class to its HTTP status.

A body says what went wrong and how to fix it, never how the server is built: no traceback, no
file path of the server's own (a store error names no path), no exception class of a library.
"""

from __future__ import annotations

from typing import Any

from sanctioneer.errors import InputError, ListError, RulebookError, SanctioneerError, StoreError

__all__ = ["STATUS", "AuthError", "NotFoundError", "RateLimitError", "TooLargeError", "error_body", "status_of"]


class AuthError(SanctioneerError):
    """No API key was given, or the key given is unknown or revoked."""


class RateLimitError(SanctioneerError):
    """The key has made more requests than its rate allows; `retry_after` says when to try again."""

    def __init__(self, message: str, *, retry_after: float, where: str | None = None, fix: str | None = None) -> None:
        super().__init__(message, where=where, fix=fix)
        self.retry_after = retry_after


class TooLargeError(SanctioneerError):
    """The request body is larger than the server accepts."""


class NotFoundError(SanctioneerError):
    """The thing asked for (a measure, a decision, a path) does not exist."""


#: error class -> (HTTP status, the `error` word of the body); the most specific class wins.
STATUS: dict[type[SanctioneerError], tuple[int, str]] = {
    AuthError: (401, "unauthorized"),
    NotFoundError: (404, "not_found"),
    TooLargeError: (413, "too_large"),
    InputError: (422, "invalid_input"),
    RateLimitError: (429, "rate_limited"),
    RulebookError: (500, "rulebook"),
    ListError: (503, "lists_unavailable"),
    StoreError: (503, "store_unavailable"),
    SanctioneerError: (500, "error"),
}

# Errors whose `where` names something on the server (a file of the store or rulebook): left out.
_SERVER_SIDE = (StoreError, RulebookError, ListError)


def status_of(error: SanctioneerError) -> tuple[int, str]:
    """Return the HTTP status and error word for an error, from the first class in its lineage in STATUS."""
    for cls in type(error).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500, "error"


def error_body(error: SanctioneerError) -> dict[str, Any]:
    """The JSON body of an error: `detail` (as yente gives it), the error word, where and the fix."""
    server_side = isinstance(error, _SERVER_SIDE)
    where = None if server_side else error.where
    detail = error.detail if server_side else str(error)
    return {"detail": detail, "error": status_of(error)[1], "where": where, "fix": error.fix}
