"""The records the attribution modules pass between them: a cue found, an attribution found."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extraction._attribution_lexicon import CueClass

__all__ = ["Cue", "Found"]


@dataclass(slots=True)
class Found:
    cue_start: int
    cue_end: int
    cue: str
    source: tuple[int, int] | None
    content: tuple[int, int]
    #: Shares the subject of the attribution before it (", adding that ...", "and said ...").
    sibling: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    lemma: str
    cls: CueClass
    form: str
