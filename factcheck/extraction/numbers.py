"""Numbers as written in news text: digits, number words, scale words and fractions.

This module knows what a number *is* ("2,400", "1.5 million", "seventy-two", "a dozen",
"half a million", "two-thirds"); whether a number is a *quantity* (not a year, a date, a
time or part of a name) is decided by :mod:`factcheck.extraction.quantities`.

:func:`find_numbers` scans a range of a text and returns every number core with its value;
:func:`parse_number` reads one whole string. Both are linear in their input: the patterns
use possessive quantifiers and a look-behind that stops a scan from restarting inside a run
of digits or letters, so a 10**6-digit run or 10**4 commas cost one pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "DIGIT_ONLY_SCALES",
    "FRACTION_WORDS",
    "NUMBER_WORDS",
    "SCALE_WORDS",
    "NumberMention",
    "find_numbers",
    "parse_number",
    "parse_number_words",
]

#: Cardinal words and their values; "dozen" multiplies like "hundred" ("two dozen" = 24).
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Scale words: multipliers written after a number ("1.5 million", "three thousand").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}

#: South Asian scales, read after digits only ("Rs 500 crore", "2.5 lakh", "1.2 lakh crore").
DIGIT_ONLY_SCALES: dict[str, float] = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_DIGIT_SCALES = {**SCALE_WORDS, **DIGIT_ONLY_SCALES}

#: Fraction words and the share (in percent) one of them is: "a third" is 100/3 %.
FRACTION_WORDS: dict[str, float] = {
    "half": 50.0,
    "halves": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fourth": 25.0,
    "fourths": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}

_DOZEN = 12


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "seventy" is tried before "seven" and "sixteen" before "six".
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_CARDINAL = _alternation([*NUMBER_WORDS, "dozen", *SCALE_WORDS])
_WORD = rf"(?:{_CARDINAL})(?![a-z])"
_FRACTION = _alternation(FRACTION_WORDS)

# Digits: "2,400", "1,234,567.5", "2400", "1.5". Possessive groups never backtrack; whether a
# run starts inside a word ("F16") or a decimal is checked on the character before it.
_DIGITS_RE = re.compile(r"\d(?:\d{0,2}(?:,\d{3})++(?!\d)|\d*+)(?:\.\d++)?+")  # a digit first: a fast scan
# The same on ASCII text, where "\d" is [0-9]: a class of ten is tested faster than Unicode digits.
_ASCII_DIGITS_RE = re.compile(r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})++(?![0-9])|[0-9]*+)(?:\.[0-9]++)?+")
# Scale word after digits: "1.5 million", "3-billion" (on lower-cased text).
_DIGIT_SCALE_RE = re.compile(
    r"(?:[ \t]+|-)(hundred|thousand|million|billion|trillion|lakhs?|crores?)"
    r"(?:[ \t]+(thousand|million|billion|trillion|crores?))?(?![a-z])"
)


# Where number words may start (on lower-cased text): a cardinal, a scale or a fraction word.
def _trie(words: Iterable[str]) -> str:
    # Grouped by first letter, so a scan rejects most positions on one character.
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{_alternation(rest)})" for first, rest in sorted(groups.items()))


_KEY_WORDS = _trie([*NUMBER_WORDS, "dozen", *SCALE_WORDS, *FRACTION_WORDS])
_KEY_WORD_RE = re.compile(rf"\b(?:{_KEY_WORDS})(?![a-z])")
# On lower-cased ASCII text "\b" before a letter is a character outside [a-z0-9_]. Opening with
# that character's class, the scan jumps in C from one word gap to the next instead of trying
# the alternation at about every other letter. A word at the range's start is matched alone.
_KEY_WORD_AFTER_RE = re.compile(rf"[^a-z0-9_](?:{_KEY_WORDS})(?![a-z])")
# Words: "seventy-two", "two hundred and fifty", "a dozen", "three thousand".
_WORDS = (
    rf"(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)(?![a-z])))?+"
    rf"{_WORD}(?:(?:\s+and\s+|[ \t-]+){_WORD}){{0,8}}+"
)
# "half a million", "half a dozen": a half of a scale.
_HALF_OF = r"half\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion)(?![a-z])"
# Fractions: "a third", "two-thirds", "three quarters", "half".
_FRACTIONS = rf"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[ \t-]+)?+(?:{_FRACTION})(?![a-z])"
# Anchored at a candidate start, on lower-cased text.
_WORD_NUMBER_RE = re.compile(rf"(?P<half>{_HALF_OF})|(?P<frac>{_FRACTIONS})|(?P<words>{_WORDS})")
_LEAD_IN = re.compile(r"(?:\b(?:an?|one|two|three|four|five|six|seven|eight|nine|half\s+an?)[ \t-]+)$")
# Scientific notation right after digits: "4e14", "1.5E-3", "2.48 x 10^-5", with the
# multiplication and minus signs too. An explicit sign or caret is required: "x 1019" may be
# a superscript lost in copying.
_EXPONENT_RE = re.compile(
    r"[eE]([-+]?\d{1,3})(?![\w.])"
    r"|[ \t]?[\u00d7xX*][ \t]?10(?:\^|\*\*)?((?:[-+\u2212\u2013]|(?<=\^)|(?<=\*\*))\d{1,3})(?![\d.])"
)

#: What ``_DIGIT_SCALE_RE`` needs after the digits (a superset test): a blank or hyphen, then a
#: scale word's first letter or more blanks.
_SCALE_LINKS = frozenset(" \t-")
_SCALE_WORD_INITIALS = frozenset("htmblc \t")
#: What ``_EXPONENT_RE`` can start with, after at most one blank (a superset test).
_EXPONENT_INITIALS = frozenset("eE\u00d7xX*")
_BLANK_CHARS = frozenset(" \t")


#: Vulgar fraction characters: "2½", "⅓ cup".
VULGAR_FRACTIONS: dict[str, float] = {
    "\u00bd": 1 / 2,
    "\u2153": 1 / 3,
    "\u2154": 2 / 3,
    "\u00bc": 1 / 4,
    "\u00be": 3 / 4,
    "\u2155": 1 / 5,
    "\u215b": 1 / 8,
}
_VULGAR_RE = re.compile(f"[{''.join(VULGAR_FRACTIONS)}]")
# "two and a half", "3 and a half": a half more.
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half(?![a-z])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: ``text[start:end]``, its value and how it was written.

    ``kind`` is ``digits`` ("2,400", "1.5 million"), ``words`` ("seventy-two", "a dozen")
    or ``fraction`` ("a third", "half": ``value`` is then the share in percent).
    ``scale`` is the multiplier of a scale word ("million" = 1e6) already applied to ``value``.
    """

    start: int
    end: int
    value: float
    kind: Literal["digits", "words", "fraction"]
    scale: float | None = None


# The slots' setters, bound once: the frozen dataclass's __init__ goes through
# object.__setattr__ per field, which costs about twice as much on the hot digits path.
_NUMBER_CLASS: Any = NumberMention
_SET_START = _NUMBER_CLASS.start.__set__
_SET_END = _NUMBER_CLASS.end.__set__
_SET_VALUE = _NUMBER_CLASS.value.__set__
_SET_KIND = _NUMBER_CLASS.kind.__set__
_SET_SCALE = _NUMBER_CLASS.scale.__set__
_new_object = object.__new__


def _digits_mention(start: int, end: int, value: float, scale: float | None = None) -> NumberMention:
    """``NumberMention(start, end, value, "digits", scale)``, equal to it, at less cost."""
    mention: NumberMention = _new_object(NumberMention)
    _SET_START(mention, start)
    _SET_END(mention, end)
    _SET_VALUE(mention, value)
    _SET_KIND(mention, "digits")
    _SET_SCALE(mention, scale)
    return mention


def parse_number_words(text: str) -> float | None:
    """The value of a run of number words, or ``None`` if they do not form one number.

    "seventy-two" is 72, "two hundred and fifty" 250, "a dozen" 12, "three thousand" 3000,
    "half a million" 500000; "five six" and "thousand hundred" are not numbers.

    >>> parse_number_words("two hundred and fifty")
    250.0
    """
    tokens = [t.lower() for t in _WORD_TOKEN.findall(text)]
    if not tokens:
        return None
    if tokens[0] == "half" and len(tokens) == 3 and tokens[1] in {"a", "an"}:
        inner = parse_number_words("one " + tokens[2])
        return None if inner is None else inner / 2
    if tokens[0] in SCALE_WORDS or tokens[0] == "dozen":
        return None  # a bare "million" or "dozen" ("a baker's dozen") counts nothing by itself
    if tokens[0] in {"a", "an"}:
        tokens = ["one", *tokens[1:]]
    total = 0.0
    current = 0.0
    last: str | None = None  # the class of the previous token: unit, teen, tens, hundred, scale
    big_scale = float("inf")  # scales must fall: "two million three thousand"
    for token in tokens:
        if token == "and":
            continue
        if token in NUMBER_WORDS:
            value = NUMBER_WORDS[token]
            kind = "tens" if value >= 20 else "teen" if value >= 10 else "unit"
            # A unit may follow tens ("seventy-two"); nothing else may follow a unit, teen or tens.
            if last in {"unit", "teen"} or (last == "tens" and kind != "unit"):
                return None
            current += value
            last = kind
        elif token in {"hundred", "dozen"}:
            if last in {"hundred", "dozen", "scale"}:
                return None
            current = (current or 1) * (100 if token == "hundred" else _DOZEN)
            last = token
        elif token in SCALE_WORDS:
            scale = SCALE_WORDS[token]
            if scale >= big_scale:
                return None
            total += (current or 1) * scale
            current = 0.0
            big_scale = scale
            last = "scale"
        else:
            return None
    return total + current


def parse_number(text: str) -> float | None:
    """The value of one number written in full, or ``None`` if ``text`` is not exactly one.

    Digits with thousands separators and decimals ("2,400", "1.5"), with a scale word
    ("1.5 million"), number words ("seventy-two", "a dozen") and "half a million".
    Fractions ("a third") are shares, not numbers; see :func:`find_numbers`.

    >>> parse_number("1.5 million")
    1500000.0
    >>> parse_number("seventy-two")
    72.0
    """
    stripped = text.strip()
    found = find_numbers(stripped)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped) or found[0].kind == "fraction":
        return None
    return found[0].value


def _fraction_value(match_text: str) -> float | None:
    tokens = [t.lower() for t in _WORD_TOKEN.findall(match_text)]
    share = FRACTION_WORDS[tokens[-1]]
    if len(tokens) == 1:
        # A bare "third" or "quarter" is an ordinal or a period; only "half" stands alone.
        return share if tokens[0] == "half" else None
    numerator = 1 if tokens[0] in {"a", "an"} else NUMBER_WORDS[tokens[0]]
    plural = tokens[-1].endswith("s")
    if plural == (numerator == 1) and tokens[-1] not in {"half", "halves"}:
        return None  # "two third", "a thirds": not a fraction
    return numerator * share


def _digits_value(digits: str) -> float:
    return float(digits.replace(",", ""))


def _lower(text: str) -> str:
    # Same length as ``text`` (str.lower can lengthen some non-ASCII letters), so offsets hold.
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def find_numbers(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    glued_prefixes: frozenset[str] = frozenset(),
    amount_only_prefixes: frozenset[str] = frozenset(),
) -> list[NumberMention]:
    """Every number core in ``text[start:end]``, sorted by start.

    A core is digits (with a following scale word: "1.5 million"), a run of number words
    ("two hundred and fifty"), "half a million", or a fraction ("a third", "two-thirds",
    "half"). Offsets are into ``text``. Context (years, dates, names) is not judged here.
    Digits glued to letters ("F16") are not numbers unless the letters, with a "$" before
    them, are one of ``glued_prefixes`` (currency codes: "$US113", "RM79"); a prefix also in
    ``amount_only_prefixes`` counts only before an amount with a separator, a decimal point or
    a scale letter ("PS2.7m", a mangled "£", but not "PS4").
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, stop))
    lowered = _lower(text)
    found = _digit_mentions(text, lowered, start, stop, glued_prefixes, amount_only_prefixes)
    if not text.isascii() and _VULGAR_RE.search(text, start, stop):  # "½" and its kin are not ASCII
        found = _with_vulgar_fractions(text, start, stop, found)
    words = _word_number_mentions(text, lowered, start, stop)
    if words:
        # A scale word after digits ("1.5 million") belongs to the digits.
        scaled = [m for m in found if m.scale is not None]
        kept: list[NumberMention] = []
        i = 0
        for word in words:  # both lists are sorted: one pass
            while i < len(scaled) and scaled[i].end <= word.start:
                i += 1
            if i < len(scaled) and scaled[i].start <= word.start:
                continue
            kept.append(word)
        found = sorted(found + kept, key=lambda m: m.start)
    return found


def _glued_prefix(text: str, start: int, position: int) -> str:
    """The letters (and a "$" before them) glued to the digits at ``position``: "$US", "RM"."""
    begin = position
    while begin > start and position - begin < 4 and text[begin - 1].isalpha():
        begin -= 1
    if begin > start and text[begin - 1] == "$":
        begin -= 1
    if begin > start and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
        return ""
    return text[begin:position]


def _digit_mentions(
    text: str,
    lowered: str,
    start: int,
    stop: int,
    glued_prefixes: frozenset[str],
    amount_only_prefixes: frozenset[str] = frozenset(),
) -> list[NumberMention]:
    found: list[NumberMention] = []
    consumed = start
    for match in (_ASCII_DIGITS_RE if text.isascii() else _DIGITS_RE).finditer(text, start, stop):
        s, e = match.span()
        if s < consumed:
            continue  # the "10" and exponent of "2.5 x 10^6" already read
        digits = match.group()
        before = text[s - 1] if s > start else ""
        if before == "." and "," not in digits and "." not in digits:
            earlier = text[s - 2] if s - 1 > start else ""
            if earlier.isalnum() or earlier in {".", ",", "_"}:
                continue
            found.append(NumberMention(s - 1, e, float("." + digits), "digits"))  # ".5"
            continue
        glued = False
        if before.isalpha() and glued_prefixes:
            prefix = _glued_prefix(text, start, s)
            glued = prefix in glued_prefixes and (
                prefix not in amount_only_prefixes
                or "," in digits
                or "." in digits
                or lowered[e : e + 1] in {"m", "k", "b"}
            )
        if before and (before.isalnum() or before in {".", ",", "_"}) and not glued:
            continue  # inside a word ("F16"), a decimal or a list of digits
        scale_match = (
            _DIGIT_SCALE_RE.match(lowered, e, stop)
            if lowered[e : e + 1] in _SCALE_LINKS and lowered[e + 1 : e + 2] in _SCALE_WORD_INITIALS
            else None
        )
        value = _digits_value(digits)
        if not math.isfinite(value * 1e12):
            continue  # a run of hundreds of digits is an identifier, not a figure (and overflows)
        after = text[e : e + 1]
        exponent = (
            _EXPONENT_RE.match(text, e, stop)
            if after in _EXPONENT_INITIALS or (after in _BLANK_CHARS and text[e + 1 : e + 2] in _EXPONENT_INITIALS)
            else None
        )
        if exponent is not None:
            power = int((exponent.group(1) or exponent.group(2)).replace("\u2212", "-").replace("\u2013", "-"))
            scientific = float(f"{digits.replace(',', '')}e{power}")  # exact decimal, no 10.0**n rounding
            if math.isfinite(scientific):
                found.append(NumberMention(s, exponent.end(), scientific, "digits"))
                consumed = exponent.end()
                continue
        if scale_match is not None:
            scale = _DIGIT_SCALES[scale_match.group(1)]
            if scale_match.group(2) is not None:
                scale *= _DIGIT_SCALES[scale_match.group(2)]  # "4 hundred million", "1.2 lakh crore"
            found.append(_digits_mention(s, scale_match.end(), value * scale, scale))
        else:
            found.append(_digits_mention(s, e, value))
    return found


def _with_vulgar_fractions(text: str, start: int, stop: int, found: list[NumberMention]) -> list[NumberMention]:
    """Digits followed by a vulgar fraction ("2½") gain it; a lone one ("⅓ cup") is a number."""
    by_end = {m.end: i for i, m in enumerate(found) if m.scale is None}
    result = list(found)
    lone: list[NumberMention] = []
    for match in _VULGAR_RE.finditer(text, start, stop):
        fraction = VULGAR_FRACTIONS[match.group()]
        index = by_end.get(match.start())
        if index is not None:
            m = result[index]
            result[index] = NumberMention(m.start, match.end(), m.value + fraction, "digits")
        else:
            lone.append(NumberMention(match.start(), match.end(), fraction, "digits"))
    return sorted(result + lone, key=lambda m: m.start) if lone else result


def _key_word_starts(lowered: str, start: int, stop: int) -> list[int]:
    """Where ``_KEY_WORD_RE.finditer(lowered, start, stop)`` finds a number word (``lowered``: lower-cased)."""
    if not lowered.isascii():
        return [hit.start() for hit in _KEY_WORD_RE.finditer(lowered, start, stop)]
    # A match ends with a letter, so the next cannot start right after it: the two scans do
    # not overlap, and each match of the second starts one after its gap character.
    starts = [start] if _KEY_WORD_RE.match(lowered, start, stop) else []
    starts.extend(hit.start() + 1 for hit in _KEY_WORD_AFTER_RE.finditer(lowered, start, stop))
    return starts


def _word_number_mentions(text: str, lowered: str, start: int, stop: int) -> list[NumberMention]:
    found: list[NumberMention] = []
    consumed = start
    for h in _key_word_starts(lowered, start, stop):
        if h < consumed:
            continue
        lead = _LEAD_IN.search(lowered, max(consumed, h - 8), h)
        match = None
        for begin in (lead.start(), h) if lead is not None else (h,):
            if begin > start and (lowered[begin - 1].isalnum() or lowered[begin - 1] in "-_"):
                continue  # inside a word or a compound: "someone", "F-one"
            match = _WORD_NUMBER_RE.match(lowered, begin, stop)
            if match is not None:
                break
        if match is None:
            continue
        s, e = match.span()
        consumed = e
        if match.group("words") is not None:
            mentions = _word_mentions(text, s, e)
            half = _AND_A_HALF.match(lowered, e, stop) if mentions and mentions[-1].end == e else None
            if half is not None:
                last = mentions[-1]
                mentions[-1] = NumberMention(last.start, half.end(), last.value + 0.5, "words")
                consumed = half.end()
            found.extend(mentions)
        elif match.group("half") is not None:
            parsed = parse_number_words(match.group("half"))
            if parsed is not None:
                found.append(NumberMention(s, e, parsed, "words"))
        else:
            share = _fraction_value(match.group("frac"))
            if share is not None:
                found.append(NumberMention(s, e, share, "fraction"))
            else:
                # "two third-quarter results": keep the leading number word, if there is one.
                first = _WORD_TOKEN.match(text, s)
                leading = parse_number_words(first.group()) if first is not None else None
                if first is not None and leading is not None and first.group().lower() not in {"a", "an"}:
                    found.append(NumberMention(s, first.end(), leading, "words"))
                    consumed = first.end()
    return found


def _word_mentions(text: str, s: int, e: int) -> list[NumberMention]:
    """One mention for a well-formed run of number words, else one per well-formed prefix.

    "five six" is two numbers; "two hundred and fifty" is one. A trailing "and" is not part
    of the number ("three and" in "three and four").
    """
    parsed = parse_number_words(text[s:e])
    if parsed is not None:
        scale = _trailing_scale(text[s:e])
        return [NumberMention(s, e, parsed, "words", scale)]
    # Split at token boundaries: take the longest valid prefix, then continue after it.
    tokens = [m.span() for m in _WORD_TOKEN.finditer(text, s, e)]  # absolute offsets
    mentions: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        if text[tokens[i][0] : tokens[i][1]].lower() == "and":
            i += 1
            continue
        best: tuple[int, float] | None = None
        for j in range(len(tokens), i, -1):
            candidate = text[tokens[i][0] : tokens[j - 1][1]]
            value = parse_number_words(candidate)
            if value is not None and candidate.split()[-1].lower() != "and":
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        ms, me = tokens[i][0], tokens[j - 1][1]
        mentions.append(NumberMention(ms, me, value, "words", _trailing_scale(text[ms:me])))
        i = j
    return mentions


def _trailing_scale(words: str) -> float | None:
    last = words.split()[-1].lower().rsplit("-", 1)[-1]
    return SCALE_WORDS.get(last)
