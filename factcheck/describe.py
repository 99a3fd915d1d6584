"""One-line, human-readable descriptions of claims, times and references."""

from __future__ import annotations

from factcheck.claims import (
    Claim,
    EventClaim,
    QuantityClaim,
    RelationClaim,
    StanceClaim,
    StatementClaim,
)
from factcheck.entities import EntityRef
from factcheck.timeref import TimeRef

__all__ = ["describe_claim", "describe_ref", "describe_time"]


def describe_ref(ref: EntityRef | None) -> str:
    """``the US`` or ``He [= person:volodymyr-zelenskyy]`` for a resolved pronoun."""
    if ref is None:
        return "?"
    if ref.is_pronoun and ref.entity:
        return f"{ref.text} [= {ref.entity}]"
    return ref.text


def describe_time(time: TimeRef | None) -> str:
    """``2024-04-13`` for a day, ``2024-03-01..2024-03-31`` for a period, ``'last week'?`` if unresolved."""
    if time is None:
        return ""
    if time.start is None or time.end is None:
        return f"{time.text!r}?"
    if time.start == time.end:
        return time.start.isoformat()
    return f"{time.start.isoformat()}..{time.end.isoformat()}"


def _at(time: TimeRef | None) -> str:
    text = describe_time(time)
    return f" @ {text}" if text else ""


def describe_claim(claim: Claim) -> str:
    """What the claim says, normalised, in one line."""
    negation = "NOT " if claim.polarity == "negative" else ""
    if isinstance(claim, QuantityClaim):
        who = f"{describe_ref(claim.actor)} " if claim.actor else ""
        did = f"{claim.predicate} " if claim.predicate else ""
        qualifier = f"{claim.value.qualifier} " if claim.value.qualifier else ""
        return (
            f"{negation}{who}{did}{qualifier}{claim.value.number_text} {claim.counted.text} "
            f"= {claim.value.interval} {claim.counted.normalised}{_at(claim.time)}"
        )
    if isinstance(claim, EventClaim):
        actors = ", ".join(describe_ref(a) for a in claim.actors) or "?"
        targets = ", ".join(describe_ref(t) for t in claim.targets)
        on = f" -> {targets}" if targets else ""
        return f"{negation}{actors}: {claim.predicate}{on}{_at(claim.time)}"
    if isinstance(claim, StatementClaim):
        return f'{describe_ref(claim.speaker)} {claim.cue}{_at(claim.time)}: "{claim.content.text}"'
    if isinstance(claim, StanceClaim):
        return f"{describe_ref(claim.holder)} {claim.stance.value}s {claim.target_text!r}"
    if isinstance(claim, RelationClaim):
        target = describe_ref(claim.object) if claim.object else f"claim {claim.object_claim}"
        return f"{negation}{describe_ref(claim.subject)} {claim.relation} {target}{_at(claim.time)}"
    raise TypeError(f"not a claim: {type(claim).__name__}")  # pragma: no cover
