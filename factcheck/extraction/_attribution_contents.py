"""Content spans: what is reported, quoted over several sentences, cut before a sibling."""

from __future__ import annotations

import bisect
import re
from typing import Final

from factcheck.extraction._attribution_records import Found
from factcheck.extraction._attribution_tokens import Tokens, closes_quote
from factcheck.extraction._attribution_words import (
    ADVERBIAL,
    CLOSE_QUOTES,
    FINAL,
    MAX_QUOTE,
    OPEN_QUOTES,
    OPENER_OF,
    SUBORDINATORS,
    TIME_WORDS,
)

__all__ = [
    "JOINERS",
    "PARENT_CANDIDATES",
    "QUOTE_PAIRS",
    "SIBLING_WINDOW",
    "content_after",
    "content_before",
    "continued_quote",
    "end_before_siblings",
    "extend_interrupted",
    "extend_parenthetical",
    "next_paragraph",
    "parent_index",
    "quote_before",
]


QUOTE_PAIRS: Final = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "''": "''"}


#: How many of the nearest preceding contents are tried as the parent of a cue.
PARENT_CANDIDATES: Final = 16


#: How many earlier attributions a sibling or a post-posed cue is compared with.
SIBLING_WINDOW: Final = 6


JOINERS: Final = re.compile(
    r"(?:\s*,)?\s*(?:(?:and|but|while|even|then|also|later|has|have|had|will|would|is|was)\s+){0,4}(?:,\s*)?$"
)


def end_before_siblings(text: str, found: list[Found]) -> None:
    """End a content where the next attribution of the same sentence begins, when that one is
    not part of it.

    Two cases: a sibling that shares the subject ("X tweeted that A and urged B", "X denied A,
    saying B"), whose cue ends the content before it; and a post-posed cue whose own content
    holds the earlier cue ("X called for A, sources said."), which ends the earlier content
    before its source. Reported speech really nested in a content ("X said that Y said ...")
    stays as it is. Each attribution is compared with a bounded number of earlier ones.
    """
    for b_index, b in enumerate(found):
        for a in found[max(0, b_index - SIBLING_WINDOW) : b_index]:
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
            joined = JOINERS.search(window)
            end = cut - (len(joined.group()) if joined else 0)
            while end > a_start and text[end - 1] in " \t\n,;":
                end -= 1
            if end > a_start:
                a.content = (a_start, end)


def quote_before(text: str, s_start: int) -> tuple[int, int] | None:
    """A quotation that ends with ',"' '?"' or '!"' just before ``s_start`` (same paragraph)."""
    i = s_start - 1
    while i >= 0 and s_start - i <= 3 and text[i] in " \t":
        i -= 1
    if i < 1 or text[i] not in OPENER_OF or text[i - 1] not in ",?!.":
        return None
    if text[i - 1] == "." and text[i] in "\u2019'":
        return None
    open_at = text.rfind(OPENER_OF[text[i]], max(0, i - MAX_QUOTE), i)
    return (open_at, i + 1) if open_at != -1 else None


def next_paragraph(text: str, at: int) -> tuple[int, int] | None:
    """The next non-empty line after ``at`` (bounded), as a content span."""
    start = at
    limit = min(len(text), at + MAX_QUOTE)
    while start < limit and text[start].isspace():
        start += 1
    if start >= limit:
        return None
    end = text.find("\n", start, limit)
    return start, (limit if end == -1 else end)


def content_after(text: str, s_end: int, tokens: Tokens, j: int) -> tuple[int, int]:
    """Content from token ``j`` to the end of its sentence or of the quotation it opens."""
    start = tokens.starts[j]
    opener = tokens.texts[j]
    if opener in OPEN_QUOTES:
        close = text.find(QUOTE_PAIRS[opener], start + 1, start + MAX_QUOTE)
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
    if tokens.lows[first] not in SUBORDINATORS and first + 1 < len(tokens.texts):
        # ", he does not defend it": a new main clause ends the reported one, unless the
        # content opens with a subordinate clause ("that if it rains, he will stay").
        clause = min(clause, tokens.main_clause_cuts()[first + 1])
    if clause < len(tokens.texts) and opener not in OPEN_QUOTES:
        return start, tokens.ends[clause - 1]
    end = tokens.ends[-1]
    last = tokens.texts[-1]
    if last in FINAL or (last in {",", ";", ":"}):
        end = tokens.starts[-1]
    elif last in CLOSE_QUOTES and len(tokens.texts) >= 2 and tokens.texts[-2] in FINAL and opener not in OPEN_QUOTES:
        # A partial quote at the end: keep the quote mark, drop nothing.
        end = tokens.ends[-1]
    return start, max(start, end)


def content_before(text: str, s_start: int, tokens: Tokens, k: int) -> tuple[int, int] | None:
    """Content that ends just before token ``k`` (a comma, dash or closing quote)."""
    if closes_quote(tokens, k) or (tokens.texts[k] in CLOSE_QUOTES and k >= 1):
        end = tokens.ends[k]
        closer = tokens.texts[k]
        opener = OPENER_OF[closer]
        open_at = text.rfind(opener, max(0, end - MAX_QUOTE), tokens.starts[k])
        if open_at != -1:
            if tokens.starts[0] < open_at and tokens.is_word(0):
                # 'The country "has changed for the better," he said': the partial quotation
                # is part of a sentence that is all reported.
                return tokens.starts[0], end
            return open_at, end
    if k >= 1 and tokens.texts[k] == "," and tokens.texts[k - 1] in CLOSE_QUOTES:
        return content_before(text, s_start, tokens, k - 1)
    if k == 0:
        return None
    return tokens.starts[0], tokens.ends[k - 1]


def extend_interrupted(text: str, s_end: int, tokens: Tokens, after: int, content: tuple[int, int]) -> tuple[int, int]:
    """Join ``"First part," he said, "second part."`` into one content span."""
    n = len(tokens.texts)
    j = after + 1 if after < n and tokens.texts[after] not in {",", ":"} else after
    limit = min(n, j + 6)
    while j < limit and tokens.is_word(j) and tokens.lows[j] in ADVERBIAL | TIME_WORDS:
        j += 1
    if j + 1 < n and tokens.texts[j] == "," and tokens.texts[j + 1] in OPEN_QUOTES and text[content[0]] in OPEN_QUOTES:
        _, end = content_after(text, s_end, tokens, j + 1)
        return content[0], end
    if text[content[0]] in OPEN_QUOTES or text[content[0] : content[0] + 2] == "''":
        return content[0], continued_quote(text, s_end, content[1])
    return content


def extend_parenthetical(text: str, s_end: int, tokens: Tokens, cj: int, content: tuple[int, int]) -> tuple[int, int]:
    """ "Acts of protest, he said, are acts of patriotism.": the clause goes on after the cue."""
    n = len(tokens.texts)
    j = cj
    limit = min(n, j + 6)
    while j < limit and tokens.is_word(j) and (tokens.lows[j] in ADVERBIAL or tokens.lows[j] in TIME_WORDS):
        j += 1
    if text[content[0]] in OPEN_QUOTES or j + 1 >= n or tokens.texts[j] != ",":
        return content
    nxt = tokens.lows[j + 1]
    if not tokens.is_word(j + 1) or nxt.endswith("ing") or nxt in {"according", "who", "which", "and", "but"}:
        return content
    _, end = content_after(text, s_end, tokens, j + 1)
    return content[0], end


def continued_quote(text: str, s_end: int, end: int) -> int:
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
        if opener not in QUOTE_PAIRS or (opener in {"\u2018"}):
            break
        close = text.find(QUOTE_PAIRS[opener], i + len(opener), i + MAX_QUOTE)
        if close == -1 or text.find("\n", i, close) != -1:
            break
        end = close + len(opener)
        at = end
    return end


def parent_index(found: list[Found], by_content: list[int], content_starts: list[int], index: int) -> int | None:
    """Innermost other attribution whose content contains this cue.

    Only the contents that start nearest before the cue are tried (a bounded number), which
    keeps the whole pass linear; an enclosing content starts close to what it encloses.
    """
    item = found[index]
    best: int | None = None
    best_len = 0
    hi = bisect.bisect_right(content_starts, item.cue_start)
    for pos in range(hi - 1, max(-1, hi - 1 - PARENT_CANDIDATES), -1):
        other = by_content[pos]
        if other == index:
            continue
        c_start, c_end = found[other].content
        if c_start <= item.cue_start and item.cue_end <= c_end:
            length = c_end - c_start
            if best is None or length < best_len:
                best, best_len = other, length
    return best
