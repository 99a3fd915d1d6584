"""The claim-provenance report: one view model, one writer per format.

:func:`build_report` turns claims, findings and verdicts into a :class:`ReportData`;
:func:`render_report` writes it as ``html`` (default), ``md``, ``json``, ``claimreview``
(schema.org JSON-LD) or ``prov`` (W3C PROV-JSON).
"""

from __future__ import annotations

from factcheck.report.build import build_report
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
from factcheck.report.render import REPORT_FORMATS, ReportFormat, render_report

__all__ = [
    "REPORT_FORMATS",
    "ChainLinkView",
    "ClaimView",
    "DocumentView",
    "EvidenceView",
    "FindingView",
    "ProvenanceView",
    "ReportData",
    "ReportFormat",
    "ReportSummary",
    "SpanView",
    "TextRun",
    "TimelineEntry",
    "VerdictView",
    "build_report",
    "render_report",
]
