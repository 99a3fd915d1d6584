"""The report's view model: everything a writer shows, computed once by :func:`build_report`.

Writers (HTML, Markdown, JSON, ClaimReview, PROV) read only a :class:`ReportData`; none of
them looks at claims, findings or verdicts directly, so every format shows the same content.
Values that come from input (article text, titles, names, URLs) are stored as given; the
writers escape them for their format.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from factcheck._model import FrozenModel

__all__ = [
    "REPORT_FORMAT_VERSION",
    "ChainLinkView",
    "ClaimView",
    "DocumentView",
    "EvidenceView",
    "FindingView",
    "ProvenanceView",
    "ReportData",
    "ReportSummary",
    "SpanView",
    "TextRun",
    "TimelineEntry",
    "VerdictView",
]

REPORT_FORMAT_VERSION: Literal[1] = 1


class SpanView(FrozenModel):
    """A quoted stretch of a document: where it is and what it says."""

    document: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class TextRun(FrozenModel):
    """A stretch of a document's text covered by the same claims (none for plain text).

    Runs tile the text without gaps, so a writer can highlight overlapping claim spans.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    claim_ids: tuple[str, ...] = Field(default=(), description="Covering claims, shortest span first.")
    segment: str | None = Field(default=None, description="The label of the segment holding the run, if any.")


class DocumentView(FrozenModel):
    """A document of the report, with its text tiled into runs for highlighting."""

    id: str
    title: str | None = None
    publisher: str | None = Field(default=None, description="The publisher's display name.")
    publisher_id: str | None = Field(default=None, description="The publisher as written in the claim file.")
    url: str | None = None
    published: str | None = Field(default=None, description="ISO date or date-time.")
    published_basis: str | None = None
    language: str
    sha256: str
    derived_from: str | None = Field(default=None, description="The original a syndicated copy names.")
    text: str
    runs: tuple[TextRun, ...]
    claim_ids: tuple[str, ...] = Field(description="The document's claims, in text order.")


class ChainLinkView(FrozenModel):
    """One link of an attribution chain: ``Bild (reported, 2024-05-27)``."""

    agent: str = Field(description="The agent as written.")
    entity: str | None = Field(default=None, description="The agent's entity id, when resolved.")
    name: str | None = Field(default=None, description="The entity's display name, when known.")
    entity_kind: str | None = Field(
        default=None, description="The entity's kind ('person', 'media_outlet'), when known."
    )
    cue: str
    date: str | None = Field(default=None, description="The link's date as read, when given.")
    mode: Literal["direct", "indirect"]
    resolved_pronoun: bool = Field(default=False, description="True when the agent is a pronoun resolved here.")


class ProvenanceView(FrozenModel):
    """Where a claim comes from: document, offsets, the extractor and the claim file."""

    document: str
    document_title: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    spans: tuple[SpanView, ...]
    segment: str | None = Field(default=None, description="The labelled segment holding the span.")
    extractor: str
    rule: str
    version: str
    location: str | None = Field(default=None, description="path:line:column of the claim in its claim file.")


class FindingView(FrozenModel):
    """A finding of the checks, as shown."""

    code: str
    name: str
    severity: Literal["error", "warning", "info"]
    message: str
    location: str
    claim_ids: tuple[str, ...] = ()
    excerpts: tuple[SpanView, ...] = ()
    url: str | None = None


class EvidenceView(FrozenModel):
    """One evidence claim of another source."""

    claim_id: str
    document: str
    relation: Literal["supports", "refines", "contradicts", "supersedes", "related"]
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    score: float
    excerpts: tuple[SpanView, ...] = ()
    origin: str | None = None
    independent: bool = True
    published_after_claim: bool = False
    reading: str | None = None
    explanation: str = ""


class TimelineEntry(FrozenModel):
    """A dated piece of evidence on a verdict's timeline (how a figure changed)."""

    published: str
    publisher: str | None = None
    claim_id: str
    relation: str
    excerpt: str


class VerdictView(FrozenModel):
    """The verdict on a claim, its evidence and, where dates differ, its timeline."""

    label: Literal["supported", "refined", "contradicted", "superseded", "not_enough_info"]
    rule: str
    explanation: str
    reading: str | None = None
    evidence: tuple[EvidenceView, ...] = ()
    timeline: tuple[TimelineEntry, ...] = Field(
        default=(), description="Dated evidence in time order; empty unless two or more dates differ."
    )


class ClaimView(FrozenModel):
    """A claim as the report shows it."""

    id: str
    kind: Literal["quantity", "event", "statement", "stance", "relation"]
    text: str
    summary: str = Field(description="What the claim says, normalised, in one line.")
    value: str | None = Field(default=None, description="A figure as a person reads it: 'more than 70 UAVs (70, inf)'.")
    time: str | None = Field(default=None, description="The claim's date as read: '2024-04-13 (day)'.")
    modality: str
    polarity: str
    chain: tuple[ChainLinkView, ...] = ()
    chain_text: str = Field(default="", description="The chain as a person reads it: 'NV > Bild > NATO'.")
    provenance: ProvenanceView
    references: tuple[str, ...] = Field(default=(), description="Ids of claims this claim points to.")
    note: str | None = None
    findings: tuple[FindingView, ...] = ()
    verdict: VerdictView | None = None


class ReportSummary(FrozenModel):
    """Counts for the top of the report; every key present, zeros included."""

    documents: int
    claims: int
    claims_by_kind: dict[str, int]
    findings: int
    findings_by_severity: dict[str, int]
    verdicts: int
    verdicts_by_label: dict[str, int]


class ReportData(FrozenModel):
    """Everything a report shows, in canonical order."""

    format_version: Literal[1] = REPORT_FORMAT_VERSION
    generator: str = Field(description="'factcheck <version>'.")
    title: str
    summary: ReportSummary
    documents: tuple[DocumentView, ...] = ()
    claims: tuple[ClaimView, ...] = ()
    findings: tuple[FindingView, ...] = Field(default=(), description="Every finding, claim-bound or not.")
    checked: bool = Field(default=False, description="True when the checks ran (no findings then means clean).")
    verified: bool = Field(default=False, description="True when verdicts were given.")

    def claim(self, claim_id: str) -> ClaimView | None:
        """The claim with ``claim_id``, if the report has it."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None
