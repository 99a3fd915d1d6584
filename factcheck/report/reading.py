"""Values as a person reads them: intervals in words, dates with their granularity.

``(70, inf)`` UAVs reads "more than 70 UAVs (70, inf)": the words first, then the interval
itself, so a reader sees both what is meant and exactly what is compared.
"""

from __future__ import annotations

import math

from factcheck.interval import Interval
from factcheck.quantity import Quantity, Term
from factcheck.timeref import TimeRef

__all__ = ["read_interval", "read_quantity", "read_time"]


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def read_interval(interval: Interval, *, suffix: str = "") -> str:
    """The interval in words: ``(70, inf)`` -> ``more than 70``; ``[0, 50)`` -> ``fewer than 50``.

    ``suffix`` follows every number (``%`` for shares).
    """
    low, high = interval.low, interval.high

    def num(value: float) -> str:
        return _number(value) + suffix

    if interval.is_point:
        return f"exactly {num(low)}"
    if math.isinf(high):
        if math.isinf(low):
            return "any value"
        return f"more than {num(low)}" if not interval.low_closed else f"at least {num(low)}"
    if low == 0 and interval.low_closed:
        return f"at most {num(high)}" if interval.high_closed else f"fewer than {num(high)}"
    if math.isinf(low):
        return f"at most {num(high)}" if interval.high_closed else f"less than {num(high)}"
    if interval.low_closed and interval.high_closed:
        return f"between {num(low)} and {num(high)}"
    if interval.low_closed:
        return f"from {num(low)} to under {num(high)}"
    if interval.high_closed:
        return f"over {num(low)} and up to {num(high)}"
    return f"between {num(low)} and {num(high)}, both excluded"


def read_quantity(quantity: Quantity, counted: Term) -> str:
    """``more than 70 UAVs (70, inf)``: the interval in words, the counted thing as written, the interval."""
    suffix = "%" if quantity.share else ""
    words = read_interval(quantity.interval, suffix=suffix)
    unit = f" {quantity.unit}" if quantity.unit else ""
    currency = f" {quantity.currency}" if quantity.currency else ""
    share = " of" if quantity.share else ""
    reading = f", read {quantity.reading.value.replace('_', ' ')}" if quantity.reading else ""
    return f"{words}{unit}{currency}{share} {counted.text} {quantity.interval}{reading}"


def read_time(time: TimeRef | None) -> str | None:
    """``2024-04-13 (day)``, ``2024-03-01 to 2024-03-31 (month)``, or ``'last week' (unresolved)``."""
    if time is None:
        return None
    if time.start is None or time.end is None:
        return f"{time.text!r} (unresolved)"
    granularity = time.granularity.value if time.granularity else "period"
    inferred = ", year inferred" if time.year_inferred else ""
    if time.start == time.end:
        return f"{time.start.isoformat()} ({granularity}{inferred})"
    return f"{time.start.isoformat()} to {time.end.isoformat()} ({granularity}{inferred})"
