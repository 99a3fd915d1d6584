"""Blocking: every claim becomes an :class:`Item` with keys, and candidates come from a key index.

Candidates are never all pairs. A quantity is looked up by (counted thing, actor,
predicate class, share/unit/currency); a statement by its speaker's originator; a stance by its holder; an
event by each of its actors; a relation by (subject, relation, object). Dated items are
then kept only when their dates lie within the time window of each other. An evidence
item is also filed under every body its actor belongs to (a CENTCOM figure is filed
under the US as well), flagged so the comparison reads it as a lower bound of the
larger body's figure; and a part (drones) is filed under its whole (projectiles) for the
parts-sum check.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from factcheck.claims import Claim, EventClaim, QuantityClaim, RelationClaim, StanceClaim, StatementClaim
from factcheck.document import Document
from factcheck.entities import EntityRef
from factcheck.match.normalise import PARTS, counted_key, name_key, predicate_key, scoring_text
from factcheck.match.origin import Hierarchy, claim_origin

__all__ = ["BlockIndex", "Item", "make_item"]

Key = tuple[str, ...]

_WHOLE_OF: dict[str, str] = {part: whole for whole, parts in PARTS.items() for part in parts}


@dataclass(slots=True)
class Item:
    """A claim prepared for matching: its keys, its days, its text for scoring and its origin.

    Not frozen only because frozen dataclasses are slow to build; nothing changes an item.
    """

    claim: Claim
    document: Document | None
    probes: tuple[Key, ...]
    filed: tuple[tuple[Key, bool], ...]
    days: tuple[int, int] | None
    text: str
    origin: str
    counted: str = ""

    @property
    def id(self) -> str:
        return self.claim.id


def _entity_key(ref: EntityRef | None) -> str:
    if ref is None:
        return "?"
    return ref.entity if ref.entity else "text:" + name_key(ref.text)


def _days(claim: Claim) -> tuple[int, int] | None:
    time = getattr(claim, "time", None)
    if time is None or time.start is None or time.end is None:
        return None
    return (time.start.toordinal(), time.end.toordinal())


def make_item(
    claim: Claim, document: Document | None, hierarchy: Hierarchy, context: dict[str, Claim] | None = None
) -> Item:
    """The matching view of ``claim``; ``context`` resolves a stance's target claim for its text."""
    probes: list[Key] = []
    filed: list[tuple[Key, bool]] = []
    counted = ""
    text = claim.text
    if isinstance(claim, QuantityClaim):
        counted = counted_key(claim.counted.normalised)
        value = claim.value
        # A share, a unit or a currency is part of the measurand: 99 % is not 99 drones.
        measure = f"{'share' if value.share else ''}|{value.unit or ''}|{value.currency or ''}"
        actor = _entity_key(claim.actor)
        predicate = predicate_key(claim.predicate)
        lineage = hierarchy.ancestors(actor)
        probes.append(("q", counted, actor, predicate, measure))
        if counted in PARTS:
            probes.append(("p", counted, actor, predicate, measure))
        whole = _WHOLE_OF.get(counted)
        for level, body in enumerate(lineage):
            filed.append((("q", counted, body, predicate, measure), level > 0))
            if whole is not None:
                filed.append((("p", whole, body, predicate, measure), level > 0))
    elif isinstance(claim, StatementClaim):
        speaker = _entity_key(claim.speaker)
        key: Key = ("s", hierarchy.root(speaker) if claim.speaker.entity else speaker)
        probes.append(key)
        filed.append((key, False))
        text = claim.content.text
    elif isinstance(claim, StanceClaim):
        key = ("t", _entity_key(claim.holder))
        probes.append(key)
        filed.append((key, False))
        target = context.get(claim.target) if context and claim.target else None
        text = claim.target_text + (" " + target.text if target is not None else "")
    elif isinstance(claim, EventClaim):
        for mention in claim.actors:
            body = _entity_key(mention)
            key = ("e", hierarchy.root(body) if mention.entity else body)
            probes.append(key)
            filed.append((key, False))
        text = claim.predicate + " " + claim.text
    elif isinstance(claim, RelationClaim):
        key = ("r", _entity_key(claim.subject), claim.relation, _entity_key(claim.object))
        probes.append(key)
        filed.append((key, False))
    return Item(
        claim=claim,
        document=document,
        probes=tuple(dict.fromkeys(probes)),
        filed=tuple(dict.fromkeys(filed)),
        days=_days(claim),
        text=scoring_text(text),
        origin=claim_origin(claim, document, hierarchy),
        counted=counted,
    )


@dataclass
class _Block:
    undated: list[tuple[Item, bool]] = field(default_factory=list)
    dated: list[tuple[int, int, Item, bool]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    longest: int = 0


class BlockIndex:
    """Evidence items by key, dated ones sorted by first day for the time-window search."""

    def __init__(self, items: Iterable[Item], window_days: int) -> None:
        self.window = window_days
        blocks: dict[Key, _Block] = defaultdict(_Block)
        for item in items:
            for key, lower in item.filed:
                block = blocks[key]
                if item.days is None:
                    block.undated.append((item, lower))
                else:
                    block.dated.append((item.days[0], item.days[1], item, lower))
        for block in blocks.values():
            block.dated.sort(key=lambda entry: (entry[0], entry[2].id))
            block.starts = [entry[0] for entry in block.dated]
            block.longest = max((end - start for start, end, _, _ in block.dated), default=0)
        self.blocks: dict[Key, _Block] = dict(blocks)

    def candidates(self, item: Item, key: Key) -> Iterator[tuple[Item, bool]]:
        """Evidence filed under ``key`` whose days lie within the window of ``item``'s (or undated)."""
        block = self.blocks.get(key)
        if block is None:
            return
        yield from block.undated
        if item.days is None:
            for _, _, other, lower in block.dated:
                yield other, lower
            return
        low, high = item.days[0] - self.window, item.days[1] + self.window
        # Entries starting after ``high`` cannot overlap; entries that start before
        # ``low - longest`` end before ``low``.
        first = bisect_right(block.starts, low - block.longest - 1)
        last = bisect_right(block.starts, high)
        for start, end, other, lower in block.dated[first:last]:
            if end >= low and start <= high:
                yield other, lower
