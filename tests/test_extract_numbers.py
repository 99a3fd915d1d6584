"""Number parsing: digits, number words, scale words and fractions (factcheck.extraction.numbers).

Expected values are worked out by hand from the words.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction.numbers import (
    NUMBER_WORDS,
    find_numbers,
    parse_number,
    parse_number_words,
)


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(text[m.start : m.end], m.value, m.kind) for m in find_numbers(text)]


# -- digits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,400", 2400),
        ("1,234,567", 1234567),
        ("2400", 2400),
        ("1.5", 1.5),
        ("0.25", 0.25),
        ("10,000.75", 10000.75),
        (".5", 0.5),
        ("1.5 million", 1_500_000),
        ("2 billion", 2_000_000_000),
        ("3-billion", 3_000_000_000),
        ("4 thousand", 4000),
        ("1.2 trillion", 1.2e12),
    ],
)
def test_digit_numbers(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_digit_scale_is_recorded() -> None:
    (mention,) = find_numbers("spent 2.5 million on it")
    assert mention.scale == 1e6
    assert mention.value == 2_500_000


def test_bad_thousands_grouping_is_not_one_number() -> None:
    # "1,2345" is not a grouped number: only the "1" is.
    assert _found("1,2345") == [("1", 1.0, "digits")]


def test_digits_inside_words_are_not_numbers() -> None:
    # "F16" is a name; a scan must not start inside a word.
    assert _found("an F16 jet") == []


def test_trailing_full_stop_is_not_a_decimal_point() -> None:
    assert _found("they counted 300.") == [("300", 300.0, "digits")]


# -- number words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3),
        ("seventeen", 17),
        ("seventy", 70),
        ("seventy-two", 72),
        ("seventy two", 72),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("three thousand", 3000),
        ("one hundred thousand", 100_000),
        ("two million three thousand", 2_003_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("half a dozen", 6),
        ("Seventy-Two", 72),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["five six", "thousand hundred", "twenty thirty", "twelve three", "million million"])
def test_ill_formed_word_runs_are_not_one_number(text: str) -> None:
    assert parse_number_words(text) is None
    assert parse_number(text) is None


def test_ill_formed_word_run_splits_into_numbers() -> None:
    assert _found("five six") == [("five", 5.0, "words"), ("six", 6.0, "words")]


def test_and_between_two_numbers_is_not_part_of_either() -> None:
    assert _found("two and three") == [("two", 2.0, "words"), ("three", 3.0, "words")]


def test_number_words_need_word_boundaries() -> None:
    # "often", "someone", "tone", "seventh" hold number words but are none.
    assert _found("often someone set the tone on the seventh") == []


def test_every_number_word_parses_to_its_value() -> None:
    for word, value in NUMBER_WORDS.items():
        assert parse_number(word) == value


# -- fractions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("half", 50.0),
        ("a half", 50.0),
        ("a third", 100 / 3),
        ("two-thirds", 200 / 3),
        ("two thirds", 200 / 3),
        ("a quarter", 25.0),
        ("three quarters", 75.0),
        ("a fifth", 20.0),
    ],
)
def test_fractions_are_shares_in_percent(text: str, share: float) -> None:
    (mention,) = find_numbers(text)
    assert mention.kind == "fraction"
    assert mention.value == pytest.approx(share)
    # A share is not a plain number.
    assert parse_number(text) is None


def test_bare_ordinal_fraction_word_is_not_a_fraction() -> None:
    # "third" alone is an ordinal ("the third round"), not a share.
    assert _found("the third round") == []


def test_mismatched_fraction_keeps_the_leading_number() -> None:
    # "two third-quarter results": "two" counts results; "two third" is no fraction.
    assert _found("two third-quarter results") == [("two", 2.0, "words")]


# -- offsets, ranges and hostile input -------------------------------------------------


def test_offsets_are_into_the_full_text_and_respect_the_range() -> None:
    text = "we saw 12 and 34 and 56"
    found = find_numbers(text, 10, 19)
    assert [(m.start, m.end, m.value) for m in found] == [(14, 16, 34.0)]


@given(st.text(alphabet="0123456789,. -abtwohundredfiftyandhalf", max_size=200), st.data())
def test_find_numbers_never_crashes_and_returns_sorted_in_range_offsets(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    found = find_numbers(text, start, end)
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    for m in found:
        assert start <= m.start < m.end <= end


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_digits_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "1," * 50_000,
        "1." * 50_000,
        "one " * 30_000,
        "one-" * 30_000,
        "a " * 50_000,
        "twenty " * 30_000 + "x",
        ",'\"" * 30_000,
    ],
)
def test_scanning_is_linear_on_crafted_long_strings(text: str) -> None:
    small = _cpu_seconds(lambda: find_numbers(text))
    smaller = _cpu_seconds(lambda: find_numbers(text[: len(text) // 10]))
    # Quadratic behaviour would make the full string ~100x the tenth; allow generous noise.
    assert small < 2.0
    assert small < 40 * smaller + 0.05


def _cpu_seconds(run: Callable[[], object]) -> float:
    """Best of three CPU-time measurements: other processes on the machine do not count."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4e14", 4e14),
        ("1.5E-3", 1.5e-3),
        ("2.48\u00d710\u22125", 2.48e-5),
        ("2.5 x 10^6", 2.5e6),
        ("6 \u00d7 10^-2", 6e-2),
    ],
)
def test_scientific_notation(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_times_ten_without_a_sign_or_caret_is_not_an_exponent() -> None:
    # "x 1019" may be a superscript lost in copying; "5 x 10 m" is a size.
    assert [m.value for m in find_numbers("5 x 10 m")] == [5.0, 10.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rs 300 crore", 3e9),
        ("4.5 lakh", 450_000.0),
        ("2 lakhs", 200_000.0),
        ("1.5 lakh crore", 1.5e12),
    ],
)
def test_south_asian_scales_after_digits(text: str, value: float) -> None:
    found = find_numbers(text)
    assert [m.value for m in found] == [value]


def test_south_asian_scale_words_alone_are_no_numbers() -> None:
    assert find_numbers("past the crore mark, in lakhs") == []


def test_amount_only_prefix_needs_an_amount() -> None:
    prefixes = frozenset({"PS"})
    found = find_numbers("PS4 games and a PS2.7m fee", glued_prefixes=prefixes, amount_only_prefixes=prefixes)
    assert [(m.start, m.value) for m in found] == [(18, 2.7)]


_NUMBERY = st.sampled_from(
    ["one", "two", "ten", "million", "half", "thirds", "someone", "_", "5", "1,200", ".5", " ", "-"]
)


@given(
    st.lists(_NUMBERY | st.characters(max_codepoint=127), max_size=25).map("".join)
    | st.lists(_NUMBERY | st.characters(), max_size=25).map("".join),
    st.data(),
)
def test_the_gap_scans_find_what_the_plain_patterns_find(text: str, data: st.DataObject) -> None:
    """The scans opened by a word gap, and the ASCII digits, equal the plain patterns on ASCII text."""
    from factcheck.extraction.numbers import _ASCII_DIGITS_RE, _DIGITS_RE, _KEY_WORD_RE, _key_word_starts, _lower

    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    stop = data.draw(st.integers(min_value=start, max_value=len(text)))
    lowered = _lower(text)
    expected = [hit.start() for hit in _KEY_WORD_RE.finditer(lowered, start, stop)]
    assert _key_word_starts(lowered, start, stop) == expected
    if text.isascii():
        digits = [m.span() for m in _DIGITS_RE.finditer(text, start, stop)]
        assert [m.span() for m in _ASCII_DIGITS_RE.finditer(text, start, stop)] == digits
