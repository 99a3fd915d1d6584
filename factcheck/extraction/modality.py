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
from bisect import bisect_left
from dataclasses import dataclass

from factcheck.claims import Modality, Polarity

__all__ = ["CueScanner", "ModalityCue", "classify", "find_modality"]

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


class CueScanner:
    """The words of ``text[start:end]`` (a sentence) scanned once for the cues of many claims in it.

    :meth:`classify` gives what :func:`classify` gives for any span inside the stretch; a claim's
    span only clips the stretch's words at its two ends, so only those two are looked at again.
    """

    __slots__ = ("_ends", "_high", "_low", "_openers", "_starts", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._low = max(0, start)
        self._high = min(end, len(text))
        # Scanned at the first claim: many sentences have none.
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        #: Indices of the words that can open a cue.
        self._openers: list[int] = []

    def _scan(self) -> list[int]:
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(self._text, self._low, self._high)]
        self._ends = [b for _, b, _ in words]
        self._openers = [i for i, (_, _, w) in enumerate(words) if w.casefold() in _FIRST_WORDS]
        self._starts = [a for a, _, _ in words]
        return self._starts

    def _matches(self, start: int, stop: int) -> list[re.Match[str]]:
        """What :func:`_cue_matches` finds in ``text[start:stop]``, from the shared scan."""
        text = self._text
        starts = self._starts if self._starts is not None else self._scan()
        first = bisect_left(self._ends, start + 1)  # the first word ending after ``start``
        last = bisect_left(starts, stop) - 1  # the last word starting before ``stop``
        candidates: list[int] = []
        if first <= last:
            # The end words may be clipped by the span: their clipped text decides.
            head = max(start, starts[first])
            if text[head : min(stop, self._ends[first])].casefold() in _FIRST_WORDS:
                candidates.append(head)
            inner = bisect_left(self._openers, first + 1)
            openers = self._openers
            while inner < len(openers) and openers[inner] < last:
                candidates.append(starts[openers[inner]])
                inner += 1
            if last > first and text[starts[last] : min(stop, self._ends[last])].casefold() in _FIRST_WORDS:
                candidates.append(starts[last])
        found: list[re.Match[str]] = []
        after = start
        for position in candidates:
            if position < after:
                continue
            match = _CUE.match(text, position, stop)
            if match is not None:
                found.append(match)
                after = match.end()
        return found

    def classify(
        self, start: int, end: int, *, base: Modality = Modality.ASSERTED
    ) -> tuple[Modality, Polarity, tuple[ModalityCue, ...]]:
        """:func:`classify` of ``text[start:end]``; spans outside the scanned stretch are scanned anew."""
        stop = min(end, len(self._text))
        start = max(0, start)
        if start < self._low or stop > self._high:
            return classify(self._text, start, end, base=base)
        return _fold(_cues(self._matches(start, stop)) if start < stop else [], base)


def _cues(matches: list[re.Match[str]]) -> list[ModalityCue]:
    cues: list[ModalityCue] = []
    for match in matches:
        group = match.lastgroup
        words = " ".join(match.group().split()).casefold()
        if group == "negated":
            cues.append(ModalityCue(match.start(), match.end(), words, None, Polarity.NEGATIVE))
        else:
            modality = Modality(group or "hedged")
            cues.append(ModalityCue(match.start(), match.end(), words, modality, Polarity.POSITIVE))
    return cues


def find_modality(text: str, start: int = 0, end: int | None = None) -> list[ModalityCue]:
    """The modality and negation cues in ``text[start:end]``, sorted by start.

    >>> [(c.cue, c.modality, c.polarity.value) for c in find_modality("NATO is considering it")]
    [('is considering', <Modality.HEDGED: 'hedged'>, 'positive')]
    """
    stop = len(text) if end is None else min(end, len(text))
    return _cues(_cue_matches(text, max(0, start), stop))


def classify(
    text: str, start: int, end: int, *, base: Modality = Modality.ASSERTED
) -> tuple[Modality, Polarity, tuple[ModalityCue, ...]]:
    """The modality and polarity of a claim over ``text[start:end]``, and the cues that decided them.

    ``base`` is what the attribution gives: ``asserted`` or ``reported``.

    >>> classify("No final decision has been made.", 0, 31)[:2]
    (<Modality.ASSERTED: 'asserted'>, <Polarity.NEGATIVE: 'negative'>)
    """
    return _fold(find_modality(text, start, end), base)


def _fold(cues: list[ModalityCue], base: Modality) -> tuple[Modality, Polarity, tuple[ModalityCue, ...]]:
    """One modality and polarity from ``cues``: the weakest commitment, and negations by parity."""
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
