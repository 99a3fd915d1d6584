"""Comparison by kind: what one evidence claim says about the judged claim, and why.

Each function returns a :class:`Comparison`: the evidence relation, the matching rule
that decided it, an explanation in words, and, when the two readings of a bare number
disagree, the reading note ("conflict if 'three' is exact; consistent if it is a lower
bound"). Rules (documented in docs/verify.md): ``quantity-interval``,
``quantity-parts-sum``, ``date-granularity``, ``stance-polarity``,
``statement-speaker-content``, ``event-content``, ``relation-reference``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claims import EventClaim, Modality, QuantityClaim, StanceClaim, StatementClaim
from factcheck.interval import Interval, IntervalRelation, sum_intervals
from factcheck.match.config import MatchConfig
from factcheck.match.index import Item
from factcheck.match.normalise import PARTS, predicate_key
from factcheck.quantity import BareReading, QualifierClass, Quantity, interval_for
from factcheck.timeref import TimeRef
from factcheck.verdicts import EvidenceRelation

__all__ = [
    "Comparison",
    "compare_event",
    "compare_parts",
    "compare_quantity",
    "compare_stance",
    "compare_statement",
    "effective_interval",
    "interval_relation",
]

R = EvidenceRelation


@dataclass(frozen=True, slots=True)
class Comparison:
    """What one comparison found."""

    relation: EvidenceRelation
    rule: str
    explanation: str
    reading: str | None = None


_WORD = {R.SUPPORTS: "consistent", R.REFINES: "refined", R.CONTRADICTS: "conflict", R.RELATED: "related"}


def effective_interval(quantity: Quantity, reading: BareReading, tolerance: float) -> Interval:
    """The interval of a figure under a reading of bare numbers and the configured tolerance."""
    interval = quantity.interval
    kind = quantity.qualifier_class
    if kind is QualifierClass.EXACT:
        return quantity.under_reading(reading)
    if kind is QualifierClass.ABOUT and interval.is_bounded:
        return interval_for(kind, (interval.low + interval.high) / 2, tolerance=tolerance)
    if kind is QualifierClass.NEARLY and interval.is_bounded:
        return interval_for(kind, interval.high, tolerance=tolerance)
    return interval


def interval_relation(claim: Interval, evidence: Interval) -> EvidenceRelation:
    """``refines`` when the evidence is strictly inside the claim; ``contradicts`` when disjoint."""
    relation = claim.relation(evidence)
    if relation is IntervalRelation.GENERALIZES:
        return R.REFINES
    if relation is IntervalRelation.DISJOINT:
        return R.CONTRADICTS
    return R.SUPPORTS


def _as_lower_bound(interval: Interval) -> Interval:
    return Interval(interval.low, math.inf, low_closed=interval.low_closed)


def _is_bare(quantity: Quantity) -> bool:
    return quantity.qualifier_class is QualifierClass.EXACT and quantity.interval.is_point


def _reading_note(results: dict[BareReading, EvidenceRelation], bare: Sequence[str]) -> str | None:
    exact, lower = results[BareReading.EXACT], results[BareReading.AT_LEAST]
    if exact is lower:
        return None
    names = " and ".join(f"'{text}'" for text in dict.fromkeys(bare))
    verb = "are" if len(set(bare)) > 1 else "is"
    return f"{_WORD[exact]} if {names} {verb} exact; {_WORD[lower]} if read as a lower bound"


def _readings(config: MatchConfig) -> tuple[BareReading, BareReading]:
    other = BareReading.AT_LEAST if config.bare_reading is BareReading.EXACT else BareReading.EXACT
    return config.bare_reading, other


def compare_quantity(claim: Item, evidence: Item, lower: bool, config: MatchConfig) -> Comparison:
    """Interval against interval; a figure for a part of the actor bounds the actor's from below."""
    assert isinstance(claim.claim, QuantityClaim) and isinstance(evidence.claim, QuantityClaim)
    mine, theirs = claim.claim.value, evidence.claim.value
    results: dict[BareReading, EvidenceRelation] = {}
    shown: dict[BareReading, tuple[Interval, Interval]] = {}
    for reading in _readings(config):
        ci = effective_interval(mine, reading, config.tolerance)
        ei = effective_interval(theirs, reading, config.tolerance)
        if lower:
            ei = _as_lower_bound(ei)
        results[reading] = interval_relation(ci, ei)
        shown[reading] = (ci, ei)
    relation = results[config.bare_reading]
    ci, ei = shown[config.bare_reading]
    bare = [q.number_text for q in (mine, theirs) if _is_bare(q)]
    note = _reading_note(results, bare) if bare else None
    part = ""
    if lower:
        actor = evidence.claim.actor.text if evidence.claim.actor else "a part"
        part = f" (a figure for {actor}, read as a lower bound of the whole actor's)"
    explanation = (
        f"{_WORD[relation]}: the claim's {claim.claim.text!r} is {ci}; "
        f"the source's {evidence.claim.text!r} is {ei}{part} [{claim.counted}]"
    )
    return Comparison(relation, "quantity-interval", explanation, note)


def compare_parts(claim: Item, parts: Sequence[tuple[Item, bool]], config: MatchConfig) -> Comparison | None:
    """A whole against the sum of its parts in one source ("170 + (120, inf) + (30, inf)")."""
    assert isinstance(claim.claim, QuantityClaim)
    by_part: dict[str, list[tuple[Item, bool]]] = {}
    for entry in parts:
        by_part.setdefault(entry[0].counted, []).append(entry)
    if len(by_part) < 2 or any(len({e[0].id for e in group}) > 1 for group in by_part.values()):
        return None  # one part only, or two figures for one part: no sum to speak of
    chosen = [group[0] for _, group in sorted(by_part.items())]
    complete = set(by_part) >= set(PARTS.get(claim.counted, ()))
    open_ended = not complete or any(lower for _, lower in chosen)
    results: dict[BareReading, EvidenceRelation] = {}
    shown: dict[BareReading, tuple[Interval, Interval]] = {}
    for reading in _readings(config):
        ci = effective_interval(claim.claim.value, reading, config.tolerance)
        terms = []
        for item, _ in chosen:
            assert isinstance(item.claim, QuantityClaim)
            terms.append(effective_interval(item.claim.value, reading, config.tolerance))
        total = sum_intervals(terms)
        if open_ended:
            total = _as_lower_bound(total)
        results[reading] = interval_relation(ci, total)
        shown[reading] = (ci, total)
    relation = results[config.bare_reading]
    ci, total = shown[config.bare_reading]
    bare = [
        q.claim.value.number_text for q, _ in chosen if isinstance(q.claim, QuantityClaim) and _is_bare(q.claim.value)
    ]
    if isinstance(claim.claim, QuantityClaim) and _is_bare(claim.claim.value):
        bare.insert(0, claim.claim.value.number_text)
    note = _reading_note(results, bare) if bare else None
    sum_text = " + ".join(f"{item.claim.text!r}" for item, _ in chosen)
    why = (
        ""
        if not open_ended
        else " (read as a lower bound: "
        + ("not every part is given" if not complete else "a part's figure is for part of the actor")
        + ")"
    )
    explanation = (
        f"{_WORD[relation]}: the parts {sum_text} sum to {total}{why}; "
        f"the claim's {claim.claim.text!r} is {ci} [{claim.counted} = {' + '.join(sorted(by_part))}]"
    )
    return Comparison(relation, "quantity-parts-sum", explanation, note)


def _days_text(time: TimeRef) -> str:
    if time.start == time.end:
        return f"{time.start} ({time.granularity})"
    return f"{time.start}..{time.end} ({time.granularity})"


def _date_conflict(mine: TimeRef | None, theirs: TimeRef | None) -> str | None:
    if mine is None or theirs is None or not mine.resolved or not theirs.resolved:
        return None
    if mine.interval.consistent_with(theirs.interval):
        return None
    return f"the claim dates it {_days_text(mine)}, the source {_days_text(theirs)}"


def _below(score: float, config: MatchConfig, what: str) -> Comparison:
    return Comparison(
        R.RELATED,
        "score-threshold",
        f"related only: {what} (score {score:.0f} < threshold {config.score_threshold:.0f})",
    )


def compare_statement(claim: Item, evidence: Item, score: float, config: MatchConfig) -> Comparison:
    """Same speaker (or the body the speaker speaks for): content by score, then polarity and date."""
    assert isinstance(claim.claim, StatementClaim) and isinstance(evidence.claim, StatementClaim)
    mine, theirs = claim.claim, evidence.claim
    if score < config.score_threshold:
        return _below(score, config, f"same speaker, different content {theirs.content.text!r}")
    if mine.polarity is not theirs.polarity:
        return Comparison(
            R.CONTRADICTS,
            "statement-speaker-content",
            f"conflict: the source has the opposite polarity ({theirs.polarity})",
        )
    conflict = _date_conflict(mine.time, theirs.time)
    if conflict:
        return Comparison(R.CONTRADICTS, "date-granularity", f"conflict: {conflict}")
    venue = ""
    if mine.venue and theirs.venue:
        venue = f"; venues: claim {mine.venue!r}, source {theirs.venue!r}"
    return Comparison(
        R.SUPPORTS,
        "statement-speaker-content",
        f"consistent: {theirs.speaker.text!r} {theirs.cue} {theirs.content.text!r} (score {score:.0f}){venue}",
    )


def _modality_group(modality: Modality) -> str:
    return "fact" if modality.factual else "open"


def compare_event(claim: Item, evidence: Item, score: float, config: MatchConfig) -> Comparison:
    """Same actor: same predicate class or a close text, then modality, polarity and date."""
    assert isinstance(claim.claim, EventClaim) and isinstance(evidence.claim, EventClaim)
    mine, theirs = claim.claim, evidence.claim
    same_predicate = predicate_key(mine.predicate) == predicate_key(theirs.predicate)
    if not same_predicate and score < config.score_threshold:
        return _below(score, config, f"same actor, different event {theirs.text!r}")
    if _modality_group(mine.modality) != _modality_group(theirs.modality):
        return Comparison(
            R.RELATED,
            "event-content",
            f"related only: the claim is {mine.modality.value}, the source {theirs.modality.value}; "
            "a considered or planned act is not checked as a completed one",
        )
    if mine.polarity is not theirs.polarity:
        return Comparison(R.CONTRADICTS, "event-content", f"conflict: the source says the opposite ({theirs.text!r})")
    conflict = _date_conflict(mine.time, theirs.time)
    if conflict:
        return Comparison(R.CONTRADICTS, "date-granularity", f"conflict: {conflict}")
    if mine.time is not None and theirs.time is not None and mine.time.resolved and theirs.time.resolved:
        return Comparison(
            R.SUPPORTS,
            "date-granularity",
            f"consistent: {theirs.text!r}, dated {_days_text(theirs.time)}, "
            f"against the claim's {_days_text(mine.time)}",
        )
    how = "same predicate" if same_predicate else f"score {score:.0f}"
    return Comparison(R.SUPPORTS, "event-content", f"consistent: {theirs.text!r} ({how})")


def compare_stance(claim: Item, evidence: Item, score: float, config: MatchConfig) -> Comparison:
    """Same holder and a close target: the same stance supports, the opposite one contradicts."""
    assert isinstance(claim.claim, StanceClaim) and isinstance(evidence.claim, StanceClaim)
    mine, theirs = claim.claim, evidence.claim
    if score < config.score_threshold:
        return _below(
            score,
            config,
            f"{theirs.holder.text!r} is {theirs.stance.value} on {theirs.target_text!r}, "
            f"not clearly the claim's target {mine.target_text!r}",
        )
    if "neutral" in (mine.stance.value, theirs.stance.value) and mine.stance is not theirs.stance:
        return Comparison(R.RELATED, "stance-polarity", f"related only: the source's stance is {theirs.stance.value}")
    relation = R.SUPPORTS if mine.stance is theirs.stance else R.CONTRADICTS
    return Comparison(
        relation,
        "stance-polarity",
        f"{_WORD[relation]}: the source has {theirs.holder.text!r} {theirs.stance.value} "
        f"{theirs.target_text!r} (score {score:.0f}); the claim has {mine.stance.value}",
    )
