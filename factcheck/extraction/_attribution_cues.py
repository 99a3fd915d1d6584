"""Cue words in a sentence: dictionary look-up and multi-word cues, with a capitalisation check."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_lexicon import (
    CANDIDATE_PATTERN,
    CANDIDATE_PATTERN_ANYCASE,
    CLASSES,
    FORMS,
    MULTIWORD_FIRST,
    MULTIWORD_PATTERN,
    NOUNISH_FORMS,
    CueClass,
    multiword_lemma,
)
from factcheck.extraction._attribution_records import Cue
from factcheck.extraction._attribution_words import OPEN_QUOTES

__all__ = ["LETTERS", "find_cues", "is_title_case", "plausible_cue"]


def find_cues(text: str, s_start: int, s_end: int, triggers: set[str]) -> list[Cue]:
    """Cue words in the sentence: a dictionary look-up per word, multi-word cues by pattern.

    The same scan adds the frame triggers it meets ("that", "about", ...) to ``triggers``.
    """
    out: list[Cue] = []
    skip_to = s_start
    lowered = text[s_start:s_end].lower()
    if len(lowered) == s_end - s_start:
        # Lower-casing kept every character's place, so a match in ``lowered`` is the word lower-cased.
        offset, lowered_already = s_start, True
        matches = CANDIDATE_PATTERN.finditer(lowered)
    else:  # a character whose lower case is longer ("\u0130"): match the original text
        offset, lowered_already = 0, False
        matches = CANDIDATE_PATTERN_ANYCASE.finditer(text, s_start, s_end)
    # Whether the sentence is a title-case headline: only asked when a cue word is capitalised.
    title: bool | None = None
    for match in matches:
        start, end = match.start() + offset, match.end() + offset
        low = match.group() if lowered_already else match.group().lower()
        if low in broad.FRAME_TRIGGERS:
            triggers.add(low)
            if low not in FORMS:
                continue
        if start < skip_to:
            continue
        # Inside a hyphenated or apostrophised word ("so-called", "don't"): not a cue.
        if (start > 0 and text[start - 1] in "-'\u2019") or (end < len(text) and text[end] in "-'\u2019"):
            continue
        if title is None and text[start].isupper():
            title = is_title_case(text[s_start:s_end])
        if low in MULTIWORD_FIRST:
            multi = MULTIWORD_PATTERN.match(text, start, s_end)
            if multi is not None:
                if plausible_cue(text, s_start, start, bool(title)):
                    out.append(Cue(start, multi.end(), multiword_lemma(multi), CueClass.SAY, low))
                skip_to = multi.end()
                continue
        lemma = FORMS.get(low)
        if lemma is None:
            continue
        if not plausible_cue(text, s_start, start, bool(title)):
            continue
        cls = CueClass.WEAK if low in NOUNISH_FORMS else CLASSES[lemma]
        out.append(Cue(start, end, lemma, cls, low))
    return out


LETTERS: Final = re.compile(r"[A-Za-z][a-z]*")


def is_title_case(sentence: str) -> bool:
    """Most words capitalised, as in a headline (short function words may stay lower case)."""
    words = [w for w in LETTERS.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def plausible_cue(text: str, s_start: int, start: int, title: bool) -> bool:
    """Reject capitalised forms inside a sentence ("The Post", "Reports"): names, not verbs.

    In a headline written in title case ("Former Doctor Says Clinton Hid ...") every word is
    capitalised, so there the capital says nothing.
    """
    if not text[start].isupper() or title:
        return True
    i = start - 1
    while i >= s_start and text[i].isspace() and start - i < 16:
        i -= 1
    return i < s_start or text[i].isspace() or text[i] in OPEN_QUOTES or text[i] == "'"
