"""Stances: who supports or opposes what, one holder at a time.

Patterns (each names its rule in the result):

* ``support-from``: "The initiative has garnered support from Estonia, Great Britain, ...
  and France" -- every listed entity is a holder; the target is the subject ("The
  initiative"); the claim span is the sentence.
* ``holder-is-supportive``: "some member countries are supportive of bolstering defenses"
  ("in favour of", "opposed to", "against"); an unnamed group is kept as one unresolved
  holder; the span runs from the holder to the end of the target.
* ``with-holder-expressing``: "with the United States and Germany expressing opposition";
  the target is the one of the previous stance in the sentence, if any.
* ``holder-verb``: "Germany and France backed the plan" / "Hungary opposed the move"
  (named holders only, so that a noun "support" is not read as a verb).

Which claim the target refers to ("the initiative", "such a move") is decided by the
pipeline, which knows the claims before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claims import Stance
from factcheck.entities import EntityRef, RefResolution
from factcheck.extraction._clauses import contains_any, entity_list, split_clauses, trim_span
from factcheck.extraction.entities import EntityMention

__all__ = ["Holder", "StanceMention", "find_stances"]


@dataclass(frozen=True, slots=True)
class Holder:
    """A stance holder ``text[start:end]``; ``named`` when it is an entity mention."""

    start: int
    end: int
    ref: EntityRef
    named: bool


@dataclass(frozen=True, slots=True)
class StanceMention:
    """One stance pattern match: its span, holders, stance and target as written."""

    start: int
    end: int
    holders: tuple[Holder, ...]
    stance: Stance
    target_start: int | None
    target_end: int | None
    rule: str


_SUPPORT_NOUN = {"support": Stance.SUPPORT, "backing": Stance.SUPPORT, "endorsement": Stance.SUPPORT}
_OPPOSE_NOUN = {"opposition": Stance.OPPOSE, "criticism": Stance.OPPOSE, "objections": Stance.OPPOSE}
_NOUNS = {**_SUPPORT_NOUN, **_OPPOSE_NOUN, "resistance": Stance.OPPOSE, "reservations": Stance.OPPOSE}

_FROM = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:garnered|received|won|gained|drawn|drew|attracted|enjoys|enjoyed|got|gets|"
    r"faces|faced|met\s+with|meets\s+with)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?P<noun>support|backing|endorsement|opposition|criticism|objections|resistance)\s+(?:from|of|by)\s+",
    re.IGNORECASE,
)
_IS = re.compile(
    r"\b(?:is|are|was|were|remain|remains|remained)\s+(?:\w+\s+)?"
    r"(?P<cue>supportive\s+of|in\s+favou?r\s+of|opposed\s+to|against|critical\s+of|sceptical\s+of|skeptical\s+of)\s+",
    re.IGNORECASE,
)
_WITH = re.compile(
    r"\bwith\s+(?P<list>[^,;.]{1,200}?)\s+(?:expressing|voicing|signalling|signaling|showing|stating)\s+"
    r"(?:their\s+|its\s+)?(?:\w+\s+)?(?P<noun>support|backing|opposition|objections|reservations|resistance)\b",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\s(?P<verb>support|supports|supported|back|backs|backed|endorse|endorses|endorsed|favou?r|favou?rs|"
    r"favou?red|oppose|opposes|opposed|reject|rejects|rejected|object\s+to|objects\s+to|objected\s+to)\s+"
    r"(?=the\b|a\b|an\b|this\b|that\b|such\b|any\b|[a-z]+ing\b)",
    re.IGNORECASE,
)
_TARGET_END = re.compile(r"[,;.]|\s(?:but|while|though|although|and\s+(?:the|a|it))\s")
_GROUP_NOUN = re.compile(r"\s{1,3}[a-z][a-z-]{1,20}s\b")
_HINTS = ("support", "backing", "endorse", "opposi", "criticism", "objection", "resistance", "reservation",
          "favo", "against", "critical", "sceptical", "skeptical", "back", "reject", "object")  # fmt: skip
_UNNAMED_HOLDER = re.compile(r"(?:\w+\s+){0,4}(?:countries|states|members|allies|nations|governments|officials)")


def _holders(mentions: Sequence[EntityMention], text: str) -> tuple[Holder, ...]:
    """Holders for listed mentions; with ``text``, a mention that only modifies a noun
    ("Polish farmers", "African-American voters") holds as that group, written in full.
    Pass ``""`` where a verb may follow the list ("France remains ...")."""
    holders = []
    for mention in mentions:
        noun = _GROUP_NOUN.match(text, mention.end) if text else None
        if noun is None:
            holders.append(Holder(mention.start, mention.end, mention.ref, True))
            continue
        written = text[mention.start : noun.end()]
        holders.append(Holder(mention.start, noun.end(), mention.ref.model_copy(update={"text": written}), True))
    return tuple(holders)


def _target_end(text: str, start: int, end: int) -> int:
    match = _TARGET_END.search(text, start, end)
    stop = match.start() if match else end
    return trim_span(text, start, stop)[1]


def find_stances(text: str, start: int, end: int, *, entities: Sequence[EntityMention]) -> list[StanceMention]:
    """Stances in the sentence ``text[start:end]``, sorted by start.

    ``entities`` are the entity mentions of the sentence (from :func:`find_entities`).
    """
    found: list[StanceMention] = []
    lowered = text[start:end].casefold() if end - start < 2_000 else None
    if lowered is not None and not contains_any(lowered, _HINTS):
        return found  # no stance word at all: spare the patterns
    inside = [m for m in entities if start <= m.start and m.end <= end]
    sentence_start = trim_span(text, start, end)[0]
    full_end = end
    while full_end > start and text[full_end - 1].isspace():
        full_end -= 1

    for match in _FROM.finditer(text, start, end):
        listed = entity_list(text, inside, match.end(), end)
        if not listed:
            continue
        target_start, target_end = trim_span(text, sentence_start, match.start())
        stance = _NOUNS[match.group("noun").casefold()]
        found.append(
            StanceMention(
                sentence_start, full_end, _holders(listed, text), stance, target_start, target_end, "support-from"
            )
        )

    for clause_start, clause_end in split_clauses(text, start, end):
        found_is = _IS.search(text, clause_start, clause_end)
        if not found_is:
            continue
        match = found_is
        cue = " ".join(match.group("cue").split()).casefold()
        stance = Stance.SUPPORT if cue.startswith(("supportive", "in favo")) else Stance.OPPOSE
        holder_end = trim_span(text, clause_start, match.start())[1]
        if holder_end <= clause_start:
            continue
        named = entity_list(text, inside, clause_start, holder_end)
        if named:
            holders = _holders(named, text)
        elif _UNNAMED_HOLDER.fullmatch(text, clause_start, holder_end):
            ref = EntityRef(text=text[clause_start:holder_end], resolution=RefResolution.UNRESOLVED)
            holders = (Holder(clause_start, holder_end, ref, False),)
        else:
            continue
        target_start = match.end()
        target_end = _target_end(text, target_start, clause_end)
        if target_end <= target_start:
            continue
        found.append(StanceMention(clause_start, target_end, holders, stance, target_start, target_end, "holder-is"))

    for match in _WITH.finditer(text, start, end):
        listed = entity_list(text, inside, match.start("list"), match.end("list"))
        if not listed:
            continue
        stance = _NOUNS[match.group("noun").casefold()]
        earlier = [s for s in found if s.end <= match.start()]
        target = (earlier[-1].target_start, earlier[-1].target_end) if earlier else (None, None)
        found.append(
            StanceMention(
                match.start(), match.end(), _holders(listed, text), stance, target[0], target[1], "with-holder"
            )
        )

    for match in _VERB.finditer(text, start, end):
        # The holders are the entities listed right before the verb (possibly after an intro).
        before = [m for m in inside if m.end <= match.start()]
        if not before or text[before[-1].end : match.start()].strip(" ,"):
            continue
        run = [before[-1]]
        for mention in reversed(before[:-1]):
            gap = text[mention.end : run[0].start]
            if not re.fullmatch(r"\s{0,3},?\s{0,3}(?:and\s+|or\s+)?", gap):
                break
            run.insert(0, mention)
        verb = match.group("verb").casefold()
        stance = Stance.SUPPORT if verb.startswith(("support", "back", "endors", "favo")) else Stance.OPPOSE
        target_start = match.end()
        target_end = _target_end(text, target_start, end)
        if target_end <= target_start:
            continue
        found.append(
            StanceMention(
                run[0].start, target_end, _holders(run, text), stance, target_start, target_end, "holder-verb"
            )
        )
    found.sort(key=lambda s: (s.start, s.end, s.rule))
    return found
