"""A TimeML view of the date finder: TIMEX3-like values for dates, durations and "now".

:func:`find_timexes` returns what a TimeML annotator would tag, for interchange and for
scoring against TimeML gold (TempEval-3, MEANTIME): every :func:`find_dates` mention with
its value (``2024-05-27``, ``2024-05``, ``2024-W21``, ``2024-Q2``, ``2024``, ``199``), plus

* durations, which are lengths rather than dates ("for two years" ``P2Y``, "a decade"
  ``P10Y``, "an hour" ``PT1H``, "in recent weeks" ``PXW``);
* references to the present, past or future as such ("now" ``PRESENT_REF``, "recently"
  ``PAST_REF``, "in the future" ``FUTURE_REF``);
* parts of days on a resolved day ("Friday afternoon" ``2024-05-24TAF``).

Durations and present references carry no :class:`~factcheck.timeref.TimeRef`: they do not
say when something happened, so claims do not use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from factcheck.extraction._date_patterns import NUMBER_WORDS
from factcheck.extraction.dates import DateMention, find_dates
from factcheck.timeref import Granularity, TimeRef

__all__ = ["Timex", "find_durations", "find_timexes", "timeml_value"]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A TimeML-style time expression ``text[start:end]`` with its ``value``.

    ``value`` is ``None`` when the expression is recognised but has no exact TimeML value
    (an unresolved date, a range of days); ``timeref`` is set for dates, ``None`` otherwise.
    """

    start: int
    end: int
    type: TimexType
    value: str | None
    timeref: TimeRef | None = None


_UNIT_CODES = {
    "second": ("T", "S", 1),
    "minute": ("T", "M", 1),
    "hour": ("T", "H", 1),
    "day": ("", "D", 1),
    "night": ("", "D", 1),
    "week": ("", "W", 1),
    "month": ("", "M", 1),
    "year": ("", "Y", 1),
    "decade": ("", "Y", 10),
    "century": ("", "Y", 100),
}
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|month|year|decade|centur)(?:s|ies|y)?"
_NUMBER = r"\d{1,4}(?:\.\d{1,2})?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_VAGUE = r"several|a\s{1,3}few|few|many|some|recent|a\s{1,3}couple\s{1,3}of|couple\s{1,3}of"
_DURATION = re.compile(
    r"(?<![\w-])"
    r"(?:(?P<frame>(?:[Tt]he\s{1,3})?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Ff]irst|[Ff]ollowing|[Pp]revious))\s{1,3})?"
    r"(?:(?P<approx>about|around|nearly|almost|roughly|more\s{1,3}than|over|less\s{1,3}than|a\s{1,3}mere)\s{1,3})?"
    rf"(?:(?P<count>(?i:{_NUMBER}))|(?P<vague>(?i:{_VAGUE})))[\s-]{{1,3}}" + _UNIT + r"(?![\w-])"
    r"|(?<![\w-])(?P<cue>[Ff]or|[Ii]n\s{1,3}recent|[Oo]ver|[Ww]ithin)\s{1,3}"
    r"(?P<bare>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])"
)
_REFERENCE = re.compile(
    r"(?<![\w-])(?:(?P<present>[Nn]ow|[Cc]urrently|[Aa]t\s{1,3}present|[Aa]t\s{1,3}the\s{1,3}moment|[Nn]owadays)"
    r"|(?P<past>[Rr]ecently|(?<=[Ii]n\s)the\s{1,3}past"
    r"|[Aa]t\s{1,3}the\s{1,3}time)"
    r"|(?P<future>(?<=[Ii]n\s)the\s{1,3}future))(?![\w-])"
)
_TRAILING_PERIOD = re.compile(r"(?i)\b(?:past|last|previous|next|coming)\s{1,3}(?P<unit>week|month|year|decade)$")
_SEASON_CODES = {(3, 1, 5, 31): "SP", (6, 1, 8, 31): "SU", (9, 1, 11, 30): "FA", (12, 1, 2, 28): "WI"}
_PERIOD_UNITS = {"week": Granularity.WEEK, "month": Granularity.MONTH, "year": Granularity.YEAR}
_DAY_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _count(text: str) -> str:
    word = " ".join(text.lower().split())
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    return word


def find_durations(text: str, start: int = 0, end: int | None = None) -> list[Timex]:
    """Durations in ``text[start:end]`` ("two years", "a decade", "in recent weeks"), sorted."""
    high = len(text) if end is None else min(end, len(text))
    found: list[Timex] = []
    for match in _DURATION.finditer(text, max(0, start), high):
        unit = match.group("unit") or match.group("bare")
        if unit is None:  # pragma: no cover - one of the two alternatives always matched
            continue
        stem = "century" if unit.startswith("centur") else unit.rstrip("s")
        time_part, code, factor = _UNIT_CODES[stem]
        count = match.group("count")
        if count is None:
            amount = "X"
        else:
            number = _count(count)
            if factor != 1 and number.isdigit():
                number = str(int(number) * factor)
            amount = number
        found.append(Timex(match.start(), match.end(), "DURATION", f"P{time_part}{amount}{code}"))
    return found


def timeml_value(ref: TimeRef) -> str | None:
    """The TimeML ``value`` of a resolved time reference, or ``None`` when it has none."""
    first, last, granularity = ref.start, ref.end, ref.granularity
    if first is None or last is None or granularity is None:
        return None
    if granularity is Granularity.DAY:
        return first.isoformat()
    if granularity is Granularity.WEEK:
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{first.year:04d}-{first.month:02d}"
    if granularity is Granularity.QUARTER:
        return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    if granularity is Granularity.YEAR:
        return f"{first.year:04d}"
    return _range_value(first, last)


def _range_value(first: date, last: date) -> str | None:
    whole_years = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    if whole_years and first.year % 10 == 0 and last.year == first.year + 9:
        return f"{first.year // 10:03d}"
    if whole_years and first.year % 100 == 0 and last.year == first.year + 99:
        return f"{first.year // 100:02d}"
    season = _SEASON_CODES.get((first.month, first.day, last.month, last.day if last.month != 2 else 28))
    if season is not None:
        return f"{first.year:04d}-{season}"
    if first.year == last.year and (first.month, first.day, last.month, last.day) in {(1, 1, 6, 30), (7, 1, 12, 31)}:
        return f"{first.year:04d}-H{1 if first.month == 1 else 2}"
    if (last - first).days == 1 and first.weekday() == 5:
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return None


_YEAR_RANGE = re.compile(r"(?P<first>\d{4})\D{1,12}?(?P<second>\d{4}|\d\d)$")
_PART_OF_PERIOD = re.compile(r"(?i)\b(?P<side>earlier|later)\s{1,3}this\s{1,3}(?P<unit>week|month|year)$")


def _date_timexes(mention: DateMention) -> list[Timex]:
    ref = mention.timeref
    value = timeml_value(ref)
    last_word = ref.text.rsplit(None, 1)[-1].lower()
    if value is not None and ref.granularity is Granularity.DAY and last_word in _DAY_PART_CODES:
        return [Timex(mention.start, mention.end, "TIME", f"{value}T{_DAY_PART_CODES[last_word]}", ref)]
    trailing = _TRAILING_PERIOD.search(ref.text)
    if trailing is not None and ref.granularity is Granularity.RANGE:
        # TimeML tags "the past decade", "the next decade" as durations.
        length = {"week": "1W", "month": "1M", "year": "1Y", "decade": "10Y"}[trailing.group("unit").lower()]
        return [Timex(mention.start, mention.end, "DURATION", f"P{length}", ref)]
    part = _PART_OF_PERIOD.search(ref.text)
    if part is not None and ref.start is not None and ref.end is not None:
        # TimeML gives "earlier this month" the value of the month.
        day = ref.start if part.group("side").lower() == "earlier" else ref.end
        unit = _PERIOD_UNITS[part.group("unit").lower()]
        whole = TimeRef(text=ref.text, start=day, end=day, granularity=unit)
        return [Timex(mention.start, mention.end, "DATE", timeml_value(whole), ref)]
    years = _YEAR_RANGE.search(ref.text)
    if ref.granularity is Granularity.RANGE and years is not None and ref.start is not None and ref.end is not None:
        # TimeML tags the two ends of "2009-2010" as two years.
        return [
            Timex(
                mention.start + years.start("first"), mention.start + years.end("first"), "DATE", str(ref.start.year)
            ),
            Timex(
                mention.start + years.start("second"), mention.start + years.end("second"), "DATE", str(ref.end.year)
            ),
        ]
    return [Timex(mention.start, mention.end, "DATE", value, ref)]


def find_timexes(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    anchor: date,
    previous: TimeRef | None = None,
) -> list[Timex]:
    """Dates, durations and present/past/future references in ``text[start:end]``, sorted.

    Dates win where a duration overlaps them ("three years ago" is a date, not ``P3Y``).
    """
    mentions = find_dates(text, start, end, anchor=anchor, previous=previous)
    timexes = [timex for mention in mentions for timex in _date_timexes(mention)]
    extra = find_durations(text, start, end)
    high = len(text) if end is None else min(end, len(text))
    for match in _REFERENCE.finditer(text, max(0, start), high):
        kind = "PRESENT_REF" if match.group("present") else "PAST_REF" if match.group("past") else "FUTURE_REF"
        extra.append(Timex(match.start(), match.end(), "DATE", kind))
    # One pass over both sorted lists: an extra is kept unless it overlaps a date or a kept extra.
    dates = list(timexes)
    index, kept_end = 0, -1
    for timex in sorted(extra, key=lambda t: (t.start, -t.end)):
        while index < len(dates) and dates[index].end <= timex.start:
            index += 1
        overlaps_date = index < len(dates) and dates[index].start < timex.end
        if not overlaps_date and timex.start >= kept_end:
            timexes.append(timex)
            kept_end = timex.end
    return sorted(timexes, key=lambda t: (t.start, t.end))
