"""Attributions marked by punctuation: a speaker label with a colon, a quote signed with a dash."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extraction._attribution_lexicon import (
    FORMS,
    word_set,
)
from factcheck.extraction._attribution_records import Found
from factcheck.extraction._attribution_words import MAX_QUOTE, OPENER_OF

__all__ = ["ANY_DASH", "DASH", "INITIAL_END", "LABEL", "LABEL_REACH", "NOT_SPEAKERS", "marked_attributions"]


# "PENCE: Well, look ..." / "Poll: Voters abandon ...": a short name and a colon open the line.
LABEL: Final = re.compile(
    r"[\"\u201c]?(?P<name>[A-Z][\w.\u2019'\-]{0,30}(?:[ \t][A-Z][\w.\u2019'\-]{0,30}){0,3})[ \t]?(?P<cue>:)[ \t]+(?=\S)"
)


# "... the vote.\u201d \u2015 Ana Ruiz": a dash after a closing quote names who said it.
DASH: Final = re.compile(
    r"[\u201d\"][ \t\u00a0]{0,3}(?P<cue>[\u2015\u2014\u2013])[ \t\u00a0]{0,3}"
    r"(?P<name>[A-Z][\w.\u2019'\-]{0,30}(?:[ \t\u00a0][A-Z][\w.\u2019'\-]{0,30}){0,4})"
)


#: Line labels that are not speakers.
NOT_SPEAKERS: Final = word_set(
    "latest read note update related photo photos video watch see also editor's editor\u2019s source sources "
    "correction corrections clarification disclosure advertisement credit caption contact email more "
    "subscribe listen transcript"
)


#: How far a LABEL match reaches, its colon included: a quote, four words of 31 characters
#: with their spaces, a space and the colon.
LABEL_REACH: Final = 1 + 4 * 32 + 1 + 1

#: One search instead of one per dash character.
ANY_DASH: Final = re.compile("[\u2015\u2014\u2013]")


INITIAL_END: Final = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|Dr|St))\.$")


def marked_attributions(text: str, s_start: int, s_end: int) -> list[Found]:
    """Attributions marked by punctuation: a speaker label with a colon, a quote signed with a dash."""
    out: list[Found] = []
    begin = s_start
    while begin < s_end and text[begin].isspace():
        begin += 1
    # The label's colon comes within LABEL_REACH characters; most sentences have none there.
    label = LABEL.match(text, begin, s_end) if text.find(":", begin, begin + LABEL_REACH) != -1 else None
    label_words = label.group("name").split() if label is not None else []
    if (
        label is not None
        and not any(w.lower() in NOT_SPEAKERS for w in label_words)
        and label_words[0].lower() not in FORMS  # "Said Ellis: ..." is a fronted cue, not a label
        and label_words[0].lower() not in {"the", "a", "an"}  # "The Gap Goes On: ...": a rubric
    ):
        line_end = text.find("\n", label.end(), min(len(text), label.end() + MAX_QUOTE))
        end = s_end if line_end == -1 else max(s_end, line_end)
        out.append(Found(label.start("cue"), label.end("cue"), ":", label.span("name"), (label.end(), end)))
    if ANY_DASH.search(text, s_start, s_end) is None:
        return out
    for dash in DASH.finditer(text, s_start, s_end):
        close = dash.start()
        opener = OPENER_OF[text[close]]
        open_at = text.rfind(opener, max(0, close - MAX_QUOTE), close)
        if open_at != -1:
            name_start, name_end = dash.span("name")
            if text[name_end - 1] == "." and not INITIAL_END.search(text, name_start, name_end):
                name_end -= 1  # "― Lena Voss." ends the sentence; "― Ann B." keeps its initial
            out.append(
                Found(dash.start("cue"), dash.end("cue"), "\u2015", (name_start, name_end), (open_at, close + 1))
            )
    return out
