"""``verify(claims, sources)``: a verdict for every claim, with the evidence that decided it.

For each judged claim the engine looks up candidates in the block index (never all
pairs), scores them with rapidfuzz, compares them by kind (:mod:`factcheck.match.compare`)
and then decides, as DESIGN.md says:

* evidence that is not independent (a copy of the judged document, the same publisher,
  a text citing it) is shown but decides nothing;
* the reports available on the judged document's date decide; evidence published later
  is marked ``published_after_claim`` and decides only when nothing earlier does;
* any conflict makes the claim ``contradicted``, or ``superseded`` when every conflicting
  origin had earlier said something consistent with the claim (an updated toll);
* otherwise ``refined`` when a source is strictly more specific, else ``supported``;
* nothing comparable: ``not_enough_info``.

Several outlets relaying one origin count as one confirmation (see
:mod:`factcheck.match.origin`); the explanation says how many origins there were.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from factcheck._internal.gc_pause import collector_paused
from factcheck.claims import Claim, EventClaim, QuantityClaim, RelationClaim, StanceClaim, StatementClaim
from factcheck.claimset import ClaimSet, ReferenceRelation
from factcheck.document import Document
from factcheck.match.compare import (
    Comparison,
    compare_event,
    compare_parts,
    compare_quantity,
    compare_stance,
    compare_statement,
)
from factcheck.match.config import MatchConfig
from factcheck.match.index import BlockIndex, Item, make_item
from factcheck.match.origin import Hierarchy, independence
from factcheck.verdicts import Evidence, EvidenceRelation, Verdict, VerdictLabel, Verdicts

__all__ = ["Candidate", "match_candidates", "verify"]

R = EvidenceRelation
Sources = ClaimSet | Sequence[ClaimSet]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored candidate pair from blocking: judged claim, evidence claim, rapidfuzz score."""

    claim_id: str
    evidence_id: str
    score: float


@dataclass(frozen=True, slots=True)
class _Found:
    evidence: Item
    comparison: Comparison
    score: float
    not_independent: str | None
    after: bool
    reference: ReferenceRelation | None = None
    reference_id: str | None = None

    @property
    def relation(self) -> EvidenceRelation:
        return self.comparison.relation


@dataclass
class _Run:
    config: MatchConfig
    hierarchy: Hierarchy
    index: BlockIndex
    documents: dict[str, Document]
    reference: dict[tuple[str, str, str], list[ReferenceRelation]]
    tables: set[tuple[str, str]]


def _as_set(claims: ClaimSet | Iterable[Claim]) -> ClaimSet:
    return claims if isinstance(claims, ClaimSet) else ClaimSet(claims=tuple(claims))


def _merge(sources: Sources) -> ClaimSet:
    return sources if isinstance(sources, ClaimSet) else ClaimSet.merge(sources)


def _prepare(judged: ClaimSet, sources: ClaimSet, config: MatchConfig) -> tuple[_Run, list[Item]]:
    documents = {d.id: d for d in (*sources.documents, *judged.documents)}
    relations = (*judged.relations, *sources.relations)
    hierarchy = Hierarchy.from_relations(relations)
    context = {c.id: c for c in (*sources.claims, *judged.claims)}
    evidence = [make_item(c, documents.get(c.document), hierarchy, context) for c in sources.claims]
    reference: dict[tuple[str, str, str], list[ReferenceRelation]] = defaultdict(list)
    for row in relations:
        reference[(row.subject, row.relation, row.object)].append(row)
    tables = {(row.relation, row.object) for row in relations}
    run = _Run(config, hierarchy, BlockIndex(evidence, config.time_window_days), documents, dict(reference), tables)
    judged_items = [make_item(c, documents.get(c.document), hierarchy, context) for c in judged.claims]
    return run, judged_items


def match_candidates(
    claims: ClaimSet | Iterable[Claim], sources: Sources, *, config: MatchConfig | None = None
) -> list[Candidate]:
    """The candidate pairs blocking finds, each scored with rapidfuzz (no comparison, no verdict).

    This is the stage the benchmark sets against all-pairs ``rapidfuzz.process.cdist``.
    """
    config = config or MatchConfig()
    with collector_paused():
        run, judged = _prepare(_as_set(claims), _merge(sources), config)
        found: list[Candidate] = []
        scorer = fuzz.token_set_ratio
        for item in judged:
            seen: set[str] = set()
            for key in item.probes:
                for other, _lower in run.index.candidates(item, key):
                    if other.id in seen or other.claim.document == item.claim.document:
                        continue
                    seen.add(other.id)
                    found.append(Candidate(item.id, other.id, scorer(item.text, other.text)))
    return found


def verify(claims: ClaimSet | Iterable[Claim], sources: Sources, *, config: MatchConfig | None = None) -> Verdicts:
    """A verdict for every claim of ``claims``, judged against the claims of ``sources``.

    ``sources`` is a claim set or a sequence of them (reference data counts as a source:
    its dated relations decide membership claims, and its ``part_of``/``spokesperson_of``
    rows say who speaks for whom). The result is sorted by claim id and does not depend
    on the order of the sources.
    """
    config = config or MatchConfig()
    judged = _as_set(claims)
    with collector_paused():
        run, items = _prepare(judged, _merge(sources), config)
        found = {item.id: _assess(item, run) for item in items}
        by_id = {item.id: item for item in items}
        for item in items:
            claim = item.claim
            if isinstance(claim, StatementClaim) and claim.content_claims:
                found[item.id].extend(_spoken(item, by_id, found, run))
        verdicts = [_decide(item, found[item.id], run) for item in items]
    unique = {verdict.claim_id: verdict for verdict in verdicts}
    return Verdicts(verdicts=tuple(unique[key] for key in sorted(unique)))


# -- finding evidence ----------------------------------------------------------------------------


def _found(item: Item, other: Item, comparison: Comparison, score: float, run: _Run) -> _Found:
    reason = independence(item.document, other.claim, other.document)
    mine = item.document.published_date if item.document else None
    theirs = other.document.published_date if other.document else None
    after = mine is not None and theirs is not None and theirs > mine
    return _Found(other, comparison, score, reason, after)


def _assess(item: Item, run: _Run) -> list[_Found]:
    claim = item.claim
    config = run.config
    results: dict[str, _Found] = {}
    parts: dict[str, list[tuple[Item, bool]]] = defaultdict(list)
    for key in item.probes:
        for other, lower in run.index.candidates(item, key):
            if other.id == item.id or other.claim.document == claim.document:
                continue
            if key[0] == "p":
                parts[other.claim.document].append((other, lower))
                continue
            if other.id in results:
                continue
            score = float(fuzz.token_set_ratio(item.text, other.text))
            comparison = _compare(item, other, lower, score, config)
            if comparison is not None:
                results[other.id] = _found(item, other, comparison, score, run)
    for document in sorted(parts):
        group = sorted(parts[document], key=lambda entry: entry[0].id)
        comparison = compare_parts(item, group, config)
        if comparison is None:
            continue
        for other, _ in group:
            score = float(fuzz.token_set_ratio(item.text, other.text))
            results.setdefault(other.id, _found(item, other, comparison, score, run))
    if isinstance(claim, RelationClaim):
        results.update(_reference(item, run))
    return [results[key] for key in sorted(results)]


def _compare(item: Item, other: Item, lower: bool, score: float, config: MatchConfig) -> Comparison | None:
    claim = item.claim
    if isinstance(claim, QuantityClaim) and isinstance(other.claim, QuantityClaim):
        return compare_quantity(item, other, lower, config)
    if isinstance(claim, StatementClaim) and isinstance(other.claim, StatementClaim):
        return compare_statement(item, other, score, config)
    if isinstance(claim, StanceClaim) and isinstance(other.claim, StanceClaim):
        return compare_stance(item, other, score, config)
    if isinstance(claim, EventClaim) and isinstance(other.claim, EventClaim):
        return compare_event(item, other, score, config)
    if isinstance(claim, RelationClaim) and isinstance(other.claim, RelationClaim):
        same = claim.polarity is other.claim.polarity
        relation = R.SUPPORTS if same else R.CONTRADICTS
        return Comparison(
            relation, "relation-reference", f"{'consistent' if same else 'conflict'}: {other.claim.text!r}"
        )
    return None


_URL = re.compile(r"https?://[^\s,;)]+")
_ID_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def _reference(item: Item, run: _Run) -> dict[str, _Found]:
    """A relation claim against dated reference rows (membership tables)."""
    claim = item.claim
    assert isinstance(claim, RelationClaim)
    if claim.object is None or claim.subject.entity is None or claim.object.entity is None:
        return {}
    subject, obj = claim.subject.entity, claim.object.entity
    day = claim.time.start if claim.time is not None and claim.time.start is not None else None
    if day is None and item.document is not None:
        day = item.document.published_date
    rows = run.reference.get((subject, claim.relation, obj), [])
    results: dict[str, _Found] = {}
    if not rows and (claim.relation, obj) in run.tables:
        evidence_id = _reference_id(subject, claim.relation, obj)
        comparison = Comparison(
            R.CONTRADICTS,
            "relation-reference",
            f"conflict: the reference table of {claim.relation} {obj} has no row for {subject} "
            "(the table is taken as complete)",
        )
        results[evidence_id] = _Found(item, comparison, 100.0, None, False, None, evidence_id)
    for row in sorted(rows, key=lambda r: (str(r.start), str(r.end))):
        since = f" since {row.start}" if row.start else ""
        until = f" until {row.end}" if row.end else ""
        if day is None:
            comparison = Comparison(
                R.RELATED,
                "relation-reference",
                f"related only: {subject} {claim.relation} {obj}{since}{until}; the claim has no date",
            )
        elif row.holds_on(day):
            comparison = Comparison(
                R.SUPPORTS,
                "relation-reference",
                f"consistent: {subject} {claim.relation} {obj}{since}{until}, which holds on {day}",
            )
        else:
            comparison = Comparison(
                R.CONTRADICTS,
                "relation-reference",
                f"conflict: {subject} {claim.relation} {obj}{since}{until}, which does not hold on {day}",
            )
        evidence_id = _reference_id(subject, claim.relation, obj, row.start)
        results[evidence_id] = _Found(item, comparison, 100.0, None, False, row, evidence_id)
    return results


def _reference_id(subject: str, relation: str, obj: str, start: date | None = None) -> str:
    raw = f"reference.{relation}.{subject}.{obj}" + (f".{start}" if start else "")
    return _ID_UNSAFE.sub("-", raw.lower())[:128]


def _spoken(statement: Item, by_id: dict[str, Item], found: dict[str, list[_Found]], run: _Run) -> list[_Found]:
    """What the speaker said, borne out by reports of the content claims from the same origin."""
    claim = statement.claim
    assert isinstance(claim, StatementClaim)
    speaker = claim.speaker.entity
    if speaker is None:
        return []
    root = run.hierarchy.root(speaker)
    extra: list[_Found] = []
    for content_id in claim.content_claims:
        if content_id not in by_id:
            continue
        for entry in found.get(content_id, []):
            if entry.reference is not None or entry.reference_id is not None or entry.evidence.origin != root:
                continue
            comparison = replace(
                entry.comparison,
                rule="statement-speaker-content",
                explanation=f"what {claim.speaker.text} said ({content_id}): {entry.comparison.explanation}",
            )
            extra.append(replace(entry, comparison=comparison))
    return extra


# -- deciding ----------------------------------------------------------------------------------


def _said_on(item: Item) -> date | None:
    """When the item's originator said it: the innermost dated link, else the publication date."""
    for link in reversed(item.claim.provenance.chain):
        if link.date is not None and link.date.start is not None:
            return link.date.start
    return item.document.published_date if item.document is not None else None


def _updates(entry: _Found, judged: Item, found: Sequence[_Found]) -> bool:
    """True when the conflicting figure is a later word of an originator who had agreed with the claim."""
    later = _said_on(entry.evidence)
    if later is None or entry.reference_id is not None:
        return False
    judged_day = _said_on(judged)
    if judged.origin == entry.evidence.origin and judged_day is not None and judged_day < later:
        return True
    for other in found:
        if other.relation in (R.SUPPORTS, R.REFINES) and other.evidence.origin == entry.evidence.origin:
            earlier = _said_on(other.evidence)
            if earlier is not None and earlier < later:
                return True
    return False


def _decide(item: Item, found: list[_Found], run: _Run) -> Verdict:
    claim = item.claim
    if not found:
        return Verdict(
            claim_id=claim.id,
            label=VerdictLabel.NOT_ENOUGH_INFO,
            rule="no-candidate",
            explanation=f"not_enough_info: no source claim shares its blocking key ({_describe_probe(item)})",
        )
    usable = [f for f in found if f.not_independent is None and f.relation is not R.RELATED]
    deciding = [f for f in usable if not f.after]
    hindsight = not deciding and bool(usable)
    if hindsight:
        deciding = usable
    relations: dict[str, EvidenceRelation] = {}
    if not deciding:
        rule = Counter(f.comparison.rule for f in found).most_common(1)[0][0]
        reasons = sorted({f.not_independent for f in found if f.not_independent})
        why = "; not independent: " + "; ".join(reasons) if reasons else ""
        return Verdict(
            claim_id=claim.id,
            label=VerdictLabel.NOT_ENOUGH_INFO,
            rule=rule,
            explanation=f"not_enough_info: {len(found)} source claim(s) related, none decides{why}. "
            f"First: {found[0].comparison.explanation}",
            evidence=tuple(_evidence(f, None, run) for f in found),
        )
    conflicts = [f for f in deciding if f.relation is R.CONTRADICTS]
    if conflicts:
        updating = {f.evidence.id for f in conflicts if _updates(f, item, found)}
        origins: dict[str, list[_Found]] = defaultdict(list)
        for f in conflicts:
            origins[_origin(f)].append(f)
        superseded = all(any(f.evidence.id in updating for f in group) for group in origins.values())
        label = VerdictLabel.SUPERSEDED if superseded else VerdictLabel.CONTRADICTED
        decisive = conflicts
        if superseded:
            relations = {f.evidence.id: R.SUPERSEDES for f in conflicts}
    elif any(f.relation is R.REFINES for f in deciding):
        label = VerdictLabel.REFINED
        decisive = [f for f in deciding if f.relation is R.REFINES]
    else:
        label = VerdictLabel.SUPPORTED
        decisive = deciding
    if isinstance(claim, EventClaim) and len(claim.actors) > 1 and label is VerdictLabel.SUPPORTED:
        return _decide_actors(item, found, decisive, hindsight, run)
    rule = sorted(Counter(f.comparison.rule for f in decisive).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    reading = next((f.comparison.reading for f in decisive if f.comparison.reading), None)
    origins_named = sorted({_origin(f) for f in decisive})
    outlets = sorted({_publisher(f) for f in decisive})
    lead = next(f for f in decisive if f.comparison.rule == rule)
    explanation = (
        f"{label.value}: {len(decisive)} source claim(s) from {len(origins_named)} origin(s) "
        f"({', '.join(origins_named)}) via {len(outlets)} outlet(s) ({', '.join(outlets)}). "
        f"{lead.comparison.explanation}"
    )
    if label is VerdictLabel.SUPERSEDED:
        explanation += ". The conflicting figure is a later one by an originator who had said something consistent"
    if hindsight:
        explanation += ". Decided by evidence published after the claim (hindsight)"
    return Verdict(
        claim_id=claim.id,
        label=label,
        rule=rule,
        explanation=explanation,
        reading=reading,
        evidence=tuple(_evidence(f, relations.get(f.evidence.id), run) for f in found),
    )


def _decide_actors(item: Item, found: list[_Found], decisive: list[_Found], hindsight: bool, run: _Run) -> Verdict:
    """A joint act of several actors is supported when every actor is borne out."""
    claim = item.claim
    assert isinstance(claim, EventClaim)
    wanted = {(run.hierarchy.root(a.entity) if a.entity else a.text): a.text for a in claim.actors}
    covered: set[str] = set()
    named: set[str] = set()
    for f in decisive:
        other = f.evidence.claim
        assert isinstance(other, EventClaim)
        for actor in other.actors:
            key = run.hierarchy.root(actor.entity) if actor.entity else actor.text
            if key in wanted:
                covered.add(key)
            else:
                named.add(f"{actor.text} ({key})" if key != actor.text else key)
    missing = [wanted[key] for key in sorted(wanted) if key not in covered]
    extra = f"; the sources also name {', '.join(sorted(named))}, which the claim does not" if named else ""
    if missing:
        label = VerdictLabel.NOT_ENOUGH_INFO
        borne = ", ".join(sorted(wanted[k] for k in covered))
        text = f"not_enough_info: borne out for {borne}; nothing for {', '.join(missing)}"
    else:
        label = VerdictLabel.SUPPORTED
        every = ", ".join(wanted[k] for k in sorted(wanted))
        text = f"supported: every actor ({every}) is borne out by {len(decisive)} source claim(s)"
    if hindsight:
        text += " (hindsight: published after the claim)"
    return Verdict(
        claim_id=claim.id,
        label=label,
        rule="event-actors",
        explanation=text + extra,
        evidence=tuple(_evidence(f, None, run) for f in found),
    )


def _origin(entry: _Found) -> str:
    return "reference" if entry.reference_id is not None else entry.evidence.origin


def _publisher(entry: _Found) -> str:
    if entry.reference_id is not None:
        return "reference data"
    document = entry.evidence.document
    if document is None:
        return entry.evidence.claim.document
    return document.publisher or document.id


def _describe_probe(item: Item) -> str:
    return "; ".join("/".join(part for part in key if part) for key in item.probes) or "none"


def _evidence(entry: _Found, relation: EvidenceRelation | None, run: _Run) -> Evidence:
    comparison = entry.comparison
    if entry.reference_id is not None:
        row = entry.reference
        url = _URL.search(row.source) if row is not None else None
        return Evidence(
            claim_id=entry.reference_id,
            document="reference",
            publisher=row.source if row is not None else "reference data",
            url=url.group(0) if url else None,
            published=None,
            relation=relation or comparison.relation,
            score=100.0,
            origin="reference",
            reading=comparison.reading,
            explanation=comparison.explanation,
        )
    item = entry.evidence
    document = item.document
    explanation = comparison.explanation
    if entry.not_independent:
        explanation += f" (not independent: {entry.not_independent})"
    return Evidence(
        claim_id=item.id,
        document=item.claim.document,
        publisher=document.publisher if document else None,
        url=document.url if document else None,
        published=document.published if document else None,
        relation=relation or comparison.relation,
        score=round(entry.score, 1),
        spans=(item.claim.span,),
        origin=item.origin,
        independent=entry.not_independent is None,
        published_after_claim=entry.after,
        reading=comparison.reading,
        explanation=explanation,
    )
