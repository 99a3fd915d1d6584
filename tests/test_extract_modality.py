"""Modality and polarity cues."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims import Modality, Polarity
from factcheck.extraction.modality import classify, find_modality


def _classify(text: str, base: Modality = Modality.ASSERTED) -> tuple[Modality, Polarity]:
    modality, polarity, _ = classify(text, 0, len(text), base=base)
    return modality, polarity


def test_considering_is_hedged() -> None:
    assert _classify("The alliance is considering new patrols") == (Modality.HEDGED, Polarity.POSITIVE)


def test_could_is_hedged_and_may_as_a_month_is_not() -> None:
    assert _classify("Allied jets could patrol the border")[0] is Modality.HEDGED
    assert _classify("The jets patrolled the border in May")[0] is Modality.ASSERTED


def test_plans_are_planned() -> None:
    assert _classify("Berlin plans to send two more batteries")[0] is Modality.PLANNED
    assert _classify("The ministry will publish the figures")[0] is Modality.PLANNED


def test_conditions_are_conditional() -> None:
    assert _classify("Talks resume if the ceasefire holds")[0] is Modality.CONDITIONAL


def test_hedge_beats_plan() -> None:
    assert _classify("They are considering a strategy under development")[0] is Modality.HEDGED


def test_no_decision_is_negative_but_not_hedged() -> None:
    assert _classify("no agreement has yet been reached", Modality.REPORTED) == (
        Modality.REPORTED,
        Polarity.NEGATIVE,
    )


def test_denial_and_not_are_negative() -> None:
    assert _classify("The ministry denied the strike")[1] is Polarity.NEGATIVE
    assert _classify("The convoy did not arrive")[1] is Polarity.NEGATIVE
    assert _classify("The convoy didn't arrive")[1] is Polarity.NEGATIVE


def test_not_just_is_not_a_negation() -> None:
    assert _classify("They sent not just shells but also rifles")[1] is Polarity.POSITIVE


def test_double_negation_is_positive() -> None:
    assert _classify("It is not true that they never came")[1] is Polarity.POSITIVE


def test_base_modality_is_kept_without_cues() -> None:
    assert _classify("Troops crossed the river", Modality.REPORTED) == (Modality.REPORTED, Polarity.POSITIVE)


def test_cues_name_their_words_and_offsets() -> None:
    text = "Kyiv says it is weighing a reply"
    [cue] = find_modality(text)
    assert text[cue.start : cue.end] == "is weighing"
    assert cue.modality is Modality.HEDGED


@given(st.text(max_size=200), st.integers(0, 40))
def test_cues_are_sorted_and_in_range(text: str, start: int) -> None:
    previous = start
    for cue in find_modality(text, start):
        assert previous <= cue.start < cue.end <= len(text)
        previous = cue.end


def test_long_inputs_take_linear_time() -> None:
    def seconds(text: str) -> float:
        runs = []
        for _ in range(3):  # the best of three: the machine is shared
            began = time.process_time()
            find_modality(text)
            runs.append(time.process_time() - began)
        return min(runs)

    for unit in ("no ", "no final ", "is ", "not "):
        small = seconds(unit * 2_500)
        large = seconds(unit * 50_000)
        # Twenty times the input: linear is ~20x, quadratic ~400x; 100x leaves room for a busy machine.
        assert large < max(small, 5e-3) * 100, (unit, small, large)


_PHRASES = [
    "is considering", "was weighing", "are still discussing", "considers", "could", "may", "May", "might",
    "reportedly", "under consideration", "plans to", "will", "is set to", "under development", "if",
    "would", "should", "no final decision has been made", "no deal was reached", "not", "not just",
    "never", "didn't", "can\u2019t", "won't", "denied", "ruled out", "neither", "nor", "is", "the", "5",
]  # fmt: skip


@given(st.lists(st.sampled_from([*_PHRASES, " ", ", ", "x", "\u00e9"]), max_size=25).map("".join))
def test_the_fast_scan_finds_what_the_pattern_finds(text: str) -> None:
    from factcheck.extraction.modality import _CUE

    expected = [(m.start(), m.end()) for m in _CUE.finditer(text)]
    assert [(c.start, c.end) for c in find_modality(text)] == expected


_WORDS_OR_NOT = st.sampled_from(
    ["is", "Is", "IS", "isn", "will", "no", "not", "May", "x", " ", "'", "\u00e9", "\u212a", "5"]
)


@given(st.lists(_WORDS_OR_NOT, max_size=20).map("".join), st.integers(0, 30), st.integers(0, 60))
def test_cue_starts_are_the_first_words_of_the_plain_word_scan(text: str, start: int, stop: int) -> None:
    """The jumping scan finds the words the plain ``[A-Za-z]+`` scan finds, range ends included."""
    import re

    from factcheck.extraction.modality import _FIRST_WORDS, _ascii_lower, _cue_starts

    start, stop = min(start, len(text)), min(max(start, stop), len(text))
    expected = [
        m.start() for m in re.compile("[A-Za-z]+").finditer(text, start, stop) if m.group().casefold() in _FIRST_WORDS
    ]
    assert [start + p for p in _cue_starts(_ascii_lower(text[start:stop]))] == expected


@given(
    st.lists(st.sampled_from([*_PHRASES, " ", ", ", "x", "_", "MAY", "Would", "\u00e9"]), max_size=25).map("".join),
    st.integers(0, 40),
    st.integers(0, 400),
)
def test_cues_in_a_range_are_what_the_pattern_finds_there(text: str, start: int, stop: int) -> None:
    """The lower-cased scan of a range equals ``_CUE`` (case-blind) over that range, "\\b" at its ends included."""
    from factcheck.extraction.modality import _CUE

    stop = min(max(start, stop), len(text))
    expected = [(m.start(), m.end(), m.group().casefold()) for m in _CUE.finditer(text, start, stop)]
    assert [(c.start, c.end, c.cue) for c in find_modality(text, start, stop)] == [
        (s, e, " ".join(w.split())) for s, e, w in expected
    ]
