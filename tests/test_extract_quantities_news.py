"""Quantity extraction on news phenomena: currencies as wire copy writes them, primes,
levels reached by a movement, rates after a conversion, superlatives with their scope.

Our own sentences, one phenomenon each; expectations written by hand.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.quantities import QuantityMention, find_quantities


def _one(text: str) -> QuantityMention:
    found = find_quantities(text)
    assert len(found) == 1, [text[m.start : m.end] for m in found]
    return found[0]


# -- currencies ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "currency"),
    [
        ("The stock closed at Y=4,210 on Friday.", 4210, "JPY"),  # wire copy's ASCII yen
        ("A signing fee of PS3.5m was agreed.", 3_500_000, "GBP"),  # a pound sign lost in transit
        ("The fine came to PS21,700 in the end.", 21_700, "GBP"),
        ("She paid 850€ for the bike.", 850, "EUR"),  # the sign after the amount
        ("Tickets cost 40 € at the door.", 40, "EUR"),
        ("A plan costs AU $19.99 per month.", 19.99, "AUD"),
    ],
)
def test_currency_spellings(text: str, low: float, currency: str) -> None:
    quantity = _one(text).quantity
    assert (quantity.interval.low, quantity.currency) == (low, currency)


def test_console_names_are_not_pounds() -> None:
    assert find_quantities("He owns a PS4 and wants a PS5.") == []


def test_rate_after_a_conversion_belongs_to_the_first_amount() -> None:
    text = "Bidders offered C $8 (US $5.90) per share, or 4 billion shekels ($1.1 billion) a year."
    units = [(text[m.start : m.end], m.quantity.unit) for m in find_quantities(text)]
    assert units == [
        ("C $8", "per share"),
        ("US $5.90", None),
        ("4 billion shekels", "per year"),
        ("$1.1 billion", None),
    ]


def test_hyphenated_a_year_is_a_rate() -> None:
    assert _one("Fees went up by £30 a-year.").quantity.unit == "per year"


# -- units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The mast is 40' tall.", "foot"),
        ("The mast is 40\u2032 tall.", "foot"),
        ("A 27\u2033 screen.", "inch"),
        ("Readings reached 415 parts per million.", "part per million"),
        ("It was 2.14degF warmer.", "fahrenheit"),
        ("It was 1.19deg C warmer.", "celsius"),
    ],
)
def test_primes_and_spelled_units(text: str, unit: str) -> None:
    assert _one(text).quantity.unit == unit


def test_apostrophe_closing_a_quotation_is_no_foot() -> None:
    text = "The crew called it 'Plan 9' for a while."
    assert all(m.quantity.unit != "foot" for m in find_quantities(text))


# -- movements -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("Mortgage rates climbed to 5.2% last week.", "up"),
        ("The river fell to 3.1 metres overnight.", "down"),
        ("Temperatures can dip down to minus-40 degrees.", "down"),
        ("Output was revised to 40 tonnes.", None),  # no direction is said
    ],
)
def test_level_reached_by_a_movement(text: str, moved: str | None) -> None:
    mention = _one(text)
    assert (mention.trend, mention.moved) == (None, moved)


def test_level_after_the_amount_of_change_has_no_movement() -> None:
    change, level = find_quantities("The shares rose 3% to 164p.")
    assert (change.trend, change.moved) == ("up", None)
    assert (level.trend, level.moved) == (None, None)


def test_conversion_keeps_the_trend() -> None:
    first, second = find_quantities("Sea ice shrank by 2 metres (6.6 feet) this year.")
    assert (first.trend, second.trend) == ("down", "down")


def test_upward_revision_is_a_rise() -> None:
    assert _one("Profit was revised upward by $40 million.").trend == "up"


# -- counted things --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("It is one of the oldest bridges in the whole region.", "oldest bridges in the whole region"),
        ("He was one of the largest whales to ever swim here.", "largest whales to ever swim"),  # "here" ends it
        ("It was one of the finest saves ever to grace a cup final.", "finest saves ever to grace a cup final"),
        ("She is one of the most gifted players in the league, by far.", "gifted players in the league"),
        # no superlative, or a scope that starts with a function word: the noun phrase alone
        ("She is one of the players in the squad.", "players"),
        ("It has one of the best phones in this price range.", "best phones"),
    ],
)
def test_superlative_keeps_its_scope(text: str, counted: str) -> None:
    mention = _one(text)
    assert mention.counted is not None
    assert mention.counted.text == counted


# -- suspended hyphens and compounds ---------------------------------------------------


def test_suspended_hyphen_takes_the_unit_of_the_last_member() -> None:
    text = "Choose 6- or 8-inch pans."
    assert [(text[m.start : m.end], m.quantity.unit) for m in find_quantities(text)] == [
        ("6", "inch"),
        ("8-inch", "inch"),
    ]


def test_suspended_hyphen_takes_the_counted_word_of_the_last_member() -> None:
    text = "The range has three-, four- and five-door models."
    counted = [(text[m.start : m.end], m.counted.normalised if m.counted else None) for m in find_quantities(text)]
    assert counted == [("three", "door"), ("four", "door")]


def test_hyphen_before_to_is_still_a_range() -> None:
    (mention,) = find_quantities("a 6- to 12-metre hull")
    assert (mention.quantity.interval.low, mention.quantity.interval.high) == (6, 12)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Nine other workers quit.", "other workers"),  # "other" belongs to the phrase
        ("They want five more players.", "players"),  # "more" does not
        ("The report ran to a 40 page appendix.", "page"),  # a compound: "40-page"
        ("It has a 6 cylinder motor.", "cylinder"),
    ],
)
def test_counted_phrase_edges(text: str, counted: str) -> None:
    mention = _one(text)
    assert mention.counted is not None
    assert mention.counted.text == counted


def test_time_words_are_not_counted() -> None:
    mention = find_quantities("The angle was 3.5 degrees in 2018 and 2.1 last year.")[-1]
    assert mention.counted is None or "year" not in mention.counted.normalised


def test_decimal_before_a_capitalised_word_is_a_measure_not_a_name() -> None:
    text = "Reliever Sam Cole (1.2 WAR) and starter Ben Tate (3.4 WAR) return; the Boeing 787 Dreamliner too."
    found = [(text[m.start : m.end], m.quantity.unit) for m in find_quantities(text)]
    assert found == [("1.2 WAR", "win above replacement"), ("3.4 WAR", "win above replacement")]


# -- a movement over a few words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Mileage crept from 20 mpg in 2008 to 29 mpg in 2022.", 20, 29),
        ("The coin slid from $41,200 at 9.30pm to $39,870 by dawn.", 39_870, 41_200),
        ("Staff grew from 300 workers last spring to 450 workers.", 300, 450),
    ],
)
def test_from_a_to_b_over_a_few_words_is_one_span(text: str, low: float, high: float) -> None:
    mention = _one(text)
    assert (mention.quantity.interval.low, mention.quantity.interval.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose to $7.4 billion from $6.8 billion.",  # the new level first: two figures
        "It went from 20 mpg to 29 km by the end.",  # two units
        "Prices moved from 20 in May, and later to 29.",  # a comma ends the stretch
    ],
)
def test_other_from_to_pairs_stay_two_figures(text: str) -> None:
    assert len(find_quantities(text)) == 2


def test_from_a_for_one_thing_to_b_for_another_is_a_comparison() -> None:
    assert len(find_quantities("Gaps widen from 0.3 nm for steel to 1.2 nm for brass.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "the sp 500 slipped 1.5% on friday.",
        "the ftse 100 lost 0.8%.",
        "the s&p 500 lost 0.8%.",
        "Nikkei 225 lost 0.8%.",
    ],
)
def test_stock_index_numbers_are_names_in_any_case(text: str) -> None:
    assert [m.quantity.unit for m in find_quantities(text)] == ["percent"]


# -- written fractions with a unit -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Cut a 1/4 inch strip.", 0.25, "inch"),
        ("Add 1/2 pound of butter.", 0.5, "pound"),  # the singular after a fraction
        ("She ran 3/4 mile.", 0.75, "mile"),
        ("He scored 7 1/2 points.", 7.5, "point"),  # a whole number and a fraction
    ],
)
def test_slash_fraction_with_a_unit(text: str, value: float, unit: str) -> None:
    quantity = _one(text).quantity
    assert (quantity.interval.low, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["Open 24/7 all year.", "Results of 1/2 May.", "The team won 3/4 of its games."])
def test_slash_fraction_without_a_unit_is_not_read(text: str) -> None:
    assert all(m.quantity.unit is None or m.quantity.unit == "percent" for m in find_quantities(text))
    assert all(m.quantity.interval.low not in {0.5, 0.75} for m in find_quantities(text))
