"""Normal forms the blocking keys are made of: counted things, predicates, texts.

"UAVs", "drones", "one-way attack drones" and "unmanned aerial vehicles" are one counted
thing (``uav``); "intercepted", "shot down" and "destroyed" are one predicate class
(``intercept``). A projectile total is the sum of its parts (drones, cruise missiles,
ballistic missiles). Anything not in the tables keeps its own normal form, so unknown
words still block exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.utils import default_process

__all__ = ["PARTS", "counted_key", "name_key", "predicate_key", "scoring_text"]

_COUNTED: dict[str, str] = {
    "drone": "uav",
    "uav": "uav",
    "unmanned aerial vehicle": "uav",
    "uncrewed aerial vehicle": "uav",
    "unmanned aerial vehicles (uavs)": "uav",
    "attack drone": "uav",
    "one-way attack drone": "uav",
    "one-way attack uav": "uav",
    "iranian uav drone": "uav",
    "drone de ataque": "uav",
    "ballistic missile": "ballistic missile",
    "medium-range ballistic missile": "ballistic missile",
    "míssil balístico": "ballistic missile",
    "cruise missile": "cruise missile",
    "land attack cruise missile": "cruise missile",
    "land-attack cruise missile": "cruise missile",
    "projectile": "projectile",
    "air threat": "projectile",
    "threat": "projectile",
    "drones and missile": "projectile",
    "drones, cruise missiles and ballistic missile": "projectile",
    "missiles and drone": "projectile",
    "missiles and uav": "projectile",
}

#: A whole and its parts: a total of projectiles is drones + cruise + ballistic missiles.
PARTS: dict[str, tuple[str, ...]] = {"projectile": ("ballistic missile", "cruise missile", "uav")}

_PREDICATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "intercept",
        ("intercept", "shot down", "shoot down", "destroy", "downed", "take down", "took down", "eliminat"),
    ),
    ("launch", ("launch", "fired", "fire ", "sent", "lançad")),
    ("attack", ("attack",)),
    ("decide", ("decide", "decision")),
)

_SPACE = re.compile(r"\s+")


def _singular(word: str) -> str:
    # Plain English plurals only; irregular ones are listed in the table above.
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def counted_key(normalised: str) -> str:
    """The blocking form of a counted thing: lowercase, last word singular, synonyms folded."""
    text = _SPACE.sub(" ", normalised.strip().casefold())
    words = text.split(" ")
    words[-1] = _singular(words[-1])
    singular = " ".join(words)
    return _COUNTED.get(singular, _COUNTED.get(text, singular))


@lru_cache(maxsize=65536)
def predicate_key(predicate: str | None) -> str:
    """The predicate class ("intercept", "launch", ...) or the predicate's own normal form."""
    if not predicate:
        return ""
    text = _SPACE.sub(" ", predicate.strip().casefold())
    for key, stems in _PREDICATES:
        if any(stem in text for stem in stems):
            return key
    return text


def scoring_text(text: str) -> str:
    """Text as rapidfuzz's ``default_process`` prepares it (lowercase, alphanumerics, spaces)."""
    return str(default_process(text))


def name_key(name: str) -> str:
    """A name compared loosely: case, spacing, curly apostrophes and a leading 'the' ignored."""
    words = _SPACE.sub(" ", name.replace("\u2019", "'").strip().casefold()).split(" ")
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)
