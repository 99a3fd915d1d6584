"""The writers' input, and helpers every writer shares."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck._version import __version__
from factcheck.document import Span
from factcheck.findings import Finding, Severity
from factcheck.rules.registry import RuleInfo

__all__ = ["TOOL_NAME", "TOOL_URI", "FindingsReport", "rule_summary", "span_source"]

TOOL_NAME = "factcheck"
TOOL_URI = "https://factcheck.invalid/"


@dataclass(frozen=True)
class FindingsReport:
    """Findings plus what a writer needs to present them.

    ``rules`` are the rules that ran (SARIF lists them; JUnit makes a test case per rule
    and file); rules named by findings but missing here are added by code from the
    findings. ``document_paths`` maps a document id to the file holding its text, to
    quote spans as ``(path start-end)``. ``fail_level`` decides which findings are
    failures in JUnit. ``version`` is the tool version written into JSON and SARIF.
    """

    findings: Sequence[Finding]
    rules: Sequence[RuleInfo] = ()
    files: Sequence[str] = ()
    document_paths: Mapping[str, str] = field(default_factory=dict)
    fail_level: Severity = Severity.WARNING
    suppressed: int = 0
    baselined: int = 0
    claim_count: int | None = None
    show_statistics: bool = False
    version: str = __version__

    def sorted_findings(self) -> list[Finding]:
        """The findings in canonical order."""
        return sorted(self.findings, key=lambda finding: finding.sort_key())

    def severity_counts(self) -> Counter[Severity]:
        """How many findings of each severity."""
        return Counter(finding.severity for finding in self.findings)

    def code_counts(self) -> list[tuple[str, str, int]]:
        """``(code, name, count)`` per rule with findings, by code."""
        counts = Counter((finding.code, finding.name) for finding in self.findings)
        return [(code, name, count) for (code, name), count in sorted(counts.items())]

    def rule_list(self) -> list[RuleInfo]:
        """The rules that ran, by code."""
        return sorted({info.code: info for info in self.rules}.values(), key=lambda info: info.code)

    def all_files(self) -> list[str]:
        """The files checked plus any file a finding names, sorted."""
        names = set(self.files) | {finding.path for finding in self.findings if finding.path}
        return sorted(names)


def span_source(span: Span, document_paths: Mapping[str, str]) -> str:
    """``claims/founding/article.txt 1234-1251``: where a span's text is, for quoting."""
    where = document_paths.get(span.document, span.document)
    return f"{where} {span.start}-{span.end}"


def rule_summary(info: RuleInfo) -> str:
    """One line about the rule: the docstring's summary sentence when it has one (the first
    line, before ``## What it does``), else the first paragraph of "What it does" joined."""
    lines = info.doc.splitlines()
    if lines and lines[0].strip() and not lines[0].lstrip().startswith("#"):
        return lines[0].strip()
    for index, line in enumerate(lines):
        if line.strip().startswith("## What it does"):
            paragraph: list[str] = []
            for candidate in lines[index + 1 :]:
                text = candidate.strip()
                if not text:
                    if paragraph:
                        break
                    continue
                if text.startswith("#"):
                    break
                paragraph.append(text)
            if paragraph:
                return " ".join(paragraph)
    return info.summary or info.name
