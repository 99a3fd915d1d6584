"""``trusted()``: the extractor's unvalidated construction stays equal and safe."""

from __future__ import annotations

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
