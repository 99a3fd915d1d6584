"""Documents, their labelled segments, and character spans over their text.

Offsets are Unicode code points of :attr:`Document.text` (Python ``str`` indices),
half-open: a span ``(start, end)`` covers ``text[start:end]``, as in spaCy's
``Doc.char_span``. The document owns its text and is never modified.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Self

from pydantic import Field, model_validator

from factcheck._model import ID_PATTERN, FrozenModel, trusted

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcheck.extraction.segments import Segmentation

__all__ = ["Document", "Origin", "Segment", "SegmentLabel", "Span", "text_sha256"]


def text_sha256(text: str) -> str:
    """The SHA-256 of ``text`` encoded as UTF-8, in lowercase hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Span(FrozenModel):
    """A half-open range of code points in one document, with the text it covers.

    ``document.text[start:end] == text`` is checked when a claim file is loaded.
    """

    document: str = Field(pattern=ID_PATTERN, description="Id of the document the offsets refer to.")
    start: int = Field(ge=0, description="First code point, counted from 0.")
    end: int = Field(ge=0, description="One past the last code point.")
    text: str = Field(description="The exact text the span covers.")

    @model_validator(mode="after")
    def _check_length(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but offsets "
                f"{self.start}..{self.end} cover {self.end - self.start}"
            )
        return self

    def covers(self, other: Span) -> bool:
        """True when ``other`` lies inside this span of the same document."""
        return self.document == other.document and self.start <= other.start and other.end <= self.end


class SegmentLabel(StrEnum):
    """What a stretch of a document is. Only ``paragraph`` text yields claims."""

    TITLE = "title"
    TAGLINE = "tagline"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    READ_ALSO = "read_also"
    PROMOTION = "promotion"
    SYNDICATION = "syndication"
    CAPTION = "caption"
    OTHER = "other"

    @property
    def is_body(self) -> bool:
        """True for body text, the only text that states claims of this document."""
        return self is SegmentLabel.PARAGRAPH


class Segment(FrozenModel):
    """A labelled stretch of a document: title, tag line, paragraph, 'Read also', ..."""

    label: SegmentLabel
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_order(self) -> Self:
        if self.end <= self.start:
            raise ValueError(f"segment end {self.end} is not after its start {self.start}")
        return self


class Origin(FrozenModel):
    """Where a syndicated or derived document comes from ("Read the original article on ...")."""

    name: str = Field(min_length=1, description="The original publisher or work, as named.")
    url: str | None = None
    document: str | None = Field(default=None, pattern=ID_PATTERN, description="Its document id, if loaded.")


class Document(FrozenModel):
    """A source text and its metadata.

    In a claim file the text is either inline (``text``) or in a file next to the claim
    file (``text_file``); either way ``sha256`` records the hash of the text, and loading
    checks it. ``published`` anchors every relative date in the document.
    """

    id: str = Field(pattern=ID_PATTERN)
    title: str | None = None
    publisher: str | None = Field(default=None, description="Entity id or name of the publisher.")
    url: str | None = None
    published: date | datetime | None = Field(
        default=None, description="Publication date or time; anchors relative dates."
    )
    published_basis: str | None = Field(
        default=None, description="How the publication date was determined, when it is not printed."
    )
    retrieved: date | datetime | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    text: str
    text_file: str | None = Field(
        default=None, description="Path of the text, relative to the claim file, when not inline."
    )
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    derived_from: Origin | None = None
    segments: tuple[Segment, ...] = ()

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,
        published: date | datetime | None = None,
        title: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        language: str = "en",
        segment: bool = True,
    ) -> Document:
        """Wrap ``text`` in a document, computing its hash and (by default) its segments.

        With ``segment`` the lines are labelled (title, tag lines, "Read also", promotion,
        syndication, paragraphs; see :mod:`factcheck.extraction.segments`), a syndication note
        sets ``derived_from``, and a missing ``title`` is taken from the title line. Without
        ``id`` the id is ``doc-`` and the first 12 hex digits of the text's hash.
        """
        digest = text_sha256(text)
        segments: tuple[Segment, ...] = ()
        derived_from: Origin | None = None
        given_title = title
        if segment:
            segmentation = _segmenter()(text)
            segments = segmentation.segments
            derived_from = segmentation.derived_from
            if title is None:
                for line in segments:  # the title line, if any (a loop: cheaper than next() over a generator)
                    if line.label is SegmentLabel.TITLE:
                        title = text[line.start : line.end]
                        break
        values = {
            "id": id if id is not None else f"doc-{digest[:12]}",
            "text": text,
            "sha256": digest,
            "published": published,
            "title": title,
            "publisher": publisher,
            "url": url,
            "language": language,
            "derived_from": derived_from,
            "segments": segments,
        }
        if cls is Document and _plain(text, id, given_title, publisher, url, language) and type(published) in _DAYS:
            # Only the arguments can be invalid: the hash, the computed id, a title line, the
            # segments and the origin are valid by construction, and plain strings and dates
            # come out of validation unchanged. Documents from one source share their
            # arguments, so those are validated once; invalid ones are validated below, to
            # raise the error validation gives.
            try:
                _check_arguments(id, published, given_title, publisher, url, language)
            except ValueError:
                pass
            else:
                return trusted(Document, values)
        return cls(**values)

    @property
    def hash_matches(self) -> bool:
        """True when ``sha256`` is the hash of ``text``."""
        return text_sha256(self.text) == self.sha256

    @property
    def published_date(self) -> date | None:
        """The publication date, without its time of day."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    def span(self, start: int, end: int) -> Span:
        """The span ``text[start:end]``; raises ``IndexError`` outside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}..{end} is outside the text (length {len(self.text)})")
        return Span(document=self.id, start=start, end=end, text=self.text[start:end])

    def span_matches(self, span: Span) -> bool:
        """True when ``span`` belongs to this document and its text is what it covers."""
        return span.document == self.id and span.end <= len(self.text) and self.text[span.start : span.end] == span.text

    def segment_at(self, span: Span) -> Segment | None:
        """The segment that holds ``span`` whole, if any."""
        for segment in self.segments:
            if segment.start <= span.start and span.end <= segment.end:
                return segment
        return None


_DAYS = frozenset({date, type(None)})
_NO_HASH = "0" * 64


def _plain(*values: object) -> bool:
    """True when every value is ``None`` or exactly a ``str`` (no subclass, no other type)."""
    for value in values:  # noqa: SIM110 - a plain loop costs half of all() over a generator
        if value is not None and type(value) is not str:
            return False
    return True


@lru_cache(maxsize=256)
def _check_arguments(
    id: str | None,
    published: date | None,
    title: str | None,
    publisher: str | None,
    url: str | None,
    language: str,
) -> None:
    """Raise as validation would for these arguments of :meth:`Document.from_text` (cached)."""
    Document(
        id="doc-0" if id is None else id,
        text="",
        sha256=_NO_HASH,
        published=published,
        title=title,
        publisher=publisher,
        url=url,
        language=language,
    )


@cache
def _segmenter() -> Callable[[str], Segmentation]:
    """The line labeller, imported on first use (it imports this module) and only once."""
    from factcheck.extraction.segments import segment_text

    return segment_text
