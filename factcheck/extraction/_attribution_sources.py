"""Source noun phrases next to a cue: their boundaries, and names for pronoun sources."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Final

from factcheck.extraction._attribution_lexicon import word_set
from factcheck.extraction._attribution_tokens import Tokens, abbreviation_dot, matching_paren
from factcheck.extraction._attribution_words import (
    CLOSE_QUOTES,
    DETERMINERS,
    EVIDENCE,
    FIRST_SECOND,
    NOT_ADVERBS,
    NOUN_MARKERS,
    NP_STOP,
    OBJECT_PRONOUNS,
    OPEN_QUOTES,
    PERSONAL,
    PREPOSITIONS,
    PRONOUNS,
    QUESTION_WORDS,
    SENTENCE_WORDS,
    SUBORDINATORS,
    TIME_WORDS,
)

__all__ = [
    "ANTECEDENT_WINDOW",
    "FOCUS",
    "FORWARD_STOP",
    "LEADING_ADVERBS",
    "NAME_RUN",
    "NOT_HEADS",
    "NOT_SINGLE_NAMES",
    "NP_PREPOSITIONS",
    "NP_WORDS",
    "RELATIVE_PRONOUNS",
    "ROLE_NOUNS",
    "TIME_NOUNS",
    "NameIndex",
    "evidence_subject",
    "inner_link",
    "np_back",
    "np_forward",
    "opening_name",
    "opens_apposition",
    "plausible_weak_source",
    "relative_antecedent",
    "resolve_antecedent",
    "skip_adverbials",
]


#: Relative pronouns that stand as a source by themselves ("whose X" is matched by its first word).
RELATIVE_PRONOUNS: Final = word_set("who which that")


#: How far back (characters) a pronoun looks for its antecedent: about three sentences.
ANTECEDENT_WINDOW: Final = 600


#: Lower-case words ending in -ed/-ing that are often inside a source noun phrase.
NP_WORDS: Final = word_set("unnamed retired embattled elected appointed king ring")


FORWARD_STOP: Final = word_set("who which that in on at during told after when while before because as")


LEADING_ADVERBS: Final = word_set("today yesterday tonight recently later earlier also again then now")


TIME_NOUNS: Final = word_set("week month year fall spring summer winter weekend morning afternoon evening night")


NOT_HEADS: Final = word_set("next last first new latest recent same other previous please liberal conservative")


FOCUS: Final = word_set("even only just almost also both either")


def evidence_subject(tokens: Tokens, k: int) -> int | None:
    """Start of a subject such as "The latest poll released Friday" that ends at token ``k``."""
    for i in range(k, max(-1, k - 10), -1):
        if not tokens.is_word(i):
            return None
        if tokens.lows[i] in EVIDENCE:
            return np_back(tokens, i)
    return None


def plausible_weak_source(tokens: Tokens, start: int, k: int) -> bool:
    """A weak cue needs a source that looks like an agent: a name, a pronoun, a determined or plural noun."""
    if k > start and abbreviation_dot(tokens, k):
        k -= 1  # "John G. Roberts Jr.": the head is the word before the dot
    head = tokens.lows[k]
    return (
        tokens.is_cap(k)
        or head in EVIDENCE
        or head == "percent"
        or tokens.texts[start][0].isdigit()
        or head in PRONOUNS
        or tokens.lows[start] in NOUN_MARKERS
        or any(tokens.lows[i].endswith(("\u2019s", "'s")) for i in range(start, k))
        or (head.endswith("s") and not head.endswith("ss"))
    )


def opening_name(tokens: Tokens) -> tuple[int, int] | None:
    """The subject that opens the sentence ("Merrill says ... and said ...", "He spoke ...,
    saying ..."): a capitalised name or a personal pronoun, after a fronted phrase such as
    "In his speech," if there is one."""
    n = len(tokens.texts)
    i = 0
    while i < n and tokens.texts[i] in OPEN_QUOTES:
        i += 1
    if i < n and (tokens.lows[i] in PREPOSITIONS or tokens.lows[i] in SUBORDINATORS):
        comma = next((p for p in range(i + 1, min(n, i + 10)) if tokens.texts[p] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < n and (tokens.lows[i] in PERSONAL or tokens.lows[i] in FIRST_SECOND):
        return tokens.starts[i], tokens.ends[i]
    start = i
    limit = min(n, i + 6)
    while i < limit and (tokens.is_cap(i) or abbreviation_dot(tokens, i)) and tokens.lows[i] not in NP_STOP:
        i += 1
    if i == start or (i - start == 1 and tokens.lows[start] in SENTENCE_WORDS):
        return None
    return tokens.starts[start], tokens.ends[i - 1]


def np_back(tokens: Tokens, k: int) -> int | None:
    """Start token of the noun phrase that ends at token ``k``, or None when there is none."""
    low = tokens.lows[k]
    if low in {"him", "them", "me", "us"} and k >= 2 and tokens.lows[k - 1] in {"to", "of", "around", "near", "with"}:
        # "Those close to him say": an object pronoun ends the phrase of a subject before it.
        # (one step only: "him to him to him" must not recurse)
        if not tokens.is_word(k - 2) or tokens.lows[k - 2] in OBJECT_PRONOUNS:
            return None
        return np_back(tokens, k - 2)
    if low in PRONOUNS:
        return k
    if tokens.texts[k].islower() and low.endswith(("ed", "ing")) and low not in NP_WORDS:
        return None  # a verb, not the head of a noun phrase: "heralded plans to"
    if low in NOT_HEADS:
        return None  # an adjective, so the cue word is a noun: "the next attack"
    i = k
    floor = max(0, k - 12)
    start: int | None = None
    while i >= floor:
        t = tokens.texts[i]
        lw = tokens.lows[i]
        if tokens.is_word(i):
            if lw in PRONOUNS or lw in TIME_WORDS:
                break
            if lw in NP_STOP and not inner_link(tokens, i):
                break
            if i < k and not tokens.is_cap(i) and lw.endswith(("ed", "ing")) and lw not in NP_WORDS:
                break  # a verb or participle before the noun phrase: "angered Karl Olsen"
            start = i
            linked = i >= 1 and (
                tokens.lows[i - 1] in {"of", "and"}
                or (tokens.lows[i - 1] in NP_PREPOSITIONS and inner_link(tokens, i - 1))
            )
            if lw in DETERMINERS and not linked:
                break
        elif t == ")" and i == k:
            # "Sen. David Perdue (R-Ga.) said": the parenthesis belongs to the name.
            opening = matching_paren(tokens, i)
            if opening is None:
                break
            i = opening
        elif not (abbreviation_dot(tokens, i) or t in {"&", "-", "/"}):
            break
        i -= 1
    if start is None:
        return None
    # A leading sentence adverb, conjunction or focus word is not part of the source.
    while start <= k and (tokens.lows[start] in NP_STOP or tokens.lows[start] in FOCUS or tokens.lows[start] == "of"):
        start += 1
    if start > k or all(tokens.texts[i].isdigit() for i in range(start, k + 1) if tokens.is_word(i)):
        return None  # nothing left, or only a number ("in 2010 said")
    return start


#: Prepositions that can sit inside a source noun phrase (see ``inner_link``).
NP_PREPOSITIONS: Final = word_set("on from for in at")


#: Nouns of role that take a prepositional modifier inside a source ("senator from Texas").
ROLE_NOUNS: Final = word_set(
    "senator director head chairman chairwoman chair member spokesman spokeswoman spokesperson official "
    "president professor lawyer editor leader commission committee board expert analyst fellow economist "
    "researcher correspondent reporter aide adviser advisor minister secretary representative"
)


def inner_link(tokens: Tokens, i: int) -> bool:
    """'and' between names ("Obama and Clinton"), 'of' inside titles ("Secretary of State")."""
    lw = tokens.lows[i]
    if lw == "of":
        return i >= 1 and tokens.is_word(i - 1) and tokens.lows[i - 1] not in NP_STOP
    if lw in NP_PREPOSITIONS:
        # "officials from both parties", "the Commission on Presidential Debates", "experts on
        # Korea": a preposition after a plural noun, a role noun or a name modifies it.
        if i < 1 or i + 1 >= len(tokens.texts) or not tokens.is_word(i - 1) or not tokens.is_word(i + 1):
            return False
        left = tokens.lows[i - 1]
        if left in NP_STOP or left in TIME_WORDS or left.isdigit() or left.endswith(("ed", "ing")):
            return False
        plural = left.endswith("s") and not left.endswith(("ss", "us", "is"))
        return plural or left in ROLE_NOUNS or (tokens.is_cap(i - 1) and tokens.is_cap(i + 1))
    if lw == "and":
        if i < 1 or i + 1 >= len(tokens.texts) or not tokens.is_word(i - 1):
            return False
        if tokens.is_cap(i - 1) and tokens.is_cap(i + 1):
            return True
        # "Companies and individuals", "protesters and civic leaders": two plural nouns.
        left, right = tokens.lows[i - 1], tokens.lows[i + 1]
        plural = left.endswith("s") and not left.endswith("ss") and left not in NP_STOP
        return plural and (right.endswith("s") or tokens.lows[i + 1] not in DETERMINERS)
    return False


def np_forward(tokens: Tokens, j: int, limit: int = 14, *, apposition: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token ``j``, as a half-open token range, up to punctuation.

    Leading time adverbials are skipped ("said on Monday the minister"); with ``apposition``,
    a trailing apposition that runs to the end of the sentence is included ("said Ann Lee, a
    professor at Oslo University.").
    """
    n = len(tokens.texts)
    j = skip_adverbials(tokens, j)
    i = j
    while i < n and i < j + limit:
        t = tokens.texts[i]
        lw = tokens.lows[i]
        if tokens.is_word(i):
            if i > j and lw in FORWARD_STOP:
                break
            if i > j and lw in TIME_WORDS:
                break
        elif t == "(" and i > j:
            closing = next((p for p in range(i + 1, min(n, i + 10)) if tokens.texts[p] == ")"), None)
            if closing is None:
                break
            i = closing
        elif not (i > j and abbreviation_dot(tokens, i)) and t not in {"&", "-", "\u2019", "'"}:
            break
        i += 1
    if i == j:
        return None
    if apposition and i + 1 < n and tokens.texts[i] == "," and opens_apposition(tokens, i + 1):
        comma = next((p for p in range(i + 1, min(n, i + 26)) if tokens.texts[p] == ","), None)
        if comma is not None:
            last = comma  # "said Donald Trump, her opponent, at a rally": the apposition ends here
        else:
            last = n - 1
            while last > i and not tokens.is_word(last) and tokens.texts[last] != ")":
                last -= 1
        span = range(i + 1, last + 1)
        if 0 < len(span) <= 25 and not any(
            tokens.texts[p] in OPEN_QUOTES or tokens.texts[p] in CLOSE_QUOTES for p in span
        ):
            return j, last + 1
    return j, i


def opens_apposition(tokens: Tokens, j: int) -> bool:
    """An apposition names or describes ("a professor at ...", "the head of ..."); a relative
    clause ("who emphasized ..."), a participle ("speaking of ...") or a prepositional phrase
    ("on his first day ...") is not part of the source."""
    low = tokens.lows[j]
    if low in PRONOUNS or low in PREPOSITIONS or low in NP_STOP or low in QUESTION_WORDS:
        return False
    if tokens.texts[j].islower() and low.endswith(("ing", "ed")) and low not in NP_WORDS:
        return False
    return tokens.is_word(j)


def skip_adverbials(tokens: Tokens, j: int) -> int:
    n = len(tokens.texts)
    for _ in range(4):
        if j >= n:
            break
        low = tokens.lows[j]
        if low in TIME_WORDS or low in LEADING_ADVERBS:
            j += 1
        elif low in {"this", "last", "next"} and j + 1 < n and tokens.lows[j + 1] in TIME_NOUNS:
            j += 2
        elif low.endswith("ly") and tokens.texts[j].islower() and low not in NOT_ADVERBS:
            j += 1
        else:
            break
    return j


def resolve_antecedent(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_starts: list[int],
    named_sources: list[tuple[int, int]],
    source: tuple[int, int],
    names: NameIndex,
) -> tuple[int, int] | None:
    """The name a pronoun source stands for: the nearest preceding named source or name."""
    pronoun = text[source[0] : source[1]].lower()
    if pronoun in RELATIVE_PRONOUNS or pronoun.startswith("whose"):
        return relative_antecedent(text, source[0])
    if pronoun not in PERSONAL:
        return None
    here = bisect.bisect_right(sentence_starts, source[0]) - 1
    window_start = sentences[max(0, here - 2)][0] if sentences else 0
    window_start = max(window_start, source[0] - ANTECEDENT_WINDOW)
    # The nearest named source in this or the previous two sentences wins; a bare name
    # written nearer (a place, an object) is only the fallback.
    for span in reversed(named_sources):
        if span[1] <= source[0]:
            if span[0] >= window_start:
                return span
            break
    return names.last_before(window_start, source[0])


NAME_RUN: Final = re.compile(
    r"(?=[A-Z])(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Adm|Capt|Sgt|Prof)\.\s+)?"
    r"[A-Z][\w\u2019'\-]{0,40}(?:\s+[A-Z][\w\u2019'\-]{0,40}){0,4}"
)


class NameIndex:
    """The runs of capitalised words in the scanned text that can be names, found in one pass.

    A pronoun then finds its nearest preceding name by bisection, so resolving many pronouns
    stays linear in the text. The pass runs lazily, only as far as a pronoun asks: the text
    after the last pronoun source is never scanned.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._text = text
        self._runs: Iterator[re.Match[str]] = iter(())
        self._pending: re.Match[str] | None = None
        if sentences:
            begin = max(0, min(s for s, _ in sentences))
            finish = min(len(text), max(e for _, e in sentences))
            self._runs = NAME_RUN.finditer(text, begin, finish)
            self._pending = next(self._runs, None)

    def _index_until(self, end: int) -> None:
        """Index every run that ends at or before ``end`` (runs do not overlap, so ends increase)."""
        text, match = self._text, self._pending
        while match is not None and match.end() <= end:
            words = match.group().split()
            first = words[0].lower().rstrip(".")
            if len(words) > 1 or first not in NOT_SINGLE_NAMES:
                m_start = match.start()
                if first in SENTENCE_WORDS:
                    # "The Pentagon" / "But Smith": the name starts at the second word.
                    m_start = text.find(words[1], m_start + len(words[0]), match.end())
                self.starts.append(m_start)
                self.ends.append(match.end())
            match = next(self._runs, None)
        self._pending = match

    def last_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The last name that ends at or before ``end`` and starts at or after ``start``."""
        self._index_until(end)
        index = bisect.bisect_right(self.ends, end) - 1
        if index < 0 or self.starts[index] < start:
            return None
        return self.starts[index], self.ends[index]


#: One capitalised word that is no name by itself: a sentence opener, a month or day, a pronoun.
NOT_SINGLE_NAMES: Final = SENTENCE_WORDS | TIME_WORDS | PRONOUNS


def relative_antecedent(text: str, at: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun hangs on: before ", who", ", which", ", whose", "that".

    A comma, a dash or a closing quote between is skipped ("the study -- which", '"some people"
    who'); a role phrase in apposition to a name takes the name in ("Jane Doe, the minister,
    who" gives "Jane Doe, the minister"), so the speaker resolves to the person.
    """
    window_start = max(0, at - 200)
    tokens = Tokens.of(text, window_start, at)
    k = len(tokens.texts) - 1
    if k >= 0 and tokens.texts[k] in _BEFORE_RELATIVE:
        k -= 2 if k >= 1 and tokens.texts[k - 1 : k + 1] == ["-", "-"] else 1
    if k >= 0 and tokens.texts[k] in CLOSE_QUOTES:
        k -= 1
    if k < 0 or not tokens.is_word(k):
        return None
    start = np_back(tokens, k)
    if start is None:
        return None
    if not tokens.is_cap(start) and start >= 2 and tokens.texts[start - 1] == "," and tokens.is_cap(start - 2):
        name = np_back(tokens, start - 2)
        if name is not None and tokens.is_cap(name) and (name == 0 or tokens.lows[name - 1] not in PREPOSITIONS):
            start = name
    return tokens.starts[start], tokens.ends[k]


#: Punctuation between a noun phrase and the relative pronoun that hangs on it.
_BEFORE_RELATIVE: Final = frozenset({",", "-", "\u2014", "\u2013"})
