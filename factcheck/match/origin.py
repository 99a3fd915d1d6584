"""Who a statement comes from, and whether a source is independent of the judged claim.

The *origin* of a claim is the innermost agent of its attribution chain ("US officials"
in "Jewish Press > CNN > US officials"), followed up the reference relations
``spokesperson_of``, ``head_of``, ``part_of`` and ``speaks_for`` to the body it speaks
for: Hagari speaks for the IDF, CENTCOM is part of the Department of Defense, which is
part of the US government. Several outlets relaying one report share one origin, so they
count as one confirmation, not several. A claim with no attribution beyond its publisher
originates with the publisher.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.claims import Claim
from factcheck.claimset import ReferenceRelation
from factcheck.document import Document
from factcheck.match.normalise import name_key

__all__ = ["HIERARCHY_RELATIONS", "Hierarchy", "claim_origin", "independence"]

HIERARCHY_RELATIONS = frozenset({"spokesperson_of", "head_of", "part_of", "speaks_for"})


@dataclass(frozen=True)
class Hierarchy:
    """Parent links between entities (an entity with several parents takes the first by id)."""

    parents: dict[str, str] = field(default_factory=dict)
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_relations(cls, relations: Iterable[ReferenceRelation]) -> Hierarchy:
        parents: dict[str, str] = {}
        for row in sorted(relations, key=lambda r: (r.subject, r.object)):
            if row.relation in HIERARCHY_RELATIONS and row.end is None:
                parents.setdefault(row.subject, row.object)
        return cls(parents)

    def ancestors(self, entity: str) -> tuple[str, ...]:
        """``entity`` followed by its parents up to the root (cycles are cut)."""
        cached = self._cache.get(entity)
        if cached is not None:
            return cached
        chain = [entity]
        while (parent := self.parents.get(chain[-1])) is not None and parent not in chain:
            chain.append(parent)
        found = self._cache[entity] = tuple(chain)
        return found

    def root(self, entity: str) -> str:
        """The outermost body ``entity`` speaks for or belongs to."""
        return self.ancestors(entity)[-1]


def claim_origin(claim: Claim, document: Document | None, hierarchy: Hierarchy) -> str:
    """The originator of ``claim``: an entity id, or ``text:<name>`` for an unresolved agent."""
    chain = claim.provenance.chain
    if len(chain) > 1:
        agent = chain[-1].agent
        if agent.entity:
            return hierarchy.root(agent.entity)
        return "text:" + name_key(agent.text)
    publisher = document.publisher if document is not None else None
    if publisher:
        return hierarchy.root(publisher) if ":" in publisher else "text:" + name_key(publisher)
    return "document:" + claim.document


def independence(judged: Document | None, evidence_claim: Claim, evidence: Document | None) -> str | None:
    """Why the evidence is *not* independent of the judged document, or None when it is.

    A syndicated copy of the judged document, another piece by the same publisher, or a
    text that cites the judged publisher confirms nothing.
    """
    if judged is None or evidence is None:
        return None
    if evidence.id == judged.id:
        return "the same document"
    origin = evidence.derived_from
    if origin is not None and origin.document == judged.id:
        return f"a copy of {judged.id}"
    if judged.publisher and evidence.publisher == judged.publisher:
        return f"published by the same publisher ({judged.publisher})"
    judged_names = {name_key(n) for n in _publisher_names(judged)}
    if origin is not None and name_key(origin.name) in judged_names:
        return f"derived from {origin.name}, the judged publisher"
    for link in evidence_claim.provenance.chain[1:]:
        if (link.agent.entity and link.agent.entity == judged.publisher) or name_key(link.agent.text) in judged_names:
            return f"cites {link.agent.text}, the judged publisher"
    return None


def _publisher_names(document: Document) -> tuple[str, ...]:
    names = [document.publisher or ""]
    if document.derived_from is not None:
        names.append(document.derived_from.name)
    return tuple(n for n in names if n)
