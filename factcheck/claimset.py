"""A :class:`ClaimSet`: documents, entities, claims and reference relations, with lookups.

A claim file holds one ClaimSet (any section may be empty); loading a folder merges the
files into one. The set keeps where each claim, document and entity came from, so
findings can name the file, line and column.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

from pydantic import Field, TypeAdapter

from factcheck._model import ENTITY_ID_PATTERN, FrozenModel
from factcheck.claims import Claim
from factcheck.document import Document
from factcheck.entities import Entity

__all__ = ["SCHEMA_VERSION", "ClaimSet", "Location", "ReferenceRelation"]

SCHEMA_VERSION = 1


class ReferenceRelation(FrozenModel):
    """A dated fact from reference data: ``country:EE member_of org:nato`` since 2004-03-29."""

    subject: str = Field(pattern=ENTITY_ID_PATTERN)
    relation: str = Field(pattern=r"^[a-z][a-z_]*$")
    object: str = Field(pattern=ENTITY_ID_PATTERN)
    start: date | None = Field(default=None, description="First day the relation holds.")
    end: date | None = Field(default=None, description="Last day it holds; empty while it still does.")
    source: str = Field(min_length=1, description="Citation for the row: publisher and URL.")
    note: str | None = Field(default=None, description="A remark on the row ('joined as the Federal Republic').")

    def holds_on(self, day: date) -> bool:
        """True when the relation holds on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a claim file: path and 1-based line and column."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class ClaimSet(FrozenModel):
    """Documents, entities, claims and reference relations, as in one claim file.

    Lookups (:meth:`claim`, :meth:`document`, :meth:`entity`, :meth:`entity_by_name`,
    :meth:`by_kind`) are built once on first use.
    """

    schema_version: Literal[1] = Field(default=1, description="Claim-file format version.")
    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[ReferenceRelation, ...] = ()

    # -- lookups ------------------------------------------------------------------
    @cached_property
    def _claims_by_id(self) -> dict[str, list[Claim]]:
        table: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            table[claim.id].append(claim)
        return dict(table)

    @cached_property
    def _documents_by_id(self) -> dict[str, Document]:
        return {document.id: document for document in self.documents}

    @cached_property
    def _entities_by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}

    @cached_property
    def _entities_by_name(self) -> dict[str, list[Entity]]:
        table: dict[str, list[Entity]] = defaultdict(list)
        for entity in self.entities:
            for name in dict.fromkeys(_name_key(n) for n in entity.names):
                table[name].append(entity)
        return dict(table)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with ``claim_id`` (the first, if the id is duplicated)."""
        found = self._claims_by_id.get(claim_id)
        return found[0] if found else None

    def claims_with_id(self, claim_id: str) -> tuple[Claim, ...]:
        """Every claim with ``claim_id`` (more than one is a defect the checks report)."""
        return tuple(self._claims_by_id.get(claim_id, ()))

    def document(self, document_id: str) -> Document | None:
        """The document with ``document_id``."""
        return self._documents_by_id.get(document_id)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with ``entity_id``."""
        return self._entities_by_id.get(entity_id)

    def entity_by_name(self, name: str) -> tuple[Entity, ...]:
        """Entities whose name or an alias is ``name`` (case and a leading 'the' ignored).

        More than one result means the name is ambiguous; callers report it, not guess.
        """
        return tuple(self._entities_by_name.get(_name_key(name), ()))

    def by_kind(self, kind: str) -> tuple[Claim, ...]:
        """The claims of one kind, in set order."""
        return tuple(claim for claim in self.claims if claim.kind == kind)

    def claims_of(self, document_id: str) -> tuple[Claim, ...]:
        """The claims drawn from one document."""
        return tuple(claim for claim in self.claims if claim.document == document_id)

    def relations_of(self, subject: str, relation: str | None = None) -> tuple[ReferenceRelation, ...]:
        """Reference relations of ``subject`` (optionally of one relation)."""
        return tuple(
            row for row in self.relations if row.subject == subject and (relation is None or row.relation == relation)
        )

    def __iter__(self) -> Iterator[Claim]:  # type: ignore[override]
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    # -- building -----------------------------------------------------------------
    def sorted(self) -> ClaimSet:
        """The same set in canonical order: documents and entities by id, claims by position."""
        return ClaimSet(
            documents=tuple(sorted(self.documents, key=lambda d: d.id)),
            entities=tuple(sorted(self.entities, key=lambda e: e.id)),
            claims=tuple(sorted(self.claims, key=_claim_order)),
            relations=tuple(sorted(self.relations, key=lambda r: (r.subject, r.relation, r.object, str(r.start)))),
        )

    @classmethod
    def merge(cls, sets: Iterable[ClaimSet]) -> ClaimSet:
        """One set holding everything of ``sets``; identical entities are kept once."""
        documents: list[Document] = []
        entities: dict[str, Entity] = {}
        claims: list[Claim] = []
        relations: list[ReferenceRelation] = []
        for part in sets:
            documents.extend(part.documents)
            for entity in part.entities:
                entities.setdefault(entity.id, entity)
            claims.extend(part.claims)
            relations.extend(part.relations)
        return cls(
            documents=tuple(documents),
            entities=tuple(entities.values()),
            claims=tuple(claims),
            relations=tuple(relations),
        )


def _claim_order(claim: Claim) -> tuple[str, int, int, str, tuple[tuple[int, int], ...], str]:
    span = claim.span
    # The further spans order claims that share their own span (each holder of a list).
    spans = claim.provenance.spans
    others = tuple([(s.start, s.end) for s in spans[1:]]) if len(spans) > 1 else ()
    return (claim.document, span.start, span.end, claim.kind, others, claim.id)


def _name_key(name: str) -> str:
    """The lookup key of a name: accents, dots, apostrophe style, spacing and a leading 'the' ignored.

    Short all-capital names ("US", "UAE", "IDF") keep their case, so that the codes do not
    match everyday words ("us", "and", "can").
    """
    folded = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = plain.replace(".", "").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    key = " ".join(words)
    if len(key) <= 3 and key.isalpha() and key.isupper():
        return "=" + key
    return key.casefold()


CLAIM_ADAPTER: TypeAdapter[Claim] = TypeAdapter(Claim)
