"""Quantities in text: figures as intervals, with qualifier, scale, unit, currency and counted thing.

:func:`find_quantities` turns "more than 70 UAVs" into a :class:`QuantityMention` whose
quantity is ``(70, inf)`` and whose counted thing is "UAVs" (normalised ``uav``). It reads:

* numbers from :mod:`factcheck.extract.numbers` ("2,400", "1.5 million", "seventy-two",
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
from dataclasses import dataclass
from typing import Literal

from factcheck.extract import _quantity_lexicon as lex
from factcheck.extract.numbers import NUMBER_WORDS, NumberMention, find_numbers
from factcheck.interval import Interval
from factcheck.quantity import (
    DEFAULT_TOLERANCE,
    QUALIFIER_WORDS,
    VAGUE_PLURALS,
    BareReading,
    QualifierClass,
    Quantity,
    Term,
    interval_for,
)

__all__ = ["QuantityMention", "find_quantities", "normalise_counted", "singularise"]

Trend = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """One figure in a text: ``text[start:end]`` is the whole phrase ("more than 70 UAVs").

    ``counted`` is the counted thing as written and normalised, at
    ``text[counted_start:counted_end]``; ``trend`` is ``"up"`` or ``"down"`` when the figure
    is a change ("rose 3%", "down 19 cents") rather than a level.
    """

    start: int
    end: int
    quantity: Quantity
    counted: Term | None
    counted_start: int | None
    counted_end: int | None
    trend: Trend | None = None


# -- lexicon-derived patterns ----------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_BEFORE_QUALIFIERS = [w for w in QUALIFIER_WORDS if not w.startswith("or ")]
# A qualifier right before the number (and a currency sign): "more than ", "approx. ".
_QUALIFIER_BEFORE = re.compile(rf"(?<![a-z])({_alternation(_BEFORE_QUALIFIERS)})\s+$")
_QUALIFIER_AFTER = re.compile(r"[ \t]+(or more|or fewer|or less|or over)(?![a-z])|(\+|[ \t-]plus)(?![a-z])", re.I)
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_alternation(k for k in lex.CURRENCY_BEFORE if k[0].isalpha())})"
    rf"|{_alternation(k for k in lex.CURRENCY_BEFORE if not k[0].isalpha())})[ \t]?$"
)
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,])-|(?<![a-z])minus[ \t]+)$", re.I)
_SUB_BEFORE = re.compile(r"(?<![A-Za-z])sub-$", re.I)
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'\u2019]*)(\.?)[ \t]+$")
_PREV_CHAR = re.compile(r"(\S)\s*$")
_SCALE_ABBREVIATION = re.compile(rf"(?:[ \t]?(bn|bln|mn|mln|tn|trn)|({_alternation('MKkBmb')}))(?![A-Za-z])")
_UNIT_WORD = re.compile(rf"(?:[ \t]*|-)({_alternation(lex.UNITS_WORDS)})(?![A-Za-z])", re.I)
_UNIT_CASED = re.compile(rf"[ \t]?({_alternation(lex.UNITS_CASED)})(?![A-Za-z0-9])")
_CURRENCY_AFTER = re.compile(rf"[ \t]+({_alternation(lex.CURRENCY_AFTER)})(?![A-Za-z])", re.I)
_PER = re.compile(r"(?:[ \t]+(?:per|an?)[ \t]+|/|-an?-|[ \t]+an?[ \t]+)([A-Za-z]+)(?![A-Za-z])", re.I)
_RANGE_CONNECTOR = re.compile(r"[ \t]*(?:(-|\u2013|\u2014)|(to|and|through)(?![A-Za-z]))[ \t]*(?:-[ \t]*)?", re.I)
_SECOND_CURRENCY = re.compile(rf"(?:{_alternation(k for k in lex.CURRENCY_BEFORE if not k[0].isalpha())})[ \t]?")
_TIME_AFTER = re.compile(rf"(?::\d|[ \t]?(?:{_alternation(lex.TIME_SUFFIXES)})(?![A-Za-z]))", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s)(?![A-Za-z])", re.I)
_ATTACHED_LETTER = re.compile(r"[A-Za-z]")
_DATE_JOIN = re.compile(r"[/.]\d|-\d{1,2}-\d")
_NEXT_WORD = re.compile(r"(?:[ \t]+|-)([A-Za-z][A-Za-z0-9]*(?:['\u2019-][A-Za-z0-9]+)*)")
_OF = re.compile(r"[ \t]+of(?:[ \t]+(?:the|its|their|his|her|our|all|these|those|them))?(?![A-Za-z])", re.I)
_VAGUE = re.compile(rf"(?<![\w-])({_alternation(VAGUE_PLURALS)})(?=[ \t]+of[ \t])", re.I)
_TREND_NOUN_AFTER = re.compile(rf"[ \t]+({_alternation(lex.TREND_NOUNS)})(?![A-Za-z])", re.I)
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
_LAST_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[ \t]+$")
_SENTENCE_START_CHARS = frozenset(".!?\"\u201c\u201d'\u2018\u2019([:;\n\u2014\u2013-")

#: Units after which a trend verb with an object ("lost", "cut") is a change.
_CHANGE_UNITS = frozenset({"percent", "percentage point", "basis point", "point", "cent"})

_LEFT_WINDOW = 48
_MAX_COUNTED_WORDS = 4


def singularise(word: str) -> str:
    """The lower-case singular of an English noun: "UAVs" -> "uav", "casualties" -> "casualty"."""
    lower = word.lower()
    if lower in lex.IRREGULAR_SINGULARS:
        return lex.IRREGULAR_SINGULARS[lower]
    if lower in lex.NOT_PLURAL or len(lower) <= 2:
        return lower
    if word.endswith("s") and len(word) > 2 and word[:-1].isupper():
        return lower[:-1]  # an acronym's plural: "UAVs", "ICBMs"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return lower[:-2]
    if lower.endswith(("ss", "us", "is", "'s", "\u2019s")):
        return lower
    if lower.endswith("s"):
        return lower[:-1]
    return lower


def _looks_plural(word: str) -> bool:
    return singularise(word) != word.lower()


def normalise_counted(text: str) -> str:
    """The normalised form of a counted phrase: lower case, head singular, synonyms merged.

    "UAVs", "drones" and "unmanned aerial vehicles" are one kind (``uav``); a modifier is
    kept ("Shahed drones" -> ``shahed uav``); "ballistic missiles" -> ``ballistic missile``.
    """
    words = text.replace("\u2019", "'").split()
    if not words:
        return ""
    words = [w.lower() for w in words[:-1]] + [singularise(words[-1])]
    # The longest known name at the end of the phrase gives its kind.
    for size in range(min(len(words), 4), 0, -1):
        tail = " ".join(words[-size:])
        if tail in lex.COUNTED_SYNONYMS:
            return " ".join([*words[:-size], lex.COUNTED_SYNONYMS[tail]])
    return " ".join(words)


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
    stop = len(text) if end is None else max(start, min(end, len(text)))
    numbers = find_numbers(text, start, stop)
    mentions: list[QuantityMention] = []
    consumed_until = start
    for index, number in enumerate(numbers):
        if number.start < consumed_until:
            continue
        mention = _quantity_at(text, start, stop, numbers, index, tolerance, reading)
        if mention is None:
            continue
        mentions.append(mention)
        consumed_until = mention.end
    mentions.extend(_vague_quantities(text, start, stop, tolerance))
    mentions.sort(key=lambda m: (m.start, m.end))
    return _drop_overlaps(mentions)


def _drop_overlaps(mentions: list[QuantityMention]) -> list[QuantityMention]:
    kept: list[QuantityMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _vague_quantities(text: str, start: int, stop: int, tolerance: float) -> list[QuantityMention]:
    found: list[QuantityMention] = []
    for match in _VAGUE.finditer(text, start, stop):
        phrase = match.group(1)
        quantity = Quantity(
            interval=interval_for(QualifierClass.VAGUE, VAGUE_PLURALS[phrase.lower()]),
            number_text=phrase,
            qualifier_class=QualifierClass.VAGUE,
        )
        counted = _counted_after(text, match.end(), stop, value=math.inf, after_of=True)
        found.append(_mention(match.start(), match.end(), quantity, counted))
    return found


def _mention(
    start: int, end: int, quantity: Quantity, counted: tuple[int, int, str] | None, trend: Trend | None = None
) -> QuantityMention:
    if counted is None:
        return QuantityMention(start, max(end, start + 1), quantity, None, None, None, trend)
    c_start, c_end, written = counted
    term = Term(text=written, normalised=normalise_counted(written))
    return QuantityMention(start, max(end, c_end), quantity, term, c_start, c_end, trend)


def _read_left(text: str, start: int, number: NumberMention) -> _Left:
    """Currency sign, sign, qualifier and trend word before ``number``, nearest first."""
    left = _Left(start=number.start)
    window_start = max(start, number.start - _LEFT_WINDOW)
    window = text[window_start : number.start]
    if number.kind == "digits":
        sign = _SIGN_BEFORE.search(window)
        if sign is not None:
            left.negative = True
            left.start = window_start + sign.start()
            window = window[: sign.start()]
        currency = _CURRENCY_BEFORE.search(window)
        if currency is not None:
            left.currency = lex.CURRENCY_BEFORE[currency.group().strip()]
            left.start = window_start + currency.start()
            window = window[: currency.start()]
        if not left.negative:
            sign = _SIGN_BEFORE.search(window)
            if sign is not None and sign.group() == "-":
                left.negative = True
                left.start = window_start + sign.start()
                window = window[: sign.start()]
        sub = _SUB_BEFORE.search(window)
        if sub is not None:
            left.qualifier, left.qualifier_class = sub.group(), QualifierClass.LESS_THAN
            left.start = window_start + sub.start()
            return left
    qualifier = _QUALIFIER_BEFORE.search(window.lower())
    if qualifier is not None:
        written = window[qualifier.start(1) : qualifier.end(1)]
        left.qualifier = written
        left.qualifier_class = QUALIFIER_WORDS[written.lower()]
        left.start = window_start + qualifier.start(1)
        window = window[: qualifier.start(1)]
    words = _WORDS_BEFORE.findall(window[-32:])
    adjacent = _LAST_WORD.search(window)
    if words and words[-1].lower() == "by":
        # "grew sales by 35 per cent": a trend verb a few words before "by".
        for word in reversed(words[-6:-1]):
            if word.lower() in lex.TREND_UP or word.lower() in lex.TREND_DOWN or word.lower() in lex.TREND_OBJECT_VERBS:
                left.trend_word = word.lower()
                break
    elif adjacent is not None:
        left.trend_word = adjacent.group(1).lower()
    return left


def _prev_word(text: str, start: int, position: int) -> tuple[str, int] | None:
    """The word right before ``position`` (only blanks between) and where it starts."""
    match = _PREV_WORD.search(text, max(start, position - 24), position)
    if match is None or match.end() != position:
        return None
    return match.group(1), match.start(1)


def _sentence_initial(text: str, start: int, position: int) -> bool:
    match = _PREV_CHAR.search(text, max(start, position - 16), position)
    return match is None or match.group(1) in _SENTENCE_START_CHARS


def _is_name_or_date(text: str, start: int, stop: int, number: NumberMention, left: _Left) -> bool:
    """True when the number is part of a name, a date, a time, an ordinal or a year."""
    s, e = number.start, number.end
    before = text[s - 1] if s > start else ""
    if number.kind == "digits":
        if before == "-" and s - 2 >= start and text[s - 2].isalnum() and left.qualifier_class is QualifierClass.EXACT:
            return True  # "F-16", "COVID-19"; or the second half of a score, "3-1"
        if before in "/#:" and before:
            return True
        if _TIME_AFTER.match(text, e, stop) or _DATE_JOIN.match(text, e, stop):
            return True
        if _ORDINAL_AFTER.match(text, e, stop) and number.scale is None:
            return True  # "14th", "1990s"
        if before == "(" and text[e : e + 1] == ")":
            return True  # a shirt or list number: "Prescott (4)"
    elif text[s].isupper() and not _sentence_initial(text, start, s):
        return True  # a number word capitalised mid-sentence: "the Big Ten"
    if left.start != s:
        return False  # a qualifier, currency or sign stands before: a figure
    prev = _prev_word(text, start, s)
    if prev is not None:
        word, word_start = prev
        if word in lex.MONTHS:
            return True  # "May 27", "Oct. 31"
        if word.lower() in {"no", "number", "nos"} and number.kind == "digits":
            return True
        if (
            word[0].isupper()
            and not _sentence_initial(text, start, word_start)
            and word.lower() not in lex.SENTENCE_FUNCTION_WORDS
            and word.lower() not in QUALIFIER_WORDS
            and word.lower() not in lex.TREND_UP
            and word.lower() not in lex.TREND_DOWN
        ):
            return True  # "Article 5", "Section 427", "Big 12"
        if number.kind == "words" and text[s:e].lower() == "one" and word.lower() in {
            "the", "this", "that", "no", "any", "every", "each", "which", "only", "someone", "anyone",
        }:  # fmt: skip
            return True
    next_word = _NEXT_WORD.match(text, e, stop)
    if next_word is not None:
        following = next_word.group(1)
        if following in lex.MONTHS and number.kind == "digits" and number.value <= 31:
            return True  # "27 May"
        if number.kind == "words" and text[s:e].lower() == "one" and following.lower() in lex.NAME_IDIOMS:
            return True  # "one-time", "one another"
    return False


def _is_year(text: str, number: NumberMention, left: _Left, has_unit: bool) -> bool:
    if number.kind != "digits" or number.scale is not None or has_unit or left.start != number.start:
        return False
    written = text[number.start : number.end]
    if not (len(written) == 4 and written.isdigit()):
        return False
    value = int(written)
    if 1900 <= value <= 2099:
        return True
    prev = _prev_word(text, 0, number.start)
    return 1000 <= value < 1900 and prev is not None and prev[0].lower() in {"in", "since", "until", "by", "of", "from"}


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


def _read_scale(text: str, position: int, stop: int, currency: str | None) -> tuple[float, int] | None:
    match = _SCALE_ABBREVIATION.match(text, position, stop)
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    if word in {"m", "b"} and currency is None:
        return None  # "100m" is metres unless money is counted
    return lex.SCALE_ABBREVIATIONS[word], match.end()


def _read_unit(text: str, position: int, stop: int, right: _Right, *, money: bool = False) -> None:
    """A unit, percent or currency word right after ``position``, and a rate after it."""
    cased = _UNIT_CASED.match(text, position, stop)
    word = _UNIT_WORD.match(text, position, stop)
    currency = _CURRENCY_AFTER.match(text, position, stop)
    best = max(
        (m for m in (cased, word, currency) if m is not None),
        key=lambda m: m.end(),
        default=None,
    )
    if best is None:
        if money:
            _read_rate(text, stop, right)
        return
    if best is currency:
        right.currency = lex.CURRENCY_AFTER[best.group(1).lower()]
    elif best is cased:
        if best.group(1) in {"C", "F"} and text[position : best.start(1)] != "":
            return  # "5 C" is ambiguous; only "5C" or "5°C" is a temperature
        right.unit = lex.UNITS_CASED[best.group(1)]
    else:
        right.unit = lex.UNITS_WORDS[best.group(1).lower()]
    right.end = best.end()
    if right.unit is not None and right.unit.endswith(" of age"):
        return
    _read_rate(text, stop, right)


def _read_rate(text: str, stop: int, right: _Right) -> None:
    """ "per barrel", "a day", "/hour" after a unit or an amount of money."""
    per = _PER.match(text, right.end, stop)
    if per is not None and singularise(per.group(1)) in lex.PER_WORDS | {"barrel", "share", "capita", "person", "head"}:
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
) -> QuantityMention | None:
    number = numbers[index]
    left = _read_left(text, start, number)
    if _is_name_or_date(text, start, stop, number, left):
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
    if number.kind == "digits" and _ATTACHED_LETTER.match(text, right.end, stop):
        # Letters glued to digits: a unit ("60kg", "5%"), else a name ("5G", "3D").
        probe = _Right(end=right.end)
        _read_unit(text, right.end, stop, probe)
        if probe.end == right.end:
            return None
    # A range: "40 to 50", "4-6", "between 40 and 50", "$89 to $93 billion", "5% to 10%".
    unit_probe = _Right(end=right.end)
    _read_unit(text, right.end, stop, unit_probe)
    high, high_index, range_end = _read_range_end(text, stop, numbers, index, unit_probe.end, left)
    if high is not None and high_index is not None:
        high_number = numbers[high_index]
        high_value = high_number.value
        range_right = _Right(end=range_end)
        high_scale = high_number.scale
        if high_number.kind == "digits" and high_scale is None:
            found_scale = _read_scale(text, range_end, stop, currency)
            if found_scale is not None:
                high_scale, range_right.end = found_scale
                high_value *= high_scale
        low_value, low_scale = value, scale
        if low_scale is None and high_scale is not None:
            low_scale = high_scale  # "$1-2 billion": the scale covers both ends
            low_value *= high_scale
        if low_value > high_value:
            if text[number.end : high_number.start].strip() in {"-", "\u2013"}:
                return None  # "won 3-1": a score, not a range
        else:
            _read_unit(text, range_right.end, stop, range_right, money=currency is not None)
            if range_right.unit is None and range_right.currency is None:
                range_right.unit, range_right.currency = unit_probe.unit, unit_probe.currency
            return _build(
                text, start, stop, number, left, range_right, low_value, low_scale, currency, tolerance, reading,
                high=high_value,
            )  # fmt: skip
    _read_unit(text, right.end, stop, right, money=currency is not None)
    if _is_year(text, number, left, right.unit is not None or right.currency is not None):
        return None
    if number.kind == "fraction" and not _fraction_is_share(text, number, stop, left):
        return None
    return _build(text, start, stop, number, left, right, value, scale, currency, tolerance, reading)


def _fraction_is_share(text: str, number: NumberMention, stop: int, left: _Left) -> bool:
    """'a third of', 'half the', 'more than half': a share; 'the second half' is not."""
    if left.qualifier is not None:
        return True
    following = _NEXT_WORD.match(text, number.end, stop)
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
    dash, word = connector.group(1), connector.group(2)
    if word is not None and word.lower() == "and" and left.qualifier_class is not QualifierClass.RANGE:
        return None, None, position
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
    if _TIME_AFTER.match(text, following.end, stop) or _ORDINAL_AFTER.match(text, following.end, stop):
        return None, None, position
    return following.value, index + 1, following.end


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
) -> QuantityMention:
    if left.negative:
        value = -value
    qualifier, qualifier_class = left.qualifier, left.qualifier_class
    if high is not None:
        qualifier_class = QualifierClass.RANGE
        if qualifier is not None and QUALIFIER_WORDS.get(qualifier.lower()) is not QualifierClass.RANGE:
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
    interval = interval_for(qualifier_class, value, high, tolerance=tolerance, reading=reading)
    if number.kind == "fraction":
        interval = interval.intersection(Interval(0, 100)) or interval
    number_end = right.end if high is not None else number.end
    number_text = text[number.start : number_end] if high is not None else text[number.start : number.end]
    trend = _trend(text, right.end, stop, left, unit, currency)
    quantity = Quantity(
        interval=interval,
        number_text=number_text.strip() or text[number.start : number.end],
        qualifier=qualifier,
        qualifier_class=qualifier_class,
        reading=reading if qualifier_class is QualifierClass.EXACT else None,
        scale=scale if scale is not None and scale > 1 else None,
        unit=unit,
        currency=currency,
        share=share,
        tolerance=tolerance if qualifier_class in {QualifierClass.ABOUT, QualifierClass.NEARLY} else None,
    )
    counted = None
    if unit is None and currency is None and number.kind != "fraction":
        counted = _counted_after(text, right.end, stop, value=value, after_of=True)
    elif number.kind == "fraction" or unit == "percent":
        counted = _counted_after(text, right.end, stop, value=math.inf, after_of=True, require_of=True)
    return _mention(left.start, right.end, quantity, counted, trend)


def _trend(text: str, position: int, stop: int, left: _Left, unit: str | None, currency: str | None) -> Trend | None:
    word = left.trend_word
    if word is not None:
        if word in lex.TREND_UP:
            return "up"
        if word in lex.TREND_DOWN:
            return "down"
        if word in lex.TREND_OBJECT_VERBS and (unit in _CHANGE_UNITS or currency is not None):
            return "up" if lex.TREND_OBJECT_VERBS[word] == "up" else "down"
    noun = _TREND_NOUN_AFTER.match(text, position, stop)
    if noun is not None and (unit is not None or currency is not None):
        return "up" if lex.TREND_NOUNS[noun.group(1).lower()] == "up" else "down"
    return None


def _counted_after(
    text: str, position: int, stop: int, *, value: float, after_of: bool, require_of: bool = False
) -> tuple[int, int, str] | None:
    """The counted noun phrase after a figure: up to its first plural noun, a few words at most."""
    if after_of or require_of:
        of = _OF.match(text, position, stop)
        if of is not None:
            position = of.end()
        elif require_of:
            return None
    words: list[tuple[int, int, str]] = []
    for _ in range(_MAX_COUNTED_WORDS):
        match = _NEXT_WORD.match(text, position, stop)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        if (
            lower in lex.STOP_WORDS
            or lower in NUMBER_WORDS
            or word in lex.MONTHS
            or (lower.endswith("ly") and len(lower) > 4)
            or (words and lower.endswith("ed"))
        ):
            break
        words.append((match.start(1), match.end(1), word))
        position = match.end()
    if words and words[0][2].lower().endswith("ed") and len(words) == 1:
        return None  # "20 killed": a verb, not a noun
    if not words:
        return None
    if value == 1:
        chosen = words[:1]
        for item in words[1:2]:
            if item[2].lower().endswith("s"):
                break
            chosen.append(item)
    else:
        plural = next((i for i, item in enumerate(words) if _looks_plural(item[2])), None)
        chosen = words[: plural + 1] if plural is not None else words[:2]
    c_start, c_end = chosen[0][0], chosen[-1][1]
    return c_start, c_end, text[c_start:c_end]
