"""A memoised :func:`factcheck.quantity.interval_for` for the extractor's path.

News text repeats the same (qualifier, figure) pairs, and :class:`~factcheck.interval.Interval`
is a frozen dataclass, so one shared instance per input is safe.  Only the extractor uses this;
the public :func:`~factcheck.quantity.interval_for` still builds and validates every call.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.interval import Interval
from factcheck.quantity import DEFAULT_TOLERANCE, BareReading, QualifierClass, interval_for

_cached = lru_cache(maxsize=4096)(interval_for)


def cached_interval_for(
    qualifier: QualifierClass,
    value: float,
    high: float | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    reading: BareReading = BareReading.EXACT,
) -> Interval:
    """``interval_for(qualifier, value, high, tolerance=..., reading=...)``, memoised.

    Zeros bypass the cache: ``0.0 == -0.0`` would share one key but keep the first sign.
    Errors (NaN, bad tolerance) are never cached, so they are raised afresh each call.
    """
    if value and (high is None or high):
        return _cached(qualifier, value, high, tolerance=tolerance, reading=reading)
    return interval_for(qualifier, value, high, tolerance=tolerance, reading=reading)
