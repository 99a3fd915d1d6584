"""The mention type the quantity finder returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

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


# The slots' setters, bound once: the frozen dataclass's __init__ goes through
# object.__setattr__ per field, which costs about twice as much for each figure found.
_MENTION_CLASS: Any = QuantityMention
_SETTERS = tuple(
    getattr(_MENTION_CLASS, name).__set__
    for name in ("start", "end", "quantity", "counted", "counted_start", "counted_end", "trend", "moved")
)
_new_object = object.__new__


def new_mention(
    start: int,
    end: int,
    quantity: Quantity,
    counted: Term | None,
    counted_start: int | None,
    counted_end: int | None,
    trend: Trend | None,
    moved: Trend | None,
) -> QuantityMention:
    """``QuantityMention(...)`` with every field given, equal to it, at less cost (the hot path)."""
    mention: QuantityMention = _new_object(QuantityMention)
    set_start, set_end, set_quantity, set_counted, set_counted_start, set_counted_end, set_trend, set_moved = _SETTERS
    set_start(mention, start)
    set_end(mention, end)
    set_quantity(mention, quantity)
    set_counted(mention, counted)
    set_counted_start(mention, counted_start)
    set_counted_end(mention, counted_end)
    set_trend(mention, trend)
    set_moved(mention, moved)
    return mention
