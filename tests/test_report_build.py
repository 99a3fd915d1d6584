"""build_report: the view model of the hand-built example, and the tiling of highlights."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_report_cases import (
    example_claims,
    example_document,
    example_findings,
    example_locations,
    example_verdicts,
)

from factcheck.claimset import ClaimSet
from factcheck.errors import ReportError
from factcheck.interval import Interval
from factcheck.report import build_report
from factcheck.report.build import _runs
from factcheck.report.reading import read_interval, read_time
from factcheck.timeref import TimeRef
from factcheck.verdicts import Verdict, VerdictLabel, Verdicts


def test_summary_counts_every_kind_severity_and_label() -> None:
    claims = example_claims()
    data = build_report(claims, example_findings(claims), example_verdicts(claims), checked=True)
    s = data.summary
    assert (s.documents, s.claims, s.findings, s.verdicts) == (1, 2, 2, 2)
    assert s.claims_by_kind == {"quantity": 1, "event": 0, "statement": 1, "stance": 0, "relation": 0}
    assert s.findings_by_severity == {"error": 0, "warning": 1, "info": 1}
    assert s.verdicts_by_label == {
        "supported": 0,
        "refined": 1,
        "contradicted": 0,
        "superseded": 0,
        "not_enough_info": 1,
    }
    assert data.title == "Drone count rises"
    assert data.checked and data.verified


def test_quantity_claim_view_reads_as_a_person_would() -> None:
    claims = example_claims()
    data = build_report(claims, example_findings(claims), example_verdicts(claims), locations=example_locations(claims))
    # Text order: the statement starts at 19, the figure inside it at 38.
    statement, quantity = data.claims
    assert (statement.kind, quantity.kind) == ("statement", "quantity")
    # The sentence starts at 19 ("Drone count rises" + two line breaks); "The US intercepted " is 19 more.
    assert (quantity.provenance.start, quantity.provenance.end) == (38, 55)
    assert quantity.value == "more than 70 UAVs (70, inf)"
    assert quantity.time == "2024-04-13 (day, year inferred)"
    assert quantity.chain_text == "Example News > CNN > officials"
    assert [link.name for link in quantity.chain] == ["Example News", "CNN", None]
    assert quantity.provenance.location == "claims/example.yaml:12:5"
    assert (quantity.provenance.extractor, quantity.provenance.rule, quantity.provenance.version) == (
        "manual",
        "hand-annotated",
        "0.1.0",
    )
    assert [f.code for f in quantity.findings] == ["FC399"]
    assert quantity.verdict is not None and quantity.verdict.label == "refined"


def test_evidence_publisher_ids_become_names_and_the_timeline_is_in_time_order() -> None:
    claims = example_claims()
    data = build_report(claims, verdicts=example_verdicts(claims))
    verdict = data.claims[1].verdict
    assert verdict is not None
    # Evidence keeps the matcher's order; the timeline sorts by publication time.
    assert [e.publisher for e in verdict.evidence] == ["Wire Two", "CNN"]
    assert [(t.published, t.excerpt) for t in verdict.timeline] == [
        ("2024-04-14T06:30:00", "more than 70 drones"),
        ("2024-04-14T18:00:00", "over 80 drones"),
    ]
    # A verdict with no dated evidence has no timeline.
    statement_verdict = data.claims[0].verdict
    assert statement_verdict is not None and statement_verdict.timeline == ()


def test_claims_are_in_text_order_and_findings_in_file_order() -> None:
    claims = example_claims()
    reversed_set = ClaimSet(documents=claims.documents, entities=claims.entities, claims=claims.claims[::-1])
    findings = example_findings(claims)
    one = build_report(claims, findings)
    two = build_report(reversed_set, findings[::-1])
    assert one == two
    # Both findings are in claims/example.yaml; the one without a line (0) sorts first.
    assert [f.code for f in one.findings] == ["FC098", "FC399"]


def test_runs_tile_the_article_with_the_shortest_claim_first() -> None:
    claims = example_claims()
    data = build_report(claims)
    statement, quantity = data.claims[0].id, data.claims[1].id
    runs = [(r.start, r.end, r.claim_ids, r.segment) for r in data.documents[0].runs]
    assert runs == [
        (0, 17, (), "title"),
        (17, 19, (), None),
        (19, 38, (statement,), "paragraph"),
        (38, 55, (quantity, statement), "paragraph"),
        (55, 88, (statement,), "paragraph"),
        (88, 89, (), None),
        (89, 121, (), "read_also"),
        (121, 122, (), None),
    ]
    assert data.claims[0].provenance.segment == "paragraph"
    assert data.documents[0].claim_ids == (statement, quantity)


def test_verdict_on_an_unknown_claim_is_an_error() -> None:
    claims = example_claims()
    stray = Verdicts(
        verdicts=(Verdict(claim_id="q-ffffffffffff", label=VerdictLabel.SUPPORTED, rule="r", explanation="x"),)
    )
    with pytest.raises(ReportError, match="q-ffffffffffff"):
        build_report(claims, verdicts=stray)


def test_two_verdicts_on_one_claim_is_an_error() -> None:
    claims = example_claims()
    one = example_verdicts(claims).verdicts[1]
    with pytest.raises(ReportError, match="two verdicts"):
        build_report(claims, verdicts=Verdicts(verdicts=(one, one)))


@pytest.mark.parametrize(
    ("interval", "words"),
    [
        (Interval.more_than(70), "more than 70"),
        (Interval.at_least(3), "at least 3"),
        (Interval.point(3), "exactly 3"),
        (Interval.less_than(50), "fewer than 50"),
        (Interval.at_most(50), "at most 50"),
        (Interval(315, 385), "between 315 and 385"),
        (Interval(45, 50, high_closed=False), "from 45 to under 50"),
        (Interval(45, 50, low_closed=False), "over 45 and up to 50"),
        (Interval(45, 50, low_closed=False, high_closed=False), "between 45 and 50, both excluded"),
        (Interval(-math.inf, -5, high_closed=False), "less than -5"),
        (Interval(1_500_000, 1_500_000), "exactly 1,500,000"),
        (Interval(2.5, 2.5), "exactly 2.5"),
    ],
)
def test_read_interval(interval: Interval, words: str) -> None:
    assert read_interval(interval) == words


def test_read_time_forms() -> None:
    assert read_time(None) is None
    assert read_time(TimeRef(text="last week", resolution="unresolved")) == "'last week' (unresolved)"
    month = TimeRef.model_validate(
        {"text": "in March", "start": "2024-03-01", "end": "2024-03-31", "granularity": "month"}
    )
    assert read_time(month) == "2024-03-01 to 2024-03-31 (month)"


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12))
def test_runs_tile_the_text_and_name_exactly_the_covering_spans(pairs: list[tuple[int, int]]) -> None:
    from factcheck.claims import EventClaim
    from factcheck.provenance import ExtractionMethod, Provenance

    document = example_document(segmented=False)
    method = ExtractionMethod(extractor="t", rule="t", version="0")
    claims = []
    for a, b in pairs:
        start, end = min(a, b), max(a, b)
        span = document.span(start, end)
        provenance = Provenance(document=document.id, spans=(span,), method=method)
        claims.append(EventClaim(text=span.text, provenance=provenance, predicate="p"))
    runs = _runs(document, claims)
    assert runs[0].start == 0 and runs[-1].end == len(document.text)
    for left, right in itertools.pairwise(runs):
        assert left.end == right.start  # no gap, no overlap
        assert left.claim_ids != right.claim_ids  # neighbours with equal cover are merged
    for run in runs:
        assert run.start < run.end
        expected = {
            c.id for c in claims if c.span.start <= run.start and run.end <= c.span.end and c.span.start < c.span.end
        }
        assert set(run.claim_ids) == expected
        lengths = [next(c for c in claims if c.id == i).span for i in run.claim_ids]
        assert [s.end - s.start for s in lengths] == sorted(s.end - s.start for s in lengths)
