"""Figures as intervals: the qualifier table of DESIGN.md and the Quantity model.

"over 300 projectiles" is ``(300, inf)`` projectiles; "nearly 50" is ``[45, 50)`` with the
default tolerance 0.1; a bare "three" is ``[3, 3]`` under the ``exact`` reading and
``[3, inf)`` under the ``at_least`` reading. :func:`interval_for` is the one place the
table is turned into intervals; extraction and validation both call it.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from factcheck._model import FrozenModel
from factcheck.document import Span
from factcheck.interval import Interval

__all__ = [
    "DEFAULT_TOLERANCE",
    "QUALIFIER_WORDS",
    "VAGUE_PLURALS",
    "BareReading",
    "QualifierClass",
    "Quantity",
    "Term",
    "interval_for",
]

DEFAULT_TOLERANCE = 0.1


class QualifierClass(StrEnum):
    """The families of qualifier in DESIGN.md, each with its interval shape."""

    EXACT = "exact"  # N (bare)            -> [N, N]  (or [N, inf) read as a lower bound)
    MORE_THAN = "more_than"  # over N      -> (N, inf)
    AT_LEAST = "at_least"  # at least N    -> [N, inf)
    LESS_THAN = "less_than"  # under N     -> [0, N)
    AT_MOST = "at_most"  # up to N         -> [0, N]
    NEARLY = "nearly"  # nearly N          -> [N(1-t), N)
    ABOUT = "about"  # about N             -> [N(1-t), N(1+t)]
    RANGE = "range"  # between A and B     -> [A, B]
    VAGUE = "vague"  # dozens, hundreds    -> [floor, inf)


class BareReading(StrEnum):
    """How a bare number is read: exactly, or as a lower bound ("three" = "at least three")."""

    EXACT = "exact"
    AT_LEAST = "at_least"


#: Qualifier phrases as written (lowercase) and their class. Longest phrases are matched first
#: by extractors; "or more" follows the number.
QUALIFIER_WORDS: dict[str, QualifierClass] = {
    "over": QualifierClass.MORE_THAN,
    "more than": QualifierClass.MORE_THAN,
    "greater than": QualifierClass.MORE_THAN,
    "higher than": QualifierClass.MORE_THAN,
    "above": QualifierClass.MORE_THAN,
    "in excess of": QualifierClass.MORE_THAN,
    "upwards of": QualifierClass.MORE_THAN,
    "at least": QualifierClass.AT_LEAST,
    "no fewer than": QualifierClass.AT_LEAST,
    "no less than": QualifierClass.AT_LEAST,
    "a minimum of": QualifierClass.AT_LEAST,
    "or more": QualifierClass.AT_LEAST,
    "under": QualifierClass.LESS_THAN,
    "less than": QualifierClass.LESS_THAN,
    "lower than": QualifierClass.LESS_THAN,
    "fewer than": QualifierClass.LESS_THAN,
    "below": QualifierClass.LESS_THAN,
    "at most": QualifierClass.AT_MOST,
    "up to": QualifierClass.AT_MOST,
    "no more than": QualifierClass.AT_MOST,
    "a maximum of": QualifierClass.AT_MOST,
    "or fewer": QualifierClass.AT_MOST,
    "nearly": QualifierClass.NEARLY,
    "almost": QualifierClass.NEARLY,
    "close to": QualifierClass.NEARLY,
    "about": QualifierClass.ABOUT,
    "around": QualifierClass.ABOUT,
    "some": QualifierClass.ABOUT,
    "roughly": QualifierClass.ABOUT,
    "approximately": QualifierClass.ABOUT,
    "an estimated": QualifierClass.ABOUT,
    "estimated": QualifierClass.ABOUT,
    "approx.": QualifierClass.ABOUT,
    "~": QualifierClass.ABOUT,
    "\u223c": QualifierClass.ABOUT,  # tilde operator
    "\u2248": QualifierClass.ABOUT,  # ≈
    ">": QualifierClass.MORE_THAN,
    "\u2265": QualifierClass.AT_LEAST,  # ≥
    "\u2a7e": QualifierClass.AT_LEAST,  # ⩾
    "<": QualifierClass.LESS_THAN,
    "\u2264": QualifierClass.AT_MOST,  # ≤
    "\u2a7d": QualifierClass.AT_MOST,  # ⩽
    "between": QualifierClass.RANGE,
}

#: Vague plurals and the lower bound each implies ("dozens of" is at least 24).
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "millions": 2_000_000,
    "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000,
    "billions": 2_000_000_000,
}


def interval_for(
    qualifier: QualifierClass,
    value: float,
    high: float | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    reading: BareReading = BareReading.EXACT,
    vague_ceiling: float = math.inf,
) -> Interval:
    """The interval a qualified figure denotes, following the table in DESIGN.md.

    ``high`` is the upper number of a range; ``tolerance`` widens approximate figures;
    ``reading`` decides bare numbers; ``vague_ceiling`` caps "dozens"/"hundreds".

    >>> str(interval_for(QualifierClass.MORE_THAN, 300))
    '(300, inf)'
    >>> str(interval_for(QualifierClass.ABOUT, 350))
    '[315, 385]'
    """
    if not 0 <= tolerance < 1:
        raise ValueError(f"tolerance must be in [0, 1), got {tolerance!r}")
    match qualifier:
        case QualifierClass.EXACT:
            return Interval.point(value) if reading is BareReading.EXACT else Interval.at_least(value)
        case QualifierClass.MORE_THAN:
            return Interval.more_than(value)
        case QualifierClass.AT_LEAST:
            return Interval.at_least(value)
        case QualifierClass.LESS_THAN:
            # Counts start at 0; a bound at or below 0 ("under -5 degrees") has no floor.
            return Interval.less_than(value, floor=0.0 if value > 0 else -math.inf)
        case QualifierClass.AT_MOST:
            return Interval.at_most(value, floor=0.0 if value >= 0 else -math.inf)
        case QualifierClass.NEARLY:
            low = value - abs(value) * tolerance
            if low == value:
                return Interval.point(value)
            return Interval(low, value, high_closed=False)
        case QualifierClass.ABOUT:
            spread = abs(value) * tolerance
            return Interval(value - spread, value + spread)
        case QualifierClass.RANGE:
            if high is None:
                raise ValueError("a range needs its upper number")
            return Interval(min(value, high), max(value, high))
        case QualifierClass.VAGUE:
            return Interval(value, max(value, vague_ceiling), high_closed=math.isfinite(vague_ceiling))
    raise ValueError(f"unknown qualifier class {qualifier!r}")  # pragma: no cover


class Term(FrozenModel):
    """A word or phrase as written and in normalised form ("UAVs" -> "uav")."""

    text: str = Field(min_length=1)
    normalised: str = Field(min_length=1, description="Lowercase singular canonical form.")
    span: Span | None = None


class Quantity(FrozenModel):
    """A figure: its interval and the words that made it.

    ``number_text`` is the number as written ("300", "three", "1.5 million"); ``qualifier``
    the qualifier as written ("over"); ``qualifier_class`` its family. For a share
    (``share: true``) the interval is in percent of the counted whole.
    """

    interval: Interval
    number_text: str = Field(min_length=1)
    qualifier: str | None = Field(default=None, description="The qualifier as written: 'more than'.")
    qualifier_class: QualifierClass = QualifierClass.EXACT
    reading: BareReading | None = Field(
        default=None, description="For a bare number: read exactly or as a lower bound."
    )
    scale: float | None = Field(default=None, gt=0, description="Multiplier written as a word: 1e6.")
    unit: str | None = Field(default=None, description="Unit of measure, normalised: 'tonne', 'km'.")
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    share: bool = Field(default=False, description="True when the figure is a percentage or fraction.")
    tolerance: float | None = Field(default=None, ge=0, lt=1)

    @model_validator(mode="after")
    def _check_reading(self) -> Self:
        if self.reading is not None and self.qualifier_class is not QualifierClass.EXACT:
            raise ValueError("'reading' applies only to bare numbers (qualifier_class 'exact')")
        return self

    def under_reading(self, reading: BareReading) -> Interval:
        """The interval under a reading of a bare number; other figures are unchanged."""
        if self.qualifier_class is not QualifierClass.EXACT or not self.interval.is_point:
            return self.interval
        return interval_for(QualifierClass.EXACT, self.interval.low, reading=reading)
