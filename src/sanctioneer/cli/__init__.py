"""The `sanctioneer` command: a thin shell that parses options, calls the library and renders."""

from __future__ import annotations

import sys

import click

from sanctioneer.cli.assess import assess_command
from sanctioneer.cli.classify import classify_command
from sanctioneer.cli.lists import lists_group
from sanctioneer.cli.rulebook import rulebook_group
from sanctioneer.cli.screen import screen_command

__all__ = ["cli", "main"]


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


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; errors become one line on stderr and exit status 2, never a traceback."""
    from sanctioneer.errors import SanctioneerError

    try:
        result = cli.main(args=argv, prog_name="sanctioneer", standalone_mode=False)
    except SanctioneerError as exc:
        click.echo(f"error: {exc}", err=True)
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


def _entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    _entry()
