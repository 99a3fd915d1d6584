"""Settings of the matcher: tolerance, bare-number reading, time window, score threshold."""

from __future__ import annotations

from pydantic import Field

from factcheck._model import FrozenModel
from factcheck.quantity import DEFAULT_TOLERANCE, BareReading

__all__ = ["MatchConfig"]


class MatchConfig(FrozenModel):
    """How claims are matched against sources; every field is validated on construction.

    ``tolerance`` widens approximate figures ("about 350" is ``[350(1-t), 350(1+t)]``);
    ``bare_reading`` decides a bare number ("three" read exactly or as "at least three");
    ``time_window_days`` is how far apart two dated claims may be and still describe the
    same thing; ``score_threshold`` is the least rapidfuzz score (0-100) at which two
    statements, stances or events are compared at all (below it they are only *related*).
    """

    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0.0, lt=1.0)
    bare_reading: BareReading = BareReading.EXACT
    time_window_days: int = Field(default=3, ge=0, le=3660)
    score_threshold: float = Field(default=60.0, ge=0.0, le=100.0)
