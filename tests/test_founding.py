"""The founding article's claims, checked against expectations read off the article by hand."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

import factcheck
from factcheck import EventClaim, QuantityClaim, StanceClaim, StatementClaim

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "claims" / "founding"
SEED = ROOT.parent / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def claims() -> factcheck.ClaimSet:
    return factcheck.load(FOUNDING / "claims.yaml")


def test_article_is_the_seed_byte_for_byte(claims: factcheck.ClaimSet) -> None:
    data = (FOUNDING / "article.txt").read_bytes()
    [document] = claims.documents
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.text.encode("utf-8") == data
    if SEED.exists():
        assert SEED.read_bytes() == data


def test_metadata_says_how_the_date_was_determined(claims: factcheck.ClaimSet) -> None:
    [document] = claims.documents
    assert document.published == date(2024, 5, 27)
    assert document.published_basis is not None
    assert "Bild reported on May 27" in document.published_basis
    assert document.derived_from is not None
    assert document.derived_from.name == "The New Voice of Ukraine"


def test_non_body_lines_are_labelled_segments(claims: factcheck.ClaimSet) -> None:
    [document] = claims.documents
    labelled = {(s.label.value, document.text[s.start : s.end]) for s in document.segments if s.label != "paragraph"}
    assert labelled == {
        ("title", "NATO mulls protecting Ukrainian skies by shooting down Russian missiles"),
        ("tagline", "Air Defense"),
        ("read_also", "Read also: 'Red lines' for Russia that could provoke NATO's stepping into war"),
        ("read_also", "Read also: Kyiv to request Ukraine-NATO Council meeting on air defense — Zelenskyy"),
        (
            "promotion",
            "We’re bringing the voice of Ukraine to the world. Support us with a one-time donation, or become a Patron!",  # noqa: E501
        ),
        ("syndication", "Read the original article on The New Voice of Ukraine"),
    }
    assert sum(1 for s in document.segments if s.label == "tagline") == 2


def test_every_claim_comes_from_body_text(claims: factcheck.ClaimSet) -> None:
    [document] = claims.documents
    for claim in claims:
        for span in claim.provenance.spans:
            segment = document.segment_at(span)
            assert segment is not None and segment.label == "paragraph", claim.id


def _considering(claims: factcheck.ClaimSet) -> EventClaim:
    [event] = [c for c in claims.by_kind("event") if c.text.startswith("NATO is considering")]
    assert isinstance(event, EventClaim)
    return event


def test_the_bild_report_is_hedged_and_attributed(claims: factcheck.ClaimSet) -> None:
    event = _considering(claims)
    assert event.modality == "hedged"
    assert [link.agent.entity for link in event.provenance.chain] == ["outlet:nv", "outlet:bild"]
    assert event.provenance.chain[1].cue == "reported"
    bild_date = event.provenance.chain[1].date
    assert bild_date is not None and bild_date.start == date(2024, 5, 27)
    [report] = [c for c in claims.by_kind("statement") if isinstance(c, StatementClaim) and c.cue == "reported"]
    assert report.speaker.entity == "outlet:bild"
    assert event.id in report.content_claims


def test_no_final_decision_is_negative(claims: factcheck.ClaimSet) -> None:
    decisions = [c for c in claims.by_kind("event") if isinstance(c, EventClaim) and c.predicate == "decide"]
    assert len(decisions) == 2  # paragraph 1 and paragraph 2 each say it
    assert all(c.polarity == "negative" for c in decisions)


def test_six_supporters_and_two_opponents(claims: factcheck.ClaimSet) -> None:
    target = _considering(claims).id
    stances = [c for c in claims.by_kind("stance") if isinstance(c, StanceClaim)]
    assert all(c.target == target for c in stances)
    supporters = {c.holder.entity for c in stances if c.stance == "support" and c.holder.resolved}
    opponents = {c.holder.entity for c in stances if c.stance == "oppose"}
    assert supporters == {"country:EE", "country:GB", "country:PL", "country:CA", "country:LT", "country:FR"}
    assert opponents == {"country:US", "country:DE"}
    unnamed = [c for c in stances if not c.holder.resolved]
    assert [c.holder.text for c in unnamed] == ["some member countries"]


def test_membership_relations(claims: factcheck.ClaimSet) -> None:
    members = {c.subject.entity for c in claims.by_kind("relation") if getattr(c, "relation", "") == "member_of"}
    assert members == {"country:GB", "country:CA", "country:EE"}


def test_figures_are_intervals(claims: factcheck.ClaimSet) -> None:
    figures = {c.text: c for c in claims.by_kind("quantity") if isinstance(c, QuantityClaim)}
    assert set(figures) == {"over 300 projectiles", "more than 70 UAVs", "three ballistic missiles"}
    whole = figures["over 300 projectiles"]
    assert str(whole.value.interval) == "(300, inf)"
    assert whole.provenance.chain[-1].agent.entity == "org:idf"
    assert whole.provenance.chain[-1].cue == "confirmed"
    uavs, missiles = figures["more than 70 UAVs"], figures["three ballistic missiles"]
    assert str(uavs.value.interval) == "(70, inf)"
    assert str(missiles.value.interval) == "[3, 3]"
    assert missiles.value.reading == "exact"
    for part in (uavs, missiles):
        assert part.part_of == whole.id
        assert part.actor is not None and part.actor.entity == "country:US"
        assert part.predicate == "intercepted"


def test_the_attack_is_dated_april_13(claims: factcheck.ClaimSet) -> None:
    [attack] = [c for c in claims.by_kind("event") if isinstance(c, EventClaim) and c.predicate == "attack"]
    assert attack.time is not None and attack.time.start == date(2024, 4, 13)
    assert [a.entity for a in attack.actors] == ["country:IR"]
    assert [t.entity for t in attack.targets] == ["country:IL"]
    [interception] = [c for c in claims.by_kind("event") if isinstance(c, EventClaim) and c.predicate == "intercept"]
    assert interception.follows == attack.id
    assert {a.entity for a in interception.actors} == {"country:US", "country:GB", "country:JO"}


def test_zelenskyy_statements(claims: factcheck.ClaimSet) -> None:
    statements = {c.cue: c for c in claims.by_kind("statement") if isinstance(c, StatementClaim)}
    pointed = statements["pointed out"]
    assert pointed.time is not None and pointed.time.start == date(2024, 4, 15)
    assert pointed.venue == "Supreme Commander-in-Chief Staff meeting"
    emphasized = statements["emphasized"]
    assert emphasized.speaker.text == "He"
    assert emphasized.speaker.entity == "person:volodymyr-zelenskyy"
    assert emphasized.speaker.resolution == "pronoun"
    assert "Article 5" in emphasized.content.text
    reiterated = statements["reiterated"]
    assert reiterated.repeats == pointed.id
    assert reiterated.time is not None and reiterated.time.start == date(2024, 4, 20)


def test_polish_foreign_ministry_disclosure(claims: factcheck.ClaimSet) -> None:
    [disclosed] = [c for c in claims.by_kind("statement") if isinstance(c, StatementClaim) and c.cue == "disclosed"]
    assert disclosed.speaker.entity == "org:pl-mfa"
    assert disclosed.time is not None and disclosed.time.start == date(2024, 5, 22)
    assert disclosed.content.text.startswith("The technical and legal feasibility")


def test_every_reference_points_at_a_claim_in_the_set(claims: factcheck.ClaimSet) -> None:
    for claim in claims:
        for reference in claim.references():
            assert claims.claim(reference) is not None, (claim.id, reference)


def test_ids_are_unique(claims: factcheck.ClaimSet) -> None:
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids)) == 29


def test_every_entity_id_in_the_shipped_claims_is_known() -> None:
    everything = factcheck.load(ROOT / "claims")
    unknown = sorted(
        {
            mention.entity
            for claim in everything
            for mention in claim.mentions()
            if mention.entity is not None and everything.entity(mention.entity) is None
        }
    )
    assert unknown == []
