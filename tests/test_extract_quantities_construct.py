"""The cheap constructors of the hot path build the same objects as the classes' own."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck.extraction._quantity_mention import QuantityMention, new_mention
from factcheck.extraction.numbers import NumberMention, _digits_mention
from factcheck.extraction.quantities import _mention
from factcheck.interval import Interval
from factcheck.quantity import Quantity, Term

_QUANTITY = Quantity(interval=Interval.point(5.0), number_text="5")
_TREND = st.sampled_from([None, "up", "down"])
_SCALE = st.one_of(st.none(), st.floats(min_value=1.0, max_value=1e12))


@given(st.integers(0, 500), st.integers(0, 500), st.floats(allow_nan=False), _SCALE)
def test_digits_mention_equals_the_dataclass(start: int, end: int, value: float, scale: float | None) -> None:
    fast = _digits_mention(start, end, value, scale)
    assert fast == NumberMention(start, end, value, "digits", scale)
    assert type(fast) is NumberMention
    assert hash(fast) == hash(NumberMention(start, end, value, "digits", scale))


def test_digits_mention_stays_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _digits_mention(0, 1, 1.0).start = 3  # type: ignore[misc]


@given(st.integers(0, 500), st.integers(0, 500), st.booleans(), _TREND, _TREND)
def test_new_mention_equals_the_dataclass(
    start: int, end: int, counts: bool, trend: str | None, moved: str | None
) -> None:
    term = Term(text="new schools", normalised="new school") if counts else None
    c_start, c_end = (end, end + 11) if counts else (None, None)
    fast = new_mention(start, end, _QUANTITY, term, c_start, c_end, trend, moved)  # type: ignore[arg-type]
    slow = QuantityMention(start, end, _QUANTITY, term, c_start, c_end, trend, moved)  # type: ignore[arg-type]
    assert fast == slow
    assert repr(fast) == repr(slow)


def test_counted_term_equals_the_validated_one() -> None:
    mention = _mention(0, 3, _QUANTITY, (2, 13, "new schools"))
    assert mention.counted == Term(text="new schools", normalised="new school")
    assert mention.counted is not None and mention.counted.model_fields_set == {"text", "normalised"}
    assert (mention.start, mention.end, mention.counted_start, mention.counted_end) == (0, 13, 2, 13)


def test_an_empty_counted_phrase_still_fails_validation() -> None:
    with pytest.raises(ValidationError):
        _mention(0, 3, _QUANTITY, (3, 3, ""))
