"""Builders for small hand-made articles and their claims, shared by the rule tests and fixtures.

An :class:`Article` is a short text of our own words; its methods find a phrase in the text
and build spans, dates and claims over it, so that offsets are never typed by hand.
:func:`rule_context` turns loaded claim files into the :class:`RuleContext` the rules read,
with the lenient loader's integrity problems attached.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.claims import (
    Claim,
    EventClaim,
    QuantityClaim,
    RelationClaim,
    StanceClaim,
    StatementClaim,
)
from factcheck.claimset import ClaimSet, Location, ReferenceRelation
from factcheck.document import Document, Segment, Span, text_sha256
from factcheck.entities import Entity, EntityRef
from factcheck.files.load import LoadedFile, load_paths, merge_files
from factcheck.interval import Interval
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance
from factcheck.quantity import QualifierClass, Quantity, Term
from factcheck.rules import REGISTRY, RuleContext, load_builtin_rules
from factcheck.timeref import TimeRef

__all__ = [
    "ENTITIES",
    "Article",
    "findings_by_code",
    "ref",
    "rule_context",
    "run_rules",
]

METHOD = ExtractionMethod(extractor="manual", rule="fixture", version="0.1.0")

#: The entities the fixture articles mention (fictional places and people, real countries).
ENTITIES: dict[str, Entity] = {
    e.id: e
    for e in (
        Entity(id="org:harbour-council", kind="government_body", name="Harbour Council", aliases=("the council",)),
        Entity(id="person:ana-vidal", kind="person", name="Ana Vidal", aliases=("Mayor Ana Vidal", "Vidal")),
        Entity(id="person:tomas-berg", kind="person", name="Tomas Berg", aliases=("Berg",)),
        Entity(id="org:ferry-union", kind="organisation", name="Ferry Workers' Union", aliases=("the union",)),
        Entity(id="org:transport-ministry", kind="government_body", name="Transport Ministry"),
        Entity(id="outlet:coastal-post", kind="media_outlet", name="Coastal Post"),
        Entity(id="org:nato", kind="alliance", name="North Atlantic Treaty Organization", aliases=("NATO",)),
        Entity(id="country:NO", kind="country", name="Norway"),
        Entity(id="country:SE", kind="country", name="Sweden"),
        Entity(id="country:NL", kind="country", name="Netherlands", aliases=("Holland",)),
    )
}


def ref(text: str, entity: str | None = None, resolution: str = "alias", **fields: Any) -> EntityRef:
    """A mention; without ``entity`` it is unresolved."""
    if entity is None and resolution == "alias":
        resolution = "unresolved"
    return EntityRef.model_validate({"text": text, "entity": entity, "resolution": resolution, **fields})


@dataclass
class Article:
    """A small article: id, text and publication date, with builders over its phrases."""

    id: str
    text: str
    published: date | None = date(2025, 3, 14)
    segments: tuple[Segment, ...] = ()
    publisher: str | None = "outlet:coastal-post"
    relations: tuple[ReferenceRelation, ...] = ()
    claims: list[Claim] = field(default_factory=list)

    # -- document and spans ---------------------------------------------------------
    @property
    def document(self) -> Document:
        """The document, with its text kept in ``article.txt`` next to the claim file."""
        return Document(
            id=self.id,
            title=self.text.split(".")[0][:60],
            publisher=self.publisher,
            published=self.published,
            text=self.text,
            text_file="article.txt",
            sha256=text_sha256(self.text),
            segments=self.segments,
        )

    def span(self, phrase: str, occurrence: int = 1) -> Span:
        """The span of the ``occurrence``-th ``phrase`` in the text."""
        start = -1
        for _ in range(occurrence):
            start = self.text.index(phrase, start + 1)
        return Span(document=self.id, start=start, end=start + len(phrase), text=phrase)

    def segment(self, label: str, phrase: str) -> Segment:
        """A labelled segment covering ``phrase``."""
        span = self.span(phrase)
        return Segment(label=label, start=span.start, end=span.end)  # type: ignore[arg-type]

    def provenance(self, *spans: Span, chain: Sequence[AttributionLink] = ()) -> Provenance:
        """Provenance over ``spans`` (the first is the claim's own)."""
        return Provenance(document=self.id, spans=spans, chain=tuple(chain), method=METHOD)

    def time(
        self,
        phrase: str,
        start: date | None,
        end: date | None = None,
        *,
        granularity: str = "day",
        resolution: str = "anchored",
        year_inferred: bool = True,
    ) -> TimeRef:
        """A date written as ``phrase`` in the text (unresolved when ``start`` is None)."""
        if start is None:
            return TimeRef(text=phrase, resolution="unresolved", span=self.span(phrase))  # type: ignore[arg-type]
        return TimeRef.model_validate(
            {
                "text": phrase,
                "start": start,
                "end": end or start,
                "granularity": granularity,
                "resolution": resolution,
                "anchor": f"published {self.published}" if resolution == "anchored" else None,
                "year_inferred": year_inferred,
                "span": self.span(phrase),
            }
        )

    def link(self, agent: EntityRef, cue: str, phrase: str, date_ref: TimeRef | None = None) -> AttributionLink:
        """An attribution link written as ``phrase`` ("the ministry said on May 2")."""
        return AttributionLink(agent=agent, cue=cue, date=date_ref, span=self.span(phrase))

    def add(self, claim: Claim) -> Claim:
        """Keep ``claim`` in the article's claim list and return it."""
        self.claims.append(claim)
        return claim

    # -- claims ---------------------------------------------------------------------
    def quantity(
        self,
        phrase: str,
        interval: str,
        number_text: str,
        qualifier_class: str,
        counted: tuple[str, str],
        *,
        qualifier: str | None = None,
        share: bool = False,
        reading: str | None = None,
        span: Span | None = None,
        chain: Sequence[AttributionLink] = (),
        **fields: Any,
    ) -> QuantityClaim:
        """A quantity claim over ``phrase``."""
        own = span or self.span(phrase)
        value = Quantity(
            interval=Interval.parse(interval),
            number_text=number_text,
            qualifier=qualifier,
            qualifier_class=QualifierClass(qualifier_class),
            share=share,
            reading=reading,  # type: ignore[arg-type]
        )
        claim = QuantityClaim(
            text=own.text,
            provenance=self.provenance(own, chain=chain),
            value=value,
            counted=Term(text=counted[0], normalised=counted[1]),
            **fields,
        )
        self.add(claim)
        return claim

    def event(self, phrase: str, predicate: str, *, chain: Sequence[AttributionLink] = (), **fields: Any) -> EventClaim:
        """An event claim over ``phrase``."""
        own = self.span(phrase)
        claim = EventClaim(text=own.text, provenance=self.provenance(own, chain=chain), predicate=predicate, **fields)
        self.add(claim)
        return claim

    def statement(self, phrase: str, content: str, speaker: EntityRef, cue: str, **fields: Any) -> StatementClaim:
        """A statement claim over ``phrase`` whose content is the phrase ``content``."""
        own = self.span(phrase)
        claim = StatementClaim(
            text=own.text,
            provenance=self.provenance(own),
            speaker=speaker,
            cue=cue,
            content=self.span(content, self._occurrence(content, own.start)),
            **fields,
        )
        self.add(claim)
        return claim

    def stance(
        self, phrase: str, holder: EntityRef, stance: str, target: Claim | None, target_text: str, **fields: Any
    ) -> StanceClaim:
        """A stance claim over ``phrase`` with the holder's name as a second span."""
        own = self.span(phrase)
        name = self.span(holder.text, self._occurrence(holder.text, own.start))
        claim = StanceClaim(
            text=own.text,
            provenance=self.provenance(own, name),
            holder=holder,
            stance=stance,  # type: ignore[arg-type]
            target=target.id if target is not None else None,
            target_text=target_text,
            **fields,
        )
        self.add(claim)
        return claim

    def relation(self, phrase: str, subject: EntityRef, relation: str, obj: EntityRef, **fields: Any) -> RelationClaim:
        """A relation claim over ``phrase`` with the subject's name as a second span."""
        own = self.span(phrase)
        name = self.span(subject.text, self._occurrence(subject.text, own.start))
        claim = RelationClaim(
            text=own.text,
            provenance=self.provenance(own, name),
            subject=subject,
            relation=relation,
            object=obj,
            **fields,
        )
        self.add(claim)
        return claim

    def _occurrence(self, phrase: str, at_or_after: int) -> int:
        """Which occurrence of ``phrase`` is the first one at or after ``at_or_after``."""
        count, start = 0, -1
        while True:
            start = self.text.index(phrase, start + 1)
            count += 1
            if start >= at_or_after:
                return count

    # -- the claim set --------------------------------------------------------------
    def claim_set(self, *, extra_claims: Iterable[Claim] = ()) -> ClaimSet:
        """The document, the entities its claims name, its reference relations and its claims."""
        claims = (*self.claims, *extra_claims)
        used = {self.publisher} if self.publisher else set()
        for claim in claims:
            used.update(m.entity for m in claim.mentions() if m.entity)
        return ClaimSet(
            documents=(self.document,),
            entities=tuple(ENTITIES[i] for i in sorted(used) if i in ENTITIES),
            claims=claims,
            relations=self.relations,
        )


def _integrity_kind(field_name: str, message: str) -> str:
    """The record kinds of ``factcheck.engine.integrity_records``."""
    if field_name.endswith(".sha256"):
        return "document-hash"
    if "used twice" in message:
        return "duplicate-document"
    return "span"


def rule_context(files: Sequence[LoadedFile], **settings: Any) -> RuleContext:
    """The context the rules read for ``files``: the merged set plus the loader's integrity notes."""
    claims = files[0].claims if len(files) == 1 else merge_files(files)
    integrity = tuple(
        (
            _integrity_kind(p.field, p.message),
            p.claim_id,
            None,
            p.message,
            Location(p.path, p.line, p.column),
        )
        for f in files
        for p in f.integrity
    )
    return RuleContext(claims=claims, integrity=integrity, **settings)


def run_rules(context: RuleContext, codes: Iterable[str] = ()) -> list[tuple[str, tuple[str, ...], str]]:
    """Run the built-in rules (or the ``codes`` given) and return (code, claim ids, message) sorted."""
    load_builtin_rules()
    chosen = REGISTRY.select(list(codes)) if codes else list(REGISTRY)
    results = []
    for info in chosen:
        if not info.code.startswith(("FC1", "FC2", "FC3", "FC4")):
            continue
        for violation in info.function(context):
            results.append((info.code, violation.claim_ids, violation.message))
    return sorted(results)


def findings_by_code(path: Path | str, **settings: Any) -> list[tuple[str, tuple[str, ...], str]]:
    """Load ``path`` leniently and run the FC1xx-FC4xx rules on it."""
    return run_rules(rule_context(load_paths([path], strict=False), **settings))
