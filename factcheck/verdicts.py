"""Verdicts: what other sources say about a claim, with the evidence that decided it.

This module holds the vocabulary only (labels, evidence, verdicts) so that the matcher
(:mod:`factcheck.match`) and the report (:mod:`factcheck.report`) speak one language.
The labels are DESIGN.md's: ``supported`` and ``refined`` (an independent source
states a compatible value, or a strictly more specific one), ``contradicted`` and
``superseded`` (a conflicting value; a later one by the same originator),
``not_enough_info`` (nothing comparable found).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum

from pydantic import Field

from factcheck._model import ID_PATTERN, FrozenModel
from factcheck.document import Span

__all__ = ["Evidence", "EvidenceRelation", "Verdict", "VerdictLabel", "Verdicts"]


class VerdictLabel(StrEnum):
    """The verdict on one claim (DESIGN.md, "Verdicts")."""

    SUPPORTED = "supported"
    REFINED = "refined"
    CONTRADICTED = "contradicted"
    SUPERSEDED = "superseded"
    NOT_ENOUGH_INFO = "not_enough_info"


class EvidenceRelation(StrEnum):
    """How one evidence claim bears on the claim under judgement."""

    SUPPORTS = "supports"
    REFINES = "refines"
    CONTRADICTS = "contradicts"
    SUPERSEDES = "supersedes"
    RELATED = "related"
    """Comparable but neither for nor against (shown, does not decide)."""


class Evidence(FrozenModel):
    """One claim of another source, compared with the claim under judgement."""

    claim_id: str = Field(pattern=ID_PATTERN)
    document: str = Field(pattern=ID_PATTERN, description="Id of the evidence claim's document.")
    publisher: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    relation: EvidenceRelation
    score: float = Field(ge=0.0, le=100.0, description="Match score (rapidfuzz scale, 0-100).")
    spans: tuple[Span, ...] = Field(default=(), description="The evidence claim's spans, quoted as excerpts.")
    origin: str | None = Field(
        default=None,
        description="Independence group: the originator the evidence traces back to (one origin, one voice).",
    )
    independent: bool = Field(default=True, description="False for a copy of, or a citation of, the judged source.")
    published_after_claim: bool = Field(
        default=False, description="Published after the judged claim's document (hindsight, marked as such)."
    )
    reading: str | None = Field(default=None, description="The reading under which the comparison holds.")
    explanation: str = Field(default="", description="Why this evidence relates as it does, in words.")


class Verdict(FrozenModel):
    """The verdict on one claim: label, the rule that decided it, explanation and evidence."""

    claim_id: str = Field(pattern=ID_PATTERN)
    label: VerdictLabel
    rule: str = Field(min_length=1, description="The matching rule that decided the label (e.g. quantity-interval).")
    explanation: str = Field(min_length=1)
    reading: str | None = Field(default=None, description="The reading that decided it, when readings differ.")
    evidence: tuple[Evidence, ...] = ()

    @property
    def deciding_evidence(self) -> tuple[Evidence, ...]:
        """The evidence that is independent and not merely related (copies and citations decide nothing)."""
        return tuple(
            item for item in self.evidence if item.relation is not EvidenceRelation.RELATED and item.independent
        )


class Verdicts(FrozenModel):
    """Verdicts for a set of claims, sorted by claim id."""

    verdicts: tuple[Verdict, ...] = ()

    def __iter__(self) -> Iterator[Verdict]:  # type: ignore[override]
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def get(self, claim_id: str) -> Verdict | None:
        """The verdict on ``claim_id``, or None."""
        for verdict in self.verdicts:
            if verdict.claim_id == claim_id:
                return verdict
        return None

    def by_label(self) -> dict[VerdictLabel, int]:
        """How many verdicts carry each label (every label present, zeros included)."""
        counts = dict.fromkeys(VerdictLabel, 0)
        for verdict in self.verdicts:
            counts[verdict.label] += 1
        return counts
