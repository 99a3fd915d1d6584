"""The trigger of the date finder: the core words of date expressions, as one regex.

The date finder tries its full pattern only around these. Written as one alternation behind
a word boundary (``\\b(?:January|...|\\d{4}|...)``), the regex engine would try every
alternative at every word boundary. Here the alternatives are grouped by the character they
start with, behind a character class of all those characters: the engine skips in C every
character outside the class, checks the word boundary, and at a word start tries only the
alternatives for its first character, in their original order. The matches (start and end)
are those of the plain alternation; ``tests/test_extract_dates.py`` compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MONTH_TOKEN", "TRIGGER", "find_triggers"]

_UNITS = r"(?:week|month|year|quarter|weekend|decade|day|morning|evening|night|afternoon)\b"
_DIGIT = r"\d"


def _by_first(words: Iterable[str], tail: str = "") -> list[tuple[str, str]]:
    """``(?:word|word...)tail`` as (first character, the rest) pairs, one per character.

    A word starts with a literal character or a class of them (``[Tt]his``); the words that
    share a first character keep their order.
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        if word.startswith("["):
            close = word.index("]")
            firsts, rest = word[1:close], word[close + 1 :]
        else:
            firsts, rest = word[0], word[1:]
        for first in firsts:
            rests.setdefault(first, []).append(rest)
    return [(first, f"(?:{'|'.join(rest)}){tail}") for first, rest in rests.items()]


_MONTHS = (
    "Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May", "June?", "July?", "Aug(?:ust)?",
    "Sep(?:t(?:ember)?)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?",
)  # fmt: skip
_NEIGHBOURS = (
    "[Tt]his", "[Ll]ast", "[Nn]ext", "[Pp]ast", "[Pp]revious", "[Cc]oming", "[Cc]urrent", "following",
    "preceding", "same",
)  # fmt: skip
#: A month name or abbreviation as a whole word.
MONTH_TOKEN = rf"(?:{'|'.join(_MONTHS)})\b"

# The alternatives of the trigger, in their order of preference (the first that matches at a
# position wins), each split into its first character and the rest.
_PARTS: list[tuple[str, str]] = [
    *_by_first(_MONTHS, r"\b"),
    *_by_first(["Mon", "Tues?", "Wed(?:nes)?", "Thu(?:rs)?", "Fri", "Sat(?:ur)?", "Sun"], r"(?:day)?\b"),
    *_by_first(["[Tt]oday", "[Yy]esterday", "[Tt]omorrow", "[Tt]onight"]),
    *_by_first(_NEIGHBOURS, r"\s{1,3}" + _UNITS),
    *_by_first(["day", "week", "month", "year", "decade"], r"s?\s{1,3}(?:ago|later|earlier)\b"),
    *_by_first(["[Tt]hat"], r"\s{1,3}(?:same\s{1,3})?(?:day|week|month|year|morning|evening|night|afternoon)\b"),
    *_by_first(["day"], r"\s{1,3}(?:before|after)\b"),
    *_by_first(["first", "second", "third", "fourth", "final", "last"], r"(?:\s{1,3}|-)quarter\b"),
    (_DIGIT, r"(?:(?<=1)st|(?<=2)nd|(?<=3)rd|(?<=4)th)(?:\s{1,3}|-)quarter\b"),
    *_by_first([r"Q[1-4]"], r"\b"),
    *_by_first(["first", "second"], r"(?:\s{1,3}|-)half\s{1,3}of\b"),
    *_by_first([r"H[12]\s{1,3}\d", r"Christmas\b", r"New\s{1,3}Year", "Valentine", r"Halloween\b"]),
    *_by_first(["[Ss]pring", "[Ss]ummer", "[Aa]utumn", "[Ff]all", "[Ww]inter"], r"\b"),
    (_DIGIT, r"(?<![.,]\d)\d{3}(?![\w]|[.,]\d)"),  # a year; not after a digit, a point or a comma
    (_DIGIT, r"\d?/\d{1,2}/\d{4}"),
    (_DIGIT, r"\d?(?:st|nd|rd|th)?(?:\s{1,3}(?:of\s{1,3})?|\s?[-\u2013\u2014]\s?\d{1,2}\s{1,3})" + MONTH_TOKEN),
    (_DIGIT, r"\d{2}0s\b"),
    (_DIGIT, r"\d?(?:st|nd|rd|th)[\s-]{1,3}[Cc]entury"),
    *_by_first(["[Nn](?i:ineteenth)", "[Tt](?i:wentieth)", "[Tt](?i:wenty-first)"], r"[\s-]{1,3}[Cc]entury"),
]


def _compile(parts: list[tuple[str, str]]) -> re.Pattern[str]:
    grouped: dict[str, list[str]] = {}
    for first, rest in parts:
        grouped.setdefault(first, []).append(rest)
    letters = "".join(first for first in grouped if first != _DIGIT)
    dispatch = "|".join(
        f"(?<={first if first == _DIGIT else re.escape(first)})(?:{'|'.join(rests)})"
        for first, rests in grouped.items()
    )
    # The first character is consumed by the class, so the word boundary before it is a
    # look-behind over two characters; "'90s" (an apostrophe, then a decade) needs none.
    return re.compile(rf"[{letters}\d'\u2019](?:(?<=['\u2019])\d0s|(?<!\w.)(?:{dispatch}))")


def _compile_ascii(parts: list[tuple[str, str]]) -> re.Pattern[str]:
    """The same matches where every digit is an ASCII digit: each alternative opens with its
    literal first character, so the engine compares one character per alternative instead of
    evaluating a look-behind each."""
    grouped: dict[str, list[str]] = {}
    for first, rest in parts:
        for char in "0123456789" if first == _DIGIT else first:
            grouped.setdefault(char, []).append(rest)
    alternatives = [f"{re.escape(char)}(?<!\\w.)(?:{'|'.join(rests)})" for char, rests in grouped.items()]
    alternatives += ["'\\d0s", "\u2019\\d0s"]
    return re.compile("|".join(alternatives))


def _compile_after_gap(parts: list[tuple[str, str]]) -> re.Pattern[str]:
    """What ``_compile_ascii`` matches, one character later, behind the non-word character
    that its look-behind asks for: the pattern opens with that class, so the engine jumps in
    C from one word gap to the next instead of trying the alternation at most letters. An
    apostrophe is itself such a character: a decade ("'90s") starts at it (group ``decade``),
    tried first among the digit's alternatives, as the decade starts one character earlier."""
    letters: dict[str, list[str]] = {}
    digits: list[str] = [r"(?<=['\u2019].)(?P<decade>0s)"]
    for first, rest in parts:
        if first == _DIGIT:
            digits.append(rest)  # one class for the ten digits: they share every alternative
        else:
            letters.setdefault(first, []).append(rest)
    alternatives = [f"[0-9](?:{'|'.join(digits)})"]
    alternatives += [f"{re.escape(char)}(?:{'|'.join(rests)})" for char, rests in letters.items()]
    return re.compile(rf"\W(?:{'|'.join(alternatives)})")


#: Where a date expression may be: a month or weekday name, "today", "last week", "three
#: days ago", a quarter, a season, a year, "5 May", "the 1990s", "'90s".
TRIGGER = _compile(_PARTS)
_ASCII_DIGITS_TRIGGER = _compile_ascii(_PARTS)
_AFTER_GAP_TRIGGER = _compile_after_gap(_PARTS)
_OTHER_DIGIT = re.compile(r"\d(?<![0-9])")


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``TRIGGER.finditer(text, start, end)``, by faster patterns when the text's digits are ASCII."""
    if not (text.isascii() or _OTHER_DIGIT.search(text, start, end) is None):
        return [match.span() for match in TRIGGER.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    # Only a match at ``start`` has its non-word character before the range.
    first = _ASCII_DIGITS_TRIGGER.match(text, start, end)
    if first is not None:
        spans.append(first.span())
    # Every match ends with a word character, so the next one needs a gap character after it
    # (or starts at an apostrophe): the scan after a gap misses none and finds none twice.
    for match in _AFTER_GAP_TRIGGER.finditer(text, first.end() if first is not None else start, end):
        spans.append((match.start() if match.start("decade") >= 0 else match.start() + 1, match.end()))
    return spans
