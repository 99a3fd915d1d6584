"""FC3xx: quantities.

Figures are intervals (see :mod:`factcheck.quantity`), so every check here is interval
algebra: parts are summed with :func:`~factcheck.interval.sum_intervals`, figures for one
measurand must overlap, shares lie in [0, 100] and counts are not negative. Estimates
("about", "nearly") are widened by the configured tolerance before they are compared,
and bare numbers are read as the claim says or, failing that, as configured.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations

from factcheck.claims import Polarity, QuantityClaim
from factcheck.interval import Interval, sum_intervals
from factcheck.quantity import BareReading
from factcheck.rules._common import (
    effective_interval,
    is_approximate,
    is_bare,
    mention_key,
    quote,
    span_order,
)
from factcheck.rules.registry import RuleContext, Violation, rule

__all__ = [
    "comparable_interval",
    "conflict_depends_on_bare_reading",
    "conflicting_figures_for_measurand",
    "measurand_key",
    "negative_count",
    "parts_can_fit",
    "parts_exceed_whole",
    "share_outside_percent_range",
]

MeasurandKey = tuple[object, ...]


def parts_can_fit(parts: Iterable[Interval], whole: Interval) -> bool:
    """True when some values of the parts sum to no more than some value of the whole.

    The parts may be only some components of the whole ("more than 70 UAVs and three
    missiles" of "over 300 projectiles"), so they need to *fit*: the least their sum can
    be must not exceed the most the whole can be (open and closed ends respected).
    """
    total = sum_intervals(parts)
    if math.isinf(whole.high):
        return True
    ceiling = Interval(-math.inf, whole.high, high_closed=whole.high_closed)
    return total.intersection(ceiling) is not None


def comparable_interval(claim: QuantityClaim, reading: BareReading, tolerance: float) -> Interval:
    """The interval a figure is compared with: read as given, estimates widened by ``tolerance``."""
    interval = effective_interval(claim, reading)
    return interval.widened(tolerance) if is_approximate(claim) else interval


def _checkable(claim: QuantityClaim) -> bool:
    return claim.modality.factual and claim.polarity is Polarity.POSITIVE


@rule(code="FC301", name="parts-exceed-whole", severity="error", requires=("quantity",))
def parts_exceed_whole(context: RuleContext) -> Iterator[Violation]:
    """Flags parts whose sum cannot fit inside the whole they are part of.

    ## What it does
    Groups the figures that name a whole in ``part_of``, sums their intervals and reports
    the group when even the least possible sum exceeds the most the whole can be.

    ## Why is this bad?
    "The US intercepted more than 70 UAVs and three ballistic missiles" of an attack of
    "over 300 projectiles" is consistent: the parts sum to (73, inf), which fits. Had the
    whole been "up to 300 rockets" and the parts "250 drones and 80 missiles", one of the
    figures would be wrong, or the parts would not be parts of that whole.

    ## Example
    ```yaml
    - {id: q-1b2c3d4e5f60, kind: quantity, text: up to 300 rockets,
       value: {interval: '[0, 300]', number_text: '300', qualifier: up to, qualifier_class: at_most}}
    - {kind: quantity, text: 250 drones, part_of: q-1b2c3d4e5f60,
       value: {interval: '[250, 250]', number_text: '250', qualifier_class: exact}}
    - {kind: quantity, text: 80 missiles, part_of: q-1b2c3d4e5f60,
       value: {interval: '[80, 80]', number_text: '80', qualifier_class: exact}}
    ```

    ## Use instead
    Correct the figure that is wrong (here "up to 300" was "over 300"), or drop
    ``part_of`` from figures that are not components of that whole.

    ## Known problems
    DESIGN.md says the sum of the parts must *intersect* the whole. That is right only
    when the parts are all the components. Articles usually name some ("the US
    intercepted ..." of an attack many countries intercepted), so the rule asks that the
    parts *fit*: the least their sum can be must not exceed the most the whole can be
    (``sum.low > whole.high`` is a violation, open and closed ends respected). A whole with
    no upper bound ("over 300") therefore never triggers it. Estimates are widened by the
    tolerance; hedged, planned, conditional and negated figures are skipped, and so are
    parts whose share/count kind differs from the whole.
    """
    parts_of: dict[str, list[QuantityClaim]] = defaultdict(list)
    for claim in context.claims.by_kind("quantity"):
        assert isinstance(claim, QuantityClaim)
        if claim.part_of is not None and _checkable(claim):
            parts_of[claim.part_of].append(claim)
    for whole_id in sorted(parts_of):
        whole = context.claims.claim(whole_id)
        if not isinstance(whole, QuantityClaim) or not _checkable(whole):
            continue
        parts = sorted((p for p in parts_of[whole_id] if p.value.share == whole.value.share), key=span_order)
        if not parts:
            continue
        part_intervals = [comparable_interval(p, BareReading(context.bare_reading), context.tolerance) for p in parts]
        whole_interval = comparable_interval(whole, BareReading(context.bare_reading), context.tolerance)
        if parts_can_fit(part_intervals, whole_interval):
            continue
        total = sum_intervals(part_intervals)
        names = " + ".join(p.counted.text for p in parts)
        figures = ", ".join(f"{quote(p.text)} {interval}" for p, interval in zip(parts, part_intervals, strict=True))
        yield Violation(
            f"parts sum to {total} {names} ({figures}) but the whole {quote(whole.text)} is {whole_interval}: "
            f"the least the parts can add up to exceeds the most the whole can be",
            claim_ids=(whole.id, *(p.id for p in parts)),
            spans=(whole.span, *(p.span for p in parts)),
            context={"sum": str(total), "whole": str(whole_interval), "parts": len(parts)},
        )


def measurand_key(claim: QuantityClaim) -> MeasurandKey:
    """What a figure measures: counted thing, actor, predicate, event, place, time, unit and kind.

    The rules compare figures of one document only (see :func:`_measurand_groups`).
    """
    time = claim.time
    when: object = None
    if time is not None:
        when = (time.start, time.end) if time.resolved else time.text.casefold()
    return (
        claim.counted.normalised,
        mention_key(claim.actor) if claim.actor is not None else None,
        " ".join(claim.predicate.casefold().split()) if claim.predicate else None,
        claim.event,
        mention_key(claim.place) if claim.place is not None else None,
        when,
        claim.value.unit,
        claim.value.currency,
        claim.value.share,
    )


def _measurand_groups(claims: Sequence[QuantityClaim]) -> list[list[QuantityClaim]]:
    """Figures by document and measurand; within a group, one figure per distinct value.

    Only figures of one document are compared: sources that disagree with each other are
    the matcher's business (``factcheck verify``, FC501), not an internal inconsistency.
    Figures with the same value never conflict, so comparing one of each (the first
    written) keeps the pairs few when a story repeats one figure.
    """
    groups: dict[tuple[str, MeasurandKey], dict[object, QuantityClaim]] = defaultdict(dict)
    for claim in sorted(claims, key=span_order):
        if _checkable(claim):
            value = (claim.value.interval, claim.value.qualifier_class, claim.value.reading)
            groups[(claim.provenance.document, measurand_key(claim))].setdefault(value, claim)
    return [
        sorted(group.values(), key=span_order) for _key, group in sorted(groups.items(), key=lambda kv: repr(kv[0]))
    ]


def _conflict(a: QuantityClaim, b: QuantityClaim, reading: BareReading, tolerance: float) -> bool:
    first = comparable_interval(a, reading, tolerance)
    second = comparable_interval(b, reading, tolerance)
    return first.intersection(second) is None


def _quantities(context: RuleContext) -> list[QuantityClaim]:
    return [c for c in context.claims.by_kind("quantity") if isinstance(c, QuantityClaim)]


def _describe_measurand(claim: QuantityClaim) -> str:
    parts = [claim.counted.normalised]
    if claim.predicate:
        parts.append(claim.predicate)
    if claim.actor is not None:
        parts.append(f"by {claim.actor.text}")
    if claim.time is not None:
        parts.append(claim.time.text)
    return " ".join(parts)


@rule(code="FC302", name="conflicting-figures-for-measurand", severity="error", requires=("quantity",))
def conflicting_figures_for_measurand(context: RuleContext) -> Iterator[Violation]:
    """Flags two figures for one measurand whose intervals have no value in common.

    ## What it does
    Groups factual figures by what they measure (counted thing, actor, predicate, event,
    place, time, unit) and reports each pair of distinct values whose intervals are
    disjoint (citing the first claim written with each value), estimates widened by the
    tolerance. A conflict that only exists if a bare number is read
    exactly is left to FC305.

    ## Why is this bad?
    "Over 300 projectiles" and "about 170 projectiles" for the same attack cannot both be
    true. One of them is wrong, outdated, or about something else (then the measurands
    should differ).

    ## Example
    ```yaml
    - {kind: quantity, text: more than 40 buses, counted: {text: buses, normalised: bus},
       value: {interval: '(40, inf)', number_text: '40', qualifier: more than, qualifier_class: more_than}}
    - {kind: quantity, text: fewer than 30 buses, counted: {text: buses, normalised: bus},
       value: {interval: '[0, 30)', number_text: '30', qualifier: fewer than, qualifier_class: less_than}}
    ```

    ## Use instead
    Correct the wrong figure, or tell the measurands apart (a different time, actor or
    predicate: "ordered" versus "delivered").

    ## Known problems
    Figures are grouped only when every part of the measurand is equal, and only within
    one document: two sources that disagree are not an internal inconsistency of either,
    and comparing them is the matcher's job (``factcheck verify`` reports them as FC501).
    A figure with no date is not compared with a dated one. An updated toll in the same
    document is a conflict here; across documents the matcher calls it superseded.
    """
    for group in _measurand_groups(_quantities(context)):
        for a, b in combinations(group, 2):
            if not _conflict(a, b, BareReading(context.bare_reading), context.tolerance):
                continue
            if not _conflict(a, b, BareReading.AT_LEAST, context.tolerance):
                continue  # depends on the reading of a bare number: FC305
            first = comparable_interval(a, BareReading(context.bare_reading), context.tolerance)
            second = comparable_interval(b, BareReading(context.bare_reading), context.tolerance)
            yield Violation(
                f"{quote(a.text)} is {first} but {quote(b.text)} is {second} for the same measurand "
                f"({_describe_measurand(a)}): the intervals have no value in common",
                claim_ids=(a.id, b.id),
                spans=(a.span, b.span),
                context={"first": str(first), "second": str(second), "measurand": a.counted.normalised},
            )


@rule(code="FC303", name="share-outside-percent-range", severity="error", requires=("quantity",))
def share_outside_percent_range(context: RuleContext) -> Iterator[Violation]:
    """Flags a share (percentage or fraction) outside 0 to 100 percent.

    ## What it does
    Reports a figure marked ``share: true`` whose interval has a finite end below 0 or
    above 100, or no value between 0 and 100 at all.

    ## Why is this bad?
    A share of a whole lies between none and all of it. "120 percent of voters" is a
    misprint, a change ("up 120 percent") mistaken for a share, or a figure in the wrong
    unit.

    ## Example
    ```yaml
    - kind: quantity
      text: 120 percent of the fleet
      value: {interval: '[120, 120]', number_text: '120', qualifier_class: exact, share: true}
    ```

    ## Use instead
    ```yaml
    - kind: quantity
      text: 12 percent of the fleet
      value: {interval: '[12, 12]', number_text: '12', qualifier_class: exact, share: true}
    ```

    ## Known problems
    An open upper end (``(50, inf)`` for "more than 50 percent") is accepted: the
    qualifier sets no bound, the share's nature does. Percentage changes must not be
    marked as shares.
    """
    percent = Interval(0, 100)
    for claim in _quantities(context):
        if not claim.value.share:
            continue
        interval = claim.value.interval
        outside = (
            interval.intersection(percent) is None
            or (math.isfinite(interval.low) and interval.low < 0)
            or (math.isfinite(interval.high) and interval.high > 100)
        )
        if not outside:
            continue
        yield Violation(
            f"{quote(claim.text)} is a share of {interval} percent, outside [0, 100]",
            claim_ids=(claim.id,),
            spans=(claim.span,),
            field=("value", "interval"),
            context={"interval": str(interval)},
        )


@rule(code="FC304", name="negative-count", severity="error", requires=("quantity",))
def negative_count(context: RuleContext) -> Iterator[Violation]:
    """Flags a count whose interval reaches below zero.

    ## What it does
    Reports a figure with no unit, no currency and no share (a count of things) whose
    interval allows values below 0.

    ## Why is this bad?
    Nobody intercepts minus three missiles. A negative count comes from a sign typed by
    mistake, a change ("down 3") written as a count, or an interval built by hand with the
    ends swapped around zero.

    ## Example
    ```yaml
    - kind: quantity
      text: three ferries
      value: {interval: '[-3, -3]', number_text: three, qualifier_class: exact}
    ```

    ## Use instead
    ```yaml
    - kind: quantity
      text: three ferries
      value: {interval: '[3, 3]', number_text: three, qualifier_class: exact}
    ```

    ## Known problems
    Quantities with a unit (temperatures, balances) may be negative and are not checked;
    a count stored with a unit by mistake escapes the rule.
    """
    for claim in _quantities(context):
        value = claim.value
        if value.share or value.unit or value.currency or value.interval.low >= 0:
            continue
        yield Violation(
            f"{quote(claim.text)} counts {claim.counted.text} as {value.interval}, which allows values below 0",
            claim_ids=(claim.id,),
            spans=(claim.span,),
            field=("value", "interval"),
            context={"interval": str(value.interval)},
        )


@rule(code="FC305", name="conflict-depends-on-bare-reading", severity="info", requires=("quantity",))
def conflict_depends_on_bare_reading(context: RuleContext) -> Iterator[Violation]:
    """Notes two figures that conflict only if a bare number is read exactly.

    ## What it does
    For two figures of one measurand (as FC302 groups them) where at least one is a bare
    number ("three"), compares them under both readings: exact (``[3, 3]``) and lower bound
    (``[3, inf)``). When they conflict under the first and not the second, the note
    explains both.

    ## Why is this bad?
    News writing often states a bare number as a floor ("three were injured" while the
    count is still rising). Whether "three" conflicts with "at least five" depends on that
    reading, which the text does not settle; a reviewer should decide, and the verdict
    should carry the reading that decided it.

    ## Example
    ```yaml
    - {kind: quantity, text: three ferries, counted: {text: ferries, normalised: ferry},
       value: {interval: '[3, 3]', number_text: three, qualifier_class: exact}}
    - {kind: quantity, text: at least five ferries, counted: {text: ferries, normalised: ferry},
       value: {interval: '[5, inf)', number_text: five, qualifier: at least, qualifier_class: at_least}}
    ```

    ## Use instead
    Record the reading the text supports on the bare figure:
    ```yaml
    value: {interval: '[3, inf)', number_text: three, qualifier_class: exact, reading: at_least}
    ```

    ## Known problems
    The note appears whatever reading is configured; with ``bare-reading = "at_least"``
    FC302 already treats the pair as consistent.
    """
    for group in _measurand_groups(_quantities(context)):
        for a, b in combinations(group, 2):
            bare = [c for c in (a, b) if is_bare(c) and c.value.reading is None]
            if not bare:
                continue
            if not _conflict(a, b, BareReading.EXACT, context.tolerance):
                continue
            if _conflict(a, b, BareReading.AT_LEAST, context.tolerance):
                continue  # a conflict under both readings is FC302's
            exact = [comparable_interval(c, BareReading.EXACT, context.tolerance) for c in (a, b)]
            lower = [comparable_interval(c, BareReading.AT_LEAST, context.tolerance) for c in (a, b)]
            yield Violation(
                f"{quote(a.text)} and {quote(b.text)} conflict if the bare "
                f"{' and '.join(repr(c.value.number_text) for c in bare)} is exact "
                f"({exact[0]} vs {exact[1]}) but are consistent if it is a lower bound "
                f"({lower[0]} vs {lower[1]}); the configured reading is {BareReading(context.bare_reading).value}",
                claim_ids=(a.id, b.id),
                spans=(a.span, b.span),
                context={"exact": f"{exact[0]} vs {exact[1]}", "at_least": f"{lower[0]} vs {lower[1]}"},
            )
