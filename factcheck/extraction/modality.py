"""Modality and polarity cues: "is considering", "could", "plans to", "no decision", "denied".

:func:`find_modality` returns the cue words of a stretch of text with the
:class:`~factcheck.claims.Modality` and :class:`~factcheck.claims.Polarity` they give a
claim made there. :func:`classify` folds them into one pair for a claim span, starting
from the base modality the attribution gives (``asserted`` for the document's own voice,
``reported`` inside a cited source's words). A hedged or planned claim is not checked as if
it were a completed fact; a negative one denies what it says.

Precedence: a hedge beats a plan beats a condition (the weakest commitment wins), and
negation is independent of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims import Modality, Polarity

__all__ = ["ModalityCue", "classify", "find_modality"]

_HEDGED = (
    r"(?:is|are|was|were|been|be)\s+(?:still\s+|also\s+)?(?:considering|weighing|mulling|exploring|discussing|"
    r"contemplating|studying|debating|reviewing|examining|assessing|evaluating|looking\s+into)"
    r"|considers?|mulls?|weighs?|contemplates?|could|(?-i:may)|might|reportedly|allegedly|possibly|perhaps|"
    r"is\s+(?:believed|thought|said|expected)\s+to|are\s+(?:believed|thought|said|expected)\s+to|"
    r"under\s+consideration"
)
_PLANNED = (
    r"plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|aims?\s+to|will|shall|is\s+set\s+to|"
    r"are\s+set\s+to|is\s+due\s+to|are\s+due\s+to|is\s+going\s+to|are\s+going\s+to|is\s+to|are\s+to|"
    r"prepares?\s+to|preparing\s+to|under\s+development|proposes?\s+to"
)
_CONDITIONAL = r"if|unless|would|provided\s+that|in\s+case|should"
_NEGATED = (
    r"no(?:\s+\w+){0,2}\s+(?:decision|decisions|agreement|deal|consensus|evidence|plans?)\s+(?:has|have|had|was|were)"
    r"\s+(?:yet\s+)?been\s+(?:made|reached|taken|found)"
    r"|not(?!\s+(?:just|only|merely|least|yet\s+clear))|never|(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should)n['\u2019]t|denied|denies|deny|rejected|rejects|"
    r"refused|refuses|ruled\s+out|rules\s+out|"
    r"no\s+longer|neither|nor"
)

_CUE = re.compile(
    rf"\b(?:(?P<hedged>{_HEDGED})|(?P<planned>{_PLANNED})|(?P<conditional>{_CONDITIONAL})|(?P<negated>{_NEGATED}))\b",
    re.IGNORECASE,
)
#: Every word a cue of ``_CUE`` can begin with (a contraction's first letters: "didn" of "didn't").
_FIRST_WORDS = frozenset(
    {
        "is", "are", "was", "were", "been", "be", "under", "considers", "consider", "mulls", "mull", "weighs",
        "weigh", "contemplates", "contemplate", "could", "may", "might", "reportedly", "allegedly", "possibly",
        "perhaps", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim",
        "will", "shall", "prepares", "prepare", "preparing", "proposes", "propose", "if", "unless", "would",
        "provided", "in", "should", "no", "not", "never", "don", "doesn", "didn", "isn", "aren", "wasn",
        "weren", "hasn", "haven", "hadn", "can", "won", "couldn", "wouldn", "shouldn", "denied", "denies",
        "deny", "rejected", "rejects", "refused", "refuses", "ruled", "rules", "neither", "nor",
    }
)  # fmt: skip
_RANK = {Modality.HEDGED: 3, Modality.PLANNED: 2, Modality.CONDITIONAL: 1}


def _trie(words: frozenset[str]) -> str:
    """``words`` as an alternation grouped by first letter, longest first within a group."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


# A first word after a non-letter, on ASCII-lower-cased text. The scan jumps in C between the
# non-letters (the pattern opens with their class) instead of stepping through every word in
# Python; the word at the very start of the range has no non-letter before it: _FIRST_WORD.
_FIRST_WORD = re.compile(rf"(?:{_trie(_FIRST_WORDS)})(?![a-z])")
_FIRST_WORD_AFTER = re.compile(rf"[^a-z](?:{_trie(_FIRST_WORDS)})(?![a-z])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# _CUE without IGNORECASE, for lower-cased ASCII text: a case-blind branch is tried
# alternative by alternative, a plain one skips those whose first letter differs. "(?-i:may)"
# cannot see the case there, so _cue_matches checks it on the original text.
_CUE_LOWER = re.compile(_CUE.pattern)
_WORD_CHAR = re.compile(r"\w")


def _ascii_lower(piece: str) -> str:
    """``piece`` with its ASCII letters lower-cased, same length (only they make ``[A-Za-z]`` words)."""
    return piece.lower() if piece.isascii() else piece.translate(_ASCII_LOWER)


def _cue_starts(lowered: str) -> list[int]:
    """Where a ``[A-Za-z]+`` word of ``lowered`` (ASCII-lower-cased) that is in ``_FIRST_WORDS`` begins."""
    starts = [0] if _FIRST_WORD.match(lowered) else []
    starts.extend(match.start() + 1 for match in _FIRST_WORD_AFTER.finditer(lowered))
    return starts


@dataclass(frozen=True, slots=True)
class ModalityCue:
    """A cue ``text[start:end]``: the modality it gives, or ``None`` when it only negates."""

    start: int
    end: int
    cue: str
    modality: Modality | None
    polarity: Polarity


def _cue_matches(text: str, start: int, stop: int) -> list[tuple[int, int, str | None, str]]:
    """What ``_CUE.finditer`` finds (start, end, group, words), tried only at words that can open a cue."""
    piece = text[start:stop]
    lowered = _ascii_lower(piece)
    plain = piece.isascii()
    found: list[tuple[int, int, str | None, str]] = []
    after = 0
    for position in _cue_starts(lowered):
        if position < after:
            continue
        if not plain:
            match = _CUE.match(text, start + position, stop)
            if match is not None:
                found.append((match.start(), match.end(), match.lastgroup, match.group()))
                after = match.end() - start
            continue
        if position == 0 and start > 0 and _WORD_CHAR.match(text, start - 1):
            continue  # "\b" sees the character before the range
        match = _CUE_LOWER.match(lowered, position)
        if match is None or (match.group() == "may" and piece[position : position + 3] != "may"):
            continue  # only a lower-case "may" is a hedge ("May" is the month)
        found.append((start + position, start + match.end(), match.lastgroup, match.group()))
        after = match.end()
    return found


def find_modality(text: str, start: int = 0, end: int | None = None) -> list[ModalityCue]:
    """The modality and negation cues in ``text[start:end]``, sorted by start.

    >>> [(c.cue, c.modality, c.polarity.value) for c in find_modality("NATO is considering it")]
    [('is considering', <Modality.HEDGED: 'hedged'>, 'positive')]
    """
    stop = len(text) if end is None else min(end, len(text))
    cues: list[ModalityCue] = []
    for cue_start, cue_end, group, written in _cue_matches(text, max(0, start), stop):
        words = " ".join(written.split()).casefold()
        if group == "negated":
            cues.append(ModalityCue(cue_start, cue_end, words, None, Polarity.NEGATIVE))
        else:
            modality = Modality(group or "hedged")
            cues.append(ModalityCue(cue_start, cue_end, words, modality, Polarity.POSITIVE))
    return cues


def classify(
    text: str, start: int, end: int, *, base: Modality = Modality.ASSERTED
) -> tuple[Modality, Polarity, tuple[ModalityCue, ...]]:
    """The modality and polarity of a claim over ``text[start:end]``, and the cues that decided them.

    ``base`` is what the attribution gives: ``asserted`` or ``reported``.

    >>> classify("No final decision has been made.", 0, 31)[:2]
    (<Modality.ASSERTED: 'asserted'>, <Polarity.NEGATIVE: 'negative'>)
    """
    cues = find_modality(text, start, end)
    modality = base
    best = 0
    negations = 0
    for cue in cues:
        if cue.modality is None:
            negations += 1
        elif _RANK[cue.modality] > best:
            best = _RANK[cue.modality]
            modality = cue.modality
    # "not ... no longer": two negations cancel only as a pair.
    polarity = Polarity.NEGATIVE if negations % 2 == 1 else Polarity.POSITIVE
    return modality, polarity, tuple(cues)
