"""``factcheck check PATH...`` and ``factcheck baseline PATH... -o FILE``.

``check`` exits 0 when no reported finding is at or above the fail level, 1 when one is
(0 with ``--exit-zero``), and 2 for usage, configuration or input errors (an unknown rule
code, a malformed claim file: both name what and where).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck.config import OUTPUT_FORMATS
from factcheck.errors import ReportError

__all__ = ["baseline", "build_config", "check"]

F = TypeVar("F", bound=Callable[..., Any])


def _write(path: Path, text: str) -> None:
    """Write an output file atomically; an unwritable path is an input error (exit 2), not a crash."""
    from factcheck.files.dump import write_atomic

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the output: {exc.strerror or exc}") from exc


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """``--select FC1,FC2 --select FC3`` -> ``("FC1", "FC2", "FC3")``; ``None`` when not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _selection_overrides(
    select: tuple[str, ...], ignore: tuple[str, ...], extend_select: tuple[str, ...], preview: bool | None
) -> dict[str, object]:
    """The configuration overrides of the options `check` and `baseline` share."""
    return {
        "select": _split(select),
        "ignore": _split(ignore),
        "extend_select": _split(extend_select),
        "preview": preview,
    }


def _selection_options(function: F) -> F:
    options = [
        click.option("--select", multiple=True, help="Rules to run instead of the configured ones."),
        click.option("--ignore", multiple=True, help="Rules not to run."),
        click.option("--extend-select", multiple=True, help="Rules to run in addition."),
        click.option("--preview/--no-preview", default=None, help="Also run rules in preview."),
        click.option(
            "--config", "config_file", type=click.Path(dir_okay=False), help="Read settings from this TOML file."
        ),
        click.option("--no-config", is_flag=True, help="Ignore factcheck.toml and pyproject.toml settings."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def build_config(
    paths: tuple[str, ...],
    *,
    config_file: str | None,
    no_config: bool,
    overrides: dict[str, Any],
) -> Any:
    """The configuration from the file (found upward from the first path) with ``overrides`` applied."""
    from factcheck.config import CheckConfig, load_config

    if config_file and no_config:
        raise click.UsageError("--config and --no-config exclude each other")
    if no_config:
        config = CheckConfig()
    elif config_file:
        config = load_config(config_file)
    else:
        config = load_config(start=paths[0] if paths else None)
    return config.merged(overrides)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), help="Output format [default: text].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the output to FILE (atomically).")
@_selection_options
@click.option(
    "--fail-level",
    type=click.Choice(["error", "warning", "info"]),
    help="Exit 1 for findings at least this severe [default: warning].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are at or above the fail level.")
@click.option("--statistics", is_flag=True, help="Show a count per rule instead of each finding (text format).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Do not report findings in FILE.")
def check(
    paths: tuple[str, ...],
    output_format: str | None,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    preview: bool | None,
    config_file: str | None,
    no_config: bool,
    fail_level: str | None,
    exit_zero: bool,
    statistics: bool,
    baseline_file: str | None,
) -> int:
    """Check claim files (or folders of them) and report the findings.

    Exit 0 when nothing at or above the fail level was found, 1 when something was,
    2 for usage, configuration or input errors.
    """
    from factcheck.engine import check as run_check
    from factcheck.output import render, report_from_result

    config = build_config(
        paths,
        config_file=config_file,
        no_config=no_config,
        overrides={
            **_selection_overrides(select, ignore, extend_select, preview),
            "fail_level": fail_level,
            "baseline": baseline_file,
            "output_format": output_format,
        },
    )
    result = run_check(list(paths), config=config)
    if not result.files:
        click.echo(f"warning: no claim files (.yaml, .yml, .json) found in {', '.join(paths)}", err=True)
    text = render(config.output_format, report_from_result(result, show_statistics=statistics))
    if output:
        _write(Path(output), text)
    else:
        click.echo(text, nl=False)
    return 0 if exit_zero else result.exit_code


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The baseline file to write.")
@_selection_options
def baseline(
    paths: tuple[str, ...],
    output: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    preview: bool | None,
    config_file: str | None,
    no_config: bool,
) -> int:
    """Record the current findings in a baseline FILE, so that 'check --baseline FILE' reports only new ones."""
    from factcheck.baseline import write_baseline
    from factcheck.engine import check as run_check

    config = build_config(
        paths,
        config_file=config_file,
        no_config=no_config,
        overrides=_selection_overrides(select, ignore, extend_select, preview),
    )
    config = config.model_copy(update={"baseline": None})  # record everything, not what is already accepted
    result = run_check(list(paths), config=config)
    try:
        write_baseline(result.findings, output)
    except OSError as exc:
        raise ReportError(f"{output}: cannot write the baseline: {exc.strerror or exc}") from exc
    count = len({finding.fingerprint for finding in result.findings})
    click.echo(f"Wrote {count} finding{'s' if count != 1 else ''} to {output}.", err=True)
    return 0
