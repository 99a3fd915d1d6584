"""Entity mentions: finding names and resolving them (aliases, demonyms, near misses, ambiguity)."""

from __future__ import annotations

import re
import time
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claimset import ClaimSet
from factcheck.entities import Entity, EntityKind, RefResolution
from factcheck.extraction import entities as entities_module
from factcheck.extraction.entities import (
    _BREAK,
    _CONNECTORS,
    EntityResolver,
    _abbreviated,
    _Word,
    _words,
    default_reference,
    find_entities,
)

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


# The word scan takes runs of lowercase words in one regex step. This is the plain
# word-by-word scan it replaced; the two must agree on every text.
_ORACLE_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _words_one_by_one(text: str, start: int, end: int) -> list[_Word]:
    words: list[_Word] = []
    previous_end = start
    for match in re.compile(r"[^\W_][\w'\u2019.&-]{0,60}").finditer(text, start, end):
        raw = match.group()
        if not raw[0].isupper() and raw not in _CONNECTORS:
            if not words or words[-1] is not _BREAK:
                words.append(_BREAK)
            previous_end = match.end()
            continue
        word_start, word_end = match.span()
        possessive = False
        strip = _ORACLE_POSSESSIVE.search(raw)
        if strip and strip.start() > 0:
            possessive = True
            word_end -= len(raw) - strip.start()
        while word_end > word_start + 1 and text[word_end - 1] in ".-":
            if text[word_end - 1] == "." and re.fullmatch(r"(?:[A-Za-z]\.){2,}", text[word_start:word_end]):
                break
            word_end -= 1
        between = text[previous_end:word_start]
        sentence_start = (
            not words or "\n" in between or bool(re.search(r"[.!?:;\"\u201c\u201d(\[\n]\s{0,20}$", between))
        )
        if sentence_start and words and _abbreviated(words[-1], between):
            sentence_start = False
        capital = raw[0].isupper() and not re.fullmatch(r"[A-Z]{2,8}s", text[word_start:word_end])
        words.append(_Word(word_start, word_end, text[word_start:word_end], capital, possessive, sentence_start))
        previous_end = match.end()
    return words


_WORDISH = st.sampled_from(
    ["of", "the", "and", "al", "van", "for", "ofx", "of_x", "them", "Theo", "war", "2024", "x9", "Iran's",
     "Allies'", "U.S.", "NGOs", "Mr.", "Dr", "C.", "well-known", "\u00e9clair", "\u00c9mile", "_a", "a_b",
     "O'Neil", "rock&roll", "Bank", "England", "United", "States", "Ministry", "Defence", "Forces", "Ukraine",
     "NATO", "Zelenskyy", "Polish", "The", "Armed", "x" * 70, "Y" * 65, "ab" * 35, "x" * 60 + "Abc",
     "x" * 59 + "Of"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", " ", " ", "  ", ", ", ". ", "\n", "-", "'", "\u2019", "", "_", " (", '" ', "; ", ".\n"])


@given(st.lists(st.tuples(_WORDISH, _GAPS), max_size=30), st.integers(0, 12), st.integers(0, 12))
def test_word_scan_finds_the_names_the_word_by_word_scan_finds(
    parts: list[tuple[str, str]], cut: int, trim: int
) -> None:
    # The scan also folds connectors between ordinary words into the run, so its word list
    # is shorter; the names found must be the same.
    text = "".join(word + gap for word, gap in parts)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    found = find_entities(text, start, end, resolver=_SHARED)
    with mock.patch.object(entities_module, "_words", _words_one_by_one):
        expected = find_entities(text, start, end, resolver=_SHARED)
    assert found == expected
    kept = [w for w in _words(text, start, end) if w is not _BREAK]
    assert all(w in _words_one_by_one(text, start, end) for w in kept)


_SCAN_PIECES = st.sampled_from(
    [
        "of",
        "the",
        "and",
        "de",
        "the-",
        "Of",
        "of.",
        "shot",
        "down",
        "drones",
        "5",
        "x_y",
        "U.S.",
        "Iran's",
        " ",
        ", ",
        "\u00e9",
    ]
)


@given(st.lists(_SCAN_PIECES | st.characters(), max_size=30).map("".join))
def test_the_scan_cuts_as_its_plain_form(text: str) -> None:
    """The scan without the look-ahead inside a run matches as the plain form, which has it before every word."""
    from factcheck.extraction.entities import _CONNECTOR, _PLAIN, _SCAN, _WORD_TEXT

    plain = re.compile(rf"(?P<plain>{_PLAIN}(?:[\W_]*+(?:{_CONNECTOR}[\W_]*+)*+{_PLAIN})*+)|{_WORD_TEXT}")
    expected = [(m.span(), m.start("plain")) for m in plain.finditer(text)]
    assert [(m.span(), m.start("plain")) for m in _SCAN.finditer(text)] == expected
