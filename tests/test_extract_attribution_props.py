"""Attribution extraction on arbitrary and hostile text: no crash, valid offsets, linear time."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.attribution import AttributionMention, find_attributions

_WORDS = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "according",
        "to",
        "that",
        "he",
        "she",
        "who",
        "Mr.",
        "Smith",
        "the",
        "official",
        ",",
        ".",
        "\u201c",
        "\u201d",
        '"',
        "''",
        ":",
        "(",
        ")",
        "and",
        "added",
        "reported",
        "it",
        "was",
        "on",
        "Monday",
        "pointed",
        "out",
        "\n",
        "A",
        "B.",
        "\u2019s",
        "about",
        "talked",
        "claim",
        "seems",
        "clear",
        "confident",
        "is",
        "fear",
        "insisting",
        "continues",
        "asked",
    ]
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Cut after every '.', so that sentences are many and short."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == ".":
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _check(text: str, found: list[AttributionMention]) -> None:
    n = len(text)
    assert [m.cue_start for m in found] == sorted(m.cue_start for m in found)
    for m in found:
        assert 0 <= m.cue_start < m.cue_end <= n
        assert 0 <= m.content_start <= m.content_end <= n
        assert (m.source_start is None) == (m.source_end is None)
        if m.source_start is not None and m.source_end is not None:
            assert 0 <= m.source_start < m.source_end <= n
        assert (m.antecedent_start is None) == (m.antecedent_end is None)
        if m.antecedent_start is not None and m.antecedent_end is not None:
            assert m.source_kind == "pronoun"
            assert 0 <= m.antecedent_start < m.antecedent_end <= n
        if m.parent is not None:
            outer = found[m.parent]
            assert outer is not m
            assert outer.content_start <= m.cue_start and m.cue_end <= outer.content_end


# No per-example deadline: the machine is shared, and linear time is tested below on purpose.
@settings(deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_valid_mentions(text: str) -> None:
    _check(text, find_attributions(text, _sentence_spans(text)))


@settings(deadline=None)
@given(st.lists(_WORDS, max_size=80).map(" ".join))
def test_cue_heavy_text_gives_valid_mentions(text: str) -> None:
    _check(text, find_attributions(text, _sentence_spans(text)))


@settings(deadline=None)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-5, 250), st.integers(-5, 250)), max_size=6))
def test_odd_sentence_spans_never_crash(text: str, spans: list[tuple[int, int]]) -> None:
    _check(text, find_attributions(text, spans))


_HOSTILE = {
    "said": "said " * 20_000,
    "commas": "," * 100_000 + " he said",
    "curly quotes": "\u201c" * 50_000 + " said Mr. Smith",
    "straight quotes": '"' * 50_000 + " Smith said",
    "double apostrophes": "''" * 50_000 + " said Smith",
    "digits": "9" * 100_000 + " said",
    "pronoun cues": "he said, " * 10_000,
    "according": "according to " * 10_000,
    "parentheses": ") said " * 10_000,
    "titles": "Mr. " * 20_000 + "Smith said that",
    "capitals": "Smith " * 20_000 + "and said that it rained",
    "object pronouns": "him to " * 20_000 + "him said that",
    "nested quotes": "\u201cHe said \u2018she said \u201c" * 5_000,
    "about and said": "he talked about it and he said it " * 3_000,
    "reporting nouns": "his claim that he " * 6_000,
    "impersonal": "it is clear that it seems to " * 4_000,
    "siblings": "Okafor denied that it rained, insisting that " * 2_500,
    "aspect verbs": "he continues to " * 8_000 + "insist that",
    "light verbs": "Okafor issued a statement and faced criticism " * 3_000,
    "light gaps": "sent Mr. " * 10_000 + "a letter",
    "relative pronouns": "Ana Ruiz, the mayor, who said the survey that found -- which " * 1_500,
}


@pytest.mark.parametrize("name", sorted(_HOSTILE))
def test_hostile_text_runs_in_linear_time(name: str) -> None:
    text = _HOSTILE[name]
    # One giant sentence is the worst case: every window is as wide as it can be.
    started = time.perf_counter()
    found = find_attributions(text, [(0, len(text))])
    elapsed = time.perf_counter() - started
    _check(text, found)
    # ~100k characters; quadratic work would take minutes, linear work well under a second.
    assert elapsed < 5.0, f"{name}: {elapsed:.2f}s"


@settings(deadline=None)
@given(st.lists(_WORDS, max_size=80).map(" ".join))
def test_helpers_give_valid_windows_and_links(text: str) -> None:
    from factcheck.extraction.attribution import cue_windows, link_reiterations

    spans = _sentence_spans(text)
    found = find_attributions(text, spans)
    links = link_reiterations(text, found)
    assert len(links) == len(found)
    for index, link in enumerate(links):
        if link is not None:
            assert found[index].reiteration
            assert found[link].cue_start < found[index].cue_start
    for m in found:
        sentence = next(((s, e) for s, e in spans if s <= m.cue_start < e), (0, len(text)))
        for start, end in cue_windows(m, sentence):
            assert sentence[0] <= start < end <= sentence[1]
            # A window never reaches into the content or the source.
            assert end <= m.content_start or start >= m.content_end


# The verb + "that" gate is a hand-written scan; its specification is this search.
_VERB_THAT_SPEC = re.compile(r"\b(?:[a-z]+(?:ed|s)|worry|fear|hope|doubt) that\b")
_GATE_PIECES = st.sampled_from(
    ["that", " that", "thats", "s", "ed", "worry", "fear", "hope", "doubt", "Says", "x", "é", "_", "3", " ", "-", "."]
)


@given(st.lists(_GATE_PIECES, max_size=14).map("".join), st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=400, deadline=None)
def test_verb_that_gate_agrees_with_its_pattern(text: str, a: int, b: int) -> None:
    from factcheck.extraction._attribution_frames import may_have_verb_that

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = _VERB_THAT_SPEC.search(text, start, end) is not None
    assert may_have_verb_that(text, start, end) is expected
