"""The verdict vocabulary shared by the matcher and the report."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck.verdicts import Evidence, EvidenceRelation, Verdict, VerdictLabel, Verdicts


def _evidence(relation: EvidenceRelation) -> Evidence:
    return Evidence(claim_id="q-aaaaaaaaaaaa", document="src-1", relation=relation, score=90.0)


def test_labels_are_designs_five() -> None:
    assert [label.value for label in VerdictLabel] == [
        "supported",
        "refined",
        "contradicted",
        "superseded",
        "not_enough_info",
    ]


def test_deciding_evidence_leaves_out_related() -> None:
    verdict = Verdict(
        claim_id="q-bbbbbbbbbbbb",
        label=VerdictLabel.SUPPORTED,
        rule="quantity-interval",
        explanation="consistent",
        evidence=(_evidence(EvidenceRelation.RELATED), _evidence(EvidenceRelation.SUPPORTS)),
    )
    assert [item.relation for item in verdict.deciding_evidence] == [EvidenceRelation.SUPPORTS]


def test_verdicts_lookup_and_counts() -> None:
    verdicts = Verdicts(
        verdicts=(
            Verdict(claim_id="a", label=VerdictLabel.REFINED, rule="r", explanation="x"),
            Verdict(claim_id="b", label=VerdictLabel.REFINED, rule="r", explanation="x"),
        )
    )
    assert verdicts.get("b") is not None and verdicts.get("c") is None
    counts = verdicts.by_label()
    assert counts[VerdictLabel.REFINED] == 2 and counts[VerdictLabel.SUPPORTED] == 0
    assert len(verdicts) == 2


def test_score_is_bounded() -> None:
    with pytest.raises(ValidationError):
        Evidence(claim_id="a", document="d", relation=EvidenceRelation.SUPPORTS, score=101.0)
