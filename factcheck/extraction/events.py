"""Events and relations of a sentence, by pattern.

Events (each result names its rule):

* ``nominal-attack``: "Iran's extensive drone and missile attack on Israel on April 13" --
  a possessive actor, an event noun (attack, strike, assault, invasion, offensive, raid,
  bombardment), "on"/"against" a target, and a date right after it.
* ``played-role``: "the United States, the United Kingdom, and Jordan played significant
  roles in intercepting the assault" -- the listed actors, the verb after "in" as predicate.
* ``clause``: a clause with named actors in its subject or a modality cue ("NATO is
  considering protecting ..."): the predicate is the first content verb after the cue.
* ``no-decision``: "no final decision has been made" -- a negative "decide" event.

Relations:

* ``member-including``: "several NATO countries, including Great Britain, Canada, and
  Estonia" -- each listed entity ``member_of`` the organisation named before "countries".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.entities import EntityRef, RefResolution
from factcheck.extraction._clauses import contains_any, entity_list, lemma, subject_end, trim_span
from factcheck.extraction.entities import DEMONYMS, EntityMention

__all__ = ["EventMention", "Participant", "RelationMention", "find_events", "find_relations", "may_state_clause_events"]


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor, target or place ``text[start:end]`` with its entity reference."""

    start: int
    end: int
    ref: EntityRef


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event: span, predicate, actors, targets, place, and where its date is written."""

    start: int
    end: int
    predicate: str
    actors: tuple[Participant, ...]
    targets: tuple[Participant, ...]
    place: Participant | None
    date_start: int | None
    date_end: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation ``subject relation object`` stated over ``text[start:end]``."""

    start: int
    end: int
    subject: Participant
    relation: str
    object: Participant
    rule: str


_EVENT_NOUN = re.compile(
    r"\b(?P<noun>attack|attacks|strike|strikes|assault|invasion|offensive|raid|raids|bombardment|incursion)"
    r"\s+(?:on|against|in)\s+",
    re.IGNORECASE,
)
# Words between the possessive and the noun: "extensive drone and missile". A word must end
# at a separator, so a run splits one way only and matching stays linear.
_MODIFIERS = re.compile(r"\s{1,4}(?:[a-z][a-z-]{1,19}[\s,]{1,4}){0,8}", re.ASCII)
_CUE_WINDOW = 200
# A sentence about talks happening: "These discussions are taking place alongside ...".
_TALKS = re.compile(
    r"\s{0,3}(?:these|the|those|such)\s+(?:\w+\s+)?(?P<noun>discussions|talks|negotiations|consultations|deliberations)"
    r"\s+(?:are|were|is|was)\s+(?:also\s+|now\s+|still\s+)?(?:taking\s+place|being\s+held|under\s?way|ongoing)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(r"\b(?:forces|army|navy|air\s+force|military)\b", re.IGNORECASE)
_MEMBER_HINTS = ("including", "such as", "among them", "like")
_EVENT_HINTS = ("attack", "strike", "ssault", "nvasion", "ffensive", "raid", "ombardment", "ncursion")
_MAIN_VERB = re.compile(
    r"(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|shall|do|does|did)\s+){0,2}"
    r"(?:not\s+)?(?:also\s+|still\s+|now\s+|already\s+)?(?:be\s+|being\s+|been\s+)?(?P<verb>[a-z]{3,20})\b"
)
_COPULAS = frozenset({"be", "have", "seem", "appear", "become", "remain", "look", "sound", "feel"})
# Words a shallow match can take for a verb but that are not one ("was her attempt").
_NOT_VERBS = frozenset(
    {
        "her", "his", "its", "their", "our", "your", "the", "not", "that", "this", "these", "those", "there",
        "also", "still", "now", "already", "just", "only", "very", "more", "most", "much", "many", "some",
        "any", "all", "both", "each", "such", "than", "then", "when", "where", "which", "who", "what", "why",
        "how", "because", "while", "about", "into", "from", "with", "without", "for", "and", "but",
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "been", "being",
    }
)  # fmt: skip
_PLURAL_NP = re.compile(r"\s+[a-z-]{2,30}s\b")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?")
_ROLE = re.compile(
    r"\s(?:played|plays|play|had|have|has)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?roles?\s+in\s+(?P<verb>[a-z]{3,20}ing)\b"
    r"(?:\s+(?P<object>(?:the|a|an)\s+\w{2,30}))?",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:considering|weighing|mulling|discussing|planning|"
    r"preparing)\s+(?:to\s+)?(?:not\s+just\s+|not\s+only\s+)?(?P<verb>[a-z]{3,20})\b"
    r"|\b(?:(?:plans?|planning|intends?|aims?)\s+to|could|will|would)\s+(?:not\s+)?(?:be\s+)?(?P<verb2>[a-z]{3,20})\b",
    re.IGNORECASE,
)
# Every _CUE match holds one of these words ("considering", "plans to", "would"): a clause
# without them skips the search. _CUE ignores case, and then "\u0130", "\u0131" match "i" and
# "\u017f" matches "s": a clause with one of those is always searched, so the check is exact.
_CUE_WORDS = ("consider", "weigh", "mull", "discuss", "plan", "prepar", "intend", "aim", "could", "will", "would")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u212a\u017f]")
_NO_DECISION = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?(?:decision|decisions)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:made|taken|reached)",
    re.IGNORECASE,
)
_MEMBERS = re.compile(
    r"(?i:several|many|some|other|fellow|most|two|three|four|five|\d{1,3})\s+(?P<org>[A-Z][\w-]{1,20})\s+"
    r"(?:member\s+)?(?:countries|states|members|allies|nations)\s{0,3},?\s{0,3}(?:including|such\s+as|among\s+them|like)\s+"
)
_PLACE = re.compile(r"\b(?:over|on|in|inside|within|to)\s+(?=[A-Z])")
_PLACE_NOUN = re.compile(r"\s+(?:territory|soil|borders?|airspace|skies)\b")
_TARGET_NP = re.compile(r"(?:[A-Z][\w-]{1,30}\s+)?[a-z-]{2,30}s\b")


def _participant(mention: EntityMention) -> Participant:
    return Participant(mention.start, mention.end, mention.ref)


def _place(text: str, start: int, end: int, inside: Sequence[EntityMention]) -> Participant | None:
    """A place phrase: "over Ukrainian territory", "within Ukraine"."""
    for match in _PLACE.finditer(text, start, end):
        mention = next((m for m in inside if m.start == match.end()), None)
        if mention is None or mention.ref.entity is None or not mention.ref.entity.startswith("country:"):
            continue
        noun = _PLACE_NOUN.match(text, mention.end, end)
        if noun:
            written = text[mention.start : noun.end()]
            return Participant(mention.start, noun.end(), mention.ref.model_copy(update={"text": written}))
        return _participant(mention)
    return None


def find_events(
    text: str,
    start: int,
    end: int,
    *,
    entities: Sequence[EntityMention],
    dates: Sequence[tuple[int, int]] = (),
    clauses: Sequence[tuple[int, int, bool]] = (),
) -> list[EventMention]:
    """Events in the sentence ``text[start:end]``, sorted by start.

    ``dates`` are the ``(start, end)`` of date mentions in the sentence; ``clauses`` are the
    clause spans that may state events, each with a flag: True for a cited source's words
    (any clause with named actors there is an event), False for the document's own clauses
    (which need a modality cue: "is considering", "plans to").
    """
    inside = [m for m in entities if start <= m.start and m.end <= end] if entities else []
    found: list[EventMention] = []
    nouns = (
        _EVENT_NOUN.finditer(text, start, end)
        if len(inside) >= 2 and contains_any(text[start:end], _EVENT_HINTS)
        else ()
    )
    for match in nouns:
        target = next((m for m in inside if m.start == match.end()), None)
        actor = _possessive_actor(text, inside, match.start(), start)
        if target is None or actor is None:
            continue
        event_end = target.end
        date = next((d for d in dates if 0 < d[0] - target.end <= 2), None)
        if date is not None:
            event_end = date[1]
        found.append(
            EventMention(
                actor.start,
                event_end,
                _singular(match.group("noun").casefold()),
                (_participant(actor),),
                (_participant(target),),
                None,
                date[0] if date else None,
                date[1] if date else None,
                "nominal-attack",
            )
        )
    roles = _ROLE.finditer(text, start, end) if inside and text.find("role", start, end) != -1 else ()
    for match in roles:
        before = [m for m in inside if m.end <= match.start()]
        if not before:
            continue
        run = [before[-1]]
        for mention in reversed(before[:-1]):
            if not re.fullmatch(r"\s{0,3},?\s{0,3}(?:and\s+)?", text[mention.end : run[0].start]):
                break
            run.insert(0, mention)
        if text[run[-1].end : match.start()].strip():
            continue
        event_end = match.end()
        targets: tuple[Participant, ...] = ()
        if match.group("object"):
            ref = EntityRef(text=match.group("object"), resolution=RefResolution.UNRESOLVED)
            targets = (Participant(match.start("object"), match.end("object"), ref),)
        found.append(
            EventMention(
                run[0].start,
                event_end,
                lemma(match.group("verb")),
                tuple(_participant(m) for m in run),
                targets,
                None,
                None,
                None,
                "played-role",
            )
        )
    decisions = _NO_DECISION.finditer(text, start, end) if text.find("decision", start, end) != -1 else ()
    for match in decisions:
        found.append(EventMention(match.start(), match.end(), "decide", (), (), None, None, None, "no-decision"))
    talks = _TALKS.match(text, start, end) if text.find("plac", start, end) != -1 or "held" in text[start:end] else None
    if talks is not None and not found:
        found.append(_talks_event(text, start, end, inside, talks))
    if not inside:
        found.sort(key=lambda e: (e.start, e.end, e.rule))
        return found  # a clause event needs a named actor
    covered = [(e.start, e.end) for e in found] if found else []
    for clause_start, clause_end, attributed in clauses:
        if covered and any(a <= clause_start < b or clause_start <= a < clause_end for a, b in covered):
            continue
        event = _clause_event(text, clause_start, clause_end, inside, attributed=attributed)
        if event is not None:
            found.append(event)
    found.sort(key=lambda e: (e.start, e.end, e.rule))
    return found


def _talks_event(
    text: str, start: int, end: int, inside: Sequence[EntityMention], talks: re.Match[str]
) -> EventMention:
    """ "These discussions are taking place alongside ... NATO ...": talks, with who and where they name."""
    organisations = [m for m in inside if m.ref.entity and m.ref.entity.startswith("org:")]
    forces = [m for m in organisations if _ARMED.search(m.ref.text)]
    actors = [m for m in organisations if m not in forces]
    a = start
    b = end
    while b > a and text[b - 1].isspace():
        b -= 1
    return EventMention(
        a,
        b,
        "hold " + talks.group("noun").casefold(),
        tuple(_participant(m) for m in actors),
        tuple(_participant(m) for m in forces),
        _place(text, start, end, inside),
        None,
        None,
        "talks",
    )


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and noun != "offensive" else noun


def _possessive_actor(text: str, inside: Sequence[EntityMention], noun_start: int, floor: int) -> EntityMention | None:
    """The entity written "X's" before the modifiers of an event noun, if any."""
    for mention in reversed(inside):
        if mention.end > noun_start:
            continue
        possessive = _POSSESSIVE_AFTER.match(text, mention.end, noun_start)
        if possessive is None:
            return None
        if noun_start - possessive.end() > 80 or mention.start < floor:
            return None
        return mention if _MODIFIERS.fullmatch(text, possessive.end(), noun_start) else None
    return None


def _clause_event(
    text: str, start: int, end: int, inside: Sequence[EntityMention], *, attributed: bool
) -> EventMention | None:
    """An event for a clause with named actors in its subject and a cue (or attributed words)."""
    # Subject and cue open the clause: look in a bounded window, so that long clauses
    # (a quote that runs on) cost no more than short ones.
    window = min(end, start + _CUE_WINDOW)
    cue = _CUE.search(text, start, window) if _may_cue(text[start:window]) else None
    if cue is not None:
        verb = cue.group("verb") or cue.group("verb2") or ""
        if verb.casefold() in _NOT_VERBS:
            return None
        # The subject ends at the cue or at an earlier verb ("measures, like those used to
        # defend Israel, could ...": Israel is not an actor).
        first_verb = subject_end(text, start, window)
        subject_stop = min(cue.start(), first_verb) if first_verb > start else cue.start()
        cue_end = cue.end()
    elif attributed:
        subject_stop = subject_end(text, start, window)
        main = _MAIN_VERB.match(text, subject_stop, end)
        if subject_stop <= start or main is None:
            return None
        verb = main.group("verb")
        if verb.casefold() in _NOT_VERBS or lemma(verb) in _COPULAS:
            return None  # "X was unhinged" describes; it reports no event
        cue_end = main.end()
    else:
        return None
    actors = [m for m in inside if start <= m.start and m.end <= subject_stop]
    if not actors:
        return None
    # A subject with a list ("several NATO countries, including A, B, and C") acts through the list.
    members = [m for m in actors if m.ref.entity and m.ref.entity.startswith("country:")]
    chosen = members or actors
    targets: tuple[Participant, ...] = ()
    for mention in inside:
        if mention.start < cue_end or mention.end > end or mention.ref.text.casefold() not in DEMONYMS:
            continue
        noun_end = _np_end(text, mention.end, end)
        if noun_end > mention.end and not _PLACE_NOUN.match(text, mention.end, end):
            # "Russian missiles": the thing acted on, not the country itself.
            ref = EntityRef(text=text[mention.start : noun_end], resolution=RefResolution.UNRESOLVED)
            targets = (Participant(mention.start, noun_end, ref),)
            break
    a, b = trim_span(text, start, end)
    return EventMention(
        a,
        b,
        lemma(verb),
        tuple(_participant(m) for m in chosen),
        targets,
        _place(text, start, end, inside),
        None,
        None,
        "clause",
    )


def may_state_clause_events(text: str, start: int, end: int) -> bool:
    """False when no clause of ``text[start:end]`` outside a cited source's words can state an event.

    Such a clause needs a cue word in its opening window (:func:`_may_cue`), and a clause's
    words are the sentence's: a sentence without any spares the caller splitting it into
    clauses (the check is per character, so a stretch holds a word only if the whole does).
    """
    return _may_cue(text[start:end])


def _may_cue(stretch: str) -> bool:
    """False when ``stretch`` holds none of the words every _CUE match has."""
    folded = stretch.lower()
    if contains_any(folded, _CUE_WORDS):
        return True
    return not stretch.isascii() and _FOLDS_TO_ASCII.search(stretch) is not None


def _np_end(text: str, position: int, end: int) -> int:
    """The end of a plural noun right after an adjective mention: "Russian missiles"."""
    match = _PLURAL_NP.match(text, position, end)
    return match.end() if match else position


def find_relations(text: str, start: int, end: int, *, entities: Sequence[EntityMention]) -> list[RelationMention]:
    """Membership relations in the sentence ``text[start:end]``, sorted by start."""
    found: list[RelationMention] = []
    if not entities or not contains_any(text[start:end], _MEMBER_HINTS):
        return found  # a cheap literal scan spares the pattern on most sentences
    inside = [m for m in entities if start <= m.start and m.end <= end]
    for match in _MEMBERS.finditer(text, start, end):
        organisation = next((m for m in inside if m.start == match.start("org") and m.ref.entity), None)
        if organisation is None:
            continue
        listed = entity_list(text, inside, match.end(), end)
        if not listed:
            continue
        span_end = listed[-1].end
        for member in listed:
            found.append(
                RelationMention(
                    match.start(),
                    span_end,
                    _participant(member),
                    "member_of",
                    _participant(organisation),
                    "member-including",
                )
            )
    return found
