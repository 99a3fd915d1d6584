"""Attributions: who said what, with which cue, quoted or reported, and inside whose report.

:func:`find_attributions` scans sentences for reporting cues (:mod:`._attribution_lexicon`)
and reads each cue's frame with patterns over a light tokenisation, without a parser:

* pre-posed: ``X said (that) ...``, ``X told Y (that) ...``, ``X said: "..."``;
* post-posed: ``"...," X said.`` and ``..., X added on Monday.``;
* inverted: ``"...," said X.``;
* ``according to X, ...`` and ``..., according to X.``;
* passive: ``it was reported that ...`` (no source);
* quotations that run over several sentences, and a quote interrupted by its cue
  (``"First part," he said, "second part."``).

The source is the noun phrase next to the cue, with titles and appositions
("Pentagon spokesman Maj. Gen. Pat Ryder", "Adam Schiff, the top Democrat on the committee,").
A pronoun source ("He emphasized") is resolved to the nearest preceding named source or name
and its antecedent span is given. Unnamed sources ("a senior US military official") are kept as
written with ``source_kind="unnamed"``. An attribution whose cue lies inside another's content
names that one as ``parent`` (the article says that Bild reported that NATO is considering ...).

All offsets are code-point offsets into ``text``; the scan is linear in the text (bounded
windows, no backtracking patterns).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from factcheck.extract._attribution_lexicon import (
    CLASSES,
    FORMS,
    MULTIWORD_FIRST,
    MULTIWORD_PATTERN,
    NOUNISH_FORMS,
    REITERATION_LEMMAS,
    CueClass,
    multiword_lemma,
    word_set,
)
from factcheck.provenance import SpeechMode

__all__ = ["AttributionMention", "SourceKind", "find_attributions"]

SourceKind = Literal["named", "pronoun", "unnamed"]


@dataclass(frozen=True, slots=True)
class AttributionMention:
    """One attribution: a cue, its source, its content, and how it nests.

    ``source_start``/``source_end`` are ``None`` when the text names no source ("it was
    reported that ..."); ``source_kind`` is then ``"unnamed"``. ``antecedent_start``/
    ``antecedent_end`` are set only for a pronoun source resolved to a name. ``parent`` is the
    index (in the returned list) of the innermost attribution whose content holds this cue.
    ``reiteration`` is true for "reiterated"/"repeated".
    """

    cue_start: int
    cue_end: int
    cue: str
    source_start: int | None
    source_end: int | None
    source_kind: SourceKind
    antecedent_start: int | None
    antecedent_end: int | None
    content_start: int
    content_end: int
    mode: SpeechMode
    parent: int | None
    reiteration: bool


# Tokens: words with inner hyphens, apostrophes and dots ("Holtz-Eakin", "Clinton's", "U.S"),
# or one non-space character. Each alternative consumes at least one character and the inner
# group needs a separator before each repeat, so matching is linear.
_TOKEN: Final = re.compile(r"''|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")

# Two apostrophes ('') are a double quotation mark in some newswire text.
_OPEN_QUOTES: Final = frozenset({"\u201c", '"', "\u2018", "''"})
_CLOSE_QUOTES: Final = frozenset({"\u201d", '"', "\u2019", "''"})
_QUOTE_PAIRS: Final = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "''": "''"}
_OPENER_OF: Final = {"\u201d": "\u201c", '"': '"', "\u2019": "\u2018", "''": "''"}
_FINAL: Final = frozenset({".", "!", "?"})
#: How far back (characters) a pronoun looks for its antecedent: about three sentences.
_ANTECEDENT_WINDOW: Final = 600
#: How many of the nearest preceding contents are tried as the parent of a cue.
_PARENT_CANDIDATES: Final = 16
#: A quotation or content is never followed further than this many characters.
_MAX_QUOTE: Final = 3000

#: Auxiliaries and adverbs between a source and its cue ("has also said", "later told").
_GAP: Final = word_set(
    "also has have had 've 'd \u2019ve \u2019d would will could did does do is was were are been be "
    "not never previously later then once recently reportedly repeatedly publicly privately "
    "again first just already still further quickly simply even earlier often frequently "
    "initially subsequently originally flatly bluntly openly explicitly specifically "
    "additionally separately angrily immediately now since"
)
#: Words that end a source noun phrase when read leftwards from the cue.
_NP_STOP: Final = word_set(
    "that which but because when while if as so than after before since where why how what "
    "though although whether unless until is are was were be been being has have had do does "
    "did will would can could should may might must not to for in on at by with from into "
    "about over under during against without within through across per via also then now "
    "however meanwhile instead indeed moreover yet still later earlier yesterday today "
    "tonight tomorrow finally first last once again here there thus hence nor or said says "
    "told tells say tell and"
)
_DETERMINERS: Final = word_set(
    "the a an another some many several both all each every no most this these those one two "
    "three four five other others any"
)
_PRONOUNS: Final = word_set("he she they it we i you who which")
_PERSONAL: Final = word_set("he she they it")
_OBJECT_PRONOUNS: Final = word_set("me him her them us you")
_TIME_WORDS: Final = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)
_ABBREVIATIONS: Final = word_set(
    "mr mrs ms dr sen rep gov gen lt col maj capt adm sgt st jr sr prof u.s u.k u.n rev pres "
    "sec atty supt cmdr cpl pvt brig"
)
#: First words of an adverbial between a cue and its content ("said on Monday that").
_ADVERBIAL: Final = word_set(
    "in on at during last this earlier later yesterday today tonight recently repeatedly "
    "publicly privately again also in after before while when via through late early "
    "separately previously once shortly"
)
#: Clause openers after a cognition verb without "that" ("believes the plan", "thinks he").
_CLAUSE_OPENERS: Final = word_set("the a an he she it they we i you there this his her their our its")
#: Cognition verbs that take a bare clause ("I think we can win").
_BARE_CLAUSE: Final = word_set("believe think expect hope fear feel know doubt worry wonder")
_SENTENCE_WORDS: Final = word_set(
    "the a an but and in on at as if so it this that there he she they we i you his her their "
    "our its when while after before for with by from to of or yet still also then"
)
_NOUN_MARKERS: Final = _DETERMINERS | word_set("his her their its our my your editor\u2019s editor's")
#: Lower-case words ending in -ed/-ing that are often inside a source noun phrase.
_NP_WORDS: Final = word_set("unnamed retired embattled elected appointed king ring")
_COORDINATORS: Final = word_set("and but or")
_LEFT_PUNCT: Final = frozenset({",", "\u201d", '"', "\u2019", "''", "\u2014", "\u2013", "("})
_PASSIVE: Final = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|had|has)\s*$")


@dataclass(slots=True)
class _Tokens:
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Tokens:
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        for match in _TOKEN.finditer(text, start, end):
            starts.append(match.start())
            ends.append(match.end())
            texts.append(match.group())
        return cls(starts, ends, texts, [t.lower() for t in texts])

    def is_word(self, i: int) -> bool:
        return self.texts[i][0].isalnum() or self.texts[i][0] == "_"

    def is_cap(self, i: int) -> bool:
        return self.texts[i][0].isupper()


@dataclass(slots=True)
class _Found:
    cue_start: int
    cue_end: int
    cue: str
    source: tuple[int, int] | None
    content: tuple[int, int]


def find_attributions(text: str, sentences: Sequence[tuple[int, int]]) -> list[AttributionMention]:
    """Find the attributions in ``text``, scanning the given sentence spans.

    Args:
        text: The whole document text; offsets refer to it.
        sentences: Half-open ``(start, end)`` sentence spans, in document order. Quotations
            may run past a sentence end; everything else stays inside its sentence.

    Returns:
        The attributions sorted by cue start, with ``parent`` indices into this list.
    """
    found: list[_Found] = []
    for s_start, s_end in sentences:
        s_start = max(0, s_start)
        s_end = min(len(text), s_end)
        if s_end <= s_start:
            continue
        tokens: _Tokens | None = None
        first_in_sentence = len(found)
        for cue in _cues(text, s_start, s_end):
            if tokens is None:
                tokens = _Tokens.of(text, s_start, s_end)
            previous = found[-1].source if len(found) > first_in_sentence else None
            item = _read_frame(text, s_start, s_end, tokens, cue, previous)
            if item is not None:
                found.append(item)
    found.sort(key=lambda f: (f.cue_start, f.cue_end))
    return _finish(text, sentences, found)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    lemma: str
    cls: CueClass
    form: str


_WORD: Final = re.compile(r"[A-Za-z]+")


def _cues(text: str, s_start: int, s_end: int) -> list[_Cue]:
    """Cue words in the sentence: a dictionary look-up per word, multi-word cues by pattern."""
    out: list[_Cue] = []
    skip_to = s_start
    for match in _WORD.finditer(text, s_start, s_end):
        start = match.start()
        if start < skip_to:
            continue
        word = match.group()
        low = word.lower()
        if low in MULTIWORD_FIRST:
            multi = MULTIWORD_PATTERN.match(text, start, s_end)
            if multi is not None:
                if _plausible_cue(text, s_start, start, word):
                    out.append(_Cue(start, multi.end(), multiword_lemma(multi), CueClass.SAY, low))
                skip_to = multi.end()
                continue
        lemma = FORMS.get(low)
        if lemma is None:
            continue
        end = match.end()
        # Inside a hyphenated or apostrophised word ("so-called", "don't"): not a cue.
        if (start > 0 and text[start - 1] in "-'\u2019") or (end < len(text) and text[end] in "-'\u2019"):
            continue
        if not _plausible_cue(text, s_start, start, word):
            continue
        cls = CueClass.WEAK if low in NOUNISH_FORMS else CLASSES[lemma]
        out.append(_Cue(start, end, lemma, cls, low))
    return out


def _plausible_cue(text: str, s_start: int, start: int, word: str) -> bool:
    """Reject capitalised forms inside a sentence ("The Post", "Reports"): names, not verbs."""
    if not word[0].isupper():
        return True
    i = start - 1
    while i >= s_start and text[i].isspace() and start - i < 16:
        i -= 1
    return i < s_start or text[i].isspace() or text[i] in _OPEN_QUOTES or text[i] == "'"


def _token_index(tokens: _Tokens, offset: int) -> int:
    return bisect.bisect_left(tokens.starts, offset)


def _read_frame(
    text: str, s_start: int, s_end: int, tokens: _Tokens, cue: _Cue, previous: tuple[int, int] | None
) -> _Found | None:
    """Read the frame around one cue; None when the cue word is not an attribution here."""
    lemma, cls = cue.lemma, cue.cls
    ci = _token_index(tokens, cue.start)
    cj = _token_index(tokens, cue.end)
    n = len(tokens.texts)
    if ci >= n:
        return None
    if ci > 0 and (tokens.lows[ci - 1] in _NOUN_MARKERS or tokens.lows[ci - 1].endswith(("\u2019s", "'s"))):
        return None  # a noun: "the report", "his claims", "Trump's tweet"
    if lemma == "according to":
        return _according_to(text, s_start, s_end, tokens, cue, ci, cj)

    right, strong = _complement(tokens, cj, cls)
    # Passive with no agent: "it was reported that ...".
    prefix = text[max(s_start, cue.start - 40) : cue.start]
    if _PASSIVE.search(prefix) and right is not None and strong:
        return _Found(cue.start, cue.end, lemma, None, _content_after(text, s_end, tokens, right))

    k = ci - 1
    while k >= 0 and tokens.lows[k] in _GAP:
        k -= 1
    if k < 0:
        return None
    if tokens.texts[k] in _LEFT_PUNCT:
        if cue.form.endswith("ing") and tokens.texts[k] == ",":
            return _participle(text, s_end, tokens, cue, right, strong, previous)
        return _inverted_or_apposition(text, s_start, s_end, tokens, cue, k, cj, right, strong)
    if tokens.lows[k] in _COORDINATORS:
        # "... and said she would ...": the subject is the sentence's, if it opens with a name.
        if right is None or (cls is CueClass.WEAK and not strong):
            return None
        return _Found(cue.start, cue.end, lemma, _opening_name(tokens), _content_after(text, s_end, tokens, right))
    np_start = _np_back(tokens, k)
    if np_start is None:
        return None
    source = (tokens.starts[np_start], tokens.ends[k])
    before = np_start - 1
    postposed = before >= 0 and (tokens.texts[before] in {",", "\u2014", "\u2013"} or _closes_quote(tokens, before))
    interrupted = postposed and cj < n and tokens.texts[cj] == ","
    if right is not None and strong and not interrupted:
        return _Found(cue.start, cue.end, lemma, source, _content_after(text, s_end, tokens, right))
    # After "In Ohio, Trump said" a clause must open like one ("he", "the", a name), or the
    # words after the cue are an adverbial of a post-posed cue ("..., she said to the TV.").
    if right is not None and _takes_bare(tokens, cls, lemma, right) and (not postposed or _opens_clause(tokens, right)):
        return _Found(cue.start, cue.end, lemma, source, _content_after(text, s_end, tokens, right))
    if postposed:
        content = _content_before(text, s_start, tokens, before)
        if content is None:
            return None
        content = _extend_interrupted(text, s_end, tokens, cj, content)
        return _Found(cue.start, cue.end, lemma, source, content)
    if cls is CueClass.WEAK:
        return None
    # A saying verb with a source but no readable content ("That was what she said when ...").
    rest = _content_after(text, s_end, tokens, cj) if cj < n else (source[0], cue.end)
    return _Found(cue.start, cue.end, lemma, source, rest if rest[1] > rest[0] else (source[0], cue.end))


def _opens_clause(tokens: _Tokens, j: int) -> bool:
    low = tokens.lows[j]
    if low in _TIME_WORDS:
        return False
    return low in _CLAUSE_OPENERS or low == "that" or (tokens.is_cap(j) and tokens.is_word(j))


def _opening_name(tokens: _Tokens) -> tuple[int, int] | None:
    """The capitalised name that opens the sentence ("Merrill says ... and said ...")."""
    n = len(tokens.texts)
    i = 0
    while i < n and tokens.texts[i] in _OPEN_QUOTES:
        i += 1
    start = i
    limit = min(n, i + 6)
    while i < limit and (tokens.is_cap(i) or _abbreviation_dot(tokens, i)) and tokens.lows[i] not in _NP_STOP:
        i += 1
    if i == start or (i - start == 1 and tokens.lows[start] in _SENTENCE_WORDS):
        return None
    return tokens.starts[start], tokens.ends[i - 1]


def _takes_bare(tokens: _Tokens, cls: CueClass, lemma: str, j: int) -> bool:
    """A content clause straight after the cue ("said he would", "believes the plan ...")."""
    if cls is not CueClass.WEAK:
        return True
    return _bare_clause_ok(tokens, lemma, j)


def _participle(
    text: str,
    s_end: int,
    tokens: _Tokens,
    cue: _Cue,
    right: int | None,
    strong: bool,
    previous: tuple[int, int] | None,
) -> _Found | None:
    """ ", adding that ..." / ", saying ...": the speaker is the one of the clause before."""
    if right is None or (cue.cls is CueClass.WEAK and not strong):
        return None
    # The speaker of the attribution just before, in the same sentence.
    source = previous
    return _Found(cue.start, cue.end, cue.lemma, source, _content_after(text, s_end, tokens, right))


def _closes_quote(tokens: _Tokens, i: int) -> bool:
    """True when token ``i`` is a closing quote with a comma, '?' or '!' just inside it."""
    return i >= 1 and tokens.texts[i] in _CLOSE_QUOTES and tokens.texts[i - 1] in {",", "?", "!"}


def _bare_clause_ok(tokens: _Tokens, lemma: str, j: int) -> bool:
    if lemma not in _BARE_CLAUSE or j >= len(tokens.texts):
        return False
    return tokens.lows[j] in _CLAUSE_OPENERS or tokens.is_cap(j)


def _complement(tokens: _Tokens, cj: int, cls: CueClass) -> tuple[int | None, bool]:
    """Where the reported content starts after the cue, and whether a marker introduces it.

    The marker ("that", a quotation mark, a colon) makes the reading strong. ``None`` means
    the cue ends its clause ("..., he said." / "..., he said on Monday.").
    """
    n = len(tokens.texts)
    j = cj
    if j >= n or tokens.texts[j] in _FINAL:
        return None, False
    low = tokens.lows[j]
    if low == "that" or tokens.texts[j] in _OPEN_QUOTES:
        return j, True
    if low == ":":
        return (j + 1, True) if j + 1 < n else (None, False)
    if low == ",":
        return (j + 1, True) if j + 1 < n and tokens.texts[j + 1] in _OPEN_QUOTES else (None, False)
    skip_object = cls is CueClass.TELL
    if skip_object or low in _ADVERBIAL or low in _TIME_WORDS:
        for i in range(j, min(n, j + 9)):
            t = tokens.texts[i]
            if tokens.lows[i] == "that" or t in _OPEN_QUOTES:
                return i, True
            if t == ":":
                return (i + 1, True) if i + 1 < n else (None, False)
            if t == ",":
                return (i + 1, True) if i + 1 < n and tokens.texts[i + 1] in _OPEN_QUOTES else (None, False)
            if t in _FINAL:
                break
        if skip_object:
            return _after_object(tokens, j), False
        return None, False
    if not tokens.is_word(j):
        return None, False
    return j, False


def _after_object(tokens: _Tokens, j: int) -> int | None:
    """Skip the addressee of a telling verb: "told reporters he ...", "told The Post the ..."."""
    n = len(tokens.texts)
    if tokens.lows[j] in _OBJECT_PRONOUNS:
        return j + 1 if j + 1 < n and tokens.is_word(j + 1) else None
    i = j
    if tokens.lows[i] in _DETERMINERS:
        i += 1
    if i < n and tokens.is_cap(i):
        limit = min(n, i + 6)
        while i < limit and (tokens.is_cap(i) or tokens.texts[i] == "."):
            i += 1
    elif i < n and tokens.is_word(i):
        i += 1
    return i if i < n and tokens.is_word(i) and tokens.lows[i] not in {"to", "about", "of"} else None


def _np_back(tokens: _Tokens, k: int) -> int | None:
    """Start token of the noun phrase that ends at token ``k``, or None when there is none."""
    low = tokens.lows[k]
    if low in _PRONOUNS:
        return k
    i = k
    floor = max(0, k - 12)
    start: int | None = None
    while i >= floor:
        t = tokens.texts[i]
        lw = tokens.lows[i]
        if tokens.is_word(i):
            if lw in _PRONOUNS or lw in _TIME_WORDS:
                break
            if lw in _NP_STOP and not _inner_link(tokens, i):
                break
            if i < k and not tokens.is_cap(i) and lw.endswith(("ed", "ing")) and lw not in _NP_WORDS:
                break  # a verb or participle before the noun phrase: "angered Karl Olsen"
            start = i
            if lw in _DETERMINERS and not (i >= 1 and tokens.lows[i - 1] in {"of", "and"}):
                break
        elif t == ")" and i == k:
            # "Sen. David Perdue (R-Ga.) said": the parenthesis belongs to the name.
            opening = _matching_paren(tokens, i)
            if opening is None:
                break
            i = opening
        elif not (_abbreviation_dot(tokens, i) or t in {"&", "-"}):
            break
        i -= 1
    if start is None:
        return None
    # A leading sentence adverb or conjunction is not part of the source.
    while start <= k and tokens.lows[start] in _NP_STOP:
        start += 1
    return start if start <= k else None


def _matching_paren(tokens: _Tokens, i: int) -> int | None:
    for p in range(i - 1, max(-1, i - 10), -1):
        if tokens.texts[p] == "(":
            return p
        if tokens.texts[p] in _FINAL and tokens.texts[p] != ".":
            return None
    return None


def _abbreviation_dot(tokens: _Tokens, i: int) -> bool:
    """The dot of "Mr." or of an initial ("J."), which stays inside a name."""
    return tokens.texts[i] == "." and i >= 1 and (tokens.lows[i - 1] in _ABBREVIATIONS or len(tokens.texts[i - 1]) == 1)


def _inner_link(tokens: _Tokens, i: int) -> bool:
    """'and' between names ("Obama and Clinton"), 'of' inside titles ("Secretary of State")."""
    lw = tokens.lows[i]
    if lw == "of":
        return i >= 1 and tokens.is_word(i - 1) and tokens.lows[i - 1] not in _NP_STOP
    if lw == "and":
        return i >= 1 and tokens.is_cap(i - 1) and i + 1 < len(tokens.texts) and tokens.is_cap(i + 1)
    return False


def _inverted_or_apposition(
    text: str,
    s_start: int,
    s_end: int,
    tokens: _Tokens,
    cue: _Cue,
    k: int,
    cj: int,
    right: int | None,
    strong: bool,
) -> _Found | None:
    """The cue follows a comma or a closing quote: an apposition, or "..., said X."."""
    weak = cue.cls is CueClass.WEAK
    if tokens.texts[k] == "," and right is not None and (strong or not weak):
        # "Adam Schiff, the top Democrat on the committee, said that ...".
        for p in range(k - 1, max(-1, k - 16), -1):
            if tokens.texts[p] == ",":
                if p >= 1 and tokens.is_word(p - 1) and tokens.is_cap(p - 1):
                    head = _np_back(tokens, p - 1)
                    if head is not None:
                        source = (tokens.starts[head], tokens.ends[k])
                        return _Found(cue.start, cue.end, cue.lemma, source, _content_after(text, s_end, tokens, right))
                break
            if tokens.texts[p] in _FINAL or tokens.texts[p] in _OPEN_QUOTES or tokens.texts[p] in _CLOSE_QUOTES:
                break
    if right is not None and strong:
        # "..., and said that ..." with the subject elided.
        if weak:
            return None
        return _Found(cue.start, cue.end, cue.lemma, None, _content_after(text, s_end, tokens, right))
    # Inverted: "..., said the official." The source follows the cue.
    quoted = tokens.texts[k] in _CLOSE_QUOTES or (k >= 1 and tokens.texts[k - 1] in _CLOSE_QUOTES)
    if weak and not quoted:
        return None
    after = _np_forward(tokens, cj)
    if after is None:
        return None
    content = _content_before(text, s_start, tokens, k)
    if content is None:
        return None
    content = _extend_interrupted(text, s_end, tokens, after[1], content)
    return _Found(cue.start, cue.end, cue.lemma, _span(tokens, after), content)


def _span(tokens: _Tokens, pair: tuple[int, int] | None) -> tuple[int, int] | None:
    if pair is None:
        return None
    return tokens.starts[pair[0]], tokens.ends[pair[1] - 1]


def _np_forward(tokens: _Tokens, j: int, limit: int = 14) -> tuple[int, int] | None:
    """The noun phrase starting at token ``j``, as a half-open token range, up to punctuation."""
    n = len(tokens.texts)
    i = j
    while i < n and i < j + limit:
        t = tokens.texts[i]
        lw = tokens.lows[i]
        if tokens.is_word(i):
            if i > j and (lw in {"who", "which", "that", "in", "on", "at", "during", "told", "after", "when", "while"}):
                break
            if i > j and lw in _TIME_WORDS:
                break
        elif not (i > j and _abbreviation_dot(tokens, i)) and t not in {"&", "-", "\u2019", "'"}:
            break
        i += 1
    if i == j:
        return None
    return j, i


def _according_to(text: str, s_start: int, s_end: int, tokens: _Tokens, cue: _Cue, ci: int, cj: int) -> _Found | None:
    source = _np_forward(tokens, cj, limit=16)
    if source is None:
        return None
    n = len(tokens.texts)
    src_end = source[1]
    if ci > 0 and any(tokens.is_word(i) for i in range(max(0, ci - 3), ci)):
        # "..., according to X." The content is what comes before.
        before = ci - 1
        content = _content_before(text, s_start, tokens, before) if tokens.texts[before] == "," else None
        if content is None:
            begin = tokens.starts[0]
            content = (begin, tokens.ends[ci - 1])
        return _Found(cue.start, cue.end, "according to", _span(tokens, source), content)
    # "According to X, ..." The content follows the comma after the source.
    start = src_end + 1 if src_end < n and tokens.texts[src_end] == "," else src_end
    if start >= n:
        return None
    return _Found(cue.start, cue.end, "according to", _span(tokens, source), _content_after(text, s_end, tokens, start))


def _content_after(text: str, s_end: int, tokens: _Tokens, j: int) -> tuple[int, int]:
    """Content from token ``j`` to the end of its sentence or of the quotation it opens."""
    start = tokens.starts[j]
    opener = tokens.texts[j]
    if opener in _OPEN_QUOTES:
        close = text.find(_QUOTE_PAIRS[opener], start + 1, start + _MAX_QUOTE)
        if close != -1:
            end = close + 1
            return start, end
    end = tokens.ends[-1]
    last = tokens.texts[-1]
    if last in _FINAL or (last in {",", ";", ":"}):
        end = tokens.starts[-1]
    elif last in _CLOSE_QUOTES and len(tokens.texts) >= 2 and tokens.texts[-2] in _FINAL and opener not in _OPEN_QUOTES:
        # A partial quote at the end: keep the quote mark, drop nothing.
        end = tokens.ends[-1]
    return start, max(start, end)


def _content_before(text: str, s_start: int, tokens: _Tokens, k: int) -> tuple[int, int] | None:
    """Content that ends just before token ``k`` (a comma, dash or closing quote)."""
    if _closes_quote(tokens, k) or (tokens.texts[k] in _CLOSE_QUOTES and k >= 1):
        end = tokens.ends[k]
        closer = tokens.texts[k]
        opener = _OPENER_OF[closer]
        open_at = text.rfind(opener, max(0, end - _MAX_QUOTE), tokens.starts[k])
        if open_at != -1:
            return open_at, end
    if k >= 1 and tokens.texts[k] == "," and tokens.texts[k - 1] in _CLOSE_QUOTES:
        return _content_before(text, s_start, tokens, k - 1)
    if k == 0:
        return None
    return tokens.starts[0], tokens.ends[k - 1]


def _extend_interrupted(
    text: str, s_end: int, tokens: _Tokens, after: int, content: tuple[int, int]
) -> tuple[int, int]:
    """Join ``"First part," he said, "second part."`` into one content span."""
    n = len(tokens.texts)
    j = after + 1 if after < n and tokens.texts[after] not in {",", ":"} else after
    limit = min(n, j + 6)
    while j < limit and tokens.is_word(j) and tokens.lows[j] in _ADVERBIAL | _TIME_WORDS:
        j += 1
    if (
        j + 1 < n
        and tokens.texts[j] == ","
        and tokens.texts[j + 1] in _OPEN_QUOTES
        and text[content[0]] in _OPEN_QUOTES
    ):
        _, end = _content_after(text, s_end, tokens, j + 1)
        return content[0], end
    return content


def _finish(text: str, sentences: Sequence[tuple[int, int]], found: list[_Found]) -> list[AttributionMention]:
    """Classify sources, resolve pronouns, and link nesting; returns the public records."""
    by_content = sorted(range(len(found)), key=lambda i: (found[i].content[0], -found[i].content[1]))
    content_starts = [found[i].content[0] for i in by_content]
    sentence_starts = [s for s, _ in sentences]
    named_sources: list[tuple[int, int]] = []
    result: list[AttributionMention] = []
    for index, item in enumerate(found):
        kind: SourceKind = "unnamed"
        antecedent: tuple[int, int] | None = None
        if item.source is not None:
            src_text = text[item.source[0] : item.source[1]]
            kind = _source_kind(src_text)
            if kind == "pronoun":
                antecedent = _antecedent(text, sentences, sentence_starts, named_sources, item.source)
            elif kind == "named":
                named_sources.append(item.source)
        parent = _parent(found, by_content, content_starts, index)
        opening = text[item.content[0] : item.content[0] + 2]
        direct = opening[:1] in _OPEN_QUOTES or opening == "''"
        mode = SpeechMode.DIRECT if direct else SpeechMode.INDIRECT
        result.append(
            AttributionMention(
                cue_start=item.cue_start,
                cue_end=item.cue_end,
                cue=item.cue,
                source_start=item.source[0] if item.source else None,
                source_end=item.source[1] if item.source else None,
                source_kind=kind,
                antecedent_start=antecedent[0] if antecedent else None,
                antecedent_end=antecedent[1] if antecedent else None,
                content_start=item.content[0],
                content_end=item.content[1],
                mode=mode,
                parent=parent,
                reiteration=item.cue in REITERATION_LEMMAS,
            )
        )
    return result


def _source_kind(src_text: str) -> SourceKind:
    words = [w for w in _TOKEN.findall(src_text) if w[0].isalnum()]
    if not words:
        return "unnamed"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    core = src_text.split(",", 1)[0]
    core_words = [w for w in _TOKEN.findall(core) if w[0].isalnum()] or words
    head = core_words[-1]
    if head[0].isupper() or head.isupper():
        return "named"
    return "unnamed"


def _parent(found: list[_Found], by_content: list[int], content_starts: list[int], index: int) -> int | None:
    """Innermost other attribution whose content contains this cue.

    Only the contents that start nearest before the cue are tried (a bounded number), which
    keeps the whole pass linear; an enclosing content starts close to what it encloses.
    """
    item = found[index]
    best: int | None = None
    best_len = 0
    hi = bisect.bisect_right(content_starts, item.cue_start)
    for pos in range(hi - 1, max(-1, hi - 1 - _PARENT_CANDIDATES), -1):
        other = by_content[pos]
        if other == index:
            continue
        c_start, c_end = found[other].content
        if c_start <= item.cue_start and item.cue_end <= c_end:
            length = c_end - c_start
            if best is None or length < best_len:
                best, best_len = other, length
    return best


def _antecedent(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_starts: list[int],
    named_sources: list[tuple[int, int]],
    source: tuple[int, int],
) -> tuple[int, int] | None:
    """The name a pronoun source stands for: the nearest preceding named source or name."""
    pronoun = text[source[0] : source[1]].lower()
    if pronoun in {"who", "which"}:
        return _relative_antecedent(text, source[0])
    if pronoun not in _PERSONAL:
        return None
    here = bisect.bisect_right(sentence_starts, source[0]) - 1
    window_start = sentences[max(0, here - 2)][0] if sentences else 0
    window_start = max(window_start, source[0] - _ANTECEDENT_WINDOW)
    # The nearest named source in this or the previous two sentences wins; a bare name
    # written nearer (a place, an object) is only the fallback.
    for span in reversed(named_sources):
        if span[1] <= source[0]:
            if span[0] >= window_start:
                return span
            break
    return _last_name(text, window_start, source[0])


_NAME_RUN: Final = re.compile(
    r"(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Adm|Capt|Sgt|Prof)\.\s+)?"
    r"[A-Z][\w\u2019'\-]{0,40}(?:\s+[A-Z][\w\u2019'\-]{0,40}){0,4}"
)


def _last_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last run of capitalised words in ``text[start:end]`` that is not a sentence opener."""
    best: tuple[int, int] | None = None
    for match in _NAME_RUN.finditer(text, start, end):
        words = match.group().split()
        first = words[0].lower().rstrip(".")
        if len(words) == 1 and (first in _SENTENCE_WORDS or first in _TIME_WORDS or first in _PRONOUNS):
            continue
        m_start = match.start()
        if first in _SENTENCE_WORDS:
            m_start += len(words[0]) + 1
            m_start = text.find(words[1], m_start - 1, match.end()) if len(words) > 1 else m_start
        best = (m_start, match.end())
    return best


def _relative_antecedent(text: str, at: int) -> tuple[int, int] | None:
    """The noun phrase before ", who" / ", which"."""
    window_start = max(0, at - 200)
    tokens = _Tokens.of(text, window_start, at)
    k = len(tokens.texts) - 1
    if k >= 0 and tokens.texts[k] == ",":
        k -= 1
    if k < 0 or not tokens.is_word(k):
        return None
    start = _np_back(tokens, k)
    if start is None:
        return None
    return tokens.starts[start], tokens.ends[k]
