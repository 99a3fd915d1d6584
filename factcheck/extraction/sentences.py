"""Sentence splitting for news English, by rule.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets after it)
followed by white space and a word that can start a sentence (a capital, a digit, an
opening quote or bracket), or at a blank line. A period does *not* end a sentence after
an abbreviation of a title or rank ("Gen.", "Rear Adm.", "Mr."), after an initial ("C.
Todd Lopez"), after a dotted initialism ("U.S.", "U.K."), or inside a number ("1.5"):
those periods are not followed by white space or are preceded by such a token.

Every pattern is a single pass with bounded look-behind, so splitting is linear in the
length of the text.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "split_sentences"]

#: Words that take a period and do not end a sentence (compared without the period,
#: case-insensitively). Titles, ranks, and short forms that are usually followed by a name
#: or a number.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "sen", "rep", "gov", "pres", "gen",
        "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig",
        "lieut", "insp", "supt", "amb", "st", "fr", "messrs", "mme", "mlle",
        # name suffixes and company forms
        "jr", "sr", "inc", "corp", "ltd", "co", "plc", "bros",
        # months written short
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        # references and Latin
        "no", "nos", "vol", "fig", "approx", "vs", "cf", "al", "ca", "art", "para", "pp",
    }
)  # fmt: skip

# A candidate end: terminal punctuation, then optional closers, then white space. Written
# "[.!?][.!?]{0,7}" rather than "[.!?]{1,8}" so that the pattern opens with a character class,
# which lets the regex engine skip to the next candidate in C.
_END = re.compile(r"[.!?][.!?]{0,7}[\"'\u201d\u2019)\]]{0,4}(?=\s)")
# A blank line (possibly with spaces on it) always separates sentences.
_BLANK = re.compile(r"\n[ \t\r\f\v]{0,200}\n")
# What may start the next sentence: capital, digit, opening quote or bracket.
_STARTER = re.compile(r"\s{1,200}[\"'\u201c\u2018(\[]{0,3}[A-Z0-9\u00c0-\u00de\u0400-\u042f]")
# The token before a period: letters and inner periods ("U.S", "Adm", "C").
_TOKEN_BEFORE = re.compile(r"[A-Za-z.]{1,12}$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _is_abbreviation(text: str, period: int) -> bool:
    """True when the period at ``period`` closes an abbreviation, an initial or an initialism."""
    match = _TOKEN_BEFORE.search(text, max(0, period - 12), period)
    if match is None:
        return False
    token = match.group()
    if match.start() > 0 and text[match.start() - 1].isalnum():
        return False  # part of a longer word, e.g. "F-16s." is not an abbreviation
    if len(token) == 1:
        return token.isupper()  # an initial: "C. Todd Lopez"
    if _INITIALISM.fullmatch(token):
        return True  # "U.S", "U.K", "e.g"
    return token.casefold() in ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ``(start, end)`` offsets into ``text``.

    Offsets are trimmed of surrounding white space; empty stretches yield nothing.

    >>> text = "Rear Adm. Daniel Hagari said 99% were intercepted. The U.S. helped."
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['Rear Adm. Daniel Hagari said 99% were intercepted.', 'The U.S. helped.']
    """
    stop = len(text) if end is None else min(end, len(text))
    begin = max(0, start)
    if begin >= stop:
        return []
    cuts: list[int] = []
    for match in _BLANK.finditer(text, begin, stop):
        cuts.append(match.start())
    for match in _END.finditer(text, begin, stop):
        cut = match.end()
        if not _STARTER.match(text, cut, stop):
            continue
        punctuation = text[match.start() : match.end()].rstrip("\"'\u201d\u2019)]")
        if punctuation == "." and _is_abbreviation(text, match.start()):
            continue
        cuts.append(cut)
    cuts.sort()
    spans: list[tuple[int, int]] = []
    previous = begin
    for cut in [*cuts, stop]:
        trimmed = _trim(text, previous, cut)
        if trimmed is not None:
            spans.append(trimmed)
        previous = cut
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
