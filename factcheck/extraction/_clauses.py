"""Clause helpers shared by the stance and event finders: intros, clause breaks, subjects, lists.

All of it is shallow and rule-based: a sentence is cut at commas into chunks; a chunk that
opens with a participle ("Drawing a parallel"), a preposition ("In related ...", "On April
20") or a relative pronoun ("which ...") belongs to the sentence's intro, and the main
clause starts at the first chunk that does not. Clauses inside a stretch are split at a
comma before a contrastive conjunction (", though", ", but", ", while", ", with") and at
semicolons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extraction.entities import EntityMention

__all__ = [
    "contains_any",
    "entity_list",
    "lemma",
    "main_clause_start",
    "split_clauses",
    "subject_end",
    "trim_span",
]

_CHUNK_BREAK = re.compile(r",\s{1,5}")
_INTRO_WORD = re.compile(
    r"(?:[A-Za-z]{2,20}ing|in|on|at|after|before|amid|amidst|despite|during|since|under|as|following|"
    r"which|who|whom|whose|where|when|meanwhile|however|separately|earlier|later|also|then|still|yet|"
    r"furthermore|moreover|additionally|in\s+addition)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"[A-Za-z]{2,20}ing\b")
_CLAUSE_BREAK = re.compile(
    r",\s{1,5}(?=(?:though|although|but|while|whereas|with|and\s+(?:the|a|an|it|they|he|she)\b)\b)|;\s{0,5}",
    re.IGNORECASE,
)
_NOT_JUST = re.compile(r"\bnot\s+(?:just|only|merely)\b", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"(?:while|although|though|whereas|as|because|since|if)\s+", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|"
    r"[a-z]{2,20}ed|played|said|says|told|made|took|gave|sent|began|held)\b"
)
_MODIFIED_NOUN = re.compile(r"\s{1,3}[a-z][a-z-]{1,20}s\b")
_LIST_GAP = re.compile(r"(?:\s{0,3},\s{0,3}(?:and\s+|or\s+)?|\s{1,3}(?:and|or)\s{1,3})")


def contains_any(text: str, words: Sequence[str]) -> bool:
    """Whether any of ``words`` occurs in ``text``: the finders' cheap check before their patterns.

    A plain loop: ``any()`` over a generator costs about twice as much for a dozen words.
    """
    for word in words:  # noqa: SIM110 - the loop is the point (see above)
        if word in text:
            return True
    return False


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without surrounding white space and trailing sentence punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    return start, end


def main_clause_start(text: str, start: int, end: int, *, participles_only: bool = False) -> int:
    """Where the main clause of the sentence ``text[start:end]`` starts, after its intro chunks.

    With ``participles_only`` only a leading participle phrase ("Drawing a parallel, ") is
    skipped; prepositional intros ("On April 20, ") stay.
    """
    pattern = _PARTICIPLE if participles_only else _INTRO_WORD
    if not pattern.match(text, start, end):
        return start
    for match in _CHUNK_BREAK.finditer(text, start, end):
        chunk = match.end()
        if not pattern.match(text, chunk, end):
            return chunk
        if participles_only:
            break
    return start


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``: cut at ", though", ", but", ", while", ", with" and ";".

    A leading subordinator ("While ...") is dropped from its clause.
    """
    clauses: list[tuple[int, int]] = []
    previous = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if text.startswith("but", match.end()) and _NOT_JUST.search(text, previous, match.start()):
            continue  # "not just X, but Y" is one clause
        clauses.append((previous, match.start()))
        previous = match.end()
    clauses.append((previous, end))
    result: list[tuple[int, int]] = []
    for clause_start, clause_end in clauses:
        a, b = trim_span(text, clause_start, clause_end)
        lead = _SUBORDINATOR.match(text, a, b)
        if lead:
            # "While X, Y": X is its own clause up to the comma.
            a = lead.end()
            comma = text.find(", ", a, b)
            if comma != -1:
                result.append(trim_span(text, a, comma))
                a = comma + 2
        a, b = trim_span(text, a, b)
        if a < b:
            result.append((a, b))
    return result


def subject_end(text: str, start: int, end: int) -> int:
    """Where the subject of the clause ``text[start:end]`` ends: at its first finite verb."""
    match = _VERB.search(text, start, end)
    return match.start() if match else start


def entity_list(text: str, mentions: Sequence[EntityMention], position: int, end: int) -> list[EntityMention]:
    """The entities listed from ``position`` on: "Estonia, Great Britain, ..., and France".

    The list starts with the first mention at ``position`` (white space allowed) and goes on
    while mentions are separated only by commas and "and"/"or".
    """
    listed: list[EntityMention] = []
    cursor = position
    for mention in mentions:
        if mention.start < cursor or mention.end > end:
            continue
        gap = text[cursor : mention.start]
        if listed:
            noun = _MODIFIED_NOUN.match(gap)  # "Polish farmers and Hungary"
            if not _LIST_GAP.fullmatch(gap, noun.end() if noun else 0):
                break
        elif gap.strip():
            break
        listed.append(mention)
        cursor = mention.end
    return listed


_SILENT_E = re.compile(r"(?:at|iz|v|uc|rg|dg|[^aeiou]ut|ys|ur|ok|u|ag)$")
_EED_PAST = frozenset({"agreed", "freed", "guaranteed", "decreed", "disagreed", "refereed"})
_IRREGULAR = {
    "made": "make",
    "took": "take",
    "gave": "give",
    "sent": "send",
    "held": "hold",
    "shot": "shoot",
    "began": "begin",
    "fought": "fight",
    "brought": "bring",
    "downing": "down",
    "using": "use",
    "used": "use",
}


def lemma(word: str) -> str:
    """The base form of an English verb form: "intercepting" -> "intercept", "described" -> "describe".

    The dictionary of simplemma (shipped with the package, loaded on first use) decides; a
    word it does not know falls back to suffix rules.
    """
    low = word.casefold()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    known = _dictionary_lemma(low)
    return known if known is not None else _rule_lemma(low)


@lru_cache(maxsize=65_536)
def _dictionary_lemma(low: str) -> str | None:
    """simplemma's lemma of a word its English dictionary knows, else ``None``."""
    import simplemma

    if not simplemma.is_known(low, lang="en"):
        return None
    result: str = simplemma.lemmatize(low, lang="en")
    return result.casefold()


def _rule_lemma(low: str) -> str:
    if low.endswith("eed"):
        return low[:-1] if low in _EED_PAST else low  # "need", "proceed" are base forms; "agreed" is not
    for suffix, replacement in (("ying", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            base = low[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopping" -> "stop"
            elif suffix in ("ing", "ed") and _SILENT_E.search(base):
                base += "e"  # "evacuating" -> "evacuate", "involved" -> "involve"
            return base
    return low
