"""Hypothesis strategies shared by the property tests.

Intervals come in two flavours:

* :func:`intervals` has integer-valued ends (stored as floats, as :class:`Interval` does), so
  sums, midpoints and small dyadic scalings are exact and the laws can be checked with ``==``;
* :func:`float_intervals` has arbitrary finite floats as ends (tiny, huge, subnormal), for the
  laws that only compare ends (intersection, containment, relation, text round trip).

Both draw open and closed ends, infinite ends (always open, as the class requires) and
degenerate points ``[n, n]``. :func:`subintervals` and :func:`superintervals` build nested
intervals by construction, so refinement chains need no filtering.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import strategies as st

from factcheck.interval import Interval
from factcheck.timeref import Granularity, TimeRef, TimeResolution

__all__ = [
    "INTEGER_BOUND",
    "float_intervals",
    "float_values",
    "hull",
    "integer_values",
    "intervals",
    "members",
    "resolved_day_ranges",
    "subintervals",
    "superintervals",
    "witness",
]

#: Integer-valued ends lie in ``[-INTEGER_BOUND, INTEGER_BOUND]``: small enough that sums,
#: quarter steps and scalings by up to 10**6 stay exact in binary floating point.
INTEGER_BOUND = 1000


def integer_values(bound: int = INTEGER_BOUND) -> st.SearchStrategy[float]:
    """Integer-valued floats in ``[-bound, bound]``."""
    return st.integers(min_value=-bound, max_value=bound).map(float)


def float_values() -> st.SearchStrategy[float]:
    """Any finite float, including subnormals, signed zeros and values near the float limits."""
    return st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def _intervals_from(draw: st.DrawFn, values: st.SearchStrategy[float], allow_infinite: bool) -> Interval:
    first, second = draw(values), draw(values)
    low, high = min(first, second), max(first, second)
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        # A degenerate point: the only non-empty interval with equal ends.
        return Interval.point(low)
    if allow_infinite and draw(st.integers(min_value=0, max_value=3)) == 0:
        low = -math.inf
    if allow_infinite and draw(st.integers(min_value=0, max_value=3)) == 0:
        high = math.inf
    if low == high:
        return Interval.point(low)
    return Interval(low, high, low_closed=draw(st.booleans()), high_closed=draw(st.booleans()))


def intervals(*, allow_infinite: bool = True, bound: int = INTEGER_BOUND) -> st.SearchStrategy[Interval]:
    """Intervals with integer-valued ends, random open/closed and infinite ends, and points."""
    return _intervals_from(integer_values(bound), allow_infinite)


def float_intervals(*, allow_infinite: bool = True) -> st.SearchStrategy[Interval]:
    """Intervals whose finite ends are arbitrary finite floats."""
    return _intervals_from(float_values(), allow_infinite)


def witness(interval: Interval) -> float:
    """One value that lies in ``interval`` (computed, not searched)."""
    if interval.is_bounded:
        value = interval.low if interval.is_point else interval.low / 2 + interval.high / 2
    elif math.isfinite(interval.low):
        value = interval.low + 1
    elif math.isfinite(interval.high):
        value = interval.high - 1
    else:
        value = 0.0
    assert interval.contains_value(value), f"no exact witness for {interval}"
    return value


def hull(first: Interval, second: Interval) -> Interval:
    """The smallest interval containing both (written here, independently of the library)."""
    if first.low < second.low:
        low, low_closed = first.low, first.low_closed
    elif second.low < first.low:
        low, low_closed = second.low, second.low_closed
    else:
        low, low_closed = first.low, first.low_closed or second.low_closed
    if first.high > second.high:
        high, high_closed = first.high, first.high_closed
    elif second.high > first.high:
        high, high_closed = second.high, second.high_closed
    else:
        high, high_closed = first.high, first.high_closed or second.high_closed
    return Interval(low, high, low_closed=low_closed, high_closed=high_closed)


@st.composite
def subintervals(draw: st.DrawFn, outer: Interval) -> Interval:
    """An interval inside ``outer``: itself, one of its points, or its overlap with another."""
    choice = draw(st.integers(min_value=0, max_value=3))
    if choice == 0:
        return outer
    if choice == 1:
        return Interval.point(witness(outer))
    if choice == 2 and outer.is_bounded and not outer.is_point:
        # Shrink each end inwards by a fraction of the width (quarters: exact for integer ends).
        width = outer.high - outer.low
        low = outer.low + width * draw(st.sampled_from([0.0, 0.25, 0.5]))
        high = outer.high - width * draw(st.sampled_from([0.0, 0.25]))
        low_closed = draw(st.booleans()) and (low > outer.low or outer.low_closed)
        high_closed = draw(st.booleans()) and (high < outer.high or outer.high_closed)
        if low == high:
            return Interval.point(low)
        return Interval(low, high, low_closed=low_closed, high_closed=high_closed)
    overlap = outer.intersection(draw(intervals()))
    return overlap if overlap is not None else Interval.point(witness(outer))


@st.composite
def superintervals(draw: st.DrawFn, inner: Interval) -> Interval:
    """An interval containing ``inner``: itself, its hull with another, or a widening."""
    choice = draw(st.integers(min_value=0, max_value=2))
    if choice == 0:
        return inner
    if choice == 1:
        return hull(inner, draw(intervals()))
    return inner.widened(draw(st.sampled_from([0.25, 0.5, 1.0, 2.0])))


@st.composite
def members(draw: st.DrawFn, interval: Interval) -> float:
    """A value of ``interval`` on the quarter grid (exact in floats for integer-valued ends).

    Infinite ends are replaced by a finite end ``2 * INTEGER_BOUND`` beyond the other end.
    """
    span = 2 * INTEGER_BOUND
    if math.isfinite(interval.low):
        low = interval.low
    else:
        low = (interval.high if math.isfinite(interval.high) else 0.0) - span
    if math.isfinite(interval.high):
        high = interval.high
    else:
        high = (interval.low if math.isfinite(interval.low) else 0.0) + span
    first = math.ceil(low * 4)
    last = math.floor(high * 4)
    if not interval.low_closed and first / 4 == interval.low:
        first += 1
    if not interval.high_closed and last / 4 == interval.high:
        last -= 1
    value = draw(st.integers(min_value=first, max_value=last)) / 4
    assert interval.contains_value(value), (interval, value)
    return value


@st.composite
def resolved_day_ranges(
    draw: st.DrawFn, *, first: date = date(2023, 12, 1), days: int = 120, max_length: int = 60
) -> TimeRef:
    """A resolved TimeRef of one or more whole days, starting within ``days`` of ``first``.

    The window is kept small so that two draws often overlap, touch or nest.
    """
    start = first + timedelta(days=draw(st.integers(min_value=0, max_value=days)))
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=max_length)))
    granularity = Granularity.DAY if start == end else Granularity.RANGE
    return TimeRef(
        text=f"{start.isoformat()} to {end.isoformat()}",
        start=start,
        end=end,
        granularity=granularity,
        resolution=draw(st.sampled_from([r for r in TimeResolution if r is not TimeResolution.UNRESOLVED])),
    )
