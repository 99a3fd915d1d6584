"""Entity mentions: finding names and resolving them (aliases, demonyms, near misses, ambiguity)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claimset import ClaimSet
from factcheck.entities import Entity, EntityKind, RefResolution
from factcheck.extraction.entities import EntityResolver, default_reference, find_entities

_SHARED = EntityResolver(default_reference())


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return _SHARED


def _found(text: str, resolver: EntityResolver) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.ref.entity) for m in find_entities(text, resolver=resolver)]


def test_aliases_of_one_country_resolve_to_it(resolver: EntityResolver) -> None:
    for name in ("the US", "the United States", "U.S.", "America"):
        assert resolver.resolve(name).ref.entity == "country:US", name
    for name in ("Great Britain", "Britain", "the United Kingdom", "the UK"):
        assert resolver.resolve(name).ref.entity == "country:GB", name


def test_transliterations_are_aliases(resolver: EntityResolver) -> None:
    for name in ("Zelenskyy", "Zelensky", "Zelenskiy"):
        ref = resolver.resolve(name).ref
        assert ref.entity == "person:volodymyr-zelenskyy"
        assert ref.resolution is RefResolution.ALIAS


def test_near_miss_resolves_fuzzily(resolver: EntityResolver) -> None:
    ref = resolver.resolve("Lithuaina").ref
    assert ref.entity == "country:LT"
    assert ref.resolution is RefResolution.FUZZY


def test_distant_names_and_short_codes_are_not_fuzzy_matched(resolver: EntityResolver) -> None:
    assert resolver.resolve("Freedonia").ref.entity is None
    assert resolver.resolve("USS").ref.entity is None  # short: codes are never guessed
    assert resolver.resolve("Australia").ref.entity == "country:AU"
    assert resolver.resolve("Austria").ref.entity == "country:AT"


def test_fuzzy_matching_can_be_turned_off() -> None:
    strict = EntityResolver(default_reference(), fuzzy_cutoff=None)
    assert strict.resolve("Lithuaina").ref.resolution is RefResolution.UNRESOLVED


def test_ambiguous_name_is_reported_not_guessed() -> None:
    reference = ClaimSet(
        entities=(
            Entity(id="person:john-smith-a", kind=EntityKind.PERSON, name="John Smith", aliases=("Smith",)),
            Entity(id="person:jane-smith", kind=EntityKind.PERSON, name="Jane Smith", aliases=("Smith",)),
        )
    )
    resolver = EntityResolver(reference)
    [mention] = find_entities("Smith declined to comment.", resolver=resolver)
    assert mention.ref.entity is None
    assert mention.ref.resolution is RefResolution.UNRESOLVED
    assert mention.ambiguous
    assert mention.candidates == ("person:jane-smith", "person:john-smith-a")


def test_near_miss_between_two_entities_is_ambiguous() -> None:
    reference = ClaimSet(
        entities=(
            Entity(id="org:alpha-one", kind=EntityKind.ORGANISATION, name="Marten Group"),
            Entity(id="org:alpha-two", kind=EntityKind.ORGANISATION, name="Marton Group"),
        )
    )
    resolution = EntityResolver(reference).resolve("Martan Group")
    assert resolution.ambiguous
    assert resolution.ref.entity is None


def test_article_and_possessive(resolver: EntityResolver) -> None:
    text = "Iran's drones flew over the United Kingdom and Jordan."
    assert _found(text, resolver) == [
        ("Iran", "country:IR"),
        ("the United Kingdom", "country:GB"),
        ("Jordan", "country:JO"),
    ]


def test_longest_known_name_wins_inside_a_title(resolver: EntityResolver) -> None:
    text = "Ukraine's President Volodymyr Zelenskyy spoke to the Polish Foreign Ministry."
    assert _found(text, resolver) == [
        ("Ukraine", "country:UA"),
        ("Volodymyr Zelenskyy", "person:volodymyr-zelenskyy"),
        ("the Polish Foreign Ministry", "org:pl-mfa"),
    ]


def test_demonyms_resolve_to_their_country(resolver: EntityResolver) -> None:
    assert _found("It flew over Polish and Ukrainian territory.", resolver) == [
        ("Polish", "country:PL"),
        ("Ukrainian", "country:UA"),
    ]


def test_unknown_names_are_kept_unresolved(resolver: EntityResolver) -> None:
    text = "The plan was drafted by Marta Kowalczyk of Gdansk Harbour Authority."
    found = find_entities(text, resolver=resolver)
    assert [(text[m.start : m.end], m.ref.resolution) for m in found] == [
        ("Marta Kowalczyk", RefResolution.UNRESOLVED),
        ("Gdansk Harbour Authority", RefResolution.UNRESOLVED),
    ]


def test_sentence_initial_words_and_dates_are_not_names(resolver: EntityResolver) -> None:
    assert _found("While talks went on, Germany objected on Monday in March.", resolver) == [("Germany", "country:DE")]


def test_plural_acronyms_are_common_nouns(resolver: EntityResolver) -> None:
    assert _found("Canada shot down 12 UAVs.", resolver) == [("Canada", "country:CA")]


def test_range_is_respected(resolver: EntityResolver) -> None:
    text = "France agreed. Spain did not."
    assert _found(text[15:], resolver) == [("Spain", "country:ES")]
    assert [(m.start, m.end) for m in find_entities(text, 15, resolver=resolver)] == [(15, 20)]


@given(st.text(alphabet=st.sampled_from("ab AB.'\u2019-\nUSThe"), max_size=120), st.integers(0, 30))
def test_mentions_are_sorted_in_range_and_match_their_text(text: str, start: int) -> None:
    resolver = _SHARED
    previous = -1
    for mention in find_entities(text, start, resolver=resolver):
        assert start <= mention.start < mention.end <= len(text)
        assert mention.start >= previous
        assert mention.ref.text == text[mention.start : mention.end]
        previous = mention.start


def test_long_capitalised_runs_take_linear_time(resolver: EntityResolver) -> None:
    def seconds(text: str) -> float:
        runs = []
        for _ in range(3):  # the best of three: the machine is shared
            began = time.process_time()
            find_entities(text, resolver=resolver)
            runs.append(time.process_time() - began)
        return min(runs)

    for unit in ("Aa ", "The ", "A-", "Iran's ", "of Aa "):
        small = seconds(unit * 1_000)
        large = seconds(unit * 20_000)
        # Twenty times the input: linear is ~20x, quadratic ~400x; 100x leaves room for a busy machine.
        assert large < max(small, 5e-3) * 100, (unit, small, large)


def test_a_comma_ends_an_unknown_name(resolver: EntityResolver) -> None:
    text = "Afterwards, Harald Brenner and Mr. Olaf Strand, Dagny Holm met."
    names = [text[m.start : m.end] for m in find_entities(text, resolver=resolver)]
    assert names == ["Harald Brenner", "Olaf Strand", "Dagny Holm"]


def test_a_code_can_open_a_longer_name(resolver: EntityResolver) -> None:
    text = "U.S. Central Command said the U.S. helped."
    assert _found(text, resolver) == [("U.S. Central Command", "org:centcom"), ("the U.S.", "country:US")]


def test_abbreviated_titles_and_initials_stay_in_the_name(resolver: EntityResolver) -> None:
    text = "Rear Adm. Daniel Hagari spoke. The piece by C. Todd Lopez ran."
    assert _found(text, resolver) == [
        ("Rear Adm. Daniel Hagari", "person:daniel-hagari"),
        ("C. Todd Lopez", "person:c-todd-lopez"),
    ]
