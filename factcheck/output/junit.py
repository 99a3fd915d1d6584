"""The ``junit`` format: JUnit XML, for CI systems that show test reports (GitLab, Jenkins).

One ``<testsuite>`` per claim file, one ``<testcase>`` per rule that ran (``name`` is
``FC301 parts-exceed-whole``, ``classname`` the file). A test case fails when the rule
has a finding at or above the fail level in that file; the ``<failure>`` lists them as
the text format does. Findings below the fail level go to the case's ``<system-out>``.
Characters XML 1.0 cannot carry are written as ``\\uXXXX``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from factcheck.findings import Finding
from factcheck.output.base import TOOL_NAME, FindingsReport
from factcheck.output.text import finding_lines

__all__ = ["render_junit"]

NO_FILE = "<claims>"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    return _INVALID_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _finding_text(finding: Finding, report: FindingsReport) -> str:
    return "\n".join(finding_lines(finding, report))


def render_junit(report: FindingsReport) -> str:
    """The JUnit XML of ``report``; ends with a newline."""
    names = {info.code: info.name for info in report.rule_list()}
    for finding in report.findings:
        names.setdefault(finding.code, finding.name)
    grouped: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.sorted_findings():
        grouped[(finding.path or NO_FILE, finding.code)].append(finding)
    files = report.all_files() or [NO_FILE]
    if any(path == NO_FILE for path, _code in grouped) and NO_FILE not in files:
        files.append(NO_FILE)

    root = ET.Element("testsuites", name=TOOL_NAME)
    total_tests = total_failures = 0
    for path in files:
        suite = ET.SubElement(root, "testsuite", name=_xml_safe(path))
        tests = failures = 0
        for code in sorted(names):
            findings = grouped.get((path, code), [])
            tests += 1
            case = ET.SubElement(
                suite, "testcase", name=f"{code} {names[code]}", classname=_xml_safe(path), file=_xml_safe(path)
            )
            failing = [f for f in findings if f.severity.at_least(report.fail_level)]
            passing = [f for f in findings if not f.severity.at_least(report.fail_level)]
            if failing:
                failures += 1
                count = len(failing)
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=code,
                    message=_xml_safe(f"{count} finding{'s' if count != 1 else ''} at or above {report.fail_level}"),
                )
                failure.text = _xml_safe("\n".join(_finding_text(f, report) for f in failing))
            if passing:
                out = ET.SubElement(case, "system-out")
                out.text = _xml_safe("\n".join(_finding_text(f, report) for f in passing))
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
