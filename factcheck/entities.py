"""Entities (countries, organisations, people, outlets) and references to them.

An :class:`Entity` is a canonical id with a display name and aliases; an
:class:`EntityRef` is a mention as written in a text, resolved to an entity or not.
Unknown names are kept as written (``entity: null``), never dropped.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from factcheck._model import ENTITY_ID_PATTERN, FrozenModel

__all__ = ["Entity", "EntityKind", "EntityRef", "RefResolution"]


class EntityKind(StrEnum):
    """What sort of thing an entity is."""

    COUNTRY = "country"
    ORGANISATION = "organisation"
    ALLIANCE = "alliance"
    GOVERNMENT_BODY = "government_body"
    ARMED_FORCE = "armed_force"
    MEDIA_OUTLET = "media_outlet"
    PERSON = "person"
    PLACE = "place"
    OTHER = "other"


class Entity(FrozenModel):
    """A known entity: ``country:GB`` is "United Kingdom", also "Great Britain", "the UK"."""

    id: str = Field(pattern=ENTITY_ID_PATTERN)
    kind: EntityKind
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = Field(default=(), description="Other names, spellings, transliterations.")
    description: str | None = None
    source: str | None = Field(default=None, description="Where the entity's data comes from.")

    @property
    def names(self) -> tuple[str, ...]:
        """The display name followed by the aliases."""
        return (self.name, *self.aliases)


class RefResolution(StrEnum):
    """How a mention was tied to its entity."""

    EXACT = "exact"
    ALIAS = "alias"
    FUZZY = "fuzzy"
    PRONOUN = "pronoun"
    MANUAL = "manual"
    UNRESOLVED = "unresolved"


class EntityRef(FrozenModel):
    """A mention of an entity as written ("He", "the US", "a senior US military official")."""

    text: str = Field(min_length=1, description="The mention as written.")
    entity: str | None = Field(default=None, pattern=ENTITY_ID_PATTERN, description="Canonical id, if resolved.")
    resolution: RefResolution = RefResolution.MANUAL
    antecedent: str | None = Field(
        default=None, description="For a pronoun: the earlier mention it was resolved to, as written."
    )

    @property
    def resolved(self) -> bool:
        """True when the mention is tied to a known entity."""
        return self.entity is not None and self.resolution is not RefResolution.UNRESOLVED

    @property
    def is_pronoun(self) -> bool:
        """True when the mention is a pronoun (resolved or not)."""
        return self.resolution is RefResolution.PRONOUN or self.text.casefold() in _PRONOUNS


_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i", "his", "their", "its"})
