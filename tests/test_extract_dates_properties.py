"""Properties of the date finder: it never crashes, offsets are sorted and in range, the
resolution round-trips with the calendar, and hostile input takes linear time."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extraction._date_patterns import DATE_PATTERN, KINDS
from factcheck.extraction._date_timeml import find_timexes
from factcheck.extraction._date_trigger import TRIGGER, find_triggers
from factcheck.extraction.dates import _kind, find_dates
from factcheck.timeref import TimeResolution

ANCHORS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
# Text made of the pieces dates are built from, so the patterns fire often.
PIECES = st.sampled_from(
    [
        "on ", "in ", "an ", "May ", "April ", "Sept. ", "Monday", ", ", "13", "-", "14", " 2024",
        "the night of ", "last ", "week", " two days later", " ago", "years ", "between ", " and ",
        "2008", "'90s", "Q3", "first quarter", "today", ". ", "\n", "5/6/2024", "2024-02-30", "mid-",
        "early ", "the next day", " ", "3", "31", "Feb. 29", "next ", "year", "decade", " winter", "Q4",
        "'90s", "this ", "later that day", "the 20th century", "Christmas Day",
    ]
)  # fmt: skip
DATE_LIKE_TEXT = st.lists(PIECES, max_size=40).map("".join)
# The machine is shared: a scheduling pause must not fail a property. Speed has its own tests below.
RELAXED = settings(deadline=None)
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip


def check_mentions(text: str, start: int, end: int | None, anchor: date) -> None:
    mentions = find_dates(text, start, end, anchor=anchor)
    high = len(text) if end is None else min(end, len(text))
    previous_end = max(start, 0)
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= high
        assert text[mention.start : mention.end] == mention.timeref.text
        ref = mention.timeref
        if ref.resolution is TimeResolution.UNRESOLVED:
            assert ref.start is None and ref.end is None
        else:
            assert ref.start is not None and ref.end is not None and ref.start <= ref.end
        previous_end = mention.end


@RELAXED
@given(text=st.text(max_size=300), anchor=ANCHORS)
def test_any_text_gives_sorted_in_range_mentions(text: str, anchor: date) -> None:
    check_mentions(text, 0, None, anchor)


@RELAXED
@given(text=DATE_LIKE_TEXT, anchor=st.dates())
@example(text="last week, next year, Q4, the next decade, this winter, the '90s", anchor=date(9999, 12, 31))
@example(text="last week, next year, Q4, the last decade, last summer, the '90s", anchor=date(1, 1, 1))
def test_anchors_at_the_ends_of_the_calendar(text: str, anchor: date) -> None:
    check_mentions(text, 0, None, anchor)


@RELAXED
@given(text=DATE_LIKE_TEXT, anchor=ANCHORS, data=st.data())
@example(text="on the night of April 13-14 two days later", anchor=date(2024, 5, 27), data=None)
def test_date_like_text_in_any_range(text: str, anchor: date, data: st.DataObject | None) -> None:
    if data is None:
        start, end = 0, None
    else:
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        end = data.draw(st.integers(min_value=start, max_value=len(text) + 5))
    check_mentions(text, start, end, anchor)


@RELAXED
@given(anchor=ANCHORS, back=st.integers(min_value=0, max_value=364))
def test_month_day_without_year_is_the_latest_such_day_not_after_publication(anchor: date, back: int) -> None:
    day = anchor - timedelta(days=back)
    text = f"The report was published on {MONTH_NAMES[day.month - 1]} {day.day}."
    (mention,) = find_dates(text, anchor=anchor)
    assert mention.timeref.start == mention.timeref.end == day
    assert mention.timeref.year_inferred is True


@RELAXED
@given(day=st.dates(min_value=date(1600, 1, 1), max_value=date(2099, 12, 31)), anchor=ANCHORS)
def test_written_year_is_explicit_whatever_the_anchor(day: date, anchor: date) -> None:
    text = f"It happened on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}, in the end."
    (mention,) = find_dates(text, anchor=anchor)
    assert mention.timeref.start == day
    assert mention.timeref.resolution is TimeResolution.EXPLICIT


@RELAXED
@given(anchor=ANCHORS, count=st.integers(min_value=1, max_value=60))
def test_days_later_is_the_previous_day_plus_the_count(anchor: date, count: int) -> None:
    day = anchor - timedelta(days=100)
    text = f"It began on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}. {count} days later it ended."
    _, later = find_dates(text, anchor=anchor)
    assert later.timeref.start == day + timedelta(days=count)


HOSTILE = [
    "1" * 100_000,
    "May " * 20_000,
    "on the night of " * 6_000,
    "April 13-" * 10_000,
    ", " * 50_000,
    '"' * 50_000,
    "\u201c" * 25_000 + "\u201d" * 25_000,
    "2024-" * 20_000,
    "last last last " * 6_000,
    "two days " * 25_000,
    "1/" * 50_000,
    "mid-" * 25_000,
    "June " * 20_000,
    "Dr. June " * 10_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_input_takes_linear_time(text: str) -> None:
    # Generous bound for a shared machine: a linear scan of these inputs takes about a second
    # at most; catastrophic backtracking or a quadratic pass would take minutes.
    began = time.perf_counter()
    find_dates(text, anchor=date(2024, 5, 27))
    assert time.perf_counter() - began < 15.0


@RELAXED
@given(text=st.one_of(st.text(max_size=200), DATE_LIKE_TEXT), anchor=ANCHORS)
def test_timexes_are_sorted_disjoint_and_in_range(text: str, anchor: date) -> None:
    timexes = find_timexes(text, anchor=anchor)
    previous_end = 0
    for timex in timexes:
        assert previous_end <= timex.start < timex.end <= len(text)
        previous_end = timex.end


@pytest.mark.parametrize(
    "text", [*HOSTILE, "for days " * 25_000, "9" * 50_000 + " years", "recent " * 15_000], ids=lambda t: repr(t[:12])
)
def test_timexes_on_hostile_input_take_linear_time(text: str) -> None:
    began = time.perf_counter()
    find_timexes(text, anchor=date(2024, 5, 27))
    assert time.perf_counter() - began < 15.0


# The trigger as one plain alternation behind a word boundary: what the grouped trigger must
# match, start and end, at every position.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_PLAIN_TRIGGER = re.compile(
    r"\b(?:" + _MONTH + r"|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
    r"|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight"
    r"|(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent|following|preceding|same)\s{1,3}"
    r"(?:week|month|year|quarter|weekend|decade|day|morning|evening|night|afternoon)\b"
    r"|(?:day|week|month|year|decade)s?\s{1,3}(?:ago|later|earlier)\b"
    r"|[Tt]hat\s{1,3}(?:same\s{1,3})?(?:day|week|month|year|morning|evening|night|afternoon)\b"
    r"|day\s{1,3}(?:before|after)\b"
    r"|(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\s{1,3}|-)quarter\b|Q[1-4]\b"
    r"|(?:first|second)(?:\s{1,3}|-)half\s{1,3}of\b|H[12]\s{1,3}\d|Christmas\b|New\s{1,3}Year|Valentine"
    r"|Halloween\b|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b"
    r"|(?<![\d.,])\d{4}(?![\w]|[.,]\d)"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s{1,3}(?:of\s{1,3})?|\s?[-\u2013\u2014]\s?\d{1,2}\s{1,3})" + _MONTH + r"|\d{3}0s\b"
    r"|\d{1,2}(?:st|nd|rd|th)[\s-]{1,3}[Cc]entury|(?i:nineteenth|twentieth|twenty-first)[\s-]{1,3}[Cc]entury)"
    r"|[\u2019']\d0s"
)
TRIGGER_PIECES = st.sampled_from(
    [
        "Jan", "January", "June", "Jul", "Mayday", "Sept", "Tue", "Tuesday", "Thurs", "Saturday", "Sun", "today",
        "Tonight", "yesterdays", "this ", "Last", "next", "past", "preceding", "same", "week", "weekend", "day",
        "years", "ago", "later", "that", "That", "first", "fourth", "final", "1st", "4th", "5th", "quarter", "-",
        "Q2", "Q5", "half", " of", "H1", "H3", "Christmas", "New", "Year", "Valentine", "Halloween", "spring",
        "Fall", "Winter", "2024", "12", "3", "0", "\u0663", "/", ".", ",", "'", "\u2019", "90s", "1990s", "th",
        "nd", "of ", "\u2013", "century", "Century", "NINETEENTH", "twenty-First", "Twentieth", " ", "  ", "\n",
        "x", "_", "\u00e9", "a", "an", "2nd quarter", "3rd-quarter", "TWENTIETH century", "nineteenth-Century",
        ".2024", ",1999", "1,2024", "5/6/2024", "21 May", "3rd of June", "4-5 Dec", "'90s", "\u2019", "last week",
        "\u0662\u0660\u0662\u0664", "\u0663 May",
    ]
)  # fmt: skip


TRIGGER_GAPS = st.sampled_from([" ", " ", " ", "", "-", ", ", ". ", "\n", "  "])


@given(st.lists(st.tuples(TRIGGER_PIECES, TRIGGER_GAPS), max_size=20), st.integers(0, 8), st.integers(0, 8))
def test_grouped_trigger_matches_as_the_plain_alternation(parts: list[tuple[str, str]], cut: int, trim: int) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    low, high = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    expected = [m.span() for m in _PLAIN_TRIGGER.finditer(text, low, high)]
    assert [m.span() for m in TRIGGER.finditer(text, low, high)] == expected
    assert find_triggers(text, low, high) == expected


@given(DATE_LIKE_TEXT)
def test_the_kind_of_a_date_match_is_its_one_top_level_group(text: str) -> None:
    for position in range(len(text)):
        match = DATE_PATTERN.match(text, position)
        if match is not None:
            [kind] = [kind for kind in KINDS if match.group(f"k_{kind}") is not None]
            assert _kind(match) == kind


_CUE_PIECES = st.sampled_from(
    [
        "will", "won't", "won\u2019t", "'ll", "\u2019ll", "going  to", "set to", "is to", "to be held", "may",
        "may have", "should", "said", "told", "posted", "'", "\u2019", "x", "_", "5", " ", ".", ". ", ";\n", "\n",
        "\u00e9", "lla",
    ]
)  # fmt: skip


@given(st.lists(_CUE_PIECES, max_size=20).map("".join), st.integers(0, 30))
def test_the_gap_scans_of_the_future_test_find_what_the_plain_patterns_find(text: str, position: int) -> None:
    """The future and report cues found between word gaps, and the clause ends, equal the plain patterns."""
    from factcheck.extraction._date_patterns import FUTURE_CUE, PAST_REPORT_CUE
    from factcheck.extraction.dates import _CLAUSE_END, _future_cues, _has_report_cue

    position = min(position, len(text))
    assert _future_cues(text) == [m.span() for m in FUTURE_CUE.finditer(text)]
    assert _has_report_cue(text, position) == (PAST_REPORT_CUE.search(text, position) is not None)
    plain_clause_end = re.compile(r"[.!?;]\s|\n")
    assert [m.span() for m in _CLAUSE_END.finditer(text)] == [m.span() for m in plain_clause_end.finditer(text)]
