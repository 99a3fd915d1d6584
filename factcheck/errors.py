"""Exceptions raised by factcheck.

Bad data in claim files is reported as :class:`Problem` records collected into one
exception per file; misuse of the API raises at once. Every exception derives from
:class:`FactcheckError`, and each class carries the exit status the command line uses::

    FactcheckError                exit 2   anything factcheck raises on purpose
    +-- ConfigError (ValueError)  exit 2   bad configuration or arguments
    |   +-- UnknownRuleError      exit 2   a rule code or prefix that is not registered
    |   +-- DuplicateRuleError    exit 2   two rules registered under one code
    +-- ClaimsFileError           exit 2   a claim file that cannot be read or is invalid
    +-- ExtractionError           exit 2   input that cannot be turned into a document
    +-- ReportError               exit 2   an output that cannot be written

Exit status 1 is reserved for "findings at or above the fail level" and 0 for success.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ClaimsFileError",
    "ConfigError",
    "DuplicateRuleError",
    "ExtractionError",
    "FactcheckError",
    "Problem",
    "ReportError",
    "UnknownRuleError",
]


class FactcheckError(Exception):
    """Base class of every exception factcheck raises on purpose."""

    exit_code: int = 2


class ConfigError(FactcheckError, ValueError):
    """Configuration or arguments that factcheck cannot use."""


class UnknownRuleError(ConfigError):
    """A rule code or prefix that matches no registered rule."""


class DuplicateRuleError(ConfigError):
    """Two rules registered under the same code or name."""


class ExtractionError(FactcheckError):
    """Input that cannot be turned into a document (binary data, bad encoding)."""


class ReportError(FactcheckError):
    """An output that cannot be produced or written."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a claim file, with where it was found.

    ``line`` and ``column`` are 1-based; 0 means the position is not known (for example
    a file that could not be decoded at all). ``field`` is the dotted path of the value
    inside the file (``claims[3].value.interval``).
    """

    path: str
    line: int
    column: int
    message: str
    field: str = ""
    claim_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        parts = [where]
        if self.claim_id:
            parts.append(f"claim {self.claim_id}")
        if self.field:
            parts.append(self.field)
        return ": ".join(parts) + f": {self.message}"


class ClaimsFileError(FactcheckError):
    """A claim file that cannot be loaded; ``problems`` lists *all* that was wrong."""

    def __init__(self, path: str | Path, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{self.path}: {count} problem{'s' if count != 1 else ''}"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))
