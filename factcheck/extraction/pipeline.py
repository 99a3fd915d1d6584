"""The extraction pipeline: a document in, a :class:`~factcheck.claimset.ClaimSet` out.

Steps, each a pure function of what came before:

1. **segments** (:mod:`.segments`): only paragraph text yields claims;
2. **sentences** (:mod:`.sentences`) of each paragraph;
3. **finders** per sentence: entities (:mod:`.entities`), dates (:mod:`.dates`, anchored to
   the publication date, each relative date against the one before it), quantities
   (:mod:`.quantities`), and per paragraph the attributions (:mod:`.attribution`);
4. **claims**: statements from attributions; events and relations (:mod:`.events`);
   stances (:mod:`.stances`); quantities; each with its modality and polarity
   (:mod:`.modality`), its spans, its attribution chain (the publisher first, then every
   source whose words hold the claim) and the rule that fired;
5. **links** between claims: a statement's ``content_claims``, "reiterated" -> ``repeats``,
   a stance's ``target`` (the proposal it is about), a figure's ``event`` and ``part_of``.

Discourse rules that go beyond one sentence are documented where they are applied and can
be switched off in :class:`ExtractConfig` (``carry_attribution``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from pydantic import Field

from factcheck._model import FrozenModel, replaced, trusted, trusted_whole
from factcheck._version import __version__
from factcheck.claims import (
    Claim,
    EventClaim,
    Modality,
    Polarity,
    QuantityClaim,
    RelationClaim,
    StanceClaim,
    StatementClaim,
)
from factcheck.claimset import ClaimSet, _claim_order
from factcheck.document import Document, Segment, SegmentLabel, Span
from factcheck.entities import EntityRef, RefResolution
from factcheck.errors import ExtractionError
from factcheck.extraction._clauses import main_clause_start, split_clauses, trim_span
from factcheck.extraction.attribution import AttributionMention, find_attributions
from factcheck.extraction.dates import DateMention, find_dates
from factcheck.extraction.entities import (
    DEFAULT_FUZZY_CUTOFF,
    DEMONYMS,
    EntityMention,
    EntityResolver,
    default_reference,
    find_entities,
)
from factcheck.extraction.events import EventMention, find_events, find_relations, may_state_clause_events
from factcheck.extraction.modality import classify
from factcheck.extraction.quantities import QuantityMention, find_quantities
from factcheck.extraction.segments import segment_text
from factcheck.extraction.sentences import split_sentences
from factcheck.extraction.stances import StanceMention, find_stances
from factcheck.ids import claim_id
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance, SpeechMode
from factcheck.quantity import DEFAULT_TOLERANCE, BareReading, Term
from factcheck.timeref import Granularity, TimeRef, TimeResolution

__all__ = ["EXTRACTOR", "ExtractConfig", "Extraction", "extract", "extract_document"]

EXTRACTOR = "factcheck.extract"
#: Longest attribution chain kept below the publisher (deeper quotes keep the outermost sources).
MAX_NESTING = 8
_CLAUSE_WINDOW = 2_000


class ExtractConfig(FrozenModel):
    """Settings of the extractor; the defaults reproduce the documented behaviour.

    ``reference`` is the set whose entities names resolve against (default: the shipped
    ``claims/reference/``); ``fuzzy_cutoff`` the rapidfuzz ``fuzz.ratio`` score (0-100) a
    near-miss name needs (``None``: exact names only); ``tolerance`` and ``bare_reading``
    go to the quantity table; ``carry_attribution`` lets a paragraph without attribution of
    its own inherit the source of the paragraph before it (see :func:`extract_document`).
    """

    reference: ClaimSet | None = None
    fuzzy_cutoff: float | None = Field(default=DEFAULT_FUZZY_CUTOFF, ge=0, le=100)
    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0, lt=1)
    bare_reading: BareReading = BareReading.EXACT
    carry_attribution: bool = True


#: One default configuration (frozen), so that each call does not validate a new one.
_DEFAULT_CONFIG = ExtractConfig()


@dataclass(frozen=True, slots=True)
class Extraction:
    """The claims of a document and the warnings met on the way (ambiguous names, unresolved dates)."""

    claims: ClaimSet
    warnings: tuple[str, ...] = ()


# -- small helpers ---------------------------------------------------------------------

_NOT_X_BUT = re.compile(r",\s{1,3}but\s")
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['\u2019]t\b", re.IGNORECASE)
_THAT = re.compile(r"(?:that|:)\s+", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?P<pronoun>which|who|whom|that)\s+$", re.IGNORECASE)
_VENUE = re.compile(
    r"\b(?:in|at|during)\s+(?:an?|the)\s+(?:[\w,]+\s+){0,3}?"
    r"(?P<venue>(?:[A-Z][\w-]*\s+){1,6}(?:meeting|summit|conference|session|briefing|interview|address|speech|forum))\b"
)
_LEADING_DATE_WORDS = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d{1,4}(?:st|nd|rd|th)?),?\s+){1,3}"
)
_TOPIC_SHIFT = re.compile(
    r"(?:in\s+related|in\s+other|separately|meanwhile|elsewhere|earlier|previously|drawing\s+a\s+parallel|"
    r"on\s+a\s+related\s+note|at\s+the\s+same\s+time)\b",
    re.IGNORECASE,
)
_PREDICATE_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,20}(?:ed|ew|ot|ck))\s+(?:(?:[a-z]{2,15}ly)\s+)?$")
_VERB_AFTER_ACTOR = re.compile(r"\s+(?:[a-z]{2,15}ly\s+)?(?P<verb>[a-z]{3,20}(?:ed|ew|ot|ck))\s+$")
#: Cue lemmas whose content the source says is false.
_DENIALS = frozenset({"deny", "refute", "dispute", "reject", "dismiss", "rebut", "disprove"})
_PART_VERBS = frozenset({"involved", "included", "comprised", "featured", "used"})
_LAUNCHED = frozenset({"attack", "strike", "assault", "bombardment", "raid", "barrage", "salvo"})
_COORDINATED = re.compile(r"\s{0,3},?\s{0,3}(?:and|or|as\s+well\s+as|plus)?\s{1,3}")
#: Kinds counted as parts of a larger kind, for ``part_of``: a UAV is a projectile.
_PART_KINDS: dict[str, frozenset[str]] = {
    "projectile": frozenset(
        {"uav", "drone", "missile", "ballistic missile", "cruise missile", "rocket", "shell", "shahed drone"}
    ),
    "missile": frozenset({"ballistic missile", "cruise missile"}),
    "aircraft": frozenset({"jet", "fighter jet", "helicopter", "drone", "uav"}),
}


def _span(document: Document, start: int, end: int) -> Span:
    if not 0 <= start <= end <= len(document.text):
        raise ValueError(f"span {start}..{end} is outside the text of {document.id!r}")
    # The offsets are checked above and the text is sliced from them, and the id is the
    # (validated) document's: the checks of Span hold by construction.
    return trusted_whole(
        Span,
        {"document": document.id, "start": start, "end": end, "text": document.text[start:end]},
        {"document", "start", "end", "text"},
    )


@lru_cache(maxsize=64)
def _publication_time(published: date) -> TimeRef:
    iso = published.isoformat()
    return TimeRef(
        text=iso,
        start=published,
        end=published,
        granularity=Granularity.DAY,
        resolution=TimeResolution.MANUAL,
        anchor="document metadata",
    )


@lru_cache(maxsize=64)
def _as_of(published: date) -> TimeRef:
    iso = published.isoformat()
    return TimeRef(
        text=iso,
        start=published,
        end=published,
        granularity=Granularity.DAY,
        resolution=TimeResolution.ANCHORED,
        anchor=f"published {iso}",
    )


def _with_span(document: Document, mention: DateMention) -> TimeRef:
    if mention.timeref.span is not None:
        return mention.timeref
    return replaced(mention.timeref, {"span": _span(document, mention.start, mention.end)})


@dataclass
class _Source:
    """A resolved attribution: who, the cue, the content, the date, and its chain link."""

    mention: AttributionMention
    speaker: EntityRef
    cue: str
    content_start: int
    content_end: int
    statement_start: int
    statement_end: int
    time: TimeRef | None
    venue: str | None
    link: AttributionLink
    parent: _Source | None = None
    statement_id: str | None = None

    links: tuple[AttributionLink, ...] = ()

    def chain(self) -> list[AttributionLink]:
        """The links from the outermost source to this one (set when the parent is known)."""
        return list(self.links) if self.links else [self.link]

    def holds(self, start: int, end: int) -> bool:
        return self.content_start <= start and end <= self.content_end


@dataclass
class _Sentence:
    start: int
    end: int
    entities: list[EntityMention]
    dates: list[DateMention]
    quantities: list[QuantityMention]
    sources: list[_Source] = field(default_factory=list)


@dataclass
class _Builder:
    """State of one document's extraction."""

    document: Document
    config: ExtractConfig
    resolver: EntityResolver
    anchor: date
    publisher_link: AttributionLink
    claims: dict[str, Claim] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    statements_by_speaker: dict[str, list[tuple[_Source, StatementClaim]]] = field(default_factory=dict)
    proposals: list[EventClaim] = field(default_factory=list)
    nominal_events: list[EventClaim] = field(default_factory=list)
    wholes: list[QuantityClaim] = field(default_factory=list)
    #: Whether any statement was made (only then are contents linked to claims).
    stated: bool = False

    def add(self, claim: Claim) -> None:
        # Claims are built without an id: their validator derives it from the spans, once.
        self.claims.setdefault(claim.id, claim)

    def provenance(self, spans: Sequence[Span], chain: Sequence[AttributionLink], rule: str) -> Provenance:
        if not spans:
            raise ValueError("a claim needs at least one span")
        # Validated parts (the document's id, spans from _span, links and method built as
        # models): nothing for Provenance to check. Every field is given, in order.
        return trusted_whole(
            Provenance,
            {
                "document": self.document.id,
                "spans": tuple(spans),
                "chain": (self.publisher_link, *chain),
                "method": _method(rule),
            },
            {"document", "spans", "chain", "method"},
        )


# -- entry points ----------------------------------------------------------------------


def extract(document: Document, *, config: ExtractConfig | None = None) -> ClaimSet:
    """Every claim of ``document``'s body text, typed, normalised and traced to its spans.

    The document needs a publication date (``published``): every relative date is anchored
    to it, and it is never taken from the clock. Raises :class:`ExtractionError` without one.

    >>> from datetime import date
    >>> from factcheck.document import Document
    >>> text = "Title\\n\\nThe US intercepted more than 70 UAVs."
    >>> [claim.text for claim in extract(Document.from_text(text, id="d", published=date(2024, 5, 27)))]
    ['more than 70 UAVs']
    """
    return extract_document(document, config=config).claims


def extract_document(document: Document, *, config: ExtractConfig | None = None) -> Extraction:
    """Like :func:`extract`, with the warnings (ambiguous names, unresolved dates) as well."""
    config = config or _DEFAULT_CONFIG
    anchor = document.published_date
    if anchor is None:
        raise ExtractionError(
            f"document {document.id!r} has no publication date; pass one (published=..., or --published "
            "on the command line) so that dates can be anchored: they are never anchored to today"
        )
    resolver = (
        _default_resolver(config.fuzzy_cutoff)
        if config.reference is None
        else EntityResolver(config.reference, fuzzy_cutoff=config.fuzzy_cutoff)
    )
    segments = document.segments
    if not segments:
        segmentation = segment_text(document.text)
        segments = segmentation.segments
        document = document.model_copy(
            update={"segments": segments, "derived_from": document.derived_from or segmentation.derived_from}
        )
    builder = _Builder(
        document=document,
        config=config,
        resolver=resolver,
        anchor=anchor,
        publisher_link=_publisher_link(_publisher_name(document), resolver, anchor),
    )
    carried: _Source | None = None
    previous_date: TimeRef | None = None
    for segment in segments:
        if segment.label is not SegmentLabel.PARAGRAPH:
            continue
        carried, previous_date = _paragraph(builder, segment, carried, previous_date)
    claims = _link_content(builder, list(builder.claims.values()))
    # One document and no entities: ordering the claims is all that ClaimSet.sorted() would do.
    # The document and the claims are validated models; ClaimSet has no checks of its own
    # (validating would only re-run every claim's id check).
    ordered = tuple(claims) if len(claims) < 2 else tuple(sorted(claims, key=_claim_order))
    result = trusted(ClaimSet, {"documents": (document,), "claims": ordered})
    return Extraction(claims=result, warnings=tuple(builder.warnings))


@lru_cache(maxsize=1024)
def _unspecified(written: str) -> Term:
    """The counted term of a figure that names no counted thing (one frozen term per text)."""
    # Term's checks: both texts non-empty (the mention's span holds its number).
    if written:
        return trusted(Term, {"text": written, "normalised": "unspecified"})
    return Term(text=written, normalised="unspecified")


@lru_cache(maxsize=256)
def _method(rule: str) -> ExtractionMethod:
    return ExtractionMethod(extractor=EXTRACTOR, rule=rule, version=__version__)


@lru_cache(maxsize=4)
def _default_resolver(fuzzy_cutoff: float | None) -> EntityResolver:
    """One resolver over the shipped reference data per cutoff, so its caches serve every document."""
    return EntityResolver(default_reference(), fuzzy_cutoff=fuzzy_cutoff)


def _publisher_name(document: Document) -> str:
    """Who published the document: ``publisher``, else the syndicated original, else the document id."""
    return document.publisher or (document.derived_from.name if document.derived_from else None) or document.id


@lru_cache(maxsize=256)
def _publisher_link(publisher: str, resolver: EntityResolver, published: date) -> AttributionLink:
    entity = resolver.reference.entity(publisher) if ":" in publisher else None
    if entity is not None:
        # The shortest of its names is how the press writes it ("NV" for The New Voice of Ukraine).
        shown = min(entity.names, key=lambda name: (len(name), name))
        agent = EntityRef(text=shown, entity=entity.id, resolution=RefResolution.MANUAL)
    else:
        resolved = resolver.resolve(publisher).ref
        agent = (
            resolved.model_copy(update={"resolution": RefResolution.MANUAL})
            if resolved.entity is not None
            else resolved
        )
    return AttributionLink(agent=agent, cue="published", date=_publication_time(published), mode=SpeechMode.INDIRECT)


# -- one paragraph -----------------------------------------------------------------------


def _paragraph(
    builder: _Builder, segment: Segment, carried: _Source | None, previous_date: TimeRef | None
) -> tuple[_Source | None, TimeRef | None]:
    document = builder.document
    text = document.text
    sentence_spans = split_sentences(text, segment.start, segment.end)
    if not sentence_spans:
        return carried, previous_date
    sentences: list[_Sentence] = []
    for start, end in sentence_spans:
        entities = find_entities(text, start, end, resolver=builder.resolver)
        for mention in entities:
            if mention.ambiguous:
                builder.warnings.append(
                    f"{document.id}:{mention.start}: ambiguous name {mention.ref.text!r} "
                    f"(could be {', '.join(mention.candidates)}); left unresolved"
                )
        dates = find_dates(text, start, end, anchor=builder.anchor, previous=previous_date)
        for found in dates:
            if found.timeref.resolution is TimeResolution.UNRESOLVED:
                builder.warnings.append(
                    f"{document.id}:{found.start}: date {found.timeref.text!r} could not be resolved; kept unresolved"
                )
        if dates:
            previous_date = dates[-1].timeref
        try:
            quantities = find_quantities(
                text, start, end, tolerance=builder.config.tolerance, reading=builder.config.bare_reading
            )
        except (ValueError, OverflowError) as exc:
            # A figure the number model cannot hold (a 10,000-digit run overflows to inf):
            # reported, not dropped silently, and the rest of the sentence is still read.
            builder.warnings.append(f"{document.id}:{start}: figures of this sentence could not be read: {exc}")
            quantities = []
        sentences.append(_Sentence(start, end, entities, dates, quantities))

    attributions = find_attributions(text, sentence_spans)
    own_sources = _sources(builder, sentences, attributions)
    starts_fresh = _TOPIC_SHIFT.match(text, segment.start, segment.end) is not None
    inherited: _Source | None = None
    if builder.config.carry_attribution and carried is not None and not own_sources and not starts_fresh:
        # A paragraph that names no source of its own continues the report of the paragraph
        # before it ("NATO is considering ..., Bild reported. [next paragraph] The initiative
        # has garnered support from ..."). The carried link has no span: it is not written here.
        inherited = carried
    for sentence in sentences:
        _sentence_claims(builder, sentence, inherited)
    if own_sources:
        named = [s for s in own_sources if s.mention.source_kind == "named" and s.mention.mode is SpeechMode.INDIRECT]
        return (named[-1] if named and named[-1].parent is None else None), previous_date
    return inherited, previous_date


def _sources(
    builder: _Builder, sentences: list[_Sentence], attributions: Sequence[AttributionMention]
) -> list[_Source]:
    """Statements for the attributions of a paragraph, in order, with their chain links."""
    if not attributions:
        return []
    document = builder.document
    text = document.text
    made: list[_Source | None] = []
    sentence_starts = [s.start for s in sentences]
    for mention in attributions:
        index = bisect_right(sentence_starts, mention.cue_start) - 1
        sentence = sentences[index] if index >= 0 and mention.cue_start < sentences[index].end else None
        if sentence is None or mention.source_start is None or mention.source_end is None:
            made.append(None)
            continue
        speaker = _speaker(builder, sentence, mention)
        content_start, content_end = _content(text, mention)
        but = _NOT_X_BUT.match(text, content_end, sentence.end)
        if but and _NEGATION.search(text, content_start, content_end):
            # "would not require A, but simply B": the contrast belongs to what was said.
            content_end = trim_span(text, content_start, sentence.end)[1]
        statement_start, statement_end = sentence.start, sentence.end
        relative = _RELATIVE_BEFORE.search(text, max(sentence.start, mention.source_start - 12), mention.source_start)
        if relative and mention.source_start > sentence.start:
            # "..., which the IDF confirmed involved over 300 projectiles, the US ...": the
            # statement is the relative clause, and its content ends at the clause's comma.
            statement_start = relative.start("pronoun")
            comma = text.find(",", content_start, content_end)
            if comma != -1:
                content_end = trim_span(text, content_start, comma)[1]
            statement_end = content_end
        elif mention.source_start > sentence.start:
            statement_start = main_clause_start(text, sentence.start, sentence.end, participles_only=True)
        if content_end <= content_start:
            made.append(None)
            continue
        time = _cue_time(document, sentence, mention, (statement_start, statement_end), (content_start, content_end))
        venue_match = _VENUE.search(text, mention.cue_end, content_start) if content_start > mention.cue_end else None
        venue = _LEADING_DATE_WORDS.sub("", venue_match.group("venue")) if venue_match else None
        link_start = min(mention.source_start, mention.cue_start)
        link_end = max(mention.source_end, mention.cue_end)
        if time is not None and time.span is not None and 0 <= time.span.start - link_end <= 2:
            link_end = time.span.end
        cue = " ".join(text[mention.cue_start : mention.cue_end].split())
        link_values = {
            "agent": speaker,
            "cue": cue,
            "date": time,
            "mode": mention.mode,
            "span": _span(document, link_start, link_end),
        }
        # Validated parts (the speaker, the date, the span) and the mode's enum: the cue's
        # length is the link's one check of its own.
        link = trusted(AttributionLink, link_values) if cue else AttributionLink.model_validate(link_values)
        source = _Source(
            mention=mention,
            speaker=speaker,
            cue=cue,
            content_start=content_start,
            content_end=content_end,
            statement_start=statement_start,
            statement_end=trim_span(text, statement_start, statement_end)[1]
            if statement_end == content_end
            else statement_end,
            time=time,
            venue=venue,
            link=link,
        )
        if mention.parent is not None and mention.parent < len(made):
            source.parent = made[mention.parent]
        if source.parent is not None:
            outer = source.parent.links or (source.parent.link,)
            if len(outer) >= MAX_NESTING:
                # Quotes inside quotes inside quotes ...: keep the outermost sources and this one.
                outer = outer[: MAX_NESTING - 1]
            source.links = (*outer, link)
        else:
            source.links = (link,)
        made.append(source)
        sentence.sources.append(source)
    sources = [s for s in made if s is not None]
    for source in sources:
        _statement(builder, source)
    return sources


def _speaker(builder: _Builder, sentence: _Sentence, mention: AttributionMention) -> EntityRef:
    text = builder.document.text
    assert mention.source_start is not None and mention.source_end is not None
    written = " ".join(text[mention.source_start : mention.source_end].split())
    if mention.source_kind == "pronoun":
        if mention.antecedent_start is None or mention.antecedent_end is None:
            return _entity_ref({"text": written, "resolution": RefResolution.UNRESOLVED})
        antecedent = text[mention.antecedent_start : mention.antecedent_end]
        head = _head_entity(builder, mention.antecedent_start, mention.antecedent_end)
        return _entity_ref(
            {
                "text": written,
                "entity": head.entity if head else None,
                "resolution": RefResolution.PRONOUN if head and head.entity else RefResolution.UNRESOLVED,
                "antecedent": antecedent,
            }
        )
    head = _head_entity(builder, mention.source_start, mention.source_end, sentence.entities)
    if head is None or head.entity is None:
        return _entity_ref({"text": written, "resolution": RefResolution.UNRESOLVED})
    return _entity_ref({"text": written, "entity": head.entity, "resolution": head.resolution})


def _entity_ref(values: dict[str, Any]) -> EntityRef:
    """``EntityRef(**values)``, unvalidated when its one check of its own holds (a non-empty text).

    The entity and resolution come from validated references, the antecedent is a slice.
    """
    if values["text"]:
        return trusted(EntityRef, values)
    return EntityRef.model_validate(values)


def _head_entity(
    builder: _Builder, start: int, end: int, entities: Sequence[EntityMention] | None = None
) -> EntityRef | None:
    """The entity a source phrase names: its last resolved mention ("Ukraine's President Volodymyr Zelenskyy")."""
    if entities is None:
        entities = find_entities(builder.document.text, start, end, resolver=builder.resolver)
    inside = [m for m in entities if start <= m.start and m.end <= end and m.ref.entity]
    if not inside:
        return None
    people = [m for m in inside if m.ref.entity and m.ref.entity.startswith("person:")]
    return (people or inside)[-1].ref


def _content(text: str, mention: AttributionMention) -> tuple[int, int]:
    start, end = trim_span(text, mention.content_start, mention.content_end)
    that = _THAT.match(text, start, end)
    if that and mention.mode is SpeechMode.INDIRECT:
        start = that.end()
    return start, end


def _cue_time(
    document: Document,
    sentence: _Sentence,
    mention: AttributionMention,
    statement: tuple[int, int],
    content: tuple[int, int],
) -> TimeRef | None:
    """The date of the cue: a date written in the statement but outside its content, nearest the cue."""
    outside = [
        d
        for d in sentence.dates
        if statement[0] <= d.start and d.end <= statement[1] and (d.end <= content[0] or d.start >= content[1])
    ]
    if not outside:
        return None
    nearest = min(outside, key=lambda d: (min(abs(d.start - mention.cue_end), abs(mention.cue_start - d.end)), d.start))
    return _with_span(document, nearest)


def _speaker_key(speaker: EntityRef) -> str | None:
    """Who a speaker is, to link their statements: the entity, else the surname as written.

    An unknown person is named in full first and by surname later ("Olaf Scholz" ...
    "Scholz reiterated"); a pronoun counts as its antecedent.
    """
    if speaker.entity:
        return speaker.entity
    name = speaker.antecedent if speaker.resolution is RefResolution.PRONOUN or speaker.antecedent else speaker.text
    words = (name or "").replace("\u2019s", "").replace("'s", "").split()
    if not words or not words[-1][:1].isupper():
        return None  # "a senior official": not a name to link by
    return "name:" + words[-1].casefold()


def _statement(builder: _Builder, source: _Source) -> None:
    document = builder.document
    mention = source.mention
    time = source.time
    venue = source.venue
    repeats: str | None = None
    key = _speaker_key(source.speaker)
    earlier = builder.statements_by_speaker.get(key, []) if key else []
    if time is None and mention.source_kind == "pronoun" and earlier:
        # "He emphasized ..." right after his dated statement: same occasion, same date.
        previous = earlier[-1][1]
        if previous.time is not None and previous.time.resolved:
            time = previous.time.model_copy(
                update={"resolution": TimeResolution.RELATIVE, "anchor": previous.id, "span": None}
            )
            venue = venue or previous.venue
        source.time = time
    if mention.reiteration and earlier:
        repeats = earlier[0][1].id
    spans = [_span(document, source.statement_start, source.statement_end)]
    chain = source.parent.chain() if source.parent is not None else []
    modality = Modality.REPORTED if source.parent is not None else Modality.ASSERTED
    values: dict[str, Any] = {
        "text": spans[0].text,
        "speaker": source.speaker,
        "cue": source.cue,
        "content": _span(document, source.content_start, source.content_end),
        "mode": mention.mode,
        "time": time,
        "venue": venue,
        "repeats": repeats,
        "modality": modality,
        "polarity": Polarity.POSITIVE,
        "provenance": builder.provenance(spans, chain, f"attribution:{mention.cue}"),
    }
    claim: StatementClaim
    if source.cue and (time is None or isinstance(time, TimeRef)) and (venue is None or isinstance(venue, str)):
        # Its checks hold by construction: the text is its one span's, the spans are in the
        # provenance's document, the id is derived here as its validator would, ``repeats``
        # is a claim's id, the cue is not empty and the other values are validated models
        # and enums.
        claim = trusted(StatementClaim, {"id": claim_id("statement", spans), **values}, given=set(values))
    else:
        claim = StatementClaim(**values)
    source.statement_id = claim.id
    builder.stated = True
    if key:
        builder.statements_by_speaker.setdefault(key, []).append((source, claim))
    builder.add(claim)


# -- claims of one sentence ----------------------------------------------------------------


def _context(
    sentence: _Sentence, start: int, end: int, inherited: _Source | None
) -> tuple[Modality, list[AttributionLink], _Source | None]:
    """Base modality and chain for a claim over ``start..end``: the innermost source holding it."""
    holding = [s for s in sentence.sources if s.holds(start, end)] if sentence.sources else []
    if holding:
        innermost = max(holding, key=lambda s: (len(s.chain()), -(s.content_end - s.content_start)))
        return Modality.REPORTED, innermost.chain(), innermost
    if inherited is not None:
        link = replaced(inherited.link, {"span": None})
        return Modality.REPORTED, [*inherited.chain()[:-1], link], inherited
    return Modality.ASSERTED, [], None


def _as_denied(polarity: Polarity, source: _Source | None) -> Polarity:
    """Inside a denial ("the ministry denied that 40 drones were launched") a claim is negated."""
    if source is None or source.mention.cue not in _DENIALS:
        return polarity
    return Polarity.NEGATIVE if polarity is Polarity.POSITIVE else Polarity.POSITIVE


def _clauses(text: str, sentence: _Sentence) -> list[tuple[int, int, bool]]:
    clauses: list[tuple[int, int, bool]] = []
    covered: list[tuple[int, int]] = []
    for source in sentence.sources:
        # Clauses of the content inside this sentence, from a bounded stretch: nested quotes
        # whose contents run on would otherwise be split again and again.
        low = max(source.content_start, sentence.start)
        high = min(source.content_end, sentence.end, low + _CLAUSE_WINDOW)
        for a, b in split_clauses(text, low, high):
            clauses.append((a, b, True))
        covered.append((source.statement_start, source.statement_end))
    main = main_clause_start(text, sentence.start, sentence.end)
    for a, b in split_clauses(text, main, sentence.end):
        if covered and any(x <= a < y or a <= x < b for x, y in covered):
            continue
        clauses.append((a, b, False))
    return clauses


def _sentence_claims(builder: _Builder, sentence: _Sentence, inherited: _Source | None) -> None:
    document = builder.document
    text = document.text
    date_spans = [(d.start, d.end) for d in sentence.dates] if sentence.dates else []
    # A clause event needs a named actor, and outside a source's words a cue word: most
    # sentences have neither, and then splitting them into clauses would be wasted.
    clauses = (
        _clauses(text, sentence)
        if sentence.entities and (sentence.sources or may_state_clause_events(text, sentence.start, sentence.end))
        else ()
    )
    events = find_events(
        text, sentence.start, sentence.end, entities=sentence.entities, dates=date_spans, clauses=clauses
    )
    sentence_events: list[EventClaim] = []
    for event in events:
        claim = _event_claim(builder, sentence, event, inherited, sentence_events)
        if claim is not None:
            sentence_events.append(claim)
    for relation in find_relations(text, sentence.start, sentence.end, entities=sentence.entities):
        spans = [
            _span(document, relation.start, relation.end),
            _span(document, relation.subject.start, relation.subject.end),
        ]
        base, chain, _ = _context(sentence, relation.start, relation.end, inherited)
        builder.add(
            RelationClaim(
                text=spans[0].text,
                subject=relation.subject.ref,
                relation=relation.relation,
                object=relation.object.ref,
                time=_as_of(builder.anchor),
                modality=base,
                provenance=builder.provenance(spans, chain, f"relation:{relation.rule}"),
            )
        )
    for stance in find_stances(text, sentence.start, sentence.end, entities=sentence.entities):
        _stance_claims(builder, sentence, stance, inherited)
    previous: QuantityClaim | None = None
    for quantity in sentence.quantities:
        previous = _quantity_claim(builder, sentence, quantity, inherited, sentence_events, previous)


def _event_claim(
    builder: _Builder,
    sentence: _Sentence,
    event: EventMention,
    inherited: _Source | None,
    sentence_events: list[EventClaim],
) -> EventClaim | None:
    document = builder.document
    text = document.text
    base, chain, source = _context(sentence, event.start, event.end, inherited)
    modality, polarity, _cues = classify(text, event.start, event.end, base=base)
    if event.rule == "nominal-attack":
        modality, polarity = base, Polarity.POSITIVE  # the noun phrase states that the attack happened
    polarity = _as_denied(polarity, source)
    actors = tuple(p.ref for p in event.actors if p.ref.text.casefold() not in DEMONYMS) or tuple(
        p.ref for p in event.actors
    )
    if event.rule == "no-decision" and builder.proposals:
        actors = builder.proposals[-1].actors
    time: TimeRef | None = None
    if event.date_start is not None:
        found = next((d for d in sentence.dates if d.start == event.date_start), None)
        time = _with_span(document, found) if found else None
    else:
        inside = [d for d in sentence.dates if event.start <= d.start and d.end <= event.end]
        time = _with_span(document, inside[0]) if inside else None
    follows = None
    if event.rule == "played-role":
        before = [e for e in sentence_events if e.span.end <= event.start and e in builder.nominal_events]
        follows = before[-1].id if before else None
    spans = [_span(document, event.start, event.end)]
    claim = EventClaim(
        text=spans[0].text,
        predicate=event.predicate,
        actors=actors,
        targets=tuple(p.ref for p in event.targets),
        place=event.place.ref if event.place else None,
        time=time,
        follows=follows,
        modality=modality,
        polarity=polarity,
        provenance=builder.provenance(spans, chain, f"event:{event.rule}"),
    )
    builder.add(claim)
    if modality in (Modality.HEDGED, Modality.PLANNED) and polarity is Polarity.POSITIVE:
        builder.proposals.append(claim)
    if event.rule == "nominal-attack":
        builder.nominal_events.append(claim)
    return claim


def _stance_claims(builder: _Builder, sentence: _Sentence, stance: StanceMention, inherited: _Source | None) -> None:
    document = builder.document
    text = document.text
    base, chain, _ = _context(sentence, stance.start, stance.end, inherited)
    proposal = builder.proposals[-1] if builder.proposals else None
    if stance.target_start is not None and stance.target_end is not None:
        target_text = text[stance.target_start : stance.target_end]
    elif proposal is not None:
        target_text = proposal.text
    else:
        target_text = "(unstated)"
    for holder in stance.holders:
        spans = [_span(document, stance.start, stance.end)]
        if holder.named:
            spans.append(_span(document, holder.start, holder.end))
        builder.add(
            StanceClaim(
                text=spans[0].text,
                holder=holder.ref,
                stance=stance.stance,
                target=proposal.id if proposal is not None else None,
                target_text=target_text,
                modality=base,
                polarity=Polarity.POSITIVE,
                provenance=builder.provenance(spans, chain, f"stance:{stance.rule}"),
            )
        )


#: The fields a quantity claim is given (its id is derived, as its validator would: not "set").
_QUANTITY_GIVEN = frozenset(
    {"text", "value", "counted", "actor", "predicate", "event", "part_of", "time", "modality", "polarity", "provenance"}
)


def _quantity_claim(
    builder: _Builder,
    sentence: _Sentence,
    mention: QuantityMention,
    inherited: _Source | None,
    sentence_events: list[EventClaim],
    previous: QuantityClaim | None,
) -> QuantityClaim:
    document = builder.document
    text = document.text
    base, chain, source = _context(sentence, mention.start, mention.end, inherited)
    # The cues of the figure's clause count ("is considering sending 40 trucks"): from the
    # last comma, colon or semicolon before it (or the content's start) to its end.
    clause_start = max(
        sentence.start,
        source.content_start if source is not None and source.content_start <= mention.start else sentence.start,
        max(
            text.rfind(",", sentence.start, mention.start),
            text.rfind(";", sentence.start, mention.start),
            text.rfind(":", sentence.start, mention.start),
        )
        + 1,
    )
    modality, polarity, _ = classify(text, clause_start, mention.end, base=base)
    polarity = _as_denied(polarity, source)
    written = text[mention.start : mention.end]
    counted = mention.counted or _unspecified(written)
    # The measured event: one in this sentence before the figure, else the last nominal event.
    event = (
        next((e for e in reversed(sentence_events) if e.span.end <= mention.start), None) if sentence_events else None
    )
    if event is None and builder.nominal_events:
        event = builder.nominal_events[-1]
    actor, predicate = _actor_and_predicate(text, sentence, mention, source)
    if previous is not None and _COORDINATED.fullmatch(text, previous.span.end, mention.start):
        # "intercepted more than 70 UAVs and three ballistic missiles": one verb, one doer.
        actor, predicate = actor or previous.actor, predicate or previous.predicate
    if actor is None and event is not None and event.actors and event in sentence_events:
        actor = event.actors[0]  # "... attack, which the IDF confirmed involved over 300 projectiles"
        if predicate in _PART_VERBS and event.predicate in _LAUNCHED:
            # What an attack "involved" its attacker launched.
            predicate = "launched"
    time: TimeRef | None = None
    if event is not None and event.time is not None:
        time = event.time
    elif sentence.dates:
        main = main_clause_start(text, sentence.start, sentence.end)
        inside = [d for d in sentence.dates if d.start >= main]
        if inside:
            time = _with_span(document, inside[0])
    part_of = None
    kind = counted.normalised
    for whole in reversed(builder.wholes):
        if kind in _PART_KINDS.get(whole.counted.normalised, frozenset()) and (
            event is None or whole.event == event.id
        ):
            part_of = whole.id
            break
    spans = [_span(document, mention.start, mention.end)]
    values: dict[str, Any] = {
        "id": claim_id("quantity", spans),
        "text": spans[0].text,
        "value": mention.quantity,
        "counted": counted,
        "actor": actor,
        "predicate": predicate,
        "event": event.id if event is not None else None,
        "part_of": part_of,
        "time": time,
        "modality": modality,
        "polarity": polarity,
        "provenance": builder.provenance(spans, chain, "quantity"),
    }
    # QuantityClaim's checks hold by construction: its text is its one span's, the span is
    # in the provenance's document, the id is derived here as its validator would, the
    # references are claim ids and the other values are validated models and enums.
    claim = trusted(QuantityClaim, values, given=set(_QUANTITY_GIVEN))
    builder.add(claim)
    if kind in _PART_KINDS:
        builder.wholes.append(claim)
    return claim


def _actor_and_predicate(
    text: str, sentence: _Sentence, mention: QuantityMention, source: _Source | None
) -> tuple[EntityRef | None, str | None]:
    """The doer and verb of a figure: "The US successfully intercepted more than 70 UAVs"."""
    floor = sentence.start
    if source is not None and source.content_start <= mention.start:
        floor = max(floor, source.content_start)
    before = text[max(floor, mention.start - 40) : mention.start]
    verb = _PREDICATE_BEFORE.search(before)
    predicate = verb.group("verb") if verb else None
    if not sentence.entities:
        return None, predicate
    candidates = [
        m
        for m in sentence.entities
        if floor <= m.start
        and m.end <= mention.start
        and m.ref.entity
        and m.ref.text.casefold() not in DEMONYMS
        and not (
            source is not None
            and source.mention.source_start is not None
            and source.mention.source_start <= m.start < (source.mention.source_end or 0)
        )
    ]
    for candidate in reversed(candidates):
        between = text[candidate.end : mention.start]
        if _VERB_AFTER_ACTOR.fullmatch(between):
            return candidate.ref, predicate
    return None, predicate


def _link_content(builder: _Builder, claims: list[Claim]) -> list[Claim]:
    """Fill each statement's ``content_claims``: the claims written inside its content."""
    if not builder.stated:
        return claims
    others = sorted(
        (c for c in claims if not isinstance(c, StatementClaim)), key=lambda c: (c.span.start, c.span.end, c.id)
    )
    starts = [c.span.start for c in others]
    result: list[Claim] = []
    for claim in claims:
        if isinstance(claim, StatementClaim):
            content = claim.content
            depth = len(claim.provenance.chain)
            inside = [
                other.id
                for other in others[bisect_left(starts, content.start) : bisect_right(starts, content.end)]
                if other.span.end <= content.end and len(other.provenance.chain) > depth
            ]
            if inside:
                # The ids are claims' ids (already checked): model_copy's copy, without its cost.
                claim = replaced(claim, {"content_claims": tuple(dict.fromkeys(inside))})
        result.append(claim)
    return result
