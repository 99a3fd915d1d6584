"""Quantities in text: figures as intervals, with qualifier, scale, unit, currency and counted thing.

:func:`find_quantities` turns "more than 70 UAVs" into a :class:`QuantityMention` whose
quantity is ``(70, inf)`` and whose counted thing is "UAVs" (normalised ``uav``). It reads:

* numbers from :mod:`factcheck.extraction.numbers` ("2,400", "1.5 million", "seventy-two",
  "a dozen", "half"), abbreviated scales ("$2.3bn", "4.3M"), signs ("-5", "minus 5");
* qualifiers before the number from :data:`factcheck.quantity.QUALIFIER_WORDS` ("over",
  "nearly", "up to") and after it ("or more", "-plus"), turned into intervals by
  :func:`factcheck.quantity.interval_for`;
* ranges ("between 40 and 50", "four to six", "4-6", "$89 to $93 billion");
* vague plurals ("dozens of", "tens of thousands of") and shares ("more than half of");
* units ("60 tonnes", "3 percent", "80 mph"), currencies as ISO 4217 codes ("$", "euros"),
  rates ("$80 per barrel"), a trend ("rose 3%": ``trend="up"``);
* the counted thing: the noun phrase after the figure, cut at its head ("three ballistic
  missiles" -> "ballistic missiles").

It skips what is not a quantity: years ("in 2019"), days of dates ("May 27", "April 13-14"),
times ("2:55 p.m."), ordinals ("14th"), decades ("1990s"), numbers in names ("Article 5",
"F-16", "G7", "COVID-19", "Big 12") and scores ("won 3-1").

Every pattern is anchored at a known position or bounded in length, so the scan is linear in
the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any, Literal

from factcheck._model import replaced, trusted
from factcheck.extraction import _quantity_lexicon as lex
from factcheck.extraction._quantity_interval import cached_interval_for
from factcheck.extraction._quantity_mention import QuantityMention, Trend, new_mention
from factcheck.extraction._quantity_neighbours import join_movements, share_context
from factcheck.extraction._quantity_nouns import NEXT_WORD, counted_after, looks_plural, normalise_counted, singularise
from factcheck.extraction.numbers import NumberMention, find_numbers
from factcheck.interval import Interval
from factcheck.quantity import (
    DEFAULT_TOLERANCE,
    QUALIFIER_WORDS,
    VAGUE_PLURALS,
    BareReading,
    QualifierClass,
    Quantity,
    Term,
)

__all__ = ["QuantityMention", "find_quantities", "normalise_counted", "singularise"]

#: Where a fraction written as a share can lie; built once (Interval is frozen).
_SHARE = Interval(0, 100)


# -- lexicon-derived patterns ----------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


#: Currency codes that may be glued to digits: "$US113", "RM79".
_GLUED_CURRENCIES = frozenset(k for k in lex.CURRENCY_BEFORE if k[-1].isalpha())
_AMOUNT_ONLY = frozenset({"PS"})  # a mangled "£" before "2.7m", but "PS4" is a console
_BEFORE_QUALIFIERS = [w for w in QUALIFIER_WORDS if not w.startswith("or ")]


# A qualifier right before the number (and a currency sign): "more than ", "approx. ".
# Left context is read on the reversed window before a number, so every pattern is anchored
# at the number and costs only the length of what it matches.
def _reversed_alternation(words: Iterable[str]) -> str:
    return _alternation(w[::-1] for w in words)


_QUALIFIER_BEFORE_R = re.compile(
    rf"\s+({_reversed_alternation(w for w in _BEFORE_QUALIFIERS if w[0].isalpha())})(?![a-z])"
    rf"|[ \t]*({_reversed_alternation(w for w in _BEFORE_QUALIFIERS if not w[0].isalpha())})"
)
_CURRENCY_BEFORE_R = re.compile(
    rf"[ \t]?(?:({_reversed_alternation(k for k in lex.CURRENCY_BEFORE if k[0].isalpha())})(?![A-Za-z])"
    rf"|({_reversed_alternation(k for k in lex.CURRENCY_BEFORE if not k[0].isalpha())}))"
)
_QUALIFIER_AFTER = re.compile(r"[ \t]+(or more|or fewer|or less|or over)(?![a-z])|(\+|[ \t-]plus)(?![a-z])", re.I)
_SIGN_BEFORE_R = re.compile(r"[-\u2212](?![\w.,])|(?:[ \t]+|-)sunim(?![a-z])", re.I)
_SUB_BEFORE_R = re.compile(r"-bus(?![A-Za-z])", re.I)
_PREV_WORD_R = re.compile(r"[ \t]+\.?([A-Za-z'\u2019]*[A-Za-z])")
_PREV_CHAR_R = re.compile(r"\s*(\S)")
_ABBREVIATION_END_R = re.compile(r"\s*\.[A-Za-z](?![A-Za-z])")
_LAST_WORD_R = re.compile(r"[ \t]+([A-Za-z]+)(?![A-Za-z])")
_SCALE_ABBREVIATION = re.compile(rf"(?:[ \t]?(bn|bln|mn|mln|mil|tn|trn)|({_alternation('MKkBmbT')}))(?![A-Za-z])")


def _by_first_char(words: Iterable[str], tail: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
    """One small alternation per first character: a long one is tried word by word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word)
    return {char: re.compile(rf"({_alternation(group)}){tail}", flags) for char, group in groups.items()}


# Units and currency words after a number, indexed by their first (lower-case) character.
_UNIT_WORDS_AT = _by_first_char(lex.UNITS_WORDS, r"(?![A-Za-z])", re.I)
_UNIT_CASED_AT = _by_first_char(lex.UNITS_CASED, r"(?![A-Za-z0-9])")
_CURRENCY_AFTER_AT = _by_first_char(lex.CURRENCY_AFTER, r"(?![A-Za-z])", re.I)
_BLANKS = re.compile(r"[ \t]{0,4}-?")
#: The three tables merged by first character, in the order they are tried.
_UnitKind = Literal["word", "cased", "currency"]
_UNIT_TABLES: tuple[tuple[_UnitKind, dict[str, re.Pattern[str]]], ...] = (
    ("cased", _UNIT_CASED_AT),
    ("word", _UNIT_WORDS_AT),
    ("currency", _CURRENCY_AFTER_AT),
)
_UNITS_BY_CHAR: dict[str, tuple[tuple[_UnitKind, re.Pattern[str]], ...]] = {
    char: tuple((kind, table[char]) for kind, table in _UNIT_TABLES if char in table)
    for char in {*_UNIT_CASED_AT, *_UNIT_WORDS_AT, *_CURRENCY_AFTER_AT}
}
_SIGNS_AFTER = frozenset("\u20ac\u00a3")  # € £
#: Primes glued to the figure: U+2032 (feet), U+2033 (inches), and the ASCII apostrophe 30'.
_PRIMES = frozenset({"'", "\u2032", "\u2033"})


@dataclass(frozen=True, slots=True)
class _UnitHit:
    kind: Literal["word", "cased", "currency"]
    written: str
    start: int
    end: int


def _unit_at(text: str, position: int, stop: int) -> _UnitHit | None:
    """The longest unit, unit symbol or currency word after ``position`` (blanks or a hyphen between)."""
    blanks = _BLANKS.match(text, position, stop)
    at = blanks.end() if blanks is not None else position
    if at >= stop:
        return None
    char = text[at].lower()
    candidates = _UNITS_BY_CHAR.get(char)
    if candidates is None:
        return None  # no unit, symbol or currency word starts with this character
    gap = text[position:at]
    best: _UnitHit | None = None
    for kind, pattern in candidates:
        if kind == "cased" and len(gap.replace("-", "")) > 1:
            continue  # a symbol stands right after the number: "5km", "5 km", "300-hp"
        if kind == "currency" and ("-" in gap or not (gap or char in _SIGNS_AFTER)):
            continue  # "300 euros", "1,200€"
        match = pattern.match(text, at, stop)
        if match is not None and (best is None or match.end() > best.end):
            best = _UnitHit(kind, match.group(1), at, match.end())
    return best


_PER = re.compile(r"(?:[ \t]+(?:per|an?)[ \t]+|/|-an?-|[ \t]+an?-?[ \t]*)([A-Za-z]+)(?![A-Za-z])", re.I)
#: A short parenthesis after an amount, usually its conversion: "C $6 (US $4.46) per share".
_PARENTHESIS = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# "40 to 50", "4-6", "8- to 16-metre", "-18 to -34": the connector and the sign of the upper end.
_RANGE_CONNECTOR = re.compile(
    r"(?:-[ \t]+(to)|[ \t]*(?:(-|\u2013|\u2014)|(to|and|through)(?![A-Za-z])))"
    r"(?:[ \t]+(-|\u2212)(?=\d)|[ \t]*-?[ \t]*)",  # "to -34" is negative; "to-260,000" a typo
    re.I,
)
_SECOND_CURRENCY = re.compile(rf"(?:{_alternation(lex.CURRENCY_BEFORE)})[ \t]?")
_TIME_AFTER = re.compile(rf"(?::\d|[ \t]?(?:{_alternation(lex.TIME_SUFFIXES)})(?![A-Za-z]))", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s)(?![A-Za-z])", re.I)
_DATE_JOIN = re.compile(r"[/.]\d|-\d{1,2}-\d")

# First characters each pattern above can match at (a superset), so that the common case, a
# number followed by a blank and a word, skips the regex call. re.I folds a few non-ASCII
# letters onto ASCII ones ("\u017f" is "s"), so a non-ASCII character always takes the regex.
_TIME_INITIALS = frozenset(
    {":", *(s[0].lower() for s in lex.TIME_SUFFIXES), *(s[0].upper() for s in lex.TIME_SUFFIXES)}
)
_ORDINAL_INITIALS = frozenset("sSnNrRtT")
_DATE_INITIALS = frozenset("/.-")
_BLANK_CHARS = frozenset(" \t")
_SCALE_INITIALS = frozenset("MKkBmbTt")  # "5m", "5tn"
_SCALE_WORD_INITIALS = frozenset("bmt")


#: The last characters of the currencies written before a number ("US$", "Rs", "AU $").
_CURRENCY_LAST_CHARS = frozenset(code[-1] for code in lex.CURRENCY_BEFORE)


def _may_be_time(text: str, position: int) -> bool:
    """Whether ``_TIME_AFTER`` can match at ``position``: ":30", "pm", " a.m." (a superset test)."""
    char = text[position : position + 1]
    if char in _BLANK_CHARS:
        char = text[position + 1 : position + 2]  # "[ \t]?" then a suffix
    return char in _TIME_INITIALS or not char.isascii()


_VAGUE = re.compile(rf"(?<![\w-])({_alternation(VAGUE_PLURALS)})(?=[ \t]+of[ \t])", re.I)
_TREND_NOUN_AFTER = re.compile(rf"[ \t]+({_alternation(lex.TREND_NOUNS)})(?![A-Za-z])", re.I)
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
# A trend verb right before "to" and the level ("climbed to", "dipped down to"), matched on the
# reversed window before the figure, so it is anchored there.
_MOVED_TO_R = re.compile(r"[ \t]*ot[ \t]+(?:(?:pu|nwod)[ \t]+)?([A-Za-z]+)(?![A-Za-z])", re.I)
_SENTENCE_START_CHARS = frozenset(".!?\"\u201c\u201d'\u2018\u2019(;\n\u2014\u2013-")

#: Units after which a trend verb with an object ("lost", "cut") is a change.
_CHANGE_UNITS = frozenset({"percent", "percentage point", "basis point", "point", "cent", "penny", "sen"})

_LEFT_WINDOW = 48


# -- the scan --------------------------------------------------------------------------


@dataclass(slots=True)
class _Left:
    """What stands before a number: qualifier, currency, sign, trend, and where it starts."""

    start: int
    qualifier: str | None = None
    qualifier_class: QualifierClass = QualifierClass.EXACT
    currency: str | None = None
    negative: bool = False
    trend_word: str | None = None
    trend_by: bool = False  # "rose by 3%": the figure is the amount of change
    plus: bool = False  # an explicit "+" sign


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    reading: BareReading = BareReading.EXACT,
) -> list[QuantityMention]:
    """Every quantity in ``text[start:end]``, sorted by start; offsets are into ``text``.

    ``tolerance`` widens "about"/"nearly" figures; ``reading`` decides bare numbers (see
    :func:`factcheck.quantity.interval_for`).

    >>> [m.quantity.interval for m in find_quantities("It intercepted more than 70 UAVs.")]
    [Interval.parse('(70, inf)')]
    """
    start = max(0, min(start, len(text)))  # Python slice semantics for out-of-range bounds
    stop = len(text) if end is None else max(start, min(end, len(text)))
    numbers = find_numbers(text, start, stop, glued_prefixes=_GLUED_CURRENCIES, amount_only_prefixes=_AMOUNT_ONLY)
    mentions: list[QuantityMention] = []
    consumed_until = start
    # Eras are written in capitals ("AD", "B.C.", "CE"): without them no number needs the look.
    eras = bool(numbers) and ("AD" in text or "BC" in text or "CE" in text or "A.D" in text or "B.C" in text)
    slashes = bool(numbers) and "/" in text
    spreads = bool(numbers) and ("+" in text or "\u00b1" in text)  # "± 0.01", "+/- 2"
    for index, number in enumerate(numbers):
        if number.start < consumed_until:
            continue
        mention = _quantity_at(
            text, start, stop, numbers, index, tolerance, reading, eras=eras, slashes=slashes, spreads=spreads
        )
        if mention is None:
            continue
        if isinstance(mention, int):
            consumed_until = mention  # a range of years: skip both ends
            continue
        mentions.append(mention)
        consumed_until = mention.end
    lowered = text[start:stop].lower()  # one lower-cased copy for the substring pre-checks
    if " of" in lowered or "\tof" in lowered:  # no "of" after a blank, so no "dozens of"
        mentions.extend(_vague_quantities(text, start, stop, tolerance, lowered))
    if len(mentions) < 2:
        return mentions  # nothing to order, share or join
    mentions.sort(key=_START_END)
    mentions = share_context(text, _drop_overlaps(mentions))
    return join_movements(text, mentions) if "from" in lowered else mentions


_START_END = attrgetter("start", "end")


def _drop_overlaps(mentions: list[QuantityMention]) -> list[QuantityMention]:
    kept: list[QuantityMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


_VAGUE_HINTS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")


def _vague_quantities(text: str, start: int, stop: int, tolerance: float, lowered: str) -> list[QuantityMention]:
    found: list[QuantityMention] = []
    if not any(hint in lowered for hint in _VAGUE_HINTS):
        return found  # a substring test is much cheaper than the scan
    for match in _VAGUE.finditer(text, start, stop):
        phrase = match.group(1)
        quantity = Quantity(
            interval=cached_interval_for(QualifierClass.VAGUE, VAGUE_PLURALS[phrase.lower()]),
            number_text=phrase,
            qualifier_class=QualifierClass.VAGUE,
        )
        counted = counted_after(text, match.end(), stop, value=math.inf, after_of=True)
        found.append(_mention(match.start(), match.end(), quantity, counted))
    return found


def _mention(
    start: int,
    end: int,
    quantity: Quantity,
    counted: tuple[int, int, str] | None,
    trend: Trend | None = None,
    moved: Trend | None = None,
) -> QuantityMention:
    if counted is None:
        return new_mention(start, max(end, start + 1), quantity, None, None, None, trend, moved)
    c_start, c_end, written = counted
    normalised = normalise_counted(written)
    # Both are str; when neither is empty every check of Term holds, else validation raises.
    term = (
        trusted(Term, {"text": written, "normalised": normalised})
        if written and normalised
        else Term(text=written, normalised=normalised)
    )
    return new_mention(start, max(end, c_end), quantity, term, c_start, c_end, trend, moved)


def _read_left(text: str, start: int, number: NumberMention) -> _Left:
    """Currency sign, sign, qualifier and trend word before ``number``, nearest first."""
    left = _Left(start=number.start)
    window_start = max(start, number.start - _LEFT_WINDOW)
    rev = text[window_start : number.start][::-1]
    at = 0  # characters consumed, counted back from the number
    if number.kind == "digits":
        sign = _SIGN_BEFORE_R.match(rev)
        if sign is not None:
            left.negative = True
            at = sign.end()
        elif rev[:1] == "+" and not rev[1:2].isalnum():
            left.plus = True  # "+0.3%": a rise
            at = 1
        # The pattern is case-sensitive: after an optional blank comes a currency's last character.
        last = rev[at : at + 1]
        if last in _BLANK_CHARS:
            last = rev[at + 1 : at + 2]
        currency = _CURRENCY_BEFORE_R.match(rev, at) if last in _CURRENCY_LAST_CHARS else None
        if currency is not None:
            code = (currency.group(1) or currency.group(2))[::-1]
            if code != "PS" or _mangled_pound(text, number):
                left.currency = lex.CURRENCY_BEFORE[code]
                at = currency.end()
            if not left.negative:
                sign = _SIGN_BEFORE_R.match(rev, at)
                if sign is not None and sign.group() == "-":
                    left.negative = True
                    at = sign.end()
        sub = _SUB_BEFORE_R.match(rev, at) if rev[at : at + 1] == "-" else None
        if sub is not None:
            left.qualifier, left.qualifier_class = (
                text[number.start - sub.end() : number.start - at],
                QualifierClass.LESS_THAN,
            )
            left.start = number.start - sub.end()
            return left
    left.start = number.start - at
    qualifier = _QUALIFIER_BEFORE_R.match(rev.lower(), at)
    if qualifier is not None:
        group = 1 if qualifier.group(1) is not None else 2
        q_start, q_end = number.start - qualifier.end(group), number.start - qualifier.start(group)
        left.qualifier = text[q_start:q_end]
        left.qualifier_class = QUALIFIER_WORDS[left.qualifier.lower()]
        left.start = q_start
        at = qualifier.end()
    adjacent = _LAST_WORD_R.match(rev, at)
    if adjacent is None:
        return left
    word = adjacent.group(1)[::-1].lower()
    if word == "by":
        # "grew sales by 35 per cent": a trend verb a few words before "by".
        for earlier in reversed(_WORDS_BEFORE.findall(text[window_start : number.start - adjacent.end()])[-5:]):
            if _is_trend_word(earlier.lower()):
                left.trend_word = earlier.lower()
                left.trend_by = True
                break
    else:
        left.trend_word = word
    return left


def _mangled_pound(text: str, number: NumberMention) -> bool:
    """ "PS2.7m", "PS21,700": a pound sign lost in an encoding round trip ("PS5" is a console)."""
    written = text[number.start : number.end]
    return (
        number.scale is not None
        or "," in written
        or "." in written
        or (_may_scale(text, number.end) and _SCALE_ABBREVIATION.match(text, number.end) is not None)
    )


def _prev_word(text: str, start: int, position: int) -> tuple[str, int] | None:
    """The word right before ``position`` (only blanks between) and where it starts."""
    match = _PREV_WORD_R.match(text[max(start, position - 24) : position][::-1])
    if match is None:
        return None
    return match.group(1)[::-1], position - match.end()


def _sentence_initial(text: str, start: int, position: int) -> bool:
    rev = text[max(start, position - 16) : position][::-1]
    match = _PREV_CHAR_R.match(rev)
    if match is None:
        return True
    if match.group(1) == "." and _ABBREVIATION_END_R.match(rev):
        return False  # "A.D. 1000", "U.S. 30": an initial, not the end of a sentence
    return match.group(1) in _SENTENCE_START_CHARS


def _is_name_or_date(text: str, start: int, stop: int, number: NumberMention, left: _Left) -> bool:
    """True when the number is part of a name, a date, a time, an ordinal or a year."""
    s, e = number.start, number.end
    before = text[s - 1] if s > start else ""
    if number.kind == "digits":
        if (
            before in {"-", "+"}
            and s - 2 >= start
            and text[s - 2].isalnum()
            and left.qualifier_class is QualifierClass.EXACT
            and not left.negative
        ):
            return True  # "F-16", "COVID-19"; or the second half of a score, "3-1"
        if before in "/#:" and before:
            return True
        after = text[e : e + 1]
        suffix = text[e + 1 : e + 2] if after in _BLANK_CHARS else after  # "[ \t]?" then a suffix
        if (suffix in _TIME_INITIALS or not suffix.isascii()) and _TIME_AFTER.match(text, e, stop):
            return True
        if after in _DATE_INITIALS and _DATE_JOIN.match(text, e, stop):
            return True
        if (
            (after in _ORDINAL_INITIALS or not after.isascii())
            and _ORDINAL_AFTER.match(text, e, stop)
            and number.scale is None
        ):
            return True  # "14th", "1990s"
        if before == "(" and text[e : e + 1] == ")":
            return True  # a shirt or list number: "Prescott (4)"
    elif text[s].isupper() and not _sentence_initial(text, start, s):
        return True  # a number word capitalised mid-sentence: "the Big Ten"
    if left.start != s:
        return False  # a qualifier, currency or sign stands before: a figure
    prev = _prev_word(text, start, s)
    if prev is not None:
        word = prev[0]
        if word in lex.MONTHS:
            return True  # "May 27", "Oct. 31"
        if word.lower() in {"no", "number", "nos"} and number.kind == "digits":
            return True
        if number.kind == "words" and text[s:e].lower() == "one" and word.lower() in {
            "the", "this", "that", "no", "any", "every", "each", "which", "only", "someone", "anyone",
        }:  # fmt: skip
            return True
    next_word = NEXT_WORD.match(text, e, stop)
    if next_word is not None:
        following = next_word.group(1)
        if following in lex.MONTHS and number.kind == "digits" and number.value <= 31:
            return True  # "27 May"
        if number.kind == "words" and text[s:e].lower() == "one" and following.lower().split("-")[0] in lex.NAME_IDIOMS:
            return True  # "one-time", "one another"
    return False


# Every era _ERA_BEFORE_R or _ERA_AFTER reads holds "AD", "A.D", "BC", "B.C" or "CE" (checked in
# find_quantities before any number is looked at).
_ERA_BEFORE_R = re.compile(r"[ \t]+(?:\.D\.A|DA|EC)(?![A-Za-z])")
_ERA_AFTER = re.compile(r"[ \t]*(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE)(?![A-Za-z])")


def _era_year_end(text: str, start: int, stop: int, numbers: list[NumberMention], index: int) -> int | None:
    """Where a year written with its era ends ("A.D. 79", "AD 1000 and 1260", "300 BC"), else None."""
    number = numbers[index]
    if number.kind != "digits" or not text[number.start : number.end].isdigit():
        return None
    before = _ERA_BEFORE_R.match(text[max(start, number.start - 8) : number.start][::-1])
    if before is None and _ERA_AFTER.match(text, number.end, stop) is None:
        return None
    end = number.end
    connector = _RANGE_CONNECTOR.match(text, end, stop)
    if connector is not None and index + 1 < len(numbers) and numbers[index + 1].start == connector.end():
        end = numbers[index + 1].end  # the other end of an era range is a year too
    after = _ERA_AFTER.match(text, end, stop)
    return after.end() if after is not None else end


_AGE_BEFORE_R = re.compile(r"[ \t]*,([A-Za-z'\u2019]*[A-Z])")


def _apposed_age(text: str, start: int, stop: int, number: NumberMention, left: _Left) -> bool:
    """ "Jamie Smith, 25, said": a one- or two-digit number between commas after a name."""
    written = text[number.start : number.end]
    if number.kind != "digits" or not written.isdigit() or len(written) > 2 or left.start != number.start:
        return False
    if text[number.end : number.end + 1] != ",":
        return False
    before = _AGE_BEFORE_R.match(text[max(start, number.start - 32) : number.start][::-1])
    return before is not None


def _in_name(text: str, start: int, number: NumberMention, left: _Left) -> bool:
    """A bare number right after a capitalised word inside a sentence: "Article 5", "Big 12"."""
    if left.start != number.start:
        return False
    prev = _prev_word(text, start, number.start)
    if prev is None:
        return False
    word, word_start = prev
    lower = word.lower()
    if lower in lex.INDEX_NAMES or (lower == "p" and text[max(start, word_start - 2) : word_start].lower() == "s&"):
        return True  # "the sp 500", "ftse 100", "s&p 500": a stock index, in any case
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        return True  # "iPhone 11", "PlayStation 5"
    if not word[0].isupper() or lower in QUALIFIER_WORDS or lower in lex.TREND_UP or lower in lex.TREND_DOWN:
        return False
    if lower in lex.SENTENCE_FUNCTION_WORDS:
        return False
    if _sentence_initial(text, start, word_start):
        # "Section 230 ...", "Boeing 747 ..." open a sentence with a name; "Today 40 ...",
        # "Only 3 ...", "Roughly 50 ..." with a function word or an adverb.
        return lower not in lex.STOP_WORDS and lower not in lex.SENTENCE_ADVERBS and not lower.endswith("ly")
    return True  # "Article 5", "Big 12"


def _is_year(text: str, number: NumberMention, left: _Left | None, has_unit: bool) -> bool:
    """A bare four-digit year: 1900-2099, or 1000-1899 after "in", "since", ...

    ``left`` is None to ignore what stands before the number ("between 1600 and 1900").
    """
    if number.kind != "digits" or number.scale is not None or has_unit:
        return False
    if left is not None and left.start != number.start:
        return False
    written = text[number.start : number.end]
    if not (len(written) == 4 and written.isdigit()):
        return False
    value = int(written)
    if 1900 <= value <= 2099:
        return True
    prev = _prev_word(text, 0, number.start)
    return 1000 <= value < 1900 and prev is not None and prev[0].lower() in {"in", "since", "until", "by", "from"}


@dataclass(slots=True)
class _Right:
    """What follows a number: scale, range end, unit, currency, qualifier, trend noun."""

    end: int
    scale: float | None = None
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    qualifier_class: QualifierClass | None = None
    trend: Trend | None = None


def _may_scale(text: str, position: int) -> bool:
    """Whether ``_SCALE_ABBREVIATION`` can match at ``position`` (a superset test, no regex call)."""
    char = text[position : position + 1]
    if char in _SCALE_INITIALS:
        return True
    return char in _BLANK_CHARS and text[position + 1 : position + 2] in _SCALE_WORD_INITIALS


def _read_scale(text: str, position: int, stop: int, currency: str | None) -> tuple[float, int] | None:
    char = text[position : position + 1]
    possible = char in _SCALE_INITIALS or (
        char in _BLANK_CHARS and text[position + 1 : position + 2] in _SCALE_WORD_INITIALS
    )  # what _may_scale tests, inline on this hot path
    match = _SCALE_ABBREVIATION.match(text, position, stop) if possible else None
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    if word in {"b", "T"} and currency is None:
        return None
    if word == "m" and currency is None:
        # "100m" is metres unless money is counted or millions of things follow: "35m of its
        # devices", "1.2m tons" (but "100m hurdles", "2m tall").
        following = NEXT_WORD.match(text, match.end(), stop)
        if following is None or text[match.end()] == "-":
            return None
        word_after = following.group(1).lower()
        decimal = "." in text[position - 4 : position]
        if word_after in lex.METRE_CONTEXT or not (word_after == "of" or decimal or looks_plural(word_after)):
            return None
    return lex.SCALE_ABBREVIATIONS[word], match.end()


def _read_unit(text: str, position: int, stop: int, right: _Right, *, money: bool = False) -> None:
    """A unit, percent or currency word right after ``position``, and a rate after it."""
    best = _unit_at(text, position, stop)
    if best is None:
        if money:
            _read_rate(text, stop, right, money=True)
        return
    if best.kind == "currency":
        right.currency = lex.CURRENCY_AFTER[best.written.lower()]
    elif best.kind == "cased":
        if best.written in {"C", "F"} and best.start != position:
            return  # "5 C" is ambiguous; only "5C" or "5°C" is a temperature
        if best.written in _PRIMES and (best.start != position or _in_single_quotes(text, position, best)):
            return  # "30 '" or "'Catch 22'": a quote mark, not feet
        right.unit = lex.UNITS_CASED[best.written]
    else:
        right.unit = lex.UNITS_WORDS[best.written.lower()]
    right.end = best.end
    if right.unit is not None and right.unit.endswith(" of age"):
        return
    _read_rate(text, stop, right)


def _in_single_quotes(text: str, position: int, prime: _UnitHit) -> bool:
    """An ASCII apostrophe closing a quotation opened shortly before ("'Fahrenheit 451'")."""
    if prime.written != "'":
        return False
    before = text[max(0, position - 60) : position]
    return before.startswith("'") or " '" in before or "('" in before


def _read_rate(text: str, stop: int, right: _Right, *, money: bool = False) -> None:
    """ "per barrel", "a day", "/hour", "per square foot" after a unit or an amount of money.

    A rate after a conversion in brackets belongs to the amount before them too ("C $6
    (US $4.46) per share"); the amount's span still ends before the bracket.
    """
    per = _PER.match(text, right.end, stop)
    if per is None and (money or right.currency is not None) and "(" in text[right.end : right.end + 3]:
        bracket = _PARENTHESIS.match(text, right.end, stop)
        if bracket is not None:
            after = _Right(end=bracket.end(), unit=right.unit)
            _read_rate(text, stop, after)
            if after.end > bracket.end() and after.unit is not None and after.unit.startswith("per "):
                right.unit = after.unit
            return
    if per is not None and _RATE_TIME_ADVERB.match(text, per.end(), stop):
        return  # "$6.78 billion a year earlier": a time, not a rate
    if per is not None and per.group(0).strip().lower().startswith(("per", "/")):
        unit = _unit_at(text, per.start(1), stop)
        if unit is not None and unit.kind != "currency" and unit.written[0].isalpha():
            names = lex.UNITS_WORDS if unit.kind == "word" else lex.UNITS_CASED
            name = names.get(unit.written.lower() if unit.kind == "word" else unit.written, "")
            if name:
                rate = "per " + name  # "per square foot", "kV/cm" -> "per centimetre"
                right.unit = f"{right.unit} {rate}" if right.unit is not None else rate
                right.end = unit.end
                return
    if per is not None and (
        singularise(per.group(1)) in lex.PER_WORDS
        or (per.group(0).strip().lower().startswith(("per", "/")) and per.group(1).lower() not in lex.STOP_WORDS)
    ):
        rate = "per " + singularise(per.group(1))
        right.unit = f"{right.unit} {rate}" if right.unit is not None else rate
        right.end = per.end()


def _quantity_at(
    text: str,
    start: int,
    stop: int,
    numbers: list[NumberMention],
    index: int,
    tolerance: float,
    reading: BareReading,
    *,
    eras: bool = True,
    slashes: bool = True,
    spreads: bool = True,
) -> QuantityMention | int | None:
    """The quantity at ``numbers[index]``; ``None`` if it is none, or where to resume after a skipped span."""
    number = numbers[index]
    left = _read_left(text, start, number)
    era = _era_year_end(text, start, stop, numbers, index) if eras else None
    if era is not None:
        return era  # "A.D. 79", "between AD 1000 and 1260", "300 BC": years
    next_char = text[number.end : number.end + 1]
    if next_char == "-":  # cheap tests first: most numbers need neither look
        suspended = _suspended(text, start, stop, numbers, index, left, tolerance, reading)
        if suspended is not None:
            return suspended
    elif slashes and (next_char == "/" or "/" in text[number.end + 2 : number.end + 5]):
        measured_fraction = _slash_fraction(text, start, stop, numbers, index, left, tolerance, reading)
        if measured_fraction is not None:
            return measured_fraction
    if _is_name_or_date(text, start, stop, number, left) or _modifier_compound(text, stop, number):
        return None
    right = _Right(end=number.end)
    value = number.value
    scale = number.scale
    currency = left.currency
    if number.kind == "digits" and scale is None:
        found_scale = _read_scale(text, right.end, stop, currency)
        if found_scale is not None:
            scale, right.end = found_scale
            value *= scale
    elif number.kind == "words" and number.scale is None and currency is None:
        scale = None
    glued = text[right.end : right.end + 1] if right.end < stop else ""
    attached = number.kind == "digits" and glued.isascii() and glued.isalpha()  # [A-Za-z]
    number_end = right.end
    _read_unit(text, right.end, stop, right, money=currency is not None)
    if attached and right.end == number_end:
        return None  # letters glued to digits and no unit: a name ("5G", "3D")
    unit_probe = right
    spread = _PLUS_MINUS.match(text, right.end, stop) if spreads else None
    if spread is not None and index + 1 < len(numbers) and numbers[index + 1].start == spread.end():
        # "2,000.45 ± 0.01 pounds": the value and its uncertainty.
        error = numbers[index + 1]
        signed = -value if left.negative else value
        tail = _Right(end=error.end)
        _read_unit(text, error.end, stop, tail, money=currency is not None)
        if tail.unit is None and tail.currency is None:
            tail.unit, tail.currency = right.unit, right.currency
        return _build(
            text, start, stop, number, left, tail, signed - error.value, scale, currency, tolerance, reading,
            high=signed + error.value,
        )  # fmt: skip
    share = _out_of(text, stop, numbers, index, right)
    if share is not None:
        return _build(
            text, start, stop, share, left, _Right(end=share.end), share.value, None, None, tolerance, reading,
            counted_direct=True,
        )  # fmt: skip
    # A range: "40 to 50", "4-6", "between 40 and 50", "$89 to $93 billion", "5% to 10%".
    high, high_index, range_end = _read_range_end(text, stop, numbers, index, unit_probe.end, left)
    if high is not None and high_index is not None:
        high_number = numbers[high_index]
        high_value = high
        range_right = _Right(end=range_end)
        high_scale = high_number.scale
        if high_number.kind == "digits" and high_scale is None:
            found_scale = _read_scale(text, range_end, stop, currency)
            if found_scale is not None:
                high_scale, range_right.end = found_scale
                high_value *= high_scale
        low_value, low_scale = (-value if left.negative else value), scale
        if low_scale is None and high_scale is not None and low_value * high_scale <= high_value:
            low_scale = high_scale  # "$1-2 billion": the scale covers both ends ("$800,000 to $1.3m" not)
            low_value *= high_scale
        dashed = text[number.end : high_number.start].strip() in {"-", "\u2013"}
        probe = _Right(end=range_right.end)
        _read_unit(text, probe.end, stop, probe, money=currency is not None)
        measured = (
            probe.unit is not None
            or probe.currency is not None
            or unit_probe.unit is not None
            or unit_probe.currency is not None
        )
        years = (False, False)
        if not measured:
            low_written, high_written = text[number.start : number.end], text[high_number.start : high_number.end]
            both = all(len(w) == 4 and w.isdigit() and 1000 <= int(w) <= 2099 for w in (low_written, high_written))
            # "between 1600 and 1900", "1700-1850": two four-digit numbers are years.
            years = (both or _is_year(text, number, None, False), both or _is_year(text, high_number, None, False))
        if all(years):
            return high_number.end  # "between 1600 and 1900", "2019-2020": years
        if left.trend_word == "from" and not dashed and low_value > high_value:
            low_value, high_value = high_value, low_value  # "fell from $2,415 to $2,315": the span
        if any(years) and not all(years):
            high = None  # "in 2018 to 3.9 million": a year, then a figure
        range_ok = high is not None and (low_value < high_value or (low_value == high_value and not dashed))
        if not range_ok and dashed:
            return None  # "won 3-1", "drew 2-2": a score, not a range
        if range_ok and not measured and left.start == number.start and _names_or_pronoun(text, stop, high_number):
            return None  # "16-18 Industrial Avenue": an address
        if range_ok:
            range_right = probe
            if range_right.unit is None and range_right.currency is None:
                range_right.unit, range_right.currency = unit_probe.unit, unit_probe.currency
            elif (unit_probe.unit, unit_probe.currency) not in {(None, None), (range_right.unit, range_right.currency)}:
                range_ok = False  # "10 per cent to 18.97 yuan": two figures, not a range
        if range_ok:
            return _build(
                text, start, stop, number, left, range_right, low_value, low_scale, currency, tolerance, reading,
                high=high_value,
            )  # fmt: skip
    has_unit = right.unit is not None or right.currency is not None
    if not has_unit and _apposed_age(text, start, stop, number, left):
        right.unit = "year of age"  # "Jamie Smith, 25, said": an age in apposition
        has_unit = True
    in_name = not has_unit and number.kind == "digits" and _in_name(text, start, number, left)
    if _is_year(text, number, left, has_unit) or in_name:
        return None
    if number.kind == "fraction" and not _fraction_is_share(text, number, stop, left):
        return None
    if not has_unit and left.start == number.start and _names_or_pronoun(text, stop, number):
        return None
    return _build(text, start, stop, number, left, right, value, scale, currency, tolerance, reading)


# "7- or 8-inch", "four-, five- and six-cylinder": a hyphen whose word comes with the last member.
_SUSPENDED = re.compile(r"-,?[ \t]+(?:(?:or|and)[ \t]+)?")  # "6- to 12-metre" is a range
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)(?![A-Za-z-])")


def _suspended(
    text: str,
    start: int,
    stop: int,
    numbers: list[NumberMention],
    index: int,
    left: _Left,
    tolerance: float,
    reading: BareReading,
) -> QuantityMention | None:
    """A suspended hyphen: the figure takes the unit or counted word of the chain's last member."""
    number = numbers[index]
    if text[number.end : number.end + 1] != "-" or left.currency is not None:
        return None  # the common case, without a regex call
    link = _SUSPENDED.match(text, number.end, stop)
    if link is None:
        return None
    position = link.end()
    for following in numbers[index + 1 : index + 4]:
        if following.start != position or following.kind == "fraction":
            return None
        word = _HYPHEN_WORD.match(text, following.end, stop)
        if word is not None:
            break
        link = _SUSPENDED.match(text, following.end, stop)
        if link is None:
            return None
        position = link.end()
    else:
        return None
    right = _Right(end=number.end)
    hit = _unit_at(text, following.end, stop)
    counted = None
    if hit is not None and hit.kind == "word" and hit.end == word.end():
        right.unit = lex.UNITS_WORDS[hit.written.lower()]
    elif word.group(1).lower() in lex.STOP_WORDS:
        return None
    else:
        counted = (word.start(1), word.end(1), word.group(1))
    mention = _build(text, start, stop, number, left, right, number.value, number.scale, None, tolerance, reading)
    if counted is None:
        return mention
    term = Term(text=counted[2], normalised=normalise_counted(counted[2]))
    return replace(mention, end=number.end, counted=term, counted_start=counted[0], counted_end=counted[1])


# "1/4 inch", "2 1/2 in", "1/2 pound": a written fraction measuring something (a unit follows).
_SLASH_FRACTION = re.compile(r"(?:[ \t]+(\d{1,2}))?/(\d{1,3})(?![\d/,.])")
_MIXED_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(\d{1,3})(?![\d/,.])")


def _slash_fraction(
    text: str,
    start: int,
    stop: int,
    numbers: list[NumberMention],
    index: int,
    left: _Left,
    tolerance: float,
    reading: BareReading,
) -> QuantityMention | None:
    """A slash fraction with a unit after it: "a 1/4 inch gap", "2 1/2 in thick".

    Without a unit "1/2" is too often a date, a score or a ratio to read as a number.
    """
    number = numbers[index]
    after = text[number.end : number.end + 1]
    if after != "/" and "/" not in text[number.end + 2 : number.end + 5]:
        return None  # the common case, without a regex call
    if number.kind != "digits" or number.scale is not None:
        return None
    written = text[number.start : number.end]
    if not written.isdigit() or len(written) > 3:
        return None
    if after == "/":
        fraction = _SLASH_FRACTION.match(text, number.end, stop)
        if fraction is None or fraction.group(1) is not None:
            return None
        whole, numerator, denominator = 0, int(written), int(fraction.group(2))
    else:
        fraction = _MIXED_FRACTION.match(text, number.end, stop)
        if fraction is None:
            return None
        whole, numerator, denominator = int(written), int(fraction.group(1)), int(fraction.group(2))
    if not 0 < numerator < denominator:
        return None
    right = _Right(end=fraction.end())
    _read_unit(text, fraction.end(), stop, right, money=left.currency is not None)
    if right.unit is None and right.currency is None:
        # A fraction takes the singular ("1/2 pound", "3/4 mile"), which the unit table may
        # leave out where it is ambiguous ("pound" alone is also money).
        following = NEXT_WORD.match(text, fraction.end(), stop)
        plural = following.group(1).lower() + "s" if following is not None else ""
        if following is not None and plural in lex.UNITS_WORDS:
            right.unit, right.end = lex.UNITS_WORDS[plural], following.end(1)
    if right.unit is None or right.unit.startswith("per "):
        return None
    value = whole + numerator / denominator
    measured = NumberMention(number.start, fraction.end(), value, "digits")
    return _build(text, start, stop, measured, left, right, value, None, left.currency, tolerance, reading)


_PLUS_MINUS = re.compile(r"[ \t]*(?:\u00b1|\+/-|\+-)[ \t]*")
_DIGIT_AFTER = re.compile(r"[ \t]+\d+(?!\d|st|nd|rd|th)")
_RATE_TIME_ADVERB = re.compile(r"[ \t]+(?:earlier|ago|later|before|after|on)(?![A-Za-z])", re.I)
_OUT_OF = re.compile(r"[ \t]+(?:out[ \t]+of|in)[ \t]+", re.I)
_HYPHEN_COMPOUND = re.compile(r"-([A-Za-z]+(?:-[A-Za-z]+)*)[ \t]+([a-z]+)")


def _out_of(text: str, stop: int, numbers: list[NumberMention], index: int, right: _Right) -> NumberMention | None:
    """ "one in five", "three out of ten": a share, as a fraction mention over both numbers."""
    number = numbers[index]
    if right.unit is not None or right.currency is not None or index + 1 >= len(numbers):
        return None
    link = _OUT_OF.match(text, number.end, stop)
    following = numbers[index + 1]
    if link is None or following.start != link.end() or following.kind == "fraction" or number.kind == "fraction":
        return None
    if not 0 < number.value <= following.value or _is_year(text, following, None, False):
        return None
    return NumberMention(number.start, following.end, 100 * number.value / following.value, "fraction")


def _modifier_compound(text: str, stop: int, number: NumberMention) -> bool:
    """ "a five-year award", "a three-bed flat": a number-word compound before a noun (not an age)."""
    if number.kind != "words":
        return False
    compound = _HYPHEN_COMPOUND.match(text, number.end, stop)
    if compound is None or "old" in compound.group(1).lower().split("-"):
        return False
    return compound.group(2) not in lex.STOP_WORDS


def _names_or_pronoun(text: str, stop: int, number: NumberMention) -> bool:
    """A bare number that names or refers rather than counts.

    "787 Dreamliner", "575 Wilbraham Road" (capitalised words, none plural, follow); "the
    same one", "on one in order" (the pronoun "one"); "a five-year award", "a three-bed
    flat" (a number-word compound modifying a noun).
    """
    following = NEXT_WORD.match(text, number.end, stop)
    written = text[number.start : number.end].lower()
    if written == "one":
        return following is None or (
            following.group(1).lower() in lex.STOP_WORDS and following.group(1).lower() != "of"
        )
    if following is None or text[number.end] == "-":
        return False
    word = following.group(1)
    if not word[0].isupper() or number.value == 1:
        return False
    if number.kind == "digits" and "." in text[number.start : number.end]:
        return False  # "0.5 WAR", "4.6 GPA": a decimal measures, names are whole numbers
    # A run of capitalised words with no plural among them is a name ("40 Kia and Hyundai
    # cars" has one: a count).
    counted = counted_after(text, number.end, stop, value=number.value, after_of=False)
    if counted is not None and any(looks_plural(w) for w in counted[2].split()[1:]):
        return False
    position = number.end
    for _ in range(3):
        match = NEXT_WORD.match(text, position, stop)
        if match is None or not match.group(1)[0].isupper():
            break
        if looks_plural(match.group(1)) and not match.group(1).endswith(("'s", "\u2019s")):
            return False
        position = match.end()
    if _DIGIT_AFTER.match(text, position, stop):
        return False  # "63,150 Model 3s": the name is the counted thing's
    after = NEXT_WORD.match(text, position, stop)
    return after is None or after.group(1).lower() in lex.STOP_WORDS or not looks_plural(after.group(1))


_PERIOD_ORDINALS = frozenset({"first", "second", "third", "fourth", "final", "last", "other", "latter", "former"})


def _fraction_is_share(text: str, number: NumberMention, stop: int, left: _Left) -> bool:
    """'a third of', 'half the', 'more than half': a share; 'the second half' is not."""
    if left.qualifier is not None:
        return True
    prev = _prev_word(text, 0, number.start)
    if prev is not None and prev[0].lower() in _PERIOD_ORDINALS:
        return False  # "in the second half of the game": a period
    following = NEXT_WORD.match(text, number.end, stop)
    return following is not None and following.group(1).lower() in {
        "of", "the", "its", "their", "his", "her", "our", "all", "a", "an", "those", "these",
    }  # fmt: skip


def _read_range_end(
    text: str, stop: int, numbers: list[NumberMention], index: int, position: int, left: _Left
) -> tuple[float | None, int | None, int]:
    """The upper number of a range starting after ``position``, its index and end."""
    if index + 1 >= len(numbers):
        return None, None, position
    connector = _RANGE_CONNECTOR.match(text, position, stop)
    if connector is None:
        return None, None, position
    dash, word, sign = connector.group(2), connector.group(1) or connector.group(3), connector.group(4)
    if dash is not None and sign is not None:
        return None, None, position
    if word is not None and word.lower() == "and" and left.qualifier_class is not QualifierClass.RANGE:
        return None, None, position
    to_after_trend = word is not None and word.lower() == "to" and left.trend_word is not None and not left.trend_by
    if to_after_trend and _is_trend_word(left.trend_word or ""):
        return None, None, position  # "rose 3% to 164": a change, then the new level
    after = connector.end()
    currency = _SECOND_CURRENCY.match(text, after, stop)
    if currency is not None:
        if left.currency is None:
            return None, None, position  # "3% to $2bn": two figures, not a range
        after = currency.end()
    following = numbers[index + 1]
    number = numbers[index]
    if following.start != after or following.kind == "fraction" or number.kind == "fraction":
        return None, None, position
    if dash is not None and (number.kind != "digits" or following.kind != "digits"):
        return None, None, position
    if (_may_be_time(text, following.end) and _TIME_AFTER.match(text, following.end, stop)) or _ORDINAL_AFTER.match(
        text, following.end, stop
    ):
        return None, None, position
    return (-following.value if sign else following.value), index + 1, following.end


def _build(
    text: str,
    start: int,
    stop: int,
    number: NumberMention,
    left: _Left,
    right: _Right,
    value: float,
    scale: float | None,
    currency: str | None,
    tolerance: float,
    reading: BareReading,
    *,
    high: float | None = None,
    counted_direct: bool = False,
) -> QuantityMention:
    if left.negative and high is None:
        value = -value  # a range's lower end arrives signed
    qualifier, qualifier_class = left.qualifier, left.qualifier_class
    approximate_range = False
    if high is not None:
        qualifier_class = QualifierClass.RANGE
        written_class = QUALIFIER_WORDS.get(qualifier.lower()) if qualifier is not None else None
        # "about 14-18 mpg" is an approximate range: the qualifier is kept and the ends widened.
        approximate_range = written_class is QualifierClass.ABOUT
        if written_class not in {QualifierClass.RANGE, QualifierClass.ABOUT}:
            qualifier = None
    elif qualifier_class is QualifierClass.RANGE:
        qualifier, qualifier_class = None, QualifierClass.EXACT  # "between" without its "and"
    after = _QUALIFIER_AFTER.match(text, right.end, stop)
    if after is not None and high is None and qualifier is None:
        written = after.group(1) or after.group(2)
        key = written.lower().strip(" \t-")
        qualifier = written.strip(" \t")
        qualifier_class = {
            "or more": QualifierClass.AT_LEAST,
            "or over": QualifierClass.AT_LEAST,
            "or fewer": QualifierClass.AT_MOST,
            "or less": QualifierClass.AT_MOST,
        }.get(key, QualifierClass.AT_LEAST)
        right.end = after.end()
    unit = right.unit
    currency = currency or right.currency
    share = number.kind == "fraction" or unit in {"percent", "percentage point"}
    interval = cached_interval_for(qualifier_class, value, high, tolerance=tolerance, reading=reading)
    if approximate_range:
        interval = interval.widened(tolerance)
    if number.kind == "fraction":
        interval = interval.intersection(_SHARE) or interval
    number_end = right.end if high is not None else number.end
    number_text = text[number.start : number_end] if high is not None else text[number.start : number.end]
    trend = _trend(text, right.end, stop, left, unit, currency)
    moved = _moved(text, start, left) if left.trend_word == "to" and trend is None and high is None else None
    quantity = _new_quantity(
        {
            "interval": interval,
            "number_text": number_text.strip() or text[number.start : number.end],
            "qualifier": qualifier,
            "qualifier_class": qualifier_class,
            "reading": reading if qualifier_class is QualifierClass.EXACT else None,
            "scale": scale if scale is not None and scale > 1 else None,
            "unit": unit,
            "currency": currency,
            "share": share,
            "tolerance": (
                tolerance
                if qualifier_class in {QualifierClass.ABOUT, QualifierClass.NEARLY} or approximate_range
                else None
            ),
        }
    )
    counted = None
    if unit is None and currency is None and number.kind != "fraction":
        counted = counted_after(text, right.end, stop, value=value, after_of=True)
        if counted is not None:
            # "3,000 tests per day": the rate is the unit of the count.
            rate = _Right(end=counted[1])
            _read_rate(text, stop, rate)
            if rate.unit is not None and rate.unit.split()[-1] in lex.PER_WORDS:
                quantity = replaced(quantity, {"unit": rate.unit})  # a str, as validation requires
                return _mention(left.start, rate.end, quantity, counted, trend, moved)
    elif number.kind == "fraction" or unit == "percent":
        counted = counted_after(text, right.end, stop, value=math.inf, after_of=True, require_of=not counted_direct)
    return _mention(left.start, right.end, quantity, counted, trend, moved)


#: The ISO 4217 codes the lexicon gives (each matches ``Quantity.currency``'s pattern).
_CURRENCY_CODES = frozenset(
    code for code in (*lex.CURRENCY_BEFORE.values(), *lex.CURRENCY_AFTER.values()) if re.fullmatch("[A-Z]{3}", code)
)


def _new_quantity(values: dict[str, Any]) -> Quantity:
    """``Quantity(**values)``, without validation where every check holds by construction.

    ``_build`` gives a non-empty number text, a scale above 1, a reading only for an exact
    figure and the lexicon's ISO codes; what the caller passes in (``tolerance``, ``reading``)
    is checked here, and anything else takes the validating constructor, so the result and
    the errors are those of ``Quantity(**values)``.
    """
    tolerance, scale, reading, currency = values["tolerance"], values["scale"], values["reading"], values["currency"]
    if (
        values["number_text"]
        and (tolerance is None or (type(tolerance) is float and 0 <= tolerance < 1))
        and (scale is None or type(scale) is float)
        and (reading is None or type(reading) is BareReading)
        and (currency is None or currency in _CURRENCY_CODES)
    ):
        return trusted(Quantity, values)
    return Quantity(**values)


def _moved(text: str, start: int, left: _Left) -> Trend | None:
    """The direction of "climbed to 6.7%", "fell to 49.5 Hz", "dipped down to -130": a level reached."""
    if left.trend_word != "to":
        return None
    match = _MOVED_TO_R.match(text[max(start, left.start - 32) : left.start][::-1])
    if match is None:
        return None  # "rose 3% to 164p": the amount came first, the level is a plain level
    verb = match.group(1)[::-1].lower()
    if verb in lex.TREND_UP and verb not in {"up", "higher"}:
        return "up"
    if verb in lex.TREND_DOWN and verb not in {"down", "lower"}:
        return "down"
    return None


def _is_trend_word(word: str) -> bool:
    return word in lex.TREND_UP or word in lex.TREND_DOWN or word in lex.TREND_OBJECT_VERBS


def _trend(text: str, position: int, stop: int, left: _Left, unit: str | None, currency: str | None) -> Trend | None:
    if unit in _CHANGE_UNITS and (left.plus or left.negative):
        return "up" if left.plus else "down"  # "Dow +0.2%", "FTSE -0.6%"
    word = left.trend_word
    if word in {"up", "down"} and not (unit in _CHANGE_UNITS or currency is not None):
        word = None  # "gave up 517 yards": a phrasal verb, not a change
    if word is not None:
        if word in lex.TREND_UP:
            return "up"
        if word in lex.TREND_DOWN:
            return "down"
        if word in lex.TREND_OBJECT_VERBS and (unit in _CHANGE_UNITS or currency is not None):
            return "up" if lex.TREND_OBJECT_VERBS[word] == "up" else "down"
    if unit is None and currency is None:
        return None  # a trend noun ("a 3% rise") needs a unit or currency before it
    noun = _TREND_NOUN_AFTER.match(text, position, stop)
    if noun is not None:
        return "up" if lex.TREND_NOUNS[noun.group(1).lower()] == "up" else "down"
    return None
