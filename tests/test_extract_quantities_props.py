"""Properties of quantity extraction: the qualifier table, scales and lexicon hygiene."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction import _quantity_lexicon as lex
from factcheck.extraction.numbers import SCALE_WORDS
from factcheck.extraction.quantities import find_quantities
from factcheck.quantity import QUALIFIER_WORDS, QualifierClass, interval_for

_BEFORE = sorted(p for p, c in QUALIFIER_WORDS.items() if not p.startswith("or ") and c is not QualifierClass.RANGE)


@pytest.mark.parametrize("phrase", _BEFORE)
def test_every_qualifier_before_a_number_gives_its_interval(phrase: str) -> None:
    text = f"Officials counted {phrase} 40 drones."
    (mention,) = find_quantities(text)
    assert mention.quantity.qualifier_class is QUALIFIER_WORDS[phrase]
    assert mention.quantity.interval == interval_for(QUALIFIER_WORDS[phrase], 40)
    assert text[mention.start : mention.end].lower() == f"{phrase} 40 drones"


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(sorted(SCALE_WORDS)),
    st.sampled_from(["", "$", "\u20ac"]),
)
def test_scaled_figures(n: int, scale: str, sign: str) -> None:
    text = f"They spent {sign}{n:,} {scale} last year."
    (mention,) = find_quantities(text)
    assert mention.quantity.interval.low == pytest.approx(n * SCALE_WORDS[scale])
    assert mention.quantity.scale == SCALE_WORDS[scale]


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_digit_ranges_are_ordered_intervals(a: int, b: int) -> None:
    low, high = sorted((a, a + b))
    (mention,) = find_quantities(f"between {low:,} and {high:,} tonnes")
    interval = mention.quantity.interval
    assert (interval.low, interval.high) == (low, high)
    assert mention.quantity.unit == "tonne"


def test_currency_codes_are_iso_shaped() -> None:
    codes = set(lex.CURRENCY_BEFORE.values()) | set(lex.CURRENCY_AFTER.values())
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)


def test_unit_names_are_lower_case_and_singular_looking() -> None:
    for name in [*lex.UNITS_WORDS.values(), *lex.UNITS_CASED.values()]:
        assert name == name.lower(), name
        assert not name.endswith(("metres", "miles", "years")), name


@given(st.text(max_size=200))
def test_any_unicode_text_keeps_offsets(text: str) -> None:
    for mention in find_quantities(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end].strip()


def test_letters_that_lengthen_when_lower_cased_keep_offsets() -> None:
    # "\u0130" lower-cases to two code points; offsets must still point into the text as written.
    text = "\u0130stanbul got three hundred buses and \u0130zmir 40 trams."
    spans = [text[m.start : m.end] for m in find_quantities(text)]
    assert spans == ["three hundred buses", "40 trams"]


@pytest.mark.parametrize(("start", "end"), [(-5, None), (0, -1), (100, 200), (5, 2), (0, 10**9)])
def test_out_of_range_bounds_act_like_slices(start: int, end: int | None) -> None:
    text = "They saw 12 tanks."
    found = find_quantities(text, start, end)
    if found:
        assert [text[m.start : m.end] for m in found] == ["12 tanks"]
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
