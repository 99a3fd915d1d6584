"""Time references: days as intervals, the model's checks, and the order predicates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from pydantic import ValidationError
from strategies import resolved_day_ranges

from factcheck.interval import Interval, IntervalRelation
from factcheck.timeref import Granularity, TimeRef, TimeResolution

APRIL_13 = date(2024, 4, 13)


def period(text: str, start: date, end: date, granularity: Granularity) -> TimeRef:
    """A resolved period written by hand."""
    return TimeRef(text=text, start=start, end=end, granularity=granularity)


def march_2024() -> TimeRef:
    return period("in March", date(2024, 3, 1), date(2024, 3, 31), Granularity.MONTH)


# -- construction ----------------------------------------------------------------------


def test_day_is_a_one_day_interval() -> None:
    ref = TimeRef.day("on April 13", APRIL_13)
    assert ref.start == ref.end == APRIL_13
    assert ref.granularity is Granularity.DAY
    assert ref.resolved
    assert ref.interval == Interval(APRIL_13.toordinal(), APRIL_13.toordinal() + 1, high_closed=False)
    assert ref.interval.high - ref.interval.low == 1
    assert ref.interval.contains_value(APRIL_13.toordinal())
    assert not ref.interval.contains_value(APRIL_13.toordinal() + 1)


def test_day_passes_extra_fields() -> None:
    ref = TimeRef.day(
        "on April 13",
        APRIL_13,
        resolution="anchored",
        anchor="published 2024-04-16",
        year_inferred=True,
    )
    assert ref.resolution is TimeResolution.ANCHORED
    assert ref.anchor == "published 2024-04-16"
    assert ref.year_inferred


def test_unresolved_reference_is_kept_without_dates() -> None:
    ref = TimeRef(text="recently", resolution=TimeResolution.UNRESOLVED)
    assert not ref.resolved
    assert ref.start is None
    assert ref.end is None


@pytest.mark.parametrize(
    "fields",
    [
        {"start": APRIL_13},
        {"end": APRIL_13},
        {"start": APRIL_13, "end": APRIL_13, "granularity": "day"},
    ],
)
def test_unresolved_reference_with_dates_is_rejected(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="unresolved"):
        TimeRef.model_validate({"text": "recently", "resolution": "unresolved", **fields})


def test_resolved_reference_needs_a_granularity() -> None:
    with pytest.raises(ValidationError, match="granularity"):
        TimeRef(text="on April 13", start=APRIL_13, end=APRIL_13)


@pytest.mark.parametrize("fields", [{}, {"start": APRIL_13}, {"end": APRIL_13}], ids=["none", "start", "end"])
def test_resolved_reference_needs_both_ends(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="start and end"):
        TimeRef.model_validate({"text": "on April 13", "granularity": "day", **fields})


def test_end_before_start_is_rejected() -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        period("April 14 to 13", APRIL_13 + timedelta(days=1), APRIL_13, Granularity.RANGE)


def test_empty_text_is_rejected() -> None:
    with pytest.raises(ValidationError):
        TimeRef.day("", APRIL_13)


def test_interval_of_unresolved_reference_raises() -> None:
    ref = TimeRef(text="some time ago", resolution=TimeResolution.UNRESOLVED)
    with pytest.raises(ValueError, match="some time ago"):
        _ = ref.interval
    with pytest.raises(ValueError):
        ref.relation(TimeRef.day("on April 13", APRIL_13))


# -- relations -------------------------------------------------------------------------


def test_day_refines_the_two_days_around_it() -> None:
    day = TimeRef.day("April 13", APRIL_13)
    weekend = period("April 13-14", APRIL_13, date(2024, 4, 14), Granularity.RANGE)
    assert day.relation(weekend) is IntervalRelation.REFINES
    assert weekend.relation(day) is IntervalRelation.GENERALIZES
    week = period("that week", APRIL_13, date(2024, 4, 14), Granularity.WEEK)
    assert day.relation(week) is IntervalRelation.REFINES


def test_month_contains_its_days() -> None:
    march = march_2024()
    march_5 = TimeRef.day("March 5", date(2024, 3, 5))
    assert march.interval.contains(march_5.interval)
    assert march_5.relation(march) is IntervalRelation.REFINES
    assert march.relation(march_5) is IntervalRelation.GENERALIZES
    assert march.interval.high - march.interval.low == 31


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 2, 29), IntervalRelation.DISJOINT),
        (date(2024, 3, 1), IntervalRelation.REFINES),
        (date(2024, 3, 31), IntervalRelation.REFINES),
        (date(2024, 4, 1), IntervalRelation.DISJOINT),
    ],
)
def test_month_boundaries(day: date, expected: IntervalRelation) -> None:
    assert TimeRef.day(day.isoformat(), day).relation(march_2024()) is expected


def test_adjacent_days_are_disjoint_and_same_day_is_equal() -> None:
    day = TimeRef.day("April 13", APRIL_13)
    next_day = TimeRef.day("April 14", APRIL_13 + timedelta(days=1))
    assert day.relation(next_day) is IntervalRelation.DISJOINT
    assert day.relation(TimeRef.day("that Saturday", APRIL_13)) is IntervalRelation.EQUAL


def test_overlapping_periods() -> None:
    first = period("April 10-14", date(2024, 4, 10), date(2024, 4, 14), Granularity.RANGE)
    second = period("April 14-20", date(2024, 4, 14), date(2024, 4, 20), Granularity.RANGE)
    assert first.relation(second) is IntervalRelation.OVERLAPS


# -- order predicates ------------------------------------------------------------------


def test_surely_after_at_the_boundary() -> None:
    day = TimeRef.day("April 13", APRIL_13)
    assert day.surely_after(APRIL_13 - timedelta(days=1))
    assert not day.surely_after(APRIL_13)
    assert not day.surely_after(APRIL_13 + timedelta(days=1))
    weekend = period("April 13-14", APRIL_13, date(2024, 4, 14), Granularity.RANGE)
    assert not weekend.surely_after(APRIL_13)
    assert weekend.surely_after(date(2024, 4, 12))


def test_surely_before_at_the_boundary() -> None:
    day = TimeRef.day("April 13", APRIL_13)
    same = TimeRef.day("that Saturday", APRIL_13)
    next_day = TimeRef.day("April 14", APRIL_13 + timedelta(days=1))
    assert day.surely_before(next_day)
    assert not next_day.surely_before(day)
    assert not day.surely_before(same)
    assert not same.surely_before(day)
    weekend = period("April 13-14", APRIL_13, date(2024, 4, 14), Granularity.RANGE)
    assert not weekend.surely_before(next_day)
    assert not day.surely_before(weekend)


def test_order_predicates_are_false_for_unresolved_references() -> None:
    unresolved = TimeRef(text="later", resolution=TimeResolution.UNRESOLVED)
    day = TimeRef.day("April 13", APRIL_13)
    assert not unresolved.surely_after(date(1900, 1, 1))
    assert not unresolved.surely_before(day)
    assert not day.surely_before(unresolved)


# -- properties ------------------------------------------------------------------------


@given(resolved_day_ranges(), resolved_day_ranges())
def test_date_containment_is_interval_containment(a: TimeRef, b: TimeRef) -> None:
    assert a.start is not None and a.end is not None
    assert b.start is not None and b.end is not None
    within = b.start <= a.start and a.end <= b.end
    assert b.interval.contains(a.interval) == within


@given(resolved_day_ranges(), resolved_day_ranges())
def test_disjoint_iff_date_ranges_do_not_overlap(a: TimeRef, b: TimeRef) -> None:
    assert a.start is not None and a.end is not None
    assert b.start is not None and b.end is not None
    apart = a.end < b.start or b.end < a.start
    assert (a.relation(b) is IntervalRelation.DISJOINT) == apart
    assert (a.surely_before(b) or b.surely_before(a)) == apart


@given(resolved_day_ranges(), resolved_day_ranges())
def test_equal_iff_same_days(a: TimeRef, b: TimeRef) -> None:
    same = (a.start, a.end) == (b.start, b.end)
    assert (a.relation(b) is IntervalRelation.EQUAL) == same


@given(resolved_day_ranges())
def test_interval_length_is_the_number_of_days(ref: TimeRef) -> None:
    assert ref.start is not None and ref.end is not None
    days = (ref.end - ref.start).days + 1
    assert ref.interval.high - ref.interval.low == days
    assert ref.interval.low_closed
    assert not ref.interval.high_closed


@given(resolved_day_ranges())
def test_timeref_json_round_trip(ref: TimeRef) -> None:
    assert TimeRef.model_validate_json(ref.model_dump_json()) == ref
