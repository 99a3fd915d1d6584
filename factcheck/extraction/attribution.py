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
and its antecedent span is given; a relative one ("Okafor, who said", "whose spokesman said")
to the noun phrase it hangs on. Unnamed sources ("a senior US military official") are kept as
written with ``source_kind="unnamed"``. An attribution whose cue lies inside another's content
names that one as ``parent`` (the article says that Bild reported that NATO is considering ...).

All offsets are code-point offsets into ``text``; the scan is linear in the text (bounded
windows, no backtracking patterns).

This module is the public entry point; the work is done in private modules, one job each:

* ``_attribution_cues``: cue words in a sentence (lexicon look-up, multi-word cues);
* ``_attribution_verbs``: reading a lexicon cue's frame (pre-, post-posed, inverted, passive);
* ``_attribution_complements``: what follows a cue verb (clause, quote, infinitive, question);
* ``_attribution_frames``: the broad classes' frames (verb + that, adjectives, report nouns);
* ``_attribution_marks``: speaker labels ("NAME: ...") and quotes signed with a dash;
* ``_attribution_sources``: source noun-phrase boundaries and pronoun antecedents;
* ``_attribution_contents``: content spans, multi-sentence quotes, siblings, nesting;
* ``_attribution_tokens``, ``_attribution_words``, ``_attribution_records``: the tokenisation,
  the shared word sets, and the records passed between the modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from factcheck.extraction import _attribution_classes as broad
from factcheck.extraction._attribution_contents import end_before_siblings, parent_index
from factcheck.extraction._attribution_cues import find_cues
from factcheck.extraction._attribution_frames import (
    belief_adjective_frames,
    light_verb_frames,
    may_have_verb_that,
    noun_that_frames,
    see_as_frames,
    seem_frames,
    verb_about_frames,
    verb_that_frames,
)
from factcheck.extraction._attribution_lexicon import REITERATION_LEMMAS
from factcheck.extraction._attribution_marks import marked_attributions
from factcheck.extraction._attribution_records import Found
from factcheck.extraction._attribution_sources import NameIndex, resolve_antecedent
from factcheck.extraction._attribution_tokens import Tokens
from factcheck.extraction._attribution_verbs import read_frame
from factcheck.extraction._attribution_words import OPEN_QUOTES, PRONOUNS, TOKEN
from factcheck.provenance import SpeechMode

__all__ = ["AttributionMention", "SourceKind", "cue_windows", "find_attributions", "link_reiterations"]

SourceKind = Literal["named", "pronoun", "unnamed"]


@dataclass(frozen=True, slots=True)
class AttributionMention:
    """One attribution: a cue, its source, its content, and how it nests.

    ``source_start``/``source_end`` are ``None`` when the text names no source ("it was
    reported that ..."); ``source_kind`` is then ``"unnamed"``. ``antecedent_start``/
    ``antecedent_end`` are set only for a pronoun source resolved to a name or noun phrase
    (a relative "who"/"which"/"that" to the phrase it hangs on; "whose X" to the owner).
    ``parent`` is the index (in the returned list) of the innermost attribution whose content
    holds this cue.
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


def find_attributions(text: str, sentences: Sequence[tuple[int, int]]) -> list[AttributionMention]:
    """Find the attributions in ``text``, scanning the given sentence spans.

    Args:
        text: The whole document text; offsets refer to it.
        sentences: Half-open ``(start, end)`` sentence spans, in document order. Quotations
            may run past a sentence end; everything else stays inside its sentence.

    Returns:
        The attributions sorted by cue start, with ``parent`` indices into this list.
    """
    found: list[Found] = []
    for s_start, s_end in sentences:
        s_start = max(0, s_start)
        s_end = min(len(text), s_end)
        if s_end <= s_start:
            continue
        tokens: Tokens | None = None
        first_in_sentence = len(found)
        found.extend(marked_attributions(text, s_start, s_end))
        triggers: set[str] = set()
        for cue in find_cues(text, s_start, s_end, triggers):
            if tokens is None:
                tokens = Tokens.of(text, s_start, s_end)
            previous = found[-1].source if len(found) > first_in_sentence else None
            item = read_frame(text, s_start, s_end, tokens, cue, previous)
            if item is not None:
                found.append(item)
        # The frames beyond the cue lexicon, each behind a word it needs (found by ``find_cues``).
        if not triggers:
            continue
        has_that = "that" in triggers
        verb_that = has_that and may_have_verb_that(text, s_start, s_end)
        noun_that = has_that and not triggers.isdisjoint(_NOUN_TRIGGERS)
        about = "about" in triggers
        seems = not triggers.isdisjoint(broad.SEEM_FORMS)
        adjectives = not triggers.isdisjoint(_ADJECTIVE_TRIGGERS)
        light = not triggers.isdisjoint(_LIGHT_TRIGGERS)
        see_as = text.find(" as ", s_start, s_end) != -1 and not triggers.isdisjoint(broad.SEE_AS_VERBS)
        if not (verb_that or noun_that or about or seems or adjectives or light or see_as):
            continue
        if tokens is None:
            tokens = Tokens.of(text, s_start, s_end)
        # Characters already inside a cue of this sentence: a frame never adds a second cue
        # over them. (A set of positions, so that the check stays linear; cues are short.)
        covered = {p for f in found[first_in_sentence:] for p in range(f.cue_start, f.cue_end)}
        if verb_that:
            for f in verb_that_frames(text, s_end, tokens):
                if f.cue_start not in covered:
                    found.append(f)
                    covered.update(range(f.cue_start, f.cue_end))
        for wanted, frame in (
            (adjectives, belief_adjective_frames),
            (noun_that, noun_that_frames),
            (seems, seem_frames),
            (about, verb_about_frames),
            (light, light_verb_frames),
            (see_as, see_as_frames),
        ):
            if wanted:
                for f in frame(text, s_end, tokens):
                    if covered.isdisjoint(range(f.cue_start, f.cue_end)):
                        found.append(f)
                        covered.update(range(f.cue_start, f.cue_end))
    if not found:
        return []  # most sentences: nothing to order, link or resolve
    found.sort(key=lambda f: (f.cue_start, f.cue_end))
    end_before_siblings(text, found)
    return _finish(text, sentences, found)


def _finish(text: str, sentences: Sequence[tuple[int, int]], found: list[Found]) -> list[AttributionMention]:
    """Classify sources, resolve pronouns, and link nesting; returns the public records."""
    by_content = sorted(range(len(found)), key=lambda i: (found[i].content[0], -found[i].content[1]))
    content_starts = [found[i].content[0] for i in by_content]
    sentence_starts = [s for s, _ in sentences]
    named_sources: list[tuple[int, int]] = []
    names: NameIndex | None = None
    result: list[AttributionMention] = []
    for index, item in enumerate(found):
        kind: SourceKind = "unnamed"
        antecedent: tuple[int, int] | None = None
        if item.source is not None:
            src_text = text[item.source[0] : item.source[1]]
            kind = _source_kind(src_text)
            if kind == "pronoun":
                if names is None:
                    names = NameIndex(text, sentences)
                antecedent = resolve_antecedent(text, sentences, sentence_starts, named_sources, item.source, names)
            elif kind == "named":
                named_sources.append(item.source)
        parent = parent_index(found, by_content, content_starts, index)
        opening = text[item.content[0] : item.content[0] + 2]
        direct = opening[:1] in OPEN_QUOTES or opening == "''"
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
    words = [w for w in TOKEN.findall(src_text) if w[0].isalnum()]
    if not words:
        return "unnamed"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0] == "whose" or words == ["that"]:
        # A relative pronoun ("the study that found", ", whose spokesman said"): resolved to the
        # noun phrase it hangs on, like a personal pronoun.
        return "pronoun"
    # The head is the last word before an apposition's comma ("Smith, the mayor").
    core_words = words
    if "," in src_text:
        core_words = [w for w in TOKEN.findall(src_text.split(",", 1)[0]) if w[0].isalnum()] or words
    head = core_words[-1]
    if head[0].isupper() or head.isupper():
        return "named"
    return "unnamed"


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
    words = [w for w in TOKEN.findall(core) if w[0].isalnum()]
    return words[-1].casefold() if words else None
