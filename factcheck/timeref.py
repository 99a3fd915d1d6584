"""Time references: a date as an interval of days with a granularity.

"on May 27" in an article published 2024-05-27 is the day ``[2024-05-27, 2024-05-27]``;
"in March" is the month ``[2024-03-01, 2024-03-31]``. An expression that could not be
resolved is kept with its text and ``resolution: unresolved``, never guessed.
Comparisons go through :attr:`TimeRef.interval`, so dates share the interval algebra.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from factcheck._model import FrozenModel
from factcheck.document import Span
from factcheck.interval import Interval, IntervalRelation

__all__ = ["Granularity", "TimeRef", "TimeResolution"]


class Granularity(StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


class TimeResolution(StrEnum):
    """How the interval was obtained from the text."""

    EXPLICIT = "explicit"  # the text gives the full date
    ANCHORED = "anchored"  # a missing year or weekday resolved against the publication date
    RELATIVE = "relative"  # relative to another date in the text ("two days later")
    MANUAL = "manual"  # set by an annotator
    UNRESOLVED = "unresolved"


class TimeRef(FrozenModel):
    """A date or period as written, with the interval of days it denotes (both ends inclusive)."""

    text: str = Field(min_length=1, description="The expression as written ('on May 27').")
    start: date | None = None
    end: date | None = None
    granularity: Granularity | None = None
    resolution: TimeResolution = TimeResolution.MANUAL
    anchor: str | None = Field(
        default=None, description="What it was resolved against: 'published 2024-05-27', a claim id."
    )
    year_inferred: bool = Field(
        default=False, description="True when the year was not written and was chosen by inference."
    )
    span: Span | None = None

    @model_validator(mode="after")
    def _check_interval(self) -> Self:
        if self.resolution is TimeResolution.UNRESOLVED:
            if self.start is not None or self.end is not None:
                raise ValueError("an unresolved time reference cannot have start or end")
            return self
        if self.start is None or self.end is None:
            raise ValueError("a resolved time reference needs both start and end")
        if self.end < self.start:
            raise ValueError(f"time reference ends ({self.end}) before it starts ({self.start})")
        if self.granularity is None:
            raise ValueError("a resolved time reference needs a granularity")
        return self

    @classmethod
    def day(cls, text: str, day: date, **fields: object) -> TimeRef:
        """A single day."""
        return cls.model_validate({"text": text, "start": day, "end": day, "granularity": "day", **fields})

    @property
    def resolved(self) -> bool:
        """True when the expression denotes a known interval of days."""
        return self.start is not None and self.end is not None

    @property
    def interval(self) -> Interval:
        """The days as a half-open interval of proleptic ordinals ``[start, end + 1)``."""
        if self.start is None or self.end is None:
            raise ValueError(f"time reference {self.text!r} is unresolved")
        return Interval(self.start.toordinal(), self.end.toordinal() + 1, high_closed=False)

    def relation(self, other: TimeRef) -> IntervalRelation:
        """How this period stands to ``other`` (both must be resolved)."""
        return self.interval.relation(other.interval)

    def surely_after(self, day: date) -> bool:
        """True when every day of the period is later than ``day``."""
        return self.start is not None and self.start > day

    def surely_before(self, other: TimeRef) -> bool:
        """True when the whole period ends before ``other`` starts."""
        return self.end is not None and other.start is not None and self.end < other.start
