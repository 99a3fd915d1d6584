"""``build_report``: claims, findings and verdicts -> one :class:`~factcheck.report.model.ReportData`.

This is the only place that reads the claim model; writers read the view model. The build
is a pure function: the same inputs give an equal ReportData, in canonical order (documents
by id, claims by position in their text, findings by file position).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from factcheck._version import __version__
from factcheck.claims import Claim, QuantityClaim, claim_time
from factcheck.claimset import ClaimSet, Location
from factcheck.describe import describe_claim
from factcheck.document import Document, Span
from factcheck.entities import Entity
from factcheck.errors import ReportError
from factcheck.findings import Finding, Severity
from factcheck.provenance import AttributionLink
from factcheck.report.model import (
    ChainLinkView,
    ClaimView,
    DocumentView,
    EvidenceView,
    FindingView,
    ProvenanceView,
    ReportData,
    ReportSummary,
    SpanView,
    TextRun,
    TimelineEntry,
    VerdictView,
)
from factcheck.report.reading import read_quantity, read_time
from factcheck.verdicts import Evidence, Verdict, VerdictLabel, Verdicts

__all__ = ["build_report"]

_KINDS = ("quantity", "event", "statement", "stance", "relation")


def build_report(
    claims: ClaimSet,
    findings: Iterable[Finding] = (),
    verdicts: Verdicts | None = None,
    *,
    sources: ClaimSet | None = None,
    locations: Mapping[str, Location] | None = None,
    title: str | None = None,
    checked: bool = False,
) -> ReportData:
    """The view model of a claim-provenance report.

    Args:
        claims: the claims to report, with their documents and entities.
        findings: findings of the checks (any order; sorted here).
        verdicts: verdicts on the claims; a verdict on a claim that is not in ``claims``
            raises :class:`~factcheck.errors.ReportError`.
        sources: the claim sets the verdicts were drawn from, for publisher names.
        locations: where each claim is written (``path:line:column``), by claim id.
        title: the report's title; by default the first document's title.
        checked: True when the checks ran, so that no findings means "clean".
    """
    entities = _entity_table(claims, sources)
    finding_list = sorted(findings, key=lambda f: f.sort_key())
    finding_views = tuple(_finding_view(f) for f in finding_list)
    counts: dict[str, int] = {}
    for claim in claims.claims:
        counts[claim.document] = counts.get(claim.document, 0) + 1
    ordered = sorted(claims.claims, key=lambda c: (-counts[c.document], *_claim_order(c)))
    known = {claim.id for claim in ordered}
    verdict_table: dict[str, Verdict] = {}
    for verdict in verdicts or ():
        if verdict.claim_id not in known:
            raise ReportError(f"verdict on claim {verdict.claim_id!r}, which is not among the reported claims")
        if verdict.claim_id in verdict_table:
            raise ReportError(f"two verdicts on claim {verdict.claim_id!r}")
        verdict_table[verdict.claim_id] = verdict
    by_claim: dict[str, list[FindingView]] = {}
    for view in finding_views:
        for claim_id in dict.fromkeys(view.claim_ids):
            by_claim.setdefault(claim_id, []).append(view)
    documents = {document.id: document for document in claims.documents}
    claim_views = tuple(
        _claim_view(
            claim,
            documents.get(claim.document),
            entities,
            tuple(by_claim.get(claim.id, ())),
            verdict_table.get(claim.id),
            locations,
        )
        for claim in ordered
    )
    per_document: dict[str, list[Claim]] = {}
    for claim in ordered:
        per_document.setdefault(claim.document, []).append(claim)
    # The article with the most claims first (the one under study, its sources after it), then by id.
    rank = {
        d.id: index
        for index, d in enumerate(sorted(claims.documents, key=lambda d: (-len(per_document.get(d.id, ())), d.id)))
    }
    document_views = tuple(
        _document_view(document, per_document.get(document.id, []), entities)
        for document in sorted(claims.documents, key=lambda d: rank[d.id])
    )
    summary = ReportSummary(
        documents=len(document_views),
        claims=len(claim_views),
        claims_by_kind={kind: sum(1 for c in claim_views if c.kind == kind) for kind in _KINDS},
        findings=len(finding_views),
        findings_by_severity={s.value: sum(1 for f in finding_views if f.severity == s.value) for s in _SEVERITIES},
        verdicts=len(verdict_table),
        verdicts_by_label={
            label.value: sum(1 for v in verdict_table.values() if v.label is label) for label in VerdictLabel
        },
    )
    return ReportData(
        generator=f"factcheck {__version__}",
        title=title or _default_title(document_views),
        summary=summary,
        documents=document_views,
        claims=claim_views,
        findings=finding_views,
        checked=checked,
        verified=verdicts is not None,
    )


_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _default_title(documents: tuple[DocumentView, ...]) -> str:
    for document in documents:
        if document.title:
            return document.title
    return "factcheck report"


def _claim_order(claim: Claim) -> tuple[str, int, int, str, tuple[tuple[int, int], ...], str]:
    span = claim.span
    others = tuple((s.start, s.end) for s in claim.provenance.spans[1:])
    return (claim.document, span.start, span.end, claim.kind, others, claim.id)


def _entity_table(claims: ClaimSet, sources: ClaimSet | None) -> dict[str, Entity]:
    table: dict[str, Entity] = {}
    for claim_set in (claims, sources):
        if claim_set is not None:
            for entity in claim_set.entities:
                table.setdefault(entity.id, entity)
    return table


def _display(name_or_id: str | None, entities: Mapping[str, Entity]) -> str | None:
    if name_or_id is None:
        return None
    entity = entities.get(name_or_id)
    return entity.name if entity else name_or_id


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span_view(span: Span) -> SpanView:
    return SpanView(document=span.document, start=span.start, end=span.end, text=span.text)


def _finding_view(finding: Finding) -> FindingView:
    return FindingView(
        code=finding.code,
        name=finding.name,
        severity=finding.severity.value,
        message=finding.message,
        location=finding.location,
        claim_ids=finding.claim_ids,
        excerpts=tuple(_span_view(span) for span in finding.spans),
        url=finding.url,
    )


def _link_view(link: AttributionLink, entities: Mapping[str, Entity]) -> ChainLinkView:
    agent = link.agent
    entity = entities.get(agent.entity) if agent.entity else None
    return ChainLinkView(
        agent=agent.text,
        entity=agent.entity,
        name=entity.name if entity else None,
        entity_kind=entity.kind.value if entity else None,
        cue=link.cue,
        date=read_time(link.date),
        mode=link.mode.value,
        resolved_pronoun=agent.is_pronoun and agent.entity is not None,
    )


def _claim_view(
    claim: Claim,
    document: Document | None,
    entities: Mapping[str, Entity],
    findings: tuple[FindingView, ...],
    verdict: Verdict | None,
    locations: Mapping[str, Location] | None,
) -> ClaimView:
    provenance = claim.provenance
    segment = document.segment_at(claim.span) if document else None
    location = locations.get(claim.id) if locations else None
    return ClaimView(
        id=claim.id,
        kind=claim.kind,
        text=claim.text,
        summary=describe_claim(claim),
        value=read_quantity(claim.value, claim.counted) if isinstance(claim, QuantityClaim) else None,
        time=read_time(claim_time(claim)),
        modality=claim.modality.value,
        polarity=claim.polarity.value,
        chain=tuple(_link_view(link, entities) for link in provenance.chain),
        chain_text=provenance.chain_text(),
        provenance=ProvenanceView(
            document=provenance.document,
            document_title=document.title if document else None,
            start=claim.span.start,
            end=claim.span.end,
            spans=tuple(_span_view(span) for span in provenance.spans),
            segment=segment.label.value if segment else None,
            extractor=provenance.method.extractor,
            rule=provenance.method.rule,
            version=provenance.method.version,
            location=str(location) if location else None,
        ),
        references=claim.references(),
        note=claim.note,
        findings=findings,
        verdict=_verdict_view(verdict, entities) if verdict else None,
    )


def _evidence_view(evidence: Evidence, entities: Mapping[str, Entity]) -> EvidenceView:
    return EvidenceView(
        claim_id=evidence.claim_id,
        document=evidence.document,
        relation=evidence.relation.value,
        publisher=_display(evidence.publisher, entities),
        url=evidence.url,
        published=_iso(evidence.published),
        score=evidence.score,
        excerpts=tuple(_span_view(span) for span in evidence.spans),
        origin=_display(evidence.origin, entities),
        independent=evidence.independent,
        published_after_claim=evidence.published_after_claim,
        reading=evidence.reading,
        explanation=evidence.explanation,
    )


def _verdict_view(verdict: Verdict, entities: Mapping[str, Entity]) -> VerdictView:
    evidence = tuple(_evidence_view(item, entities) for item in verdict.evidence)
    # Stable: evidence of the same time keeps the matcher's order.
    dated = sorted((e for e in evidence if e.published), key=lambda e: e.published or "")
    timeline: tuple[TimelineEntry, ...] = ()
    if len({e.published for e in dated}) >= 2:
        timeline = tuple(
            TimelineEntry(
                published=e.published or "",
                publisher=e.publisher,
                claim_id=e.claim_id,
                relation=e.relation,
                excerpt=e.excerpts[0].text if e.excerpts else "",
            )
            for e in dated
        )
    return VerdictView(
        label=verdict.label.value,
        rule=verdict.rule,
        explanation=verdict.explanation,
        reading=verdict.reading,
        evidence=evidence,
        timeline=timeline,
    )


def _document_view(document: Document, claims: list[Claim], entities: Mapping[str, Entity]) -> DocumentView:
    return DocumentView(
        id=document.id,
        title=document.title,
        publisher=_display(document.publisher, entities),
        publisher_id=document.publisher,
        url=document.url,
        published=_iso(document.published),
        published_basis=document.published_basis,
        language=document.language,
        sha256=document.sha256,
        derived_from=document.derived_from.name if document.derived_from else None,
        text=document.text,
        runs=_runs(document, claims),
        claim_ids=tuple(claim.id for claim in claims),
    )


def _runs(document: Document, claims: list[Claim]) -> tuple[TextRun, ...]:
    """Tile the text into runs, each covered by the same claims in one segment (a sweep over span ends)."""
    spans = [
        (c.span.start, c.span.end, c.id) for c in claims if c.span.end > c.span.start and document.span_matches(c.span)
    ]
    length = len(document.text)
    segments = sorted((s.start, s.end, s.label.value) for s in document.segments if s.end <= length)
    bounds = sorted(
        {
            0,
            length,
            *(s for s, _, _ in spans),
            *(e for _, e, _ in spans),
            *(s for s, _, _ in segments),
            *(e for _, e, _ in segments),
        }
    )
    starts = sorted(spans)
    active: list[tuple[int, int, str]] = []  # heap of (end, start, id)
    runs: list[TextRun] = []
    cursor = 0
    for left, right in itertools.pairwise(bounds):
        while cursor < len(starts) and starts[cursor][0] <= left:
            start, end, claim_id = starts[cursor]
            heapq.heappush(active, (end, start, claim_id))
            cursor += 1
        while active and active[0][0] <= left:
            heapq.heappop(active)
        covering = sorted(active, key=lambda item: (item[0] - item[1], item[1], item[2]))
        label = next((name for start, end, name in segments if start <= left and right <= end), None)
        runs.append(TextRun(start=left, end=right, claim_ids=tuple(item[2] for item in covering), segment=label))
    return tuple(_merge_runs(runs))


def _merge_runs(runs: list[TextRun]) -> list[TextRun]:
    merged: list[TextRun] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and (last.claim_ids, last.segment) == (run.claim_ids, run.segment):
            merged[-1] = TextRun(start=last.start, end=run.end, claim_ids=run.claim_ids, segment=run.segment)
        else:
            merged.append(run)
    return merged
