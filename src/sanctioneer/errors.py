"""Errors: one base class; each subclass says where the problem is and how to fix it."""

from __future__ import annotations

__all__ = [
    "InputError",
    "ListError",
    "RulebookError",
    "SanctioneerError",
    "StoreError",
]


class SanctioneerError(Exception):
    """Base of every error the library raises on purpose.

    The message is complete: what was expected, what came, where, and the fix.
    The CLI prints it on one line and exits with status 2.
    """

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None, fix: str | None = None) -> None:
        self.where = where
        self.fix = fix
        self.detail = message
        text = message
        if where:
            text = f"{where}: {text}"
        if fix:
            text = f"{text} ({fix})"
        super().__init__(text)


class InputError(SanctioneerError):
    """A transfer, file or option given by the user is not valid."""


class RulebookError(SanctioneerError):
    """A rulebook file is malformed: names the file and the key path."""


class ListError(SanctioneerError):
    """A sanctions list file or download is unusable."""


class StoreError(SanctioneerError):
    """The local store cannot be opened or written."""
