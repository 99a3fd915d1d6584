"""The founding article against ``claims/sources`` and ``claims/reference``, end to end.

Each expectation below is worked out by hand from ../shared/seed/sources.md; the comments
give the reasoning. The matcher must reach the same verdicts from the data alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.files as files
from factcheck.match import MatchConfig, verify
from factcheck.quantity import BareReading
from factcheck.verdicts import EvidenceRelation, VerdictLabel, Verdicts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def article() -> files.ClaimSet:  # type: ignore[name-defined]
    return files.load(ROOT / "claims" / "founding")


@pytest.fixture(scope="module")
def sources() -> files.ClaimSet:  # type: ignore[name-defined]
    return files.load(ROOT / "claims" / "sources", ROOT / "claims" / "reference")


@pytest.fixture(scope="module")
def verdicts(article, sources) -> Verdicts:  # type: ignore[no-untyped-def]
    return verify(article, sources)


def test_every_claim_gets_an_explained_verdict(article, verdicts) -> None:  # type: ignore[no-untyped-def]
    assert sorted(v.claim_id for v in verdicts) == sorted(c.id for c in article.claims)
    for verdict in verdicts:
        assert verdict.rule and verdict.explanation.startswith(verdict.label.value)
        if verdict.label is not VerdictLabel.NOT_ENOUGH_INFO:
            assert verdict.deciding_evidence, verdict.claim_id


def test_every_evidence_span_is_cited_from_its_source(sources, verdicts) -> None:  # type: ignore[no-untyped-def]
    for verdict in verdicts:
        for item in verdict.evidence:
            if item.document == "reference":
                continue
            document = sources.document(item.document)
            assert document is not None and item.url == document.url
            for span in item.spans:
                assert document.text[span.start : span.end] == span.text


def test_70_uavs_is_refined_by_centcoms_80(verdicts) -> None:  # type: ignore[no-untyped-def]
    # The article: "The US successfully intercepted more than 70 UAVs" = (70, inf).
    # CNN on 13 April had the same "more than 70 drones" from US officials; CENTCOM's
    # statement of 14 April (CNN, JPost/Reuters, Ryder's briefing) says "more than 80",
    # (80, inf), strictly inside (70, inf): a more specific figure, so "refined".
    verdict = verdicts.get("q-5900a13a6dba")
    assert verdict is not None
    assert verdict.label is VerdictLabel.REFINED
    assert verdict.rule == "quantity-interval"
    refining = {e.document for e in verdict.evidence if e.relation is EvidenceRelation.REFINES}
    assert "cnn-2024-04-14-centcom-statement" in refining
    assert "jpost-2024-04-15-centcom" in refining
    supporting = {e.document for e in verdict.evidence if e.relation is EvidenceRelation.SUPPORTS}
    assert "cnn-2024-04-13-live-updates" in supporting
    # CNN's US officials, CENTCOM and the Pentagon all speak for the US government: one origin.
    assert "1 origin(s) (country:US)" in verdict.explanation


def test_three_ballistic_missiles_was_superseded_when_read_exactly(verdicts) -> None:  # type: ignore[no-untyped-def]
    # "three ballistic missiles" is bare: [3, 3] read exactly. On 13 April US officials said
    # "at least three" (consistent); on 14 April CENTCOM, the same originator (the US
    # government), said "at least six", [6, inf), disjoint from [3, 3]: an updated figure,
    # which the article (27 May) did not take up. Read as a lower bound, [3, inf) contains
    # [6, inf): the article would merely be less specific.
    verdict = verdicts.get("q-437124fb0417")
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPERSEDED
    assert verdict.rule == "quantity-interval"
    assert verdict.reading == "conflict if 'three' is exact; refined if read as a lower bound"
    superseding = {e.document for e in verdict.evidence if e.relation is EvidenceRelation.SUPERSEDES}
    assert "cnn-2024-04-14-centcom-statement" in superseding


def test_three_ballistic_missiles_as_a_lower_bound_is_refined(article, sources) -> None:  # type: ignore[no-untyped-def]
    verdict = verify(article, sources, config=MatchConfig(bare_reading=BareReading.AT_LEAST)).get("q-437124fb0417")
    assert verdict is not None
    assert verdict.label is VerdictLabel.REFINED


def test_over_300_projectiles_is_refined_by_the_idf_figures(verdicts) -> None:  # type: ignore[no-untyped-def]
    # "over 300" = (300, inf). NPR has Hagari's "more than 300" (the same interval);
    # Hagari's later "about 350" (Terra) is [315, 385], strictly inside; and the parts of
    # ABC's breakdown, 170 UAVs + more than 120 ballistic + more than 30 cruise missiles,
    # sum to more than 320, also strictly inside. So the claim is refined.
    verdict = verdicts.get("q-a247e5194187")
    assert verdict is not None
    assert verdict.label is VerdictLabel.REFINED
    by_document = {(e.document, e.relation) for e in verdict.evidence}
    assert ("npr-2024-04-13-israel-shoots-down-missiles", EvidenceRelation.SUPPORTS) in by_document
    assert ("terra-brasil-2024-04-idf-spokesman", EvidenceRelation.REFINES) in by_document
    assert ("abc-2024-04-14-live-updates", EvidenceRelation.REFINES) in by_document
    parts = [e for e in verdict.evidence if e.document == "abc-2024-04-14-live-updates"]
    assert len(parts) == 3 and all("sum to (320, inf)" in e.explanation for e in parts)


def test_the_idf_statement_is_borne_out_by_what_the_idf_said(verdicts) -> None:  # type: ignore[no-untyped-def]
    # "which the Israel Defense Forces confirmed involved over 300 projectiles": only the
    # reports tracing back to the IDF (Hagari) bear on what the IDF said; Kirby's and
    # Ryder's figures (US government) do not.
    verdict = verdicts.get("s-befe77b47fb7")
    assert verdict is not None
    assert verdict.label is VerdictLabel.REFINED
    assert verdict.rule == "statement-speaker-content"
    assert {e.origin for e in verdict.evidence} == {"org:idf"}


def test_the_attack_date_is_supported(verdicts) -> None:  # type: ignore[no-untyped-def]
    # NewsX (16 April): "the Iranian attack on Saturday" = 13 April 2024; Biden's statement
    # of 13 April: "Earlier today, Iran ... launched an unprecedented air attack".
    verdict = verdicts.get("e-ff96b2529976")
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.rule == "date-granularity"


def test_us_uk_and_jordan_roles_are_supported_and_france_is_named(verdicts) -> None:  # type: ignore[no-untyped-def]
    # JPost/Reuters names the US, Britain, France and Jordan; LBC (Sunak) the UK; Al
    # Arabiya Jordan. The article leaves out France, which the explanation points out.
    verdict = verdicts.get("e-25fbf1782b21")
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.rule == "event-actors"
    assert "country:FR" in verdict.explanation


@pytest.mark.parametrize("claim_id", ["r-4c7543b2bcd4", "r-164652c32c95", "r-8a50738cdf0d"])
def test_nato_membership_comes_from_the_dated_reference_table(verdicts, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    # Great Britain and Canada joined NATO in 1949, Estonia in 2004: members on 27 May 2024.
    verdict = verdicts.get(claim_id)
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.rule == "relation-reference"
    assert "holds on 2024-05-27" in verdict.explanation


def test_article_5_remark_is_supported_by_two_outlets(verdicts) -> None:  # type: ignore[no-untyped-def]
    # Ukrainska Pravda and Interfax-Ukraine both quote the 15 April post: "this does not
    # require the activation of Article 5, simple political will is enough".
    verdict = verdicts.get("s-be902917e75b")
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPPORTED
    assert {e.document for e in verdict.deciding_evidence} == {
        "interfax-2024-04-15-zelenskyy",
        "ukrainska-pravda-2024-04-15-zelenskyy",
    }


def test_nvs_own_earlier_piece_is_not_independent(verdicts) -> None:  # type: ignore[no-untyped-def]
    # NV's own 22 May piece (syndicated on Yahoo) says the same as the article about the
    # Polish Foreign Ministry; the same publisher confirms nothing. Ukrainian News does.
    verdict = verdicts.get("s-c32047b08a4a")
    assert verdict is not None
    own = [e for e in verdict.evidence if e.document == "nv-yahoo-2024-05-22-poland-considers"]
    assert own and not any(e.independent for e in own)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert {e.document for e in verdict.deciding_evidence} == {"ukranews-2024-05-22-poland-considering"}


def test_bild_relays_count_as_one_origin(verdicts) -> None:  # type: ignore[no-untyped-def]
    # "no final decision has been made" (Bild, via NV): Close the Sky relays Bild too, so
    # it is the same origin, one voice; LIGA's unnamed "sources" are another.
    verdict = verdicts.get("e-f4ba71ec3f6d")
    assert verdict is not None
    assert verdict.label is VerdictLabel.SUPPORTED
    origins = {e.origin for e in verdict.deciding_evidence}
    assert "outlet:bild" in origins


def test_later_evidence_is_marked_as_such(verdicts) -> None:  # type: ignore[no-untyped-def]
    # Semafor (30 May) is later than the article (27 May).
    verdict = verdicts.get("t-d3fa4d26a2af")
    assert verdict is not None
    later = [e for e in verdict.evidence if e.document == "semafor-2024-05-30-nato-weighs-shooting-down"]
    assert later and all(e.published_after_claim for e in later)


def test_verdicts_are_deterministic(article, sources) -> None:  # type: ignore[no-untyped-def]
    first = verify(article, sources).model_dump_json()
    assert verify(article, sources).model_dump_json() == first
