"""The base configuration every factcheck model shares."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["ENTITY_ID_PATTERN", "ID_PATTERN", "FrozenModel"]

#: Document and claim ids: lowercase letters, digits, dots, hyphens and underscores.
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,127}$"
#: Entity ids carry their namespace: ``country:GB``, ``org:nato``, ``person:volodymyr-zelenskyy``.
ENTITY_ID_PATTERN = r"^[a-z]+:[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"


class FrozenModel(BaseModel):
    """Immutable, strict about unknown fields, and with values checked on construction."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )
