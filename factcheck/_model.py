"""The base configuration every factcheck model shares."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["ENTITY_ID_PATTERN", "ID_PATTERN", "FrozenModel", "replaced", "trusted", "trusted_whole"]

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


_Model = TypeVar("_Model", bound=FrozenModel)
_new_object = object.__new__
# The setters of the four instance slots every pydantic model has. Calling them directly
# skips the attribute look-up of ``object.__setattr__(instance, name, value)``: about a third
# of what building a model costs here.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


_DEFAULTS: dict[type[FrozenModel], dict[str, Any]] = {}


def _defaults(cls: type[FrozenModel]) -> dict[str, Any]:
    """The model's fields in declaration order, each with its default (required ones: None)."""
    found = _DEFAULTS.get(cls)
    if found is None:
        factories = [name for name, info in cls.model_fields.items() if info.default_factory is not None]
        if factories:
            # A cached factory default would be one object shared by every instance.
            raise TypeError(f"trusted() cannot build {cls.__name__}: default factories on {', '.join(factories)}")
        found = _DEFAULTS[cls] = {
            name: None if info.is_required() else info.get_default() for name, info in cls.model_fields.items()
        }
    return found


def trusted(cls: type[_Model], values: dict[str, Any], given: set[str] | None = None) -> _Model:
    """A ``cls`` instance holding ``values`` (every required field), without validating them.

    Internal, for the extractor's hot path only: for values built from validated parts, where
    every check the model would make holds by construction (each caller says why). The
    result equals the validated model (tests compare them). Validating instead re-runs the
    "after" validators of every nested model passed in, and ``model_construct`` costs more
    than validating. ``given`` is the field set validation would record (default: the keys
    of ``values``). Files and user input are always validated.
    """
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _defaults(cls)
    instance = _new_object(cls)
    _set_dict(instance, {**defaults, **values})
    _set_fields_set(instance, set(values) if given is None else given)
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


def trusted_whole(cls: type[_Model], values: dict[str, Any], given: set[str]) -> _Model:
    """:func:`trusted` for ``values`` that hold every field of ``cls``, in declaration order.

    Nothing to fill in from the defaults, so the hottest constructions (spans) skip that
    step; ``given`` is a fresh set of the field names. Tests compare the result, its repr
    and its field order with the validated model's.
    """
    instance = _new_object(cls)
    _set_dict(instance, values)
    _set_fields_set(instance, given)
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


def replaced(model: _Model, changes: dict[str, Any]) -> _Model:
    """``model.model_copy(update=changes)`` for a model without private or extra values, faster.

    Like ``model_copy`` it does not validate ``changes``: only for values the caller knows
    to be valid for those fields. The copy equals ``model_copy``'s (tests compare them).
    """
    data = model.__dict__.copy()
    data.update(changes)
    instance = _new_object(type(model))
    _set_dict(instance, data)
    _set_fields_set(instance, model.__pydantic_fields_set__ | changes.keys())
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance
