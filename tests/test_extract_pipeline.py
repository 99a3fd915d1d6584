"""The pipeline's own rules, each on sentences written for the test."""

from __future__ import annotations

from datetime import date
from typing import Any

from factcheck._model import replaced
from factcheck.claims import Modality, Polarity, QuantityClaim, StanceClaim, StatementClaim
from factcheck.claimset import ClaimSet
from factcheck.document import Document
from factcheck.entities import RefResolution
from factcheck.extraction import ExtractConfig, extract
from factcheck.timeref import TimeResolution

PUBLISHED = date(2024, 6, 14)  # a Friday


def _claims(text: str, **config: Any) -> ClaimSet:
    document = Document.from_text(text, id="doc", published=PUBLISHED, publisher="outlet:reuters")
    return extract(document, config=ExtractConfig(**config))


def _statements(claims: ClaimSet) -> list[StatementClaim]:
    return [c for c in claims.claims if isinstance(c, StatementClaim)]


def test_publisher_opens_every_chain() -> None:
    claims = _claims("Title\n\nSpain sent 40 trucks.")
    [figure] = claims.claims
    [link] = figure.provenance.chain
    assert (link.agent.entity, link.cue, link.date and link.date.start) == ("outlet:reuters", "published", PUBLISHED)


def test_syndicated_original_names_the_publisher_when_none_is_given() -> None:
    text = "Title\n\nSpain sent 40 trucks.\n\nRead the original article on Reuters"
    document = Document.from_text(text, id="doc", published=PUBLISHED)
    [figure] = extract(document).claims
    assert figure.provenance.chain[0].agent.entity == "outlet:reuters"


def test_only_body_text_yields_claims() -> None:
    text = "Title\n\nSpain sent 40 trucks.\n\nRead also: Italy sends 90 trucks\n\nSupport us with a one-time donation!"
    assert [c.text for c in _claims(text).claims] == ["40 trucks"]


def test_reported_content_is_reported_and_chained() -> None:
    text = "Title\n\nSpain is considering sending 40 trucks over Moroccan territory, El Pais reported on Tuesday."
    claims = _claims(text)
    [statement] = _statements(claims)
    assert statement.speaker.text == "El Pais" and statement.cue == "reported"
    assert statement.time is not None and statement.time.start == date(2024, 6, 11)
    inner = [c for c in claims.claims if c.id in statement.content_claims]
    assert inner, "the figure and the event are the content of the report"
    for claim in inner:
        assert [link.cue for link in claim.provenance.chain] == ["published", "reported"]
    figure = next(c for c in inner if isinstance(c, QuantityClaim))
    assert figure.modality is Modality.HEDGED  # "is considering"


def test_pronoun_statement_takes_the_date_and_venue_of_the_one_before() -> None:
    text = (
        "Title\n\nOlaf Scholz said at a Tuesday Bundestag session that the plan works. "
        "He added that nothing would change."
    )
    first, second = _statements(_claims(text))
    assert second.speaker.text == "He" and second.speaker.entity == first.speaker.entity
    assert second.speaker.antecedent is not None
    assert second.time is not None and second.time.resolution is TimeResolution.RELATIVE
    assert second.time.anchor == first.id and second.time.start == date(2024, 6, 11)
    assert second.venue == first.venue == "Bundestag session"


def test_reiteration_links_the_earlier_statement() -> None:
    text = "Title\n\nOlaf Scholz said the plan works.\n\nOn Thursday, Scholz reiterated that the plan works."
    first, second = _statements(_claims(text))
    assert second.repeats == first.id


def test_not_x_but_y_stays_one_content() -> None:
    text = "Title\n\nOlaf Scholz stressed that the tanks would not be sent now, but only later."
    [statement] = _statements(_claims(text))
    assert statement.content.text == "the tanks would not be sent now, but only later"


def test_attribution_carries_to_the_next_paragraph_until_a_topic_shift() -> None:
    text = (
        "Title\n\nSpain is considering sending trucks, El Pais reported.\n\n"
        "The plan has garnered support from Portugal and France.\n\n"
        "Separately, the plan has garnered support from Italy."
    )
    stances = [c for c in _claims(text).claims if isinstance(c, StanceClaim)]
    chains = {c.holder.text: [link.cue for link in c.provenance.chain] for c in stances}
    assert chains == {
        "Portugal": ["published", "reported"],
        "France": ["published", "reported"],
        "Italy": ["published"],
    }
    assert all(c.provenance.chain[-1].span is None for c in stances if c.holder.text != "Italy")
    off = [c for c in _claims(text, carry_attribution=False).claims if isinstance(c, StanceClaim)]
    assert all(len(c.provenance.chain) == 1 for c in off)


def test_stance_targets_the_last_proposal() -> None:
    text = "Title\n\nGreece is considering closing the port. The idea has garnered support from Cyprus."
    claims = _claims(text)
    [stance] = [c for c in claims.claims if isinstance(c, StanceClaim)]
    [proposal] = claims.by_kind("event")
    assert stance.target == proposal.id and stance.target_text == "The idea"


def test_no_decision_is_negative_and_inherits_the_actors() -> None:
    text = "Title\n\nGreece is considering closing the port, though no decision has been made."
    events = _claims(text).by_kind("event")
    decision = next(e for e in events if e.predicate == "decide")
    assert decision.polarity is Polarity.NEGATIVE
    assert [a.entity for a in decision.actors] == ["country:GR"]


def test_parts_of_a_whole_and_a_shared_verb() -> None:
    text = (
        "Title\n\nRussia's missile attack on Ukraine on June 12 involved over 100 projectiles. "
        "Poland intercepted 12 drones and two cruise missiles."
    )
    figures = [c for c in _claims(text).claims if isinstance(c, QuantityClaim)]
    whole, drones, missiles = figures
    assert whole.counted.normalised == "projectile"
    # The attack is the subject of "involved": its attacker launched what it involved.
    assert (whole.actor and whole.actor.entity, whole.predicate) == ("country:RU", "launched")
    assert drones.part_of == whole.id and missiles.part_of == whole.id
    assert missiles.actor is not None and missiles.actor.entity == "country:PL"
    assert missiles.predicate == "intercepted"
    assert drones.event == whole.event and whole.event is not None
    assert drones.time is not None and drones.time.start == date(2024, 6, 12)


def test_the_same_document_gives_the_same_claims() -> None:
    text = "Title\n\nGreece is considering closing the port, Kathimerini reported on Monday."
    assert _claims(text) == _claims(text)


def test_what_an_attack_involved_its_attacker_launched() -> None:
    text = (
        "Title\n\nRussia's missile attack on Ukraine on June 12, which Kyiv confirmed involved over 100 drones, failed."
    )
    [figure] = [c for c in _claims(text).claims if isinstance(c, QuantityClaim)]
    assert figure.actor is not None and figure.actor.entity == "country:RU"
    assert figure.predicate == "launched"


def test_claims_inside_a_denial_are_negative() -> None:
    text = "Title\n\nThe Belarusian defence ministry denied that Minsk had sent 40 drones."
    claims = _claims(text)
    [figure] = [c for c in claims.claims if isinstance(c, QuantityClaim)]
    assert figure.polarity is Polarity.NEGATIVE
    assert [link.cue for link in figure.provenance.chain] == ["published", "denied"]


def _validated(model: Any) -> Any:
    """``model`` built again through validation from the fields it was given."""
    return type(model)(**{name: getattr(model, name) for name in model.model_fields_set})


def test_models_built_without_validation_equal_the_validated_ones() -> None:
    # The pipeline builds spans, provenance, quantity claims and the claim set from parts it
    # has validated, without validating again; each must be what validation would build.
    text = (
        "Title\n\nThe US intercepted more than 70 UAVs and three ballistic missiles on Saturday, "
        "the Pentagon said. Jordan shot down 12 drones last week, according to its army.\n\n"
        "About 40 trucks and 2 million euros were sent to Poland on April 3. Prices rose 5% in May.\n\n"
        "Olaf Scholz said on Monday that 30 tanks would follow. He said that 12 more were ready."
    )
    claims = _claims(text)
    figures = [c for c in claims.claims if isinstance(c, QuantityClaim)]
    assert len(figures) >= 4
    rebuilt = _validated(claims)
    assert rebuilt == claims and rebuilt.model_fields_set == claims.model_fields_set
    for claim in claims.claims:
        again = _validated(claim)
        assert again == claim and hash(again) == hash(claim), claim.text
        assert again.model_fields_set == claim.model_fields_set and "id" not in claim.model_fields_set
        assert again.model_dump() == claim.model_dump()
        provenance = claim.provenance
        assert _validated(provenance) == provenance and hash(_validated(provenance)) == hash(provenance)
        assert repr(_validated(provenance)) == repr(provenance)
        assert _validated(provenance).model_fields_set == provenance.model_fields_set
        for span in provenance.spans:
            assert _validated(span) == span and hash(_validated(span)) == hash(span)
            assert span.text == text[span.start : span.end]
        for link in provenance.chain:
            for part in (link, link.agent):
                assert _validated(part) == part and hash(_validated(part)) == hash(part)
                assert _validated(part).model_fields_set == part.model_fields_set
        if isinstance(claim, StatementClaim):
            assert _validated(claim.content) == claim.content
        if isinstance(claim, QuantityClaim | StatementClaim):
            for part in (claim.counted if isinstance(claim, QuantityClaim) else claim.speaker, claim.time):
                if part is not None:
                    assert _validated(part) == part and hash(_validated(part)) == hash(part)
                    assert _validated(part).model_fields_set == part.model_fields_set
    assert any(c.counted.normalised == "unspecified" for c in figures)
    assert any(c.time is not None and c.time.span is not None for c in figures)
    statements = [c for c in claims.claims if isinstance(c, StatementClaim)]
    assert {c.cue for c in statements} >= {"said", "according to"}
    assert any(c.speaker.resolution is RefResolution.PRONOUN or c.speaker.antecedent for c in statements)
    assert any(c.content_claims for c in statements)


def test_replaced_is_model_copy() -> None:
    claims = _claims("Title\n\nSpain sent 40 trucks to Poland on April 3.")
    [figure] = [c for c in claims.claims if isinstance(c, QuantityClaim)]
    assert figure.time is not None
    for model, changes in ((figure.time, {"span": None}), (figure.provenance.chain[0], {"cue": "said"})):
        copied, fast = model.model_copy(update=changes), replaced(model, changes)
        assert fast == copied and hash(fast) == hash(copied) and fast is not model
        assert fast.model_fields_set == copied.model_fields_set
