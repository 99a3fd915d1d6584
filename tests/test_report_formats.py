"""The report writers: golden Markdown and JSON, the JSON Schema, ClaimReview and PROV fields.

Goldens live in tests/golden/report/ with the version replaced by ``[VERSION]``. They were
checked line by line against the example in test_report_cases.py; regenerate them only with
``FACTCHECK_UPDATE_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from test_report_cases import example_claims, example_findings, example_locations, example_verdicts

from factcheck import __version__
from factcheck.errors import ReportError
from factcheck.report import REPORT_FORMATS, ReportData, build_report, render_report
from factcheck.report.claimreview import claimreview_items
from factcheck.report.json_format import report_schema
from factcheck.report.prov import prov_document

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "report"
SCHEMA = ROOT / "docs" / "report.schema.json"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


def _data() -> ReportData:
    claims = example_claims()
    return build_report(
        claims,
        example_findings(claims),
        example_verdicts(claims),
        locations=example_locations(claims),
        checked=True,
    )


def _normalise(text: str) -> str:
    return text.replace(f"factcheck {__version__}", "factcheck [VERSION]")


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    actual = _normalise(text)
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.read_text(encoding="utf-8") == actual, (
        f"{name} differs; review and regenerate with FACTCHECK_UPDATE_GOLDEN=1"
    )


def test_markdown_golden() -> None:
    _check_golden("example.md", render_report(_data(), "md"))


def test_json_golden() -> None:
    _check_golden("example.json", render_report(_data(), "json"))


def test_json_round_trips_and_matches_the_documented_schema() -> None:
    data = _data()
    text = render_report(data, "json")
    assert ReportData.model_validate_json(text) == data
    if UPDATE:
        SCHEMA.write_text(report_schema(), encoding="utf-8", newline="")
    assert SCHEMA.read_text(encoding="utf-8") == report_schema(), "docs/report.schema.json is stale"
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(json.loads(text))


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_every_format_is_deterministic(fmt: str) -> None:
    assert render_report(_data(), fmt) == render_report(_data(), fmt)


def test_unknown_format_is_a_report_error() -> None:
    with pytest.raises(ReportError, match="unknown report format 'pdf'"):
        render_report(_data(), "pdf")


def test_claimreview_has_the_required_fields() -> None:
    data = _data()
    document = json.loads(render_report(data, "claimreview", review_url="https://factcheck.example/r"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    # One review per verdict: the statement (no candidate) and the figure (refined), in text order.
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "not enough information",
        "refined (supported, more precisely)",
    ]
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        for field in ("url", "claimReviewed", "author", "reviewRating", "itemReviewed"):
            assert field in review, field
        assert review["url"].startswith("https://factcheck.example/r#claim-")
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"][0]["url"] == "https://news.example/drones"
        assert "datePublished" not in review  # no date unless asked: deterministic output
    statement, figure = reviews
    assert "ratingValue" not in statement["reviewRating"]
    assert figure["reviewRating"]["ratingValue"] == 4
    assert figure["claimReviewed"] == "more than 70 UAVs"
    # The claim's author is the innermost speaker of its chain: the unnamed officials.
    assert figure["itemReviewed"]["author"] == {"@type": "Organization", "name": "officials"}
    assert [c["url"] for c in figure["citation"]] == ["https://wire-two.example/late", "https://cnn.example/early"]
    dated = claimreview_items(data, date="2024-05-01")
    assert all(item["datePublished"] == "2024-05-01" for item in dated)


def _ids(section: dict[str, Any] | None) -> set[str]:
    return set(section or {})


def test_prov_has_entities_agents_activities_and_consistent_relations() -> None:
    data = _data()
    prov = prov_document(data)
    assert json.loads(render_report(data, "prov")) == prov
    entities, agents, activities = _ids(prov.get("entity")), _ids(prov.get("agent")), _ids(prov.get("activity"))
    statement, figure = data.claims
    assert {f"claim:{statement.id}", f"claim:{figure.id}", "doc:example-2024-04-14"} <= entities
    assert {f"verdict:{figure.id}", "claim:q-000000000001", "claim:q-000000000002"} <= entities
    assert {"agent:outlet.example", "agent:outlet.cnn", "agent:name.officials"} <= agents
    assert "act:check" in activities and "act:verify" in activities
    assert any(a.startswith("act:extract.example-2024-04-14.manual") for a in activities)
    for relation in prov["wasGeneratedBy"].values():
        assert relation["prov:entity"] in entities and relation["prov:activity"] in activities
    for relation in prov["used"].values():
        assert relation["prov:entity"] in entities and relation["prov:activity"] in activities
    for relation in prov["wasDerivedFrom"].values():
        assert relation["prov:generatedEntity"] in entities and relation["prov:usedEntity"] in entities
    for relation in prov["wasAttributedTo"].values():
        assert relation["prov:entity"] in entities and relation["prov:agent"] in agents
    # The figure is quoted from its document and attributed along its chain, outermost first.
    quotes = [
        r
        for r in prov["wasDerivedFrom"].values()
        if r["prov:generatedEntity"] == f"claim:{figure.id}" and r.get("prov:type", {}).get("$") == "prov:Quotation"
    ]
    assert [(q["prov:usedEntity"], q["fc:start"], q["fc:end"]) for q in quotes] == [("doc:example-2024-04-14", 38, 55)]
    chain = sorted(
        (r["fc:position"], r["prov:agent"], r["fc:cue"])
        for r in prov["wasAttributedTo"].values()
        if r["prov:entity"] == f"claim:{figure.id}"
    )
    assert chain == [
        (0, "agent:outlet.example", "published"),
        (1, "agent:outlet.cnn", "told"),
        (2, "agent:name.officials", "told"),
    ]
    derived = {
        r["prov:usedEntity"]
        for r in prov["wasDerivedFrom"].values()
        if r["prov:generatedEntity"] == f"verdict:{figure.id}"
    }
    assert derived == {f"claim:{figure.id}", "claim:q-000000000001", "claim:q-000000000002"}
