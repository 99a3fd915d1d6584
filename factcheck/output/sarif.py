"""The ``sarif`` format: SARIF 2.1.0, as GitHub code scanning reads it.

One run; ``tool.driver.rules`` lists every rule that ran or has a finding (id, kebab-case
name, short and full description, ``helpUri``, ``defaultConfiguration.level``, and the
rule's page as ``help.markdown``). Each result has ``ruleId``, ``ruleIndex``, ``level``
(``error``, ``warning``, or ``note`` for info), the message with the quoted spans, a
physical location with a 1-based ``region`` when the line is known, and
``partialFingerprints`` keyed ``factcheckFingerprint/v1``. A finding without a file
(FC001) is anchored at line 1 of the first checked file, with ``locationIsAnchor`` in its
properties, because GitHub code scanning refuses a log with an unlocated result. Columns count Unicode code
points (``columnKind``).
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from factcheck.findings import Finding, Severity
from factcheck.output.base import TOOL_NAME, TOOL_URI, FindingsReport, rule_summary, span_source
from factcheck.output.text import quote as quote_text
from factcheck.rules.registry import DOCS_BASE_URL, RuleInfo

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "render_sarif", "sarif_level"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_level(severity: Severity) -> str:
    """The SARIF level of a severity: ``error``, ``warning`` or ``note``."""
    return _LEVELS[severity]


def _rule_entry(code: str, name: str, info: RuleInfo | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": code, "name": name}
    if info is not None:
        summary = rule_summary(info)
        entry["shortDescription"] = {"text": summary}
        entry["fullDescription"] = {"text": info.doc or summary}
        entry["help"] = {"text": summary, "markdown": info.doc or summary}
        entry["helpUri"] = info.url
        entry["defaultConfiguration"] = {"level": sarif_level(info.severity)}
        entry["properties"] = {"status": info.status, "since": info.since, "requires": sorted(info.requires)}
    else:
        entry["shortDescription"] = {"text": name}
        entry["helpUri"] = f"{DOCS_BASE_URL}{code}.md"
    return entry


def _message(finding: Finding, report: FindingsReport) -> str:
    lines = [finding.message]
    lines.extend(f"{quote_text(span.text)} ({span_source(span, report.document_paths)})" for span in finding.spans)
    return "\n".join(lines)


def _uri(path: str) -> str:
    """A relative path as a relative URI reference (code scanning wants those); an absolute one as a file URI."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def _result(finding: Finding, index: int, report: FindingsReport) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": sarif_level(finding.severity),
        "message": {"text": _message(finding, report)},
    }
    # GitHub code scanning rejects a whole log if one result has no location, so a finding
    # without a file (FC001) is anchored at line 1 of the first checked file, and says so.
    anchored = finding.path is None and bool(report.files)
    path = finding.path if finding.path is not None else (sorted(report.files)[0] if report.files else None)
    if path is not None:
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
        line = finding.line if not anchored else 1
        if line:
            region: dict[str, Any] = {"startLine": line}
            if finding.column and not anchored:
                region["startColumn"] = finding.column
            physical["region"] = region
        result["locations"] = [{"physicalLocation": physical}]
    result["partialFingerprints"] = {"factcheckFingerprint/v1": finding.fingerprint}
    properties: dict[str, Any] = {"name": finding.name, "claimIds": list(finding.claim_ids)}
    if anchored:
        properties["locationIsAnchor"] = True
    if finding.spans:
        properties["spans"] = [span.model_dump(mode="json") for span in finding.spans]
    if finding.context:
        properties["context"] = dict(sorted(finding.context.items()))
    result["properties"] = properties
    return result


def render_sarif(report: FindingsReport) -> str:
    """The SARIF 2.1.0 log of ``report``; ends with a newline."""
    infos = {info.code: info for info in report.rule_list()}
    names = {code: info.name for code, info in infos.items()}
    for finding in report.findings:
        names.setdefault(finding.code, finding.name)
    codes = sorted(names)
    index = {code: position for position, code in enumerate(codes)}
    driver = {
        "name": TOOL_NAME,
        "version": report.version,
        "semanticVersion": report.version,
        "informationUri": TOOL_URI,
        "rules": [_rule_entry(code, names[code], infos.get(code)) for code in codes],
    }
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.code], report) for f in report.sorted_findings()],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
