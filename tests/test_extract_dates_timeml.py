"""The TimeML view of the date finder: values, durations and references to the present."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from factcheck.extraction._date_timeml import Timex, find_durations, find_timexes, timeml_value
from factcheck.timeref import Granularity, TimeRef, TimeResolution

ANCHOR = date(2023, 11, 16)  # a Thursday in ISO week 46


def values(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value) for t in find_timexes(text, anchor=ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell this week.", [("this week", "DATE", "2023-W46")]),
        ("Prices fell last month.", [("last month", "DATE", "2023-10")]),
        ("Prices fell in the second quarter.", [("the second quarter", "DATE", "2023-Q2")]),
        ("Prices fell in the 1970s.", [("the 1970s", "DATE", "197")]),
        ("Life in the 18th century was short.", [("the 18th century", "DATE", "17")]),
        ("Rescuers arrived Tuesday morning.", [("Tuesday morning", "TIME", "2023-11-14TMO")]),
        ("Shops closed last weekend.", [("last weekend", "DATE", "2023-W45-WE")]),
        ("Sales fell in the second half of 2022.", [("the second half of 2022", "DATE", "2022-H2")]),
        ("Floods hit last summer.", [("last summer", "DATE", "2023-SU")]),
        ("Gas ran short last winter.", [("last winter", "DATE", "2022-WI")]),
    ],
)
def test_date_values(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert values(text) == expected


def test_year_range_is_two_timeml_years() -> None:
    text = "The drought of 1983-85 ruined farms."
    assert values(text) == [("1983", "DATE", "1983"), ("85", "DATE", "1985")]


def test_years_of_a_spelled_out_range_are_two_timeml_years() -> None:
    text = "He ruled from 1958 to 1964."
    assert values(text) == [("1958", "DATE", "1958"), ("1964", "DATE", "1964")]


def test_part_of_a_period_takes_the_value_of_the_period() -> None:
    assert values("It happened earlier this month.") == [("earlier this month", "DATE", "2023-11")]
    assert values("It reopens later this year.") == [("later this year", "DATE", "2023")]


def test_unresolved_date_has_no_value() -> None:
    [timex] = find_timexes("Two days later it ended.", anchor=ANCHOR)
    assert timex.value is None
    assert timex.timeref is not None and timex.timeref.resolution is TimeResolution.UNRESOLVED


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The trial lasted two years.", "two years", "P2Y"),
        ("The trial lasted a decade.", "a decade", "P10Y"),
        ("The trial lasted 18 months.", "18 months", "P18M"),
        ("The call took an hour.", "an hour", "PT1H"),
        ("Talks lasted 45 minutes.", "45 minutes", "PT45M"),
        ("It was a three-week course.", "three-week", "P3W"),
        ("Sales rose over the past three years.", "the past three years", "P3Y"),
        ("Crowds grew in recent weeks.", "in recent weeks", "PXW"),
        ("They waited for days.", "for days", "PXD"),
        ("It may take several months.", "several months", "PXM"),
    ],
)
def test_durations(text: str, written: str, value: str) -> None:
    [timex] = find_durations(text)
    assert (text[timex.start : timex.end], timex.type, timex.value) == (written, "DURATION", value)
    assert timex.timeref is None


def test_trailing_periods_are_timeml_durations() -> None:
    assert values("Prices doubled over the past decade.") == [("the past decade", "DURATION", "P10Y")]
    assert values("Rain fell over the past week.") == [("the past week", "DURATION", "P1W")]


def test_date_wins_over_the_duration_inside_it() -> None:
    assert values("The mill closed two years ago.") == [("two years ago", "DATE", "2021")]


def test_comparison_with_than_is_a_duration_not_a_date() -> None:
    assert values("Spring came a week earlier than usual.") == [("a week", "DURATION", "P1W")]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Prices are now higher.", "now", "PRESENT_REF"),
        ("Prices are currently higher.", "currently", "PRESENT_REF"),
        ("In the past, prices were lower.", "the past", "PAST_REF"),
        ("He recently moved.", "recently", "PAST_REF"),
        ("Prices may rise in the future.", "the future", "FUTURE_REF"),
    ],
)
def test_references_to_present_past_and_future(text: str, written: str, value: str) -> None:
    assert values(text) == [(written, "DATE", value)]


def test_timeml_value_of_each_granularity() -> None:
    def ref(first: date, last: date, granularity: Granularity) -> TimeRef:
        return TimeRef(text="x", start=first, end=last, granularity=granularity)

    assert timeml_value(ref(date(2024, 1, 1), date(2024, 1, 7), Granularity.WEEK)) == "2024-W01"
    # 30 December 2024 belongs to ISO week 1 of 2025.
    assert timeml_value(ref(date(2024, 12, 30), date(2025, 1, 5), Granularity.WEEK)) == "2025-W01"
    assert timeml_value(ref(date(2024, 10, 1), date(2024, 12, 31), Granularity.QUARTER)) == "2024-Q4"
    assert timeml_value(ref(date(2024, 3, 4), date(2024, 3, 9), Granularity.RANGE)) is None
    assert timeml_value(TimeRef(text="x", resolution=TimeResolution.UNRESOLVED)) is None


def test_timexes_are_sorted_and_do_not_overlap() -> None:
    text = "Now, two years after the 2021 floods and for months since last May, the town is rebuilt."
    timexes: list[Timex] = find_timexes(text, anchor=ANCHOR)
    assert [text[t.start : t.end] for t in timexes] == ["Now", "two years", "2021", "for months", "last May"]
    for earlier, later in pairwise(timexes):
        assert earlier.end <= later.start
