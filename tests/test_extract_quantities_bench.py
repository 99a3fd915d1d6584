"""The NewsQuant evaluation adapter: our mentions under CQE's ``change`` convention.

The adapter maps names and conventions, never per-sentence answers; these are our own
sentences, one convention each.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.extraction.quantities import find_quantities


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_quantities.py"
    spec = importlib.util.spec_from_file_location("bench_quantities", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_quantities", module)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def _changes(text: str) -> list[str]:
    return [p.change for p in BENCH.ours(text)]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Oil rose 4% on Monday.", ["up"]),  # a verb says it moved by that amount
        ("Analysts expect a 4% drop in sales.", ["="]),  # a noun names the change: a plain value
        ("Rates climbed to 6.1% this week.", ["up"]),  # the level a movement reached
        ("Shares fell 2% to 310p.", ["down", "="]),  # after the amount, the level is plain
        ("The index lost 40 points, or 1.2%, to fall to 3,300.", ["down", "down", "="]),
        ("Copper advanced about 2% on the day.", ["up"]),  # a trend verb beats "about"
        ("The index was up about 9% for the year.", ["~"]),  # the copula keeps the approximation
        ("Gold climbed more than 3% this year.", [">"]),  # a bound beats the trend
        ("Ice shrank by 2 metres (6.6 feet).", ["down", "down"]),  # a conversion keeps the change
    ],
)
def test_change_convention(text: str, changes: list[str]) -> None:
    assert _changes(text) == changes


@pytest.mark.parametrize(
    ("written", "proper"),
    [("Americans", True), ("Canadians", True), ("UAVs", False), ("Johnson's", False), ("drones", False)],
)
def test_proper_plurals_are_not_lemmatised(written: str, proper: bool) -> None:
    assert BENCH._is_proper_plural(written) is proper


def test_counted_name_drops_function_words_and_lemmatises() -> None:
    (prediction,) = BENCH.ours("It is one of the oldest bridges in the region.")
    assert prediction.unit == "old bridge region"
    assert find_quantities("It is one of the oldest bridges in the region.")[0].counted is not None


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("She averaged 21.5 points a game.", ["~"]),  # the verb "average": approximate
        ("Homes sold after an average of 40 days.", ["="]),  # the noun: a plain value
    ],
)
def test_average_convention(text: str, changes: list[str]) -> None:
    assert _changes(text) == changes


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The band released 120 recorded tracks.", "track"),  # a past participle modifier is left out
        ("The port moved 40 shipping containers.", "shipping container"),  # an "-ing" noun stays
        ("He is one of the most talented players in the league.", "talented player league"),
    ],
)
def test_participle_modifiers_in_unit_names(text: str, unit: str) -> None:
    (prediction,) = BENCH.ours(text)
    assert prediction.unit == unit


@pytest.mark.parametrize(
    ("text", "plain", "conventional"),
    [
        # A noun names the change: plain keeps the library's trend, CQE's convention says '='.
        ("Retailers reported a 6% fall in footfall.", ("down", "percentage"), ("=", "percentage")),
        # A trend verb with "about": plain keeps the qualifier, the convention the verb.
        ("The index climbed about 2% on Friday.", ("~", "percentage"), ("up", "percentage")),
        # A level reached by a movement: plain '=', the convention the movement's direction.
        ("Unemployment dropped to 4.1% in May.", ("=", "percentage"), ("down", "percentage")),
        # A leading participle stays in the plain name; the convention leaves it out.
        ("She released 40 recorded songs.", ("=", "recorded song"), ("=", "song")),
    ],
)
def test_plain_mapping_leaves_out_the_conventions(
    text: str, plain: tuple[str, str], conventional: tuple[str, str]
) -> None:
    (plain_prediction,) = BENCH.ours_plain(text)
    (prediction,) = BENCH.ours(text)
    assert (plain_prediction.change, plain_prediction.unit) == plain
    assert (prediction.change, prediction.unit) == conventional
