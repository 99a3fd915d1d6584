"""Event and relation patterns, and the clause helpers they use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction._clauses import contains_any, lemma, main_clause_start, split_clauses
from factcheck.extraction.entities import EntityResolver, default_reference, find_entities
from factcheck.extraction.events import (
    EventMention,
    RelationMention,
    find_events,
    find_relations,
    may_state_clause_events,
)


@pytest.fixture(scope="module")
def resolver() -> EntityResolver:
    return EntityResolver(default_reference())


def _events(
    text: str, resolver: EntityResolver, *, dates: list[tuple[int, int]] | None = None, attributed: bool = False
) -> list[EventMention]:
    entities = find_entities(text, resolver=resolver)
    main = main_clause_start(text, 0, len(text))
    clauses = [(a, b, attributed) for a, b in split_clauses(text, main, len(text))]
    return find_events(text, 0, len(text), entities=entities, dates=dates or [], clauses=clauses)


def _relations(text: str, resolver: EntityResolver) -> list[RelationMention]:
    return find_relations(text, 0, len(text), entities=find_entities(text, resolver=resolver))


def test_nominal_attack_with_actor_target_and_date(resolver: EntityResolver) -> None:
    text = "After Russia's massive missile strike on Ukraine on March 3 the grid failed."
    date = (text.index("on March 3"), text.index("on March 3") + len("on March 3"))
    [event] = _events(text, resolver, dates=[date])
    assert text[event.start : event.end] == "Russia's massive missile strike on Ukraine on March 3"
    assert event.predicate == "strike"
    assert [a.ref.entity for a in event.actors] == ["country:RU"]
    assert [t.ref.entity for t in event.targets] == ["country:UA"]
    assert (event.date_start, event.date_end) == date


def test_listed_actors_playing_roles(resolver: EntityResolver) -> None:
    text = "France, Spain, and Italy played key roles in evacuating the wounded."
    [event] = _events(text, resolver)
    assert event.rule == "played-role"
    assert event.predicate == "evacuate"
    assert [a.ref.text for a in event.actors] == ["France", "Spain", "Italy"]
    assert [t.ref.text for t in event.targets] == ["the wounded"]


def test_hedged_clause_with_named_subject(resolver: EntityResolver) -> None:
    text = "Germany is considering sending tanks over Polish territory, though nothing is final."
    [event] = _events(text, resolver)
    assert text[event.start : event.end] == "Germany is considering sending tanks over Polish territory"
    assert event.predicate == "send"
    assert event.place is not None and event.place.ref.text == "Polish territory"
    assert event.place.ref.entity == "country:PL"


def test_clause_without_cue_or_names_is_not_an_event(resolver: EntityResolver) -> None:
    assert _events("Germany sent tanks.", resolver) == []
    assert _events("Officials could meet again.", resolver) == []


def test_attributed_clause_with_named_subject_is_an_event(resolver: EntityResolver) -> None:
    [event] = _events("The use of Danish ports is being reviewed", resolver, attributed=True)
    assert event.predicate == "review"
    assert [a.ref.entity for a in event.actors] == ["country:DK"]


def test_no_decision_is_a_decide_event(resolver: EntityResolver) -> None:
    text = "No decision has yet been taken."
    [event] = _events(text, resolver)
    assert event.rule == "no-decision" and event.predicate == "decide"
    assert text[event.start : event.end] == "No decision has yet been taken"


def test_membership_list(resolver: EntityResolver) -> None:
    text = "Several NATO allies, including Norway and Denmark, sent ships."
    relations = _relations(text, resolver)
    assert [(r.subject.ref.entity, r.relation, r.object.ref.entity) for r in relations] == [
        ("country:NO", "member_of", "org:nato"),
        ("country:DK", "member_of", "org:nato"),
    ]
    assert {text[r.start : r.end] for r in relations} == {"Several NATO allies, including Norway and Denmark"}


def test_membership_needs_a_known_organisation(resolver: EntityResolver) -> None:
    assert _relations("Many Zorblat countries, including Norway, agreed.", resolver) == []


def test_clause_helpers() -> None:
    text = "Drawing a lesson, the minister spoke, though briefly."
    assert text[main_clause_start(text, 0, len(text)) :].startswith("the minister")
    assert main_clause_start("On May 2, Oslo voted.", 0, 21, participles_only=True) == 0
    clauses = split_clauses(text, 18, len(text))
    assert [text[a:b] for a, b in clauses] == ["the minister spoke", "briefly"]
    not_just = "They sent not just food, but also fuel."
    assert [not_just[a:b] for a, b in split_clauses(not_just, 0, len(not_just))] == [
        "They sent not just food, but also fuel"
    ]
    assert [lemma(w) for w in ("intercepting", "stopping", "carried", "sends")] == [
        "intercept",
        "stop",
        "carry",
        "send",
    ]


def test_talks_taking_place(resolver: EntityResolver) -> None:
    text = (
        "These talks are taking place alongside plans to train the Armed Forces of Ukraine with NATO staff in Poland."
    )
    [event] = _events(text, resolver)
    assert event.rule == "talks" and event.predicate == "hold talks"
    assert text[event.start : event.end] == text
    assert [a.ref.entity for a in event.actors] == ["org:nato"]
    assert [t.ref.entity for t in event.targets] == ["org:armed-forces-of-ukraine"]
    assert event.place is not None and event.place.ref.entity == "country:PL"


def test_attributed_clause_needs_a_real_verb(resolver: EntityResolver) -> None:
    assert _events("Norway's only plan was her proposal", resolver, attributed=True) == []
    [event] = _events("Danish farmers need more water", resolver, attributed=True)
    assert event.predicate == "need"
    [event] = _events("Sweden would not join the mission", resolver, attributed=True)
    assert event.predicate == "join"


def test_names_inside_a_subject_clause_are_not_actors(resolver: EntityResolver) -> None:
    assert _events("Measures like those used to defend Cyprus could be employed again", resolver) == []


def test_copula_clauses_report_no_event(resolver: EntityResolver) -> None:
    assert _events("The Danish plan was a failure", resolver, attributed=True) == []


_CUE_PIECES = st.sampled_from(
    ["NATO", "is", "IS", "were", "still", "considering", "CONSIDERING", "cons\u0131dering", "we\u0130ghing",
     "planning", "plans", "Plan", "to", "intends", "aims", "could", "Will", "would", "not", "be", "send",
     "troops", "the", "\u212a", "\u017f", "mulling", "discussing", "preparing", "x",
     "is cons\u0131dering sending", "are we\u0130ghing a", "pl\u0430ns", "\u0430ims to send"]
)  # fmt: skip


@given(st.lists(_CUE_PIECES, max_size=12).map(" ".join))
def test_the_quick_cue_check_never_hides_a_cue(clause: str) -> None:
    from factcheck.extraction.events import _CUE, _may_cue

    if _CUE.search(clause):
        assert _may_cue(clause)


_SENTENCE_PIECES = st.sampled_from(
    ["Germany", "NATO", "Poland", "is", "considering", "cons\u0131dering", "sending", "tanks", "could", "COULD",
     "Will", "plans", "to", ",", ", though", ", but", ";", "while", "said", "the", "troops", "\u0130", "\u017f",
     "Denmark's", "ports", "were", "reviewed", "x"]
)  # fmt: skip


@given(st.lists(_SENTENCE_PIECES, max_size=16).map(" ".join))
def test_a_sentence_without_a_cue_word_has_no_clause_events(resolver: EntityResolver, sentence: str) -> None:
    # The pipeline skips splitting such a sentence into (unattributed) clauses: it must lose nothing.
    if may_state_clause_events(sentence, 0, len(sentence)):
        return
    entities = find_entities(sentence, resolver=resolver)
    main = main_clause_start(sentence, 0, len(sentence))
    clauses = [(a, b, False) for a, b in split_clauses(sentence, main, len(sentence))]
    with_clauses = find_events(sentence, 0, len(sentence), entities=entities, clauses=clauses)
    assert with_clauses == find_events(sentence, 0, len(sentence), entities=entities, clauses=())


@given(st.text(alphabet="abcx ", max_size=30), st.lists(st.text(alphabet="abcx", min_size=1, max_size=3), max_size=5))
def test_contains_any_is_any(text: str, words: list[str]) -> None:
    assert contains_any(text, words) == any(word in text for word in words)
