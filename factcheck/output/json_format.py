"""The ``json`` format: a stable, documented schema (version 1).

::

    {
      "version": 1,
      "tool": {"name": "factcheck", "version": "0.1.0"},
      "summary": {"findings": 1, "error": 1, "warning": 0, "info": 0,
                  "suppressed": 0, "baselined": 0, "files": 1, "claims": 29,
                  "by_code": {"FC301": 1}},
      "findings": [
        {"code": "FC301", "name": "parts-exceed-whole", "severity": "error",
         "message": "...", "claim_ids": ["q-..."],
         "spans": [{"document": "...", "start": 1234, "end": 1251, "text": "..."}],
         "location": {"path": "claims/x.yaml", "line": 12, "column": 5},
         "fingerprint": "0a1b2c3d4e5f6a7b", "url": "https://.../FC301.md",
         "context": {...}}
      ]
    }

``location.path`` is ``null`` and ``line``/``column`` are 0 when the finding has no place
in a file. Keys are in this order; findings in canonical order. New keys may be added in
a minor release; a change of meaning bumps ``version``. :func:`findings_from_json` reads
the findings back.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.document import Span
from factcheck.errors import ConfigError
from factcheck.findings import Finding, Severity
from factcheck.output.base import TOOL_NAME, FindingsReport

__all__ = ["JSON_SCHEMA_VERSION", "finding_data", "findings_from_json", "render_json"]

JSON_SCHEMA_VERSION = 1


def finding_data(finding: Finding) -> dict[str, Any]:
    """One finding as the JSON format writes it."""
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "claim_ids": list(finding.claim_ids),
        "spans": [span.model_dump(mode="json") for span in finding.spans],
        "location": {"path": finding.path, "line": finding.line, "column": finding.column},
        "fingerprint": finding.fingerprint,
        "url": finding.url,
        "context": dict(sorted(finding.context.items())),
    }


def render_json(report: FindingsReport) -> str:
    """The JSON format of ``report``; ends with a newline."""
    counts = report.severity_counts()
    summary: dict[str, Any] = {
        "findings": len(report.findings),
        **{severity.value: counts[severity] for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
        "suppressed": report.suppressed,
        "baselined": report.baselined,
        "files": len(report.files),
        "claims": report.claim_count,
        "by_code": {code: count for code, _name, count in report.code_counts()},
    }
    data = {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": report.version},
        "summary": summary,
        "findings": [finding_data(finding) for finding in report.sorted_findings()],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def findings_from_json(text: str) -> list[Finding]:
    """The findings of a JSON report written by :func:`render_json` (a round trip).

    Raises :class:`~factcheck.errors.ConfigError` for anything else.
    """
    try:
        return _read_findings(json.loads(text))
    except (KeyError, TypeError, ValueError) as exc:  # ValidationError and JSONDecodeError are ValueErrors
        raise ConfigError(f"not a factcheck JSON report of version {JSON_SCHEMA_VERSION}: {exc}") from exc


def _read_findings(data: Any) -> list[Finding]:
    if not isinstance(data, dict) or data.get("version") != JSON_SCHEMA_VERSION:
        raise ValueError(f'expected an object with "version": {JSON_SCHEMA_VERSION}')
    findings = []
    for item in data["findings"]:
        location = item["location"]
        findings.append(
            Finding(
                code=item["code"],
                name=item["name"],
                severity=Severity(item["severity"]),
                message=item["message"],
                claim_ids=tuple(item["claim_ids"]),
                spans=tuple(Span.model_validate(span) for span in item["spans"]),
                path=location["path"],
                line=location["line"],
                column=location["column"],
                context=item["context"],
                url=item["url"],
            )
        )
    return findings
