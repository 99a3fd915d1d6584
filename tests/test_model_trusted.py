"""``trusted()``: the extractor's unvalidated construction stays equal and safe."""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime
from typing import Any

import pytest
from pydantic import Field, ValidationError

from factcheck._model import FrozenModel, trusted, trusted_whole
from factcheck.document import Document, Segment, Span


class _WithFactory(FrozenModel):
    name: str
    tags: list[str] = Field(default_factory=list)


def test_a_model_with_a_default_factory_is_refused() -> None:
    # A cached factory default would be one list shared by every trusted instance.
    with pytest.raises(TypeError, match="default factories on tags"):
        trusted(_WithFactory, {"name": "x"})


def test_trusted_span_equals_the_validated_one() -> None:
    validated = Span(document="doc-1", start=3, end=8, text="drone")
    built = trusted(Span, {"document": "doc-1", "start": 3, "end": 8, "text": "drone"})
    assert built == validated
    assert hash(built) == hash(validated)
    assert built.model_fields_set == validated.model_fields_set


def test_trusted_span_behaves_as_the_validated_one() -> None:
    # The slots are set through their descriptors: copying, pickling, dumping and repr
    # must see the same instance state as for a validated model.
    validated = Span(document="doc-1", start=3, end=8, text="drone")
    built = trusted(Span, {"document": "doc-1", "start": 3, "end": 8, "text": "drone"})
    assert built.__pydantic_extra__ is None and built.__pydantic_private__ is None
    assert repr(built) == repr(validated)
    assert built.model_dump_json() == validated.model_dump_json()
    assert copy.deepcopy(built) == validated
    assert pickle.loads(pickle.dumps(built)) == validated
    assert built.model_copy(update={"end": 9, "text": "drones"}) == validated.model_copy(
        update={"end": 9, "text": "drones"}
    )


def _validated_document(document: Document) -> Document:
    return Document(**{name: getattr(document, name) for name in document.model_fields_set})


@pytest.mark.parametrize(
    ("text", "arguments"),
    [
        ("Germany sent 14 tanks.", {"id": "d", "published": date(2024, 5, 27)}),
        ("Title\n\nGermany sent 14 tanks.\n\nRead the original article on NV", {}),
        ("Title\n\nGermany sent 14 tanks.", {"title": "Given", "publisher": "org:nv", "url": "https://x.org/a"}),
        ("Germany sent 14 tanks.", {"published": datetime(2024, 5, 27, 12, 0), "language": "de"}),
        ("Germany sent 14 tanks.", {"published": "2024-05-27"}),  # parsed by validation
        ("Germany sent 14 tanks.", {"segment": False}),
    ],
)
def test_from_text_equals_the_validated_document(text: str, arguments: dict[str, Any]) -> None:
    built = Document.from_text(text, **arguments)
    validated = _validated_document(built)
    assert built == validated and hash(built) == hash(validated)
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json() and repr(built) == repr(validated)
    assert built.model_fields_set >= {"id", "text", "sha256", "segments"}


@pytest.mark.parametrize(
    "arguments",
    [{"id": "Not An Id"}, {"language": "english!"}, {"published": "yesterday"}, {"title": 3}, {"id": "d", "url": 1}],
)
def test_from_text_rejects_what_validation_rejects(arguments: dict[str, Any]) -> None:
    # Twice: the arguments are checked once and cached, a failure never is.
    for _ in range(2):
        with pytest.raises(ValidationError):
            Document.from_text("Germany sent 14 tanks.", **arguments)


def test_trusted_whole_span_equals_the_validated_one() -> None:
    validated = Span(document="doc-1", start=3, end=8, text="drone")
    built = trusted_whole(
        Span, {"document": "doc-1", "start": 3, "end": 8, "text": "drone"}, {"document", "start", "end", "text"}
    )
    assert built == validated and hash(built) == hash(validated) and repr(built) == repr(validated)
    assert list(built.__dict__) == list(Span.model_fields) == list(validated.__dict__)
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_copy(update={"end": 9, "text": "drones"}) == validated.model_copy(
        update={"end": 9, "text": "drones"}
    )


def test_segments_equal_the_validated_ones() -> None:
    document = Document.from_text("Title\n\nGermany sent 14 tanks.\n\nRead the original article on NV")
    assert len(document.segments) == 3
    for segment in document.segments:
        validated = Segment(label=segment.label, start=segment.start, end=segment.end)
        assert segment == validated and hash(segment) == hash(validated) and repr(segment) == repr(validated)
        assert segment.model_fields_set == validated.model_fields_set
