"""Where a claim comes from: its spans, its document, who said it through whom, and how it was extracted.

The attribution chain runs outermost first::

    NV (published, 2024-05-27) -> Bild (reported, 2024-05-27) -> NATO (is considering)

Each :class:`AttributionLink` is an agent, a cue, a date where given, and whether the
words are quoted directly or reported indirectly.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from factcheck._model import ID_PATTERN, FrozenModel
from factcheck.document import Span
from factcheck.entities import EntityRef
from factcheck.timeref import TimeRef

__all__ = ["AttributionLink", "ExtractionMethod", "Provenance", "SpeechMode"]


class SpeechMode(StrEnum):
    """Whether the words are quoted (direct) or reported (indirect)."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class AttributionLink(FrozenModel):
    """One step of an attribution chain: ``Bild reported on May 27``."""

    agent: EntityRef
    cue: str = Field(min_length=1, description="The cue as written: 'reported', 'according to'.")
    date: TimeRef | None = None
    mode: SpeechMode = SpeechMode.INDIRECT
    span: Span | None = Field(default=None, description="Where the cue and its agent are written.")


class ExtractionMethod(FrozenModel):
    """Which extractor and rule produced a claim, and the library version that ran it."""

    extractor: str = Field(min_length=1, description="'manual' for hand-written claims.")
    rule: str = Field(min_length=1)
    version: str = Field(min_length=1)


class Provenance(FrozenModel):
    """The document, the spans (the first is the claim's own), the attribution chain and the method."""

    document: str = Field(pattern=ID_PATTERN)
    spans: tuple[Span, ...] = Field(min_length=1)
    chain: tuple[AttributionLink, ...] = ()
    method: ExtractionMethod

    @property
    def span(self) -> Span:
        """The claim's own span."""
        return self.spans[0]

    def chain_text(self) -> str:
        """The chain as a person reads it: ``NV > Bild > NATO``."""
        return " > ".join(link.agent.text for link in self.chain)
