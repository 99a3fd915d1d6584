"""Frames for the broad cue classes, each fired only where its syntax makes it attributive.

Verb + that-clause, belief adjectives ("is confident that"), light verbs + nouns of saying
("issued a statement"), "see X as Y", report nouns ("the claim that"), "seem", verb + "about".
"""

from __future__ import annotations

from typing import Final

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_contents import content_after
from factcheck.extraction._attribution_lexicon import (
    FORMS,
    word_set,
)
from factcheck.extraction._attribution_records import Found
from factcheck.extraction._attribution_sources import np_back, plausible_weak_source
from factcheck.extraction._attribution_tokens import (
    Tokens,
    abbreviation_dot,
    is_gap,
    is_name,
    opens_clause,
    opens_that_clause,
)
from factcheck.extraction._attribution_words import (
    BE,
    DETERMINERS,
    FIRST_SECOND,
    GAP,
    NOUN_MARKERS,
    NP_STOP,
    OPEN_QUOTES,
    PERSONAL,
    PREPOSITIONS,
    PRONOUNS,
    TIME_WORDS,
)

__all__ = [
    "ADJECTIVE_COMPLEMENT",
    "BACK_REFERENCES",
    "BARE_NOUNS",
    "BASE_THAT",
    "BELIEF_ADJECTIVES",
    "CERTAINTY",
    "EVIDENT",
    "INTENSIFIERS",
    "LIGHT_GAP",
    "LINKING",
    "NOT_ABOUT",
    "NOT_VERBS",
    "NUMBER_WORDS",
    "RELATIVE_VERBS",
    "SEEM_FORMS",
    "SEE_AS_STOP",
    "belief_adjective_frames",
    "is_word_char",
    "light_verb_frames",
    "may_have_verb_that",
    "noun_that_frames",
    "report_noun",
    "see_as_frames",
    "seem_frames",
    "verb_about_frames",
    "verb_that_frames",
]


#: Verbs of attitude whose base form is also a noun ("the fear that"); with a plural subject
#: and "that" they report ("Farmers fear that ...").
BASE_THAT: Final = word_set("worry fear hope doubt")


def may_have_verb_that(text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence has a lower-case word ending in -ed or -s (or a BASE_THAT verb), one
    space, and the word "that": the gate of :func:`verb_that_frames`, read before tokenising.

    The same test as a search for ``\\b(?:[a-z]+(?:ed|s)|worry|fear|hope|doubt) that\\b`` in
    ``text[s_start:s_end]`` (word boundaries see the characters around the span), written with
    ``str.find`` because that search is slow on every sentence that has "that" in it.
    """
    at = text.find(" that", s_start, s_end)
    while at != -1:
        after = at + 5
        if after == s_end or not is_word_char(text[after]):
            i = at
            while i > s_start and "a" <= text[i - 1] <= "z":
                i -= 1
            if i == 0 or not is_word_char(text[i - 1]):
                word = text[i:at]
                if word in BASE_THAT or (len(word) >= 2 and word[-1] == "s") or (len(word) >= 3 and word[-2:] == "ed"):
                    return True
        at = text.find(" that", at + 1, s_end)
    return False


def is_word_char(ch: str) -> bool:
    """A regular expression's ``\\w``: a letter, a digit or an underscore, in any script."""
    return ch.isalnum() or ch == "_"


def verb_that_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A verb outside the lexicon between a named or pronoun subject and "that".

    "Trump bragged that ...", "She realized that ...": a finite verb (-ed, -s) with a name or a
    personal pronoun right before it and a "that" clause right after reports what the subject
    said, thought or found, whatever the verb.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for t in range(2, n - 1):
        if tokens.lows[t] != "that" or not tokens.is_word(t + 1):
            continue
        if not opens_that_clause(tokens, t):
            continue  # "overruled that request": a demonstrative, not a clause
        verb = t - 1
        low = tokens.lows[verb]
        base = low in BASE_THAT  # "environmentalists worry that ...": a plural subject, no -s
        if not tokens.texts[verb].islower() or not (base or low.endswith(("ed", "s"))) or low in FORMS:
            continue
        if low in NOT_VERBS or low in NP_STOP or low.endswith(("ss", "us", "is")):
            continue
        k = verb - 1
        while k >= 0 and is_gap(tokens, k):
            k -= 1
        if k < 0:
            continue
        subject = tokens.lows[k]
        if base:
            plural = subject.endswith("s") and not subject.endswith("ss") and tokens.texts[k].islower()
            if not (subject == "they" or plural or is_name(tokens, k)):
                continue  # "I hope that": a hedge; "the fear that": a noun
        elif not (subject in PERSONAL or subject in FIRST_SECOND or is_name(tokens, k)):
            continue
        start = np_back(tokens, k)
        if start is None:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        cue_start, cue_end = tokens.starts[verb], tokens.ends[verb]
        out.append(Found(cue_start, cue_end, low, source, content_after(text, s_end, tokens, t)))
    return out


BELIEF_ADJECTIVES: Final = broad.BELIEF_ADJECTIVES


LINKING: Final = word_set(
    "is are was were be been being am 'm \u2019m 're \u2019re 's \u2019s feel feels felt remain remains remained "
    "seem seems seemed"
)


#: What follows an attitude adjective when it reports: a clause or its topic.
ADJECTIVE_COMPLEMENT: Final = word_set("that about of")


def belief_adjective_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A subject, "be" (or "feel", "remain", "seem") and an adjective of certainty or attitude
    with its complement: "The mayor is confident that ...", "Voters remain skeptical of ...".

    The adjective is the cue, the subject the source, the complement the content.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for a in range(2, n - 1):
        low = tokens.lows[a]
        if not (low in BELIEF_ADJECTIVES or low in EVIDENT) or not tokens.texts[a].islower():
            continue
        nxt = tokens.lows[a + 1]
        if not (
            nxt in ADJECTIVE_COMPLEMENT
            or (nxt == "whether" and low in EVIDENT)
            or (low in CERTAINTY and opens_clause(tokens, a + 1))
        ):
            continue
        if not tokens.is_word(a + 1) or a + 2 >= n or not tokens.is_word(a + 2):
            continue
        k = a - 1
        while k >= 0 and tokens.lows[k] in INTENSIFIERS:
            k -= 1
        linked = False
        while k >= 0 and (is_gap(tokens, k) or tokens.lows[k] in LINKING):
            linked = linked or tokens.lows[k] in LINKING
            k -= 1
        if not linked or k < 0 or not tokens.is_word(k):
            continue
        if tokens.lows[k] == "it":
            # "It is clear that ...", "it was unclear whether ...": the writer's evaluation,
            # an attribution with no source.
            if nxt in {"that", "whether"}:
                out.append(
                    Found(tokens.starts[a], tokens.ends[a], low, None, content_after(text, s_end, tokens, a + 1))
                )
            continue
        if low in EVIDENT and low not in CERTAINTY:
            continue  # "The plan is clear about ...": a description, not a belief
        start = np_back(tokens, k)
        if start is None or not plausible_weak_source(tokens, start, k):
            continue
        if tokens.lows[k] in {"this", "that"} or (tokens.lows[k] == "it" and low not in EVIDENT):
            continue  # "It is hopeful that ...": no one holds the belief
        out.append(
            Found(
                tokens.starts[a],
                tokens.ends[a],
                low,
                (tokens.starts[start], tokens.ends[k]),
                content_after(text, s_end, tokens, a + 1),
            )
        )
    return out


EVIDENT: Final = broad.EVIDENT_ADJECTIVES


CERTAINTY: Final = word_set("sure confident certain convinced unsure")


INTENSIFIERS: Final = word_set("very so too quite fairly increasingly deeply highly less more not")


#: Words between a light verb and its noun ("offered some pointed advice", "sent Mr. Xi a letter").
LIGHT_GAP: Final = word_set("a an the no some little any more new strong sharp clear his her their its our several two")


#: Determiners that point back to words already reported ("made the remarks", "issued those
#: warnings"): the light verb then tells when or where they were said, not what.
BACK_REFERENCES: Final = word_set("the this these those")


def light_verb_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A light verb and a noun of saying: "She offered some advice", "The council issued a
    statement", "He raised questions about ...", "The plan has faced criticism".

    With an agentive verb (offer, issue, raise, send ...) the subject is the source; with a
    receiving one (face, draw, come under) the critics are not named and there is no source.
    The cue runs from the verb to the noun; the content is what follows the verb.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for i in range(1, n):
        noun = tokens.lows[i]
        received = noun in broad.RECEIVED_NOUNS
        if not (received or noun in broad.LIGHT_NOUNS) or not tokens.texts[i].islower():
            continue
        verb = i - 1
        while (
            verb > max(-1, i - 5)
            and (
                tokens.lows[verb] in LIGHT_GAP
                or (
                    tokens.texts[verb].islower()
                    and tokens.lows[verb].endswith(("ed", "ing", "ful", "ous", "al", "ive"))
                )
                or is_name(tokens, verb)
                or abbreviation_dot(tokens, verb)
            )
            and tokens.lows[verb] not in broad.LIGHT_VERBS
            and tokens.lows[verb] not in broad.RECEIVING_VERBS
        ):
            verb -= 1
        if verb < 0:
            continue
        low = tokens.lows[verb]
        receiving = received and low in broad.RECEIVING_VERBS
        if low == "under" and not (verb >= 1 and tokens.lows[verb - 1] in {"come", "comes", "came", "coming"}):
            continue
        if not receiving and low not in broad.LIGHT_VERBS:
            continue
        lemma = broad.RECEIVING_VERBS[low] if receiving else broad.LIGHT_VERBS[low]
        if (noun == "case" and lemma != "make") or (lemma == "take" and noun not in {"heat", "fire"}):
            continue  # "sent the case back", "took questions": no report; "made the case" is one
        if (
            not receiving
            and verb == i - 2
            and tokens.lows[i - 1] in BACK_REFERENCES
            and noun != "case"
            and not (i + 1 < n and (tokens.texts[i + 1] == ":" or tokens.texts[i + 1] in OPEN_QUOTES))
        ):
            continue  # "made the remarks on Friday": words reported before; here only when and where
        cue_start = tokens.starts[verb - 1] if low == "under" else tokens.starts[verb]
        cue = f"{lemma} {noun}"
        if receiving:
            content = content_after(text, s_end, tokens, i + 1) if i + 1 < n and tokens.is_word(i + 1) else None
            out.append(Found(cue_start, tokens.ends[i], cue, None, content or (tokens.starts[i], tokens.ends[i])))
            continue
        k = verb - 1
        while k >= 0 and is_gap(tokens, k):
            k -= 1
        if k < 0 or not tokens.is_word(k):
            continue
        start = np_back(tokens, k)
        if start is None or not plausible_weak_source(tokens, start, k):
            continue
        if start == k and tokens.lows[k] in DETERMINERS:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        out.append(Found(cue_start, tokens.ends[i], cue, source, content_after(text, s_end, tokens, verb + 1)))
    return out


#: Words that end the object of "see ... as" before any "as" is reached.
SEE_AS_STOP: Final = word_set("that which who when because if but and or is was are were has have had to")


def see_as_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A verb of judgement with "as": "Critics see the plan as a giveaway", "who viewed the
    remark as a dig". The subject is the source (none in the passive "is seen as"); the content
    is the object and what it is seen as.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for i in range(1, n - 2):
        low = tokens.lows[i]
        if low not in broad.SEE_AS_VERBS or not tokens.texts[i].islower():
            continue
        as_at = None
        for j in range(i + 1, min(n - 1, i + 9)):
            if tokens.lows[j] == "as":
                as_at = j
                break
            if not tokens.is_word(j) or tokens.lows[j] in SEE_AS_STOP:
                break
        if as_at is None or not tokens.is_word(as_at + 1):
            continue
        k = i - 1
        passive = False
        while k >= 0 and is_gap(tokens, k):
            passive = passive or tokens.lows[k] in BE
            k -= 1
        lemma = broad.SEE_AS_VERBS[low]
        content = content_after(text, s_end, tokens, i + 1)
        if passive and as_at == i + 1:
            out.append(Found(tokens.starts[i], tokens.ends[i], lemma, None, content))  # "is seen as"
            continue
        if as_at == i + 1 or k < 0 or not tokens.is_word(k):
            continue
        start = np_back(tokens, k)
        if start is None or not plausible_weak_source(tokens, start, k):
            continue
        out.append(Found(tokens.starts[i], tokens.ends[i], lemma, (tokens.starts[start], tokens.ends[k]), content))
    return out


def report_noun(low: str) -> str | None:
    """The singular of a reporting noun ("claims" -> "claim"), or None."""
    if low in broad.REPORT_NOUNS:
        return low
    if low.endswith("s") and low[:-1] in broad.REPORT_NOUNS:
        return low[:-1]
    return None


def noun_that_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A reporting noun and its "that" clause: "his claim that the vote was rigged", "growing
    concerns that Europe depends on ...", "Okafor's insistence that ...".

    The source is the possessor ("his", "Okafor's"), or none when the noun has no possessor.
    "that" must open a clause (a subject follows), not a relative clause about the noun.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 2):
        if tokens.lows[t] != "that" or not tokens.is_word(t + 1):
            continue
        noun = t - 1
        lemma = report_noun(tokens.lows[noun])
        if lemma is None or not tokens.texts[noun].islower():
            continue
        after = tokens.lows[t + 1]
        if not opens_that_clause(tokens, t):
            continue
        if after in PRONOUNS and t + 2 < n and tokens.lows[t + 2] in RELATIVE_VERBS:
            continue  # "the claim that he made": a relative clause about the claim
        k = noun - 1
        while (
            k >= 0
            and tokens.is_word(k)
            and tokens.texts[k].islower()
            and k > noun - 4
            and (
                tokens.lows[k] not in NP_STOP
                and tokens.lows[k] not in NOUN_MARKERS
                and tokens.lows[k] not in PREPOSITIONS
            )
        ):
            k -= 1  # adjectives: "his repeated emphasis", "growing concerns"
        if k < 0 or not (
            tokens.lows[k] in NOUN_MARKERS
            or tokens.lows[k] in PREPOSITIONS
            or tokens.lows[k].endswith(("\u2019s", "'s"))
        ):
            continue  # "I hope that": a verb, not a noun
        source: tuple[int, int] | None = None
        if tokens.lows[k] in {"his", "her", "their", "its", "our", "my", "your"}:
            source = (tokens.starts[k], tokens.ends[k])
        elif tokens.lows[k].endswith(("\u2019s", "'s")) and tokens.is_word(k):
            start = np_back(tokens, k)
            if start is not None:
                source = (tokens.starts[start], tokens.ends[k])
        elif tokens.lows[k] in {"the", "this", "these", "those"} and lemma in BARE_NOUNS:
            continue  # "the fear that" without a holder: common wording, rarely a report
        out.append(Found(tokens.starts[noun], tokens.ends[noun], lemma, source, content_after(text, s_end, tokens, t)))
    return out


#: Verbs that, right after "that he/she/they", make "that" a relative pronoun ("the claim that
#: he made", "the pledge that they signed").
RELATIVE_VERBS: Final = word_set(
    "made make makes gave give gives signed sign signs wrote write writes issued issue issues repeated repeats "
    "offered offers heard hears had has have did does used uses put puts"
)


#: Reporting nouns that, with a determiner and no holder, are too often a plain noun.
BARE_NOUNS: Final = word_set("view position threat theory fear hope")


def seem_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """ "The plan seems to work": the writer's impression of the subject, without a source.

    The cue is "seem", the content is the subject with the rest of the clause.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 2):
        if tokens.lows[t] not in SEEM_FORMS or tokens.lows[t + 1] != "to" or not tokens.is_word(t + 2):
            continue
        k = t - 1
        while k >= 0 and is_gap(tokens, k):
            k -= 1
        if k < 0 or not tokens.is_word(k) or tokens.lows[k] in FIRST_SECOND:
            continue  # "I seem to recall": the speaker's own hedge
        start = np_back(tokens, k)
        if start is None:
            continue
        _, end = content_after(text, s_end, tokens, t + 1)
        out.append(Found(tokens.starts[t], tokens.ends[t], "seem", None, (tokens.starts[start], end)))
    return out


SEEM_FORMS: Final = broad.SEEM_FORMS


#: Words after "about" that make it an approximation, not a topic ("about 300 people").
NUMBER_WORDS: Final = word_set(
    "one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands "
    "million millions billion half a an twice once"
)


def verb_about_frames(text: str, s_end: int, tokens: Tokens) -> list[Found]:
    """A person or group that talks, thinks or feels about something: "She talked about the
    strike", "Voters are worried about prices", "He has been vague about his plans".

    The word before "about" (a verb or an adjective, lower case, after auxiliaries or an
    adverb) is the cue, the name or pronoun before it the source, "about ..." the content. A
    number after "about" makes it an approximation, not a topic.
    """
    out: list[Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 1):
        if tokens.lows[t] != "about" or not tokens.is_word(t + 1):
            continue
        following = tokens.lows[t + 1]
        if following[0].isdigit() or following in NUMBER_WORDS or following in TIME_WORDS:
            continue
        verb = t - 1
        if tokens.texts[verb].islower() and tokens.lows[verb] in {"more", "less", "much", "too", "so", "very"}:
            verb -= 1  # "care more about", "not too concerned about"
        if verb < 1 or not tokens.texts[verb].islower() or not tokens.is_word(verb):
            continue
        low = tokens.lows[verb]
        if low in NP_STOP or low in PREPOSITIONS or low in DETERMINERS or low in GAP or low in NOT_ABOUT:
            continue
        k = verb - 1
        while k >= 0 and (is_gap(tokens, k) or tokens.lows[k] in {"too", "so", "very", "more"}):
            k -= 1
        if k < 0 or not (tokens.lows[k] in PERSONAL or tokens.lows[k] in FIRST_SECOND or is_name(tokens, k)):
            continue
        if tokens.lows[k].endswith(("\u2019s", "'s")):
            continue  # "Holt's question about race": a possessor and a noun
        start = np_back(tokens, k)
        if start is None:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        out.append(Found(tokens.starts[verb], tokens.ends[t], low, source, content_after(text, s_end, tokens, t + 1)))
    return out


#: Words before "about" that do not report ("brought about", "set about", "all about").
NOT_ABOUT: Final = word_set(
    "brought bring brings bringing came come comes set sets all just only something nothing made make makes "
    "making question questions conversation conversations"
)


#: -ed/-s words before "that" which are not reporting verbs ("so much that", "means that").
NOT_VERBS: Final = word_set(
    "means needs seems appears happens was has does is ensures makes takes gets goes comes was "
    "needed wanted was used asked ensured based owned provided required guaranteed allowed caused "
    "proved assumed"
)
