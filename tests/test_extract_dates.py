"""The date finder: one test per phenomenon, in sentences written for these tests.

The anchor (publication date) of most tests is Thursday 16 November 2023.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.extraction.dates import DateMention, find_dates
from factcheck.timeref import Granularity, TimeRef, TimeResolution

THURSDAY = date(2023, 11, 16)


def only(text: str, anchor: date = THURSDAY, **kwargs: object) -> DateMention:
    """The single mention the finder returns for ``text``."""
    mentions = find_dates(text, anchor=anchor, **kwargs)  # type: ignore[arg-type]
    assert len(mentions) == 1, [m.timeref.text for m in mentions]
    return mentions[0]


def period(mention: DateMention) -> tuple[date | None, date | None, Granularity | None]:
    ref = mention.timeref
    return ref.start, ref.end, ref.granularity


# -- month and day without a year ---------------------------------------------------------


def test_month_day_takes_the_latest_past_year_and_keeps_the_preposition() -> None:
    text = "The council approved the budget on October 3, officials said."
    mention = only(text)
    assert text[mention.start : mention.end] == "on October 3"
    assert mention.timeref.text == "on October 3"
    assert period(mention) == (date(2023, 10, 3), date(2023, 10, 3), Granularity.DAY)
    assert mention.timeref.resolution is TimeResolution.ANCHORED
    assert mention.timeref.anchor == "published 2023-11-16"
    assert mention.timeref.year_inferred is True
    assert mention.alternatives == ()


def test_month_day_later_in_the_calendar_than_the_anchor_falls_in_the_previous_year() -> None:
    mention = only("Talks collapsed on December 2.")
    assert period(mention) == (date(2022, 12, 2), date(2022, 12, 2), Granularity.DAY)


def test_attributive_date_with_article() -> None:
    text = "He spoke at an October 30 press conference."
    mention = only(text)
    assert text[mention.start : mention.end] == "an October 30"
    assert mention.timeref.start == date(2023, 10, 30)


def test_day_month_order_and_ordinal_of_form() -> None:
    assert only("Elections were held on 5 November.").timeref.start == date(2023, 11, 5)
    assert only("It ended on the 2nd of August.").timeref.start == date(2023, 8, 2)


def test_abbreviated_month_with_dot() -> None:
    text = "The port reopened Sept. 14 after repairs."
    mention = only(text)
    assert text[mention.start : mention.end] == "Sept. 14"
    assert mention.timeref.start == date(2023, 9, 14)


def test_future_clause_takes_the_next_occurrence() -> None:
    mention = only("The ministers will meet again on February 8.")
    assert mention.timeref.start == date(2024, 2, 8)
    assert mention.timeref.year_inferred is True


def test_reporting_verb_next_to_the_date_keeps_it_in_the_past() -> None:
    # "said on Monday that it will": the future is the content, the date is the saying.
    mention = only("The company said on Monday that it will cut jobs.")
    assert mention.timeref.start == date(2023, 11, 13)


def test_other_year_close_to_the_anchor_is_kept_as_an_alternative() -> None:
    mention = only("Voting starts on Jan. 4, the commission said.", anchor=date(2023, 12, 28))
    assert mention.timeref.start == date(2023, 1, 4)
    assert [alt.start for alt in mention.alternatives] == [date(2024, 1, 4)]
    assert all(alt.year_inferred for alt in mention.alternatives)


def test_written_weekday_chooses_the_year() -> None:
    # 5 January 2024 is a Friday, 5 January 2023 a Thursday.
    mention = only("The ceasefire began on Friday, Jan. 5.", anchor=date(2024, 1, 3))
    assert mention.timeref.start == date(2024, 1, 5)


def test_impossible_day_is_unresolved_not_guessed() -> None:
    mention = only("The memo was dated June 31.")
    assert mention.timeref.resolution is TimeResolution.UNRESOLVED
    assert mention.timeref.start is None
    assert mention.timeref.text == "June 31"


# -- explicit dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "first", "last", "granularity"),
    [
        ("The treaty was signed on March 3, 2021 in Oslo.", "on March 3, 2021", date(2021, 3, 3), None, "day"),
        ("It was signed on 3 March 2021.", "on 3 March 2021", date(2021, 3, 3), None, "day"),
        ("Filed 2021-03-03 by the clerk.", "2021-03-03", date(2021, 3, 3), None, "day"),
        ("Prices rose in March 2021.", "in March 2021", date(2021, 3, 1), date(2021, 3, 31), "month"),
        ("The mine closed in 2019.", "in 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("Output fell in 2008-2010.", "in 2008-2010", date(2008, 1, 1), date(2010, 12, 31), "range"),
        ("Output fell between 2008 and 2010.", "between 2008 and 2010", date(2008, 1, 1), date(2010, 12, 31), "range"),
        ("He ruled from 1958 to 1964.", "from 1958 to 1964", date(1958, 1, 1), date(1964, 12, 31), "range"),
        ("Sales grew in the third quarter of 2022.", "the third quarter of 2022", date(2022, 7, 1), None, "quarter"),
        ("It peaked in the 1980s.", "the 1980s", date(1980, 1, 1), date(1989, 12, 31), "range"),
    ],
)
def test_explicit_dates(text: str, written: str, first: date, last: date | None, granularity: str) -> None:
    mention = only(text)
    assert text[mention.start : mention.end] == written
    assert mention.timeref.resolution is TimeResolution.EXPLICIT
    assert mention.timeref.year_inferred is False
    assert mention.timeref.start == first
    if last is not None:
        assert mention.timeref.end == last
    assert mention.timeref.granularity == granularity


def test_quarter_end_is_the_last_day_of_its_third_month() -> None:
    assert only("Sales grew in the third quarter of 2022.").timeref.end == date(2022, 9, 30)


def test_numeric_date_with_both_orders_possible_is_unresolved() -> None:
    mentions = find_dates("Forms dated 4/5/2023 and 4/25/2023 were filed.", anchor=THURSDAY)
    assert [m.timeref.text for m in mentions] == ["4/5/2023", "4/25/2023"]
    assert mentions[0].timeref.resolution is TimeResolution.UNRESOLVED
    assert mentions[1].timeref.start == date(2023, 4, 25)


# -- weekdays and words relative to the publication day ----------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The mayor resigned Tuesday.", date(2023, 11, 14)),
        ("The mayor said Thursday she would stay.", date(2023, 11, 16)),
        ("Rescuers found him on Friday.", date(2023, 11, 10)),
        ("He left last Thursday.", date(2023, 11, 9)),
        ("The union will strike on Saturday.", date(2023, 11, 18)),
        ("They meet next Monday.", date(2023, 11, 20)),
        ("Police arrived on Sunday night.", date(2023, 11, 12)),
        ("The bridge reopened yesterday.", date(2023, 11, 15)),
        ("The vote is today.", date(2023, 11, 16)),
        ("Shelling resumed last night.", date(2023, 11, 15)),
    ],
)
def test_weekdays_and_deictic_days(text: str, day: date) -> None:
    mention = only(text)
    assert period(mention) == (day, day, Granularity.DAY)
    assert mention.timeref.resolution is TimeResolution.ANCHORED


@pytest.mark.parametrize(
    ("text", "written", "first", "last", "granularity"),
    [
        ("Fighting intensified last week.", "last week", date(2023, 11, 6), date(2023, 11, 12), "week"),
        ("It happened earlier this month.", "earlier this month", date(2023, 11, 1), date(2023, 11, 16), "range"),
        ("It reopens later this year.", "later this year", date(2023, 11, 16), date(2023, 12, 31), "range"),
        ("Costs fell this month.", "this month", date(2023, 11, 1), date(2023, 11, 30), "month"),
        ("Rates rose last year.", "last year", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("Talks resume next month.", "next month", date(2023, 12, 1), date(2023, 12, 31), "month"),
        ("Exports fell this quarter.", "this quarter", date(2023, 10, 1), date(2023, 12, 31), "quarter"),
        ("The plant opened three years ago.", "three years ago", date(2020, 1, 1), date(2020, 12, 31), "year"),
        ("He was hired 10 days ago.", "10 days ago", date(2023, 11, 6), date(2023, 11, 6), "day"),
        ("Rain fell over the past week.", "the past week", date(2023, 11, 10), date(2023, 11, 16), "range"),
        ("Debt doubled over the past decade.", "the past decade", date(2013, 11, 17), date(2023, 11, 16), "range"),
        ("Debt may double in the next decade.", "the next decade", date(2023, 11, 16), date(2033, 11, 16), "range"),
        ("It was the worst flood this decade.", "this decade", date(2020, 1, 1), date(2029, 12, 31), "range"),
        ("It snowed in March.", "in March", date(2023, 3, 1), date(2023, 3, 31), "month"),
        ("It snowed last December.", "last December", date(2022, 12, 1), date(2022, 12, 31), "month"),
        ("Work stopped in early August.", "in early August", date(2023, 8, 1), date(2023, 8, 31), "month"),
        ("The museum will reopen in January.", "in January", date(2024, 1, 1), date(2024, 1, 31), "month"),
    ],
)
def test_periods_relative_to_the_publication_date(
    text: str, written: str, first: date, last: date, granularity: str
) -> None:
    mention = only(text)
    assert text[mention.start : mention.end] == written
    assert (mention.timeref.start, mention.timeref.end) == (first, last)
    assert mention.timeref.granularity == granularity
    assert mention.timeref.resolution is TimeResolution.ANCHORED
    assert mention.timeref.anchor == "published 2023-11-16"


def test_vague_counts_are_unresolved() -> None:
    mention = only("The plant opened a few years ago.")
    assert mention.timeref.resolution is TimeResolution.UNRESOLVED
    assert mention.timeref.text == "a few years ago"
    assert only("He called about ten days ago.").timeref.resolution is TimeResolution.UNRESOLVED


# -- ranges and dates relative to the previous date -------------------------------------------


def test_night_spanning_two_days() -> None:
    text = "The strikes came on the night of October 7-8, the army said."
    mention = only(text)
    assert text[mention.start : mention.end] == "on the night of October 7-8"
    assert period(mention) == (date(2023, 10, 7), date(2023, 10, 8), Granularity.RANGE)
    assert mention.timeref.year_inferred is True


def test_between_and_range_across_months() -> None:
    text = "Polls opened between October 30 and November 2."
    mention = only(text)
    assert text[mention.start : mention.end] == "between October 30 and November 2"
    assert period(mention) == (date(2023, 10, 30), date(2023, 11, 2), Granularity.RANGE)


def test_later_counts_from_the_previous_date_in_the_range() -> None:
    text = "The dam failed on September 10. Two days later, the water reached the town."
    first, second = find_dates(text, anchor=THURSDAY)
    assert first.timeref.start == date(2023, 9, 10)
    assert second.timeref.text == "Two days later"
    assert period(second) == (date(2023, 9, 12), date(2023, 9, 12), Granularity.DAY)
    assert second.timeref.resolution is TimeResolution.RELATIVE
    assert second.timeref.anchor is not None and "September 10" in second.timeref.anchor


def test_later_counts_from_the_given_previous_date() -> None:
    previous = TimeRef.day("on September 10", date(2023, 9, 10))
    text = "A week earlier, the alarm had failed."
    mention = only(text, previous=previous)
    assert period(mention) == (date(2023, 8, 28), date(2023, 9, 3), Granularity.WEEK)
    assert mention.timeref.resolution is TimeResolution.RELATIVE


def test_next_day_after_a_range_counts_from_its_end() -> None:
    text = "Storms hit on the night of October 7-8 and the next day the river rose."
    _, after = find_dates(text, anchor=THURSDAY)
    assert period(after) == (date(2023, 10, 9), date(2023, 10, 9), Granularity.DAY)


def test_later_without_a_previous_date_is_unresolved() -> None:
    mention = only("Two days later, the water reached the town.")
    assert mention.timeref.resolution is TimeResolution.UNRESOLVED


def test_days_later_after_a_month_cannot_be_counted() -> None:
    text = "The floods began in March. Three days later, the dam broke."
    _, later = find_dates(text, anchor=THURSDAY)
    assert later.timeref.resolution is TimeResolution.UNRESOLVED


def test_comparison_is_not_a_date() -> None:
    assert find_dates("The season started a month earlier than usual.", anchor=THURSDAY) == []


# -- what is not a date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide soon.",
        "May the best team win.",
        "The army sent 2000 soldiers.",
        "The bill was $2024 in total.",
        "They counted 2,024 ballots.",
        "The Marines arrived.",
        "The Sun reported it.",
        "Route 1999B is closed.",
        "Some 30 days of rain.",
        "The Sunday Times reported it.",
        "The attack began at 2000 GMT.",
        "Dr. June Carter sang.",
        "April Ryan asked the question.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, anchor=THURSDAY) == []


def test_preposition_that_changes_the_meaning_stays_out_of_the_span() -> None:
    text = "Prices have risen since May."
    mention = only(text)
    assert text[mention.start : mention.end] == "May"
    assert mention.timeref.start == date(2023, 5, 1)


# -- the scanned range ------------------------------------------------------------------------


def test_only_the_given_range_is_scanned_and_offsets_are_absolute() -> None:
    text = "On March 3 it rained. On March 9 it snowed. On March 12 it cleared."
    middle_start = text.index("On March 9")
    mentions = find_dates(text, middle_start, text.index(" On March 12"), anchor=THURSDAY)
    assert [(m.start, m.end) for m in mentions] == [(middle_start, middle_start + len("On March 9"))]


def test_empty_text_and_empty_range() -> None:
    assert find_dates("", anchor=THURSDAY) == []
    assert find_dates("On March 3 it rained.", 5, 5, anchor=THURSDAY) == []


def test_weekday_resolves_within_the_last_seven_days() -> None:
    for offset in range(7):
        anchor = THURSDAY + timedelta(days=offset)
        for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            day = only(f"It was announced {name}.", anchor=anchor).timeref.start
            assert day is not None
            assert 0 <= (anchor - day).days < 7
            assert day.strftime("%A") == name


def test_future_cue_before_the_date_wins_over_a_trailing_attribution() -> None:
    mention = only("The new ferry line will open on March 2, the operator said.")
    assert mention.timeref.start == date(2024, 3, 2)


def test_future_cue_in_the_previous_sentence_does_not_count() -> None:
    text = "The ferry will be sold. It sank on March 2."
    assert only(text).timeref.start == date(2023, 3, 2)


def test_due_to_puts_a_month_in_the_future() -> None:
    assert only("Her memoir is due to appear in February.").timeref.start == date(2024, 2, 1)


def test_year_after_a_determiner_is_a_year_even_before_a_noun() -> None:
    text = "He funded his 2019 campaign with loans."
    mention = only(text)
    assert text[mention.start : mention.end] == "2019"
    assert period(mention) == (date(2019, 1, 1), date(2019, 12, 31), Granularity.YEAR)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Steel defined the 19th century.", date(1800, 1, 1), date(1899, 12, 31)),
        ("The twenty-first century began quietly.", date(2000, 1, 1), date(2099, 12, 31)),
    ],
)
def test_centuries(text: str, first: date, last: date) -> None:
    mention = only(text)
    assert period(mention) == (first, last, Granularity.RANGE)
    assert mention.timeref.resolution is TimeResolution.EXPLICIT


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the future cue is far back in a long clause
        ("The new tram will run from the harbour through the old town and past the stadium on March 9.", 2024),
        ("The board meets to decide whether the plant should close in March.", 2024),
        ("A second vote is to be held on March 9.", 2024),
        ("The ministry wants to finish the road by March.", 2024),
        ("The contract may be signed on March 9.", 2024),
        # a modal perfect is past
        ("The suspect may have fled on March 9.", 2023),
    ],
)
def test_future_cues(text: str, day: int) -> None:
    ref = only(text).timeref
    assert ref.start is not None and ref.start.year == day


def test_month_of_next_year() -> None:
    text = "Leases expire after October of next year."
    mention = only(text)
    assert text[mention.start : mention.end] == "October of next year"
    assert period(mention) == (date(2024, 10, 1), date(2024, 10, 31), Granularity.MONTH)


def test_space_before_the_comma_of_tokenised_text() -> None:
    assert only("Trading resumed on May 4 , 2020 in Tokyo .").timeref.start == date(2020, 5, 4)


def test_hyphenated_quarter_used_as_an_adjective() -> None:
    text = "The bank posted a third-quarter loss."
    mention = only(text)
    assert text[mention.start : mention.end] == "third-quarter"
    assert period(mention) == (date(2023, 7, 1), date(2023, 9, 30), Granularity.QUARTER)


@pytest.mark.parametrize(
    ("text", "written", "first", "last", "resolution"),
    [
        ("Output rose in the first half of 2022.", "the first half of 2022", date(2022, 1, 1), date(2022, 6, 30),
         "explicit"),
        ("Output fell in the second half of last year.", "the second half of last year", date(2022, 7, 1),
         date(2022, 12, 31), "anchored"),
        ("Margins improved in H1 2021.", "H1 2021", date(2021, 1, 1), date(2021, 6, 30), "explicit"),
    ],
)  # fmt: skip
def test_half_years(text: str, written: str, first: date, last: date, resolution: str) -> None:
    mention = only(text)
    assert text[mention.start : mention.end] == written
    assert period(mention) == (first, last, Granularity.RANGE)
    assert mention.timeref.resolution == resolution


def test_half_without_a_year_is_not_a_date() -> None:
    assert find_dates("They led in the first half of the match.", anchor=THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Shops closed on Christmas Day.", date(2022, 12, 25)),
        ("Fireworks lit the sky on New Year's Eve.", date(2022, 12, 31)),
        ("The raid came on Halloween.", date(2023, 10, 31)),
        ("The raid came on Halloween 2019.", date(2019, 10, 31)),
    ],
)
def test_fixed_date_holidays(text: str, day: date) -> None:
    assert only(text).timeref.start == day


def test_named_days_are_not_the_latest_weekday() -> None:
    text = "Markets crashed on Black Monday, and the march on Good Friday was peaceful."
    mentions = find_dates(text, anchor=THURSDAY)
    assert [text[m.start : m.end] for m in mentions] == ["on Black Monday", "on Good Friday"]
    assert all(m.timeref.resolution is TimeResolution.UNRESOLVED for m in mentions)


def test_a_publication_time_anchors_like_its_day() -> None:
    from datetime import datetime

    mention = only("The talks ended on October 3.", anchor=datetime(2023, 11, 16, 23, 59))
    assert mention.timeref.start == date(2023, 10, 3)
    assert mention.timeref.anchor == "published 2023-11-16"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Floods hit last summer.", date(2023, 6, 1), date(2023, 8, 31)),
        ("Gas ran short last winter.", date(2022, 12, 1), date(2023, 2, 28)),
        ("Gas may run short this winter.", date(2023, 12, 1), date(2024, 2, 29)),
        ("Talks resume next spring.", date(2024, 3, 1), date(2024, 5, 31)),
        ("The dam broke in the autumn of 2019.", date(2019, 9, 1), date(2019, 11, 30)),
        ("Sales slowed in fall 2020.", date(2020, 9, 1), date(2020, 11, 30)),
    ],
)
def test_seasons_are_meteorological_northern_seasons(text: str, first: date, last: date) -> None:
    assert period(only(text)) == (first, last, Granularity.RANGE)


def test_winter_with_a_year_is_ambiguous_and_fall_alone_is_not_a_season() -> None:
    assert only("It was cold in winter 2012.").timeref.resolution is TimeResolution.UNRESOLVED
    assert find_dates("Prices fall in the fall.", anchor=THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "first", "last", "granularity"),
    [
        ("The dam failed on September 10. Later that day, the town flooded.", date(2023, 9, 10), None, "day"),
        ("The dam failed on September 10. That same night, the town flooded.", date(2023, 9, 10), None, "day"),
        ("The dam failed on September 10. The alarm had sounded the day before.", date(2023, 9, 9), None, "day"),
        ("The dam failed in 2019. That year, rains were heavy.", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ],
)
def test_anaphoric_dates_count_from_the_previous_date(
    text: str, first: date, last: date | None, granularity: str
) -> None:
    _, mention = find_dates(text, anchor=THURSDAY)
    assert mention.timeref.resolution is TimeResolution.RELATIVE
    assert (mention.timeref.start, mention.timeref.end) == (first, last or first)
    assert mention.timeref.granularity == granularity


def test_that_day_without_a_previous_date_is_unresolved() -> None:
    assert only("Nobody forgot that day.").timeref.resolution is TimeResolution.UNRESOLVED


def test_the_day_before_an_event_is_not_a_date() -> None:
    assert find_dates("He arrived on May 3 and left the day before the vote.", anchor=THURSDAY)[1:] == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Profits fell in the last quarter of 2022.", date(2022, 10, 1)),
        ("Profits fell in the last quarter of last year.", date(2022, 10, 1)),
        ("Profits fell last quarter.", date(2023, 7, 1)),
        # the quarter under way started before publication, like "in November" would
        ("Profits fell in the fourth quarter.", date(2023, 10, 1)),
        ("Profits rose in the first quarter.", date(2023, 1, 1)),
    ],
)
def test_last_quarter(text: str, first: date) -> None:
    mention = only(text)
    assert mention.timeref.start == first
    assert mention.timeref.granularity is Granularity.QUARTER


def test_time_references_built_without_validation_equal_the_validated_ones() -> None:
    # The finder builds its references from calendar dates it computed, without validating
    # them again; each must be what validation builds from the same fields (explicit,
    # anchored, year-inferred, relative and unresolved readings all occur below).
    text = (
        "The talks began on 3 March 2021. Two days later the envoy left, and they resumed last week; "
        "on June 12 he returned, and on 31/31/2020 nothing happened. In 2019 and in the 1990s "
        "prices were lower than in the third quarter or this spring."
    )
    mentions = find_dates(text, anchor=date(2024, 5, 27))
    resolutions = {m.timeref.resolution for m in mentions}
    assert resolutions >= {TimeResolution.EXPLICIT, TimeResolution.ANCHORED, TimeResolution.RELATIVE}
    assert any(m.timeref.year_inferred for m in mentions)
    refs = [ref for m in mentions for ref in (m.timeref, *m.alternatives)]
    for ref in refs:
        again = TimeRef(**{name: getattr(ref, name) for name in ref.model_fields_set})
        assert again == ref and hash(again) == hash(ref)
        assert again.model_fields_set == ref.model_fields_set
        assert again.model_dump() == ref.model_dump()


def test_unresolved_time_reference_equals_the_validated_one() -> None:
    [mention] = find_dates("It happened on February 30.", anchor=date(2024, 5, 27))
    ref = mention.timeref
    assert ref.resolution is TimeResolution.UNRESOLVED and ref.start is None
    assert TimeRef(text=ref.text, resolution=TimeResolution.UNRESOLVED) == ref
    assert ref.model_fields_set == {"text", "resolution"}
