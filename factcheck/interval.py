"""Intervals over the real line: the value of a figure and the extent of a date.

An :class:`Interval` is never empty. Its ends may be open or closed; an infinite end is
always open. The text form is the one people write, ``(300, inf)``, ``[3, 3]``,
``[0, 50)``, and it is also the form in claim files.

The algebra is what the validators and the matcher need:

* :meth:`Interval.intersection` and :meth:`Interval.consistent_with` (they overlap);
* :meth:`Interval.contains` (refinement: a contained value is more specific);
* :meth:`Interval.relation`, one of :class:`IntervalRelation`;
* ``a + b`` (the Minkowski sum: what a sum of two figures can be) and :func:`sum_intervals`;
* :meth:`Interval.widened` (a relative tolerance for approximate figures).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

__all__ = ["Interval", "IntervalRelation", "sum_intervals"]

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf"
# Anchored, no nested quantifiers: matching is linear in the input.
_TEXT_FORM = re.compile(rf"\s*([\[(])\s*({_NUMBER})\s*,\s*({_NUMBER})\s*([\])])\s*")
TEXT_PATTERN = rf"^\s*[\[(]\s*(?:{_NUMBER})\s*,\s*(?:{_NUMBER})\s*[\])]\s*$"


class IntervalRelation(StrEnum):
    """How one interval stands to another.

    ``equal``: the same set; ``refines``: strictly inside the other (more specific);
    ``generalizes``: strictly contains the other; ``overlaps``: they share values but
    neither contains the other; ``disjoint``: no value in common (a conflict).
    """

    EQUAL = "equal"
    REFINES = "refines"
    GENERALIZES = "generalizes"
    OVERLAPS = "overlaps"
    DISJOINT = "disjoint"

    @property
    def consistent(self) -> bool:
        """True unless the two intervals conflict."""
        return self is not IntervalRelation.DISJOINT

    def converse(self) -> IntervalRelation:
        """The relation seen from the other interval."""
        if self is IntervalRelation.REFINES:
            return IntervalRelation.GENERALIZES
        if self is IntervalRelation.GENERALIZES:
            return IntervalRelation.REFINES
        return self


def _format_number(value: float) -> str:
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True, slots=True)
class Interval:
    """A non-empty interval ``low .. high`` with open or closed ends.

    >>> Interval.parse("(70, inf)").contains(Interval.point(80))
    True
    >>> str(Interval.point(3) + Interval.more_than(70))
    '(73, inf)'
    """

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __post_init__(self) -> None:
        low, high = float(self.low), float(self.high)
        if math.isnan(low) or math.isnan(high):
            raise ValueError("an interval end cannot be NaN")
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        if math.isinf(low):
            if low > 0:
                raise ValueError("the low end of an interval cannot be +inf")
            object.__setattr__(self, "low_closed", False)
        if math.isinf(high):
            if high < 0:
                raise ValueError("the high end of an interval cannot be -inf")
            object.__setattr__(self, "high_closed", False)
        if low > high:
            raise ValueError(f"empty interval: low {_format_number(low)} > high {_format_number(high)}")
        if low == high and not (self.low_closed and self.high_closed):
            raise ValueError(f"empty interval: {self._text()}")

    # -- constructors -------------------------------------------------------------
    @classmethod
    def point(cls, value: float) -> Interval:
        """``[value, value]``: an exact figure."""
        return cls(value, value)

    @classmethod
    def more_than(cls, value: float) -> Interval:
        """``(value, inf)``."""
        return cls(value, math.inf, low_closed=False)

    @classmethod
    def at_least(cls, value: float) -> Interval:
        """``[value, inf)``."""
        return cls(value, math.inf)

    @classmethod
    def less_than(cls, value: float, *, floor: float = 0.0) -> Interval:
        """``[floor, value)``; counts start at 0."""
        return cls(floor, value, high_closed=False)

    @classmethod
    def at_most(cls, value: float, *, floor: float = 0.0) -> Interval:
        """``[floor, value]``."""
        return cls(floor, value)

    @classmethod
    def closed(cls, low: float, high: float) -> Interval:
        """``[low, high]``."""
        return cls(low, high)

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Read the text form, ``(300, inf)`` or ``[0, 50)``; raise ``ValueError`` if it is not one."""
        if len(text) > 200:
            raise ValueError("interval text is longer than 200 characters")
        match = _TEXT_FORM.fullmatch(text)
        if match is None:
            raise ValueError(
                f"{text!r} is not an interval; write it as '[low, high]', '(low, high)', "
                "'[low, high)' or '(low, high]', with 'inf' for no bound"
            )
        opening, low, high, closing = match.groups()
        return cls(float(low), float(high), low_closed=opening == "[", high_closed=closing == "]")

    # -- predicates ---------------------------------------------------------------
    @property
    def is_point(self) -> bool:
        """True for an exact figure ``[n, n]``."""
        return self.low == self.high

    @property
    def is_bounded(self) -> bool:
        """True when both ends are finite."""
        return not (math.isinf(self.low) or math.isinf(self.high))

    def contains_value(self, value: float) -> bool:
        """True when ``value`` lies in the interval."""
        above = value > self.low or (self.low_closed and value == self.low)
        below = value < self.high or (self.high_closed and value == self.high)
        return above and below

    def contains(self, other: Interval) -> bool:
        """True when every value of ``other`` lies in this interval (``other`` refines it)."""
        low_ok = other.low > self.low or (other.low == self.low and (self.low_closed or not other.low_closed))
        high_ok = other.high < self.high or (other.high == self.high and (self.high_closed or not other.high_closed))
        return low_ok and high_ok

    def intersection(self, other: Interval) -> Interval | None:
        """The values in both intervals, or ``None`` when they have none in common."""
        if self.low > other.low:
            low, low_closed = self.low, self.low_closed
        elif other.low > self.low:
            low, low_closed = other.low, other.low_closed
        else:
            low, low_closed = self.low, self.low_closed and other.low_closed
        if self.high < other.high:
            high, high_closed = self.high, self.high_closed
        elif other.high < self.high:
            high, high_closed = other.high, other.high_closed
        else:
            high, high_closed = self.high, self.high_closed and other.high_closed
        if low > high or (low == high and not (low_closed and high_closed)):
            return None
        return Interval(low, high, low_closed, high_closed)

    def consistent_with(self, other: Interval) -> bool:
        """True when the two intervals share at least one value."""
        return self.intersection(other) is not None

    def relation(self, other: Interval) -> IntervalRelation:
        """How this interval stands to ``other``; see :class:`IntervalRelation`."""
        if self == other:
            return IntervalRelation.EQUAL
        inside, outside = other.contains(self), self.contains(other)
        if inside and not outside:
            return IntervalRelation.REFINES
        if outside and not inside:
            return IntervalRelation.GENERALIZES
        if self.consistent_with(other):
            return IntervalRelation.OVERLAPS
        return IntervalRelation.DISJOINT

    def distance(self, other: Interval) -> float:
        """The gap between two disjoint intervals (0 when they touch or overlap)."""
        if self.high <= other.low:
            return other.low - self.high
        if other.high <= self.low:
            return self.low - other.high
        return 0.0

    # -- arithmetic ---------------------------------------------------------------
    def __add__(self, other: Interval) -> Interval:
        """The Minkowski sum: every value a sum of one value from each can take."""
        if not isinstance(other, Interval):
            return NotImplemented
        return Interval(
            self.low + other.low,
            self.high + other.high,
            low_closed=self.low_closed and other.low_closed,
            high_closed=self.high_closed and other.high_closed,
        )

    def scaled(self, factor: float) -> Interval:
        """Every value multiplied by a positive ``factor`` (a scale such as 'million')."""
        if not factor > 0:
            raise ValueError(f"scale factor must be positive, got {factor!r}")
        return Interval(self.low * factor, self.high * factor, self.low_closed, self.high_closed)

    def widened(self, tolerance: float) -> Interval:
        """Each finite end moved outwards by ``tolerance`` times its magnitude; ends become closed."""
        if tolerance < 0:
            raise ValueError(f"tolerance must not be negative, got {tolerance!r}")
        if tolerance == 0:
            return self
        low = self.low - abs(self.low) * tolerance if math.isfinite(self.low) else self.low
        high = self.high + abs(self.high) * tolerance if math.isfinite(self.high) else self.high
        return Interval(low, high, low_closed=math.isfinite(low), high_closed=math.isfinite(high))

    # -- text form ----------------------------------------------------------------
    def _text(self) -> str:
        opening = "[" if self.low_closed else "("
        closing = "]" if self.high_closed else ")"
        return f"{opening}{_format_number(self.low)}, {_format_number(self.high)}{closing}"

    def __str__(self) -> str:
        return self._text()

    def __repr__(self) -> str:
        return f"Interval.parse({self._text()!r})"

    # -- pydantic integration -----------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(cls, source_type: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        def validate(value: Any) -> Interval:
            if isinstance(value, Interval):
                return value
            if isinstance(value, str):
                return cls.parse(value)
            raise ValueError(f"expected an interval such as '(300, inf)', got {type(value).__name__}")

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": TEXT_PATTERN,
            "description": "Interval in mathematical notation, e.g. '(300, inf)' or '[3, 3]'.",
            "examples": ["(300, inf)", "[3, 3]", "[0, 50)"],
        }


def sum_intervals(intervals: Iterable[Interval]) -> Interval:
    """The Minkowski sum of several intervals; the sum of none is ``[0, 0]``."""
    total = Interval.point(0)
    for interval in intervals:
        total = total + interval
    return total
