"""Property tests of the matcher: the laws the issue names, checked with hypothesis."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from sources_builder import figure
from strategies import intervals, subintervals

from factcheck.claimset import ClaimSet
from factcheck.interval import Interval
from factcheck.match import verify
from factcheck.match.compare import interval_relation
from factcheck.verdicts import EvidenceRelation, VerdictLabel

COUNTS = intervals(bound=500).filter(lambda i: i.low >= 0)


@given(COUNTS)
def test_a_claim_never_contradicts_itself(interval: Interval) -> None:
    claim = figure("article", interval)
    copy = figure("copy", interval, publisher="outlet:other")  # the same figure, another outlet
    assert interval_relation(interval, interval) is EvidenceRelation.SUPPORTS
    verdict = verify(claim, copy).verdicts[0]
    assert verdict.label is VerdictLabel.SUPPORTED
    # Judging a set against itself: a claim is not evidence for or against itself.
    assert verify(claim, claim).verdicts[0].label is VerdictLabel.NOT_ENOUGH_INFO


@given(st.data(), COUNTS)
def test_refinement_is_transitive(data: st.DataObject, outer: Interval) -> None:
    middle = data.draw(subintervals(outer))
    inner = data.draw(subintervals(middle))
    if (
        interval_relation(outer, middle) is EvidenceRelation.REFINES
        and interval_relation(middle, inner) is EvidenceRelation.REFINES
    ):
        assert interval_relation(outer, inner) is EvidenceRelation.REFINES


@given(st.data(), COUNTS)
def test_refines_and_contradicts_mean_containment_and_disjointness(data: st.DataObject, claim: Interval) -> None:
    other = data.draw(COUNTS)
    relation = interval_relation(claim, other)
    if relation is EvidenceRelation.REFINES:
        assert claim.contains(other) and claim != other
    elif relation is EvidenceRelation.CONTRADICTS:
        assert claim.intersection(other) is None
    else:
        assert claim.intersection(other) is not None


_SOURCE = st.tuples(
    COUNTS,
    st.sampled_from(["drones", "UAVs", "ballistic missiles"]),
    st.sampled_from(["country:US", "org:centcom", "country:GB"]),
    st.sampled_from([None, "country:US", "org:idf"]),
    st.integers(min_value=10, max_value=20),
)


def _sources(specs: list[tuple[Interval, str, str, str | None, int]]) -> list[ClaimSet]:
    return [
        figure(
            f"source-{index}",
            interval,
            counted=counted,
            actor=actor,
            agent=agent,
            published=date(2024, 4, day),
            publisher=f"outlet:source-{index % 3}",
        )
        for index, (interval, counted, actor, agent, day) in enumerate(specs)
    ]


@given(COUNTS, st.lists(_SOURCE, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_verdicts_do_not_depend_on_the_order_of_the_sources(claim, specs, random) -> None:  # type: ignore[no-untyped-def]
    article = figure("article", claim, published=date(2024, 5, 27))
    sources = _sources(specs)
    first = verify(article, sources).model_dump_json()
    shuffled = list(sources)
    random.shuffle(shuffled)
    assert verify(article, shuffled).model_dump_json() == first
    assert verify(article, ClaimSet.merge(reversed(shuffled))).model_dump_json() == first


@given(COUNTS, st.lists(_SOURCE, max_size=5), COUNTS)
def test_adding_an_unrelated_source_changes_nothing(claim, specs, unrelated) -> None:  # type: ignore[no-untyped-def]
    article = figure("article", claim, published=date(2024, 5, 27))
    sources = _sources(specs)
    before = verify(article, sources)
    # Another counted thing, another actor, another year: nothing to compare with.
    noise = figure("unrelated", unrelated, counted="tanks", actor="country:FR", day=date(2020, 1, 1))
    assert verify(article, [*sources, noise]) == before
