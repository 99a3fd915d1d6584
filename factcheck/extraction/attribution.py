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

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_lexicon import (
    CANDIDATE_PATTERN,
    CANDIDATE_PATTERN_ANYCASE,
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

__all__ = ["AttributionMention", "SourceKind", "cue_windows", "find_attributions", "link_reiterations"]

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
#: Weak cues that take a content clause without "that" ("noted clients are ...").
_CLAUSE_TAKING: Final = (
    word_set(
        "note acknowledge agree suggest indicate conclude believe think fear hope expect worry doubt "
        "estimate observe predict hint signal maintain argue insist concede admit warn"
    )
    | broad.COGNITION
)
#: Weak cues of stance whose content is a noun phrase ("cited problems", "attacked Machado").
_NP_TAKING: Final = (
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
#: Cues that report what evidence shows.
_EVIDENCE_CUES: Final = word_set("show find suggest indicate reveal estimate conclude confirm")
#: Heads of sources that report evidence ("the poll shows Clinton ahead").
_EVIDENCE: Final = (
    word_set(
        "poll polls survey surveys study studies data report reports analysis research figures numbers "
        "records documents estimates statistics census review audit investigation findings average averages "
        "transcript returns tally count results projections forecast forecasts model index video videos "
        "footage photos images recording recordings"
    )
    | broad.EVIDENCE
)
#: Cues of intention whose content is an infinitive ("plans to", "refused to").
_INTENTION: Final = (
    word_set(
        "plan want refuse decline vow pledge promise threaten agree decide hope expect intend urge "
        "call for encourage ask warn"
    )
    | broad.INTENTION
)
_PREPOSITIONS: Final = word_set(
    "to for with about on in of by at from into up out down off over as after before like than among "
    "against between within without through across under toward towards despite amid behind"
)
_SENTENCE_WORDS: Final = word_set(
    "the a an but and in on at as if so it this that there he she they we i you his her their "
    "our its when while after before for with by from to of or yet still also then"
)
_NOUN_MARKERS: Final = _DETERMINERS | word_set("his her their its our my your editor\u2019s editor's")
#: Lower-case words ending in -ed/-ing that are often inside a source noun phrase.
_NP_WORDS: Final = word_set("unnamed retired embattled elected appointed king ring")
_NOT_ADVERBS: Final = word_set("family ally assembly rally supply italy july")
_FORWARD_STOP: Final = word_set("who which that in on at during told after when while before because as")
_LEADING_ADVERBS: Final = word_set("today yesterday tonight recently later earlier also again then now")
_TIME_NOUNS: Final = word_set("week month year fall spring summer winter weekend morning afternoon evening night")
#: Words of a short time adverbial between a source and its cue ("Sanders on Tuesday said").
_TIME_LINKS: Final = word_set("on last this")
_SUBORDINATORS: Final = word_set("when while as because before after if since though although")
#: Words after a cue that start an adverbial or a particle, never the content ("reported from").
_NOT_CONTENT: Final = word_set("by from with to for into up off out back down")
_QUESTION_WORDS: Final = word_set("whether if why how what who when where which")
_ASKING: Final = word_set("ask wonder question")
#: Question words that open an embedded question after a verb of knowing or showing
#: ("shows how", "explained why"); "when", "which", "if" more often open an adverbial.
_EMBEDDED_QUESTION: Final = word_set("how why what whether who")
#: Verbs whose content can be an embedded question.
_QUESTION_TAKING: Final = word_set(
    "know explain show reveal find understand decide learn describe document illustrate detail discuss "
    "indicate remember wonder question ask"
)
#: Prepositions that introduce the topic of a prepositional cue ("spoke of", "warned against").
_TOPIC_PREPOSITIONS: Final = word_set("about of on against")
#: Cues whose content can be a prepositional phrase ("spoke of", "warned about", "wrote on").
_PREPOSITIONAL: Final = (
    word_set(
        "write comment warn complain testify joke boast brag worry speculate tweet post argue caution lament muse speak"
    )
    | broad.COMMUNICATION
)
_NOT_HEADS: Final = word_set("next last first new latest recent same other previous please liberal conservative")
_FOCUS: Final = word_set("even only just almost also both either")
_CLAUSE_BREAKS: Final = word_set("but though although yet while whereas assuming and")
_AUXILIARIES: Final = word_set("has have had is are was were did does do will would can could")
_FIRST_SECOND: Final = word_set("i you we")
#: Cognition cues that, after "I"/"you"/"we", hedge rather than attribute ("I think", "you know").
_HEDGES: Final = word_set("think know believe feel hope guess mean expect suppose say tell")
_COORDINATORS: Final = word_set("and but or")
_LEFT_PUNCT: Final = frozenset({",", "\u201d", '"', "\u2019", "''", "\u2014", "\u2013", "("})
_PASSIVE: Final = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|had|has)\s*$")


def _next_index_table(n: int, marked: list[int]) -> list[int]:
    """``table[i]`` = the first marked index >= i, or ``n``; filled by slices, not per token."""
    table = [n] * (n + 1)
    previous = 0
    for index in marked:
        table[previous : index + 1] = [index] * (index + 1 - previous)
        previous = index + 1
    return table


#: Subjects and verb forms that mark a new main clause after a comma (see ``main_clause_cuts``).
_MAIN_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i"})
_FINITE_HINTS: Final = frozenset(
    {"does", "doesn't", "doesn\u2019t", "says", "said", "thinks", "believes", "knows", "added"}
)
_ANY_QUOTE: Final = frozenset({"\u201c", "\u201d", "\u2018", "\u2019", '"', "''"})
#: Tokens where a reported clause may end (checked further in ``clause_cuts``).
_CLAUSE_MARKS: Final = frozenset({";", "(", "\u2014", "\u2013", "-", ",", "but", "yet"})


@dataclass(slots=True)
class _Tokens:
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]
    _cuts: tuple[list[int], list[int]] | None = None
    _clauses: list[int] | None = None
    _mains: list[int] | None = None

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Tokens:
        matches = list(_TOKEN.finditer(text, start, end))
        texts = [m.group() for m in matches]
        return cls([m.start() for m in matches], [m.end() for m in matches], texts, [t.lower() for t in texts])

    def quote_cuts(self) -> tuple[list[int], list[int]]:
        """For each token, the index of the next quote that closes with ",?!" and of the next opening quote.

        Computed once per sentence, so looking them up per cue stays O(1).
        """
        if self._cuts is None:
            quotes = [i for i, t in enumerate(self.texts) if t in _ANY_QUOTE]
            closers = _next_index_table(len(self.texts), [i for i in quotes if _closes_quote(self, i)])
            openers = _next_index_table(len(self.texts), [i for i in quotes if self._opens_quote(i)])
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
            for i in [i for i, t in enumerate(lows) if t in _CLAUSE_MARKS]:
                t = texts[i]
                after = lows[i + 1] if i + 1 < n else ""
                if t == ",":
                    # ", though she admitted ..." opens a new clause; ", but simply political
                    # will" continues the reported one.
                    opener = lows[i + 2] if i + 2 < n else ""
                    if after in _CLAUSE_BREAKS and (opener in _CLAUSE_OPENERS or (i + 2 < n and self.is_cap(i + 2))):
                        cuts.append(i)
                elif t in {"but", "yet"} or lows[i] in {"but", "yet"}:
                    if after in _AUXILIARIES:
                        cuts.append(i)
                else:
                    cuts.append(i)
            self._clauses = _next_index_table(n, cuts)
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
                and lows[i + 1] in _MAIN_SUBJECTS
                and (lows[i + 2] in _AUXILIARIES or lows[i + 2] in _FINITE_HINTS or lows[i + 2].endswith("n't"))
            ]
            self._mains = _next_index_table(n, cuts)
        return self._mains

    def _opens_quote(self, i: int) -> bool:
        t = self.texts[i]
        if t in {"\u201c", "\u2018"}:
            return True
        if t in {'"', "''"}:
            spaced = i == 0 or self.ends[i - 1] < self.starts[i]
            return spaced and not _closes_quote(self, i)
        return False

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
    #: Shares the subject of the attribution before it (", adding that ...", "and said ...").
    sibling: bool = False


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
        found.extend(_marks(text, s_start, s_end))
        triggers: set[str] = set()
        for cue in _cues(text, s_start, s_end, triggers):
            if tokens is None:
                tokens = _Tokens.of(text, s_start, s_end)
            previous = found[-1].source if len(found) > first_in_sentence else None
            item = _read_frame(text, s_start, s_end, tokens, cue, previous)
            if item is not None:
                found.append(item)
        # The frames beyond the cue lexicon, each behind a word it needs (found by ``_cues``).
        if not triggers:
            continue
        has_that = "that" in triggers
        verb_that = has_that and _THAT.search(text, s_start, s_end) is not None
        noun_that = has_that and not triggers.isdisjoint(_NOUN_TRIGGERS)
        about = "about" in triggers
        seems = not triggers.isdisjoint(broad.SEEM_FORMS)
        adjectives = not triggers.isdisjoint(_ADJECTIVE_TRIGGERS)
        light = not triggers.isdisjoint(_LIGHT_TRIGGERS)
        see_as = text.find(" as ", s_start, s_end) != -1 and not triggers.isdisjoint(broad.SEE_AS_VERBS)
        if not (verb_that or noun_that or about or seems or adjectives or light or see_as):
            continue
        if tokens is None:
            tokens = _Tokens.of(text, s_start, s_end)
        # Characters already inside a cue of this sentence: a frame never adds a second cue
        # over them. (A set of positions, so that the check stays linear; cues are short.)
        covered = {p for f in found[first_in_sentence:] for p in range(f.cue_start, f.cue_end)}
        if verb_that:
            for f in _verb_that(text, s_end, tokens):
                if f.cue_start not in covered:
                    found.append(f)
                    covered.update(range(f.cue_start, f.cue_end))
        for wanted, frame in (
            (adjectives, _belief_adjectives),
            (noun_that, _noun_that),
            (seems, _seems),
            (about, _verb_about),
            (light, _light_verbs),
            (see_as, _see_as),
        ):
            if wanted:
                for f in frame(text, s_end, tokens):
                    if covered.isdisjoint(range(f.cue_start, f.cue_end)):
                        found.append(f)
                        covered.update(range(f.cue_start, f.cue_end))
    found.sort(key=lambda f: (f.cue_start, f.cue_end))
    _end_before_siblings(text, found)
    return _finish(text, sentences, found)


#: How many earlier attributions a sibling or a post-posed cue is compared with.
_SIBLING_WINDOW: Final = 6
_JOINERS: Final = re.compile(
    r"(?:\s*,)?\s*(?:(?:and|but|while|even|then|also|later|has|have|had|will|would|is|was)\s+){0,4}(?:,\s*)?$"
)


def _end_before_siblings(text: str, found: list[_Found]) -> None:
    """End a content where the next attribution of the same sentence begins, when that one is
    not part of it.

    Two cases: a sibling that shares the subject ("X tweeted that A and urged B", "X denied A,
    saying B"), whose cue ends the content before it; and a post-posed cue whose own content
    holds the earlier cue ("X called for A, sources said."), which ends the earlier content
    before its source. Reported speech really nested in a content ("X said that Y said ...")
    stays as it is. Each attribution is compared with a bounded number of earlier ones.
    """
    for b_index, b in enumerate(found):
        for a in found[max(0, b_index - _SIBLING_WINDOW) : b_index]:
            a_start, a_end = a.content
            if a.content[0] < a.cue_start or not (a_start <= b.cue_start < a_end):
                continue
            if b.sibling:
                cut = b.cue_start
            elif b.content[1] <= b.cue_start and b.content[0] <= a.cue_start < b.content[1]:
                cut = b.content[1]
            else:
                continue
            window = text[max(a_start, cut - 40) : cut]
            joined = _JOINERS.search(window)
            end = cut - (len(joined.group()) if joined else 0)
            while end > a_start and text[end - 1] in " \t\n,;":
                end -= 1
            if end > a_start:
                a.content = (a_start, end)


_THAT: Final = re.compile(r"\b(?:[a-z]+(?:ed|s)|worry|fear|hope|doubt) that\b")
#: Verbs of attitude whose base form is also a noun ("the fear that"); with a plural subject
#: and "that" they report ("Farmers fear that ...").
_BASE_THAT: Final = word_set("worry fear hope doubt")


def _verb_that(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A verb outside the lexicon between a named or pronoun subject and "that".

    "Trump bragged that ...", "She realized that ...": a finite verb (-ed, -s) with a name or a
    personal pronoun right before it and a "that" clause right after reports what the subject
    said, thought or found, whatever the verb.
    """
    out: list[_Found] = []
    n = len(tokens.texts)
    for t in range(2, n - 1):
        if tokens.lows[t] != "that" or not tokens.is_word(t + 1):
            continue
        if not _opens_that_clause(tokens, t):
            continue  # "overruled that request": a demonstrative, not a clause
        verb = t - 1
        low = tokens.lows[verb]
        base = low in _BASE_THAT  # "environmentalists worry that ...": a plural subject, no -s
        if not tokens.texts[verb].islower() or not (base or low.endswith(("ed", "s"))) or low in FORMS:
            continue
        if low in _NOT_VERBS or low in _NP_STOP or low.endswith(("ss", "us", "is")):
            continue
        k = verb - 1
        while k >= 0 and _is_gap(tokens, k):
            k -= 1
        if k < 0:
            continue
        subject = tokens.lows[k]
        if base:
            plural = subject.endswith("s") and not subject.endswith("ss") and tokens.texts[k].islower()
            if not (subject == "they" or plural or _is_name(tokens, k)):
                continue  # "I hope that": a hedge; "the fear that": a noun
        elif not (subject in _PERSONAL or subject in _FIRST_SECOND or _is_name(tokens, k)):
            continue
        start = _np_back(tokens, k)
        if start is None:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        cue_start, cue_end = tokens.starts[verb], tokens.ends[verb]
        out.append(_Found(cue_start, cue_end, low, source, _content_after(text, s_end, tokens, t)))
    return out


#: Participles that are adjectives of attitude after "be": "Farmers are worried that ...",
#: whose subject holds the attitude (not a passive with an unnamed agent).
_PSYCH: Final = word_set("worried concerned convinced encouraged alarmed disappointed frustrated pleased")
_BELIEF_ADJECTIVES: Final = broad.BELIEF_ADJECTIVES
_LINKING: Final = word_set(
    "is are was were be been being am 'm \u2019m 're \u2019re 's \u2019s feel feels felt remain remains remained "
    "seem seems seemed"
)
#: What follows an attitude adjective when it reports: a clause or its topic.
_ADJECTIVE_COMPLEMENT: Final = word_set("that about of")


def _belief_adjectives(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A subject, "be" (or "feel", "remain", "seem") and an adjective of certainty or attitude
    with its complement: "The mayor is confident that ...", "Voters remain skeptical of ...".

    The adjective is the cue, the subject the source, the complement the content.
    """
    out: list[_Found] = []
    n = len(tokens.texts)
    for a in range(2, n - 1):
        low = tokens.lows[a]
        if not (low in _BELIEF_ADJECTIVES or low in _EVIDENT) or not tokens.texts[a].islower():
            continue
        nxt = tokens.lows[a + 1]
        if not (
            nxt in _ADJECTIVE_COMPLEMENT
            or (nxt == "whether" and low in _EVIDENT)
            or (low in _CERTAINTY and _opens_clause(tokens, a + 1))
        ):
            continue
        if not tokens.is_word(a + 1) or a + 2 >= n or not tokens.is_word(a + 2):
            continue
        k = a - 1
        while k >= 0 and tokens.lows[k] in _INTENSIFIERS:
            k -= 1
        linked = False
        while k >= 0 and (_is_gap(tokens, k) or tokens.lows[k] in _LINKING):
            linked = linked or tokens.lows[k] in _LINKING
            k -= 1
        if not linked or k < 0 or not tokens.is_word(k):
            continue
        if tokens.lows[k] == "it":
            # "It is clear that ...", "it was unclear whether ...": the writer's evaluation,
            # an attribution with no source.
            if nxt in {"that", "whether"}:
                out.append(
                    _Found(tokens.starts[a], tokens.ends[a], low, None, _content_after(text, s_end, tokens, a + 1))
                )
            continue
        if low in _EVIDENT and low not in _CERTAINTY:
            continue  # "The plan is clear about ...": a description, not a belief
        start = _np_back(tokens, k)
        if start is None or not _plausible_weak_source(tokens, start, k):
            continue
        if tokens.lows[k] in {"this", "that"} or (tokens.lows[k] == "it" and low not in _EVIDENT):
            continue  # "It is hopeful that ...": no one holds the belief
        out.append(
            _Found(
                tokens.starts[a],
                tokens.ends[a],
                low,
                (tokens.starts[start], tokens.ends[k]),
                _content_after(text, s_end, tokens, a + 1),
            )
        )
    return out


_EVIDENT: Final = broad.EVIDENT_ADJECTIVES
_CERTAINTY: Final = word_set("sure confident certain convinced unsure")
_INTENSIFIERS: Final = word_set("very so too quite fairly increasingly deeply highly less more not")


#: Words between a light verb and its noun ("offered some pointed advice", "sent Mr. Xi a letter").
_LIGHT_GAP: Final = word_set(
    "a an the no some little any more new strong sharp clear his her their its our several two"
)


def _light_verbs(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A light verb and a noun of saying: "She offered some advice", "The council issued a
    statement", "He raised questions about ...", "The plan has faced criticism".

    With an agentive verb (offer, issue, raise, send ...) the subject is the source; with a
    receiving one (face, draw, come under) the critics are not named and there is no source.
    The cue runs from the verb to the noun; the content is what follows the verb.
    """
    out: list[_Found] = []
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
                tokens.lows[verb] in _LIGHT_GAP
                or (
                    tokens.texts[verb].islower()
                    and tokens.lows[verb].endswith(("ed", "ing", "ful", "ous", "al", "ive"))
                )
                or _is_name(tokens, verb)
                or _abbreviation_dot(tokens, verb)
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
        cue_start = tokens.starts[verb - 1] if low == "under" else tokens.starts[verb]
        cue = f"{lemma} {noun}"
        if receiving:
            content = _content_after(text, s_end, tokens, i + 1) if i + 1 < n and tokens.is_word(i + 1) else None
            out.append(_Found(cue_start, tokens.ends[i], cue, None, content or (tokens.starts[i], tokens.ends[i])))
            continue
        k = verb - 1
        while k >= 0 and _is_gap(tokens, k):
            k -= 1
        if k < 0 or not tokens.is_word(k):
            continue
        start = _np_back(tokens, k)
        if start is None or not _plausible_weak_source(tokens, start, k):
            continue
        if start == k and tokens.lows[k] in _DETERMINERS:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        out.append(_Found(cue_start, tokens.ends[i], cue, source, _content_after(text, s_end, tokens, verb + 1)))
    return out


#: Words that end the object of "see ... as" before any "as" is reached.
_SEE_AS_STOP: Final = word_set("that which who when because if but and or is was are were has have had to")


def _see_as(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A verb of judgement with "as": "Critics see the plan as a giveaway", "who viewed the
    remark as a dig". The subject is the source (none in the passive "is seen as"); the content
    is the object and what it is seen as.
    """
    out: list[_Found] = []
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
            if not tokens.is_word(j) or tokens.lows[j] in _SEE_AS_STOP:
                break
        if as_at is None or not tokens.is_word(as_at + 1):
            continue
        k = i - 1
        passive = False
        while k >= 0 and _is_gap(tokens, k):
            passive = passive or tokens.lows[k] in _BE
            k -= 1
        lemma = broad.SEE_AS_VERBS[low]
        content = _content_after(text, s_end, tokens, i + 1)
        if passive and as_at == i + 1:
            out.append(_Found(tokens.starts[i], tokens.ends[i], lemma, None, content))  # "is seen as"
            continue
        if as_at == i + 1 or k < 0 or not tokens.is_word(k):
            continue
        start = _np_back(tokens, k)
        if start is None or not _plausible_weak_source(tokens, start, k):
            continue
        out.append(_Found(tokens.starts[i], tokens.ends[i], lemma, (tokens.starts[start], tokens.ends[k]), content))
    return out


def _report_noun(low: str) -> str | None:
    """The singular of a reporting noun ("claims" -> "claim"), or None."""
    if low in broad.REPORT_NOUNS:
        return low
    if low.endswith("s") and low[:-1] in broad.REPORT_NOUNS:
        return low[:-1]
    return None


def _noun_that(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A reporting noun and its "that" clause: "his claim that the vote was rigged", "growing
    concerns that Europe depends on ...", "Okafor's insistence that ...".

    The source is the possessor ("his", "Okafor's"), or none when the noun has no possessor.
    "that" must open a clause (a subject follows), not a relative clause about the noun.
    """
    out: list[_Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 2):
        if tokens.lows[t] != "that" or not tokens.is_word(t + 1):
            continue
        noun = t - 1
        lemma = _report_noun(tokens.lows[noun])
        if lemma is None or not tokens.texts[noun].islower():
            continue
        after = tokens.lows[t + 1]
        if not _opens_that_clause(tokens, t):
            continue
        if after in _PRONOUNS and t + 2 < n and tokens.lows[t + 2] in _RELATIVE_VERBS:
            continue  # "the claim that he made": a relative clause about the claim
        k = noun - 1
        while (
            k >= 0
            and tokens.is_word(k)
            and tokens.texts[k].islower()
            and k > noun - 4
            and (
                tokens.lows[k] not in _NP_STOP
                and tokens.lows[k] not in _NOUN_MARKERS
                and tokens.lows[k] not in _PREPOSITIONS
            )
        ):
            k -= 1  # adjectives: "his repeated emphasis", "growing concerns"
        if k < 0 or not (
            tokens.lows[k] in _NOUN_MARKERS
            or tokens.lows[k] in _PREPOSITIONS
            or tokens.lows[k].endswith(("\u2019s", "'s"))
        ):
            continue  # "I hope that": a verb, not a noun
        source: tuple[int, int] | None = None
        if tokens.lows[k] in {"his", "her", "their", "its", "our", "my", "your"}:
            source = (tokens.starts[k], tokens.ends[k])
        elif tokens.lows[k].endswith(("\u2019s", "'s")) and tokens.is_word(k):
            start = _np_back(tokens, k)
            if start is not None:
                source = (tokens.starts[start], tokens.ends[k])
        elif tokens.lows[k] in {"the", "this", "these", "those"} and lemma in _BARE_NOUNS:
            continue  # "the fear that" without a holder: common wording, rarely a report
        out.append(
            _Found(tokens.starts[noun], tokens.ends[noun], lemma, source, _content_after(text, s_end, tokens, t))
        )
    return out


#: Verbs that, right after "that he/she/they", make "that" a relative pronoun ("the claim that
#: he made", "the pledge that they signed").
_RELATIVE_VERBS: Final = word_set(
    "made make makes gave give gives signed sign signs wrote write writes issued issue issues repeated repeats "
    "offered offers heard hears had has have did does used uses put puts"
)
#: Reporting nouns that, with a determiner and no holder, are too often a plain noun.
_BARE_NOUNS: Final = word_set("view position threat theory fear hope")


def _seems(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """ "The plan seems to work": the writer's impression of the subject, without a source.

    The cue is "seem", the content is the subject with the rest of the clause.
    """
    out: list[_Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 2):
        if tokens.lows[t] not in _SEEM_FORMS or tokens.lows[t + 1] != "to" or not tokens.is_word(t + 2):
            continue
        k = t - 1
        while k >= 0 and _is_gap(tokens, k):
            k -= 1
        if k < 0 or not tokens.is_word(k) or tokens.lows[k] in _FIRST_SECOND:
            continue  # "I seem to recall": the speaker's own hedge
        start = _np_back(tokens, k)
        if start is None:
            continue
        _, end = _content_after(text, s_end, tokens, t + 1)
        out.append(_Found(tokens.starts[t], tokens.ends[t], "seem", None, (tokens.starts[start], end)))
    return out


_SEEM_FORMS: Final = broad.SEEM_FORMS


#: Words after "about" that make it an approximation, not a topic ("about 300 people").
_NUMBER_WORDS: Final = word_set(
    "one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands "
    "million millions billion half a an twice once"
)


def _verb_about(text: str, s_end: int, tokens: _Tokens) -> list[_Found]:
    """A person or group that talks, thinks or feels about something: "She talked about the
    strike", "Voters are worried about prices", "He has been vague about his plans".

    The word before "about" (a verb or an adjective, lower case, after auxiliaries or an
    adverb) is the cue, the name or pronoun before it the source, "about ..." the content. A
    number after "about" makes it an approximation, not a topic.
    """
    out: list[_Found] = []
    n = len(tokens.texts)
    for t in range(1, n - 1):
        if tokens.lows[t] != "about" or not tokens.is_word(t + 1):
            continue
        following = tokens.lows[t + 1]
        if following[0].isdigit() or following in _NUMBER_WORDS or following in _TIME_WORDS:
            continue
        verb = t - 1
        if tokens.texts[verb].islower() and tokens.lows[verb] in {"more", "less", "much", "too", "so", "very"}:
            verb -= 1  # "care more about", "not too concerned about"
        if verb < 1 or not tokens.texts[verb].islower() or not tokens.is_word(verb):
            continue
        low = tokens.lows[verb]
        if low in _NP_STOP or low in _PREPOSITIONS or low in _DETERMINERS or low in _GAP or low in _NOT_ABOUT:
            continue
        k = verb - 1
        while k >= 0 and (_is_gap(tokens, k) or tokens.lows[k] in {"too", "so", "very", "more"}):
            k -= 1
        if k < 0 or not (tokens.lows[k] in _PERSONAL or tokens.lows[k] in _FIRST_SECOND or _is_name(tokens, k)):
            continue
        if tokens.lows[k].endswith(("\u2019s", "'s")):
            continue  # "Holt's question about race": a possessor and a noun
        start = _np_back(tokens, k)
        if start is None:
            continue
        source = (tokens.starts[start], tokens.ends[k])
        out.append(_Found(tokens.starts[verb], tokens.ends[t], low, source, _content_after(text, s_end, tokens, t + 1)))
    return out


#: Words before "about" that do not report ("brought about", "set about", "all about").
_NOT_ABOUT: Final = word_set(
    "brought bring brings bringing came come comes set sets all just only something nothing made make makes "
    "making question questions conversation conversations"
)


def _opens_that_clause(tokens: _Tokens, t: int) -> bool:
    """Whether the "that" at ``t`` opens a clause: a subject follows (a pronoun, a determiner,
    a name, or a bare plural and a verb: "that costs would rise"), not a demonstrative."""
    n = len(tokens.texts)
    after = tokens.lows[t + 1]
    if after in _CLAUSE_OPENERS or after in _DETERMINERS or tokens.is_cap(t + 1):
        return True
    return (
        after.endswith("s")
        and not after.endswith("ss")
        and t + 2 < n
        and tokens.texts[t + 2].islower()
        and tokens.lows[t + 2] not in _NP_STOP
    ) or (t + 2 < n and after.endswith("s") and tokens.lows[t + 2] in _AUXILIARIES)


def _is_name(tokens: _Tokens, k: int) -> bool:
    """A capitalised word that is not the first word of the sentence (which is capitalised anyway)."""
    return (
        tokens.is_cap(k)
        and tokens.is_word(k)
        and (k > 0 or len(tokens.texts[k]) > 1)
        and tokens.lows[k] not in _SENTENCE_WORDS
    )


#: -ed/-s words before "that" which are not reporting verbs ("so much that", "means that").
_NOT_VERBS: Final = word_set(
    "means needs seems appears happens was has does is ensures makes takes gets goes comes was "
    "needed wanted was used asked ensured based owned provided required guaranteed allowed caused "
    "proved assumed"
)


# "PENCE: Well, look ..." / "Poll: Voters abandon ...": a short name and a colon open the line.
_LABEL: Final = re.compile(
    r"[\"\u201c]?(?P<name>[A-Z][\w.\u2019'\-]{0,30}(?:[ \t][A-Z][\w.\u2019'\-]{0,30}){0,3})[ \t]?(?P<cue>:)[ \t]+(?=\S)"
)
# "... the vote.\u201d \u2015 Ana Ruiz": a dash after a closing quote names who said it.
_DASH: Final = re.compile(
    r"[\u201d\"][ \t\u00a0]{0,3}(?P<cue>[\u2015\u2014\u2013])[ \t\u00a0]{0,3}"
    r"(?P<name>[A-Z][\w.\u2019'\-]{0,30}(?:[ \t\u00a0][A-Z][\w.\u2019'\-]{0,30}){0,4})"
)
#: Line labels that are not speakers.
_NOT_SPEAKERS: Final = word_set(
    "latest read note update related photo photos video watch see also editor's editor\u2019s source sources "
    "correction corrections clarification disclosure advertisement credit caption contact email more "
    "subscribe listen transcript"
)


_INITIAL_END: Final = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|Dr|St))\.$")


def _marks(text: str, s_start: int, s_end: int) -> list[_Found]:
    """Attributions marked by punctuation: a speaker label with a colon, a quote signed with a dash."""
    out: list[_Found] = []
    begin = s_start
    while begin < s_end and text[begin].isspace():
        begin += 1
    label = _LABEL.match(text, begin, s_end)
    label_words = label.group("name").split() if label is not None else []
    if (
        label is not None
        and not any(w.lower() in _NOT_SPEAKERS for w in label_words)
        and label_words[0].lower() not in FORMS  # "Said Ellis: ..." is a fronted cue, not a label
        and label_words[0].lower() not in {"the", "a", "an"}  # "The Gap Goes On: ...": a rubric
    ):
        line_end = text.find("\n", label.end(), min(len(text), label.end() + _MAX_QUOTE))
        end = s_end if line_end == -1 else max(s_end, line_end)
        out.append(_Found(label.start("cue"), label.end("cue"), ":", label.span("name"), (label.end(), end)))
    if all(text.find(ch, s_start, s_end) == -1 for ch in "\u2015\u2014\u2013"):
        return out
    for dash in _DASH.finditer(text, s_start, s_end):
        close = dash.start()
        opener = _OPENER_OF[text[close]]
        open_at = text.rfind(opener, max(0, close - _MAX_QUOTE), close)
        if open_at != -1:
            name_start, name_end = dash.span("name")
            if text[name_end - 1] == "." and not _INITIAL_END.search(text, name_start, name_end):
                name_end -= 1  # "― Lena Voss." ends the sentence; "― Ann B." keeps its initial
            out.append(
                _Found(dash.start("cue"), dash.end("cue"), "\u2015", (name_start, name_end), (open_at, close + 1))
            )
    return out


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    lemma: str
    cls: CueClass
    form: str


def _cues(text: str, s_start: int, s_end: int, triggers: set[str]) -> list[_Cue]:
    """Cue words in the sentence: a dictionary look-up per word, multi-word cues by pattern.

    The same scan adds the frame triggers it meets ("that", "about", ...) to ``triggers``.
    """
    out: list[_Cue] = []
    skip_to = s_start
    lowered = text[s_start:s_end].lower()
    if len(lowered) == s_end - s_start:
        spans = [(m.start() + s_start, m.end() + s_start) for m in CANDIDATE_PATTERN.finditer(lowered)]
    else:  # a character whose lower case is longer ("\u0130"): match the original text
        spans = [m.span() for m in CANDIDATE_PATTERN_ANYCASE.finditer(text, s_start, s_end)]
    # Whether the sentence is a title-case headline: only asked when a cue word is capitalised.
    title: bool | None = None
    for start, end in spans:
        word = text[start:end]
        low = word.lower()
        if low in broad.FRAME_TRIGGERS:
            triggers.add(low)
            if low not in FORMS:
                continue
        if start < skip_to:
            continue
        # Inside a hyphenated or apostrophised word ("so-called", "don't"): not a cue.
        if (start > 0 and text[start - 1] in "-'\u2019") or (end < len(text) and text[end] in "-'\u2019"):
            continue
        if title is None and word[0].isupper():
            title = _is_title_case(text[s_start:s_end])
        if low in MULTIWORD_FIRST:
            multi = MULTIWORD_PATTERN.match(text, start, s_end)
            if multi is not None:
                if _plausible_cue(text, s_start, start, word, bool(title)):
                    out.append(_Cue(start, multi.end(), multiword_lemma(multi), CueClass.SAY, low))
                skip_to = multi.end()
                continue
        lemma = FORMS.get(low)
        if lemma is None:
            continue
        if not _plausible_cue(text, s_start, start, word, bool(title)):
            continue
        cls = CueClass.WEAK if low in NOUNISH_FORMS else CLASSES[lemma]
        out.append(_Cue(start, end, lemma, cls, low))
    return out


_LETTERS: Final = re.compile(r"[A-Za-z][a-z]*")


def _is_title_case(sentence: str) -> bool:
    """Most words capitalised, as in a headline (short function words may stay lower case)."""
    words = [w for w in _LETTERS.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _plausible_cue(text: str, s_start: int, start: int, word: str, title: bool) -> bool:
    """Reject capitalised forms inside a sentence ("The Post", "Reports"): names, not verbs.

    In a headline written in title case ("Former Doctor Says Clinton Hid ...") every word is
    capitalised, so there the capital says nothing.
    """
    if not word[0].isupper() or title:
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
    if ci > 0 and tokens.lows[ci - 1].endswith(("\u2019s", "'s")) and tokens.is_word(ci - 1):
        return _nominal(text, s_end, tokens, cue, ci, cj)
    if ci > 0 and tokens.lows[ci - 1] in _NOUN_MARKERS:
        return None  # a noun: "the report", "his claims"
    if lemma == "according to":
        return _according_to(text, s_start, s_end, tokens, cue, ci, cj)

    right, strong = _complement(tokens, cj, cls, lemma)
    # Passive with no agent: "it was reported that ...".
    prefix = text[max(s_start, cue.start - 40) : cue.start]
    if _PASSIVE.search(prefix) and right is not None and strong:
        return _Found(cue.start, cue.end, lemma, None, _content_after(text, s_end, tokens, right))

    k = ci - 1
    passive = False
    while k >= 0 and _is_gap(tokens, k):
        passive = passive or tokens.lows[k] in _BE
        k -= 1
    if k >= 1 and tokens.lows[k] == "to" and cls is not CueClass.WEAK:
        # "continues to insist", "went on to explain", "began to argue": an aspect verb before
        # the cue; its subject is the source.
        aspect = k - 2 if tokens.lows[k - 1] == "on" and k >= 2 else k - 1
        if tokens.lows[aspect] in _ASPECT_VERBS:
            k = aspect - 1
            while k >= 0 and _is_gap(tokens, k):
                k -= 1
    if passive and _participle_form(cue.form) and cue.form not in _PSYCH and k >= 0 and tokens.is_word(k):
        # "The veto is expected to fail", "Clinton was told that ...": the subject is not the
        # source; a "by" phrase names it ("was first reported by the Post").
        return _passive(text, s_end, tokens, cue, cj, right, strong, k)
    if k < 0:
        return _fronted(text, s_end, tokens, cue, cj)
    if tokens.texts[k] in {"\u2019", "'"} and k >= 1 and tokens.ends[k - 1] == tokens.starts[k]:
        return None  # "Americans' support for ...": a possessive, so the cue word is a noun
    if k >= 0 and tokens.lows[k] == "having" and cue.form == "said":
        return None  # "Having said that, ...": a discourse phrase
    if tokens.texts[k] in _LEFT_PUNCT:
        if cue.form.endswith("ing") and tokens.texts[k] == ",":
            return _participle(text, s_end, tokens, cue, right, strong, previous)
        return _inverted_or_apposition(text, s_start, s_end, tokens, cue, k, cj, right, strong)
    if tokens.lows[k] in _COORDINATORS:
        # "... and said she would ...": the subject is the sentence's, if it opens with a name.
        clause = (
            cls is not CueClass.WEAK and (_opens_clause(tokens, right) or lemma in _NP_TAKING)
            if right is not None
            else False
        )
        if right is None or not (
            strong or clause or (cls is CueClass.WEAK and _takes_bare(tokens, cls, lemma, right, False))
        ):
            return None
        return _Found(
            cue.start, cue.end, lemma, _opening_name(tokens), _content_after(text, s_end, tokens, right), sibling=True
        )
    if cue.form.endswith("ing") and tokens.lows[k] in _PREPOSITIONS:
        # "... for saying that ...", "by saying he ...": the speaker is not in this phrase.
        return _participle(text, s_end, tokens, cue, right, strong, previous)
    np_start = _np_back(tokens, k)
    if lemma in _EVIDENCE_CUES and (
        np_start is None or not any(tokens.lows[i] in _EVIDENCE for i in range(np_start, k + 1))
    ):
        # "A poll released in August found that ...", "A 2014 study by Professor Lee found ...":
        # the evidence noun heads a modified subject, which runs up to the cue.
        evidence_start = _evidence_subject(tokens, k)
        if evidence_start is not None:
            np_start, k = evidence_start, ci - 1
    if np_start is None or (np_start == k and tokens.lows[k] in _DETERMINERS and tokens.lows[k] != "one"):
        return None  # "The newly detailed plan": a determiner alone is not a source
    if cls is CueClass.WEAK and cue.form.endswith("ing") and np_start > 0 and tokens.lows[np_start - 1] == "with":
        # "..., with Germany expressing opposition": an absolute clause that states a stance
        # (the stance finder's "with-holder-expressing"), not a report of its own.
        return None
    hedge = lemma in _HEDGES and (lemma not in {"say", "tell"} or cue.form in {"say", "tell"})
    if np_start == k and tokens.lows[k] in _FIRST_SECOND and hedge:
        return None  # "I think", "you know": a hedge of the speaker's own words, not a new source
    if cls is CueClass.WEAK and not _plausible_weak_source(tokens, np_start, k):
        return None
    source = (tokens.starts[np_start], tokens.ends[k])
    before = np_start - 1
    if before >= 0 and tokens.lows[before] == "as" and cj + 1 < n and tokens.texts[cj] == ",":
        # "As the mayor noted, the bridge is old.": the clause after the comma is the content.
        return _Found(cue.start, cue.end, lemma, source, _content_after(text, s_end, tokens, cj + 1))
    postposed = before >= 0 and (tokens.texts[before] in {",", "\u2014", "\u2013"} or _closes_quote(tokens, before))
    interrupted = postposed and cj < n and tokens.texts[cj] == ","
    relative = before >= 0 and tokens.lows[before] in {"which", "that", "whom"}
    if relative and right is not None and (strong or cls is not CueClass.WEAK):
        # "the attack, which the army confirmed involved 300 drones, ...": the content is the
        # rest of the relative clause.
        start, end = _content_after(text, s_end, tokens, right)
        comma = _next_comma(tokens, right)
        return _Found(cue.start, cue.end, lemma, source, (start, min(end, tokens.starts[comma]) if comma else end))
    if right is not None and strong and not interrupted:
        return _Found(cue.start, cue.end, lemma, source, _content_after(text, s_end, tokens, right))
    # After "In Ohio, Trump said" a clause must open like one ("he", "the", a name), or the
    # words after the cue are an adverbial of a post-posed cue ("..., she said to the TV.").
    evidence = (
        lemma in _EVIDENCE_CUES
        and any(tokens.lows[i] in _EVIDENCE or tokens.lows[i] in {"it", "they"} for i in range(np_start, k + 1))
    ) or (lemma == "call" and (tokens.is_cap(k) or tokens.lows[k] in _PRONOUNS))
    if (
        right is not None
        and _takes_bare(tokens, cls, lemma, right, evidence)
        and (not postposed or _opens_clause(tokens, right))
    ):
        return _Found(cue.start, cue.end, lemma, source, _content_after(text, s_end, tokens, right))
    if postposed:
        content = _content_before(text, s_start, tokens, before)
        if content is None:
            return None
        content = _extend_interrupted(text, s_end, tokens, cj, content)
        content = _extend_parenthetical(text, s_end, tokens, cj, content)
        return _Found(cue.start, cue.end, lemma, source, content)
    if before < 0 and right is None:
        # '"... is it?" Graham asked.': the quotation ends the sentence before this one.
        quoted = _quote_before(text, s_start)
        if quoted is not None:
            return _Found(cue.start, cue.end, lemma, source, quoted)
    if cj == n - 1 and tokens.texts[cj] == ":":
        # "The governor added:" and the quotation follows as its own paragraph.
        following = _next_paragraph(text, tokens.ends[cj])
        if following is not None:
            return _Found(cue.start, cue.end, lemma, source, following)
    if cls is CueClass.WEAK or (cj < n and tokens.is_word(cj) and tokens.lows[cj] not in _SUBORDINATORS):
        return None
    # A saying verb with a source but no readable content ("That was what she said when ...").
    rest = _content_after(text, s_end, tokens, cj) if cj < n else (source[0], cue.end)
    return _Found(cue.start, cue.end, lemma, source, rest if rest[1] > rest[0] else (source[0], cue.end))


def _quote_before(text: str, s_start: int) -> tuple[int, int] | None:
    """A quotation that ends with ',"' '?"' or '!"' just before ``s_start`` (same paragraph)."""
    i = s_start - 1
    while i >= 0 and s_start - i <= 3 and text[i] in " \t":
        i -= 1
    if i < 1 or text[i] not in _OPENER_OF or text[i - 1] not in ",?!.":
        return None
    if text[i - 1] == "." and text[i] in "\u2019'":
        return None
    open_at = text.rfind(_OPENER_OF[text[i]], max(0, i - _MAX_QUOTE), i)
    return (open_at, i + 1) if open_at != -1 else None


def _next_paragraph(text: str, at: int) -> tuple[int, int] | None:
    """The next non-empty line after ``at`` (bounded), as a content span."""
    start = at
    limit = min(len(text), at + _MAX_QUOTE)
    while start < limit and text[start].isspace():
        start += 1
    if start >= limit:
        return None
    end = text.find("\n", start, limit)
    return start, (limit if end == -1 else end)


_BE: Final = word_set("is are was were be been being")
_IRREGULAR_PARTICIPLES: Final = word_set("said told written known shown found thought heard felt understood")


def _participle_form(form: str) -> bool:
    return form.endswith("ed") or form in _IRREGULAR_PARTICIPLES


def _passive(
    text: str, s_end: int, tokens: _Tokens, cue: _Cue, cj: int, right: int | None, strong: bool, subject_end: int
) -> _Found | None:
    """A passive cue: the agent after "by" is the source; the subject is what was reported."""
    n = len(tokens.texts)
    if cj < n and tokens.lows[cj] == "by":
        agent = _np_forward(tokens, cj + 1, limit=10)
        if agent is None:
            return None
        rest = agent[1]
        if rest < n and tokens.is_word(rest) and tokens.lows[rest] not in _ADVERBIAL | _TIME_WORDS:
            content = _content_after(text, s_end, tokens, rest)
        else:  # "The closure was reported by the Courier.": the subject is the report
            content = (tokens.starts[0], tokens.ends[subject_end])
        return _Found(cue.start, cue.end, cue.lemma, _span(tokens, agent), content)
    if right is None or not strong:
        return None
    return _Found(cue.start, cue.end, cue.lemma, None, _content_after(text, s_end, tokens, right))


def _fronted(text: str, s_end: int, tokens: _Tokens, cue: _Cue, cj: int) -> _Found | None:
    """ "Said Ellis: \u201c...\u201d": a saying verb that opens the sentence, then the source."""
    if cue.cls is CueClass.WEAK:
        return None
    after = _np_forward(tokens, cj, limit=8)
    if after is None or after[1] + 1 >= len(tokens.texts) or tokens.texts[after[1]] not in {":", ","}:
        return None
    return _Found(
        cue.start, cue.end, cue.lemma, _span(tokens, after), _content_after(text, s_end, tokens, after[1] + 1)
    )


def _is_gap(tokens: _Tokens, k: int) -> bool:
    """Auxiliaries, negations and adverbs between a source and its cue ("didn't", "cynically")."""
    low = tokens.lows[k]
    if low in _GAP or low.endswith(("n't", "n\u2019t")) or low in _TIME_WORDS:
        return True
    if low in _TIME_LINKS and k + 1 < len(tokens.texts) and tokens.lows[k + 1] in _TIME_WORDS:
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
    return low.endswith("ly") and len(low) > 4 and tokens.texts[k].islower() and low not in _NOT_ADVERBS


def _evidence_subject(tokens: _Tokens, k: int) -> int | None:
    """Start of a subject such as "The latest poll released Friday" that ends at token ``k``."""
    for i in range(k, max(-1, k - 10), -1):
        if not tokens.is_word(i):
            return None
        if tokens.lows[i] in _EVIDENCE:
            return _np_back(tokens, i)
    return None


def _plausible_weak_source(tokens: _Tokens, start: int, k: int) -> bool:
    """A weak cue needs a source that looks like an agent: a name, a pronoun, a determined or plural noun."""
    if k > start and _abbreviation_dot(tokens, k):
        k -= 1  # "John G. Roberts Jr.": the head is the word before the dot
    head = tokens.lows[k]
    return (
        tokens.is_cap(k)
        or head in _EVIDENCE
        or head == "percent"
        or tokens.texts[start][0].isdigit()
        or head in _PRONOUNS
        or tokens.lows[start] in _NOUN_MARKERS
        or any(tokens.lows[i].endswith(("\u2019s", "'s")) for i in range(start, k))
        or (head.endswith("s") and not head.endswith("ss"))
    )


def _opens_clause(tokens: _Tokens, j: int) -> bool:
    low = tokens.lows[j]
    if low in _TIME_WORDS:
        return False
    return low in _CLAUSE_OPENERS or low == "that" or (tokens.is_cap(j) and tokens.is_word(j))


def _opening_name(tokens: _Tokens) -> tuple[int, int] | None:
    """The subject that opens the sentence ("Merrill says ... and said ...", "He spoke ...,
    saying ..."): a capitalised name or a personal pronoun, after a fronted phrase such as
    "In his speech," if there is one."""
    n = len(tokens.texts)
    i = 0
    while i < n and tokens.texts[i] in _OPEN_QUOTES:
        i += 1
    if i < n and (tokens.lows[i] in _PREPOSITIONS or tokens.lows[i] in _SUBORDINATORS):
        comma = next((p for p in range(i + 1, min(n, i + 10)) if tokens.texts[p] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < n and (tokens.lows[i] in _PERSONAL or tokens.lows[i] in _FIRST_SECOND):
        return tokens.starts[i], tokens.ends[i]
    start = i
    limit = min(n, i + 6)
    while i < limit and (tokens.is_cap(i) or _abbreviation_dot(tokens, i)) and tokens.lows[i] not in _NP_STOP:
        i += 1
    if i == start or (i - start == 1 and tokens.lows[start] in _SENTENCE_WORDS):
        return None
    return tokens.starts[start], tokens.ends[i - 1]


def _next_comma(tokens: _Tokens, j: int) -> int | None:
    for i in range(j, min(len(tokens.texts), j + 40)):
        if tokens.texts[i] == ",":
            return i
    return None


def _nominal(text: str, s_end: int, tokens: _Tokens, cue: _Cue, ci: int, cj: int) -> _Found | None:
    """ "North Korea's claims about its test", "Clinton's warning that ...": a possessor and a
    reporting noun with its content; "Rivera's tweet was deleted" has no content and is no cue."""
    n = len(tokens.texts)
    if cj >= n or not (tokens.lows[cj] in {"that", "about", "on", "of"} or tokens.texts[cj] in _OPEN_QUOTES):
        return None
    if cj + 1 >= n or not (tokens.is_word(cj + 1) or tokens.texts[cj + 1] in _OPEN_QUOTES):
        return None
    owner = ci - 1
    start = _np_back(tokens, owner)
    if start is None:
        return None
    return _Found(
        cue.start,
        cue.end,
        cue.lemma,
        (tokens.starts[start], tokens.ends[owner]),
        _content_after(text, s_end, tokens, cj),
    )


def _takes_bare(tokens: _Tokens, cls: CueClass, lemma: str, j: int, evidence: bool) -> bool:
    """A content clause straight after the cue ("said he would", "believes the plan ...")."""
    if cls is not CueClass.WEAK:
        return True
    if j >= len(tokens.texts) or not tokens.is_word(j):
        return False
    low = tokens.lows[j]
    if lemma in _CLAUSE_TAKING or lemma in _NP_TAKING or evidence:
        return low not in _PREPOSITIONS and low not in _TIME_WORDS
    if lemma == "call" and (low in _OBJECT_PRONOUNS or low == "it" or tokens.is_cap(j)):
        # "called him a master", "called Oz a quack": a name and what it was called.
        return j + 1 < len(tokens.texts) and tokens.is_word(j + 1) and tokens.lows[j + 1] not in _PREPOSITIONS
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
    if right is None:
        return None
    weak_bare = _opens_clause(tokens, right) or _takes_bare(tokens, cue.cls, cue.lemma, right, False)
    if cue.cls is CueClass.WEAK and not strong and not weak_bare:
        return None
    # The speaker of the attribution just before, in the same sentence, or the name that
    # opens the sentence ("Trump took to Twitter ..., saying that ...").
    source = previous if previous is not None else _opening_name(tokens)
    return _Found(cue.start, cue.end, cue.lemma, source, _content_after(text, s_end, tokens, right), sibling=True)


def _closes_quote(tokens: _Tokens, i: int) -> bool:
    """True when token ``i`` is a closing quote with a comma, '?' or '!' just inside it."""
    if i < 1 or tokens.texts[i] not in _CLOSE_QUOTES:
        return False
    inside = tokens.texts[i - 1]
    if inside in {"'", "\u2019"} and i >= 2:
        inside = tokens.texts[i - 2]  # a quotation inside the quotation ends with it: ,'"
    return inside in {",", "?", "!"}


def _bare_clause_ok(tokens: _Tokens, lemma: str, j: int) -> bool:
    if lemma not in _BARE_CLAUSE or j >= len(tokens.texts):
        return False
    return tokens.lows[j] in _CLAUSE_OPENERS or tokens.is_cap(j)


def _complement(tokens: _Tokens, cj: int, cls: CueClass, lemma: str) -> tuple[int | None, bool]:
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
    if low == "to" and lemma in _INTENTION and j + 1 < n and tokens.is_word(j + 1):
        return j, True
    if low in {"not", "never"} and lemma in _INTENTION and j + 2 < n and tokens.lows[j + 1] == "to":
        return j, True  # "vowed not to repeat the mistake"
    if low == ":":
        return (j + 1, True) if j + 1 < n else (None, False)
    if low == ",":
        if j + 1 < n and tokens.texts[j + 1] in _OPEN_QUOTES:
            return j + 1, True
        # "insisted, most recently in an interview, that ...": an adverbial between commas.
        for i in range(j + 1, min(n - 1, j + 12)):
            if tokens.texts[i] in _FINAL or tokens.texts[i] in _ANY_QUOTE:
                break
            if tokens.texts[i] == ",":
                return (i + 1, True) if tokens.lows[i + 1] == "that" else (None, False)
        return None, False
    if low in _TOPIC_PREPOSITIONS and lemma in _PREPOSITIONAL and j + 1 < n and tokens.is_word(j + 1):
        return j, True  # "warned against ...", "spoke of ..."
    if (
        low.endswith("ly")
        and tokens.texts[j].islower()
        and lemma in _PREPOSITIONAL
        and j + 2 < n
        and tokens.lows[j + 1] in _TOPIC_PREPOSITIONS
        and tokens.is_word(j + 2)
    ):
        return j + 1, True  # "spoke emotionally of ..."
    skip_object = cls is CueClass.TELL
    if skip_object or low in _ADVERBIAL or low in _TIME_WORDS:
        commas = 0
        for i in range(j, min(n, j + 12)):
            t = tokens.texts[i]
            if tokens.lows[i] == "that" or t in _OPEN_QUOTES:
                return i, True
            if t == ":":
                return (i + 1, True) if i + 1 < n else (None, False)
            if t == ",":
                if i + 1 < n and tokens.texts[i + 1] in _OPEN_QUOTES:
                    return i + 1, True
                commas += 1  # "says at a stop in Toledo, Ohio, that ...": keep looking for "that"
                if commas > 2:
                    return None, False
            if t in _FINAL:
                break
        if commas:
            return None, False
        if skip_object:
            if lemma in _INTENTION and _object_then_to(tokens, j):
                return j, True  # "urged supporters to vote": the content is the object and its infinitive
            if lemma in _ASKING and _object_then_about(tokens, j):
                return j, True  # "asked the mayor about the strike"
            return _after_object(tokens, j), False
        return None, False
    if not tokens.is_word(j) or low in _NOT_CONTENT or low == "tank":
        return None, False  # "reported from Midway", "a think tank"
    if low in _AUXILIARIES and cls is CueClass.WEAK:
        return None, False  # "Health worries have dogged ...": the cue word is a noun
    # (after a saying verb an auxiliary opens a gapped clause: "which he said were false")
    if low in _QUESTION_WORDS and lemma in _ASKING:
        return j, True
    if low in _EMBEDDED_QUESTION and lemma in _QUESTION_TAKING:
        return j, True  # "the slide shows how ...", "has yet to explain why ..."
    if low in {"about", "of", "on"} and lemma in _PREPOSITIONAL and j + 1 < n and tokens.is_word(j + 1):
        return j, True
    # A quotation right after a short object: "called the plan \u201ca disgrace\u201d".
    for i in range(j + 1, min(n, j + 5)):
        if tokens.texts[i] in _OPEN_QUOTES:
            return j, True
        if not tokens.is_word(i):
            break
    return j, False


#: Verbs of aspect before a "to" cue ("continues to insist", "went on to say").
_ASPECT_VERBS: Final = word_set(
    "continue continues continued continuing began begin begins beginning went go goes going started start starts"
)


def _object_then_to(tokens: _Tokens, j: int) -> bool:
    """A short object followed by an infinitive: "urged voters to", "asked the court to"."""
    n = len(tokens.texts)
    for i in range(j, min(n - 1, j + 5)):
        if tokens.lows[i] == "to":
            return i > j and tokens.is_word(i + 1)
        if not tokens.is_word(i) or tokens.lows[i] in _NP_STOP:
            return False
    return False


def _object_then_about(tokens: _Tokens, j: int) -> bool:
    """A short object followed by its topic: "asked Clinton about", "asked the mayor about"."""
    n = len(tokens.texts)
    for i in range(j, min(n - 1, j + 5)):
        if tokens.lows[i] == "about":
            return i > j and tokens.is_word(i + 1)
        if not tokens.is_word(i) or tokens.lows[i] in _NP_STOP:
            return False
    return False


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
    if low in {"him", "them", "me", "us"} and k >= 2 and tokens.lows[k - 1] in {"to", "of", "around", "near", "with"}:
        # "Those close to him say": an object pronoun ends the phrase of a subject before it.
        # (one step only: "him to him to him" must not recurse)
        if not tokens.is_word(k - 2) or tokens.lows[k - 2] in _OBJECT_PRONOUNS:
            return None
        return _np_back(tokens, k - 2)
    if low in _PRONOUNS:
        return k
    if tokens.texts[k].islower() and low.endswith(("ed", "ing")) and low not in _NP_WORDS:
        return None  # a verb, not the head of a noun phrase: "heralded plans to"
    if low in _NOT_HEADS:
        return None  # an adjective, so the cue word is a noun: "the next attack"
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
            linked = i >= 1 and (
                tokens.lows[i - 1] in {"of", "and"}
                or (tokens.lows[i - 1] in _NP_PREPOSITIONS and _inner_link(tokens, i - 1))
            )
            if lw in _DETERMINERS and not linked:
                break
        elif t == ")" and i == k:
            # "Sen. David Perdue (R-Ga.) said": the parenthesis belongs to the name.
            opening = _matching_paren(tokens, i)
            if opening is None:
                break
            i = opening
        elif not (_abbreviation_dot(tokens, i) or t in {"&", "-", "/"}):
            break
        i -= 1
    if start is None:
        return None
    # A leading sentence adverb, conjunction or focus word is not part of the source.
    while start <= k and (tokens.lows[start] in _NP_STOP or tokens.lows[start] in _FOCUS or tokens.lows[start] == "of"):
        start += 1
    if start > k or all(tokens.texts[i].isdigit() for i in range(start, k + 1) if tokens.is_word(i)):
        return None  # nothing left, or only a number ("in 2010 said")
    return start


def _matching_paren(tokens: _Tokens, i: int) -> int | None:
    for p in range(i - 1, max(-1, i - 10), -1):
        if tokens.texts[p] == "(":
            return p
        if tokens.texts[p] in _FINAL and tokens.texts[p] != ".":
            return None
    return None


def _abbreviation_dot(tokens: _Tokens, i: int) -> bool:
    """The dot of "Mr." or of an initial ("J."), which stays inside a name."""
    if tokens.texts[i] != "." or i < 1 or tokens.ends[i - 1] != tokens.starts[i]:
        return False
    before = tokens.texts[i - 1]
    return tokens.lows[i - 1] in _ABBREVIATIONS or len(before) == 1 or "." in before


#: Prepositions that can sit inside a source noun phrase (see ``_inner_link``).
_NP_PREPOSITIONS: Final = word_set("on from for in at")
#: Nouns of role that take a prepositional modifier inside a source ("senator from Texas").
_ROLE_NOUNS: Final = word_set(
    "senator director head chairman chairwoman chair member spokesman spokeswoman spokesperson official "
    "president professor lawyer editor leader commission committee board expert analyst fellow economist "
    "researcher correspondent reporter aide adviser advisor minister secretary representative"
)


def _inner_link(tokens: _Tokens, i: int) -> bool:
    """'and' between names ("Obama and Clinton"), 'of' inside titles ("Secretary of State")."""
    lw = tokens.lows[i]
    if lw == "of":
        return i >= 1 and tokens.is_word(i - 1) and tokens.lows[i - 1] not in _NP_STOP
    if lw in _NP_PREPOSITIONS:
        # "officials from both parties", "the Commission on Presidential Debates", "experts on
        # Korea": a preposition after a plural noun, a role noun or a name modifies it.
        if i < 1 or i + 1 >= len(tokens.texts) or not tokens.is_word(i - 1) or not tokens.is_word(i + 1):
            return False
        left = tokens.lows[i - 1]
        if left in _NP_STOP or left in _TIME_WORDS or left.isdigit() or left.endswith(("ed", "ing")):
            return False
        plural = left.endswith("s") and not left.endswith(("ss", "us", "is"))
        return plural or left in _ROLE_NOUNS or (tokens.is_cap(i - 1) and tokens.is_cap(i + 1))
    if lw == "and":
        if i < 1 or i + 1 >= len(tokens.texts) or not tokens.is_word(i - 1):
            return False
        if tokens.is_cap(i - 1) and tokens.is_cap(i + 1):
            return True
        # "Companies and individuals", "protesters and civic leaders": two plural nouns.
        left, right = tokens.lows[i - 1], tokens.lows[i + 1]
        plural = left.endswith("s") and not left.endswith("ss") and left not in _NP_STOP
        return plural and (right.endswith("s") or tokens.lows[i + 1] not in _DETERMINERS)
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
    if tokens.texts[k] in {",", "\u2014", "\u2013"}:
        found = _apposition(text, s_start, s_end, tokens, cue, k, cj, right, strong)
        if found is not None:
            return found
    if right is not None and strong:
        # "..., and said that ..." with the subject elided.
        if weak:
            return None
        return _Found(cue.start, cue.end, cue.lemma, None, _content_after(text, s_end, tokens, right))
    # Inverted: "..., said the official." The source follows the cue.
    quoted = tokens.texts[k] in _CLOSE_QUOTES or (k >= 1 and tokens.texts[k - 1] in _CLOSE_QUOTES)
    after = _np_forward(tokens, cj, apposition=True)
    if after is None:
        return None
    if weak and not quoted:
        # "..., noted NBC's Dante Chinni.": only a name that ends the sentence makes it a report.
        last = after[1] - 1
        ends = after[1] >= len(tokens.texts) or tokens.texts[after[1]] in _FINAL
        if not (ends and tokens.is_cap(last) and tokens.is_word(last)):
            return None
    content = _content_before(text, s_start, tokens, k)
    if content is None:
        return None
    content = _extend_interrupted(text, s_end, tokens, after[1], content)
    return _Found(cue.start, cue.end, cue.lemma, _span(tokens, after), content)


def _apposition(
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
    """ "Adam Schiff, the top Democrat on the committee, said (that) ..." and its post-posed twin."""
    separator = tokens.texts[k]
    for p in range(k - 1, max(-1, k - 16), -1):
        t = tokens.texts[p]
        if t == separator:
            # "Adam Schiff, the top Democrat, said" or "Trump's running mate, Gov. Mike Pence, plans":
            # a name on one side of the first comma.
            if not (p >= 1 and tokens.is_word(p - 1) and (tokens.is_cap(p - 1) or tokens.is_cap(k - 1))):
                return None
            head = _np_back(tokens, p - 1)
            if head is None:
                return None
            source = (tokens.starts[head], tokens.ends[k])
            after = tokens.lows[p + 1]
            if (after in _PREPOSITIONS and after != "of") or (after.endswith("ing") and tokens.texts[p + 1].islower()):
                # "Trump, speaking to veterans, said" / "Clinton, at the debate, said": a
                # participle or an adverbial between the commas is not part of the source.
                source = (tokens.starts[head], tokens.ends[p - 1])
            before = head - 1
            postposed = before >= 0 and (
                tokens.texts[before] in {",", "\u2014", "\u2013"} or _closes_quote(tokens, before)
            )
            bare = (
                not postposed and _takes_bare(tokens, cue.cls, cue.lemma, right, False) if right is not None else False
            )
            if right is not None and (strong or bare):
                return _Found(cue.start, cue.end, cue.lemma, source, _content_after(text, s_end, tokens, right))
            if postposed:
                content = _content_before(text, s_start, tokens, before)
                if content is not None:
                    return _Found(cue.start, cue.end, cue.lemma, source, content)
            return None
        if t in _OPEN_QUOTES or t in _CLOSE_QUOTES:
            return None
        if t in _FINAL and not (t == "." and (tokens.texts[p + 1] == "," or _abbreviation_dot(tokens, p))):
            return None
    return None


def _span(tokens: _Tokens, pair: tuple[int, int] | None) -> tuple[int, int] | None:
    if pair is None:
        return None
    return tokens.starts[pair[0]], tokens.ends[pair[1] - 1]


def _np_forward(tokens: _Tokens, j: int, limit: int = 14, *, apposition: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token ``j``, as a half-open token range, up to punctuation.

    Leading time adverbials are skipped ("said on Monday the minister"); with ``apposition``,
    a trailing apposition that runs to the end of the sentence is included ("said Ann Lee, a
    professor at Oslo University.").
    """
    n = len(tokens.texts)
    j = _skip_adverbials(tokens, j)
    i = j
    while i < n and i < j + limit:
        t = tokens.texts[i]
        lw = tokens.lows[i]
        if tokens.is_word(i):
            if i > j and lw in _FORWARD_STOP:
                break
            if i > j and lw in _TIME_WORDS:
                break
        elif t == "(" and i > j:
            closing = next((p for p in range(i + 1, min(n, i + 10)) if tokens.texts[p] == ")"), None)
            if closing is None:
                break
            i = closing
        elif not (i > j and _abbreviation_dot(tokens, i)) and t not in {"&", "-", "\u2019", "'"}:
            break
        i += 1
    if i == j:
        return None
    if apposition and i + 1 < n and tokens.texts[i] == "," and _opens_apposition(tokens, i + 1):
        comma = next((p for p in range(i + 1, min(n, i + 26)) if tokens.texts[p] == ","), None)
        if comma is not None:
            last = comma  # "said Donald Trump, her opponent, at a rally": the apposition ends here
        else:
            last = n - 1
            while last > i and not tokens.is_word(last) and tokens.texts[last] != ")":
                last -= 1
        span = range(i + 1, last + 1)
        if 0 < len(span) <= 25 and not any(
            tokens.texts[p] in _OPEN_QUOTES or tokens.texts[p] in _CLOSE_QUOTES for p in span
        ):
            return j, last + 1
    return j, i


def _opens_apposition(tokens: _Tokens, j: int) -> bool:
    """An apposition names or describes ("a professor at ...", "the head of ..."); a relative
    clause ("who emphasized ..."), a participle ("speaking of ...") or a prepositional phrase
    ("on his first day ...") is not part of the source."""
    low = tokens.lows[j]
    if low in _PRONOUNS or low in _PREPOSITIONS or low in _NP_STOP or low in _QUESTION_WORDS:
        return False
    if tokens.texts[j].islower() and low.endswith(("ing", "ed")) and low not in _NP_WORDS:
        return False
    return tokens.is_word(j)


def _skip_adverbials(tokens: _Tokens, j: int) -> int:
    n = len(tokens.texts)
    for _ in range(4):
        if j >= n:
            break
        low = tokens.lows[j]
        if low in _TIME_WORDS or low in _LEADING_ADVERBS:
            j += 1
        elif low in {"this", "last", "next"} and j + 1 < n and tokens.lows[j + 1] in _TIME_NOUNS:
            j += 2
        elif low.endswith("ly") and tokens.texts[j].islower() and low not in _NOT_ADVERBS:
            j += 1
        else:
            break
    return j


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
    closers, openers = tokens.quote_cuts()
    cut = closers[j]
    if cut < len(tokens.texts) and openers[j] > cut and cut - 1 > j:
        # The cue is inside a quotation that closes before the sentence ends ("... I think
        # it works," she said): the content stops with the quotation.
        return start, tokens.ends[cut - 2] if cut - 2 >= j else tokens.starts[cut - 1]
    clause = tokens.clause_cuts()[j + 1] if j + 1 < len(tokens.texts) else len(tokens.texts)
    first = j + 1 if tokens.lows[j] == "that" and j + 1 < len(tokens.texts) else j
    if tokens.lows[first] not in _SUBORDINATORS and first + 1 < len(tokens.texts):
        # ", he does not defend it": a new main clause ends the reported one, unless the
        # content opens with a subordinate clause ("that if it rains, he will stay").
        clause = min(clause, tokens.main_clause_cuts()[first + 1])
    if clause < len(tokens.texts) and opener not in _OPEN_QUOTES:
        return start, tokens.ends[clause - 1]
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
            if tokens.starts[0] < open_at and tokens.is_word(0):
                # 'The country "has changed for the better," he said': the partial quotation
                # is part of a sentence that is all reported.
                return tokens.starts[0], end
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
    if text[content[0]] in _OPEN_QUOTES or text[content[0] : content[0] + 2] == "''":
        return content[0], _continued_quote(text, s_end, content[1])
    return content


def _extend_parenthetical(text: str, s_end: int, tokens: _Tokens, cj: int, content: tuple[int, int]) -> tuple[int, int]:
    """ "Acts of protest, he said, are acts of patriotism.": the clause goes on after the cue."""
    n = len(tokens.texts)
    j = cj
    limit = min(n, j + 6)
    while j < limit and tokens.is_word(j) and (tokens.lows[j] in _ADVERBIAL or tokens.lows[j] in _TIME_WORDS):
        j += 1
    if text[content[0]] in _OPEN_QUOTES or j + 1 >= n or tokens.texts[j] != ",":
        return content
    nxt = tokens.lows[j + 1]
    if not tokens.is_word(j + 1) or nxt.endswith("ing") or nxt in {"according", "who", "which", "and", "but"}:
        return content
    _, end = _content_after(text, s_end, tokens, j + 1)
    return content[0], end


def _continued_quote(text: str, s_end: int, end: int) -> int:
    """Where a quotation continues right after the attribution's sentence ('"A," he said. "B."').

    The same speaker goes on in the same paragraph, so the content runs to the end of the
    following quotation (up to three of them, each bounded).
    """
    at = max(end, s_end)
    for _ in range(3):
        i = at
        while i < len(text) and i - at < 4 and text[i] in " \t":
            i += 1
        opener = "''" if text[i : i + 2] == "''" else text[i : i + 1]
        if opener not in _QUOTE_PAIRS or (opener in {"\u2018"}):
            break
        close = text.find(_QUOTE_PAIRS[opener], i + len(opener), i + _MAX_QUOTE)
        if close == -1 or text.find("\n", i, close) != -1:
            break
        end = close + len(opener)
        at = end
    return end


def _finish(text: str, sentences: Sequence[tuple[int, int]], found: list[_Found]) -> list[AttributionMention]:
    """Classify sources, resolve pronouns, and link nesting; returns the public records."""
    by_content = sorted(range(len(found)), key=lambda i: (found[i].content[0], -found[i].content[1]))
    content_starts = [found[i].content[0] for i in by_content]
    sentence_starts = [s for s, _ in sentences]
    named_sources: list[tuple[int, int]] = []
    names: _NameIndex | None = None
    result: list[AttributionMention] = []
    for index, item in enumerate(found):
        kind: SourceKind = "unnamed"
        antecedent: tuple[int, int] | None = None
        if item.source is not None:
            src_text = text[item.source[0] : item.source[1]]
            kind = _source_kind(src_text)
            if kind == "pronoun":
                if names is None:
                    names = _NameIndex(text, sentences)
                antecedent = _antecedent(text, sentences, sentence_starts, named_sources, item.source, names)
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
    names: _NameIndex,
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
    return names.last_before(window_start, source[0])


_NAME_RUN: Final = re.compile(
    r"(?=[A-Z])(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Adm|Capt|Sgt|Prof)\.\s+)?"
    r"[A-Z][\w\u2019'\-]{0,40}(?:\s+[A-Z][\w\u2019'\-]{0,40}){0,4}"
)


class _NameIndex:
    """Every run of capitalised words in the scanned text that can be a name, found in one pass.

    A pronoun then finds its nearest preceding name by bisection, so resolving many pronouns
    stays linear in the text.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        if not sentences:
            return
        begin = max(0, min(s for s, _ in sentences))
        finish = min(len(text), max(e for _, e in sentences))
        for match in _NAME_RUN.finditer(text, begin, finish):
            words = match.group().split()
            first = words[0].lower().rstrip(".")
            if len(words) == 1 and (first in _SENTENCE_WORDS or first in _TIME_WORDS or first in _PRONOUNS):
                continue
            m_start = match.start()
            if first in _SENTENCE_WORDS:
                # "The Pentagon" / "But Smith": the name starts at the second word.
                m_start = text.find(words[1], m_start + len(words[0]), match.end())
            self.starts.append(m_start)
            self.ends.append(match.end())

    def last_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The last name that ends at or before ``end`` and starts at or after ``start``."""
        index = bisect.bisect_right(self.ends, end) - 1
        if index < 0 or self.starts[index] < start:
            return None
        return self.starts[index], self.ends[index]


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


#: Triggers of the adjective and reporting-noun frames.
_ADJECTIVE_TRIGGERS: Final = broad.BELIEF_ADJECTIVES | broad.EVIDENT_ADJECTIVES
_NOUN_TRIGGERS: Final = broad.REPORT_NOUNS | frozenset(noun + "s" for noun in broad.REPORT_NOUNS)
_LIGHT_TRIGGERS: Final = broad.LIGHT_NOUNS | broad.RECEIVED_NOUNS


def cue_windows(mention: AttributionMention, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Where the cue's own date or venue is written, as spans to search for dates.

    A date that belongs to the cue (not to the content) is written right after the cue and
    before its content ("Bild reported on May 27", "pointed out in an April 15 meeting that"),
    or in front of the source at the start of the sentence ("On April 20, Zelenskyy
    reiterated ..."). The windows exclude the content and the source, so a date inside the
    reported content is never taken for the date of the report.

    Args:
        mention: An attribution from :func:`find_attributions`.
        sentence: The ``(start, end)`` of the sentence that holds the cue.

    Returns:
        Zero, one or two half-open spans, in text order.
    """
    s_start, s_end = sentence
    src_start, src_end = mention.source_start, mention.source_end
    windows: list[tuple[int, int]] = []
    if mention.content_start >= mention.cue_end:
        # "Zelenskyy pointed out in an April 15 meeting that ...": between cue and content, and
        # in front of the source ("On April 20, Zelenskyy reiterated that ...").
        front_end = src_start if src_start is not None and src_start < mention.cue_start else mention.cue_start
        windows += [(s_start, front_end), (mention.cue_end, mention.content_start)]
    elif mention.content_end <= mention.cue_start:
        # "..., Bild reported on May 27." / "..., said the official on Monday.": after the cue,
        # around a source written after it.
        if src_start is not None and src_end is not None and src_start >= mention.cue_end:
            windows += [(mention.cue_end, src_start), (src_end, s_end)]
        else:
            windows.append((mention.cue_end, s_end))
    clamped = ((max(start, s_start), min(end, s_end)) for start, end in windows)
    return tuple((start, end) for start, end in clamped if start < end)


def link_reiterations(text: str, mentions: Sequence[AttributionMention]) -> list[int | None]:
    """For each "reiterated"/"repeated", the earlier statement by the same speaker it restates.

    The speaker is compared by the last word of the name (the source, or a pronoun's
    antecedent), case-insensitively, so "Zelenskyy" matches "Ukraine's President Volodymyr
    Zelenskyy". Among several earlier statements by that speaker, the one whose content is
    most alike (rapidfuzz ``token_set_ratio``) is chosen, the latest on a tie. Mentions that are
    not reiterations, and reiterations with no earlier statement by the speaker, get ``None``.
    """
    from rapidfuzz import fuzz, utils  # only needed here: keeps importing this module cheap

    keys = [_speaker_key(text, m) for m in mentions]
    links: list[int | None] = []
    for index, mention in enumerate(mentions):
        key = keys[index]
        if not mention.reiteration or key is None:
            links.append(None)
            continue
        content = text[mention.content_start : mention.content_end]
        best: int | None = None
        best_score = -1.0
        for earlier in range(index):
            if keys[earlier] != key or mentions[earlier].cue_start >= mention.cue_start:
                continue
            other = mentions[earlier]
            score = fuzz.token_set_ratio(
                content, text[other.content_start : other.content_end], processor=utils.default_process
            )
            if score >= best_score:
                best, best_score = earlier, score
        links.append(best)
    return links


def _speaker_key(text: str, mention: AttributionMention) -> str | None:
    if mention.antecedent_start is not None and mention.antecedent_end is not None:
        start, end = mention.antecedent_start, mention.antecedent_end
    elif mention.source_start is not None and mention.source_end is not None and mention.source_kind != "pronoun":
        start, end = mention.source_start, mention.source_end
    else:
        return None
    core = text[start:end].split(",", 1)[0]
    words = [w for w in _TOKEN.findall(core) if w[0].isalnum()]
    return words[-1].casefold() if words else None
