"""FC2xx: time.

Dates are intervals of days with a granularity (:class:`~factcheck.timeref.TimeRef`), so
"before" and "after" here mean *surely* before or after: a month-long period that
contains the other date is never reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

from factcheck.claims import Claim, EventClaim, StatementClaim, claim_time
from factcheck.document import Span
from factcheck.rules._common import dotted, mention_key, published_on, quote, span_order, time_refs
from factcheck.rules.registry import RuleContext, Violation, rule
from factcheck.timeref import TimeRef

__all__ = [
    "DEFAULT_INFERRED_YEAR_WINDOW_DAYS",
    "dated_after_publication",
    "following_event_dated_before_antecedent",
    "inferred_year_ambiguous",
    "reiteration_without_earlier_statement",
    "report_dated_before_reported_fact",
]

#: Cues that say the speaker said it before. Fixed stems plus ``\w*``: no backtracking.
_REITERATION = re.compile(r"\b(?:reiterat|repeat|restat|reaffirm)\w*", re.IGNORECASE)

#: FC205: an inferred year is ambiguous when the other year's reading lies this close to the
#: publication date and the chosen one does not (``options["inferred_year_window_days"]``
#: overrides it). The same window as the date extractor's ``alternatives``.
DEFAULT_INFERRED_YEAR_WINDOW_DAYS = 31


def _period(time: TimeRef) -> str:
    if time.start == time.end:
        return f"{time.start}"
    return f"{time.start}..{time.end}"


def _time_span(claim: Claim, time: TimeRef) -> tuple[Span, ...]:
    return (time.span,) if time.span is not None else (claim.span,)


@rule(code="FC201", name="dated-after-publication", severity="error")
def dated_after_publication(context: RuleContext) -> Iterator[Violation]:
    """Flags a fact or attribution dated after the document that reports it was published.

    ## What it does
    Compares the date of each factual claim (asserted or reported) and the date of each
    attribution link with its document's publication date, and reports a date whose
    whole period starts after that day.

    ## Why is this bad?
    An article cannot report as done what had not happened when it was published. The
    usual cause is a year resolved wrongly ("on December 3" in a January article taken as
    the coming December) or a typo in the date.

    ## Example
    ```yaml
    # the document was published 2025-03-14
    - kind: event
      text: the council approved the purchase on March 18
      time: {text: on March 18, start: '2025-03-18', end: '2025-03-18', granularity: day}
    ```

    ## Use instead
    ```yaml
    - kind: event
      text: the council approved the purchase on March 11
      time: {text: on March 11, start: '2025-03-11', end: '2025-03-11', granularity: day}
    ```

    ## Known problems
    Planned, hedged and conditional claims ("will vote on March 18") may be dated in the
    future and are skipped. Granularity is respected: "in March" in an article of March
    14 starts on March 1 and is not reported.
    """
    for claim in context.claims.claims:
        published = published_on(context.claims, claim)
        if published is None:
            continue
        for path, time in time_refs(claim):
            if path == ("time",) and not claim.modality.factual:
                continue
            if not time.surely_after(published):
                continue
            field = dotted(path)
            days = (time.start - published).days if time.start is not None else 0
            yield Violation(
                f"{field} {quote(time.text)} is {_period(time)}, {days} day(s) after the document "
                f"{claim.document!r} was published on {published}",
                claim_ids=(claim.id,),
                spans=_time_span(claim, time),
                field=path,
                context={"field": field, "start": str(time.start), "published": str(published)},
            )


@rule(code="FC202", name="report-dated-before-reported-fact", severity="error")
def report_dated_before_reported_fact(context: RuleContext) -> Iterator[Violation]:
    """Flags an attribution dated before the fact it reports.

    ## What it does
    Walks the attribution chain, outermost first: each dated link reports the next dated
    link, and the innermost dated link reports the claim itself. A link whose whole period
    ends before the period of what it reports is flagged.

    ## Why is this bad?
    "The ministry said on May 2 that the bridge reopened on May 6" cannot be a report of a
    completed fact. Either a date is wrong or the claim is really a plan or forecast, in
    which case its modality should say so.

    ## Example
    ```yaml
    - kind: event
      text: the bridge reopened on May 6
      modality: reported
      time: {text: on May 6, start: '2025-05-06', end: '2025-05-06', granularity: day}
      provenance:
        chain:
          - agent: {text: the ministry, entity: org:transport-ministry}
            cue: said
            date: {text: on May 2, start: '2025-05-02', end: '2025-05-02', granularity: day}
    ```

    ## Use instead
    Correct the date, or mark the claim as planned:
    ```yaml
    - kind: event
      text: the bridge will reopen on May 6
      modality: planned
    ```

    ## Known problems
    Only factual claims (asserted or reported) are compared with their attribution; a
    chain of dated links is always compared link to link. Undated links are skipped.
    """
    for claim in context.claims.claims:
        dated = [(index, link) for index, link in enumerate(claim.provenance.chain) if link.date is not None]
        pairs: list[tuple[int, str, TimeRef, str, TimeRef, tuple[str | int, ...]]] = []
        for (outer_index, outer), (_inner_index, inner) in pairwise(dated):
            assert outer.date is not None and inner.date is not None
            pairs.append(
                (
                    outer_index,
                    f"{outer.agent.text} {outer.cue}",
                    outer.date,
                    f"{inner.agent.text} {inner.cue}",
                    inner.date,
                    ("provenance", "chain", outer_index, "date"),
                )
            )
        own = claim_time(claim)
        if dated and own is not None and claim.modality.factual:
            index, link = dated[-1]
            assert link.date is not None
            pairs.append(
                (
                    index,
                    f"{link.agent.text} {link.cue}",
                    link.date,
                    "the claim",
                    own,
                    ("provenance", "chain", index, "date"),
                )
            )
        for _index, reporter, report_date, reported, fact_date, path in pairs:
            if not report_date.surely_before(fact_date):
                continue
            spans = tuple(t.span for t in (report_date, fact_date) if t.span is not None) or (claim.span,)
            yield Violation(
                f"{reporter} {quote(report_date.text)} ({_period(report_date)}) is dated before what it "
                f"reports: {reported} {quote(fact_date.text)} ({_period(fact_date)})",
                claim_ids=(claim.id,),
                spans=spans,
                field=path,
                context={"report": str(report_date.end), "fact": str(fact_date.start)},
            )


@rule(code="FC203", name="reiteration-without-earlier-statement", severity="warning", requires=("statement",))
def reiteration_without_earlier_statement(context: RuleContext) -> Iterator[Violation]:
    """Flags a "reiterated"/"repeated" statement with no earlier statement by the same speaker.

    ## What it does
    For a statement whose cue says it was said before (reiterated, repeated, restated,
    reaffirmed), looks for the earlier statement: the one named in ``repeats``, or any
    statement of the set by the same speaker not dated after it. Reports the statement
    when there is none, or when ``repeats`` names a statement by someone else or a later one.

    ## Why is this bad?
    "Reiterated" claims a history: that the speaker said this before. If the set has no
    such statement, the reader cannot check the repetition, and a verdict may treat a
    new claim as an old one.

    ## Example
    ```yaml
    - kind: statement
      text: The mayor reiterated that fares will not rise.
      speaker: {text: The mayor, entity: person:ana-vidal}
      cue: reiterated
      # no other statement by person:ana-vidal in the set
    ```

    ## Use instead
    Add the earlier statement and link it:
    ```yaml
    - kind: statement
      cue: reiterated
      repeats: s-5b0e2c7d1a93
    ```

    ## Known problems
    The earlier statement is often in another article; until that article is annotated,
    suppress the finding with the source as reason. A dangling ``repeats`` is FC108's.
    """
    statements = [c for c in context.claims.claims if isinstance(c, StatementClaim)]
    known = {c.id for c in context.claims.claims}
    by_speaker: dict[str, list[StatementClaim]] = defaultdict(list)
    for statement in statements:
        by_speaker[mention_key(statement.speaker)].append(statement)
    for group in by_speaker.values():
        # Earliest first, undated first: the first candidate found is the likeliest.
        group.sort(key=lambda c: (c.time.start if c.time is not None and c.time.start else date.min, c.id))
    for claim in sorted(statements, key=span_order):
        if not _REITERATION.search(claim.cue):
            continue
        speaker = mention_key(claim.speaker)
        if claim.repeats is not None:
            if claim.repeats not in known:
                continue  # FC108 reports the dangling reference
            earlier = context.claims.claim(claim.repeats)
            problem = _not_earlier_by(claim, earlier, speaker)
            if problem is None:
                continue
            yield Violation(
                f"{quote(claim.cue)} links repeats: {claim.repeats!r}, but that claim {problem}",
                claim_ids=(claim.id, claim.repeats),
                spans=(claim.span,) + ((earlier.span,) if earlier is not None else ()),
                field=("repeats",),
                context={"cue": claim.cue, "repeats": claim.repeats},
            )
            continue
        if any(
            other.id != claim.id and _not_earlier_by(claim, other, speaker) is None for other in by_speaker[speaker]
        ):
            continue
        yield Violation(
            f"{claim.speaker.text!r} {claim.cue} this, but the set has no earlier statement by "
            f"{claim.speaker.entity or claim.speaker.text!r} to repeat, and repeats: is empty",
            claim_ids=(claim.id,),
            spans=(claim.span,),
            field=("cue",),
            context={"cue": claim.cue, "speaker": claim.speaker.entity or claim.speaker.text},
        )


def _not_earlier_by(claim: StatementClaim, other: Claim | None, speaker: str) -> str | None:
    """Why ``other`` is not an earlier statement by ``speaker``; ``None`` when it is one."""
    if not isinstance(other, StatementClaim):
        return "is not a statement"
    if mention_key(other.speaker) != speaker:
        return f"is a statement by {other.speaker.text!r}, not by {claim.speaker.text!r}"
    mine, theirs = claim.time, other.time
    if mine is not None and theirs is not None and mine.resolved and theirs.resolved and mine.surely_before(theirs):
        return f"is dated {_period(theirs)}, after this statement ({_period(mine)})"
    return None


@rule(code="FC204", name="following-event-dated-before-antecedent", severity="error", requires=("event",))
def following_event_dated_before_antecedent(context: RuleContext) -> Iterator[Violation]:
    """Flags an event said to follow another event but dated before it.

    ## What it does
    For an event with ``follows`` (the text says "following", "after", "in response to"),
    compares its date with the date of the event it follows, and reports it when its whole
    period ends before the antecedent starts.

    ## Why is this bad?
    A response cannot precede what it responds to. One of the two dates is wrong, often a
    year inferred on the wrong side of New Year or a day and month swapped.

    ## Example
    ```yaml
    - kind: event
      text: the strike ended on May 3
      time: {text: on May 3, start: '2025-05-03', end: '2025-05-03', granularity: day}
      follows: e-8d2a41c07b5e   # "talks resumed on May 9"
    ```

    ## Use instead
    Correct the date that is wrong, or drop ``follows`` when the text does not say one
    event followed the other.

    ## Known problems
    Events without a date, or with an unresolved date, are not compared.
    """
    for claim in sorted(context.claims.by_kind("event"), key=span_order):
        assert isinstance(claim, EventClaim)
        if claim.follows is None or claim.time is None or not claim.time.resolved:
            continue
        antecedent = context.claims.claim(claim.follows)
        before = claim_time(antecedent) if antecedent is not None else None
        if antecedent is None or before is None or not before.resolved:
            continue
        if not claim.time.surely_before(before):
            continue
        yield Violation(
            f"this event ({quote(claim.time.text)}, {_period(claim.time)}) is said to follow "
            f"{quote(antecedent.text)} ({quote(before.text)}, {_period(before)}), but it ends before that starts",
            claim_ids=(claim.id, antecedent.id),
            spans=tuple(t.span for t in (claim.time, before) if t.span is not None) or (claim.span, antecedent.span),
            field=("follows",),
            context={"time": str(claim.time.start), "antecedent": str(before.start)},
        )


@rule(code="FC205", name="inferred-year-ambiguous", severity="info")
def inferred_year_ambiguous(context: RuleContext) -> Iterator[Violation]:
    """Notes a date whose year was inferred although another year's reading is closer to hand.

    ## What it does
    For a time reference with ``year_inferred: true`` (the text gave day and month, the
    year was chosen against the publication date), takes the reading one year the other
    way (the coming one for a past date, the last one for a future date) and notes the
    date when that reading lies within 31 days of the publication date while the chosen
    one lies further away. The window (option ``inferred_year_window_days``) is the one
    the date extractor uses to keep an ``alternatives`` reading, so both agree.

    ## Why is this bad?
    "On June 10" in an article of May 27 is read as last June by the most-recent-past
    rule, but a plan for next fortnight is at least as likely. The year is a guess, and
    every date check built on it inherits the guess.

    ## Example
    ```yaml
    # the document was published 2025-05-27
    time:
      text: on June 10
      start: '2024-06-10'
      end: '2024-06-10'
      granularity: day
      resolution: anchored
      year_inferred: true
    ```

    ## Use instead
    Confirm the year from context and record it (``resolution: manual`` with an
    ``anchor`` naming the evidence, ``year_inferred: false``), or mark the claim as
    planned and resolve the date forwards.

    ## Known problems
    Only the neighbouring years are considered and nothing in the text is read: tense
    and cues ("will", "last") are the extractor's business. A date far from the
    publication date in both readings is not noted.
    """
    window = int(context.options.get("inferred_year_window_days", DEFAULT_INFERRED_YEAR_WINDOW_DAYS))
    for claim in context.claims.claims:
        published = published_on(context.claims, claim)
        if published is None:
            continue
        seen: set[tuple[str, date | None]] = set()
        for path, time in time_refs(claim):
            if not time.year_inferred or time.start is None or time.end is None or (time.text, time.start) in seen:
                continue
            seen.add((time.text, time.start))
            chosen = (time.start, time.end)
            years = 1 if time.start <= published else -1
            other = (_shift_year(time.start, years), _shift_year(time.end, years))
            gap_chosen, gap_other = _gap(chosen, published), _gap(other, published)
            if not gap_other <= window < gap_chosen:
                continue
            field = dotted(path)
            yield Violation(
                f"{field} {quote(time.text)} was resolved to {_span_text(chosen)}, {gap_chosen} day(s) "
                f"{_side(chosen, published)} the publication date {published}; the reading "
                f"{_span_text(other)} is {gap_other} day(s) {_side(other, published)} it and also plausible",
                claim_ids=(claim.id,),
                spans=_time_span(claim, time),
                field=path,
                context={"field": field, "chosen": str(time.start), "alternative": str(other[0])},
            )


def _gap(period: tuple[date, date], anchor: date) -> int:
    """Days between a period and the anchor (0 or less when the period holds the anchor)."""
    return (period[0] - anchor).days if period[0] > anchor else (anchor - period[1]).days


def _side(period: tuple[date, date], anchor: date) -> str:
    return "after" if period[0] > anchor else "before"


def _span_text(period: tuple[date, date]) -> str:
    return str(period[0]) if period[0] == period[1] else f"{period[0]}..{period[1]}"


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)
