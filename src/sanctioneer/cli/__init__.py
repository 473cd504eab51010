"""The `sanctioneer` command: a thin shell that parses options, calls the library and renders."""

from __future__ import annotations

import io
import os
import sys

import click

from sanctioneer.cli.assess import assess_command
from sanctioneer.cli.audit import audit_group
from sanctioneer.cli.batch import batch_command
from sanctioneer.cli.classify import classify_command
from sanctioneer.cli.documents import extract_command
from sanctioneer.cli.keys import keys_group
from sanctioneer.cli.lists import lists_group
from sanctioneer.cli.review import review_command
from sanctioneer.cli.rulebook import rulebook_group
from sanctioneer.cli.screen import screen_command
from sanctioneer.cli.serve import serve_command
from sanctioneer.errors import SanctioneerError

__all__ = ["OutputError", "cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sanctioneer")
def cli() -> None:
    """Is this transfer of goods allowed under sanctions?

    Answers prohibited, review or permitted under the UN Security Council DPRK
    measures as they stood on the transfer's date, citing resolution, paragraph
    and annex for every reason.
    """
    from sanctioneer.settings import get_settings

    # A setting that contradicts itself or another is refused before any command runs.
    get_settings()


cli.add_command(assess_command)
cli.add_command(rulebook_group)
cli.add_command(classify_command)
cli.add_command(screen_command)
cli.add_command(lists_group)
cli.add_command(serve_command)
cli.add_command(keys_group)
cli.add_command(audit_group)
cli.add_command(review_command)
cli.add_command(batch_command)
cli.add_command(extract_command)


class OutputError(SanctioneerError):
    """Standard output cannot be written: closed, or on a full or failing device."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; errors become one line on stderr and exit status 2, never a traceback."""
    from sanctioneer.cli.render import escape

    if sys.stdout is None:
        # Started with standard output closed: every command's answer would be lost (or, worse,
        # written into whatever file next takes its place), so none runs.
        click.echo("error: standard output is closed: the answer would be lost "
                   "(redirect it to a file or a pipe instead)", err=True)
        return 2
    try:
        result = cli.main(args=argv, prog_name="sanctioneer", standalone_mode=False)
        sys.stdout.flush()
    except SanctioneerError as exc:
        click.echo(f"error: {escape(str(exc))}", err=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:
        click.echo(f"internal error: {type(exc).__name__}: {exc} (please report this)", err=True)
        return 1
    return result if isinstance(result, int) else 0


class _Stdout(io.RawIOBase):
    """File descriptor 1, telling a reader that left early from an output that cannot be written.

    A reader that closes the pipe early (`| head`) has all it wants: the rest is dropped and the
    command finishes, so its exit status still says what it found (`--fail-on` included). Any
    other failure (a full disk, a bad descriptor) is an error: the answer did not arrive.
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._done = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(data)
        if self._done:
            return size
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            self._done = True
            return size
        except OSError as exc:
            self._done = True
            raise OutputError(f"cannot write the output: {exc.strerror}", where="standard output",
                              fix="free space on the device or write somewhere else") from None


def _entry() -> None:
    stdout = sys.stdout
    if stdout is not None:
        try:
            fd = stdout.fileno()
        except (OSError, ValueError):
            fd = -1
        if fd >= 0:
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Stdout(fd)), encoding=stdout.encoding,
                                          errors=stdout.errors, line_buffering=bool(stdout.line_buffering))
    sys.exit(main())


if __name__ == "__main__":
    _entry()
