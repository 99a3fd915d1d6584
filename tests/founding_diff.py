"""Compare extracted claims with the hand-written founding claims, field by field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.claimset import ClaimSet

#: Fields compared for every kind (besides the id, which fixes kind and spans). ``note`` and
#: the extraction method are the annotator's, not the text's.
IGNORED = {"id", "kind", "text", "note", "provenance"}


def _chain(claim: Any) -> list[tuple[str | None, str, str | None]]:
    return [
        (link.agent.entity, link.cue, link.date.start.isoformat() if link.date and link.date.start else None)
        for link in claim.provenance.chain
    ]


@dataclass
class Diff:
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    differing: dict[str, list[str]] = field(default_factory=dict)

    @property
    def exact(self) -> list[str]:
        return [claim_id for claim_id in self.matched if claim_id not in self.differing]

    def render(self, expected: ClaimSet, extracted: ClaimSet) -> str:
        lines = [
            f"founding round trip: {len(self.matched)}/{len(expected.claims)} claims matched by id "
            f"({len(self.exact)} with every field equal), {len(self.missing)} missing, {len(self.extra)} extra"
        ]
        for claim in expected.claims:
            if claim.id in self.missing:
                lines.append(f"  missing  {claim.id} {claim.kind:<9} {claim.text[:70]!r}")
            elif claim.id in self.differing:
                lines.append(f"  differs  {claim.id} {claim.kind:<9} {claim.text[:70]!r}")
                lines.extend(f"             {line}" for line in self.differing[claim.id])
            else:
                lines.append(f"  matched  {claim.id} {claim.kind:<9} {claim.text[:70]!r}")
        for claim in extracted.claims:
            if claim.id in self.extra:
                lines.append(f"  extra    {claim.id} {claim.kind:<9} {claim.text[:70]!r}")
        return "\n".join(lines)


def compare(expected: ClaimSet, extracted: ClaimSet) -> Diff:
    """Match claims by id (kind and spans) and list the fields that differ."""
    diff = Diff()
    got = {claim.id: claim for claim in extracted.claims}
    wanted = {claim.id for claim in expected.claims}
    for claim in expected.claims:
        other = got.get(claim.id)
        if other is None:
            diff.missing.append(claim.id)
            continue
        diff.matched.append(claim.id)
        mine = claim.model_dump(mode="json", exclude_none=True)
        theirs = other.model_dump(mode="json", exclude_none=True)
        problems = []
        for key in sorted((set(mine) | set(theirs)) - IGNORED):
            if mine.get(key) != theirs.get(key):
                problems.append(f"{key}: expected {mine.get(key)!r}, got {theirs.get(key)!r}")
        if _chain(claim) != _chain(other):
            problems.append(f"chain: expected {_chain(claim)!r}, got {_chain(other)!r}")
        if problems:
            diff.differing[claim.id] = problems
    diff.extra = [claim.id for claim in extracted.claims if claim.id not in wanted]
    return diff
