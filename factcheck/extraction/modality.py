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
_WORD = re.compile(r"[A-Za-z]+")
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


@dataclass(frozen=True, slots=True)
class ModalityCue:
    """A cue ``text[start:end]``: the modality it gives, or ``None`` when it only negates."""

    start: int
    end: int
    cue: str
    modality: Modality | None
    polarity: Polarity


def _cue_matches(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """What ``_CUE.finditer`` finds, tried only at words that can open a cue (much faster)."""
    found: list[re.Match[str]] = []
    after = start
    for word in _WORD.finditer(text, start, stop):
        if word.start() < after or word.group().casefold() not in _FIRST_WORDS:
            continue
        match = _CUE.match(text, word.start(), stop)
        if match is not None:
            found.append(match)
            after = match.end()
    return found


def find_modality(text: str, start: int = 0, end: int | None = None) -> list[ModalityCue]:
    """The modality and negation cues in ``text[start:end]``, sorted by start.

    >>> [(c.cue, c.modality, c.polarity.value) for c in find_modality("NATO is considering it")]
    [('is considering', <Modality.HEDGED: 'hedged'>, 'positive')]
    """
    stop = len(text) if end is None else min(end, len(text))
    cues: list[ModalityCue] = []
    for match in _cue_matches(text, max(0, start), stop):
        group = match.lastgroup
        words = " ".join(match.group().split()).casefold()
        if group == "negated":
            cues.append(ModalityCue(match.start(), match.end(), words, None, Polarity.NEGATIVE))
        else:
            modality = Modality(group or "hedged")
            cues.append(ModalityCue(match.start(), match.end(), words, modality, Polarity.POSITIVE))
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
