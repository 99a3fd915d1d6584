"""The edges of each rule, one small hand-made article per case: what must fire and what
must not (granularity, modality, polarity, missing data, tolerance, readings)."""

from __future__ import annotations

from datetime import date

from rules_support import Article, ref, run_rules

from factcheck.claims import Modality
from factcheck.claimset import ClaimSet, ReferenceRelation
from factcheck.document import Segment
from factcheck.quantity import BareReading
from factcheck.rules import RuleContext

COUNCIL = ref("The council", "org:harbour-council")
BUS = ("buses", "bus")


def _run(claims: ClaimSet, *codes: str, **settings: object) -> list[tuple[str, tuple[str, ...], str]]:
    return run_rules(RuleContext(claims=claims, **settings), codes=codes)  # type: ignore[arg-type]


# -- time ---------------------------------------------------------------------------------


def test_fc201_skips_plans_and_periods_that_contain_the_publication_day() -> None:
    a = Article("t1", "The council will vote on March 20. Buses ran late in March.")
    a.event(
        "The council will vote on March 20", "vote", time=a.time("on March 20", date(2025, 3, 20)), modality="planned"
    )
    a.event(
        "Buses ran late in March",
        "run late",
        time=a.time("in March", date(2025, 3, 1), date(2025, 3, 31), granularity="month"),
    )
    assert _run(a.claim_set(), "FC201") == []


def test_fc201_checks_attribution_dates_even_on_a_planned_claim() -> None:
    a = Article("t2", "The council will vote soon, the mayor said on March 20.")
    mayor = ref("the mayor", "person:ana-vidal")
    link = a.link(mayor, "said", "the mayor said on March 20", a.time("on March 20", date(2025, 3, 20)))
    a.event("The council will vote soon", "vote", modality="planned", chain=(link,))
    [(_code, _ids, message)] = _run(a.claim_set(), "FC201")
    assert message.startswith("provenance.chain[0].date 'on March 20'")


def test_fc202_compares_chain_links_with_each_other_and_spares_plans() -> None:
    a = Article("t3", "Berg said on March 2 that the union said on March 5 the strike will end on March 30.")
    berg = ref("Berg", "person:tomas-berg")
    union = ref("the union", "org:ferry-union")
    outer = a.link(berg, "said", "Berg said on March 2", a.time("on March 2", date(2025, 3, 2)))
    inner = a.link(union, "said", "the union said on March 5", a.time("on March 5", date(2025, 3, 5)))
    a.event(
        "the strike will end on March 30",
        "end strike",
        time=a.time("on March 30", date(2025, 3, 30)),
        modality="planned",
        chain=(outer, inner),
    )
    [(_code, _ids, message)] = _run(a.claim_set(), "FC202")
    assert "Berg said 'on March 2'" in message and "the union said 'on March 5'" in message


def test_fc203_explains_a_repeats_link_to_another_speaker_and_accepts_undated_history() -> None:
    a = Article("t4", "Berg said fares stay. Vidal reiterated that fares stay. Vidal said before that buses run.")
    berg = a.statement("Berg said fares stay.", "fares stay", ref("Berg", "person:tomas-berg"), "said")
    a.statement(
        "Vidal reiterated that fares stay.",
        "fares stay",
        ref("Vidal", "person:ana-vidal"),
        "reiterated",
        repeats=berg.id,
    )
    [(_code, ids, message)] = _run(a.claim_set(), "FC203")
    assert ids[1] == berg.id and "is a statement by 'Berg', not by 'Vidal'" in message
    b = Article("t5", "Vidal said buses run. Vidal repeated that buses run.")
    b.statement("Vidal said buses run.", "buses run", ref("Vidal", "person:ana-vidal"), "said")
    b.statement("Vidal repeated that buses run.", "buses run", ref("Vidal", "person:ana-vidal"), "repeated")
    assert _run(b.claim_set(), "FC203") == []


def test_fc203_does_not_count_a_later_statement_and_leaves_dangling_links_to_fc108() -> None:
    a = Article("t6", "On March 3, Vidal reiterated that buses run. On March 9, Vidal said buses run.")
    a.statement(
        "On March 3, Vidal reiterated that buses run.",
        "buses run",
        ref("Vidal", "person:ana-vidal"),
        "reiterated",
        time=a.time("On March 3", date(2025, 3, 3)),
    )
    a.statement(
        "On March 9, Vidal said buses run.",
        "buses run",
        ref("Vidal", "person:ana-vidal"),
        "said",
        time=a.time("On March 9", date(2025, 3, 9)),
    )
    assert [r[0] for r in _run(a.claim_set(), "FC203")] == ["FC203"]
    b = Article("t7", "Vidal reiterated that buses run.")
    b.statement(
        "Vidal reiterated that buses run.",
        "buses run",
        ref("Vidal", "person:ana-vidal"),
        "reiterated",
        repeats="s-000000000000",
    )
    assert [r[0] for r in _run(b.claim_set(), "FC203", "FC108")] == ["FC108"]


def test_fc204_needs_both_dates_and_a_clear_order() -> None:
    a = Article("t8", "Talks resumed in March. Following the talks, the strike ended on March 3.")
    talks = a.event(
        "Talks resumed in March",
        "resume talks",
        time=a.time("in March", date(2025, 3, 1), date(2025, 3, 31), granularity="month"),
    )
    a.event("the strike ended on March 3", "end strike", time=a.time("on March 3", date(2025, 3, 3)), follows=talks.id)
    assert _run(a.claim_set(), "FC204") == []


def test_fc205_notes_an_attribution_date_too_and_respects_the_window_option() -> None:
    a = Article("t9", "Fares stay, the mayor said on June 2.", published=date(2025, 5, 20))
    link = a.link(
        ref("the mayor", "person:ana-vidal"), "said", "the mayor said on June 2", a.time("on June 2", date(2024, 6, 2))
    )
    a.event("Fares stay", "keep fares", chain=(link,))
    [(_code, _ids, message)] = _run(a.claim_set(), "FC205")
    assert "2024-06-02, 352 day(s) before" in message and "2025-06-02 is 13 day(s) after" in message
    assert _run(a.claim_set(), "FC205", options={"inferred_year_window_days": 12}) == []


def test_fc205_looks_back_a_year_for_a_date_resolved_forwards() -> None:
    a = Article("t10", "The ferries will stop on May 30.", published=date(2025, 6, 3))
    when = a.time("on May 30", date(2026, 5, 30))
    a.event("The ferries will stop on May 30", "stop", time=when, modality="planned")
    [(_code, _ids, message)] = _run(a.claim_set(), "FC205")
    assert "2026-05-30, 361 day(s) after" in message and "2025-05-30 is 4 day(s) before" in message
    far = Article("t11", "The timetable changed on December 3.", published=date(2025, 5, 20))
    far.event("The timetable changed on December 3", "change", time=far.time("on December 3", date(2024, 12, 3)))
    assert _run(far.claim_set(), "FC205") == []


# -- provenance ---------------------------------------------------------------------------


def test_fc107_catches_a_span_that_straddles_a_read_also_line() -> None:
    text = "Buses run late.\nRead also: Ferries stop"
    a = Article("p1", text)
    a.segments = (Segment(label="paragraph", start=0, end=15), Segment(label="read_also", start=16, end=len(text)))
    a.event("late.\nRead also", "run late")
    [(_code, _ids, message)] = _run(a.claim_set(), "FC107")
    assert "read also segment 16..39" in message
    a.segments = ()
    assert _run(a.claim_set(), "FC107") == []


def test_fc108_follows_a_date_anchored_on_a_missing_claim() -> None:
    a = Article("p2", "Two days later the ferries stopped.")
    when = a.time("Two days later", date(2025, 3, 5), resolution="relative", year_inferred=False)
    a.event("Two days later the ferries stopped", "stop", time=when.model_copy(update={"anchor": "e-0123456789ab"}))
    [(_code, _ids, message)] = _run(a.claim_set(), "FC108")
    assert message == "time.anchor refers to claim 'e-0123456789ab', which is not in the checked set"


def test_fc106_names_the_fields_in_which_copies_differ() -> None:
    a = Article("p3", "The council approved 40 new buses.")
    buses = a.quantity("40 new buses", "[40, 40]", "40", "exact", BUS, actor=COUNCIL)
    hedged = buses.model_copy(update={"modality": Modality.HEDGED})
    [(_code, _ids, message)] = _run(a.claim_set(extra_claims=(hedged,)), "FC106")
    assert "they differ in modality" in message


def test_fc106_reports_a_document_id_used_twice() -> None:
    a = Article("p6", "The council approved 40 new buses.")
    a.quantity("40 new buses", "[40, 40]", "40", "exact", BUS, actor=COUNCIL)
    once = a.claim_set()
    twice = once.model_copy(update={"documents": (*once.documents, *once.documents)})
    assert _run(once, "FC106") == []
    [(_code, _ids, message)] = _run(twice, "FC106")
    assert message.startswith("document id 'p6' is used by 2 documents")


def test_fc109_is_silent_without_reference_data_and_checks_publishers() -> None:
    a = Article("p4", "The council approved 40 new buses.", publisher="outlet:harbour-herald")
    a.quantity("40 new buses", "[40, 40]", "40", "exact", BUS, actor=COUNCIL)
    with_entities = a.claim_set()
    [(_code, _ids, message)] = _run(with_entities, "FC109")
    assert "publisher 'outlet:harbour-herald'" in message
    named = with_entities.model_copy(
        update={
            "documents": tuple(
                d.model_copy(update={"publisher": "Herald: Harbour edition"}) for d in with_entities.documents
            )
        }
    )
    assert _run(named, "FC109") == []  # a publisher written as a name is not an id
    bare = with_entities.model_copy(update={"entities": ()})
    assert _run(bare, "FC109") == []


def test_fc404_covers_attribution_agents_and_fc105_leaves_them_alone() -> None:
    a = Article("p5", "Fares stay, they said.")
    link = a.link(ref("they", resolution="unresolved"), "said", "they said")
    a.event("Fares stay", "keep fares", chain=(link,))
    found = _run(a.claim_set(), "FC404", "FC105")
    assert [(r[0], r[2]) for r in found] == [
        ("FC404", "provenance.chain[0].agent is the pronoun 'they', not resolved to anyone")
    ]


# -- quantities ---------------------------------------------------------------------------


def test_fc302_widens_estimates_by_the_tolerance() -> None:
    a = Article("q1", "The council ordered about 100 buses. It ordered at most 88 buses.")
    a.quantity(
        "about 100 buses", "[90, 110]", "100", "about", BUS, qualifier="about", actor=COUNCIL, predicate="ordered"
    )
    a.quantity(
        "at most 88 buses", "[0, 88]", "88", "at_most", BUS, qualifier="at most", actor=COUNCIL, predicate="ordered"
    )
    assert _run(a.claim_set(), "FC302") == []  # [81, 121] meets [0, 88]
    assert [r[0] for r in _run(a.claim_set(), "FC302", tolerance=0.0)] == ["FC302"]


def test_fc302_compares_figures_within_one_document_only() -> None:
    # Two sources that disagree are the matcher's business (FC501), not an internal
    # inconsistency: the same conflicting pair is flagged only when one article states both.
    sets = []
    for name, figure, interval in (("q2", "40 buses", "[40, 40]"), ("q3", "fewer than 20 buses", "[0, 20)")):
        a = Article(name, f"The council ordered {figure} on March 3.")
        a.quantity(
            figure,
            interval,
            "n",
            "exact" if interval.endswith("]") else "less_than",
            BUS,
            actor=COUNCIL,
            predicate="ordered",
            time=a.time("on March 3", date(2025, 3, 3)),
        )
        sets.append(a.claim_set())
    assert _run(ClaimSet.merge(sets), "FC302") == []
    one = Article("q2b", "The council ordered 40 buses on March 3. It ordered fewer than 20 buses on March 3.")
    for figure, interval, qualifier in (
        ("40 buses", "[40, 40]", "exact"),
        ("fewer than 20 buses", "[0, 20)", "less_than"),
    ):
        one.quantity(
            figure,
            interval,
            "n",
            qualifier,
            BUS,
            actor=COUNCIL,
            predicate="ordered",
            time=one.time("on March 3", date(2025, 3, 3)),
        )
    assert [r[0] for r in _run(one.claim_set(), "FC302")] == ["FC302"]


def test_fc301_skips_hedged_wholes_and_fc303_accepts_open_shares() -> None:
    a = Article("q5", "Up to 300 rockets could fly: 250 drones and 80 missiles. More than 50 percent of buses.")
    whole = a.quantity("Up to 300 rockets", "[0, 300]", "300", "at_most", ("rockets", "rocket"), modality="hedged")
    a.quantity("250 drones", "[250, 250]", "250", "exact", ("drones", "drone"), part_of=whole.id)
    a.quantity("80 missiles", "[80, 80]", "80", "exact", ("missiles", "missile"), part_of=whole.id)
    a.quantity("More than 50 percent of buses", "(50, inf)", "50", "more_than", BUS, share=True)
    assert _run(a.claim_set(), "FC301", "FC303") == []


def test_fc303_flags_a_negative_share_and_fc304_spares_measures_with_units() -> None:
    a = Article("q6", "Ridership fell to minus 1 to 5 percent. It was -3 degrees.")
    a.quantity("minus 1 to 5 percent", "[-1, 5]", "1", "range", ("ridership", "ridership"), share=True)
    cold = a.quantity("-3 degrees", "[-3, -3]", "-3", "exact", ("degrees", "degree"))
    cold = cold.model_copy(update={"value": cold.value.model_copy(update={"unit": "degree_celsius"})})
    a.claims[-1] = cold
    assert [r[0] for r in _run(a.claim_set(), "FC303", "FC304")] == ["FC303"]


def test_fc305_is_silent_once_the_bare_figure_carries_its_reading() -> None:
    a = Article("q7", "Three ferries stopped. At least five ferries stopped.")
    a.quantity("Three ferries", "[3, 3]", "three", "exact", ("ferries", "ferry"), reading="exact")
    a.quantity("At least five ferries", "[5, inf)", "five", "at_least", ("ferries", "ferry"))
    # Read exactly by the annotator's choice, the conflict no longer depends on a setting: FC302.
    assert [r[0] for r in _run(a.claim_set(), "FC302", "FC305", bare_reading=BareReading.AT_LEAST)] == ["FC302"]


# -- entities -----------------------------------------------------------------------------


def test_fc401_catches_a_negated_stance_and_spares_other_dates_and_hedges() -> None:
    a = Article("e1", "The plan has support from Norway. Norway does not support the plan.")
    plan = a.event("The plan", "plan", modality="planned")
    a.stance("The plan has support from Norway", ref("Norway", "country:NO"), "support", plan, "The plan")
    a.stance(
        "Norway does not support the plan",
        ref("Norway", "country:NO"),
        "support",
        plan,
        "the plan",
        polarity="negative",
    )
    [(_code, _ids, message)] = _run(a.claim_set(), "FC401")
    assert "to support and to not support" in message
    b = Article("e2", "The plan may get support from Norway. Norway opposes the plan.")
    plan = b.event("The plan", "plan", modality="planned")
    b.stance(
        "The plan may get support from Norway",
        ref("Norway", "country:NO"),
        "support",
        plan,
        "The plan",
        modality="hedged",
    )
    b.stance("Norway opposes the plan", ref("Norway", "country:NO"), "oppose", plan, "the plan")
    assert _run(b.claim_set(), "FC401") == []


def _nato(name: str, entity: str, published: date, **fields: object) -> ClaimSet:
    a = Article(
        "e3",
        f"{name} is not a NATO member." if fields.get("polarity") == "negative" else f"NATO countries like {name}.",
        published=published,
        relations=(
            ReferenceRelation(
                subject="country:SE", relation="member_of", object="org:nato", start=date(2024, 3, 7), source="test"
            ),
        ),
    )
    phrase = a.text.rstrip(".")
    a.relation(phrase, ref(name, entity), "member_of", ref("NATO", "org:nato"), **fields)
    return a.claim_set()


def test_fc403_follows_dates_polarity_and_coverage() -> None:
    assert [r[0] for r in _run(_nato("Sweden", "country:SE", date(2023, 6, 2)), "FC403")] == ["FC403"]
    assert _run(_nato("Sweden", "country:SE", date(2024, 6, 2)), "FC403") == []
    denied = _nato("Sweden", "country:SE", date(2025, 1, 1), polarity="negative")
    [(_code, _ids, message)] = _run(denied, "FC403")
    assert "holds, though the claim denies it" in message
    assert _run(_nato("Sweden", "country:SE", date(2023, 6, 2), polarity="negative"), "FC403") == []
    # Norway has no row, but NATO membership is covered: not a member on record.
    assert [r[0] for r in _run(_nato("Norway", "country:NO", date(2023, 6, 2)), "FC403")] == ["FC403"]
    uncovered = _nato("Sweden", "country:SE", date(2023, 6, 2))
    uncovered = uncovered.model_copy(update={"relations": ()})
    assert _run(uncovered, "FC403") == []


def test_fc402_treats_a_short_form_inside_a_long_one_as_the_same_writing() -> None:
    a = Article("e4", "Mayor Ana Vidal opened the pier. Vidal's plan has support from Vidal.")
    plan = a.event("Vidal's plan", "plan", modality="planned")
    a.event("Mayor Ana Vidal opened the pier", "open pier", actors=(ref("Mayor Ana Vidal", "person:ana-vidal"),))
    a.stance("Vidal's plan has support from Vidal", ref("Vidal", "person:ana-vidal"), "support", plan, "plan")
    assert _run(a.claim_set(), "FC402") == []
