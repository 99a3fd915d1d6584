"""A small hand-built case for the report tests: one article, two claims, findings and verdicts.

The article is written for the tests (not taken from any source). Its claims are built from
the model directly, so the tests do not depend on the claim-file loader or on other branches.
"""

from __future__ import annotations

from datetime import date, datetime

from factcheck.claims import Modality, QuantityClaim, StatementClaim
from factcheck.claimset import ClaimSet, Location
from factcheck.document import Document, Segment, SegmentLabel
from factcheck.entities import Entity, EntityKind, EntityRef, RefResolution
from factcheck.findings import Finding, Severity
from factcheck.interval import Interval
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance, SpeechMode
from factcheck.quantity import QualifierClass, Quantity, Term
from factcheck.timeref import TimeRef
from factcheck.verdicts import Evidence, EvidenceRelation, Verdict, VerdictLabel, Verdicts

ARTICLE = (
    "Drone count rises\n"
    "\n"
    "The US intercepted more than 70 UAVs on April 13, officials told CNN. "
    "Read also: an unrelated headline\n"
)
DOC_ID = "example-2024-04-14"
METHOD = ExtractionMethod(extractor="manual", rule="hand-annotated", version="0.1.0")


def _at(document: Document, text: str) -> tuple[int, int]:
    start = document.text.index(text)
    return start, start + len(text)


def example_document(*, segmented: bool = True) -> Document:
    document = Document.from_text(
        ARTICLE,
        id=DOC_ID,
        published=date(2024, 4, 14),
        title="Drone count rises",
        publisher="outlet:example",
        url="https://news.example/drones",
    )
    if not segmented:
        return document.model_copy(update={"segments": ()})  # from_text may segment; this one has none
    segments = (
        Segment(label=SegmentLabel.TITLE, start=0, end=17),  # "Drone count rises"
        Segment(label=SegmentLabel.PARAGRAPH, start=19, end=88),  # the sentence
        Segment(label=SegmentLabel.READ_ALSO, start=89, end=121),  # "Read also: an unrelated headline"
    )
    return document.model_copy(update={"segments": segments})


def example_claims() -> ClaimSet:
    document = example_document()
    uavs = document.span(*_at(document, "more than 70 UAVs"))
    sentence = document.span(*_at(document, "The US intercepted more than 70 UAVs on April 13, officials told CNN."))
    content = document.span(*_at(document, "The US intercepted more than 70 UAVs on April 13"))
    april = TimeRef.day("on April 13", date(2024, 4, 13), resolution="anchored", year_inferred=True)
    newsroom = AttributionLink(
        agent=EntityRef(text="Example News", entity="outlet:example"),
        cue="published",
        date=TimeRef.day("2024-04-14", date(2024, 4, 14)),
    )
    cnn = AttributionLink(agent=EntityRef(text="CNN", entity="outlet:cnn", resolution=RefResolution.EXACT), cue="told")
    officials = AttributionLink(
        agent=EntityRef(text="officials", resolution=RefResolution.UNRESOLVED), cue="told", mode=SpeechMode.INDIRECT
    )
    quantity = QuantityClaim(
        text=uavs.text,
        provenance=Provenance(document=DOC_ID, spans=(uavs,), chain=(newsroom, cnn, officials), method=METHOD),
        modality=Modality.REPORTED,
        value=Quantity(
            interval=Interval.more_than(70),
            number_text="70",
            qualifier="more than",
            qualifier_class=QualifierClass.MORE_THAN,
        ),
        counted=Term(text="UAVs", normalised="uav"),
        actor=EntityRef(text="The US", entity="country:US", resolution=RefResolution.ALIAS),
        predicate="intercepted",
        time=april,
    )
    statement = StatementClaim(
        text=sentence.text,
        provenance=Provenance(document=DOC_ID, spans=(sentence,), chain=(newsroom,), method=METHOD),
        speaker=EntityRef(text="officials", resolution=RefResolution.UNRESOLVED),
        cue="told",
        content=content,
        content_claims=(quantity.id,),
        time=april,
    )
    entities = (
        Entity(id="outlet:example", kind=EntityKind.MEDIA_OUTLET, name="Example News"),
        Entity(id="outlet:cnn", kind=EntityKind.MEDIA_OUTLET, name="CNN"),
        Entity(id="country:US", kind=EntityKind.COUNTRY, name="United States", aliases=("the US",)),
    )
    return ClaimSet(documents=(document,), entities=entities, claims=(quantity, statement))


def example_locations(claims: ClaimSet) -> dict[str, Location]:
    quantity, statement = claims.by_kind("quantity")[0], claims.by_kind("statement")[0]
    return {
        quantity.id: Location("claims/example.yaml", 12, 5),
        statement.id: Location("claims/example.yaml", 40, 5),
    }


def example_findings(claims: ClaimSet) -> list[Finding]:
    quantity = claims.by_kind("quantity")[0]
    return [
        Finding(
            code="FC399",
            name="figure-without-source",
            severity=Severity.WARNING,
            message="the figure 'more than 70 UAVs' is attributed to unnamed officials",
            claim_ids=(quantity.id,),
            spans=(quantity.span,),
            path="claims/example.yaml",
            line=12,
            column=5,
            url="https://factcheck.example/rules/FC399",
        ),
        Finding(
            code="FC098",
            name="file-note",
            severity=Severity.INFO,
            message="the file has no reference data",
            path="claims/example.yaml",
        ),
    ]


def example_verdicts(claims: ClaimSet) -> Verdicts:
    quantity = claims.by_kind("quantity")[0]
    statement = claims.by_kind("statement")[0]
    early = Document.from_text("US forces downed more than 70 drones.", id="wire-early")
    late = Document.from_text("The US shot down over 80 drones.", id="wire-late")
    return Verdicts(
        verdicts=(
            Verdict(
                claim_id=quantity.id,
                label=VerdictLabel.REFINED,
                rule="quantity-interval",
                explanation="(80, inf) lies inside (70, inf)",
                evidence=(
                    Evidence(
                        claim_id="q-000000000002",
                        document="wire-late",
                        publisher="Wire Two",
                        url="https://wire-two.example/late",
                        published=datetime(2024, 4, 14, 18, 0),
                        relation=EvidenceRelation.REFINES,
                        score=91.0,
                        spans=(late.span(*_at(late, "over 80 drones")),),
                        explanation="over 80 is more specific than more than 70",
                    ),
                    Evidence(
                        claim_id="q-000000000001",
                        document="wire-early",
                        publisher="outlet:cnn",
                        url="https://cnn.example/early",
                        published=datetime(2024, 4, 14, 6, 30),
                        relation=EvidenceRelation.SUPPORTS,
                        score=97.5,
                        spans=(early.span(*_at(early, "more than 70 drones")),),
                        origin="US officials",
                        independent=False,
                        explanation="the same figure, from the same officials",
                    ),
                ),
            ),
            Verdict(
                claim_id=statement.id,
                label=VerdictLabel.NOT_ENOUGH_INFO,
                rule="no-candidate",
                explanation="no source reports what the officials told CNN",
            ),
        )
    )


def test_example_claims_are_valid() -> None:
    claims = example_claims()
    assert [c.kind for c in claims.claims] == ["quantity", "statement"]
    assert claims.claims[0].text == "more than 70 UAVs"
    assert claims.documents[0].hash_matches
