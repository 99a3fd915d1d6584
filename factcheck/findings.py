"""Findings: what a rule reports, in the shape of pydantic's ``ErrorDetails``.

A :class:`Finding` names its rule (``code`` and ``name``), its :class:`Severity`, a message,
the claims and spans that decided it, and where the first claim is written in its claim
file (``path:line:column``). ``context`` holds the values the message was built from, so
machine-readable outputs do not have to parse messages.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from pydantic import Field

from factcheck._model import FrozenModel
from factcheck.document import Span

__all__ = ["ContextValue", "Finding", "Severity"]

ContextValue = str | int | float | bool | None


class Severity(StrEnum):
    """How serious a finding is; ``--fail-level`` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is ``other`` or more serious."""
        return self.rank >= other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Finding(FrozenModel):
    """One problem found by one rule."""

    code: str = Field(pattern=r"^FC[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    severity: Severity
    message: str = Field(min_length=1)
    claim_ids: tuple[str, ...] = ()
    spans: tuple[Span, ...] = Field(default=(), description="The spans that decided the finding, quoted in output.")
    path: str | None = Field(default=None, description="Claim file of the first claim (or the file at fault).")
    line: int = Field(default=0, ge=0, description="1-based; 0 when unknown.")
    column: int = Field(default=0, ge=0)
    context: dict[str, ContextValue] = Field(default_factory=dict)
    url: str | None = Field(default=None, description="The rule's documentation page.")

    @property
    def fingerprint(self) -> str:
        """A stable identity for baselines: rule, claims and message, not the line (lines move)."""
        key = "|".join([self.code, *self.claim_ids, self.message])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def location(self) -> str:
        """``path:line:column``, or the path alone when the line is unknown."""
        if self.path is None:
            return "<claims>"
        return f"{self.path}:{self.line}:{self.column}" if self.line else self.path

    def sort_key(self) -> tuple[str, int, int, str, tuple[str, ...], str]:
        """The canonical order of findings in every output."""
        return (self.path or "", self.line, self.column, self.code, self.claim_ids, self.message)
