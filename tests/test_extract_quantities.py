"""Quantity extraction (factcheck.extraction.quantities): one test per phenomenon.

Sentences are our own; every expected interval, unit and counted noun is written by hand
from the words and the qualifier table of DESIGN.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.quantities import QuantityMention, find_quantities, normalise_counted, singularise
from factcheck.interval import Interval
from factcheck.quantity import BareReading, QualifierClass

ROOT = Path(__file__).resolve().parents[1]


def _one(text: str) -> QuantityMention:
    found = find_quantities(text)
    assert len(found) == 1, [text[m.start : m.end] for m in found]
    return found[0]


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_quantities(text)]


def _interval(text: str) -> str:
    return str(_one(text).quantity.interval)


# -- the founding article --------------------------------------------------------------


def test_founding_article_figures() -> None:
    text = (ROOT / "claims/founding/article.txt").read_text("utf-8")
    found = find_quantities(text)
    assert [text[m.start : m.end] for m in found] == [
        "over 300 projectiles",
        "more than 70 UAVs",
        "three ballistic missiles",
    ]
    over, more, three = (m.quantity for m in found)
    assert (str(over.interval), over.qualifier, over.qualifier_class) == (
        "(300, inf)",
        "over",
        QualifierClass.MORE_THAN,
    )
    assert (str(more.interval), more.qualifier) == ("(70, inf)", "more than")
    assert (str(three.interval), three.number_text, three.reading) == ("[3, 3]", "three", BareReading.EXACT)
    assert [(m.counted.text, m.counted.normalised) for m in found if m.counted] == [
        ("projectiles", "projectile"),
        ("UAVs", "uav"),
        ("ballistic missiles", "ballistic missile"),
    ]


# -- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("They counted 2,400 shells.", "[2400, 2400]"),
        ("A loan of 1.5 million euros.", "[1500000, 1500000]"),
        ("It cost $2.3bn in total.", "[2300000000, 2300000000]"),
        ("Seventy-two sailors were rescued.", "[72, 72]"),
        ("a dozen tanks", "[12, 12]"),
        ("half a million refugees", "[500000, 500000]"),
        ("4.3M downloads", "[4300000, 4300000]"),
        ("a 5k race", "[5000, 5000]"),
        ("The balance fell to -3 degrees.", "[-3, -3]"),
    ],
)
def test_numbers_and_scales(text: str, interval: str) -> None:
    assert _interval(text) == interval


def test_scale_is_kept_apart() -> None:
    quantity = _one("Some 1.5 million people fled.").quantity
    assert quantity.scale == 1e6
    assert quantity.number_text == "1.5 million"


def test_lower_case_m_is_metres_without_money_and_million_with_it() -> None:
    assert _one("She ran the 100m in the rain.").quantity.unit == "metre"
    money = _one("They paid £5m for it.").quantity
    assert (money.currency, money.interval.low) == ("GBP", 5e6)


# -- qualifiers: every row of the DESIGN.md table ---------------------------------------


@pytest.mark.parametrize(
    ("text", "interval", "cls"),
    [
        ("over 300 rockets", "(300, inf)", QualifierClass.MORE_THAN),
        ("more than 70 drones", "(70, inf)", QualifierClass.MORE_THAN),
        ("above 40 ships", "(40, inf)", QualifierClass.MORE_THAN),
        ("in excess of 500 vehicles", "(500, inf)", QualifierClass.MORE_THAN),
        ("at least 3 soldiers", "[3, inf)", QualifierClass.AT_LEAST),
        ("no fewer than 12 launchers", "[12, inf)", QualifierClass.AT_LEAST),
        ("20 or more boats", "[20, inf)", QualifierClass.AT_LEAST),
        ("under 50 planes", "[0, 50)", QualifierClass.LESS_THAN),
        ("less than 10 tanks", "[0, 10)", QualifierClass.LESS_THAN),
        ("fewer than 8 guns", "[0, 8)", QualifierClass.LESS_THAN),
        ("below 30 aircraft", "[0, 30)", QualifierClass.LESS_THAN),
        ("at most 6 crews", "[0, 6]", QualifierClass.AT_MOST),
        ("up to 90 shells", "[0, 90]", QualifierClass.AT_MOST),
        ("no more than 4 trucks", "[0, 4]", QualifierClass.AT_MOST),
        ("nearly 50 missiles", "[45, 50)", QualifierClass.NEARLY),
        ("almost 100 drones", "[90, 100)", QualifierClass.NEARLY),
        ("about 350 drones", "[315, 385]", QualifierClass.ABOUT),
        ("around 200 troops", "[180, 220]", QualifierClass.ABOUT),
        ("some 40 villages", "[36, 44]", QualifierClass.ABOUT),
        ("roughly 10 ships", "[9, 11]", QualifierClass.ABOUT),
        ("approximately 1,000 homes", "[900, 1100]", QualifierClass.ABOUT),
        ("an estimated 600 fighters", "[540, 660]", QualifierClass.ABOUT),
        ("between 40 and 50 people", "[40, 50]", QualifierClass.RANGE),
        ("four to six drones", "[4, 6]", QualifierClass.RANGE),
        ("4-6 weeks", "[4, 6]", QualifierClass.RANGE),
        ("3 rockets", "[3, 3]", QualifierClass.EXACT),
    ],
)
def test_qualifier_table(text: str, interval: str, cls: QualifierClass) -> None:
    quantity = _one(text).quantity
    assert str(quantity.interval) == interval
    assert quantity.qualifier_class is cls


def test_qualifier_is_kept_as_written() -> None:
    assert _one("More than 70 UAVs were downed.").quantity.qualifier == "More than"


def test_between_without_and_is_no_range() -> None:
    quantity = _one("It fell between 40 villages.").quantity
    assert quantity.qualifier_class is QualifierClass.EXACT


def test_plus_after_a_number_is_a_lower_bound() -> None:
    assert _interval("300-plus volunteers") == "[300, inf)"
    assert _interval("a 50+ crowd") == "[50, inf)"


def test_bare_reading_as_lower_bound() -> None:
    (mention,) = find_quantities("three ballistic missiles", reading=BareReading.AT_LEAST)
    assert str(mention.quantity.interval) == "[3, inf)"
    assert mention.quantity.reading is BareReading.AT_LEAST


def test_tolerance_is_configurable_and_recorded() -> None:
    (mention,) = find_quantities("about 200 drones", tolerance=0.25)
    assert str(mention.quantity.interval) == "[150, 250]"
    assert mention.quantity.tolerance == 0.25


# -- ranges ----------------------------------------------------------------------------


def test_range_scale_covers_both_ends() -> None:
    quantity = _one("between $1 and 2 billion").quantity
    assert str(quantity.interval) == "[1000000000, 2000000000]"
    assert quantity.currency == "USD"


def test_range_with_repeated_unit() -> None:
    quantity = _one("from 250 miles to 290 miles").quantity
    assert (str(quantity.interval), quantity.unit) == ("[250, 290]", "mile")


def test_range_of_percentages() -> None:
    quantity = _one("a gain of 5% to 10%").quantity
    assert (str(quantity.interval), quantity.unit, quantity.share) == ("[5, 10]", "percent", True)


def test_score_is_not_a_range() -> None:
    assert _spans("The home side won 3-1 on Sunday.") == []


def test_two_figures_with_different_units_are_no_range() -> None:
    assert _spans("Sales rose 3% to $2bn.") == ["3%", "$2bn"]


# -- vague plurals and shares ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("dozens of drones", "[24, inf)"),
        ("hundreds of shells", "[200, inf)"),
        ("thousands of refugees", "[2000, inf)"),
        ("tens of thousands of people", "[20000, inf)"),
        ("millions of dollars", "[2000000, inf)"),
    ],
)
def test_vague_plurals(text: str, interval: str) -> None:
    mention = _one(text)
    assert str(mention.quantity.interval) == interval
    assert mention.quantity.qualifier_class is QualifierClass.VAGUE
    assert mention.counted is not None


def test_shares() -> None:
    half = _one("more than half of the voters").quantity
    assert (str(half.interval), half.share) == ("(50, 100]", True)
    third = _one("a third of the budget").quantity
    assert third.share and third.interval.low == pytest.approx(100 / 3)


def test_a_half_that_is_a_period_is_no_share() -> None:
    assert _spans("They scored in the second half.") == []


# -- units, currencies, rates, trends ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "currency", "share"),
    [
        ("3 percent", "percent", None, True),
        ("3 per cent", "percent", None, True),
        ("3%", "percent", None, True),
        ("60 tonnes", "tonne", None, False),
        ("12 km", "kilometre", None, False),
        ("80 mph", "mile per hour", None, False),
        ("$80 per barrel", "per barrel", "USD", False),
        ("€5", None, "EUR", False),
        ("300 euros", None, "EUR", False),
        ("5 billion yuan", None, "CNY", False),
        ("US$58", None, "USD", False),
        ("a 65-year-old farmer", "year of age", None, False),
        ("3,000 tests per day", "per day", None, False),
    ],
)
def test_units_and_currencies(text: str, unit: str | None, currency: str | None, share: bool) -> None:
    quantity = _one(text).quantity
    assert (quantity.unit, quantity.currency, quantity.share) == (unit, currency, share)


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Exports rose 4% last year.", "up"),
        ("The index was up 19 points.", "up"),
        ("Oil fell 3 percent.", "down"),
        ("Shares were down 40 cents.", "down"),
        ("They grew revenue by 12 percent.", "up"),
        ("a 5% drop", "down"),
        ("They lost 2% of their value.", "down"),
        ("They lost 3 games.", None),
        ("Prices reached 7%.", None),
    ],
)
def test_trend(text: str, trend: str | None) -> None:
    assert _one(text).trend == trend


# -- the counted thing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted", "normalised"),
    [
        ("70 UAVs", "UAVs", "uav"),
        ("70 drones", "drones", "uav"),
        ("70 unmanned aerial vehicles", "unmanned aerial vehicles", "uav"),
        ("12 Shahed drones", "Shahed drones", "shahed uav"),
        ("three ballistic missiles were fired", "ballistic missiles", "ballistic missile"),
        ("40 casualties", "casualties", "casualty"),
        ("600 people fled", "people", "person"),
        ("one of the soldiers", "soldiers", "soldier"),
        ("5 boxes of ammunition", "boxes", "box"),
    ],
)
def test_counted_thing(text: str, counted: str, normalised: str) -> None:
    mention = _one(text)
    assert mention.counted is not None
    assert (mention.counted.text, mention.counted.normalised) == (counted, normalised)
    assert text[mention.counted_start : mention.counted_end] == counted


def test_no_counted_thing_after_a_verb() -> None:
    assert _one("At least 20 died.").counted is None
    assert _one("Police said 14 were arrested.").counted is None


@pytest.mark.parametrize(
    ("word", "singular"),
    [("UAVs", "uav"), ("casualties", "casualty"), ("boxes", "box"), ("buses", "bus"), ("news", "news")],
)
def test_singularise(word: str, singular: str) -> None:
    assert singularise(word) == singular


def test_normalise_counted_merges_synonyms() -> None:
    assert normalise_counted("UAVs") == normalise_counted("drones") == normalise_counted("unmanned aerial vehicles")
    assert normalise_counted("") == ""


# -- not quantities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2019.",
        "The 1988 film was remade.",
        "Bild reported on May 27.",
        "On April 20, he spoke.",
        "on the night of April 13-14",
        "They met on 5 June.",
        "Updated 2:55 p.m. ET.",
        "The vote is at 10 a.m. on Friday.",
        "the 14th Army Corps",
        "the 22nd amendment",
        "in the 1990s",
        "invoking Article 5 of the treaty",
        "an F-16 jet",
        "the G7 summit",
        "COVID-19 cases",
        "the Big 12 conference",
        "a one-time donation",
        "No. 10 Downing Street",
        "quarterback Dak Prescott (4) ran",
        "a 5G network",
        "at 0401 GMT",
        "it was 24/7",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _spans(text) == []


def test_year_with_a_unit_or_qualifier_is_a_quantity() -> None:
    assert _spans("more than 2000 people") == ["more than 2000 people"]
    assert _spans("It took 1950 days.") == ["1950 days"]


# -- offsets and ranges -----------------------------------------------------------------


def test_scan_range_and_offsets() -> None:
    text = "First 12 tanks. Then 30 trucks. Then 4 jets."
    found = find_quantities(text, 16, 31)
    assert [(m.start, m.end, text[m.start : m.end]) for m in found] == [(21, 30, "30 trucks")]
    assert Interval.point(30) == found[0].quantity.interval
