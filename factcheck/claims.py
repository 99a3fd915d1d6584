"""The claim kinds: ``quantity``, ``event``, ``statement``, ``stance`` and ``relation``.

Every claim is frozen and carries an ``id`` derived from its document, spans and kind
(see :func:`factcheck.ids.claim_id`), the ``text`` of its own span, its
:class:`~factcheck.provenance.Provenance`, a :class:`Modality` and a :class:`Polarity`.
:data:`Claim` is the union of the kinds, discriminated on ``kind``. References from one
claim to another (``part_of``, ``target``, ``repeats``) are claim ids.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import Field, model_validator

from factcheck._model import FrozenModel
from factcheck.document import Span
from factcheck.entities import EntityRef
from factcheck.ids import claim_id
from factcheck.provenance import Provenance, SpeechMode
from factcheck.quantity import Quantity, Term
from factcheck.timeref import TimeRef

__all__ = [
    "CLAIM_ID_PATTERN",
    "Claim",
    "ClaimKind",
    "EventClaim",
    "Modality",
    "Polarity",
    "QuantityClaim",
    "RelationClaim",
    "Stance",
    "StanceClaim",
    "StatementClaim",
    "Suppression",
]

CLAIM_ID_PATTERN = r"^[a-z]-[0-9a-f]{12}$"
ClaimId = Annotated[str, Field(pattern=CLAIM_ID_PATTERN)]
ClaimKind = Literal["quantity", "event", "statement", "stance", "relation"]


class Modality(StrEnum):
    """How firmly the claim is put. Negation is carried by :class:`Polarity`, not here."""

    ASSERTED = "asserted"  # stated as fact by the document
    REPORTED = "reported"  # stated as fact by a source the document cites
    HEDGED = "hedged"  # considered, could, may, reportedly
    PLANNED = "planned"  # plans, will, intends
    CONDITIONAL = "conditional"  # if ..., would

    @property
    def factual(self) -> bool:
        """True when the claim is put as a completed fact, so it can be checked as one."""
        return self in (Modality.ASSERTED, Modality.REPORTED)


class Polarity(StrEnum):
    """Whether the claim affirms or denies ("no final decision has been made")."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Suppression(FrozenModel):
    """A rule silenced for one claim, with the reason a reviewer gave."""

    code: str = Field(pattern=r"^FC[0-9]{3}$")
    reason: str = Field(min_length=3)


class _ClaimBase(FrozenModel):
    id: str = Field(default="", description="Derived from document, spans and kind; filled in when empty.")
    text: str = Field(description="The text of the claim's own span (provenance.spans[0]).")
    provenance: Provenance
    modality: Modality = Modality.ASSERTED
    polarity: Polarity = Polarity.POSITIVE
    note: str | None = Field(default=None, description="An annotator's remark.")
    suppress: tuple[Suppression, ...] = ()

    @model_validator(mode="after")
    def _check_identity(self) -> Self:
        span = self.provenance.span
        if self.text != span.text:
            raise ValueError(f"claim text {self.text!r} differs from its span text {span.text!r}")
        for other in self.provenance.spans:
            if other.document != self.provenance.document:
                raise ValueError(
                    f"span {other.start}..{other.end} is in document {other.document!r}, "
                    f"not the claim's document {self.provenance.document!r}"
                )
        kind: str = getattr(self, "kind")  # noqa: B009 - every subclass defines the tag
        expected = claim_id(kind, self.provenance.spans)
        if not self.id:
            object.__setattr__(self, "id", expected)
        elif self.id != expected:
            raise ValueError(f"claim id {self.id!r} does not match its content; the id for these spans is {expected!r}")
        return self

    @property
    def span(self) -> Span:
        """The claim's own span."""
        return self.provenance.span

    @property
    def document(self) -> str:
        """The id of the document the claim comes from."""
        return self.provenance.document

    def references(self) -> tuple[str, ...]:
        """Ids of the other claims this claim points to."""
        return ()

    def mentions(self) -> tuple[EntityRef, ...]:
        """Every entity mention of the claim, attribution agents included."""
        return tuple(link.agent for link in self.provenance.chain)


class QuantityClaim(_ClaimBase):
    """A figure about a counted thing: "the US intercepted more than 70 UAVs"."""

    kind: Literal["quantity"] = "quantity"
    value: Quantity
    counted: Term = Field(description="What is counted, as written and normalised.")
    actor: EntityRef | None = Field(default=None, description="Who did what is counted.")
    predicate: str | None = Field(default=None, description="What was done: 'intercepted', 'launched'.")
    event: ClaimId | None = Field(default=None, description="The event claim the figure measures.")
    part_of: ClaimId | None = Field(default=None, description="The quantity claim of the whole.")
    time: TimeRef | None = None
    place: EntityRef | None = None

    def references(self) -> tuple[str, ...]:
        return tuple(ref for ref in (self.event, self.part_of) if ref)

    def mentions(self) -> tuple[EntityRef, ...]:
        own = tuple(ref for ref in (self.actor, self.place) if ref is not None)
        return (*own, *super().mentions())


class EventClaim(_ClaimBase):
    """Something that happened or is happening: "Iran's drone and missile attack on Israel on April 13"."""

    kind: Literal["event"] = "event"
    predicate: str = Field(min_length=1, description="The event, normalised: 'attack', 'consider'.")
    actors: tuple[EntityRef, ...] = ()
    targets: tuple[EntityRef, ...] = ()
    time: TimeRef | None = None
    place: EntityRef | None = None
    follows: ClaimId | None = Field(default=None, description="An event this one is said to follow.")

    def references(self) -> tuple[str, ...]:
        return (self.follows,) if self.follows else ()

    def mentions(self) -> tuple[EntityRef, ...]:
        own = (*self.actors, *self.targets, *((self.place,) if self.place else ()))
        return (*own, *super().mentions())


class StatementClaim(_ClaimBase):
    """Who said what, when and where: "Zelenskyy pointed out in an April 15 ... meeting that ..."."""

    kind: Literal["statement"] = "statement"
    speaker: EntityRef
    cue: str = Field(min_length=1, description="The cue as written: 'pointed out', 'reiterated'.")
    content: Span = Field(description="What was said, as a span.")
    content_claims: tuple[ClaimId, ...] = Field(default=(), description="Claims made inside the content.")
    mode: SpeechMode = SpeechMode.INDIRECT
    time: TimeRef | None = None
    venue: str | None = None
    repeats: ClaimId | None = Field(default=None, description="For 'reiterated'/'repeated': the earlier statement.")

    def references(self) -> tuple[str, ...]:
        return (*self.content_claims, *((self.repeats,) if self.repeats else ()))

    def mentions(self) -> tuple[EntityRef, ...]:
        return (self.speaker, *super().mentions())


class Stance(StrEnum):
    """Support for, opposition to, or neutrality on a proposal."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    NEUTRAL = "neutral"


class StanceClaim(_ClaimBase):
    """One holder's stance on one target: "support from Estonia" on the initiative."""

    kind: Literal["stance"] = "stance"
    holder: EntityRef
    stance: Stance
    target: ClaimId | None = Field(default=None, description="The claim the stance is about.")
    target_text: str = Field(min_length=1, description="The target as written: 'the initiative'.")

    def references(self) -> tuple[str, ...]:
        return (self.target,) if self.target else ()

    def mentions(self) -> tuple[EntityRef, ...]:
        return (self.holder, *super().mentions())


class RelationClaim(_ClaimBase):
    """A relation between an entity and an entity or a claim: membership, a role."""

    kind: Literal["relation"] = "relation"
    subject: EntityRef
    relation: str = Field(min_length=1, pattern=r"^[a-z][a-z_]*$", description="'member_of', 'role_in'.")
    object: EntityRef | None = None
    object_claim: ClaimId | None = None
    time: TimeRef | None = None

    @model_validator(mode="after")
    def _check_object(self) -> Self:
        if (self.object is None) == (self.object_claim is None):
            raise ValueError("a relation needs exactly one of 'object' and 'object_claim'")
        return self

    def references(self) -> tuple[str, ...]:
        return (self.object_claim,) if self.object_claim else ()

    def mentions(self) -> tuple[EntityRef, ...]:
        own = (self.subject, *((self.object,) if self.object else ()))
        return (*own, *super().mentions())


Claim = Annotated[
    QuantityClaim | EventClaim | StatementClaim | StanceClaim | RelationClaim,
    Field(discriminator="kind"),
]
"""Any claim; pydantic picks the kind from the ``kind`` field."""


def claim_time(claim: Any) -> TimeRef | None:
    """The claim's own date, for the kinds that have one."""
    time = getattr(claim, "time", None)
    return time if isinstance(time, TimeRef) else None
