"""The counted thing of a figure: the noun phrase after it, singular forms and synonyms."""

from __future__ import annotations

import functools
import math
import re

from factcheck.extraction import _quantity_lexicon as lex
from factcheck.extraction.numbers import NUMBER_WORDS

__all__ = ["NEXT_WORD", "counted_after", "looks_plural", "normalise_counted", "singularise"]

NEXT_WORD = re.compile(r"(?:[ \t]+|-)([A-Za-z][A-Za-z0-9]*(?:['\u2019-][A-Za-z0-9]+)*)")


_OF = re.compile(
    r"[ \t]+of(?:[ \t]+(?:the|its|their|his|her|our|my|your|all|these|those|them))?(?:[ \t]+most)?(?![A-Za-z])", re.I
)


_MAX_COUNTED_WORDS = 4
_LEADING_SKIPPED = frozenset({"more", "additional", "extra"})
_LEADING_KEPT = frozenset({"other"})
_TIME_DEICTIC = frozenset({"last", "next"})  # "2.1 last year": a time, not the counted thing


@functools.lru_cache(maxsize=4096)
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
    if lower.endswith("men") and len(lower) > 4 and lower not in lex.NOT_PLURAL:
        return lower[:-3] + "man"  # "fishermen", "servicemen"
    if lower.endswith(("sses", "shes", "ches", "xes", "zzes")) or lower[:-2] in lex.NOT_PLURAL:
        return lower[:-2]  # "boxes", "viruses"
    if lower.endswith(("ss", "us", "is", "'s", "\u2019s")):
        return lower
    if lower.endswith("s"):
        return lower[:-1]
    return lower


def looks_plural(word: str) -> bool:
    return singularise(word) != word.lower()


@functools.lru_cache(maxsize=4096)
def normalise_counted(text: str) -> str:
    """The normalised form of a counted phrase: lower case, head singular, synonyms merged.

    "UAVs", "drones" and "unmanned aerial vehicles" are one kind (``uav``); a modifier is
    kept ("Shahed drones" -> ``shahed uav``); "ballistic missiles" -> ``ballistic missile``.
    """
    words = [w.removesuffix("'s") for w in text.replace("\u2019", "'").split()]  # "Johnson's deputy"
    words = [w for w in words if w]
    if not words:
        return ""
    words = [w.lower() for w in words[:-1]] + [singularise(words[-1])]
    # The longest known name at the end of the phrase gives its kind.
    for size in range(min(len(words), 4), 0, -1):
        tail = " ".join(words[-size:])
        if tail in lex.COUNTED_SYNONYMS:
            return " ".join([*words[:-size], lex.COUNTED_SYNONYMS[tail]])
    return " ".join(words)


_THE = re.compile(r"[ \t]+(?:the|its|their|his|her|our|my|your|all)(?![A-Za-z])", re.I)


def counted_after(
    text: str, position: int, stop: int, *, value: float, after_of: bool, require_of: bool = False
) -> tuple[int, int, str] | None:
    """The counted noun phrase after a figure: up to its first plural noun, a few words at most."""
    one_of = False
    if after_of or require_of:
        of = _OF.match(text, position, stop)
        one_of = of is not None and value == 1
        if of is None and require_of:
            of = _THE.match(text, position, stop)  # "half the condos"
        if of is not None:
            position = of.end()
            value = math.inf  # "one of the soldiers": the phrase is plural
        elif require_of:
            return None
    words: list[tuple[int, int, str]] = []
    for _ in range(_MAX_COUNTED_WORDS + 1):
        match = NEXT_WORD.match(text, position, stop)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        if not words and lower in _LEADING_SKIPPED:
            position = match.end()  # "eight more picks": the picks are counted
            continue
        if not words and lower in _LEADING_KEPT:
            words.append((match.start(1), match.end(1), word))  # "eight other employees"
            position = match.end()
            continue
        if lower in {"and", "or", "&"} and words and not any(looks_plural(w[2]) for w in words):
            # "Kia and Hyundai vehicles", "digital and physical sales": a coordinated modifier,
            # kept only if a plural head follows within two words.
            ahead = NEXT_WORD.match(text, match.end(), stop)
            ahead2 = NEXT_WORD.match(text, ahead.end(), stop) if ahead is not None else None
            heads = [m for m in (ahead, ahead2) if m is not None and m.group(1).lower() not in lex.STOP_WORDS]
            if heads and any(looks_plural(m.group(1)) for m in heads):
                words.append((match.start(1), match.end(1), word))
                position = match.end()
                continue
            break
        if (
            lower in lex.STOP_WORDS
            or lower in NUMBER_WORDS
            or word in lex.MONTHS
            or lower in _TIME_DEICTIC
            or (lower.endswith("ly") and len(lower) > 4)
            or (words and lower.endswith("ed"))
        ):
            break
        words.append((match.start(1), match.end(1), word))
        position = match.end()
    if words and words[0][2].lower().endswith("ed") and len(words) == 1:
        return None  # "20 killed": a verb, not a noun
    while words and words[-1][2].lower().endswith("ing") and len(words[-1][2]) > 5:
        words.pop()  # "around 73 raising ...": a participle ends the phrase
    if not words:
        return None
    if value == 1:
        chosen = words[:1]
        for item in words[1:2]:
            if item[2].lower().endswith("s"):
                break
            chosen.append(item)
    else:
        plural = next((i for i, item in enumerate(words) if looks_plural(item[2])), None)
        # No plural head: "a 12 page document", "a 3 cylinder engine" are compounds ("12-page")
        # that count the first noun.
        chosen = words[: plural + 1] if plural is not None else words[:1]
    c_start, c_end = chosen[0][0], chosen[-1][1]
    if one_of and _superlative(text, c_start, chosen[0][2]):
        c_end = _scope_end(text, c_end, stop)
    return c_start, c_end, text[c_start:c_end]


# The scope of a superlative: "one of the oldest ballparks in America", "one of the largest
# dinosaurs to ever live". The phrase names its kind only with it, so it is part of it.
_SCOPE = re.compile(r"[ \t]+(?:ever[ \t]+)?(in|to)[ \t]+(?:ever[ \t]+)?", re.I)
_DETERMINER = re.compile(r"[ \t]*(?:the|a|an|his|her|its|their|our|my|your)(?=[ \t])", re.I)
_WORD_AT = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9]*(?:['\u2019-][A-Za-z0-9]+)*)")


def _superlative(text: str, start: int, first: str) -> bool:
    lower = first.lower()
    if lower in {"best", "worst"} or (lower.endswith("est") and lower not in lex.NOT_SUPERLATIVE):
        return True
    return text[max(0, start - 5) : start].lower() == "most "


def _scope_end(text: str, end: int, stop: int) -> int:
    """Where a superlative's "in ..." or "to ..." scope ends (a few words, no stop word)."""
    scope = _SCOPE.match(text, end, stop)
    if scope is None:
        return end
    position = scope.end()
    verb_first = scope.group(1).lower() == "to"  # "to grace a World Cup match"
    scope_end = end
    for index in range(_MAX_COUNTED_WORDS):
        if index == (1 if verb_first else 0):
            determiner = _DETERMINER.match(text, position, stop)
            if determiner is not None:
                position = determiner.end()
        match = _WORD_AT.match(text, position, stop)
        if match is None or match.group(1).lower() in lex.STOP_WORDS:
            break
        scope_end = position = match.end()
    return scope_end
