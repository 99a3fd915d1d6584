"""Algebraic properties of the rules: monotone in the whole, blind to order, symmetric,
and the FC302/FC305 split is a partition. Oracles are written here from the definitions.
"""

from __future__ import annotations

import math
import time
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rules_support import Article, rule_context, run_rules
from strategies import intervals, resolved_day_ranges, superintervals

from factcheck.claims import QuantityClaim
from factcheck.claimset import ClaimSet
from factcheck.files.load import LoadedFile, load_paths
from factcheck.interval import Interval
from factcheck.quantity import BareReading
from factcheck.rules import RuleContext
from factcheck.rules.fc2xx_time import _REITERATION
from factcheck.rules.fc3xx_quantities import parts_can_fit
from factcheck.rules.fc4xx_entities import surface_key
from factcheck.timeref import TimeRef

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
NAMES = ("whole", "first", "second", "third", "fourth")


def _fits_oracle(parts: list[Interval], whole: Interval) -> bool:
    """Fits unless the least sum exceeds the whole's top (ends compared by hand)."""
    low = sum(p.low for p in parts)
    low_closed = all(p.low_closed for p in parts) and math.isfinite(low)
    if not parts:
        low, low_closed = 0.0, True
    if math.isinf(whole.high):
        return True
    if low < whole.high:
        return True
    return low == whole.high and low_closed and whole.high_closed


@given(st.lists(intervals(), max_size=4), intervals())
def test_parts_can_fit_matches_the_oracle(parts: list[Interval], whole: Interval) -> None:
    assert parts_can_fit(parts, whole) is _fits_oracle(parts, whole)


@given(st.lists(intervals(), min_size=1, max_size=4), intervals(), st.data())
def test_enlarging_the_whole_never_breaks_a_fit(parts: list[Interval], whole: Interval, data: st.DataObject) -> None:
    larger = data.draw(superintervals(whole))
    if parts_can_fit(parts, whole):
        assert parts_can_fit(parts, larger)


@given(st.lists(intervals(), min_size=1, max_size=4), intervals(), st.randoms(use_true_random=False))
def test_the_order_of_the_parts_does_not_matter(parts: list[Interval], whole: Interval, random: object) -> None:
    shuffled = list(parts)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert parts_can_fit(shuffled, whole) is parts_can_fit(parts, whole)


def _figures(whole: Interval, parts: list[Interval], *, order: list[int] | None = None) -> ClaimSet:
    """An article 'whole first second ...' whose words carry the figures; parts point to the whole."""
    article = Article("prop", " ".join(NAMES[: len(parts) + 1]))
    head = article.quantity("whole", str(whole), "n", "range" if not whole.is_point else "exact", ("items", "item"))
    claims: list[QuantityClaim] = [head]
    for name, interval in zip(NAMES[1:], parts, strict=False):
        claims.append(
            article.quantity(
                name,
                str(interval),
                "n",
                "range" if not interval.is_point else "exact",
                (f"{name}s", name),
                part_of=head.id,
            )
        )
    chosen = claims if order is None else [claims[i] for i in order]
    return ClaimSet(documents=(article.document,), claims=tuple(chosen))


def _positive(interval: Interval) -> Interval:
    """The interval moved to non-negative values, so the FC304 count rule stays out of the way."""
    if not math.isfinite(interval.low):
        clipped = interval.intersection(Interval.at_least(0))
        return clipped if clipped is not None else Interval.point(0)
    if interval.low >= 0:
        return interval
    if interval.is_point:
        return Interval.point(0)
    return Interval(0, interval.high - interval.low, interval.low_closed, interval.high_closed)


@settings(deadline=None)  # builds claims; timing varies on a shared machine
@given(
    st.lists(intervals(bound=100).map(_positive), min_size=1, max_size=3),
    intervals(bound=300).map(_positive),
    st.data(),
)
def test_fc301_is_monotone_in_the_whole_and_blind_to_claim_order(
    parts: list[Interval], whole: Interval, data: st.DataObject
) -> None:
    found = run_rules(RuleContext(claims=_figures(whole, parts)), codes=["FC301"])
    assert (found != []) is (not parts_can_fit(parts, whole))
    larger = data.draw(superintervals(whole)).intersection(Interval.at_least(0))
    assert larger is not None
    if not found:
        assert run_rules(RuleContext(claims=_figures(larger, parts)), codes=["FC301"]) == []
    order = data.draw(st.permutations(range(len(parts) + 1)))
    assert run_rules(RuleContext(claims=_figures(whole, parts, order=list(order))), codes=["FC301"]) == found


def _pair(first: tuple[str, str], second: tuple[str, str]) -> ClaimSet:
    article = Article("pair", "alpha beta")
    a = article.quantity("alpha", first[0], "n", first[1], ("items", "item"))
    b = article.quantity("beta", second[0], "n", second[1], ("items", "item"))
    return ClaimSet(documents=(article.document,), claims=(a, b))


def _figure(interval: Interval) -> tuple[str, str]:
    return (str(interval), "exact" if interval.is_point else "range")


@settings(deadline=None)  # builds claims; timing varies on a shared machine
@given(intervals(bound=200).map(_positive), intervals(bound=200).map(_positive))
def test_fc302_and_fc305_partition_the_exact_conflicts_and_are_symmetric(first: Interval, second: Interval) -> None:
    forward = run_rules(RuleContext(claims=_pair(_figure(first), _figure(second))), codes=["FC302", "FC305"])
    backward = run_rules(RuleContext(claims=_pair(_figure(second), _figure(first))), codes=["FC302", "FC305"])
    assert sorted(r[0] for r in forward) == sorted(r[0] for r in backward)
    codes = [r[0] for r in forward]
    assert len(codes) <= 1
    exact_conflict = first.intersection(second) is None
    assert bool(codes) is exact_conflict
    if codes == ["FC305"]:
        assert first.is_point or second.is_point  # only a bare number can make it depend on the reading


@settings(deadline=None)  # builds claims; timing varies on a shared machine
@given(intervals(bound=200).map(_positive), st.data())
def test_a_figure_never_conflicts_with_a_vaguer_one(inner: Interval, data: st.DataObject) -> None:
    outer = data.draw(superintervals(inner)).intersection(Interval.at_least(0))
    assert outer is not None
    found = run_rules(RuleContext(claims=_pair(_figure(inner), _figure(outer))), codes=["FC302", "FC305"])
    assert found == []


@settings(deadline=None)  # builds claims; timing varies on a shared machine
@given(resolved_day_ranges(), st.integers(min_value=0, max_value=200))
def test_fc201_fires_exactly_when_the_whole_period_is_after_publication(when: TimeRef, offset: int) -> None:
    published = date(2023, 12, 1) + timedelta(days=offset)
    article = Article("dated", "It happened then.", published=published)
    period = when.model_copy(update={"span": article.span("then")})
    article.event("It happened then", "happen", time=period)
    found = run_rules(RuleContext(claims=article.claim_set()), codes=["FC201"])
    assert when.start is not None
    assert (found != []) is (when.start > published)


@cache
def _founding() -> tuple[LoadedFile, ...]:
    return tuple(load_paths([CLAIMS / "founding", CLAIMS / "reference"], strict=False))


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(29)), st.sampled_from(list(BareReading)))
def test_findings_do_not_depend_on_the_order_of_claims(order: list[int], reading: BareReading) -> None:
    context = rule_context(_founding(), bare_reading=reading)
    claims = context.claims
    founding = list(claims.claims)
    assert len(founding) == 29
    shuffled = ClaimSet(
        documents=claims.documents,
        entities=claims.entities,
        claims=tuple(founding[i] for i in order),
        relations=claims.relations,
    )
    assert run_rules(RuleContext(claims=shuffled, bare_reading=reading)) == run_rules(context)


@example("'\u2019")  # found by hypothesis: two apostrophes lost one per pass
@example("the the")
@given(st.text(max_size=40))
def test_surface_key_is_idempotent(text: str) -> None:
    assert surface_key(surface_key(text)) == surface_key(text)


def test_the_reiteration_cue_pattern_is_linear_on_long_crafted_input() -> None:
    for crafted in ("reiterat" * 20_000, "r" + "e" * 100_000, "repeat" + "a" * 200_000 + "!"):
        started = time.perf_counter()
        _REITERATION.search(crafted + " ")
        assert time.perf_counter() - started < 0.5
    assert _REITERATION.search("Zelenskyy reiterated")
    assert _REITERATION.search("she Repeated it")
    assert not _REITERATION.search("he said again")


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@settings(deadline=None)
@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=11),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["stopped", "will stop"]),
)
def test_fc205_agrees_with_the_date_extractor_on_ambiguous_years(
    published: date, month: int, day: int, verb: str
) -> None:
    from factcheck.extraction.dates import find_dates

    text = f"The ferries {verb} on {MONTHS[month]} {day}."
    [mention] = find_dates(text, anchor=published)
    assert mention.timeref.year_inferred
    article = Article("agree", text, published=published)
    when = mention.timeref.model_copy(update={"span": article.span(text[mention.start : mention.end])})
    article.event(text.rstrip("."), "stop", time=when, modality="planned" if "will" in verb else "asserted")
    found = run_rules(RuleContext(claims=article.claim_set()), codes=["FC205"])
    assert (found != []) is bool(mention.alternatives)


@settings(max_examples=60, deadline=None)
@given(
    st.sets(st.integers(min_value=0, max_value=28)),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(list(BareReading)),
    st.floats(min_value=0.0, max_value=0.9),
)
def test_rules_never_raise_on_partial_sets(
    kept: set[int],
    documents: bool,
    entities: bool,
    relations: bool,
    undated: bool,
    reading: BareReading,
    tolerance: float,
) -> None:
    """Claims without their document, references, entities or dates: findings, never a crash."""
    full = rule_context(_founding()).claims
    docs = full.documents
    if undated:
        docs = tuple(d.model_copy(update={"published": None, "segments": ()}) for d in docs)
    partial = ClaimSet(
        documents=docs if documents else (),
        entities=full.entities if entities else (),
        claims=tuple(c for i, c in enumerate(full.claims) if i in kept),
        relations=full.relations if relations else (),
    )
    found = run_rules(RuleContext(claims=partial, bare_reading=reading, tolerance=tolerance))
    codes = {code for code, _ids, _message in found}
    if not documents and kept:
        assert "FC101" in codes  # every span points at a document that is not there
    if documents and undated:
        assert "FC103" in codes
