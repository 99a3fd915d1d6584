"""The ``github`` format: GitHub Actions workflow commands, one annotation per finding.

::

    ::error file=claims/x.yaml,line=12,col=5,title=FC301 parts-exceed-whole::parts sum to ...

Severities map to ``error``, ``warning`` and ``notice``. Values are escaped as the
runner expects: in the message ``%``, CR and LF; in properties also ``:`` and ``,``.
"""

from __future__ import annotations

from factcheck.findings import Finding, Severity
from factcheck.output.base import FindingsReport, span_source
from factcheck.output.text import quote

__all__ = ["escape_data", "escape_property", "render_github"]

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow-command message: ``%`` first, then CR and LF."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow-command property value: as :func:`escape_data`, plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(finding: Finding, report: FindingsReport) -> str:
    properties = []
    if finding.path is not None:
        properties.append(f"file={escape_property(finding.path)}")
        if finding.line:
            properties.append(f"line={finding.line}")
            if finding.column:
                properties.append(f"col={finding.column}")
    properties.append(f"title={escape_property(f'{finding.code} {finding.name}')}")
    message = "\n".join(
        [finding.message]
        + [f"{quote(span.text)} ({span_source(span, report.document_paths)})" for span in finding.spans]
    )
    return f"::{_COMMANDS[finding.severity]} {','.join(properties)}::{escape_data(message)}"


def render_github(report: FindingsReport) -> str:
    """One workflow command per finding, in canonical order; empty when there are none."""
    return "".join(_annotation(finding, report) + "\n" for finding in report.sorted_findings())
