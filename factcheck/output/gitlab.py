"""The ``gitlab`` format: a GitLab Code Quality report (JSON), for the merge-request widget.

A JSON list with one issue per finding::

    [{"description": "FC301 parts-exceed-whole: ...", "check_name": "FC301",
      "fingerprint": "<sha256 hex>", "severity": "critical",
      "location": {"path": "claims/x.yaml", "lines": {"begin": 12}}}]

Severities map error -> ``critical``, warning -> ``minor``, info -> ``info``. The
fingerprint is the SHA-256 of the finding's fingerprint and its position in the canonical
order among findings with the same fingerprint, so that GitLab, which requires unique
fingerprints, keeps identical findings apart. Findings without a file are reported at the
path ``<claims>``, line 1.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from factcheck.findings import Finding, Severity
from factcheck.output.base import FindingsReport

__all__ = ["render_gitlab"]

_SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issue(finding: Finding, occurrence: int) -> dict[str, Any]:
    unique = hashlib.sha256(f"{finding.fingerprint}:{occurrence}".encode()).hexdigest()
    return {
        "description": f"{finding.code} {finding.name}: {finding.message}",
        "check_name": finding.code,
        "fingerprint": unique,
        "severity": _SEVERITIES[finding.severity],
        "location": {"path": finding.path or "<claims>", "lines": {"begin": finding.line or 1}},
    }


def render_gitlab(report: FindingsReport) -> str:
    """The Code Quality report of ``report``; ends with a newline."""
    seen: Counter[str] = Counter()
    issues = []
    for finding in report.sorted_findings():
        issues.append(_issue(finding, seen[finding.fingerprint]))
        seen[finding.fingerprint] += 1
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
