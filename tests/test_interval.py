"""The interval algebra: laws checked with hypothesis, and the text form.

Laws that only compare ends run over arbitrary floats (:func:`float_intervals`); laws that
add, scale or average values run over integer-valued ends (:func:`intervals`) so that
every computed value is exact and the assertions need no rounding slack.
"""

from __future__ import annotations

import math
from functools import reduce

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError
from strategies import (
    float_intervals,
    hull,
    intervals,
    members,
    subintervals,
    superintervals,
)

from factcheck.interval import Interval, IntervalRelation, sum_intervals

INF = math.inf
ADAPTER: TypeAdapter[Interval] = TypeAdapter(Interval)


def candidate_points(first: Interval, second: Interval) -> list[float]:
    """Values that must include a common point of the two intervals if they have one.

    For integer-valued ends: every finite end, every midpoint of two ends, every end moved
    by a quarter or a half either way, zero, and points beyond all finite ends.
    """
    ends = [end for end in (first.low, first.high, second.low, second.high) if math.isfinite(end)]
    points = [0.0, *ends]
    points += [(a + b) / 2 for a in ends for b in ends]
    points += [end + step for end in ends for step in (-0.5, -0.25, 0.25, 0.5)]
    reach = max((abs(end) for end in ends), default=0.0) + 1
    points += [-reach, reach]
    return points


def has_witness(first: Interval, second: Interval) -> bool:
    """The naive oracle: some candidate value lies in both intervals."""
    return any(
        first.contains_value(point) and second.contains_value(point) for point in candidate_points(first, second)
    )


# -- intersection --------------------------------------------------------------------


@given(float_intervals(), float_intervals())
def test_intersection_commutes(a: Interval, b: Interval) -> None:
    assert a.intersection(b) == b.intersection(a)


@given(float_intervals(), float_intervals())
def test_intersection_is_contained_in_both_operands(a: Interval, b: Interval) -> None:
    meet = a.intersection(b)
    if meet is not None:
        assert a.contains(meet)
        assert b.contains(meet)


@given(intervals(), intervals())
def test_intersection_is_the_largest_common_part(a: Interval, b: Interval) -> None:
    # Every value in both operands is in the intersection, and no other value is.
    meet = a.intersection(b)
    for point in candidate_points(a, b):
        in_both = a.contains_value(point) and b.contains_value(point)
        assert in_both == (meet is not None and meet.contains_value(point)), point


@given(float_intervals())
def test_intersection_is_idempotent(x: Interval) -> None:
    assert x.intersection(x) == x


def test_intersection_examples() -> None:
    assert Interval.parse("(70, inf)").intersection(Interval.parse("[0, 80]")) == Interval.parse("(70, 80]")
    assert Interval.parse("[0, 50)").intersection(Interval.parse("[50, 60]")) is None
    assert Interval.parse("[0, 50]").intersection(Interval.parse("[50, 60]")) == Interval.point(50)
    assert Interval.parse("(0, 5)").intersection(Interval.parse("(0, 5]")) == Interval.parse("(0, 5)")


# -- relation and consistency ----------------------------------------------------------


@given(float_intervals())
def test_every_interval_is_consistent_with_and_equal_to_itself(x: Interval) -> None:
    assert x.consistent_with(x)
    assert x.relation(x) is IntervalRelation.EQUAL
    assert x.contains(x)


@given(float_intervals(), float_intervals())
def test_relation_converse(a: Interval, b: Interval) -> None:
    assert a.relation(b) == b.relation(a).converse()


@given(float_intervals(), float_intervals())
def test_disjoint_is_symmetric(a: Interval, b: Interval) -> None:
    assert (a.relation(b) is IntervalRelation.DISJOINT) == (b.relation(a) is IntervalRelation.DISJOINT)


@given(float_intervals(), float_intervals())
def test_relation_agrees_with_contains_and_consistency(a: Interval, b: Interval) -> None:
    relation = a.relation(b)
    assert relation.consistent == a.consistent_with(b)
    assert (relation is IntervalRelation.EQUAL) == (a == b)
    assert (relation is IntervalRelation.REFINES) == (b.contains(a) and a != b)
    assert (relation is IntervalRelation.GENERALIZES) == (a.contains(b) and a != b)


@given(float_intervals(), float_intervals())
def test_mutual_containment_is_equality(a: Interval, b: Interval) -> None:
    assert (a.contains(b) and b.contains(a)) == (a == b)


@given(intervals(), intervals())
def test_consistency_iff_intersection_iff_witness(a: Interval, b: Interval) -> None:
    oracle = has_witness(a, b)
    assert a.consistent_with(b) == oracle
    assert (a.intersection(b) is not None) == oracle


@given(intervals(), intervals())
def test_contains_agrees_with_sampled_values(a: Interval, b: Interval) -> None:
    # If a contains b, every sampled value of b is in a; if not, some sampled value of b is not.
    inside = [p for p in candidate_points(a, b) if b.contains_value(p)]
    assert inside, "the oracle found no value of b"
    assert a.contains(b) == all(a.contains_value(p) for p in inside)


@given(st.data())
def test_refinement_is_transitive(data: st.DataObject) -> None:
    middle = data.draw(intervals())
    inner = data.draw(subintervals(middle))
    outer = data.draw(superintervals(middle))
    assert middle.contains(inner)
    assert outer.contains(middle)
    assert outer.contains(inner)
    assert inner.relation(outer) in (IntervalRelation.EQUAL, IntervalRelation.REFINES)
    assert outer.relation(inner) in (IntervalRelation.EQUAL, IntervalRelation.GENERALIZES)


@given(st.data())
def test_refinement_chains_of_three_steps(data: st.DataObject) -> None:
    chain = [data.draw(intervals())]
    for _ in range(3):
        chain.append(data.draw(subintervals(chain[-1])))
    for i, wider in enumerate(chain):
        for narrower in chain[i:]:
            assert wider.contains(narrower), (wider, narrower)


@given(intervals(), intervals())
def test_hull_helper_contains_both(a: Interval, b: Interval) -> None:
    # Guards the strategies: a wrong hull would make the transitivity test vacuous.
    joined = hull(a, b)
    assert joined.contains(a)
    assert joined.contains(b)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("[3, 3]", "[3, 3]", IntervalRelation.EQUAL),
        ("(80, inf)", "(70, inf)", IntervalRelation.REFINES),
        ("(70, inf)", "(80, inf)", IntervalRelation.GENERALIZES),
        ("(70, inf)", "[70, inf)", IntervalRelation.REFINES),
        ("[0, 50)", "[40, 60]", IntervalRelation.OVERLAPS),
        ("[0, 50)", "[50, 60]", IntervalRelation.DISJOINT),
        ("[3, 3]", "(3, inf)", IntervalRelation.DISJOINT),
        ("[0, 50]", "[50, 60]", IntervalRelation.OVERLAPS),
    ],
)
def test_relation_examples(first: str, second: str, expected: IntervalRelation) -> None:
    assert Interval.parse(first).relation(Interval.parse(second)) is expected


# -- Minkowski sum ---------------------------------------------------------------------


@given(intervals(), intervals())
def test_sum_commutes(a: Interval, b: Interval) -> None:
    assert a + b == b + a


@given(intervals(), intervals(), intervals())
def test_sum_is_associative(a: Interval, b: Interval, c: Interval) -> None:
    assert (a + b) + c == a + (b + c)


@given(st.data())
def test_sum_is_monotone(data: st.DataObject) -> None:
    a = data.draw(intervals())
    wider = data.draw(superintervals(a))
    b = data.draw(intervals())
    assert (wider + b).contains(a + b)
    assert (b + wider).contains(b + a)


@given(st.data())
def test_sum_contains_every_sum_of_members(data: st.DataObject) -> None:
    a = data.draw(intervals())
    b = data.draw(intervals())
    x = data.draw(members(a))
    y = data.draw(members(b))
    assert (a + b).contains_value(x + y)


@given(intervals(), intervals())
def test_sum_is_tight_at_the_ends(a: Interval, b: Interval) -> None:
    # The sum's ends are the sums of the ends, closed exactly when both are closed.
    total = a + b
    assert total.low == a.low + b.low
    assert total.high == a.high + b.high
    if math.isfinite(total.low):
        assert total.low_closed == (a.low_closed and b.low_closed)
    if math.isfinite(total.high):
        assert total.high_closed == (a.high_closed and b.high_closed)


def test_sum_of_nothing_is_zero() -> None:
    assert sum_intervals([]) == Interval.point(0)
    assert str(sum_intervals([])) == "[0, 0]"


@given(st.lists(intervals(), max_size=6))
def test_sum_intervals_is_the_folded_sum(parts: list[Interval]) -> None:
    assert sum_intervals(parts) == reduce(lambda x, y: x + y, parts, Interval.point(0))
    assert sum_intervals(iter(parts)) == sum_intervals(parts)


def test_sum_examples() -> None:
    # "more than 70 UAVs and three ballistic missiles": more than 73 in all.
    assert str(Interval.more_than(70) + Interval.point(3)) == "(73, inf)"
    assert str(Interval.parse("[0, 50)") + Interval.parse("[1, 2]")) == "[1, 52)"
    total = sum_intervals([Interval.more_than(70), Interval.point(3), Interval.parse("[0, 10]")])
    assert str(total) == "(73, inf)"
    assert total.consistent_with(Interval.more_than(300))


# -- widening and scaling --------------------------------------------------------------


@given(float_intervals(), st.floats(min_value=0, max_value=10))
def test_widened_contains_the_original(x: Interval, tolerance: float) -> None:
    assert x.widened(tolerance).contains(x)


@given(float_intervals())
def test_widened_by_zero_is_identity(x: Interval) -> None:
    assert x.widened(0) == x
    assert x.widened(0.0) == x


def test_widened_examples() -> None:
    assert str(Interval.point(100).widened(0.1)) == "[90, 110]"
    assert str(Interval.parse("(-10, 20)").widened(0.5)) == "[-15, 30]"
    assert str(Interval.more_than(100).widened(0.5)) == "[50, inf)"
    with pytest.raises(ValueError, match="tolerance"):
        Interval.point(1).widened(-0.1)


@given(
    st.data(),
    st.one_of(
        st.integers(min_value=1, max_value=10**6).map(float),
        st.integers(min_value=1, max_value=64).map(lambda n: n / 64),
    ),
)
def test_scaled_contains_scaled_members(data: st.DataObject, factor: float) -> None:
    x = data.draw(intervals())
    value = data.draw(members(x))
    scaled = x.scaled(factor)
    assert scaled.contains_value(value * factor)
    assert scaled.low_closed == x.low_closed
    assert scaled.high_closed == x.high_closed


@pytest.mark.parametrize("factor", [0, -1, -0.5, math.nan])
def test_scaled_rejects_non_positive_factors(factor: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        Interval.point(1).scaled(factor)


def test_scaled_example() -> None:
    # "more than 1.5 million" is more than 1 500 000.
    assert str(Interval.more_than(1.5).scaled(1e6)) == "(1500000, inf)"


# -- text form -------------------------------------------------------------------------


@given(float_intervals())
def test_text_round_trip(x: Interval) -> None:
    assert Interval.parse(str(x)) == x


@given(float_intervals())
def test_pydantic_round_trip(x: Interval) -> None:
    assert ADAPTER.validate_python(str(x)) == x
    assert ADAPTER.dump_python(x, mode="json") == str(x)
    assert ADAPTER.validate_json(ADAPTER.dump_json(x)) == x


class _Figure(BaseModel):
    interval: Interval


@given(intervals())
def test_pydantic_model_field_round_trip(x: Interval) -> None:
    figure = _Figure(interval=x)
    assert figure.model_dump(mode="json") == {"interval": str(x)}
    assert _Figure.model_validate_json(figure.model_dump_json()) == figure
    assert _Figure.model_validate({"interval": str(x)}).interval == x


def test_pydantic_rejects_non_strings_and_garbage() -> None:
    with pytest.raises(ValidationError):
        ADAPTER.validate_python(3)
    with pytest.raises(ValidationError, match="not an interval"):
        _Figure.model_validate({"interval": "three hundred"})


def test_json_schema_pattern_accepts_the_text_form() -> None:
    import re

    pattern = re.compile(ADAPTER.json_schema()["pattern"])
    assert pattern.match("(300, inf)")
    assert pattern.match("[0, 50)")
    assert not pattern.match("300")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(300, inf)", Interval(300, INF, low_closed=False)),
        ("[3, 3]", Interval.point(3)),
        ("[0, 50)", Interval(0, 50, high_closed=False)),
        ("  ( -inf ,  +inf )  ", Interval(-INF, INF)),
        ("[1.5e3, 2e3]", Interval(1500, 2000)),
        ("[.5, 1.]", Interval(0.5, 1)),
        ("(-2, -1]", Interval(-2, -1, low_closed=False)),
    ],
)
def test_parse_examples(text: str, expected: Interval) -> None:
    assert Interval.parse(text) == expected


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval.more_than(300), "(300, inf)"),
        (Interval.point(3), "[3, 3]"),
        (Interval.less_than(50), "[0, 50)"),
        (Interval(-INF, 5, low_closed=True), "(-inf, 5]"),
        (Interval.point(0.5), "[0.5, 0.5]"),
    ],
)
def test_text_form_examples(interval: Interval, text: str) -> None:
    assert str(interval) == text
    assert repr(interval) == f"Interval.parse({text!r})"


# -- construction errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "low_closed", "high_closed"),
    [
        (3, 3, False, False),
        (3, 3, True, False),
        (3, 3, False, True),
        (5, 2, True, True),
        (5, 2, False, False),
    ],
)
def test_empty_intervals_are_rejected(low: float, high: float, low_closed: bool, high_closed: bool) -> None:
    with pytest.raises(ValueError, match="empty"):
        Interval(low, high, low_closed=low_closed, high_closed=high_closed)


@pytest.mark.parametrize(("low", "high"), [(math.nan, 1), (0, math.nan), (math.nan, math.nan)])
def test_nan_ends_are_rejected(low: float, high: float) -> None:
    with pytest.raises(ValueError, match="NaN"):
        Interval(low, high)


def test_infinite_ends_on_the_wrong_side_are_rejected() -> None:
    with pytest.raises(ValueError, match=r"\+inf"):
        Interval(INF, INF)
    with pytest.raises(ValueError, match="-inf"):
        Interval(-INF, -INF)
    with pytest.raises(ValueError):
        Interval.parse("(+inf, inf)")
    with pytest.raises(ValueError):
        Interval.parse("(inf, inf)")


def test_infinite_ends_are_open() -> None:
    x = Interval(-INF, INF, low_closed=True, high_closed=True)
    assert not x.low_closed
    assert not x.high_closed
    assert x == Interval.parse("(-inf, inf)")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "300",
        "[1, 2",
        "1, 2]",
        "[1; 2]",
        "{1, 2}",
        "[a, b]",
        "[nan, 1]",
        "[1, 2, 3]",
        "[1 2]",
        "[--1, 2]",
        "[1e, 2]",
    ],
)
def test_parse_rejects_garbage_naming_it(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        Interval.parse(text)
    assert repr(text) in str(excinfo.value)


def test_parse_rejects_empty_intervals() -> None:
    with pytest.raises(ValueError, match="empty"):
        Interval.parse("(3, 3)")
    with pytest.raises(ValueError, match="empty"):
        Interval.parse("[5, 2]")


@pytest.mark.parametrize(
    "text",
    [
        "[1" + "1" * 100_000,
        "[" + " " * 100_000,
        "[" + "1" * 100_000 + ", 2",
        "(" + "1." * 50_000,
        "[1, " + "1e" * 50_000,
        " " * 100_000 + "x",
        # Under any length limit, the regex itself must still answer quickly.
        "[" + "1" * 190 + ",",
        "[" + " " * 190 + "1",
        "[1" + "0" * 150 + "e" * 40,
        " " * 180 + "[1, 2" + " " * 10,
    ],
)
def test_parse_is_fast_on_hostile_input(text: str) -> None:
    with pytest.raises(ValueError):
        Interval.parse(text)
