"""Word sets and patterns shared by the attribution modules (cue frames, sources, contents)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_lexicon import word_set

__all__ = [
    "ADVERBIAL",
    "ANY_QUOTE",
    "AUXILIARIES",
    "BE",
    "CLAUSE_OPENERS",
    "CLOSE_QUOTES",
    "DETERMINERS",
    "EVIDENCE",
    "FINAL",
    "FIRST_SECOND",
    "GAP",
    "MAX_QUOTE",
    "NOT_ADVERBS",
    "NOUN_MARKERS",
    "NP_STOP",
    "NP_TAKING",
    "OBJECT_PRONOUNS",
    "OPENER_OF",
    "OPEN_QUOTES",
    "PERSONAL",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUESTION_WORDS",
    "SENTENCE_WORDS",
    "SUBORDINATORS",
    "TIME_WORDS",
    "TOKEN",
]


# Tokens: words with inner hyphens, apostrophes and dots ("Holtz-Eakin", "Clinton's", "U.S"),
# or one non-space character. Each alternative consumes at least one character and the inner
# group needs a separator before each repeat, so matching is linear.
TOKEN: Final = re.compile(r"''|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")


# Two apostrophes ('') are a double quotation mark in some newswire text.
OPEN_QUOTES: Final = frozenset({"\u201c", '"', "\u2018", "''"})


CLOSE_QUOTES: Final = frozenset({"\u201d", '"', "\u2019", "''"})


OPENER_OF: Final = {"\u201d": "\u201c", '"': '"', "\u2019": "\u2018", "''": "''"}


FINAL: Final = frozenset({".", "!", "?"})


#: A quotation or content is never followed further than this many characters.
MAX_QUOTE: Final = 3000


#: Auxiliaries and adverbs between a source and its cue ("has also said", "later told").
GAP: Final = word_set(
    "also has have had 've 'd \u2019ve \u2019d would will could did does do is was were are been be "
    "not never previously later then once recently reportedly repeatedly publicly privately "
    "again first just already still further quickly simply even earlier often frequently "
    "initially subsequently originally flatly bluntly openly explicitly specifically "
    "additionally separately angrily immediately now since"
)


#: Words that end a source noun phrase when read leftwards from the cue.
NP_STOP: Final = word_set(
    "that which but because when while if as so than after before since where why how what "
    "though although whether unless until is are was were be been being has have had do does "
    "did will would can could should may might must not to for in on at by with from into "
    "about over under during against without within through across per via also then now "
    "however meanwhile instead indeed moreover yet still later earlier yesterday today "
    "tonight tomorrow finally first last once again here there thus hence nor or said says "
    "told tells say tell and"
)


DETERMINERS: Final = word_set(
    "the a an another some many several both all each every no most this these those one two "
    "three four five other others any"
)


PRONOUNS: Final = word_set("he she they it we i you who which")


PERSONAL: Final = word_set("he she they it")


OBJECT_PRONOUNS: Final = word_set("me him her them us you")


TIME_WORDS: Final = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)


#: First words of an adverbial between a cue and its content ("said on Monday that").
ADVERBIAL: Final = word_set(
    "in on at during last this earlier later yesterday today tonight recently repeatedly "
    "publicly privately again also in after before while when via through late early "
    "separately previously once shortly"
)


#: Clause openers after a cognition verb without "that" ("believes the plan", "thinks he").
CLAUSE_OPENERS: Final = word_set("the a an he she it they we i you there this his her their our its")


#: Weak cues of stance whose content is a noun phrase ("cited problems", "attacked Machado").
NP_TAKING: Final = (
    word_set(
        "cite attack criticize criticise endorse denounce blast slam praise support question reject "
        "condemn accuse blame mock applaud dismiss dispute challenge ridicule defend oppose laud hail "
        "chide scold rebuke fault lambast decry deride propose recommend demand highlight echo tout "
        "encourage stress underscore describe explain"
    )
    | broad.STANCE
    | broad.COMMUNICATION
    | {"call for"}
)


#: Heads of sources that report evidence ("the poll shows Clinton ahead").
EVIDENCE: Final = (
    word_set(
        "poll polls survey surveys study studies data report reports analysis research figures numbers "
        "records documents estimates statistics census review audit investigation findings average averages "
        "transcript returns tally count results projections forecast forecasts model index video videos "
        "footage photos images recording recordings"
    )
    | broad.EVIDENCE
)


PREPOSITIONS: Final = word_set(
    "to for with about on in of by at from into up out down off over as after before like than among "
    "against between within without through across under toward towards despite amid behind"
)


SENTENCE_WORDS: Final = word_set(
    "the a an but and in on at as if so it this that there he she they we i you his her their "
    "our its when while after before for with by from to of or yet still also then"
)


NOUN_MARKERS: Final = DETERMINERS | word_set("his her their its our my your editor\u2019s editor's")


NOT_ADVERBS: Final = word_set("family ally assembly rally supply italy july")


SUBORDINATORS: Final = word_set("when while as because before after if since though although")


QUESTION_WORDS: Final = word_set("whether if why how what who when where which")


AUXILIARIES: Final = word_set("has have had is are was were did does do will would can could")


FIRST_SECOND: Final = word_set("i you we")


ANY_QUOTE: Final = frozenset({"\u201c", "\u201d", "\u2018", "\u2019", '"', "''"})


BE: Final = word_set("is are was were be been being")
