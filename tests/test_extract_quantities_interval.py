"""The extractor's memoised interval_for answers exactly as the validating one does."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction._quantity_interval import cached_interval_for
from factcheck.extraction.quantities import find_quantities
from factcheck.interval import Interval
from factcheck.quantity import BareReading, QualifierClass, interval_for

_VALUES = st.one_of(st.floats(), st.integers(-(10**18), 10**18), st.sampled_from([0.0, -0.0, 0, math.inf, -math.inf]))
_HIGH = st.one_of(st.none(), _VALUES)
_TOLERANCE = st.one_of(st.floats(0.0, 0.99), st.sampled_from([-0.0, 1.0, -0.5, math.nan]))


def _outcome(call: object) -> tuple[str, object]:
    """What a call returned, with the signs of zero ends kept, or the error it raised."""
    try:
        interval = call()  # type: ignore[operator]
    except ValueError as error:
        return ("error", str(error))
    assert isinstance(interval, Interval)
    ends = (math.copysign(1.0, interval.low), math.copysign(1.0, interval.high))
    return ("interval", (interval, ends, interval.low_closed, interval.high_closed))


@given(st.sampled_from(QualifierClass), _VALUES, _HIGH, _TOLERANCE, st.sampled_from(BareReading))
def test_cached_equals_validated(
    qualifier: QualifierClass, value: float, high: float | None, tolerance: float, reading: BareReading
) -> None:
    def plain() -> Interval:
        return interval_for(qualifier, value, high, tolerance=tolerance, reading=reading)

    def cached() -> Interval:
        return cached_interval_for(qualifier, value, high, tolerance=tolerance, reading=reading)

    expected = _outcome(plain)
    # Twice: the second call is served from the cache when the first one was cached.
    assert _outcome(cached) == expected
    assert _outcome(cached) == expected


def test_zero_keeps_its_sign_after_the_other_zero_was_cached() -> None:
    # 0.0 == -0.0, so one cache key would hand back the first one's sign.
    first = cached_interval_for(QualifierClass.EXACT, 0.0)
    second = cached_interval_for(QualifierClass.EXACT, -0.0)
    assert math.copysign(1.0, first.low) == 1.0
    assert math.copysign(1.0, second.low) == -1.0


def test_errors_are_raised_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ValueError, match="NaN"):
            cached_interval_for(QualifierClass.EXACT, math.nan)
        with pytest.raises(ValueError, match="tolerance"):
            cached_interval_for(QualifierClass.ABOUT, 5.0, tolerance=1.5)
        with pytest.raises(ValueError, match="upper number"):
            cached_interval_for(QualifierClass.RANGE, 5.0)


def test_repeated_figures_read_alike() -> None:
    # The same figure twice in one text (and again in a later text) gets equal intervals.
    text = "About 40 people came on Monday and about 40 people came on Tuesday."
    first, second = find_quantities(text)
    assert first.quantity.interval == second.quantity.interval == Interval(36, 44)
    (again,) = find_quantities("About 40 people left.")
    assert again.quantity.interval == Interval(36, 44)
