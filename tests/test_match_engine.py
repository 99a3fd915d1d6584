"""The matcher's parts: normal forms, origins, blocking, parts sums, readings, configuration."""

from __future__ import annotations

import time
from datetime import date

import pytest
from pydantic import ValidationError
from sources_builder import figure

from factcheck.claimset import ClaimSet, ReferenceRelation
from factcheck.match import MatchConfig, match_candidates, verify
from factcheck.match.normalise import counted_key, predicate_key
from factcheck.match.origin import Hierarchy
from factcheck.quantity import BareReading
from factcheck.verdicts import EvidenceRelation, VerdictLabel


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("UAVs", "uav"),
        ("drones", "uav"),
        ("one-way attack drones", "uav"),
        ("unmanned aerial vehicles", "uav"),
        ("medium-range ballistic missiles", "ballistic missile"),
        ("land attack cruise missiles", "cruise missile"),
        ("air threats", "projectile"),
        ("projectiles", "projectile"),
        ("tanks", "tank"),
        ("ambulances", "ambulance"),
    ],
)
def test_counted_things_fold_to_one_key(written: str, key: str) -> None:
    assert counted_key(written) == key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("intercepted", "intercept"),
        ("shot down", "intercept"),
        ("engaged and destroyed", "intercept"),
        ("fired", "launch"),
        ("launched", "launch"),
        ("signed", "signed"),
        (None, ""),
    ],
)
def test_predicates_fold_to_a_class(written: str | None, key: str) -> None:
    assert predicate_key(written) == key


def test_normal_forms_take_linear_time_on_long_crafted_input() -> None:
    crafted = "s" * 200_000 + " " * 200_000 + "missiles"
    started = time.perf_counter()
    counted_key(crafted)
    predicate_key(crafted)
    assert time.perf_counter() - started < 1.0


def _rows(*triples: tuple[str, str, str]) -> list[ReferenceRelation]:
    return [ReferenceRelation(subject=s, relation=r, object=o, source="test") for s, r, o in triples]


def test_hierarchy_follows_parts_and_spokespeople_and_cuts_cycles() -> None:
    hierarchy = Hierarchy.from_relations(
        _rows(
            ("person:ryder", "spokesperson_of", "org:dod"),
            ("org:dod", "part_of", "country:US"),
            ("org:a", "part_of", "org:b"),
            ("org:b", "part_of", "org:a"),
            ("country:EE", "member_of", "org:nato"),  # membership is not speaking for
        )
    )
    assert hierarchy.ancestors("person:ryder") == ("person:ryder", "org:dod", "country:US")
    assert hierarchy.root("org:a") in {"org:a", "org:b"}
    assert hierarchy.root("country:EE") == "country:EE"


def test_blocking_never_pairs_different_counted_things_actors_or_years() -> None:
    article = figure("article", "(70, inf)")
    sources = [
        figure("tanks", "(70, inf)", counted="tanks", publisher="outlet:a"),
        figure("france", "(70, inf)", actor="country:FR", publisher="outlet:b"),
        figure("launched", "(70, inf)", predicate="launched", publisher="outlet:c"),
        figure("old", "(70, inf)", day=date(2020, 4, 13), publisher="outlet:d"),
        figure("match", "(80, inf)", counted="UAVs", predicate="shot down", publisher="outlet:e"),
    ]
    candidates = match_candidates(article, sources)
    assert [c.evidence_id for c in candidates] == [sources[-1].claims[0].id]
    assert 0 <= candidates[0].score <= 100


def test_time_window_is_configurable() -> None:
    article = figure("article", "(70, inf)", day=date(2024, 4, 13))
    near = figure("near", "(80, inf)", day=date(2024, 4, 16), publisher="outlet:a")
    assert len(match_candidates(article, near)) == 1
    assert match_candidates(article, near, config=MatchConfig(time_window_days=2)) == []


def test_a_figure_for_a_part_of_the_actor_is_a_lower_bound() -> None:
    # CENTCOM is part of the US government: its "[4, 6]" says the US total is at least 4,
    # so "3" (exact) conflicts and "more than 2" is refined.
    structure = ClaimSet(relations=tuple(_rows(("org:centcom", "part_of", "country:US"))))
    part = figure("navy", "[4, 6]", actor="org:centcom", publisher="outlet:a")
    three = verify(figure("article", "[3, 3]", qclass="exact", number="3"), [part, structure]).verdicts[0]
    assert three.label is VerdictLabel.CONTRADICTED
    assert "lower bound of the whole actor" in three.evidence[0].explanation
    more = verify(figure("article", "(2, inf)"), [part, structure]).verdicts[0]
    assert more.label is VerdictLabel.REFINED


def test_bare_reading_decides_and_the_other_reading_is_named() -> None:
    article = figure("article", "[3, 3]", qclass="exact", number="three")
    later = figure("later", "[6, inf)", publisher="outlet:a")
    exact = verify(article, later).verdicts[0]
    assert exact.label is VerdictLabel.CONTRADICTED
    assert exact.reading == "conflict if 'three' is exact; refined if read as a lower bound"
    lower = verify(article, later, config=MatchConfig(bare_reading=BareReading.AT_LEAST)).verdicts[0]
    assert lower.label is VerdictLabel.REFINED


def test_a_later_figure_by_the_same_originator_supersedes() -> None:
    article = figure("article", "[3, 3]", qclass="exact", number="three", published=date(2024, 5, 27))
    early = figure("early", "[3, inf)", agent="country:US", published=date(2024, 4, 13), publisher="outlet:a")
    later = figure("later", "[6, inf)", agent="country:US", published=date(2024, 4, 14), publisher="outlet:b")
    other = figure("other", "[6, inf)", agent="org:idf", published=date(2024, 4, 14), publisher="outlet:c")
    assert verify(article, [early, later]).verdicts[0].label is VerdictLabel.SUPERSEDED
    # Another originator's conflicting figure is a contradiction, not an update.
    assert verify(article, [early, later, other]).verdicts[0].label is VerdictLabel.CONTRADICTED
    # Without the earlier consistent word, the later figure just contradicts.
    assert verify(article, [later]).verdicts[0].label is VerdictLabel.CONTRADICTED


def test_hindsight_decides_only_when_nothing_earlier_does() -> None:
    article = figure("article", "(70, inf)", published=date(2024, 4, 13), day=date(2024, 4, 13))
    later = figure("later", "(80, inf)", published=date(2024, 4, 15), publisher="outlet:a")
    verdict = verify(article, later).verdicts[0]
    assert verdict.label is VerdictLabel.REFINED
    assert verdict.evidence[0].published_after_claim
    assert "hindsight" in verdict.explanation
    earlier = figure("earlier", "(50, inf)", published=date(2024, 4, 13), publisher="outlet:b")
    verdict = verify(article, [later, earlier]).verdicts[0]
    assert verdict.label is VerdictLabel.SUPPORTED  # judged on what was known on the day


def test_a_syndicated_copy_confirms_nothing() -> None:
    article = figure("article", "(70, inf)", publisher="outlet:nv")
    own = figure("own", "(80, inf)", publisher="outlet:nv")
    verdict = verify(article, own).verdicts[0]
    assert verdict.label is VerdictLabel.NOT_ENOUGH_INFO
    assert not verdict.evidence[0].independent
    assert verdict.evidence[0].relation is EvidenceRelation.REFINES
    assert "same publisher" in verdict.explanation


def test_no_candidate_is_not_enough_info() -> None:
    verdict = verify(figure("article", "(70, inf)"), ClaimSet()).verdicts[0]
    assert verdict.label is VerdictLabel.NOT_ENOUGH_INFO
    assert verdict.rule == "no-candidate"
    assert verdict.evidence == ()


@pytest.mark.parametrize(
    "fields",
    [
        {"tolerance": 1.0},
        {"tolerance": -0.1},
        {"bare_reading": "roughly"},
        {"time_window_days": -1},
        {"score_threshold": 101},
        {"unknown": 1},
    ],
)
def test_config_is_validated(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        MatchConfig.model_validate(fields)


def test_tolerance_widens_approximate_figures() -> None:
    article = figure("article", "[315, 385]", qclass="about", number="350")
    source = figure("source", "[300, 300]", qclass="exact", number="300", publisher="outlet:a")
    assert verify(article, source).verdicts[0].label is VerdictLabel.CONTRADICTED  # 300 < 315
    wide = verify(article, source, config=MatchConfig(tolerance=0.2)).verdicts[0]
    # About 350 is [280, 420] at 20 %; the exact 300 lies strictly inside it: more specific.
    assert wide.label is VerdictLabel.REFINED


def test_a_share_is_never_compared_with_a_count() -> None:
    # "99 %" of the drones and "99 drones" are different measurands.
    article = figure("article", "[99, 99]", qclass="exact", number="99")
    claim = article.claims[0]
    share = claim.model_copy(update={"value": claim.value.model_copy(update={"share": True})})
    source = figure("source", "[50, 50]", qclass="exact", number="50", publisher="outlet:a")
    assert len(match_candidates(article, source)) == 1
    assert match_candidates(ClaimSet(documents=article.documents, claims=(share,)), source) == []
