"""The ``factcheck`` command line: the one place that prints and sets exit codes.

Subcommands live in their own modules and are imported only when run, so
``factcheck --version`` stays fast. Exit codes: 0 success, 1 findings at or above the fail
level, 2 usage, input or internal error (see :mod:`factcheck.errors`).
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import click

from factcheck._version import __version__

__all__ = ["main"]

#: Subcommand name -> "module:function". Adding a command is one line here.
COMMANDS: dict[str, str] = {
    "baseline": "factcheck.cli.check_cmd:baseline",
    "check": "factcheck.cli.check_cmd:check",
    "extract": "factcheck.cli.extract_cmd:extract",
    "report": "factcheck.cli.report_cmd:report",
    "rule": "factcheck.cli.rules_cmd:rule",
    "rules": "factcheck.cli.rules_cmd:rules",
    "schema": "factcheck.cli.schema_cmd:schema",
    "show": "factcheck.cli.show_cmd:show",
    "verify": "factcheck.cli.verify_cmd:verify",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = target.split(":")
        command: click.Command = getattr(import_module(module_name), attribute)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Typed factual claims with provenance: check them, match them, report them."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns (and exits with) the exit code."""
    from factcheck.errors import FactcheckError

    try:
        code: Any = cli.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = 2
    except click.ClickException as exc:
        exc.show()
        code = 2 if exc.exit_code not in (0, 1) else exc.exit_code
    except FactcheckError as exc:
        click.echo(f"error: {exc}", err=True)
        code = exc.exit_code
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        code = 2
    except BrokenPipeError:
        code = 0
    except Exception as exc:
        click.echo(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in factcheck; please report it with the command you ran.",
            err=True,
        )
        code = 2
    exit_code = code if isinstance(code, int) else 0
    if argv is None:
        sys.exit(exit_code)
    return exit_code
