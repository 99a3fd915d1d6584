"""Settings for ``factcheck check``: the ``[tool.factcheck]`` table, validated by pydantic.

The settings live in ``factcheck.toml`` (keys at the top level, or under
``[tool.factcheck]``) or in ``pyproject.toml`` under ``[tool.factcheck]``. :func:`find_config`
looks for them upward from a starting folder, ``factcheck.toml`` first in each folder.
Keys are kebab-case as in ruff (``extend-select``, ``fail-level``, ``bare-reading``); an
unknown key is a :class:`~factcheck.errors.ConfigError` naming the file, the line and the
nearest valid key. Command-line options win over the file (:meth:`CheckConfig.merged`).

Example ``pyproject.toml``::

    [tool.factcheck]
    select = ["FC"]
    ignore = ["FC402"]
    fail-level = "warning"
    tolerance = 0.1
    bare-reading = "exact"
    baseline = "factcheck-baseline.json"

    [tool.factcheck.severity]
    FC105 = "warning"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, Field, ValidationError, field_validator

from factcheck._model import FrozenModel
from factcheck.errors import ConfigError
from factcheck.findings import Severity
from factcheck.quantity import DEFAULT_TOLERANCE, BareReading

__all__ = ["CONFIG_FILES", "OUTPUT_FORMATS", "CheckConfig", "OutputFormat", "find_config", "load_config"]

OutputFormat = Literal["text", "json", "sarif", "junit", "github", "gitlab"]
OUTPUT_FORMATS: tuple[str, ...] = ("text", "json", "sarif", "junit", "github", "gitlab")
#: The files searched in each folder, in this order.
CONFIG_FILES = ("factcheck.toml", "pyproject.toml")

_SELECTOR = r"^(FC[0-9]{0,3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$"


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class CheckConfig(FrozenModel):
    """What to check and how to judge it; every field has the default ``factcheck check`` uses.

    ``select`` replaces the default set (every stable rule), ``extend_select`` adds to it,
    ``ignore`` removes from it; each entry is a code (``FC301``), a prefix (``FC3``) or a
    rule name. Preview rules run only with ``preview`` or when selected by their exact code.
    """

    model_config = ConfigDict(alias_generator=_kebab, populate_by_name=True)

    select: tuple[str, ...] | None = Field(default=None, description="Rules to run instead of all stable rules.")
    ignore: tuple[str, ...] = Field(default=(), description="Rules not to run.")
    extend_select: tuple[str, ...] = Field(default=(), description="Rules to run in addition to the selection.")
    fail_level: Severity = Field(default=Severity.WARNING, description="Exit 1 when a finding is at least this severe.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Severity overrides by rule code.")
    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0.0, lt=1.0, description="Width of 'about', 'nearly'.")
    bare_reading: BareReading = Field(default=BareReading.EXACT, description="How a bare number is read.")
    preview: bool = Field(default=False, description="Also run rules in preview.")
    baseline: Path | None = Field(default=None, description="Findings recorded here are not reported.")
    output_format: OutputFormat = Field(default="text", description="The default --format.")

    @field_validator("select", "ignore", "extend_select")
    @classmethod
    def _check_selectors(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        for item in value:
            if not re.match(_SELECTOR, item.strip()):
                raise ValueError(f"{item!r} is neither a rule code or prefix (FC3, FC301) nor a rule name")
        return tuple(item.strip() for item in value)

    @field_validator("severity")
    @classmethod
    def _check_codes(cls, value: dict[str, Severity]) -> dict[str, Severity]:
        for code in value:
            if not re.match(r"^FC[0-9]{3}$", code):
                raise ValueError(f"severity override key {code!r} is not a rule code like 'FC301'")
        return value

    def merged(self, overrides: Mapping[str, Any]) -> CheckConfig:
        """A copy with ``overrides`` (field names; ``None`` values are ignored) applied and validated."""
        data = self.model_dump()
        data.update({key: value for key, value in overrides.items() if value is not None})
        try:
            return CheckConfig.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(_describe(exc, "command line", None)) from exc


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest ``factcheck.toml``, or ``pyproject.toml`` with ``[tool.factcheck]``, at or above ``start``."""
    folder = Path(start) if start is not None else Path.cwd()
    folder = folder.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name == "factcheck.toml" or _has_factcheck_table(path)):
                return path
    return None


def _has_factcheck_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*factcheck\s*[\].]", text, re.MULTILINE) is not None


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> CheckConfig:
    """The settings in ``path``, or in the file :func:`find_config` finds from ``start``; defaults if none.

    A relative ``baseline`` is resolved against the folder of the file that names it.
    Raises :class:`~factcheck.errors.ConfigError` for unreadable TOML or invalid values,
    naming the file and line.
    """
    if path is None:
        path = find_config(start)
        if path is None:
            return CheckConfig()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: configuration file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration file: {exc}") from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    table = document.get("tool", {}).get("factcheck")
    if path.name == "factcheck.toml" and table is None:
        table = {key: value for key, value in document.items() if key != "tool"}
    if table is None:
        return CheckConfig()
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    _reject_unknown_keys(table, path, text)
    try:
        config = CheckConfig.model_validate(table)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, str(path), text)) from exc
    if config.baseline is not None and not config.baseline.is_absolute():
        config = config.model_copy(update={"baseline": path.parent / config.baseline})
    return config


def _valid_keys() -> list[str]:
    return sorted(_kebab(name) for name in CheckConfig.model_fields)


def _reject_unknown_keys(table: dict[str, Any], path: Path, text: str) -> None:
    valid = _valid_keys()
    problems = []
    for key in table:
        if key in valid:
            continue
        line = _line_of(text, key)
        hint = _nearest(key, valid)
        where = f"{path}:{line}:1" if line else str(path)
        problems.append(
            f"{where}: unknown key {key!r} in [tool.factcheck]"
            + (f"; did you mean {hint!r}?" if hint else f"; valid keys are {', '.join(valid)}")
        )
    if problems:
        raise ConfigError("\n".join(problems))


def _nearest(key: str, valid: list[str]) -> str | None:
    from rapidfuzz import process

    best = process.extractOne(key.replace("_", "-"), valid, score_cutoff=60)
    return best[0] if best else None


def _line_of(text: str, key: str) -> int:
    """The 1-based line where ``key`` is assigned (first match), or 0."""
    pattern = re.compile(r"^[ \t]*[\"']?" + re.escape(key) + r"[\"']?[ \t]*(=|\.)", re.MULTILINE)
    match = pattern.search(text)
    if match is None:
        header = re.compile(r"^[ \t]*\[[^\]\n]*\b" + re.escape(key) + r"[\"']?[ \t]*\]", re.MULTILINE)
        match = header.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def _describe(exc: ValidationError, where: str, text: str | None) -> str:
    lines = []
    for error in exc.errors(include_url=False):
        key = ".".join(str(part) for part in error["loc"])
        top = str(error["loc"][0]) if error["loc"] else ""
        line = _line_of(text, top) if text and top else 0
        place = f"{where}:{line}:1" if line else where
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{place}: {key}: {message} (got {error.get('input')!r})")
    return "\n".join(lines)
