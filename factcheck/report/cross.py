"""Cross-verification of a set of documents: each document's claims against all the others.

``factcheck report claims/`` loads an article and its sources together; with no
``--against``, each document is verified against every other document (and the reference
data), so every claim shows what the other sources say. The matcher decides independence
(a syndicated copy or a relay of the same origin confirms nothing).
"""

from __future__ import annotations

from factcheck.claimset import ClaimSet
from factcheck.verdicts import Verdict, Verdicts

__all__ = ["cross_verify"]


def cross_verify(claims: ClaimSet) -> Verdicts:
    """Verdicts on every claim of ``claims``, each document judged against the others."""
    from factcheck.match import verify

    found: list[Verdict] = []
    for document in sorted(claims.documents, key=lambda d: d.id):
        own = tuple(claim for claim in claims.claims if claim.document == document.id)
        if not own:
            continue
        mine = ClaimSet(documents=(document,), entities=claims.entities, claims=own, relations=claims.relations)
        others = ClaimSet(
            documents=tuple(d for d in claims.documents if d.id != document.id),
            entities=claims.entities,
            claims=tuple(claim for claim in claims.claims if claim.document != document.id),
            relations=claims.relations,
        )
        found.extend(verify(mine, others))
    return Verdicts(verdicts=tuple(sorted(found, key=lambda verdict: verdict.claim_id)))
