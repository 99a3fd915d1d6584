"""The ``text`` format: one line per finding, its quoted spans, then a summary line.

::

    claims/founding/claims.yaml:120:5: FC301 [error] parts sum to (400, inf) ...
      | "more than 70 UAVs" (claims/founding/article.txt 1234-1251)
    Found 1 finding: 1 error.

With ``show_statistics`` the findings are replaced by a count per rule, as ruff's
``--statistics`` does.
"""

from __future__ import annotations

from factcheck.findings import Finding, Severity
from factcheck.output.base import FindingsReport, span_source

__all__ = ["finding_lines", "quote", "render_text", "summary_line"]

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(text: str) -> str:
    """``text`` in double quotes, with backslash, quote, line breaks and control characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 or char in "\u2028\u2029":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def finding_lines(finding: Finding, report: FindingsReport) -> list[str]:
    """The finding's line (``path:line:col: CODE [severity] message``) and its quoted spans."""
    lines = [f"{finding.location}: {finding.code} [{finding.severity.value}] {_one_line(finding.message)}"]
    for span in finding.spans:
        lines.append(f"  | {quote(span.text)} ({span_source(span, report.document_paths)})")
    return lines


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: FindingsReport) -> str:
    """``Found 3 findings: 1 error, 2 warnings.`` or ``All checks passed.``, with what was checked."""
    scope = []
    if report.claim_count is not None:
        scope.append(_plural(report.claim_count, "claim"))
    if report.files:
        scope.append(_plural(len(report.files), "file"))
    parts = [f"{', '.join(scope)} checked"] if scope else []
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed")
    if report.baselined:
        parts.append(f"{report.baselined} in baseline")
    checked = f" ({'; '.join(parts)})" if parts else ""
    if not report.findings:
        return f"All checks passed{checked}."
    counts = report.severity_counts()
    by_severity = ", ".join(
        _plural(counts[severity], severity.value)
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[severity]
    )
    return f"Found {_plural(len(report.findings), 'finding')}: {by_severity}{checked}."


def render_text(report: FindingsReport) -> str:
    """The text format of ``report``; ends with a newline."""
    lines: list[str] = []
    if report.show_statistics:
        for code, name, count in report.code_counts():
            lines.append(f"{count:>5}  {code}  {name}")
    else:
        for finding in report.sorted_findings():
            lines.extend(finding_lines(finding, report))
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
