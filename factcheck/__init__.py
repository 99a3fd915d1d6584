"""factcheck: typed factual claims with provenance, consistency checks and cross-source verdicts.

The top level is curated and cheap to import: names load on first use, so
``import factcheck`` does not import dateparser, rapidfuzz or the command line.

>>> import factcheck
>>> factcheck.Interval.parse("(300, inf)").contains_value(301)
True
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from factcheck._version import __version__

if TYPE_CHECKING:
    from factcheck.claims import (
        Claim,
        EventClaim,
        Modality,
        Polarity,
        QuantityClaim,
        RelationClaim,
        Stance,
        StanceClaim,
        StatementClaim,
        Suppression,
    )
    from factcheck.claimset import ClaimSet, Location, ReferenceRelation
    from factcheck.config import CheckConfig, load_config
    from factcheck.document import Document, Origin, Segment, SegmentLabel, Span
    from factcheck.engine import RunResult, check
    from factcheck.entities import Entity, EntityKind, EntityRef, RefResolution
    from factcheck.errors import (
        ClaimsFileError,
        ConfigError,
        ExtractionError,
        FactcheckError,
        Problem,
        ReportError,
    )
    from factcheck.extraction import ExtractConfig, extract
    from factcheck.files import dump, dumps, load
    from factcheck.findings import Finding, Severity
    from factcheck.ids import claim_id
    from factcheck.interval import Interval, IntervalRelation, sum_intervals
    from factcheck.match import MatchConfig, verify
    from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance, SpeechMode
    from factcheck.quantity import BareReading, QualifierClass, Quantity, Term, interval_for
    from factcheck.report import ReportData, build_report, render_report
    from factcheck.timeref import Granularity, TimeRef, TimeResolution
    from factcheck.verdicts import Evidence, EvidenceRelation, Verdict, VerdictLabel, Verdicts

_EXPORTS: dict[str, str] = {
    "AttributionLink": "factcheck.provenance",
    "BareReading": "factcheck.quantity",
    "CheckConfig": "factcheck.config",
    "Claim": "factcheck.claims",
    "ClaimSet": "factcheck.claimset",
    "ClaimsFileError": "factcheck.errors",
    "ConfigError": "factcheck.errors",
    "Document": "factcheck.document",
    "Entity": "factcheck.entities",
    "EntityKind": "factcheck.entities",
    "EntityRef": "factcheck.entities",
    "EventClaim": "factcheck.claims",
    "Evidence": "factcheck.verdicts",
    "EvidenceRelation": "factcheck.verdicts",
    "ExtractConfig": "factcheck.extraction",
    "ExtractionError": "factcheck.errors",
    "ExtractionMethod": "factcheck.provenance",
    "FactcheckError": "factcheck.errors",
    "Finding": "factcheck.findings",
    "Granularity": "factcheck.timeref",
    "Interval": "factcheck.interval",
    "IntervalRelation": "factcheck.interval",
    "Location": "factcheck.claimset",
    "MatchConfig": "factcheck.match",
    "Modality": "factcheck.claims",
    "Origin": "factcheck.document",
    "Polarity": "factcheck.claims",
    "Problem": "factcheck.errors",
    "Provenance": "factcheck.provenance",
    "QualifierClass": "factcheck.quantity",
    "Quantity": "factcheck.quantity",
    "QuantityClaim": "factcheck.claims",
    "RefResolution": "factcheck.entities",
    "ReferenceRelation": "factcheck.claimset",
    "RelationClaim": "factcheck.claims",
    "ReportData": "factcheck.report",
    "ReportError": "factcheck.errors",
    "RunResult": "factcheck.engine",
    "Segment": "factcheck.document",
    "SegmentLabel": "factcheck.document",
    "Severity": "factcheck.findings",
    "Span": "factcheck.document",
    "SpeechMode": "factcheck.provenance",
    "Stance": "factcheck.claims",
    "StanceClaim": "factcheck.claims",
    "StatementClaim": "factcheck.claims",
    "Suppression": "factcheck.claims",
    "Term": "factcheck.quantity",
    "TimeRef": "factcheck.timeref",
    "TimeResolution": "factcheck.timeref",
    "Verdict": "factcheck.verdicts",
    "VerdictLabel": "factcheck.verdicts",
    "Verdicts": "factcheck.verdicts",
    "build_report": "factcheck.report",
    "check": "factcheck.engine",
    "claim_id": "factcheck.ids",
    "dump": "factcheck.files",
    "dumps": "factcheck.files",
    "extract": "factcheck.extraction",
    "interval_for": "factcheck.quantity",
    "load": "factcheck.files",
    "load_config": "factcheck.config",
    "render_report": "factcheck.report",
    "sum_intervals": "factcheck.interval",
    "verify": "factcheck.match",
}

__all__ = [
    "AttributionLink",
    "BareReading",
    "CheckConfig",
    "Claim",
    "ClaimSet",
    "ClaimsFileError",
    "ConfigError",
    "Document",
    "Entity",
    "EntityKind",
    "EntityRef",
    "EventClaim",
    "Evidence",
    "EvidenceRelation",
    "ExtractConfig",
    "ExtractionError",
    "ExtractionMethod",
    "FactcheckError",
    "Finding",
    "Granularity",
    "Interval",
    "IntervalRelation",
    "Location",
    "MatchConfig",
    "Modality",
    "Origin",
    "Polarity",
    "Problem",
    "Provenance",
    "QualifierClass",
    "Quantity",
    "QuantityClaim",
    "RefResolution",
    "ReferenceRelation",
    "RelationClaim",
    "ReportData",
    "ReportError",
    "RunResult",
    "Segment",
    "SegmentLabel",
    "Severity",
    "Span",
    "SpeechMode",
    "Stance",
    "StanceClaim",
    "StatementClaim",
    "Suppression",
    "Term",
    "TimeRef",
    "TimeResolution",
    "Verdict",
    "VerdictLabel",
    "Verdicts",
    "__version__",
    "build_report",
    "check",
    "claim_id",
    "dump",
    "dumps",
    "extract",
    "interval_for",
    "load",
    "load_config",
    "render_report",
    "sum_intervals",
    "verify",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
