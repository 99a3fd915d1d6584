"""``trusted()``: the extractor's unvalidated construction stays equal and safe."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import Field

from factcheck._model import FrozenModel, trusted
from factcheck.document import Span


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
