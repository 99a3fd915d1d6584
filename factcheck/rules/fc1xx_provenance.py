"""FC1xx: provenance and spans.

These rules check that every claim can be traced to the words that make it: the spans
quote their document, the document is the one that was hashed, the claim comes from body
text, and what the claim points to (claims, entities, dates) exists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from factcheck._model import ENTITY_ID_PATTERN
from factcheck.claims import Claim, StatementClaim
from factcheck.document import Span, text_sha256
from factcheck.entities import RefResolution
from factcheck.rules._common import (
    claim_references,
    dotted,
    entity_mentions,
    mention_span,
    quote,
    span_order,
    time_refs,
)
from factcheck.rules.registry import RuleContext, Violation, rule
from factcheck.timeref import TimeResolution

__all__ = [
    "claim_outside_body_text",
    "dangling_claim_reference",
    "document_hash_mismatch",
    "document_without_publication_date",
    "duplicate_claim_id",
    "span_text_mismatch",
    "unknown_entity_id",
    "unresolved_entity_reference",
    "unresolved_time_reference",
]


def _speaker_field(path: tuple[str | int, ...]) -> bool:
    return path == ("speaker",) or (len(path) == 4 and path[:2] == ("provenance", "chain") and path[3] == "agent")


_CLAIM_ID = re.compile(r"[a-z]-[0-9a-f]{12}")
#: A publisher written as an entity id (``outlet:nv``), not as a name ("NV: The New Voice").
_ENTITY_ID = re.compile(ENTITY_ID_PATTERN)


def _claim_spans(claim: Claim) -> Iterator[tuple[str, Span]]:
    """Every span a claim carries (own spans, content, dates, attribution cues), with its field."""
    for index, span in enumerate(claim.provenance.spans):
        yield f"provenance.spans[{index}]", span
    if isinstance(claim, StatementClaim):
        yield "content", claim.content
    for path, time in time_refs(claim):
        if time.span is not None:
            yield dotted((*path, "span")), time.span
    for index, link in enumerate(claim.provenance.chain):
        if link.span is not None:
            yield f"provenance.chain[{index}].span", link.span


@rule(code="FC101", name="span-text-mismatch", severity="error")
def span_text_mismatch(context: RuleContext) -> Iterator[Violation]:
    """Flags a span whose quoted text is not what its document says at those offsets.

    ## What it does
    Checks that every span of a claim (its own spans, a statement's content, the spans of
    dates and attribution cues) quotes its document exactly: ``text[start:end] == span.text``.

    ## Why is this bad?
    A claim is only as good as the words it cites. When the article text was edited or
    the offsets were typed wrong, the claim no longer points at what it says, and every
    report built on it quotes the wrong words.

    ## Example
    ```yaml
    # the document text reads "The council approved 40 new buses on Monday."
    - kind: quantity
      text: 45 new buses
      provenance:
        spans:
          - {document: council-2025, start: 21, end: 33, text: 45 new buses}
    ```

    ## Use instead
    ```yaml
    - kind: quantity
      text: 40 new buses
      provenance:
        spans:
          - {document: council-2025, start: 21, end: 33, text: 40 new buses}
    ```

    ## Known problems
    A span that refers to a document missing from the checked set cannot be compared; it
    is reported here too ("not in the set"). The rule checks the loaded set itself, so it
    works the same whether the set came from the lenient loader (whose integrity notes it
    repeats) or from code.
    """
    for claim in context.claims.claims:
        seen: set[tuple[int, int, str]] = set()
        for field, span in _claim_spans(claim):
            key = (span.start, span.end, span.text)
            if key in seen:
                continue
            seen.add(key)
            document = context.claims.document(span.document)
            if document is None:
                yield Violation(
                    f"{field} refers to document {span.document!r}, which is not in the checked set, "
                    f"so its text {quote(span.text)} cannot be verified",
                    claim_ids=(claim.id,),
                    spans=(span,),
                    context={"field": field, "document": span.document},
                )
                continue
            if document.span_matches(span):
                continue
            actual = document.text[span.start : span.end]
            if span.end > len(document.text):
                detail = f"but the document has only {len(document.text)} characters"
            else:
                detail = f"but the document reads {quote(actual)} there"
            yield Violation(
                f"{field} quotes {quote(span.text)} at {span.start}..{span.end} of {document.id!r} {detail}",
                claim_ids=(claim.id,),
                spans=(span,),
                context={"field": field, "document": document.id, "expected": span.text, "actual": actual},
            )


@rule(code="FC102", name="document-hash-mismatch", severity="error")
def document_hash_mismatch(context: RuleContext) -> Iterator[Violation]:
    """Flags a document whose text no longer matches the sha256 recorded for it.

    ## What it does
    Hashes each document's text (UTF-8) and compares it with the document's ``sha256``.

    ## Why is this bad?
    The hash pins the exact text the claims were read from. A mismatch means the article
    file was edited, re-encoded or replaced after annotation: spans may now quote other
    words, and nobody can tell which copy the claims describe.

    ## Example
    ```yaml
    documents:
      - id: council-2025
        text_file: article.txt   # edited after the claims were written
        sha256: 5f1c...          # the hash of the old text
    ```

    ## Use instead
    Restore the original text, or re-annotate the new text and record its hash
    (``factcheck show`` prints it).

    ## Known problems
    The rule cannot tell a harmless change (a trailing newline) from a real one; both
    are errors, because either breaks the promise of byte-identical provenance.
    """
    for document in sorted(context.claims.documents, key=lambda d: d.id):
        if document.hash_matches:
            continue
        actual = text_sha256(document.text)
        yield Violation(
            f"the text of document {document.id!r} hashes to {actual[:12]}…, not to the recorded "
            f"sha256 {document.sha256[:12]}…; the text changed after the claims were written",
            claim_ids=tuple(c.id for c in sorted(context.claims.claims_of(document.id), key=span_order))[:1],
            document=document.id,
            context={"document": document.id, "recorded": document.sha256, "actual": actual},
        )


@rule(code="FC103", name="document-without-publication-date", severity="warning")
def document_without_publication_date(context: RuleContext) -> Iterator[Violation]:
    """Flags a document with no publication date.

    ## What it does
    Reports every document whose ``published`` field is empty.

    ## Why is this bad?
    The publication date anchors every date without a year ("on May 27") and every
    relative date ("last week"), and it is what FC201 compares event dates against.
    Without it those dates cannot be resolved or checked.

    ## Example
    ```yaml
    documents:
      - id: council-2025
        title: Council buys buses
        text_file: article.txt
        sha256: 0c4e...
    ```

    ## Use instead
    ```yaml
    documents:
      - id: council-2025
        title: Council buys buses
        published: '2025-03-14'
        published_basis: date line of the printed edition
        text_file: article.txt
        sha256: 0c4e...
    ```

    ## Known problems
    A date inferred from the text (not printed) is accepted; record how it was found in
    ``published_basis``.
    """
    for document in sorted(context.claims.documents, key=lambda d: d.id):
        if document.published is not None:
            continue
        claims = sorted(context.claims.claims_of(document.id), key=span_order)
        yield Violation(
            f"document {document.id!r} has no publication date, so its {len(claims)} claim(s) have no "
            "anchor for dates without a year or relative dates",
            claim_ids=tuple(c.id for c in claims)[:1],
            document=document.id,
            context={"document": document.id, "claims": len(claims)},
        )


@rule(code="FC104", name="unresolved-time-reference", severity="warning")
def unresolved_time_reference(context: RuleContext) -> Iterator[Violation]:
    """Flags a date expression that was kept but could not be resolved to days.

    ## What it does
    Reports every time reference of a claim (its own date and the dates of its
    attribution links) whose ``resolution`` is ``unresolved``.

    ## Why is this bad?
    An unresolved date cannot be compared: the time rules (FC2xx) and the matcher skip it,
    so a wrong date in that claim goes unnoticed. Resolving it by hand records what the
    annotator decided instead of leaving it to guesswork.

    ## Example
    ```yaml
    time:
      text: at the end of the session
      resolution: unresolved
    ```

    ## Use instead
    ```yaml
    time:
      text: at the end of the session
      start: '2025-03-10'
      end: '2025-03-14'
      granularity: range
      resolution: manual
      anchor: session calendar, council website
    ```

    ## Known problems
    Some expressions cannot be resolved from any source ("one day"); suppress the finding
    on that claim with a reason.
    """
    for claim in context.claims.claims:
        for path, time in time_refs(claim):
            if time.resolution is not TimeResolution.UNRESOLVED:
                continue
            field = dotted(path)
            yield Violation(
                f"{field} {quote(time.text)} is unresolved: it denotes no known days, so the date checks "
                "skip this claim",
                claim_ids=(claim.id,),
                spans=(time.span,) if time.span is not None else (claim.span,),
                field=path,
                context={"field": field, "text": time.text},
            )


@rule(code="FC105", name="unresolved-entity-reference", severity="info")
def unresolved_entity_reference(context: RuleContext) -> Iterator[Violation]:
    """Notes a mention that is not tied to a known entity.

    ## What it does
    Reports every entity mention (actor, target, place, speaker, holder, subject, object,
    attribution agent) with no entity id or with ``resolution: unresolved``.

    ## Why is this bad?
    An unresolved mention is kept as written, never dropped, but entity-based checks
    (FC401 stances, FC403 reference data) and cross-source matching cannot use it. Often
    that is right ("some member countries" names nobody); the note lets a reviewer decide.

    ## Example
    ```yaml
    holder:
      text: some council members
      resolution: unresolved
    ```

    ## Use instead
    Resolve the mention when the text names the entity, or leave it and accept the note.
    ```yaml
    holder:
      text: the council
      entity: org:harbour-council
      resolution: alias
    ```

    ## Known problems
    A pronoun speaker or attribution agent is left to FC404, which reports it as a
    warning; it is not noted here a second time.
    """
    for claim in context.claims.claims:
        seen: set[str] = set()
        for path, ref in entity_mentions(claim):
            if ref.resolved or ref.text in seen:
                continue
            if ref.is_pronoun and _speaker_field(path):
                continue  # FC404's business
            seen.add(ref.text)
            field = dotted(path)
            reason = "has no entity id" if ref.entity is None else "is marked unresolved"
            yield Violation(
                f"{field} {quote(ref.text)} {reason}; it is kept as written and left out of entity checks",
                claim_ids=(claim.id,),
                spans=(mention_span(claim, ref, context.claims.document(claim.document)),),
                field=path,
                context={"field": field, "text": ref.text},
            )


@rule(code="FC106", name="duplicate-claim-id", severity="error")
def duplicate_claim_id(context: RuleContext) -> Iterator[Violation]:
    """Flags a claim id used by more than one claim (or a document id by more than one document).

    ## What it does
    Reports every id that two or more claims of the checked set share, whether in one
    file or across the files merged into the set.

    A document id used by two documents of the set (possible within one file when it is
    loaded leniently, as ``factcheck check`` does) is reported here too: claims of either
    document then point at both texts.

    ## Why is this bad?
    Ids are derived from the document, kind and spans, so two claims with one id are the
    same claim written twice. References (``part_of``, ``target``) then point to whichever
    copy a tool happens to read first, and verdicts and findings are counted twice.

    ## Example
    ```yaml
    claims:
      - {id: q-3a1f0c2b9d4e, kind: quantity, text: 40 new buses, ...}
      - {id: q-3a1f0c2b9d4e, kind: quantity, text: 40 new buses, ...}  # pasted twice
    ```

    ## Use instead
    Keep one copy; merge any fields the copies disagree on.

    ## Known problems
    The loader accepts duplicate claim ids (it rejects only ids that do not match their
    content), so this rule is where they are reported, whether the copies are in one file
    or in several files merged into one set. A document id defined in two *files* is a
    load error instead and never reaches the rules.
    """
    document_ids = Counter(d.id for d in context.claims.documents)
    for document_id, count in sorted(document_ids.items()):
        if count < 2:
            continue
        yield Violation(
            f"document id {document_id!r} is used by {count} documents; its claims cannot tell which text they quote",
            claim_ids=tuple(c.id for c in sorted(context.claims.claims_of(document_id), key=span_order))[:1],
            document=document_id,
            context={"document": document_id, "copies": count},
        )
    for claim_id in sorted({c.id for c in context.claims.claims}):
        copies = context.claims.claims_with_id(claim_id)
        if len(copies) < 2:
            continue
        first = copies[0]
        reference = first.model_dump()
        differing = sorted(
            key for copy in copies[1:] for key, value in copy.model_dump().items() if reference.get(key) != value
        )
        how = f"they differ in {', '.join(dict.fromkeys(differing))}" if differing else "the copies are identical"
        yield Violation(
            f"claim id {claim_id!r} is used by {len(copies)} claims ({quote(first.text)}); {how}",
            claim_ids=(claim_id,),
            spans=(first.span,),
            context={"copies": len(copies), "identical": not differing},
        )


@rule(code="FC107", name="claim-outside-body-text", severity="error")
def claim_outside_body_text(context: RuleContext) -> Iterator[Violation]:
    """Flags a claim drawn from text that is not the article's body.

    ## What it does
    Looks up the labelled segments of the claim's document and reports a claim whose own
    spans overlap a segment that is not body text: title, tag line, byline, "Read also"
    line, promotion, syndication note, caption.

    ## Why is this bad?
    A "Read also" line is the headline of *another* article, a donation appeal is not
    reporting, and a tag line is a label. Claims taken from them are not claims of this
    article; checked as if they were, they produce false verdicts.

    ## Example
    ```yaml
    # segments: {label: read_also, start: 120, end: 164}
    - kind: event
      text: Ferry strike ends after nine days
      provenance:
        spans:
          - {document: council-2025, start: 131, end: 164, text: Ferry strike ends after nine days}
    ```

    ## Use instead
    Take the claim from the body paragraph that reports it, or from the other article
    (as its own document).

    ## Known problems
    A title often restates the lead paragraph; annotate the paragraph, not the title.
    Documents without segments are not checked.
    """
    for claim in context.claims.claims:
        document = context.claims.document(claim.document)
        if document is None or not document.segments:
            continue
        for index, span in enumerate(claim.provenance.spans):
            outside = [
                s for s in document.segments if not s.label.is_body and span.start < s.end and s.start < span.end
            ]
            if not outside:
                continue
            segment = outside[0]
            yield Violation(
                f"provenance.spans[{index}] {quote(span.text)} lies in the {segment.label.value.replace('_', ' ')} "
                f"segment {segment.start}..{segment.end} of {document.id!r}, which is not body text: "
                f"{quote(document.text[segment.start : segment.end])}",
                claim_ids=(claim.id,),
                spans=(span,),
                context={"segment": segment.label.value, "start": segment.start, "end": segment.end},
            )
            break


@rule(code="FC108", name="dangling-claim-reference", severity="error")
def dangling_claim_reference(context: RuleContext) -> Iterator[Violation]:
    """Flags a reference to a claim id that is not in the set.

    ## What it does
    Checks every claim id a claim points to (``part_of``, ``event``, ``follows``,
    ``content_claims``, ``repeats``, ``target``, ``object_claim``, and a date's
    ``anchor`` when it names a claim) and reports those that no claim of the set has.

    ## Why is this bad?
    A dangling reference silently switches checks off: parts cannot be summed against a
    missing whole (FC301), a stance has no target to compare (FC401), a reiteration has
    no earlier statement (FC203). It usually means a claim was deleted or its spans (and
    so its id) changed.

    ## Example
    ```yaml
    - kind: quantity
      text: 12 electric buses
      part_of: q-000000000000   # no claim has this id
    ```

    ## Use instead
    ```yaml
    - kind: quantity
      text: 12 electric buses
      part_of: q-3a1f0c2b9d4e   # the id of "40 new buses"
    ```

    ## Known problems
    When the referenced claim lives in a file that was not passed to ``check``, the
    reference is reported; check the folder, not a single file.
    """
    known = {c.id for c in context.claims.claims}
    for claim in context.claims.claims:
        refs = list(claim_references(claim))
        for path, time in time_refs(claim):
            if time.anchor and _CLAIM_ID.fullmatch(time.anchor):
                refs.append(((*path, "anchor"), time.anchor))
        for path, target in refs:
            if target in known:
                continue
            field = dotted(path)
            yield Violation(
                f"{field} refers to claim {target!r}, which is not in the checked set",
                claim_ids=(claim.id,),
                spans=(claim.span,),
                field=path,
                context={"field": field, "target": target},
            )


@rule(code="FC109", name="unknown-entity-id", severity="error")
def unknown_entity_id(context: RuleContext) -> Iterator[Violation]:
    """Flags a mention or publisher that names an entity id the reference data does not define.

    ## What it does
    Checks every entity id used by a mention (and every document ``publisher`` written as
    an id) against the entities of the checked set.

    ## Why is this bad?
    An unknown id is usually a typo (``country:UK`` for ``country:GB``) or an entity that
    was never added to the reference data. Mentions with that id look resolved but match
    nothing, so stance, membership and cross-source checks miss them.

    ## Example
    ```yaml
    holder:
      text: the United Kingdom
      entity: country:UK
      resolution: alias
    ```

    ## Use instead
    ```yaml
    holder:
      text: the United Kingdom
      entity: country:GB
      resolution: alias
    ```

    ## Known problems
    The rule needs the reference data: when the checked set holds no entities at all
    (a claim file checked without ``claims/reference``) there is nothing to compare
    against and the rule stays silent. Check the claim folder together with the
    reference files.
    """
    if not context.claims.entities:
        return
    for document in sorted(context.claims.documents, key=lambda d: d.id):
        publisher = document.publisher
        if publisher and _ENTITY_ID.fullmatch(publisher) and context.claims.entity(publisher) is None:
            claims = sorted(context.claims.claims_of(document.id), key=span_order)
            yield Violation(
                f"document {document.id!r} names publisher {publisher!r}, which is not a known entity id",
                claim_ids=tuple(c.id for c in claims)[:1],
                document=document.id,
                context={"entity": publisher},
            )
    for claim in context.claims.claims:
        for path, ref in entity_mentions(claim):
            if ref.entity is None or context.claims.entity(ref.entity) is not None:
                continue
            field = dotted(path)
            how = "" if ref.resolution is RefResolution.UNRESOLVED else f" (resolved by {ref.resolution.value})"
            yield Violation(
                f"{field} {quote(ref.text)} names entity {ref.entity!r}{how}, which is not defined in the "
                "reference data",
                claim_ids=(claim.id,),
                spans=(mention_span(claim, ref, context.claims.document(claim.document)),),
                field=path,
                context={"field": field, "entity": ref.entity},
            )
