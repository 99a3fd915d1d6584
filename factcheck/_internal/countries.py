"""Country entities built from ISO 3166-1 (pycountry), plus the names the press uses.

The ISO list itself comes from pycountry and is never typed by hand; the only hand-kept
part is :data:`PRESS_NAMES`, the short names newspapers write ("the UK", "Russia").
pycountry is a development dependency, so it is imported inside the function, never at
import time of the package.

Regenerate ``claims/reference/countries.yaml`` after a pycountry upgrade or an overlay
change with::

    python -m factcheck._internal.countries
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

from factcheck.claimset import ClaimSet
from factcheck.entities import Entity, EntityKind

__all__ = ["COUNTRIES_FILE", "PRESS_NAMES", "countries_claimset", "countries_from_pycountry"]

#: Where the generated country entities are committed.
COUNTRIES_FILE = Path(__file__).resolve().parents[2] / "claims" / "reference" / "countries.yaml"

#: Press names by ISO 3166-1 alpha-2 code, added after pycountry's own names.
PRESS_NAMES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE",),
    "BN": ("Brunei",),
    "BO": ("Bolivia",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "CZ": ("Czech Republic",),
    "FM": ("Micronesia",),
    "GB": ("Great Britain", "Britain", "the UK", "UK", "U.K.", "the United Kingdom"),
    "IR": ("Iran",),
    "KP": ("North Korea",),
    "KR": ("South Korea",),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "PS": ("Palestine",),
    "RU": ("Russia",),
    "SY": ("Syria",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "TR": ("Turkey", "Turkiye"),
    "TW": ("Taiwan",),
    "TZ": ("Tanzania",),
    "US": ("the US", "US", "U.S.", "the U.S.", "USA", "the United States", "America"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "VE": ("Venezuela",),
    "VN": ("Vietnam",),
}


def countries_from_pycountry() -> tuple[Entity, ...]:
    """One ``country:<alpha_2>`` entity per ISO 3166-1 country, sorted by id.

    The display name is pycountry's ``common_name`` when it has one, else ``name``. The
    aliases are, in this order and without repeats or the display name: pycountry's
    ``name``, ``official_name`` and ``common_name``, the alpha-3 code, then
    :data:`PRESS_NAMES`.
    """
    import pycountry

    source = f"ISO 3166-1 via pycountry {version('pycountry')}"
    entities: list[Entity] = []
    for country in pycountry.countries:
        alpha_2: str = country.alpha_2
        official: str | None = getattr(country, "official_name", None)
        common: str | None = getattr(country, "common_name", None)
        display = common or country.name
        candidates = (country.name, official, common, country.alpha_3, *PRESS_NAMES.get(alpha_2, ()))
        aliases = tuple(
            dict.fromkeys(name for name in candidates if name is not None and name != display)
        )
        entities.append(
            Entity(
                id=f"country:{alpha_2}",
                kind=EntityKind.COUNTRY,
                name=display,
                aliases=aliases,
                source=source,
            )
        )
    return tuple(sorted(entities, key=lambda entity: entity.id))


def countries_claimset() -> ClaimSet:
    """The claim set written to ``countries.yaml``: the country entities and nothing else."""
    return ClaimSet(entities=countries_from_pycountry())


if __name__ == "__main__":
    from factcheck.files import dump

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else COUNTRIES_FILE
    dump(countries_claimset(), target)
    print(f"wrote {len(countries_claimset().entities)} countries to {target}")
