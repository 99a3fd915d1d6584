"""The reference data in ``claims/reference``: countries, organisations, people, NATO membership.

Expectations are written by hand from the sources (ISO 3166-1, NATO's member list, the
founding article and ``sources.md``), not copied from what the code produces.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import factcheck
from factcheck import ClaimSet, EntityKind

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "claims" / "reference"
FILES = sorted(REFERENCE.glob("*.yaml"))
EXPECTED_FILES = {"countries.yaml", "nato-membership.yaml", "organisations.yaml", "people.yaml"}

NATO = "org:nato"

# Names that may stand for more than one entity. Empty: no ambiguity is needed so far.
AMBIGUOUS_NAMES_ALLOWED: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def reference() -> ClaimSet:
    return factcheck.load(REFERENCE)


@pytest.fixture(scope="module")
def nato_rows(reference: ClaimSet) -> dict[str, factcheck.ReferenceRelation]:
    rows = [r for r in reference.relations if r.relation == "member_of" and r.object == NATO]
    by_subject = {row.subject: row for row in rows}
    assert len(by_subject) == len(rows), "a NATO member is listed twice"
    return by_subject


def _file_id(path: Path) -> str:
    return path.name


# -- the files ---------------------------------------------------------------------------


def test_the_reference_files_are_all_there() -> None:
    assert {path.name for path in FILES} >= EXPECTED_FILES


@pytest.mark.parametrize("path", FILES, ids=_file_id)
def test_each_file_loads_and_is_not_empty(path: Path) -> None:
    claim_set = factcheck.load(path)
    assert claim_set.entities or claim_set.relations
    assert not claim_set.claims
    assert not claim_set.documents


@pytest.mark.parametrize("path", FILES, ids=_file_id)
def test_each_file_round_trips_byte_for_byte(path: Path) -> None:
    assert factcheck.dumps(factcheck.load(path)).encode("utf-8") == path.read_bytes()


def test_the_folder_loads_as_one_set(reference: ClaimSet) -> None:
    kinds = Counter(entity.kind for entity in reference.entities)
    # ISO 3166-1 has 249 officially assigned alpha-2 codes.
    assert kinds[EntityKind.COUNTRY] == 249
    assert kinds[EntityKind.PERSON] >= 14
    assert kinds[EntityKind.MEDIA_OUTLET] >= 44
    assert len(reference.relations) == 32


# -- countries -----------------------------------------------------------------------------


def test_countries_file_is_what_pycountry_regenerates() -> None:
    """Integrity: the committed file is exactly the generator's output (regenerate on change)."""
    from factcheck._internal.countries import countries_claimset, countries_from_pycountry

    path = REFERENCE / "countries.yaml"
    assert factcheck.load(path).entities == countries_from_pycountry()
    assert factcheck.dumps(countries_claimset()) == path.read_text(encoding="utf-8")


def test_countries_cite_pycountry_and_its_version() -> None:
    from importlib.metadata import version

    countries = factcheck.load(REFERENCE / "countries.yaml").entities
    assert {c.source for c in countries} == {f"ISO 3166-1 via pycountry {version('pycountry')}"}


def test_country_ids_are_alpha_2_codes() -> None:
    countries = factcheck.load(REFERENCE / "countries.yaml").entities
    for country in countries:
        namespace, code = country.id.split(":")
        assert namespace == "country"
        assert len(code) == 2
        assert code.isascii()
        assert code.isupper()
        assert country.kind is EntityKind.COUNTRY


@pytest.mark.parametrize(
    ("entity_id", "name", "aliases"),
    [
        # Written from ISO 3166-1: common name shown, ISO name, official name and alpha-3 kept.
        ("country:IR", "Iran", ("Iran, Islamic Republic of", "Islamic Republic of Iran", "IRN")),
        ("country:GB", "United Kingdom", ("United Kingdom of Great Britain and Northern Ireland", "GBR")),
        ("country:RU", "Russian Federation", ("RUS", "Russia")),
        ("country:TR", "Türkiye", ("Republic of Türkiye", "TUR", "Turkey")),
        ("country:CZ", "Czechia", ("Czech Republic", "CZE")),
    ],
)
def test_country_names_come_from_iso(
    reference: ClaimSet, entity_id: str, name: str, aliases: tuple[str, ...]
) -> None:
    country = reference.entity(entity_id)
    assert country is not None
    assert country.name == name
    assert country.aliases[: len(aliases)] == aliases


def test_country_aliases_are_ordered_unique_and_not_the_name() -> None:
    from factcheck._internal.countries import countries_from_pycountry

    first = countries_from_pycountry()
    assert first == countries_from_pycountry()
    for country in first:
        assert len(set(country.aliases)) == len(country.aliases), country.id
        assert country.name not in country.aliases, country.id


def test_press_names_are_for_real_codes_and_are_used() -> None:
    from factcheck._internal.countries import PRESS_NAMES, countries_from_pycountry

    countries = {c.id: c for c in countries_from_pycountry()}
    for code, names in PRESS_NAMES.items():
        country = countries.get(f"country:{code}")
        assert country is not None, code
        for name in names:
            assert name in country.names, (code, name)


def test_pycountry_is_not_imported_by_the_package() -> None:
    """pycountry is a dev extra: importing every factcheck module must not pull it in."""
    script = (
        "import importlib, pkgutil, sys, factcheck\n"
        "for m in pkgutil.walk_packages(factcheck.__path__, 'factcheck.'):\n"
        "    importlib.import_module(m.name)\n"
        "assert 'factcheck._internal.countries' in sys.modules\n"
        "sys.exit(3 if 'pycountry' in sys.modules else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr or "pycountry was imported"


# -- ids and names ---------------------------------------------------------------------------


def test_entity_ids_are_unique_across_the_files() -> None:
    # Loaded file by file: merging keeps only the first entity of a duplicated id.
    counts = Counter(entity.id for path in FILES for entity in factcheck.load(path).entities)
    assert [entity_id for entity_id, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("prefix", "kinds"),
    [
        ("country", {EntityKind.COUNTRY}),
        ("person", {EntityKind.PERSON}),
        ("outlet", {EntityKind.MEDIA_OUTLET}),
        (
            "org",
            {
                EntityKind.ORGANISATION,
                EntityKind.ALLIANCE,
                EntityKind.GOVERNMENT_BODY,
                EntityKind.ARMED_FORCE,
            },
        ),
    ],
)
def test_id_namespace_matches_the_kind(reference: ClaimSet, prefix: str, kinds: set[EntityKind]) -> None:
    matching = [e for e in reference.entities if e.id.startswith(f"{prefix}:")]
    assert matching
    assert {e.kind for e in matching} <= kinds


def test_every_entity_has_a_namespace_we_know(reference: ClaimSet) -> None:
    namespaces = {entity.id.split(":")[0] for entity in reference.entities}
    assert namespaces == {"country", "org", "outlet", "person"}


def test_every_hand_written_entity_has_a_source_and_description() -> None:
    for name in ("organisations.yaml", "people.yaml"):
        for entity in factcheck.load(REFERENCE / name).entities:
            assert entity.source and entity.source.strip(), entity.id
            assert entity.description and entity.description.strip(), entity.id


@pytest.mark.parametrize("path", FILES, ids=_file_id)
def test_aliases_are_unique_and_not_the_name(path: Path) -> None:
    for entity in factcheck.load(path).entities:
        assert len(set(entity.aliases)) == len(entity.aliases), entity.id
        assert entity.name not in entity.aliases, entity.id


def test_no_name_stands_for_two_entities(reference: ClaimSet) -> None:
    """Case, dots and a leading 'the' are ignored, as ``entity_by_name`` does."""
    ambiguous = {
        name: sorted(e.id for e in reference.entity_by_name(name))
        for entity in reference.entities
        for name in entity.names
        if len(reference.entity_by_name(name)) > 1
    }
    assert {k: v for k, v in ambiguous.items() if k not in AMBIGUOUS_NAMES_ALLOWED} == {}


def test_name_lookup_ignores_case_dots_and_the() -> None:
    # Made-up entities that only differ in the ignored details must collide ...
    claim_set = ClaimSet(
        entities=(
            factcheck.Entity(id="org:a", kind=EntityKind.OTHER, name="The Unx Office"),
            factcheck.Entity(id="org:b", kind=EntityKind.OTHER, name="unx office"),
            factcheck.Entity(id="org:c", kind=EntityKind.OTHER, name="U.N.X."),
        )
    )
    assert {e.id for e in claim_set.entity_by_name("UNX OFFICE")} == {"org:a", "org:b"}
    # ... but a short all-capital name is a code and keeps its case, so "unx" is not "UNX".
    assert {e.id for e in claim_set.entity_by_name("UNX")} == {"org:c"}
    assert claim_set.entity_by_name("unx") == ()


def test_codes_do_not_match_everyday_words() -> None:
    reference = factcheck.load(REFERENCE)
    for word in ("and", "are", "can", "us", "per", "mar", "gin"):
        assert reference.entity_by_name(word) == (), word
    assert [e.id for e in reference.entity_by_name("CAN")] == ["country:CA"]


def test_curly_apostrophes_and_accents_are_ignored() -> None:
    reference = factcheck.load(REFERENCE)
    assert [e.id for e in reference.entity_by_name("Poland\u2019s Foreign Ministry")] == ["org:pl-mfa"]
    assert [e.id for e in reference.entity_by_name("Pawel Wronski")] == ["person:pawel-wronski"]


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Great Britain", "country:GB"),
        ("the UK", "country:GB"),
        ("Britain", "country:GB"),
        ("United Kingdom", "country:GB"),
        ("the United Kingdom", "country:GB"),
        ("U.S.", "country:US"),
        ("the US", "country:US"),
        ("the United States", "country:US"),
        ("USA", "country:US"),
        ("Russia", "country:RU"),
        ("Iran", "country:IR"),
        ("South Korea", "country:KR"),
        ("North Korea", "country:KP"),
        ("Macedonia", "country:MK"),
        ("Czech Republic", "country:CZ"),
        ("Turkey", "country:TR"),
        ("Zelensky", "person:volodymyr-zelenskyy"),
        ("Zelenskiy", "person:volodymyr-zelenskyy"),
        ("Zelenskyy", "person:volodymyr-zelenskyy"),
        ("Vladimir Zelensky", "person:volodymyr-zelenskyy"),
        ("Rear Adm. Daniel Hagari", "person:daniel-hagari"),
        ("Maj. Gen. Pat Ryder", "person:pat-ryder"),
        ("Pawel Wronski", "person:pawel-wronski"),
        ("Wroński", "person:pawel-wronski"),
        ("IDF", "org:idf"),
        ("Israel Defense Forces", "org:idf"),
        ("Israeli military", "org:idf"),
        ("Tsahal", "org:idf"),
        ("CENTCOM", "org:centcom"),
        ("U.S. Central Command", "org:centcom"),
        ("the Pentagon", "org:us-dod"),
        ("Pentagon", "org:us-dod"),
        ("NATO", "org:nato"),
        ("the Alliance", "org:nato"),
        ("North Atlantic Treaty Organization", "org:nato"),
        ("AFU", "org:armed-forces-of-ukraine"),
        ("Ukrainian Armed Forces", "org:armed-forces-of-ukraine"),
        ("Polish Foreign Ministry", "org:pl-mfa"),
        ("Poland's Foreign Ministry", "org:pl-mfa"),
        ("Stavka", "org:stavka"),
        ("NV", "outlet:nv"),
        ("The New Voice of Ukraine", "outlet:nv"),
        ("BILD", "outlet:bild"),
        ("Bild newspaper", "outlet:bild"),
        ("Ukrinform", "outlet:ukrinform"),
        ("Jerusalem Post", "outlet:jerusalem-post"),
        ("VOA", "outlet:voa"),
        ("Eurointegration", "outlet:eurointegration"),
    ],
)
def test_known_names_resolve(reference: ClaimSet, name: str, entity_id: str) -> None:
    assert [e.id for e in reference.entity_by_name(name)] == [entity_id]


@pytest.mark.parametrize(
    "name",
    # Countries named in the founding article, as written there.
    ["Estonia", "Great Britain", "Poland", "Canada", "Lithuania", "France", "the United States",
     "Germany", "Israel", "the United Kingdom", "Jordan", "Ukraine", "Iran"],
)
def test_every_country_of_the_founding_article_resolves(reference: ClaimSet, name: str) -> None:
    [entity] = reference.entity_by_name(name)
    assert entity.kind is EntityKind.COUNTRY


def test_unknown_names_do_not_resolve(reference: ClaimSet) -> None:
    assert reference.entity_by_name("Atlantis") == ()
    assert reference.entity_by_name("a senior US military official") == ()


# -- NATO membership -------------------------------------------------------------------------

FOUNDING_MEMBERS = {"BE", "CA", "DK", "FR", "IS", "IT", "LU", "NL", "NO", "PT", "GB", "US"}
ACCESSIONS = {
    "GR": date(1952, 2, 18),
    "TR": date(1952, 2, 18),
    "DE": date(1955, 5, 6),
    "ES": date(1982, 5, 30),
    "CZ": date(1999, 3, 12),
    "HU": date(1999, 3, 12),
    "PL": date(1999, 3, 12),
    "BG": date(2004, 3, 29),
    "EE": date(2004, 3, 29),
    "LV": date(2004, 3, 29),
    "LT": date(2004, 3, 29),
    "RO": date(2004, 3, 29),
    "SK": date(2004, 3, 29),
    "SI": date(2004, 3, 29),
    "AL": date(2009, 4, 1),
    "HR": date(2009, 4, 1),
    "ME": date(2017, 6, 5),
    "MK": date(2020, 3, 27),
    "FI": date(2023, 4, 4),
    "SE": date(2024, 3, 7),
}


def test_nato_has_32_members(nato_rows: dict[str, factcheck.ReferenceRelation]) -> None:
    assert len(nato_rows) == 32
    assert len(FOUNDING_MEMBERS) + len(ACCESSIONS) == 32


def test_nato_is_an_alliance(reference: ClaimSet) -> None:
    nato = reference.entity(NATO)
    assert nato is not None
    assert nato.kind is EntityKind.ALLIANCE


def test_every_member_is_a_country_entity(
    reference: ClaimSet, nato_rows: dict[str, factcheck.ReferenceRelation]
) -> None:
    for subject in nato_rows:
        entity = reference.entity(subject)
        assert entity is not None, subject
        assert entity.kind is EntityKind.COUNTRY, subject


def test_founding_members_joined_when_the_treaty_entered_into_force(
    nato_rows: dict[str, factcheck.ReferenceRelation],
) -> None:
    founders = {s.removeprefix("country:") for s, r in nato_rows.items() if r.start == date(1949, 8, 24)}
    assert founders == FOUNDING_MEMBERS


@pytest.mark.parametrize(("code", "joined"), sorted(ACCESSIONS.items()))
def test_accession_dates(
    nato_rows: dict[str, factcheck.ReferenceRelation], code: str, joined: date
) -> None:
    row = nato_rows[f"country:{code}"]
    assert row.start == joined
    assert row.end is None


def test_spot_checks_on_membership(nato_rows: dict[str, factcheck.ReferenceRelation]) -> None:
    assert nato_rows["country:EE"].start == date(2004, 3, 29)
    assert nato_rows["country:SE"].start == date(2024, 3, 7)
    assert not nato_rows["country:FI"].holds_on(date(2023, 1, 1))
    assert nato_rows["country:FI"].holds_on(date(2023, 4, 4))
    assert nato_rows["country:GB"].holds_on(date(2024, 4, 13))
    assert nato_rows["country:SE"].holds_on(date(2024, 5, 27))
    assert not nato_rows["country:SE"].holds_on(date(2024, 3, 6))


def test_ukraine_and_israel_are_not_members(reference: ClaimSet) -> None:
    # Zelenskyy, 15 April 2024: Ukraine "like Israel, is not a member of NATO".
    assert reference.relations_of("country:UA", "member_of") == ()
    assert reference.relations_of("country:IL", "member_of") == ()


def test_every_relation_row_cites_a_source(reference: ClaimSet) -> None:
    assert reference.relations
    for row in reference.relations:
        assert row.source.strip(), row.subject
    assert {row.source for row in reference.relations} == {
        'NATO, "Member countries" and "Enlargement and Article 10", '
        "https://www.nato.int/cps/en/natohq/topics_52044.htm"
    }


def test_every_relation_points_at_known_entities(reference: ClaimSet) -> None:
    for row in reference.relations:
        assert reference.entity(row.subject) is not None, row.subject
        assert reference.entity(row.object) is not None, row.object
