"""The qualifier table of DESIGN.md, turned into intervals by interval_for, and Quantity.

The expected intervals below were written from the table in DESIGN.md, not printed by the code.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck.interval import Interval
from factcheck.quantity import (
    DEFAULT_TOLERANCE,
    QUALIFIER_WORDS,
    VAGUE_PLURALS,
    BareReading,
    QualifierClass,
    Quantity,
    interval_for,
)

Q = QualifierClass


# -- the table -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualifier", "value", "high", "kwargs", "expected"),
    [
        # over / more than / above / in excess of N -> (N, inf)
        (Q.MORE_THAN, 300, None, {}, "(300, inf)"),
        # at least / no fewer than / N or more -> [N, inf)
        (Q.AT_LEAST, 3, None, {}, "[3, inf)"),
        # under / less than / fewer than / below N -> [0, N)
        (Q.LESS_THAN, 50, None, {}, "[0, 50)"),
        # at most / up to / no more than N -> [0, N]
        (Q.AT_MOST, 10, None, {}, "[0, 10]"),
        # nearly / almost N -> [N(1-t), N)
        (Q.NEARLY, 50, None, {"tolerance": 0.1}, "[45, 50)"),
        (Q.NEARLY, 50, None, {}, "[45, 50)"),
        (Q.NEARLY, 200, None, {"tolerance": 0.25}, "[150, 200)"),
        # about / around / some / roughly / approximately / an estimated N -> [N(1-t), N(1+t)]
        (Q.ABOUT, 350, None, {}, "[315, 385]"),
        (Q.ABOUT, 350, None, {"tolerance": 0.1}, "[315, 385]"),
        (Q.ABOUT, 400, None, {"tolerance": 0.5}, "[200, 600]"),
        (Q.ABOUT, 350, None, {"tolerance": 0}, "[350, 350]"),
        # between A and B / A to B / A-B -> [A, B]
        (Q.RANGE, 4, 6, {}, "[4, 6]"),
        (Q.RANGE, 6, 4, {}, "[4, 6]"),
        (Q.RANGE, 5, 5, {}, "[5, 5]"),
        # N (bare) -> [N, N], or [N, inf) read as a lower bound
        (Q.EXACT, 3, None, {}, "[3, 3]"),
        (Q.EXACT, 3, None, {"reading": BareReading.EXACT}, "[3, 3]"),
        (Q.EXACT, 3, None, {"reading": BareReading.AT_LEAST}, "[3, inf)"),
        # dozens / hundreds / thousands / tens of thousands / millions of
        (Q.VAGUE, 24, None, {}, "[24, inf)"),
        (Q.VAGUE, 200, None, {}, "[200, inf)"),
        (Q.VAGUE, 2_000_000, None, {}, "[2000000, inf)"),
        # the upper bound of a vague plural is configurable
        (Q.VAGUE, 24, None, {"vague_ceiling": 100}, "[24, 100]"),
    ],
)
def test_interval_for_follows_the_design_table(
    qualifier: QualifierClass,
    value: float,
    high: float | None,
    kwargs: dict[str, object],
    expected: str,
) -> None:
    result = interval_for(qualifier, value, high, **kwargs)  # type: ignore[arg-type]
    assert result == Interval.parse(expected)
    assert str(result) == expected


def test_default_tolerance_is_a_tenth() -> None:
    assert DEFAULT_TOLERANCE == 0.1


def test_vague_dozens_from_the_lexicon() -> None:
    assert interval_for(Q.VAGUE, VAGUE_PLURALS["dozens"]) == Interval.parse("[24, inf)")
    assert interval_for(Q.VAGUE, VAGUE_PLURALS["thousands"]) == Interval.parse("[2000, inf)")


@pytest.mark.parametrize("tolerance", [-0.1, -1e-12, 1.0, 1.5, math.inf, math.nan])
@pytest.mark.parametrize("qualifier", [Q.ABOUT, Q.NEARLY, Q.MORE_THAN, Q.EXACT])
def test_tolerance_outside_zero_to_one_is_rejected(qualifier: QualifierClass, tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance"):
        interval_for(qualifier, 100, tolerance=tolerance)


def test_range_needs_its_upper_number() -> None:
    with pytest.raises(ValueError, match="upper"):
        interval_for(Q.RANGE, 4)


# -- the lexicons ----------------------------------------------------------------------


def test_every_qualifier_word_maps_to_a_class() -> None:
    assert QUALIFIER_WORDS
    for phrase, qualifier in QUALIFIER_WORDS.items():
        assert isinstance(qualifier, QualifierClass), phrase
        assert phrase == phrase.lower().strip(), phrase
        assert phrase, "empty qualifier phrase"


DESIGN_PHRASES: dict[str, QualifierClass] = {
    "over": Q.MORE_THAN,
    "more than": Q.MORE_THAN,
    "above": Q.MORE_THAN,
    "in excess of": Q.MORE_THAN,
    "at least": Q.AT_LEAST,
    "no fewer than": Q.AT_LEAST,
    "or more": Q.AT_LEAST,
    "under": Q.LESS_THAN,
    "less than": Q.LESS_THAN,
    "fewer than": Q.LESS_THAN,
    "below": Q.LESS_THAN,
    "at most": Q.AT_MOST,
    "up to": Q.AT_MOST,
    "no more than": Q.AT_MOST,
    "nearly": Q.NEARLY,
    "almost": Q.NEARLY,
    "about": Q.ABOUT,
    "around": Q.ABOUT,
    "some": Q.ABOUT,
    "roughly": Q.ABOUT,
    "approximately": Q.ABOUT,
    "an estimated": Q.ABOUT,
}


@pytest.mark.parametrize(("phrase", "expected"), sorted(DESIGN_PHRASES.items()))
def test_design_phrases_have_the_right_class(phrase: str, expected: QualifierClass) -> None:
    assert QUALIFIER_WORDS.get(phrase) is expected


@pytest.mark.parametrize(
    ("plural", "floor"),
    [
        ("dozens", 24),
        ("hundreds", 200),
        ("thousands", 2000),
        ("tens of thousands", 20000),
        ("millions", 2000000),
    ],
)
def test_vague_plurals_floors(plural: str, floor: float) -> None:
    assert VAGUE_PLURALS[plural] == floor


# -- Quantity --------------------------------------------------------------------------


def test_bare_exact_quantity_under_at_least_reading() -> None:
    three = Quantity(interval=Interval.point(3), number_text="three")
    assert three.qualifier_class is Q.EXACT
    assert three.under_reading(BareReading.AT_LEAST) == Interval.parse("[3, inf)")
    assert three.under_reading(BareReading.EXACT) == Interval.parse("[3, 3]")


def test_qualified_quantity_is_unchanged_by_reading() -> None:
    more_than_70 = Quantity(
        interval=Interval.parse("(70, inf)"),
        number_text="70",
        qualifier="more than",
        qualifier_class=Q.MORE_THAN,
    )
    for reading in BareReading:
        assert more_than_70.under_reading(reading) == Interval.parse("(70, inf)")


def test_quantity_interval_from_text_and_back() -> None:
    quantity = Quantity.model_validate(
        {"interval": "(300, inf)", "number_text": "300", "qualifier": "over", "qualifier_class": "more_than"}
    )
    assert quantity.interval == Interval.more_than(300)
    dumped = quantity.model_dump(mode="json")
    assert dumped["interval"] == "(300, inf)"
    assert Quantity.model_validate(dumped) == quantity


@pytest.mark.parametrize("reading", list(BareReading))
def test_reading_is_only_for_bare_numbers(reading: BareReading) -> None:
    with pytest.raises(ValidationError, match="reading"):
        Quantity(
            interval=Interval.parse("(70, inf)"),
            number_text="70",
            qualifier="more than",
            qualifier_class=Q.MORE_THAN,
            reading=reading,
        )


def test_reading_is_accepted_on_a_bare_number() -> None:
    quantity = Quantity(interval=Interval.point(3), number_text="three", reading=BareReading.AT_LEAST)
    assert quantity.reading is BareReading.AT_LEAST


@pytest.mark.parametrize("tolerance", [-0.1, 1.0])
def test_quantity_tolerance_is_bounded(tolerance: float) -> None:
    with pytest.raises(ValidationError):
        Quantity(interval=Interval.point(3), number_text="3", tolerance=tolerance)


# -- properties ------------------------------------------------------------------------

positive_values = st.floats(min_value=1e-3, max_value=1e12)
# Dyadic tolerances and integer values make N*t, N*(1-t) and N*(1+t) exact in floats, so
# the end points can be checked against the table's formulas with ==.
dyadic_tolerances = st.integers(min_value=0, max_value=512).map(lambda k: k / 1024)
integer_values = st.integers(min_value=1, max_value=10**9).map(float)


@given(positive_values, st.floats(min_value=0, max_value=0.5))
def test_about_contains_the_number(value: float, tolerance: float) -> None:
    result = interval_for(Q.ABOUT, value, tolerance=tolerance)
    assert result.contains_value(value)
    assert result.is_bounded
    assert result.low_closed
    assert result.high_closed


@given(integer_values, dyadic_tolerances)
def test_about_ends_follow_the_table_exactly(value: float, tolerance: float) -> None:
    result = interval_for(Q.ABOUT, value, tolerance=tolerance)
    assert result == Interval(value * (1 - tolerance), value * (1 + tolerance))


# Tolerances are kept above 1e-6: below about 1e-16 N*t vanishes next to N in floating
# point, and interval_for then returns [N, N] rather than an empty interval.
@given(positive_values, st.floats(min_value=1e-6, max_value=0.5))
def test_nearly_excludes_the_number(value: float, tolerance: float) -> None:
    result = interval_for(Q.NEARLY, value, tolerance=tolerance)
    assert not result.contains_value(value)
    assert result.high == value
    assert result.low == pytest.approx(value * (1 - tolerance), rel=1e-12)


@given(integer_values, dyadic_tolerances.filter(lambda t: t > 0))
def test_nearly_contains_the_lower_end_exactly(value: float, tolerance: float) -> None:
    result = interval_for(Q.NEARLY, value, tolerance=tolerance)
    assert result.contains_value(value * (1 - tolerance))
    assert not result.contains_value(value)
    assert result == Interval(value * (1 - tolerance), value, high_closed=False)


@given(st.floats(min_value=0, max_value=1e12), st.floats(min_value=0, max_value=1e12))
def test_range_is_order_free(first: float, second: float) -> None:
    forward = interval_for(Q.RANGE, first, second)
    assert forward == interval_for(Q.RANGE, second, first)
    assert forward.contains_value(first)
    assert forward.contains_value(second)


@given(st.floats(min_value=0, max_value=1e12))
def test_bound_qualifiers_relate_as_the_words_do(value: float) -> None:
    # "more than N" refines "at least N"; "under N" refines "at most N";
    # the bare N is in "at least N" and "at most N" but in neither strict bound.
    exact = interval_for(Q.EXACT, value)
    at_least = interval_for(Q.AT_LEAST, value)
    assert at_least.contains(interval_for(Q.MORE_THAN, value))
    assert at_least.contains(exact)
    assert interval_for(Q.AT_MOST, value).contains(exact)
    assert not interval_for(Q.MORE_THAN, value).consistent_with(exact)
    if value > 0:
        assert interval_for(Q.AT_MOST, value).contains(interval_for(Q.LESS_THAN, value))
        assert not interval_for(Q.LESS_THAN, value).consistent_with(exact)
    assert interval_for(Q.EXACT, value, reading=BareReading.AT_LEAST) == at_least


@pytest.mark.parametrize("value", [-5.0, -0.5, -1e6])
def test_upper_bounds_below_zero(value: float) -> None:
    """Figures below zero: "below -5" is every value under -5, not an error or a point.

    Counts start at 0, but a bound below 0 (a temperature, a balance) has no floor: "under N"
    must not collapse to the empty [N, N) nor "at most N" to the point [N, N].
    """
    below = interval_for(Q.LESS_THAN, value)
    assert not below.contains_value(value)
    assert below.contains_value(value - 1)
    at_most = interval_for(Q.AT_MOST, value)
    assert at_most.contains_value(value)
    assert at_most.contains_value(value - 1)
