"""Sentence splitting: abbreviations, initials, decimals and quotes do not split; ends do."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction.sentences import split_sentences


def _texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, start, end)]


def test_plain_sentences_split_at_periods() -> None:
    assert _texts("The talks ended. Nobody signed.") == ["The talks ended.", "Nobody signed."]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert _texts("Will it hold? Nobody knows! We wait.") == ["Will it hold?", "Nobody knows!", "We wait."]


def test_dotted_initialism_does_not_split() -> None:
    assert _texts("The U.S. Army sent two brigades. They arrived.") == [
        "The U.S. Army sent two brigades.",
        "They arrived.",
    ]


def test_rank_abbreviations_do_not_split() -> None:
    text = "Gen. Mark Smith met Rear Adm. Jane Doe on Friday. Both spoke."
    assert _texts(text) == ["Gen. Mark Smith met Rear Adm. Jane Doe on Friday.", "Both spoke."]


def test_initials_do_not_split() -> None:
    assert _texts("The piece by C. Todd Lopez ran twice. It was read.") == [
        "The piece by C. Todd Lopez ran twice.",
        "It was read.",
    ]


def test_decimals_do_not_split() -> None:
    assert _texts("Prices rose 2.5 percent in May. Wages fell 0.4 percent.") == [
        "Prices rose 2.5 percent in May.",
        "Wages fell 0.4 percent.",
    ]


def test_lowercase_after_period_does_not_split() -> None:
    assert _texts("It cost approx. five dollars a day.") == ["It cost approx. five dollars a day."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "\u201cWe are ready.\u201d The minister left."
    assert _texts(text) == ["\u201cWe are ready.\u201d", "The minister left."]


def test_blank_line_separates_sentences_without_punctuation() -> None:
    assert _texts("A headline without a stop\n\nThe body begins here.") == [
        "A headline without a stop",
        "The body begins here.",
    ]


def test_offsets_are_trimmed_and_respect_the_range() -> None:
    text = "  Skip this. Take this one. And this.  "
    spans = split_sentences(text, 12, len(text))
    assert [text[a:b] for a, b in spans] == ["Take this one.", "And this."]
    assert spans[0][0] == 13


def test_empty_and_blank_text_yield_nothing() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
    assert split_sentences("abc", 2, 1) == []


@given(st.text(alphabet=st.sampled_from("ab .!?\"'\n\u201dUS"), max_size=200), st.integers(0, 50))
def test_spans_are_sorted_disjoint_trimmed_and_in_range(text: str, start: int) -> None:
    spans = split_sentences(text, start)
    previous_end = start
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        previous_end = b


@given(st.text(max_size=300))
def test_never_crashes_and_covers_every_non_space_character(text: str) -> None:
    spans = split_sentences(text)
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def _seconds(text: str) -> float:
    runs = []
    for _ in range(3):  # the best of three: the machine is shared
        began = time.process_time()
        split_sentences(text)
        runs.append(time.process_time() - began)
    return min(runs)


def test_long_crafted_strings_take_linear_time() -> None:
    for unit in (".", "U.", "a. ", "!? ", "\n \n", "Gen. ", "\u201d. "):
        small = _seconds(unit * 10_000)
        large = _seconds(unit * 200_000)
        # Ten times the input may take at most about ten times as long (generous slack for noise).
        # Twenty times the input: linear is ~20x, quadratic ~400x; 100x leaves room for a busy machine.
        assert large < max(small, 5e-3) * 100, (unit, small, large)
