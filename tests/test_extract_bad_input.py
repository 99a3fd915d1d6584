"""Bad input for the whole extractor: no crash, no invented claims, time linear in the input."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimset import ClaimSet
from factcheck.document import Document
from factcheck.errors import ExtractionError
from factcheck.extraction import ExtractConfig, extract, extract_document
from factcheck.files.dump import dumps

PUBLISHED = date(2024, 5, 27)


def _extract(text: str) -> ClaimSet:
    return extract(Document.from_text(text, id="doc", published=PUBLISHED))


def _seconds(text: str) -> float:
    runs = []
    for _ in range(2):  # the better of two: the machine is shared
        began = time.process_time()
        _extract(text)
        runs.append(time.process_time() - began)
    return min(runs)


def test_empty_and_blank_texts_give_a_document_without_claims() -> None:
    for text in ("", "   ", "\n\n\n", ".,;:!?", "\u2028\u2029\x0c"):
        claims = _extract(text)
        assert claims.claims == ()
        assert [d.text for d in claims.documents] == [text]


def test_a_document_without_a_publication_date_is_refused() -> None:
    document = Document.from_text("Title\n\nGermany sent 14 tanks on Monday.", id="doc")
    with pytest.raises(ExtractionError, match="no publication date"):
        extract(document)


def test_a_long_digit_run_does_not_stop_the_sentence() -> None:
    text = "Title\n\nIt was " + "9" * 5_000 + " tanks. Germany sent 14 tanks."
    claims = extract(Document.from_text(text, id="d", published=PUBLISHED))
    assert "14 tanks" in {claim.text for claim in claims.by_kind("quantity")}


def test_a_figure_that_cannot_be_read_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.extraction import pipeline

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise ValueError("the low end of an interval cannot be +inf")

    monkeypatch.setattr(pipeline, "find_quantities", broken)
    document = Document.from_text("Title\n\nThe ministry said 12 ships docked.", id="d", published=PUBLISHED)
    result = extract_document(document)
    assert any("could not be read" in warning for warning in result.warnings)
    assert result.claims.by_kind("statement")  # the rest of the sentence is still read


def test_ambiguous_names_are_warnings() -> None:
    from factcheck.entities import Entity, EntityKind

    reference = ClaimSet(
        entities=(
            Entity(id="person:a-smith", kind=EntityKind.PERSON, name="Ann Smith", aliases=("Smith",)),
            Entity(id="person:b-smith", kind=EntityKind.PERSON, name="Bob Smith", aliases=("Smith",)),
        )
    )
    document = Document.from_text("Title\n\nSmith said 40 people left.", id="d", published=PUBLISHED)
    result = extract_document(document, config=ExtractConfig(reference=reference))
    assert any("ambiguous name 'Smith'" in warning for warning in result.warnings)
    [statement] = result.claims.by_kind("statement")
    assert statement.speaker.entity is None


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_valid_spans_and_the_same_output_twice(text: str) -> None:
    first = _extract(text)
    [document] = first.documents
    for claim in first.claims:
        for span in claim.provenance.spans:
            assert document.text[span.start : span.end] == span.text
    assert len({claim.id for claim in first.claims}) == len(first.claims)
    assert dumps(_extract(text)) == dumps(first)


NEWSY = st.lists(
    st.sampled_from(
        [
            "The US ", "said ", "more than ", "70 ", "UAVs", ", ", ". ", "\u201c", "\u201d", '"', "'",
            "on April 13 ", "Germany ", "is considering ", "support from ", "Estonia", " and ", "NATO ",
            "countries, including ", "no decision has been made", "\n\n", "He emphasized that ",
            "according to ", "Bild ", "reported ", "Iran\u2019s attack on Israel ", "three ", "missiles",
        ]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_newsy_fragments_never_crash(text: str) -> None:
    claims = _extract(text)
    for claim in claims.claims:
        assert claim.provenance.method.extractor == "factcheck.extract"


CRAFTED = {
    "digits": "7",
    "digit groups": "1,",
    "commas": ",",
    "quotes": '"',
    "curly quotes": "\u201c\u201d",
    "nested quotes": "\"He said '",
    "capitals": "Aa ",
    "periods": ". ",
    "claims": "The US said 5 drones. ",
}


@pytest.mark.parametrize("unit", list(CRAFTED.values()), ids=list(CRAFTED))
def test_crafted_long_strings_take_linear_time(unit: str) -> None:
    small = _seconds(unit * (1_000 // len(unit) + 1))
    large = _seconds(unit * (20_000 // len(unit) + 1))
    # Twenty times the input: linear is ~20x, quadratic ~400x; 100x leaves room for a busy machine.
    assert large < max(small, 5e-3) * 100, (small, large)


@pytest.mark.slow
def test_ten_megabytes_of_text_finish() -> None:
    text = ("plain words without names or figures " * 300_000)[:10_000_000]
    began = time.process_time()
    claims = _extract(text)
    assert claims.claims == ()
    assert time.process_time() - began < 300
