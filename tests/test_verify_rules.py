"""FC501 contradicted-claim and FC502 superseded-claim: registration, documentation, behaviour."""

from __future__ import annotations

from datetime import date

import pytest
from sources_builder import figure

from factcheck.findings import Severity
from factcheck.match import verify
from factcheck.rules.fc5xx_crosssource import verdict_findings
from factcheck.rules.registry import RuleContext, load_builtin_rules


@pytest.mark.parametrize(
    ("code", "name", "severity"),
    [("FC501", "contradicted-claim", Severity.ERROR), ("FC502", "superseded-claim", Severity.WARNING)],
)
def test_rules_are_registered_with_full_documentation(code: str, name: str, severity: Severity) -> None:
    info = load_builtin_rules().get(code)
    assert (info.name, info.severity) == (name, severity)
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Known problems"):
        assert heading in info.doc


def test_rules_yield_nothing_without_verdicts() -> None:
    registry = load_builtin_rules()
    context = RuleContext(claims=figure("article", "[3, 3]"))
    for code in ("FC501", "FC502"):
        assert list(registry.get(code).function(context)) == []


def test_contradicted_and_superseded_claims_become_findings() -> None:
    load_builtin_rules()
    three = figure("article", "[3, 3]", qclass="exact", number="three", published=date(2024, 5, 27))
    early = figure("early", "[3, inf)", agent="country:US", published=date(2024, 4, 13), publisher="outlet:a")
    later = figure("later", "[6, inf)", agent="country:US", published=date(2024, 4, 14), publisher="outlet:b")
    other = figure("other", "[9, inf)", agent="org:idf", published=date(2024, 4, 14), publisher="outlet:c")
    [superseded] = verdict_findings(verify(three, [early, later]), three)
    assert (superseded.code, superseded.severity) == ("FC502", Severity.WARNING)
    assert superseded.claim_ids == (three.claims[0].id, later.claims[0].id)
    assert superseded.spans[0].text == "three drones"
    [contradicted] = verdict_findings(verify(three, [early, later, other]), three)
    assert (contradicted.code, contradicted.severity) == ("FC501", Severity.ERROR)
    assert "conflict if 'three' is exact" in contradicted.message
    assert verdict_findings(verify(three, [early]), three) == []
