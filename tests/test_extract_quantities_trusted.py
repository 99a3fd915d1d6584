"""Quantities built without re-validation equal the validated models, and bad options still fail.

``find_quantities`` builds most :class:`Quantity` values with ``trusted`` and skips regexes
behind one-character tests; these check that neither changes what comes out.
"""

from __future__ import annotations

import math

import pytest

from factcheck.extraction.quantities import find_quantities
from factcheck.quantity import BareReading, Quantity

SENTENCES = [
    "Exports rose about 4.5% to $3.2bn, or roughly 2.9 billion euros.",
    "Between 40 and 50 people, nearly half of the village, left before 7 p.m. on the 14th.",
    "The tank holds 2.5 x 10^6 litres, plus or minus 5 per cent, at 20C.",
    "The rod measured 12.0 ± 0.3 cm; up to 30 rods a day, or 900 or more a month.",
    "Shares in the miner fell 18p to 164p, while RM79 bought 3 tn of scrap at 5:30.",
    "Fewer than a dozen of the 300 workers earn Rs 2.5 lakh a year.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("reading", list(BareReading))
def test_quantities_equal_their_validated_copies(text: str, reading: BareReading) -> None:
    mentions = find_quantities(text, reading=reading, tolerance=0.2)
    assert mentions
    for mention in mentions:
        quantity = mention.quantity
        validated = Quantity(**{name: getattr(quantity, name) for name in quantity.model_fields_set})
        assert quantity == validated
        assert quantity.model_fields_set == validated.model_fields_set
        assert quantity.model_dump() == validated.model_dump()


@pytest.mark.parametrize("tolerance", [1.5, -0.1, math.nan])
def test_an_invalid_tolerance_is_still_refused(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance"):
        find_quantities("It weighs about 5 kg.", tolerance=tolerance)


def test_an_integer_tolerance_is_stored_as_a_float() -> None:
    (mention,) = find_quantities("It weighs about 5 kg.", tolerance=0)
    assert mention.quantity.tolerance == 0.0
    assert isinstance(mention.quantity.tolerance, float)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Doors open at 7 pm and 8:30 for 40 guests.", [40.0]),  # times after a blank or glued
        ("On the 3rd, 25 boats and 2 ships sailed.", [25.0, 2.0]),  # an ordinal is no figure
        ("A 2.5e3 km trip and a 4 \u00d7 10^2 m climb.", [2500.0, 400.0]),  # exponents, blank or not
        ("Budgets of US$ 12 and AU $ 7 were set.", [12.0, 7.0]),  # a currency then a blank
        ("Sales hit 4 tn yen, then 3bn, then 2 mn.", [4e12, 3e9, 2e6]),  # scale letters after a blank
    ],
)
def test_figures_behind_the_one_character_tests(text: str, values: list[float]) -> None:
    assert [m.quantity.interval.low for m in find_quantities(text)] == values
