"""The mention type the quantity finder returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factcheck.quantity import Quantity, Term

__all__ = ["QuantityMention", "Trend"]

Trend = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """One figure in a text: ``text[start:end]`` is the whole phrase ("more than 70 UAVs").

    ``counted`` is the counted thing as written and normalised, at
    ``text[counted_start:counted_end]``; ``trend`` is ``"up"`` or ``"down"`` when the figure
    is a change ("rose 3%", "down 19 cents") rather than a level; ``moved`` is the direction
    of the movement that reached a level ("climbed to 6.7%", "fell to 49.5 Hz": the figure
    is the level, not the change, so ``trend`` stays ``None``).
    """

    start: int
    end: int
    quantity: Quantity
    counted: Term | None
    counted_start: int | None
    counted_end: int | None
    trend: Trend | None = None
    moved: Trend | None = None
