"""Calendar arithmetic for the date finder: periods as ``(first day, last day)`` pairs.

Everything here is exact integer arithmetic on :class:`datetime.date`; no parsing, no locale.
Weeks run Monday to Sunday (ISO 8601), quarters are calendar quarters.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "add_months",
    "month_period",
    "quarter_period",
    "valid_day",
    "week_period",
    "year_period",
]

#: Lower-case month names and abbreviations (without the dot) to month numbers.
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _number
        MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

#: Lower-case weekday names and abbreviations (without the dot) to ``date.weekday()`` numbers.
WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _number
    WEEKDAYS[_name[:3].lower()] = _number
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

Period = tuple[date, date]


def month_period(year: int, month: int) -> Period:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int) -> Period:
    """The first and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def quarter_period(year: int, quarter: int) -> Period:
    """The first and last day of calendar quarter 1-4."""
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), month_period(year, first_month + 2)[1]


def week_period(day: date) -> Period:
    """The Monday and Sunday of the ISO week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months after (or before, if negative) the given one."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> date | None:
    """The date, or ``None`` when the day does not exist in that month (30 February)."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)
