"""Relative pronoun sources ("who", "which", "that", "whose X"): resolved to the noun phrase
they hang on, like personal pronouns. Sentences written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date

from factcheck.claims import StatementClaim
from factcheck.document import Document
from factcheck.entities import RefResolution
from factcheck.extraction.attribution import AttributionMention, find_attributions
from factcheck.extraction.pipeline import extract


def only(text: str) -> AttributionMention:
    found = find_attributions(text, [(0, len(text))])
    assert len(found) == 1, [(text[m.cue_start : m.cue_end], m.cue) for m in found]
    return found[0]


def parts(text: str, m: AttributionMention) -> tuple[str | None, str, str | None, str]:
    """(source, source kind, antecedent, content) as written."""
    source = text[m.source_start : m.source_end] if m.source_start is not None and m.source_end is not None else None
    antecedent = (
        text[m.antecedent_start : m.antecedent_end]
        if m.antecedent_start is not None and m.antecedent_end is not None
        else None
    )
    return source, m.source_kind, antecedent, text[m.content_start : m.content_end]


def test_who_after_a_name_between_commas() -> None:
    text = "Adaeze Okafor, who said the ferry plan was dead, left the meeting early."
    assert parts(text, only(text)) == ("who", "pronoun", "Adaeze Okafor", "the ferry plan was dead")


def test_who_after_a_role_noun() -> None:
    text = "The treasurer, who insisted that the accounts balanced, resigned on Friday."
    assert parts(text, only(text)) == ("who", "pronoun", "The treasurer", "that the accounts balanced")


def test_who_without_commas_after_a_plural_subject() -> None:
    text = "Inspectors who said the tunnel leaked were overruled."
    assert parts(text, only(text))[:3] == ("who", "pronoun", "Inspectors")


def test_which_after_an_organisation() -> None:
    text = "The weather service, which reported that the river had crested, lifted the warning."
    assert parts(text, only(text)) == ("which", "pronoun", "The weather service", "that the river had crested")


def test_that_after_an_evidence_noun() -> None:
    # "that" is the subject of the cue: the source is the relative pronoun, resolved to the noun.
    text = "A survey that found rents had doubled was shared widely."
    m = only(text)
    assert (m.cue, *parts(text, m)[:3]) == ("find", "that", "pronoun", "A survey")


def test_complementizer_that_is_no_source() -> None:
    # "said that ...": "that" opens the content; the speaker is the subject before the verb.
    text = "Mayor Lund said that the pier would reopen."
    assert parts(text, only(text))[:3] == ("Mayor Lund", "named", None)


def test_object_relative_keeps_its_own_subject() -> None:
    # "a plan that officials said ...": "that" is the object, the officials speak.
    text = "The board adopted a plan that officials said would save money."
    m = only(text)
    assert parts(text, m)[:3] == ("officials", "unnamed", None)


def test_whose_spokesman_hangs_on_the_owner() -> None:
    # The source stays as written ("whose spokesman"); the antecedent is the owner, so the
    # claim's speaker resolves to the owner's entity, as "a spokesman for Norrland Rail" does.
    text = "Norrland Rail, whose spokesman said the delays were over, cut fares."
    assert parts(text, only(text)) == ("whose spokesman", "pronoun", "Norrland Rail", "the delays were over")


def test_whose_lawyers_with_a_that_clause() -> None:
    text = "Dr. Pilar Soto, whose lawyers argued that the contract was void, left the hearing."
    m = only(text)
    assert parts(text, m) == ("whose lawyers", "pronoun", "Dr. Pilar Soto", "that the contract was void")


def test_relative_pronoun_at_the_sentence_start_is_unresolved() -> None:
    # Nothing to hang on before it: kept as a pronoun with no antecedent, never guessed.
    text = "Which reported that the dam was safe."
    for m in find_attributions(text, [(0, len(text))]):
        assert m.antecedent_start is None


def test_claim_speakers_are_marked_as_resolved_pronouns() -> None:
    # In a claim, a relative source is marked like "he": resolution "pronoun", the antecedent
    # as written, and the entity of the phrase it hangs on ("whose spokesman": the owner's).
    text = (
        "The Pentagon, whose spokesman said the drills were over, moved 300 troops. "
        "Volodymyr Zelenskyy, who said the talks had stalled, left Kyiv."
    )
    document = Document(
        id="relative", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=date(2024, 5, 2)
    )
    claims = [c for c in extract(document).claims if isinstance(c, StatementClaim)]
    speakers = {c.speaker.text: c.speaker for c in claims}
    spokesman, who = speakers["whose spokesman"], speakers["who"]
    assert (spokesman.resolution, spokesman.antecedent) == (RefResolution.PRONOUN, "The Pentagon")
    assert spokesman.entity is not None and spokesman.entity.startswith("org:")
    assert (who.resolution, who.antecedent, who.entity) == (
        RefResolution.PRONOUN,
        "Volodymyr Zelenskyy",
        "person:volodymyr-zelenskyy",
    )


def test_role_in_apposition_takes_the_name_in() -> None:
    # "Name, role, who ...": the antecedent is the whole subject, so the person is found.
    text = "Ines Marquez, the port director, who warned that the cranes were failing, retired."
    assert parts(text, only(text))[:3] == ("who", "pronoun", "Ines Marquez, the port director")


def test_role_after_a_preposition_does_not_take_a_place_in() -> None:
    text = "In Tromso, the harbour master, who said the ice had cleared, opened the port."
    assert parts(text, only(text))[:3] == ("who", "pronoun", "the harbour master")


def test_dash_before_the_relative_pronoun() -> None:
    text = "The audit -- which found that two ledgers were missing -- was published."
    m = only(text)
    assert parts(text, m)[:3] == ("which", "pronoun", "The audit")


def test_closing_quote_before_the_relative_pronoun() -> None:
    text = 'She blamed "a few insiders" who claimed the vote was rigged.'
    m = [m for m in find_attributions(text, [(0, len(text))]) if m.cue == "claim"]
    assert len(m) == 1
    assert parts(text, m[0])[:3] == ("who", "pronoun", "a few insiders")
