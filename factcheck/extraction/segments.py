"""Segmentation: which lines of an article are body text and which are not.

An article as copied from a web page carries more than its body: the headline, tag lines,
a byline, "Read also" links to *other* articles, donation appeals, and a syndication note
("Read the original article on The New Voice of Ukraine"). Those lines are labelled, not
dropped, and only ``paragraph`` segments yield claims. The syndication note also names the
original publisher, which becomes the document's ``derived_from``.

The unit is the line (text between line breaks, trimmed of white space). Labels, in order
of precedence: syndication, read-also, promotion, byline, title (the first line, when it
has no closing punctuation and more text follows), tag line (a short line without closing
punctuation between the title and the first paragraph), paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck._model import trusted_whole
from factcheck.document import Origin, Segment, SegmentLabel

__all__ = ["Segmentation", "segment_text"]

_LINE = re.compile(r"[^\n]+")
_SYNDICATION = re.compile(
    r"(?:read|view|see)\s+the\s+original\s+(?:article|story|post|version)\s+(?:on|at|in)\s+"
    r"(?P<name>[^\n]{1,200}?)[.!]?\s*$"
    r"|(?:this\s+(?:article|story)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|appeared)\s+"
    r"(?:on|in|by|at)\s+(?P<name2>[^\n]{1,200}?)[.!]?\s*$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(
    r"(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news))?"
    r"|more\s+on\s+this(?:\s+story)?|recommended)\s*[:\u2014\u2013-]",
    re.IGNORECASE,
)
_PROMOTION = re.compile(
    r"\b(?:support\s+us|become\s+a\s+(?:patron|member|subscriber)|(?:one-time|monthly|recurring)\s+donation"
    r"|donate\s+(?:now|today|here)|make\s+a\s+donation|subscribe\s+(?:now|today|to\s+our)"
    r"|sign\s+up\s+(?:for|to)\s+our|follow\s+us\s+on|join\s+our\s+(?:newsletter|channel)"
    r"|download\s+our\s+app)\b",
    re.IGNORECASE,
)
# Every promotion phrase holds one of these words: a line without them skips the regex (which
# tries its alternation at every word). The regex ignores case, and then "\u0130", "\u0131"
# match "i", "\u212a" matches "k" and "\u017f" matches "s": a line with one of those runs the
# regex whatever its words, so the check is exact.
_PROMOTION_WORDS = ("support", "become", "donat", "subscribe", "sign", "follow", "join", "download")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u212a\u017f]")
_BYLINE = re.compile(r"[Bb]y\s+[A-Z][\w.'\u2019-]{0,40}(?:\s+[A-Z][\w.'\u2019-]{0,40}){0,4}\s*$")
_CLOSING = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")
_TAGLINE_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The labelled segments of a text and, when a syndication note names it, the original."""

    segments: tuple[Segment, ...]
    derived_from: Origin | None

    def body(self) -> tuple[Segment, ...]:
        """The segments that state claims of the document (paragraphs)."""
        return tuple(s for s in self.segments if s.label is SegmentLabel.PARAGRAPH)


def _lines(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            found.append((start, end))
    return found


def _may_promote(line: str) -> bool:
    """False when ``line`` holds none of the words every promotion phrase has."""
    folded = line.lower()
    for word in _PROMOTION_WORDS:  # a plain loop: any() over a generator costs twice as much
        if word in folded:
            return True
    return not line.isascii() and _FOLDS_TO_ASCII.search(line) is not None


def segment_text(text: str) -> Segmentation:
    """Label every non-empty line of ``text``.

    >>> seg = segment_text("Big news\\n\\nIt happened today.\\n\\nRead the original article on Example Daily")
    >>> [(s.label.value, s.start, s.end) for s in seg.segments]
    [('title', 0, 8), ('paragraph', 10, 27), ('syndication', 29, 71)]
    >>> seg.derived_from.name
    'Example Daily'
    """
    lines = _lines(text)
    segments: list[Segment] = []
    origin: Origin | None = None
    seen_paragraph = False
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        label: SegmentLabel
        syndication = _SYNDICATION.match(line)
        if syndication:
            label = SegmentLabel.SYNDICATION
            name = (syndication.group("name") or syndication.group("name2") or "").strip()
            if name and origin is None:
                origin = Origin(name=name)
        elif _READ_ALSO.match(line):
            label = SegmentLabel.READ_ALSO
        elif _may_promote(line) and _PROMOTION.search(line):
            label = SegmentLabel.PROMOTION
        elif _BYLINE.match(line) and len(line) <= 80:
            label = SegmentLabel.BYLINE
        elif index == 0 and len(lines) > 1 and not _CLOSING.search(line):
            label = SegmentLabel.TITLE
        elif (
            not seen_paragraph
            and segments
            and segments[0].label is SegmentLabel.TITLE
            and not _CLOSING.search(line)
            and len(line.split()) <= _TAGLINE_MAX_WORDS
        ):
            label = SegmentLabel.TAGLINE
        else:
            label = SegmentLabel.PARAGRAPH
            seen_paragraph = True
        # A line is trimmed and non-empty: 0 <= start < end, as Segment checks. Every field
        # is given, in order.
        segments.append(trusted_whole(Segment, {"label": label, "start": start, "end": end}, {"label", "start", "end"}))
    return Segmentation(segments=tuple(segments), derived_from=origin)
