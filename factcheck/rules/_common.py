"""Helpers the built-in rules share: walking claims for references, dates and mentions.

Nothing here decides a finding; these functions only gather what a rule compares, each
with the key path of the field it came from, so that messages can name the field.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from factcheck.claims import (
    Claim,
    EventClaim,
    QuantityClaim,
    RelationClaim,
    StanceClaim,
    StatementClaim,
    claim_time,
)
from factcheck.claimset import ClaimSet
from factcheck.document import Document, Span
from factcheck.entities import EntityRef
from factcheck.interval import Interval
from factcheck.quantity import BareReading, QualifierClass
from factcheck.timeref import TimeRef

__all__ = [
    "APPROXIMATE",
    "FieldPath",
    "claim_references",
    "dotted",
    "effective_interval",
    "entity_mentions",
    "finite_text",
    "is_approximate",
    "is_bare",
    "mention_key",
    "mention_span",
    "published_on",
    "quote",
    "span_order",
    "time_refs",
]

FieldPath = tuple[str | int, ...]

#: Qualifier classes whose figures are estimates; comparisons give them the tolerance.
APPROXIMATE = frozenset({QualifierClass.ABOUT, QualifierClass.NEARLY})


def dotted(path: FieldPath) -> str:
    """``("value", "interval")`` -> ``value.interval``; ``("content_claims", 1)`` -> ``content_claims[1]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def quote(text: str, limit: int = 80) -> str:
    """``text`` in single quotes, shortened with an ellipsis past ``limit`` characters."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"'{shown}'"


def span_order(claim: Claim) -> tuple[str, int, int, str]:
    """Document, position and id: the order in which claims are read."""
    return (claim.document, claim.span.start, claim.span.end, claim.id)


def published_on(claims: ClaimSet, claim: Claim) -> date | None:
    """The publication date of the claim's document, if the document and its date are known."""
    document = claims.document(claim.document)
    return document.published_date if document is not None else None


def claim_references(claim: Claim) -> Iterator[tuple[FieldPath, str]]:
    """Every claim id the claim points to, with the field that holds it."""
    if isinstance(claim, QuantityClaim):
        if claim.event:
            yield ("event",), claim.event
        if claim.part_of:
            yield ("part_of",), claim.part_of
    elif isinstance(claim, EventClaim):
        if claim.follows:
            yield ("follows",), claim.follows
    elif isinstance(claim, StatementClaim):
        for index, content in enumerate(claim.content_claims):
            yield ("content_claims", index), content
        if claim.repeats:
            yield ("repeats",), claim.repeats
    elif isinstance(claim, StanceClaim):
        if claim.target:
            yield ("target",), claim.target
    elif isinstance(claim, RelationClaim) and claim.object_claim:
        yield ("object_claim",), claim.object_claim


def time_refs(claim: Claim) -> Iterator[tuple[FieldPath, TimeRef]]:
    """The claim's own date and the dates of its attribution links, with their fields."""
    own = claim_time(claim)
    if own is not None:
        yield ("time",), own
    for index, link in enumerate(claim.provenance.chain):
        if link.date is not None:
            yield ("provenance", "chain", index, "date"), link.date


def entity_mentions(claim: Claim) -> Iterator[tuple[FieldPath, EntityRef]]:
    """Every entity mention of the claim with its field, attribution agents included."""
    if isinstance(claim, QuantityClaim):
        if claim.actor is not None:
            yield ("actor",), claim.actor
        if claim.place is not None:
            yield ("place",), claim.place
    elif isinstance(claim, EventClaim):
        for index, actor in enumerate(claim.actors):
            yield ("actors", index), actor
        for index, target in enumerate(claim.targets):
            yield ("targets", index), target
        if claim.place is not None:
            yield ("place",), claim.place
    elif isinstance(claim, StatementClaim):
        yield ("speaker",), claim.speaker
    elif isinstance(claim, StanceClaim):
        yield ("holder",), claim.holder
    elif isinstance(claim, RelationClaim):
        yield ("subject",), claim.subject
        if claim.object is not None:
            yield ("object",), claim.object
    for index, link in enumerate(claim.provenance.chain):
        yield ("provenance", "chain", index, "agent"), link.agent


def mention_key(ref: EntityRef) -> str:
    """Who a mention names: its entity id, or its text (case-folded) when unresolved."""
    return ref.entity if ref.entity is not None and ref.resolved else "text:" + " ".join(ref.text.casefold().split())


#: How far around a claim's span a mention is looked for when no span of the claim holds it.
MENTION_WINDOW = 300


def mention_span(claim: Claim, ref: EntityRef, document: Document | None = None) -> Span:
    """Where ``ref`` is written: a span of the claim with its text, else (given the document)
    its occurrence inside an attribution cue or nearest the claim's span, else the claim's span.
    """
    for span in claim.provenance.spans:
        if span.text == ref.text:
            return span
    if document is None or not ref.text:
        return claim.span
    windows = [link.span for link in claim.provenance.chain if link.span is not None and ref.text in link.span.text]
    for window in windows:
        if window.document == document.id and document.span_matches(window):
            start = window.start + window.text.index(ref.text)
            return document.span(start, start + len(ref.text))
    own = claim.span
    if own.document != document.id:
        return own
    low = max(0, own.start - MENTION_WINDOW)
    high = min(len(document.text), own.end + MENTION_WINDOW)
    best: int | None = None
    position = document.text.find(ref.text, low, high)
    while position != -1:
        if best is None or abs(position - own.start) < abs(best - own.start):
            best = position
        position = document.text.find(ref.text, position + 1, high)
    if best is None:
        return own
    return document.span(best, best + len(ref.text))


def effective_interval(claim: QuantityClaim, reading: BareReading) -> Interval:
    """The figure's interval, a bare number read as the claim says or, failing that, as ``reading``."""
    return claim.value.under_reading(claim.value.reading or reading)


def is_approximate(claim: QuantityClaim) -> bool:
    """True for an estimate ("about", "nearly"), which comparisons widen by the tolerance."""
    return claim.value.qualifier_class in APPROXIMATE


def is_bare(claim: QuantityClaim) -> bool:
    """True for a bare number ("three"), whose reading is configurable."""
    return claim.value.qualifier_class is QualifierClass.EXACT and claim.value.interval.is_point


def finite_text(value: float) -> str:
    """A number as people write it: ``300``, ``2.5``, ``inf``."""
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return str(int(value)) if value == int(value) else f"{value:g}"
