"""Reading a lexicon cue's frame, and the source and content the frame gives.

Pre-posed, post-posed and inverted cues, passives without a source, participles, nominal
cues and "according to".
"""

from __future__ import annotations

import re
from typing import Final

from factcheck.extraction._attribution_complements import complement, takes_bare
from factcheck.extraction._attribution_contents import (
    content_after,
    content_before,
    extend_interrupted,
    extend_parenthetical,
    next_paragraph,
    quote_before,
)
from factcheck.extraction._attribution_lexicon import (
    CueClass,
    word_set,
)
from factcheck.extraction._attribution_records import Cue, Found
from factcheck.extraction._attribution_sources import (
    evidence_subject,
    np_back,
    np_forward,
    opening_name,
    plausible_weak_source,
)
from factcheck.extraction._attribution_tokens import (
    Tokens,
    abbreviation_dot,
    closes_quote,
    is_gap,
    next_comma,
    opens_clause,
    token_index,
    token_span,
)
from factcheck.extraction._attribution_words import (
    ADVERBIAL,
    AUXILIARIES,
    BE,
    CLOSE_QUOTES,
    DETERMINERS,
    EVIDENCE,
    FINAL,
    FIRST_SECOND,
    NOUN_MARKERS,
    NP_TAKING,
    OPEN_QUOTES,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    TIME_WORDS,
)

__all__ = [
    "ASPECT_VERBS",
    "COORDINATORS",
    "EVIDENCE_CUES",
    "HEDGES",
    "IRREGULAR_PARTICIPLES",
    "LEFT_PUNCT",
    "PASSIVE",
    "PSYCH",
    "RELATIVE_OPENERS",
    "according_to",
    "clause_follows",
    "cut_at_comma",
    "fronted",
    "inverted_or_apposition",
    "nominal",
    "opens_modifier",
    "participle",
    "participle_form",
    "read_apposition",
    "read_frame",
    "read_passive",
]


#: Cues that report what evidence shows.
EVIDENCE_CUES: Final = word_set("show find suggest indicate reveal estimate conclude confirm")


#: Cognition cues that, after "I"/"you"/"we", hedge rather than attribute ("I think", "you know").
HEDGES: Final = word_set("think know believe feel hope guess mean expect suppose say tell")


COORDINATORS: Final = word_set("and but or")


LEFT_PUNCT: Final = frozenset({",", "\u201d", '"', "\u2019", "''", "\u2014", "\u2013", "("})


PASSIVE: Final = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|had|has)\s*$")


#: Participles that are adjectives of attitude after "be": "Farmers are worried that ...",
#: whose subject holds the attitude (not a passive with an unnamed agent).
PSYCH: Final = word_set("worried concerned convinced encouraged alarmed disappointed frustrated pleased")


def read_frame(
    text: str, s_start: int, s_end: int, tokens: Tokens, cue: Cue, previous: tuple[int, int] | None
) -> Found | None:
    """Read the frame around one cue; None when the cue word is not an attribution here."""
    lemma, cls = cue.lemma, cue.cls
    ci = token_index(tokens, cue.start)
    cj = token_index(tokens, cue.end)
    n = len(tokens.texts)
    if ci >= n:
        return None
    if ci > 0 and tokens.lows[ci - 1].endswith(("\u2019s", "'s")) and tokens.is_word(ci - 1):
        return nominal(text, s_end, tokens, cue, ci, cj)
    if ci > 0 and tokens.lows[ci - 1] in NOUN_MARKERS:
        return None  # a noun: "the report", "his claims"
    if cue.form == "known" and cj < n and tokens.lows[cj] in {"as", "for"}:
        return None  # "a pact known as the accord", "known for his temper": a name or a reputation
    if lemma == "according to":
        return according_to(text, s_start, s_end, tokens, cue, ci, cj)

    right, strong = complement(tokens, cj, cls, lemma)
    # Passive with no agent: "it was reported that ...".
    if right is not None and strong and PASSIVE.search(text[max(s_start, cue.start - 40) : cue.start]):
        return Found(cue.start, cue.end, lemma, None, content_after(text, s_end, tokens, right))

    k = ci - 1
    passive = False
    while k >= 0 and is_gap(tokens, k):
        passive = passive or tokens.lows[k] in BE
        k -= 1
    if k >= 1 and tokens.lows[k] == "to" and cls is not CueClass.WEAK:
        # "continues to insist", "went on to explain", "began to argue": an aspect verb before
        # the cue; its subject is the source.
        aspect = k - 2 if tokens.lows[k - 1] == "on" and k >= 2 else k - 1
        if tokens.lows[aspect] in ASPECT_VERBS:
            k = aspect - 1
            while k >= 0 and is_gap(tokens, k):
                k -= 1
    if passive and participle_form(cue.form) and cue.form not in PSYCH and k >= 0 and tokens.is_word(k):
        # "The veto is expected to fail", "Clinton was told that ...": the subject is not the
        # source; a "by" phrase names it ("was first reported by the Post").
        return read_passive(text, s_end, tokens, cue, cj, right, strong, k)
    if k < 0:
        return fronted(text, s_end, tokens, cue, cj)
    if tokens.texts[k] in {"\u2019", "'"} and k >= 1 and tokens.ends[k - 1] == tokens.starts[k]:
        return None  # "Americans' support for ...": a possessive, so the cue word is a noun
    if k >= 0 and tokens.lows[k] == "having" and cue.form == "said":
        return None  # "Having said that, ...": a discourse phrase
    if tokens.texts[k] in LEFT_PUNCT:
        if cue.form.endswith("ing") and tokens.texts[k] == ",":
            return participle(text, s_end, tokens, cue, right, strong, previous)
        return inverted_or_apposition(text, s_start, s_end, tokens, cue, k, cj, right, strong)
    if tokens.lows[k] in COORDINATORS:
        # "... and said she would ...": the subject is the sentence's, if it opens with a name.
        clause = (
            cls is not CueClass.WEAK and (opens_clause(tokens, right) or lemma in NP_TAKING)
            if right is not None
            else False
        )
        if right is None or not (
            strong or clause or (cls is CueClass.WEAK and takes_bare(tokens, cls, lemma, right, False))
        ):
            return None
        return Found(
            cue.start, cue.end, lemma, opening_name(tokens), content_after(text, s_end, tokens, right), sibling=True
        )
    if cue.form.endswith("ing") and tokens.lows[k] in PREPOSITIONS:
        # "... for saying that ...", "by saying he ...": the speaker is not in this phrase.
        return participle(text, s_end, tokens, cue, right, strong, previous)
    np_start = np_back(tokens, k)
    if lemma in EVIDENCE_CUES and (
        np_start is None or not any(tokens.lows[i] in EVIDENCE for i in range(np_start, k + 1))
    ):
        # "A poll released in August found that ...", "A 2014 study by Professor Lee found ...":
        # the evidence noun heads a modified subject, which runs up to the cue.
        evidence_start = evidence_subject(tokens, k)
        if evidence_start is not None:
            np_start, k = evidence_start, ci - 1
    if np_start is None or (np_start == k and tokens.lows[k] in DETERMINERS and tokens.lows[k] != "one"):
        return None  # "The newly detailed plan": a determiner alone is not a source
    if cls is CueClass.WEAK and cue.form.endswith("ing") and np_start > 0 and tokens.lows[np_start - 1] == "with":
        # "..., with Germany expressing opposition": an absolute clause that states a stance
        # (the stance finder's "with-holder-expressing"), not a report of its own.
        return None
    hedge = lemma in HEDGES and (lemma not in {"say", "tell"} or cue.form in {"say", "tell"})
    if np_start == k and tokens.lows[k] in FIRST_SECOND and hedge:
        return None  # "I think", "you know": a hedge of the speaker's own words, not a new source
    if cls is CueClass.WEAK and not plausible_weak_source(tokens, np_start, k):
        return None
    np_full = np_start  # the noun phrase before a relative "that", for the evidence test below
    if np_start < k and tokens.texts[k] == "that":
        # "the study that found ...": the relative pronoun is the source; its noun phrase is
        # its antecedent (resolved with the pronouns).
        np_start = k
    source = (tokens.starts[np_start], tokens.ends[k])
    before = np_start - 1
    if before >= 0 and tokens.lows[before] == "as" and cj + 1 < n and tokens.texts[cj] == ",":
        # "As the mayor noted, the bridge is old.": the clause after the comma is the content.
        return Found(cue.start, cue.end, lemma, source, content_after(text, s_end, tokens, cj + 1))
    postposed = before >= 0 and (tokens.texts[before] in {",", "\u2014", "\u2013"} or closes_quote(tokens, before))
    interrupted = postposed and cj < n and tokens.texts[cj] == ","
    relative = before >= 0 and tokens.lows[before] in {"which", "that", "whom"}
    if relative and right is not None and (strong or cls is not CueClass.WEAK):
        # "the attack, which the army confirmed involved 300 drones, ...": the content is the
        # rest of the relative clause.
        start, end = content_after(text, s_end, tokens, right)
        comma = next_comma(tokens, right)
        return Found(cue.start, cue.end, lemma, source, (start, min(end, tokens.starts[comma]) if comma else end))
    # ", who said ... ,": a subject relative between commas reports up to its closing comma.
    subject_relative = (
        ((np_start == k and tokens.lows[k] in {"who", "which"}) or tokens.lows[np_start] == "whose")
        and np_start >= 1
        and tokens.texts[np_start - 1] == ","
    )
    if right is not None and strong and not interrupted:
        after_cue = content_after(text, s_end, tokens, right)
        return Found(cue.start, cue.end, lemma, source, cut_at_comma(tokens, right, after_cue, subject_relative))
    # After "In Ohio, Trump said" a clause must open like one ("he", "the", a name), or the
    # words after the cue are an adverbial of a post-posed cue ("..., she said to the TV.").
    evidence = (
        lemma in EVIDENCE_CUES
        and any(tokens.lows[i] in EVIDENCE or tokens.lows[i] in {"it", "they"} for i in range(np_full, k + 1))
    ) or (lemma == "call" and (tokens.is_cap(k) or tokens.lows[k] in PRONOUNS))
    if (
        right is not None
        and takes_bare(tokens, cls, lemma, right, evidence)
        and (not postposed or opens_clause(tokens, right))
    ):
        after_cue = content_after(text, s_end, tokens, right)
        return Found(cue.start, cue.end, lemma, source, cut_at_comma(tokens, right, after_cue, subject_relative))
    if postposed:
        content = content_before(text, s_start, tokens, before)
        if content is None:
            return None
        content = extend_interrupted(text, s_end, tokens, cj, content)
        content = extend_parenthetical(text, s_end, tokens, cj, content)
        return Found(cue.start, cue.end, lemma, source, content)
    if before < 0 and right is None:
        # '"... is it?" Graham asked.': the quotation ends the sentence before this one.
        quoted = quote_before(text, s_start)
        if quoted is not None:
            return Found(cue.start, cue.end, lemma, source, quoted)
    if cj == n - 1 and tokens.texts[cj] == ":":
        # "The governor added:" and the quotation follows as its own paragraph.
        following = next_paragraph(text, tokens.ends[cj])
        if following is not None:
            return Found(cue.start, cue.end, lemma, source, following)
    if cls is CueClass.WEAK or (cj < n and tokens.is_word(cj) and tokens.lows[cj] not in SUBORDINATORS):
        return None
    # A saying verb with a source but no readable content ("That was what she said when ...").
    rest = content_after(text, s_end, tokens, cj) if cj < n else (source[0], cue.end)
    return Found(cue.start, cue.end, lemma, source, rest if rest[1] > rest[0] else (source[0], cue.end))


IRREGULAR_PARTICIPLES: Final = word_set("said told written known shown found thought heard felt understood")


def participle_form(form: str) -> bool:
    return form.endswith("ed") or form in IRREGULAR_PARTICIPLES


def read_passive(
    text: str, s_end: int, tokens: Tokens, cue: Cue, cj: int, right: int | None, strong: bool, subject_end: int
) -> Found | None:
    """A passive cue: the agent after "by" is the source; the subject is what was reported."""
    n = len(tokens.texts)
    if cj < n and tokens.lows[cj] == "by":
        agent = np_forward(tokens, cj + 1, limit=10)
        if agent is None:
            return None
        rest = agent[1]
        if rest < n and tokens.is_word(rest) and tokens.lows[rest] not in ADVERBIAL | TIME_WORDS:
            content = content_after(text, s_end, tokens, rest)
        else:  # "The closure was reported by the Courier.": the subject is the report
            content = (tokens.starts[0], tokens.ends[subject_end])
        return Found(cue.start, cue.end, cue.lemma, token_span(tokens, agent), content)
    if right is None or not strong:
        return None
    return Found(cue.start, cue.end, cue.lemma, None, content_after(text, s_end, tokens, right))


def fronted(text: str, s_end: int, tokens: Tokens, cue: Cue, cj: int) -> Found | None:
    """ "Said Ellis: \u201c...\u201d": a saying verb that opens the sentence, then the source."""
    if cue.cls is CueClass.WEAK:
        return None
    after = np_forward(tokens, cj, limit=8)
    if after is None or after[1] + 1 >= len(tokens.texts) or tokens.texts[after[1]] not in {":", ","}:
        return None
    return Found(
        cue.start, cue.end, cue.lemma, token_span(tokens, after), content_after(text, s_end, tokens, after[1] + 1)
    )


def nominal(text: str, s_end: int, tokens: Tokens, cue: Cue, ci: int, cj: int) -> Found | None:
    """ "North Korea's claims about its test", "Clinton's warning that ...": a possessor and a
    reporting noun with its content; "Rivera's tweet was deleted" has no content and is no cue."""
    n = len(tokens.texts)
    if cj >= n or not (tokens.lows[cj] in {"that", "about", "on", "of"} or tokens.texts[cj] in OPEN_QUOTES):
        return None
    if cj + 1 >= n or not (tokens.is_word(cj + 1) or tokens.texts[cj + 1] in OPEN_QUOTES):
        return None
    owner = ci - 1
    start = np_back(tokens, owner)
    if start is None:
        return None
    return Found(
        cue.start,
        cue.end,
        cue.lemma,
        (tokens.starts[start], tokens.ends[owner]),
        content_after(text, s_end, tokens, cj),
    )


def participle(
    text: str,
    s_end: int,
    tokens: Tokens,
    cue: Cue,
    right: int | None,
    strong: bool,
    previous: tuple[int, int] | None,
) -> Found | None:
    """ ", adding that ..." / ", saying ...": the speaker is the one of the clause before."""
    if right is None:
        return None
    weak_bare = opens_clause(tokens, right) or takes_bare(tokens, cue.cls, cue.lemma, right, False)
    if cue.cls is CueClass.WEAK and not strong and not weak_bare:
        return None
    # The speaker of the attribution just before, in the same sentence, or the name that
    # opens the sentence ("Trump took to Twitter ..., saying that ...").
    source = previous if previous is not None else opening_name(tokens)
    content = content_after(text, s_end, tokens, right)
    # "The official, speaking on condition of anonymity, said ...": a participle between the
    # subject that opens the sentence and its verb reports up to its closing comma.
    ci = token_index(tokens, cue.start)
    parenthetical = ci >= 2 and tokens.texts[ci - 1] == "," and np_back(tokens, ci - 2) == 0
    return Found(
        cue.start, cue.end, cue.lemma, source, cut_at_comma(tokens, right, content, parenthetical), sibling=True
    )


#: Verbs of aspect before a "to" cue ("continues to insist", "went on to say").
ASPECT_VERBS: Final = word_set(
    "continue continues continued continuing began begin begins beginning went go goes going started start starts"
)


def inverted_or_apposition(
    text: str,
    s_start: int,
    s_end: int,
    tokens: Tokens,
    cue: Cue,
    k: int,
    cj: int,
    right: int | None,
    strong: bool,
) -> Found | None:
    """The cue follows a comma or a closing quote: an apposition, or "..., said X."."""
    weak = cue.cls is CueClass.WEAK
    if tokens.texts[k] in {",", "\u2014", "\u2013"}:
        found = read_apposition(text, s_start, s_end, tokens, cue, k, cj, right, strong)
        if found is not None:
            return found
    if right is not None and strong:
        # "..., and said that ..." with the subject elided.
        if weak:
            return None
        return Found(cue.start, cue.end, cue.lemma, None, content_after(text, s_end, tokens, right))
    # Inverted: "..., said the official." The source follows the cue.
    quoted = tokens.texts[k] in CLOSE_QUOTES or (k >= 1 and tokens.texts[k - 1] in CLOSE_QUOTES)
    after = np_forward(tokens, cj, apposition=True)
    if after is None:
        return None
    if weak and not quoted:
        # "..., noted NBC's Dante Chinni.": only a name that ends the sentence makes it a report.
        last = after[1] - 1
        ends = after[1] >= len(tokens.texts) or tokens.texts[after[1]] in FINAL
        if not (ends and tokens.is_cap(last) and tokens.is_word(last)):
            return None
    content = content_before(text, s_start, tokens, k)
    if content is None:
        return None
    content = extend_interrupted(text, s_end, tokens, after[1], content)
    return Found(cue.start, cue.end, cue.lemma, token_span(tokens, after), content)


def read_apposition(
    text: str,
    s_start: int,
    s_end: int,
    tokens: Tokens,
    cue: Cue,
    k: int,
    cj: int,
    right: int | None,
    strong: bool,
) -> Found | None:
    """ "Adam Schiff, the top Democrat on the committee, said (that) ..." and its post-posed twin."""
    separator = tokens.texts[k]
    for p in range(k - 1, max(-1, k - 16), -1):
        t = tokens.texts[p]
        if t == separator:
            # "Adam Schiff, the top Democrat, said" or "Trump's running mate, Gov. Mike Pence, plans":
            # a name on one side of the first comma. Without a name, a relative clause or a
            # participle between the commas ("The official, who spoke on condition of anonymity,
            # said the talks had stalled") still marks the subject, if a clause follows the cue.
            named = p >= 1 and (tokens.is_cap(p - 1) or tokens.is_cap(k - 1))
            modifier = not named and opens_modifier(tokens, p + 1) and clause_follows(tokens, right, strong)
            if not (p >= 1 and tokens.is_word(p - 1) and (named or modifier)):
                return None
            head = np_back(tokens, p - 1)
            if head is None:
                return None
            source = (tokens.starts[head], tokens.ends[k])
            after = tokens.lows[p + 1]
            if (after in PREPOSITIONS and after != "of") or (after.endswith("ing") and tokens.texts[p + 1].islower()):
                # "Trump, speaking to veterans, said" / "Clinton, at the debate, said": a
                # participle or an adverbial between the commas is not part of the source.
                source = (tokens.starts[head], tokens.ends[p - 1])
            before = head - 1
            postposed = before >= 0 and (
                tokens.texts[before] in {",", "\u2014", "\u2013"} or closes_quote(tokens, before)
            )
            bare = (
                not postposed and takes_bare(tokens, cue.cls, cue.lemma, right, False) if right is not None else False
            )
            if right is not None and (strong or bare) and not (modifier and postposed):
                return Found(cue.start, cue.end, cue.lemma, source, content_after(text, s_end, tokens, right))
            if postposed and not modifier:
                content = content_before(text, s_start, tokens, before)
                if content is not None:
                    return Found(cue.start, cue.end, cue.lemma, source, content)
            return None
        if t in OPEN_QUOTES or t in CLOSE_QUOTES:
            return None
        if t in FINAL and not (t == "." and (tokens.texts[p + 1] == "," or abbreviation_dot(tokens, p))):
            return None
    return None


def cut_at_comma(tokens: Tokens, right: int, content: tuple[int, int], cut: bool) -> tuple[int, int]:
    """The content ended at the next comma of the sentence when ``cut`` is set."""
    if not cut:
        return content
    comma = next_comma(tokens, right)
    return (content[0], min(content[1], tokens.starts[comma])) if comma is not None else content


#: Words that open a non-restrictive relative clause between commas.
RELATIVE_OPENERS: Final = word_set("who which whose")


def opens_modifier(tokens: Tokens, j: int) -> bool:
    """A relative clause or a lower-case participle opens at ``j`` ("who spoke ...", "elected
    in 2010", "speaking to reporters"): a modifier of the noun before the comma."""
    if j >= len(tokens.texts) or not tokens.texts[j].islower():
        return False
    low = tokens.lows[j]
    return low in RELATIVE_OPENERS or low.endswith("ing") or participle_form(low)


def clause_follows(tokens: Tokens, right: int | None, strong: bool) -> bool:
    """The cue's complement is a clause: "that", a quote or a colon, or an auxiliary or a form
    of "be" within a few words ("said the talks had stalled"), unlike an inverted source
    ("..., said the official.")."""
    if right is None:
        return False
    if strong:
        return True
    for i in range(right, min(len(tokens.texts), right + 8)):
        if tokens.lows[i] in AUXILIARIES:
            return True
        if not tokens.is_word(i):
            return False
    return False


def according_to(text: str, s_start: int, s_end: int, tokens: Tokens, cue: Cue, ci: int, cj: int) -> Found | None:
    source = np_forward(tokens, cj, limit=16)
    if source is None:
        return None
    n = len(tokens.texts)
    src_end = source[1]
    if ci > 0 and any(tokens.is_word(i) for i in range(max(0, ci - 3), ci)):
        # "..., according to X." The content is what comes before.
        before = ci - 1
        content = content_before(text, s_start, tokens, before) if tokens.texts[before] == "," else None
        if content is None:
            begin = tokens.starts[0]
            content = (begin, tokens.ends[ci - 1])
        return Found(cue.start, cue.end, "according to", token_span(tokens, source), content)
    # "According to X, ..." The content follows the comma after the source.
    start = src_end + 1 if src_end < n and tokens.texts[src_end] == "," else src_end
    if start >= n:
        return None
    return Found(
        cue.start, cue.end, "according to", token_span(tokens, source), content_after(text, s_end, tokens, start)
    )
