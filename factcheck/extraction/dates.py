"""Find dates in text and resolve them to intervals of days against the publication date.

:func:`find_dates` scans ``text[start:end]`` and returns one :class:`DateMention` per
expression, sorted by offset, each with a :class:`~factcheck.timeref.TimeRef`:

* a written year gives ``resolution=explicit`` ("May 27, 2024", "in 2009", "Q3 2023");
* a missing year, a weekday or a phrase relative to today gives ``resolution=anchored``
  against ``anchor``, the publication date ("on May 27", "said Monday", "last week",
  "earlier this month", "three years ago"). News reports the past, so a date without a year
  is the latest such date not after the publication date, unless the clause is in the future
  ("will meet on June 3"); then ``year_inferred=True``, and when the other reading is close
  to the publication date too it is kept in :attr:`DateMention.alternatives`;
* a phrase relative to the previous date ("two days later", "the next day") gives
  ``resolution=relative`` against the previous resolved mention in the range, or
  ``previous`` when there is none;
* anything that cannot be resolved exactly ("a few days ago", "5/6/2024", "two days
  later" with no date before it) is returned with ``resolution=unresolved``, never guessed.

The candidates come from precompiled patterns (:mod:`factcheck.extraction._date_patterns`);
the values are computed directly with calendar arithmetic, which is exact for every
pattern the finder accepts and far faster than calling dateparser per expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from factcheck._model import trusted
from factcheck.extraction import _date_calendar as cal
from factcheck.extraction._date_patterns import (
    DATE_PATTERN,
    FUTURE_CUE,
    FUTURE_CUE_AFTER_GAP,
    KINDS,
    NAMED_DAY_WORDS,
    NUMBER_WORDS,
    PAST_REPORT_CUE,
    PAST_REPORT_CUE_AFTER_GAP,
)
from factcheck.extraction._date_trigger import find_triggers
from factcheck.timeref import Granularity, TimeRef, TimeResolution

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: ``text[start:end]`` and what it denotes.

    ``alternatives`` holds the other plausible readings when the year was inferred and two
    years fit (published 2024-12-20, "on Jan. 5": 2024-01-05 is chosen, 2025-01-05 is kept
    here), so a validator can report the ambiguity; it is empty otherwise.
    """

    start: int
    end: int
    timeref: TimeRef
    alternatives: tuple[TimeRef, ...] = ()


# Words that may stand before the core of a date and belong to its pattern.
_PREFIX_TEXT = (
    "on in an a since until by during from through before after of the night nights morning mornings "
    "evening evenings afternoon afternoons between early late mid mid- end beginning start middle earlier "
    "later about around some nearly almost roughly more than over less this last next past coming previous "
    "current several few many"
)
_PREFIX_WORDS = frozenset(_PREFIX_TEXT.split())
_NAMED_DAYS = frozenset(NAMED_DAY_WORDS.lower().split("|"))
# A prefix (preposition, "between", "the night of", "more than three") is at most this far back.
_LOOKBACK_CHARS = 40
_LOOKBACK_WORDS = 5
# Prepositions and articles that belong to the date's span ("on May 27", "an April 15 meeting").
_SPAN_PREPOSITIONS = frozenset({"on", "in", "an", "a"})
# A year-less reading in the other direction this close to the anchor is plausible too.
_AMBIGUITY_DAYS = 31
# "[.!?;]\s|\n" with its first character as one class, so a scan jumps between candidates in C.
_CLAUSE_END = re.compile(r"[.!?;\n](?:(?<=\n)|\s)")
_REPORT_WINDOW = 25
_FUTURE_WINDOW = 150
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


@dataclass(slots=True)
class _Context:
    """What a resolver needs besides the match."""

    text: str
    low: int
    high: int
    anchor: date
    previous: TimeRef | None

    @property
    def anchor_text(self) -> str:
        return f"published {self.anchor.isoformat()}"


_Resolved = tuple[TimeRef, tuple[TimeRef, ...]] | None


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    anchor: date,
    previous: TimeRef | None = None,
) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, sorted by offset, resolved against ``anchor``.

    ``anchor`` is the publication date. ``previous`` is the last date before the range (for
    "two days later" at the start of a sentence); inside the range each resolved mention
    becomes the previous date of the next one.

    >>> [m.timeref.start for m in find_dates("Bild reported on May 27.", anchor=date(2024, 5, 27))]
    [datetime.date(2024, 5, 27)]
    """
    high = len(text) if end is None else min(end, len(text))
    low = max(0, start)
    if isinstance(anchor, datetime):  # a publication time: only its day matters
        anchor = anchor.date()
    context = _Context(text, low, high, anchor, previous)
    mentions: list[DateMention] = []
    covered = low
    # Only around the trigger's matches is the full pattern tried, so text without dates
    # costs one scan of the (cheap) trigger.
    for position, _ in find_triggers(text, low, high):
        if position < covered:
            continue
        match = _match_around(text, position, max(covered, low, position - _LOOKBACK_CHARS), high)
        if match is None:
            continue
        mention = _mention(match, context)
        if mention is None:
            continue
        mentions.append(mention)
        covered = mention.end
        if mention.timeref.resolved:
            context.previous = mention.timeref
    return mentions


def _match_around(text: str, position: int, floor: int, high: int) -> re.Match[str] | None:
    """The earliest pattern match that starts a few prefix words before ``position`` and covers it."""
    starts = [position]
    cursor = position
    for _ in range(_LOOKBACK_WORDS):
        # the word just before ``cursor``
        stop = cursor
        while stop > floor and text[stop - 1].isspace():
            stop -= 1
        begin = stop
        while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] in "'\u2019-"):
            begin -= 1
        word = text[begin:stop].lower()
        if (
            begin == stop
            or (stop == cursor and not word.endswith("-"))
            or not (word in _PREFIX_WORDS or word.isdigit() or word in NUMBER_WORDS or word in _NAMED_DAYS)
        ):
            break
        starts.append(begin)
        cursor = begin
    for candidate in reversed(starts):
        match = DATE_PATTERN.match(text, candidate, high)
        if match is not None and match.end() > position:
            return match
    return None


def _kind(match: re.Match[str]) -> str:
    # Each top-level alternative is one group "k_<kind>" around the whole alternative, so it
    # is the last group to close: Python's ``lastgroup``.
    name = match.lastgroup
    if name is None or not name.startswith("k_"):
        raise AssertionError("a date pattern matched without a kind")  # pragma: no cover
    return name[2:]


def _mention(match: re.Match[str], context: _Context) -> DateMention | None:
    kind = _kind(match)
    span_start, span_end = match.start(), match.end()
    pre_name = f"{kind}_pre"
    if pre_name in match.re.groupindex:
        pre = match.group(pre_name)
        if pre is not None and pre.split()[0].lower() not in _SPAN_PREPOSITIONS:
            # "since May", "by 2030": the preposition changes the meaning; the span is the date.
            span_start = match.start(pre_name) + len(pre)
            while span_start < span_end and context.text[span_start].isspace():
                span_start += 1
    if not _accept(kind, match, context):
        return None
    written = context.text[span_start:span_end]
    try:
        resolved = _RESOLVERS[kind](match, written, context, span_start, span_end)
    except (ValueError, OverflowError):
        resolved = None  # the date falls outside the calendar's years 1-9999 (an anchor near its ends)
    if resolved is None:
        return DateMention(span_start, span_end, _timeref({"text": written, "resolution": TimeResolution.UNRESOLVED}))
    timeref, alternatives = resolved
    return DateMention(span_start, span_end, timeref, alternatives)


def _accept(kind: str, match: re.Match[str], context: _Context) -> bool:
    """Filters a pattern cannot express: names, verbs and counts that look like dates."""
    text, high = context.text, context.high
    if kind == "mon":
        bare = match.group("mon_pre") is None and match.group("mon_mod") is None and match.group("mon_dir") is None
        if bare and match.group("mon_m") == "May":
            return False  # "May the best team win"
        # "Dr. June Carter", "April Ryan said": a first name, not a month
        if bare and (
            _NAME_AFTER.match(text, match.end(), high)
            or _TITLE_BEFORE.search(text, max(context.low, match.start() - 8), match.start())
        ):
            return False
    if kind == "wd" and _PUBLICATION_AFTER.match(text, match.end(), high):
        return False  # "The Sunday Times"
    if kind == "yr":
        bare = match.group("yr_pre") is None and match.group("yr_mod") is None and match.group("yr2") is None
        attributive = _DETERMINER_BEFORE.search(text, max(context.low, match.start() - 8), match.start())
        if bare and _CLOCK_AFTER.match(text, match.end(), high):
            return False  # "at 2000 GMT"
        if bare and attributive is None and _YEAR_AS_COUNT.match(text, match.end(), high):
            return False
    return True


_NAME_AFTER = re.compile(r"\s{1,3}[A-Z][a-z]")
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|St)\.?\s{1,3}$")
_PUBLICATION_AFTER = re.compile(
    r"\s{1,3}(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Tribune|Independent|Observer|Star|Sport|Night\s{1,3}Live)\b"
)
_CLOCK_AFTER = re.compile(r"\s{0,3}(?:GMT|UTC|Z|hrs?|hours|local\s{1,3}time)\b")


# "his 2007 campaign", "the 2024 election": a year used as an adjective after a determiner.
_DETERMINER_BEFORE = re.compile(r"(?<![\w'])(?:the|his|her|its|their|our|your|my|this|that)\s{1,3}$|['\u2019]s\s{1,3}$")
# "2000 soldiers": a bare four-digit number followed by a lower-case noun is a count, not a year.
_YEAR_AS_COUNT = re.compile(
    r"\s{1,3}(?!(?:and|or|to|when|after|before|as|at|in|on|for|with|from|until|through|was|were|is|had|has"
    r"|saw|marked|brought|elections?|census|season|budget|report|levels?|figures?|election|that|which|but)\b)"
    r"[a-z]"
)


# -- resolution ----------------------------------------------------------------------------


def _timeref(values: dict[str, Any]) -> TimeRef:
    """``TimeRef(**values)``, unvalidated where its checks hold: a non-empty text, and either
    no dates (unresolved) or two plain dates in order with a granularity. Any other values
    are validated (and rejected as before)."""
    first, last = values.get("start"), values.get("end")
    if values["text"] and (
        (first is None and last is None and values["resolution"] is TimeResolution.UNRESOLVED)
        or (
            type(first) is date
            and type(last) is date
            and first <= last
            and type(values.get("granularity")) is Granularity
            and values["resolution"] is not TimeResolution.UNRESOLVED
        )
    ):
        return trusted(TimeRef, values)
    return TimeRef(**values)


def _explicit(text: str, first: date, last: date, granularity: Granularity) -> TimeRef:
    return _timeref(
        {"text": text, "start": first, "end": last, "granularity": granularity, "resolution": TimeResolution.EXPLICIT}
    )


def _anchored(
    text: str, first: date, last: date, granularity: Granularity, context: _Context, *, year_inferred: bool = False
) -> TimeRef:
    return _timeref(
        {
            "text": text,
            "start": first,
            "end": last,
            "granularity": granularity,
            "resolution": TimeResolution.ANCHORED,
            "anchor": context.anchor_text,
            "year_inferred": year_inferred,
        }
    )


def _future(context: _Context, span_start: int, span_end: int) -> bool:
    """True when the clause around the date speaks of the future.

    A future cue earlier in the clause decides ("will begin on April 7, the agency said"),
    unless a past reporting verb stands between it and the date. A cue after the date counts
    only when no reporting verb is next to the date ("said Monday it will" is past).
    """
    text = context.text
    before = text[max(context.low, span_start - _FUTURE_WINDOW) : span_start]
    clause_breaks = list(_CLAUSE_END.finditer(before))
    if clause_breaks:
        before = before[clause_breaks[-1].end() :]
    cues = _future_cues(before)
    if cues and not _has_report_cue(before, cues[-1][1]):
        return True
    after = text[span_end : min(context.high, span_end + _FUTURE_WINDOW // 3)]
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    if not _future_cues(after):
        return False
    return not (_has_report_cue(before[-_REPORT_WINDOW:]) or _has_report_cue(after[:_REPORT_WINDOW]))


def _future_cues(text: str) -> list[tuple[int, int]]:
    """The spans of ``FUTURE_CUE.finditer(text)``, by the scan that jumps between word gaps.

    Every cue ends with a letter, so the next one needs a gap after it: only a cue at the
    very start has no gap character before it, and it is matched alone.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    first = FUTURE_CUE.match(text)
    if first is not None:
        spans.append(first.span())
        position = first.end()
    while (match := FUTURE_CUE_AFTER_GAP.search(text, position)) is not None:
        gap = match.start()
        if match.group("ll") is not None:
            spans.append((gap, match.end()))  # "'ll" starts at its apostrophe
        elif text[gap] == "'":
            position = gap + 1  # "'will": the look-behind refuses it; a later word may still be a cue
            continue
        else:
            spans.append((gap + 1, match.end()))
        position = match.end()
    return spans


def _has_report_cue(text: str, position: int = 0) -> bool:
    """Whether ``PAST_REPORT_CUE.search(text, position)`` finds one, by the scan that jumps between gaps."""
    return (
        PAST_REPORT_CUE.match(text, position) is not None
        or PAST_REPORT_CUE_AFTER_GAP.search(text, position) is not None
    )


def _choose(
    candidates: list[tuple[date, date]], context: _Context, future: bool
) -> tuple[tuple[date, date], tuple[date, date] | None] | None:
    """The reading of a year-less period, and the other reading when it is plausible too.

    Past (the default): the latest period that starts on or before the anchor. Future: the
    earliest period that ends on or after it.
    """
    anchor = context.anchor
    past = [c for c in candidates if c[0] <= anchor]
    ahead = [c for c in candidates if c[1] >= anchor]
    past_choice = max(past) if past else None
    future_choice = min(ahead) if ahead else None
    chosen, other = (future_choice, past_choice) if future else (past_choice, future_choice)
    if chosen is None:
        # Only one direction has a reading (a weekday that fits one year only).
        chosen, other = other, None
    if chosen is None:
        return None
    if other is None or other == chosen:
        return chosen, None
    gap_other = (other[0] - anchor).days if other[0] > anchor else (anchor - other[1]).days
    gap_chosen = (chosen[0] - anchor).days if chosen[0] > anchor else (anchor - chosen[1]).days
    if gap_other <= _AMBIGUITY_DAYS < gap_chosen:
        return chosen, other
    return chosen, None


def _year_less(
    text: str,
    candidates: list[tuple[date, date]],
    granularity: Granularity,
    context: _Context,
    span_start: int,
    span_end: int,
) -> _Resolved:
    choice = _choose(candidates, context, _future(context, span_start, span_end))
    if choice is None:
        return None
    (first, last), other = choice
    chosen = _anchored(text, first, last, granularity, context, year_inferred=True)
    if other is None:
        return chosen, ()
    return chosen, (_anchored(text, other[0], other[1], granularity, context, year_inferred=True),)


def _month_number(name: str) -> int:
    return cal.MONTHS[name.rstrip(".").lower()]


def _weekday_number(name: str | None) -> int | None:
    return None if name is None else cal.WEEKDAYS[name.rstrip(".").lower()]


def _day_in_years(month: int, day: int, years: range, weekday: int | None) -> list[tuple[date, date]]:
    days = [d for d in (cal.valid_day(y, month, day) for y in years) if d is not None]
    if weekday is not None:
        days = [d for d in days if d.weekday() == weekday] or days
    return [(d, d) for d in days]


def _resolve_day(
    text: str,
    context: _Context,
    span_start: int,
    span_end: int,
    month: int,
    day: int,
    year: str | None,
    weekday: int | None,
) -> _Resolved:
    if year is not None:
        exact = cal.valid_day(int(year), month, day)
        return None if exact is None else (_explicit(text, exact, exact, Granularity.DAY), ())
    years = range(context.anchor.year - 1, context.anchor.year + 2)
    candidates = _day_in_years(month, day, years, weekday)
    return _year_less(text, candidates, Granularity.DAY, context, span_start, span_end)


def _resolve_md(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    return _resolve_day(
        text,
        context,
        span_start,
        span_end,
        _month_number(match.group("md_m")),
        int(match.group("md_d")),
        match.group("md_y"),
        _weekday_number(match.group("md_wd")),
    )


def _resolve_dm(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    return _resolve_day(
        text,
        context,
        span_start,
        span_end,
        _month_number(match.group("dm_m")),
        int(match.group("dm_d")),
        match.group("dm_y"),
        _weekday_number(match.group("dm_wd")),
    )


def _resolve_range(
    text: str,
    context: _Context,
    span_start: int,
    span_end: int,
    months: tuple[int, int],
    days: tuple[int, int],
    year: str | None,
) -> _Resolved:
    (month1, month2), (day1, day2) = months, days
    if year is not None:
        years = range(int(year), int(year) + 1)
    else:
        years = range(context.anchor.year - 1, context.anchor.year + 2)
    candidates: list[tuple[date, date]] = []
    for y in years:
        # "December 30 - January 2": the end falls in the next year.
        first = cal.valid_day(y - 1 if year is not None and month2 < month1 else y, month1, day1)
        last = cal.valid_day(y + 1 if year is None and month2 < month1 else y, month2, day2)
        if first is not None and last is not None and first < last:
            candidates.append((first, last))
    if not candidates:
        return None
    if year is not None:
        first, last = candidates[0]
        return _explicit(text, first, last, Granularity.RANGE), ()
    return _year_less(text, candidates, Granularity.RANGE, context, span_start, span_end)


def _resolve_rng(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    month1 = _month_number(match.group("rng_m1"))
    month2 = _month_number(match.group("rng_m2")) if match.group("rng_m2") else month1
    days = (int(match.group("rng_d1")), int(match.group("rng_d2")))
    return _resolve_range(text, context, span_start, span_end, (month1, month2), days, match.group("rng_y"))


def _resolve_rngb(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    month = _month_number(match.group("rngb_m"))
    days = (int(match.group("rngb_d1")), int(match.group("rngb_d2")))
    return _resolve_range(text, context, span_start, span_end, (month, month), days, match.group("rngb_y"))


def _resolve_my(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    first, last = cal.month_period(int(match.group("my_y")), _month_number(match.group("my_m")))
    return _explicit(text, first, last, Granularity.MONTH), ()


def _resolve_iso(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    day = cal.valid_day(int(match.group("iso_y")), int(match.group("iso_m")), int(match.group("iso_d")))
    return None if day is None else (_explicit(text, day, day, Granularity.DAY), ())


def _resolve_num(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    a, b, year = int(match.group("num_a")), int(match.group("num_b")), int(match.group("num_y"))
    month_first = cal.valid_day(year, a, b)
    day_first = cal.valid_day(year, b, a)
    if month_first is not None and day_first is not None and month_first != day_first:
        return None  # 5/6/2024: May 6 or 5 June; the text does not say which
    day = month_first or day_first
    return None if day is None else (_explicit(text, day, day, Granularity.DAY), ())


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _resolve_q(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    anchor = context.anchor
    current = (anchor.month - 1) // 3 + 1
    word = match.group("q_n")
    number = int(match.group("q_n2")) if word is None else _ORDINALS.get(word)
    year_text = match.group("q_y") or match.group("q_y2") or match.group("q_y3")
    relative = match.group("q_rel")
    if word == "last" and (year_text is not None or relative is not None):
        number = 4  # "the last quarter of 2023" is its fourth
    if year_text is not None and number is not None:
        first, last = cal.quarter_period(int(year_text), number)
        return _explicit(text, first, last, Granularity.QUARTER), ()
    if number is None:  # "the last quarter": the one before the current quarter
        year, month = cal.add_months(anchor.year, 3 * (current - 1) + 1, -3)
        first, last = cal.quarter_period(year, (month - 1) // 3 + 1)
        return _anchored(text, first, last, Granularity.QUARTER, context), ()
    if relative in {"this", "the"}:
        first, last = cal.quarter_period(anchor.year, number)
        return _anchored(text, first, last, Granularity.QUARTER, context), ()
    if relative in {"last", "previous", "next"}:
        year = anchor.year + (1 if relative == "next" else -1)
        first, last = cal.quarter_period(year, number)
        return _anchored(text, first, last, Granularity.QUARTER, context), ()
    candidates = [cal.quarter_period(y, number) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _year_less(text, candidates, Granularity.QUARTER, context, span_start, span_end)


def _resolve_half(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    half = 1 if (match.group("h_n") or "") == "first" or match.group("h_n2") == "1" else 2
    year_text = match.group("h_y") or match.group("h_y2")
    months = (1, 6) if half == 1 else (7, 12)
    if year_text is not None:
        year = int(year_text)
        first, last = cal.month_period(year, months[0])[0], cal.month_period(year, months[1])[1]
        return _explicit(text, first, last, Granularity.RANGE), ()
    relative = match.group("h_rel")
    year = context.anchor.year + {"last": -1, "previous": -1, "next": 1}.get(relative or "", 0)
    first, last = cal.month_period(year, months[0])[0], cal.month_period(year, months[1])[1]
    return _anchored(text, first, last, Granularity.RANGE, context), ()


# Meteorological seasons of the northern hemisphere: first month of each.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(year: int, name: str) -> tuple[date, date]:
    """The season that starts in ``year`` (winter runs into the next year)."""
    first_month = _SEASON_START[name]
    end_year, end_month = cal.add_months(year, first_month, 2)
    return date(year, first_month, 1), cal.month_period(end_year, end_month)[1]


def _resolve_season(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    name = (match.group("se_name") or match.group("se_name2")).lower()
    anchor = context.anchor
    year_text = match.group("se_y")
    if year_text is not None:
        if name == "winter":
            return None  # "winter 2012": the winter that starts or the one that ends in 2012
        first, last = _season(int(year_text), name)
        return _explicit(text, first, last, Granularity.RANGE), ()
    seasons = [_season(y, name) for y in range(anchor.year - 2, anchor.year + 2)]
    direction = match.group("se_dir").lower()
    if direction in {"last", "past"}:
        first, last = max(s for s in seasons if s[1] < anchor)
    elif direction in {"next", "coming"}:
        first, last = min(s for s in seasons if s[0] > anchor)
    elif name == "winter":  # "this winter": the one just gone or under way in the first half-year
        first, last = _season(anchor.year - 1 if anchor.month <= 6 else anchor.year, name)
    else:  # "this summer": the summer of this year
        first, last = _season(anchor.year, name)
    return _anchored(text, first, last, Granularity.RANGE, context), ()


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
_HOLIDAYS.update({"new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31)})


def _resolve_hol(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    name = " ".join(match.group("hol").replace("\u2019", "'").lower().split())
    month, day = _HOLIDAYS.get(name, _HOLIDAYS.get(name.replace("years", "year's"), (0, 0)))
    if month == 0:  # pragma: no cover - the pattern admits only the names above
        return None
    return _resolve_day(text, context, span_start, span_end, month, day, match.group("hol_y"), None)


def _unit_period(unit: str, day: date) -> tuple[date, date, Granularity]:
    if unit == "day":
        return day, day, Granularity.DAY
    if unit == "week":
        first, last = cal.week_period(day)
        return first, last, Granularity.WEEK
    if unit == "month":
        first, last = cal.month_period(day.year, day.month)
        return first, last, Granularity.MONTH
    if unit == "quarter":
        first, last = cal.quarter_period(day.year, (day.month - 1) // 3 + 1)
        return first, last, Granularity.QUARTER
    if unit == "decade":
        decade = day.year - day.year % 10
        return date(decade, 1, 1), date(decade + 9, 12, 31), Granularity.RANGE
    first, last = cal.year_period(day.year)
    return first, last, Granularity.YEAR


def _shift(day: date, unit: str, count: int) -> date | None:
    """``day`` moved by ``count`` units (negative: back); month ends are clamped."""
    try:
        if unit == "day":
            return day + timedelta(days=count)
        if unit == "week":
            return day + timedelta(weeks=count)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * count
        year, month = cal.add_months(day.year, day.month, months)
        return date(year, month, min(day.day, cal.month_period(year, month)[1].day))
    except (OverflowError, ValueError):
        return None


def _resolve_rel(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    direction = match.group("rel_dir").lower()
    unit = match.group("rel_unit")
    anchor = context.anchor
    if unit == "weekend":
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        if direction in {"last", "past", "previous"}:
            saturday = saturday - timedelta(days=7) if anchor.weekday() >= 5 else saturday
        elif direction in {"next", "coming"} or (direction in {"this", "current"} and anchor.weekday() < 5):
            saturday = saturday + timedelta(days=7)
        return _anchored(text, saturday, saturday + timedelta(days=1), Granularity.RANGE, context), ()
    if unit == "decade" and direction != "this":
        # "the next decade" is the coming ten years, not the calendar decade 2030-2039.
        if direction in {"next", "coming"}:
            ahead = _shift(anchor, "decade", 1)
            return None if ahead is None else (_anchored(text, anchor, ahead, Granularity.RANGE, context), ())
        direction = "past"
    if direction == "past":
        # "the past week": the trailing period that ends on the publication day.
        back = _shift(anchor, unit, -1)
        if back is None:
            return None
        return _anchored(text, back + timedelta(days=1), anchor, Granularity.RANGE, context), ()
    step = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[direction]
    day = _shift(anchor, unit, step)
    if day is None:
        return None
    first, last, granularity = _unit_period(unit, day)
    side = (match.group("rel_mod") or "").lower()
    if step == 0 and side in {"earlier", "later"}:
        # "earlier this month": the part of the month up to publication; "later": the rest.
        first, last = (first, anchor) if side == "earlier" else (anchor, last)
        granularity = Granularity.RANGE
    return _anchored(text, first, last, granularity, context), ()


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _resolve_ago(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    count = _count(match.group("ago_n"))
    unit = match.group("ago_unit")
    if count is None:
        return None  # "a few days ago": no exact day
    if match.group("ago_approx") is not None and unit in {"day", "week"}:
        return None  # "about ten days ago": the day is not known
    day = _shift(context.anchor, unit, -count)
    if day is None:
        return None
    first, last, granularity = _unit_period(unit, day)
    return _anchored(text, first, last, granularity, context), ()


_UNIT_ORDER = ("day", "week", "month", "quarter", "year")
_GRANULARITY_UNIT = {
    Granularity.DAY: "day",
    Granularity.RANGE: "day",
    Granularity.WEEK: "week",
    Granularity.MONTH: "month",
    Granularity.QUARTER: "quarter",
    Granularity.YEAR: "year",
}
_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}


def _relative(text: str, context: _Context, unit: str, count: int) -> _Resolved:
    """``count`` units after (or before) the previous resolved date in the text."""
    previous = context.previous
    if previous is None or previous.start is None or previous.end is None or previous.granularity is None:
        return None
    known = _GRANULARITY_UNIT[previous.granularity]
    # "two days later" needs a day to count from; "a year later" can count from a month.
    if _UNIT_ORDER.index(known) > _UNIT_ORDER.index(unit):
        return None
    day = _shift(previous.end if count > 0 else previous.start, unit, count)
    if day is None:
        return None
    first, last, granularity = _unit_period(unit, day)
    return (
        _timeref(
            {
                "text": text,
                "start": first,
                "end": last,
                "granularity": granularity,
                "resolution": TimeResolution.RELATIVE,
                "anchor": f"previous date {previous.text!r}",
            }
        ),
        (),
    )


def _resolve_shift(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    word = match.group("sh_word")
    if match.group("sh_ba") is not None:  # "the day before", "the day after"
        return _relative(text, context, "day", -1 if match.group("sh_ba") == "before" else 1)
    that_unit = match.group("sh_unit3")
    if that_unit is not None:  # "later that day", "that same week"
        return _relative(text, context, "day" if that_unit in _DAY_PARTS else that_unit, 0)
    if word is None:
        count = _count(match.group("sh_n"))
        if count is None:
            return None  # "a few days later"
        sign = 1 if match.group("sh_dir") == "later" else -1
        return _relative(text, context, match.group("sh_unit"), sign * count)
    unit = match.group("sh_unit2")
    # "the next morning" is the next day
    return _relative(text, context, "day" if unit in _DAY_PARTS else unit, _STEPS[word])


_DEICTIC = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def _resolve_deic(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    day = context.anchor + timedelta(days=_DEICTIC[match.group("de_word").split()[0].lower()])
    return _anchored(text, day, day, Granularity.DAY, context), ()


def _resolve_wd(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    weekday = _weekday_number(match.group("wd"))
    assert weekday is not None
    if match.group("wd_named") is not None:
        return None  # "Black Monday", "Good Friday": a named day, not the latest Monday
    anchor = context.anchor
    direction = (match.group("wd_dir") or "").lower()
    back = (anchor.weekday() - weekday) % 7  # days since the latest such weekday, 0 today
    if direction in {"last", "past"}:
        day = anchor - timedelta(days=back or 7)
    elif direction in {"next", "coming"}:
        day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    elif direction == "this":
        day = cal.week_period(anchor)[0] + timedelta(days=weekday)
    elif back and _future(context, span_start, span_end):
        day = anchor + timedelta(days=7 - back)
    else:
        day = anchor - timedelta(days=back)
    return _anchored(text, day, day, Granularity.DAY, context), ()


def _resolve_mon(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    month = _month_number(match.group("mon_m"))
    anchor = context.anchor
    direction = (match.group("mon_dir") or "").lower()
    year_word = match.group("mon_rel")
    if year_word is not None:  # "October of next year"
        year = anchor.year + {"this": 0, "last": -1, "next": 1}.get(year_word, 0)
        if year_word.startswith("the"):
            return None  # "of the same year": relative to a year the finder does not track
        first, last = cal.month_period(year, month)
        return _anchored(text, first, last, Granularity.MONTH, context), ()
    if direction == "this":
        first, last = cal.month_period(anchor.year, month)
        return _anchored(text, first, last, Granularity.MONTH, context), ()
    if direction in {"last", "past"}:
        year = anchor.year if month < anchor.month else anchor.year - 1
        first, last = cal.month_period(year, month)
        return _anchored(text, first, last, Granularity.MONTH, context), ()
    if direction in {"next", "coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
        first, last = cal.month_period(year, month)
        return _anchored(text, first, last, Granularity.MONTH, context), ()
    candidates = [cal.month_period(y, month) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _year_less(text, candidates, Granularity.MONTH, context, span_start, span_end)


def _resolve_dec(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    if match.group("dec_y") is not None:
        decade = int(match.group("dec_y"))
        return _explicit(text, date(decade, 1, 1), date(decade + 9, 12, 31), Granularity.RANGE), ()
    # "the '90s": the latest such decade that started before the publication year
    short = int(match.group("dec_yy"))
    century = context.anchor.year - context.anchor.year % 100
    decade = century + short if century + short <= context.anchor.year else century - 100 + short
    return _anchored(text, date(decade, 1, 1), date(decade + 9, 12, 31), Granularity.RANGE, context), ()


_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _resolve_cent(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    # "the 20th century" as commonly meant: 1900-1999.
    word = match.group("cent_w")
    number = int(match.group("cent_n")) if word is None else _CENTURY_WORDS[word.lower()]
    first = 100 * (number - 1)
    return _explicit(text, date(max(first, 1), 1, 1), date(first + 99, 12, 31), Granularity.RANGE), ()


def _resolve_yrr(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    first, last = int(match.group("yrr_1")), int(match.group("yrr_2"))
    if last <= first:
        return None
    return _explicit(text, date(first, 1, 1), date(last, 12, 31), Granularity.RANGE), ()


def _resolve_yr(match: re.Match[str], text: str, context: _Context, span_start: int, span_end: int) -> _Resolved:
    year = int(match.group("yr"))
    second = match.group("yr2")
    if second is None:
        first, last = cal.year_period(year)
        return _explicit(text, first, last, Granularity.YEAR), ()
    end_year = int(second) if len(second) == 4 else year - year % 100 + int(second)
    if end_year <= year:
        return None
    return _explicit(text, date(year, 1, 1), date(end_year, 12, 31), Granularity.RANGE), ()


_Resolver = Callable[[re.Match[str], str, _Context, int, int], _Resolved]

_RESOLVERS: dict[str, _Resolver] = {
    "rng": _resolve_rng,
    "rngb": _resolve_rngb,
    "md": _resolve_md,
    "dm": _resolve_dm,
    "my": _resolve_my,
    "iso": _resolve_iso,
    "num": _resolve_num,
    "q": _resolve_q,
    "half": _resolve_half,
    "hol": _resolve_hol,
    "season": _resolve_season,
    "rel": _resolve_rel,
    "ago": _resolve_ago,
    "shift": _resolve_shift,
    "deic": _resolve_deic,
    "wd": _resolve_wd,
    "mon": _resolve_mon,
    "dec": _resolve_dec,
    "cent": _resolve_cent,
    "yrr": _resolve_yrr,
    "yr": _resolve_yr,
}
assert set(_RESOLVERS) == set(KINDS)
