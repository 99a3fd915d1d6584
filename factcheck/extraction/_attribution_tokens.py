"""The light tokenisation the attribution frames read, and word-level helpers over it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Final

from factcheck.extraction._attribution_lexicon import word_set
from factcheck.extraction._attribution_words import (
    ANY_QUOTE,
    AUXILIARIES,
    CLAUSE_OPENERS,
    CLOSE_QUOTES,
    DETERMINERS,
    FINAL,
    GAP,
    NOT_ADVERBS,
    NP_STOP,
    SENTENCE_WORDS,
    TIME_WORDS,
    TOKEN,
)

__all__ = [
    "ABBREVIATIONS",
    "CLAUSE_BREAKS",
    "CLAUSE_MARKS",
    "FINITE_HINTS",
    "MAIN_SUBJECTS",
    "TIME_LINKS",
    "Tokens",
    "abbreviation_dot",
    "closes_quote",
    "is_gap",
    "is_name",
    "matching_paren",
    "next_comma",
    "next_index_table",
    "opens_clause",
    "opens_that_clause",
    "token_index",
    "token_span",
]


ABBREVIATIONS: Final = word_set(
    "mr mrs ms dr sen rep gov gen lt col maj capt adm sgt st jr sr prof u.s u.k u.n rev pres "
    "sec atty supt cmdr cpl pvt brig"
)


#: Words of a short time adverbial between a source and its cue ("Sanders on Tuesday said").
TIME_LINKS: Final = word_set("on last this")


CLAUSE_BREAKS: Final = word_set("but though although yet while whereas assuming and")


def next_index_table(n: int, marked: list[int]) -> list[int]:
    """``table[i]`` = the first marked index >= i, or ``n``; filled by slices, not per token."""
    table = [n] * (n + 1)
    previous = 0
    for index in marked:
        table[previous : index + 1] = [index] * (index + 1 - previous)
        previous = index + 1
    return table


#: Subjects and verb forms that mark a new main clause after a comma (see ``main_clause_cuts``).
MAIN_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i"})


FINITE_HINTS: Final = frozenset(
    {"does", "doesn't", "doesn\u2019t", "says", "said", "thinks", "believes", "knows", "added"}
)


#: Tokens where a reported clause may end (checked further in ``clause_cuts``).
CLAUSE_MARKS: Final = frozenset({";", "(", "\u2014", "\u2013", "-", ",", "but", "yet"})


@dataclass(slots=True)
class Tokens:
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]
    _cuts: tuple[list[int], list[int]] | None = None
    _clauses: list[int] | None = None
    _mains: list[int] | None = None

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Tokens:
        matches = list(TOKEN.finditer(text, start, end))
        texts = [m.group() for m in matches]
        return cls([m.start() for m in matches], [m.end() for m in matches], texts, [t.lower() for t in texts])

    def quote_cuts(self) -> tuple[list[int], list[int]]:
        """For each token, the index of the next quote that closes with ",?!" and of the next opening quote.

        Computed once per sentence, so looking them up per cue stays O(1).
        """
        if self._cuts is None:
            quotes = [i for i, t in enumerate(self.texts) if t in ANY_QUOTE]
            closers = next_index_table(len(self.texts), [i for i in quotes if closes_quote(self, i)])
            openers = next_index_table(len(self.texts), [i for i in quotes if self._opens_quote(i)])
            self._cuts = (closers, openers)
        return self._cuts

    def clause_cuts(self) -> list[int]:
        """For each token, the index of the next token where a reported clause ends.

        A semicolon, a dash, an opening parenthesis, ", but" / ", though" / ", yet" before a new
        clause, or "but" before an auxiliary ("... to change the law but has been met with ...").
        """
        if self._clauses is None:
            texts, lows, n = self.texts, self.lows, len(self.texts)
            cuts = []
            for i in [i for i, t in enumerate(lows) if t in CLAUSE_MARKS]:
                t = texts[i]
                after = lows[i + 1] if i + 1 < n else ""
                if t == ",":
                    # ", though she admitted ..." opens a new clause; ", but simply political
                    # will" continues the reported one.
                    opener = lows[i + 2] if i + 2 < n else ""
                    if after in CLAUSE_BREAKS and (opener in CLAUSE_OPENERS or (i + 2 < n and self.is_cap(i + 2))):
                        cuts.append(i)
                elif t in {"but", "yet"} or lows[i] in {"but", "yet"}:
                    if after in AUXILIARIES:
                        cuts.append(i)
                else:
                    cuts.append(i)
            self._clauses = next_index_table(n, cuts)
        return self._clauses

    def main_clause_cuts(self) -> list[int]:
        """For each token, the index of the next comma that opens a new main clause: a comma,
        a personal pronoun and a finite verb (", he said", ", they have ...")."""
        if self._mains is None:
            lows, n = self.lows, len(self.lows)
            cuts = [
                i
                for i in range(n - 2)
                if self.texts[i] == ","
                and lows[i + 1] in MAIN_SUBJECTS
                and (lows[i + 2] in AUXILIARIES or lows[i + 2] in FINITE_HINTS or lows[i + 2].endswith("n't"))
            ]
            self._mains = next_index_table(n, cuts)
        return self._mains

    def _opens_quote(self, i: int) -> bool:
        t = self.texts[i]
        if t in {"\u201c", "\u2018"}:
            return True
        if t in {'"', "''"}:
            spaced = i == 0 or self.ends[i - 1] < self.starts[i]
            return spaced and not closes_quote(self, i)
        return False

    def is_word(self, i: int) -> bool:
        return self.texts[i][0].isalnum() or self.texts[i][0] == "_"

    def is_cap(self, i: int) -> bool:
        return self.texts[i][0].isupper()


def opens_that_clause(tokens: Tokens, t: int) -> bool:
    """Whether the "that" at ``t`` opens a clause: a subject follows (a pronoun, a determiner,
    a name, or a bare plural and a verb: "that costs would rise"), not a demonstrative."""
    n = len(tokens.texts)
    after = tokens.lows[t + 1]
    if after in CLAUSE_OPENERS or after in DETERMINERS or tokens.is_cap(t + 1):
        return True
    return (
        after.endswith("s")
        and not after.endswith("ss")
        and t + 2 < n
        and tokens.texts[t + 2].islower()
        and tokens.lows[t + 2] not in NP_STOP
    ) or (t + 2 < n and after.endswith("s") and tokens.lows[t + 2] in AUXILIARIES)


def is_name(tokens: Tokens, k: int) -> bool:
    """A capitalised word that is not the first word of the sentence (which is capitalised anyway)."""
    return (
        tokens.is_cap(k)
        and tokens.is_word(k)
        and (k > 0 or len(tokens.texts[k]) > 1)
        and tokens.lows[k] not in SENTENCE_WORDS
    )


def token_index(tokens: Tokens, offset: int) -> int:
    return bisect.bisect_left(tokens.starts, offset)


def is_gap(tokens: Tokens, k: int) -> bool:
    """Auxiliaries, negations and adverbs between a source and its cue ("didn't", "cynically")."""
    low = tokens.lows[k]
    if low in GAP or low.endswith(("n't", "n\u2019t")) or low in TIME_WORDS:
        return True
    if low in TIME_LINKS and k + 1 < len(tokens.texts) and tokens.lows[k + 1] in TIME_WORDS:
        return True
    if len(low) == 4 and low.isdigit() and k >= 1 and tokens.lows[k - 1] in {"in", "since"}:
        return True  # "who in 2010 said"
    if (
        low in {"in", "since"}
        and k + 1 < len(tokens.texts)
        and len(tokens.lows[k + 1]) == 4
        and tokens.lows[k + 1].isdigit()
    ):
        return True
    # A lower-case -ly word is an adverb here ("Gingrich cynically said"); "Kelly" is a name.
    return low.endswith("ly") and len(low) > 4 and tokens.texts[k].islower() and low not in NOT_ADVERBS


def opens_clause(tokens: Tokens, j: int) -> bool:
    low = tokens.lows[j]
    if low in TIME_WORDS:
        return False
    return low in CLAUSE_OPENERS or low == "that" or (tokens.is_cap(j) and tokens.is_word(j))


def next_comma(tokens: Tokens, j: int) -> int | None:
    for i in range(j, min(len(tokens.texts), j + 40)):
        if tokens.texts[i] == ",":
            return i
    return None


def closes_quote(tokens: Tokens, i: int) -> bool:
    """True when token ``i`` is a closing quote with a comma, '?' or '!' just inside it."""
    if i < 1 or tokens.texts[i] not in CLOSE_QUOTES:
        return False
    inside = tokens.texts[i - 1]
    if inside in {"'", "\u2019"} and i >= 2:
        inside = tokens.texts[i - 2]  # a quotation inside the quotation ends with it: ,'"
    return inside in {",", "?", "!"}


def matching_paren(tokens: Tokens, i: int) -> int | None:
    for p in range(i - 1, max(-1, i - 10), -1):
        if tokens.texts[p] == "(":
            return p
        if tokens.texts[p] in FINAL and tokens.texts[p] != ".":
            return None
    return None


def abbreviation_dot(tokens: Tokens, i: int) -> bool:
    """The dot of "Mr." or of an initial ("J."), which stays inside a name."""
    if tokens.texts[i] != "." or i < 1 or tokens.ends[i - 1] != tokens.starts[i]:
        return False
    before = tokens.texts[i - 1]
    return tokens.lows[i - 1] in ABBREVIATIONS or len(before) == 1 or "." in before


def token_span(tokens: Tokens, pair: tuple[int, int] | None) -> tuple[int, int] | None:
    if pair is None:
        return None
    return tokens.starts[pair[0]], tokens.ends[pair[1] - 1]
