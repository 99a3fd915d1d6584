"""What follows a cue verb: a clause, a quote, a to-infinitive, a question, an object first."""

from __future__ import annotations

from typing import Final

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_lexicon import (
    CueClass,
    word_set,
)
from factcheck.extraction._attribution_tokens import Tokens
from factcheck.extraction._attribution_words import (
    ADVERBIAL,
    ANY_QUOTE,
    AUXILIARIES,
    CLAUSE_OPENERS,
    DETERMINERS,
    FINAL,
    NP_STOP,
    NP_TAKING,
    OBJECT_PRONOUNS,
    OPEN_QUOTES,
    PREPOSITIONS,
    QUESTION_WORDS,
    TIME_WORDS,
)

__all__ = [
    "ASKING",
    "BARE_CLAUSE",
    "CLAUSE_TAKING",
    "EMBEDDED_QUESTION",
    "INTENTION",
    "NOT_CONTENT",
    "PREPOSITIONAL",
    "QUESTION_TAKING",
    "TOPIC_PREPOSITIONS",
    "after_object",
    "bare_clause_ok",
    "complement",
    "object_then",
    "takes_bare",
]


#: Cognition verbs that take a bare clause ("I think we can win").
BARE_CLAUSE: Final = word_set("believe think expect hope fear feel know doubt worry wonder")


#: Weak cues that take a content clause without "that" ("noted clients are ...").
CLAUSE_TAKING: Final = (
    word_set(
        "note acknowledge agree suggest indicate conclude believe think fear hope expect worry doubt "
        "estimate observe predict hint signal maintain argue insist concede admit warn"
    )
    | broad.COGNITION
)


#: Cues of intention whose content is an infinitive ("plans to", "refused to").
INTENTION: Final = (
    word_set(
        "plan want refuse decline vow pledge promise threaten agree decide hope expect intend urge "
        "call for encourage ask warn"
    )
    | broad.INTENTION
)


#: Words after a cue that start an adverbial or a particle, never the content ("reported from").
NOT_CONTENT: Final = word_set("by from with to for into up off out back down")


ASKING: Final = word_set("ask wonder question")


#: Question words that open an embedded question after a verb of knowing or showing
#: ("shows how", "explained why"); "when", "which", "if" more often open an adverbial.
EMBEDDED_QUESTION: Final = word_set("how why what whether who")


#: Verbs whose content can be an embedded question.
QUESTION_TAKING: Final = word_set(
    "know explain show reveal find understand decide learn describe document illustrate detail discuss "
    "indicate remember wonder question ask"
)


#: Prepositions that introduce the topic of a prepositional cue ("spoke of", "warned against").
TOPIC_PREPOSITIONS: Final = word_set("about of on against")


#: Cues whose content can be a prepositional phrase ("spoke of", "warned about", "wrote on").
PREPOSITIONAL: Final = (
    word_set(
        "write comment warn complain testify joke boast brag worry speculate tweet post argue caution lament muse speak"
    )
    | broad.COMMUNICATION
)


def takes_bare(tokens: Tokens, cls: CueClass, lemma: str, j: int, evidence: bool) -> bool:
    """A content clause straight after the cue ("said he would", "believes the plan ...")."""
    if cls is not CueClass.WEAK:
        return True
    if j >= len(tokens.texts) or not tokens.is_word(j):
        return False
    low = tokens.lows[j]
    if lemma in CLAUSE_TAKING or lemma in NP_TAKING or evidence:
        return low not in PREPOSITIONS and low not in TIME_WORDS
    if lemma == "call" and (low in OBJECT_PRONOUNS or low == "it" or tokens.is_cap(j)):
        # "called him a master", "called Oz a quack": a name and what it was called.
        return j + 1 < len(tokens.texts) and tokens.is_word(j + 1) and tokens.lows[j + 1] not in PREPOSITIONS
    return bare_clause_ok(tokens, lemma, j)


def bare_clause_ok(tokens: Tokens, lemma: str, j: int) -> bool:
    if lemma not in BARE_CLAUSE or j >= len(tokens.texts):
        return False
    return tokens.lows[j] in CLAUSE_OPENERS or tokens.is_cap(j)


def complement(tokens: Tokens, cj: int, cls: CueClass, lemma: str) -> tuple[int | None, bool]:
    """Where the reported content starts after the cue, and whether a marker introduces it.

    The marker ("that", a quotation mark, a colon) makes the reading strong. ``None`` means
    the cue ends its clause ("..., he said." / "..., he said on Monday.").
    """
    n = len(tokens.texts)
    j = cj
    if j >= n or tokens.texts[j] in FINAL:
        return None, False
    low = tokens.lows[j]
    if low == "that" or tokens.texts[j] in OPEN_QUOTES:
        return j, True
    if low == "to" and lemma in INTENTION and j + 1 < n and tokens.is_word(j + 1):
        return j, True
    if low in {"not", "never"} and lemma in INTENTION and j + 2 < n and tokens.lows[j + 1] == "to":
        return j, True  # "vowed not to repeat the mistake"
    if low == ":":
        return (j + 1, True) if j + 1 < n else (None, False)
    if low == ",":
        if j + 1 < n and tokens.texts[j + 1] in OPEN_QUOTES:
            return j + 1, True
        # "insisted, most recently in an interview, that ...": an adverbial between commas.
        for i in range(j + 1, min(n - 1, j + 12)):
            if tokens.texts[i] in FINAL or tokens.texts[i] in ANY_QUOTE:
                break
            if tokens.texts[i] == ",":
                return (i + 1, True) if tokens.lows[i + 1] == "that" else (None, False)
        return None, False
    if low in TOPIC_PREPOSITIONS and lemma in PREPOSITIONAL and j + 1 < n and tokens.is_word(j + 1):
        return j, True  # "warned against ...", "spoke of ..."
    if (
        low.endswith("ly")
        and tokens.texts[j].islower()
        and lemma in PREPOSITIONAL
        and j + 2 < n
        and tokens.lows[j + 1] in TOPIC_PREPOSITIONS
        and tokens.is_word(j + 2)
    ):
        return j + 1, True  # "spoke emotionally of ..."
    skip_object = cls is CueClass.TELL
    if skip_object or low in ADVERBIAL or low in TIME_WORDS:
        commas = 0
        for i in range(j, min(n, j + 12)):
            t = tokens.texts[i]
            if tokens.lows[i] == "that" or t in OPEN_QUOTES:
                return i, True
            if t == ":":
                return (i + 1, True) if i + 1 < n else (None, False)
            if t == ",":
                if i + 1 < n and tokens.texts[i + 1] in OPEN_QUOTES:
                    return i + 1, True
                commas += 1  # "says at a stop in Toledo, Ohio, that ...": keep looking for "that"
                if commas > 2:
                    return None, False
            if t in FINAL:
                break
        if commas:
            return None, False
        if skip_object:
            if lemma in INTENTION and object_then(tokens, j, "to"):
                return j, True  # "urged supporters to vote": the content is the object and its infinitive
            if lemma in ASKING and object_then(tokens, j, "about"):
                return j, True  # "asked the mayor about the strike"
            return after_object(tokens, j), False
        return None, False
    if not tokens.is_word(j) or low in NOT_CONTENT or low == "tank":
        return None, False  # "reported from Midway", "a think tank"
    if low in AUXILIARIES and cls is CueClass.WEAK:
        return None, False  # "Health worries have dogged ...": the cue word is a noun
    # (after a saying verb an auxiliary opens a gapped clause: "which he said were false")
    if low in QUESTION_WORDS and lemma in ASKING:
        return j, True
    if low in EMBEDDED_QUESTION and lemma in QUESTION_TAKING:
        return j, True  # "the slide shows how ...", "has yet to explain why ..."
    if low in {"about", "of", "on"} and lemma in PREPOSITIONAL and j + 1 < n and tokens.is_word(j + 1):
        return j, True
    # A quotation right after a short object: "called the plan \u201ca disgrace\u201d".
    for i in range(j + 1, min(n, j + 5)):
        if tokens.texts[i] in OPEN_QUOTES:
            return j, True
        if not tokens.is_word(i):
            break
    return j, False


def object_then(tokens: Tokens, j: int, word: str) -> bool:
    """A short object followed by ``word``: "urged voters to", "asked the mayor about"."""
    n = len(tokens.texts)
    for i in range(j, min(n - 1, j + 5)):
        if tokens.lows[i] == word:
            return i > j and tokens.is_word(i + 1)
        if not tokens.is_word(i) or tokens.lows[i] in NP_STOP:
            return False
    return False


def after_object(tokens: Tokens, j: int) -> int | None:
    """Skip the addressee of a telling verb: "told reporters he ...", "told The Post the ..."."""
    n = len(tokens.texts)
    if tokens.lows[j] in OBJECT_PRONOUNS:
        return j + 1 if j + 1 < n and tokens.is_word(j + 1) else None
    i = j
    if tokens.lows[i] in DETERMINERS:
        i += 1
    if i < n and tokens.is_cap(i):
        limit = min(n, i + 6)
        while i < limit and (tokens.is_cap(i) or tokens.texts[i] == "."):
            i += 1
    elif i < n and tokens.is_word(i):
        i += 1
    return i if i < n and tokens.is_word(i) and tokens.lows[i] not in {"to", "about", "of"} else None
