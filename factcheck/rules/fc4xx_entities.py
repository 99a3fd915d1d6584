"""FC4xx: entities, stances and relations.

Mentions are compared by entity id when resolved and by their case-folded text when not
(:func:`~factcheck.rules._common.mention_key`), so "the US" and "the United States" are
one holder once both are tied to ``country:US``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from factcheck.claims import Claim, Polarity, RelationClaim, Stance, StanceClaim
from factcheck.claimset import ReferenceRelation
from factcheck.document import Span
from factcheck.entities import EntityRef, RefResolution
from factcheck.rules._common import (
    FieldPath,
    dotted,
    entity_mentions,
    mention_key,
    mention_span,
    published_on,
    quote,
    span_order,
)
from factcheck.rules.registry import RuleContext, Violation, rule

__all__ = [
    "entity_written_several_ways",
    "holder_supports_and_opposes",
    "is_speaker_field",
    "relation_contradicts_reference_data",
    "speaker_is_unresolved_pronoun",
    "surface_key",
]


def is_speaker_field(path: FieldPath) -> bool:
    """True for the fields that name who speaks: a statement's speaker and attribution agents."""
    return path == ("speaker",) or (len(path) == 4 and path[:2] == ("provenance", "chain") and path[3] == "agent")


def _stance_date(context: RuleContext, claim: StanceClaim) -> tuple[date | None, date | None]:
    """When the stance was held: the innermost dated attribution, else the publication date."""
    for link in reversed(claim.provenance.chain):
        if link.date is not None and link.date.resolved:
            return (link.date.start, link.date.end)
    published = published_on(context.claims, claim)
    return (published, published)


@rule(code="FC401", name="holder-supports-and-opposes", severity="error", requires=("stance",))
def holder_supports_and_opposes(context: RuleContext) -> Iterator[Violation]:
    """Flags one holder said to both support and oppose one target at the same time.

    ## What it does
    Groups factual stance claims by holder, target (the claim id, else the target as
    written) and date (the innermost dated attribution, else the publication date), and
    reports a group holding both ``support`` and ``oppose``, or one stance both affirmed
    and negated.

    ## Why is this bad?
    "The initiative has support from Germany" and "the US and Germany expressing
    opposition" cannot both be right on the same day. A holder was misread from a list,
    or the stances belong to different dates that should be recorded.

    ## Example
    ```yaml
    - {kind: stance, holder: {text: Norway, entity: country:NO}, stance: support,
       target: e-5c1d2e3f4a5b, target_text: the plan}
    - {kind: stance, holder: {text: Norway, entity: country:NO}, stance: oppose,
       target: e-5c1d2e3f4a5b, target_text: the plan}
    ```

    ## Use instead
    Fix the holder that was misread, or date the stances apart (the later one supersedes).

    ## Known problems
    Stances with no target id are grouped by the target as written, so "the plan" and
    "the initiative" are different targets. Hedged or planned stances ("may back") are
    skipped.
    """
    groups: dict[tuple[str, str, tuple[date | None, date | None]], list[StanceClaim]] = defaultdict(list)
    for claim in context.claims.by_kind("stance"):
        assert isinstance(claim, StanceClaim)
        if not claim.modality.factual:
            continue
        target = claim.target or "text:" + " ".join(claim.target_text.casefold().split())
        groups[(mention_key(claim.holder), target, _stance_date(context, claim))].append(claim)
    for key in sorted(groups, key=repr):
        group = sorted(groups[key], key=span_order)
        positions = {(c.stance, c.polarity): c for c in reversed(group)}
        clash: tuple[StanceClaim, StanceClaim] | None = None
        support = positions.get((Stance.SUPPORT, Polarity.POSITIVE))
        oppose = positions.get((Stance.OPPOSE, Polarity.POSITIVE))
        if support is not None and oppose is not None:
            clash = (support, oppose)
        else:
            for stance in Stance:
                yes = positions.get((stance, Polarity.POSITIVE))
                no = positions.get((stance, Polarity.NEGATIVE))
                if yes is not None and no is not None:
                    clash = (yes, no)
                    break
        if clash is None:
            continue
        first, second = sorted(clash, key=span_order)
        when = key[2][0]
        yield Violation(
            f"{first.holder.text!r} is said to {_stance_words(first)} and to {_stance_words(second)} "
            f"{quote(first.target_text)}" + (f" as of {when}" if when else ""),
            claim_ids=(first.id, second.id),
            spans=(
                mention_span(first, first.holder, context.claims.document(first.document)),
                mention_span(second, second.holder, context.claims.document(second.document)),
            ),
            context={"holder": key[0], "target": key[1]},
        )


def _stance_words(claim: StanceClaim) -> str:
    verb = {Stance.SUPPORT: "support", Stance.OPPOSE: "oppose", Stance.NEUTRAL: "be neutral on"}[claim.stance]
    return verb if claim.polarity is Polarity.POSITIVE else f"not {verb}"


@lru_cache(maxsize=4096)
def surface_key(text: str) -> str:
    """A surface form with case, accents, dots, a leading 'the' and a possessive ending ignored.

    Applied until nothing changes, so that the key of a key is the key itself ("''" loses
    one apostrophe per pass).
    """
    key = _surface_key_once(text)
    while (again := _surface_key_once(key)) != key:
        key = again
    return key


def _surface_key_once(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace(".", "")
    words = plain.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    elif words and words[-1].endswith("'"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _contains_words(longer: str, shorter: str) -> bool:
    """True when ``shorter``'s words appear, in order and together, in ``longer``."""
    return f" {shorter} " in f" {longer} "


@rule(code="FC402", name="entity-written-several-ways", severity="info")
def entity_written_several_ways(context: RuleContext) -> Iterator[Violation]:
    """Notes an entity written in several different ways in one document.

    ## What it does
    For each document and entity id, collects the surface forms of its mentions
    (ignoring case, a leading "the", a possessive "'s" and pronouns) and notes the entity
    when two forms share no words in order: "the United States" and "the US", "Great
    Britain" and "the United Kingdom". A short form inside a longer one ("Zelenskyy" after
    "President Volodymyr Zelenskyy") is the same way of writing.

    ## Why is this bad?
    It is not an error in the article, but matchers and readers must know that the forms
    are one entity. The note shows which aliases the reference data must carry, and
    catches a mention tied to the wrong entity (a form that does not belong).

    ## Example
    ```yaml
    - {kind: stance, holder: {text: the Netherlands, entity: country:NL}, ...}
    - {kind: event, actors: [{text: Holland, entity: country:NL}], ...}
    ```

    ## Use instead
    Nothing to fix when both forms are right; keep both as aliases of the entity. When a
    form belongs to another entity, re-resolve that mention.

    ## Known problems
    Abbreviations are not expanded, so every acronym next to its full name is noted.
    Attribution agents that are not written in the document (the publisher) are not
    counted.
    """
    forms: dict[tuple[str, str], dict[str, list[tuple[Claim, str]]]] = defaultdict(lambda: defaultdict(list))
    ref_of: dict[tuple[str, str], EntityRef] = {}
    for claim in sorted(context.claims.claims, key=span_order):
        for path, ref in entity_mentions(claim):
            if ref.entity is None or ref.is_pronoun or ref.resolution is RefResolution.PRONOUN:
                continue
            if path[:2] == ("provenance", "chain"):
                link = claim.provenance.chain[int(path[2])]
                if link.span is None or link.span.document != claim.document:
                    continue
            key = surface_key(ref.text)
            if key:
                forms[(claim.document, ref.entity)][key].append((claim, ref.text))
                ref_of.setdefault((claim.id, ref.text), ref)
    for (document, entity), written in sorted(forms.items()):
        clusters: list[list[str]] = []
        for key in sorted(written, key=lambda k: (-len(k), k)):
            for cluster in clusters:
                if any(_contains_words(other, key) for other in cluster):
                    cluster.append(key)
                    break
            else:
                clusters.append([key])
        if len(clusters) < 2:
            continue
        firsts = sorted((written[cluster[0]][0] for cluster in clusters), key=lambda pair: span_order(pair[0]))
        shown = ", ".join(f"{quote(text)} ({claim.id})" for claim, text in firsts)
        claim_ids = tuple(dict.fromkeys(claim.id for claim, _text in firsts))
        spans: list[Span] = []
        for claim, text in firsts:
            match = mention_span(claim, ref_of[(claim.id, text)], context.claims.document(claim.document))
            if match not in spans:
                spans.append(match)
        yield Violation(
            f"entity {entity!r} is written {len(clusters)} ways in document {document!r}: {shown}",
            claim_ids=claim_ids,
            spans=tuple(spans),
            context={"entity": entity, "document": document, "forms": len(clusters)},
        )


def _holds_somewhen(rows: list[ReferenceRelation], start: date, end: date) -> bool:
    return any((r.start is None or r.start <= end) and (r.end is None or start <= r.end) for r in rows)


def _holds_throughout(rows: list[ReferenceRelation], start: date, end: date) -> bool:
    return any((r.start is None or r.start <= start) and (r.end is None or end <= r.end) for r in rows)


def _describe_rows(rows: list[ReferenceRelation]) -> str:
    if not rows:
        return "the reference data has no such relation for it"
    parts = [f"from {r.start or 'the start'}" + (f" to {r.end}" if r.end else "") for r in rows]
    return "the reference data has it " + " and ".join(parts)


@rule(code="FC403", name="relation-contradicts-reference-data", severity="error", requires=("relation",))
def relation_contradicts_reference_data(context: RuleContext) -> Iterator[Violation]:
    """Flags a relation the reference data says did not hold at the claim's date.

    ## What it does
    For a factual relation claim between two known entities ("several NATO countries,
    including Sweden": ``country:SE member_of org:nato``), looks up the dated reference
    relations (``claims/reference/nato-membership.yaml``) and reports the claim when none
    holds on any day of the claim's date, or, for a negated claim, when one holds
    throughout it. The date is the claim's ``time``, else the publication date.

    ## Why is this bad?
    Calling Sweden a NATO country in 2023 is wrong, however natural it reads in 2025.
    Reference data with start and end dates lets the check follow history.

    ## Example
    ```yaml
    - kind: relation
      text: NATO countries, including Sweden
      subject: {text: Sweden, entity: country:SE}
      relation: member_of
      object: {text: NATO, entity: org:nato}
      time: {text: '2023-06-01', start: '2023-06-01', end: '2023-06-01', granularity: day}
    ```

    ## Use instead
    Correct the subject or the date, or mark the relation as planned ("Sweden, which is
    set to join NATO", ``modality: planned``).

    ## Known problems
    Only relations the reference data covers are checked: when no reference row has this
    relation and object at all, nothing is known and nothing is reported. Hedged and
    planned relations are skipped.
    """
    covered = {(r.relation, r.object) for r in context.claims.relations}
    for claim in sorted(context.claims.by_kind("relation"), key=span_order):
        assert isinstance(claim, RelationClaim)
        subject, target = claim.subject.entity, claim.object.entity if claim.object is not None else None
        if not claim.modality.factual or subject is None or target is None:
            continue
        if (claim.relation, target) not in covered:
            continue
        if claim.time is not None and claim.time.resolved:
            assert claim.time.start is not None and claim.time.end is not None
            start, end = claim.time.start, claim.time.end
            when = f"{quote(claim.time.text)} ({start}" + ("" if start == end else f"..{end}") + ")"
        else:
            published = published_on(context.claims, claim)
            if published is None:
                continue
            start, end, when = published, published, f"the publication date {published}"
        rows = [r for r in context.claims.relations_of(subject, claim.relation) if r.object == target]
        if claim.polarity is Polarity.POSITIVE:
            if _holds_somewhen(rows, start, end):
                continue
            verdict = "does not hold"
        else:
            if not _holds_throughout(rows, start, end):
                continue
            verdict = "holds, though the claim denies it,"
        written = claim.object.text if claim.object is not None else target
        yield Violation(
            f"{claim.subject.text!r} ({subject}) {claim.relation} {written!r} ({target}) {verdict} at {when}: "
            f"{_describe_rows(rows)}",
            claim_ids=(claim.id,),
            spans=(mention_span(claim, claim.subject, context.claims.document(claim.document)),),
            context={"subject": subject, "relation": claim.relation, "object": target, "date": str(start)},
        )


@rule(code="FC404", name="speaker-is-unresolved-pronoun", severity="warning")
def speaker_is_unresolved_pronoun(context: RuleContext) -> Iterator[Violation]:
    """Flags a speaker or attribution agent that is a pronoun not resolved to anyone.

    ## What it does
    Reports a statement's ``speaker``, or an attribution agent, written as a pronoun
    ("He emphasized", "they said") with no entity id or marked unresolved.

    ## Why is this bad?
    "He emphasized that ..." is only a claim of someone once "he" is known. An
    unresolved speaker cannot be compared across sources, and a reiteration by the same
    speaker (FC203) cannot be found.

    ## Example
    ```yaml
    speaker:
      text: He
      resolution: unresolved
    ```

    ## Use instead
    ```yaml
    speaker:
      text: He
      entity: person:ana-vidal
      resolution: pronoun
      antecedent: Mayor Ana Vidal
    ```

    ## Known problems
    Only the pronouns of :class:`~factcheck.entities.EntityRef` (he, she, they, it, we,
    I and their forms) are recognised; "the official" is not a pronoun and is FC105's.
    """
    for claim in context.claims.claims:
        for path, ref in entity_mentions(claim):
            if not is_speaker_field(path) or not ref.is_pronoun or ref.resolved:
                continue
            field = dotted(path)
            yield Violation(
                f"{field} is the pronoun {ref.text!r}, not resolved to anyone"
                + (f" (antecedent written as {ref.antecedent!r})" if ref.antecedent else ""),
                claim_ids=(claim.id,),
                spans=(claim.span,),
                field=path,
                context={"field": field, "text": ref.text},
            )
