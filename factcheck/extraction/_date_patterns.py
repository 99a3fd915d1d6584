"""The candidate patterns of the date finder, compiled once into one regular expression.

Each top-level alternative is a named group ``k_<kind>``; the groups inside it carry the
kind as a prefix. Alternatives are ordered from the most to the least specific, because at
one position the first alternative that matches wins ("May 27, 2024" before "May 27"
before "May"). Every repetition is bounded and no quantified group contains another
quantifier over the same characters, so matching is linear in the input.
"""

from __future__ import annotations

import re

from factcheck.extraction.numbers import NUMBER_WORDS as CARDINAL_WORDS

__all__ = [
    "DATE_PATTERN",
    "FUTURE_CUE",
    "FUTURE_CUE_AFTER_GAP",
    "KINDS",
    "NAMED_DAY_WORDS",
    "NUMBER_WORDS",
    "PAST_REPORT_CUE",
    "PAST_REPORT_CUE_AFTER_GAP",
]

_S = r"\s{1,3}"

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_ABBR = "Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"

#: Number words accepted in "two days later", "three years ago": the cardinals of
#: :mod:`.numbers` (one table for the whole extractor), "a"/"an" and "hundred".
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{word: value for word, value in CARDINAL_WORDS.items() if value > 0},
    "hundred": 100,
}
_COUNT = (
    r"\d{1,3}|(?i:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|several|a\s{1,3}few|few|some|many)"
)


#: Names of particular days, not "the latest Monday": "Black Monday", "Good Friday".
NAMED_DAY_WORDS = "Black|Good|Super|Cyber|Bloody|Ash|Holy|Maundy|Palm|Easter|Shrove|Fat|Blue|Giving"


def _month(name: str, *, dot_required: bool) -> str:
    """A month name; abbreviations need their dot unless a day number follows."""
    abbr = rf"(?:{_MONTH_ABBR})\." if dot_required else rf"(?:{_MONTH_ABBR})\.?"
    return rf"(?P<{name}>(?:{_MONTH_NAMES})(?![\w-])|{abbr}(?![\w-]))"


def _day(name: str) -> str:
    # Not followed by a digit, a time ("3:30") or a decimal: "May 2013" is not May 20.
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[:.,]\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>1[6-9]\d\d|20\d\d)(?![\w]|[.,:]\d)"


def _weekday(name: str) -> str:
    return rf"(?P<{name}>(?:{_WEEKDAY_NAMES})(?![\w-])|(?:{_WEEKDAY_ABBR})\.)"


def _pre(name: str) -> str:
    # The preposition or article before a date. Which of them join the span is decided in code.
    words = (
        r"[Oo]n(?:\s{1,3}the\s{1,3}(?:night|morning|evening|afternoon)s?\s{1,3}of)?"
        r"|[Tt]he\s{1,3}(?:night|morning|evening|afternoon)s?\s{1,3}of"
        r"|[Ii]n|[Aa]n|[Aa]|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f"
    )
    return rf"(?:(?<![\w-])(?P<{name}>{words}){_S})?"


_MOD = r"[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Tt]he\s{1,3})?(?:end|beginning|start|middle)\s{1,3}of"


def _mod(name: str) -> str:
    """An optional "early", "mid-", "the end of" before a month or year."""
    return rf"(?:(?P<{name}>{_MOD})(?:(?<=-)|{_S}))?"


_DASH = r"\s?[-\u2013\u2014]\s?"

_ALTERNATIVES: list[tuple[str, str]] = [
    # "on the night of April 13-14", "between May 3 and 5", "from May 3 to June 2, 2024"
    (
        "rng",
        _pre("rng_pre")
        + rf"(?:(?P<rng_from>[Bb]etween|[Ff]rom){_S})?"
        + _month("rng_m1", dot_required=False)
        + _S
        + _day("rng_d1")
        + rf"(?:(?(rng_from){_S}(?:and|to|through|until){_S}|{_DASH}))"
        + rf"(?:{_month('rng_m2', dot_required=False)}{_S})?"
        + _day("rng_d2")
        + rf"(?:\s?,?{_S}{_year('rng_y')})?",
    ),
    # "13-14 April 2024"
    (
        "rngb",
        _pre("rngb_pre")
        + _day("rngb_d1")
        + _DASH
        + _day("rngb_d2")
        + _S
        + _month("rngb_m", dot_required=False)
        + rf"(?:\s?,?{_S}{_year('rngb_y')})?",
    ),
    # "on Monday, May 27, 2024", "an April 15 meeting", "Feb. 28"
    (
        "md",
        _pre("md_pre")
        + rf"(?:{_weekday('md_wd')},?{_S})?"
        + _month("md_m", dot_required=False)
        + _S
        + _day("md_d")
        + rf"(?:\s?,?{_S}{_year('md_y')})?",
    ),
    # "27 May 2024", "the 5th of May"
    (
        "dm",
        _pre("dm_pre")
        + rf"(?:{_weekday('dm_wd')},?{_S})?"
        + rf"(?:the{_S})?"
        + _day("dm_d")
        + rf"(?:{_S}of)?{_S}"
        + _month("dm_m", dot_required=False)
        + rf"(?:\s?,?{_S}{_year('dm_y')})?",
    ),
    # "May 2010", "early March of 2013"
    (
        "my",
        _pre("my_pre") + _mod("my_mod") + _month("my_m", dot_required=True) + rf"(?:,?{_S}|{_S}of{_S})" + _year("my_y"),
    ),
    # "2024-05-27"
    ("iso", r"(?<![\w-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\w-])"),
    # "5/27/2024"
    ("num", r"(?<![\w/.-])(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4})(?![\w/])"),
    # "the first quarter of 2024", "the fourth quarter", "Q3 2023"
    (
        "q",
        rf"(?:[Tt]he{_S})?(?P<q_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:{_S}|-)quarter"
        rf"(?:{_S}of{_S}(?:{_year('q_y')}|(?:the{_S})?(?P<q_rel>this|last|next|the|previous){_S}year)"
        rf"|,?{_S}{_year('q_y2')})?(?![\w-])"
        rf"|(?<![\w-])Q(?P<q_n2>[1-4])(?:{_S}{_year('q_y3')})?(?![\w-])",
    ),
    # "the first half of 2023", "the second half of last year", "H1 2024"
    (
        "half",
        rf"(?:[Tt]he{_S})?(?P<h_n>first|second)(?:{_S}|-)half{_S}of{_S}"
        rf"(?:{_year('h_y')}|(?:the{_S})?(?P<h_rel>this|last|next|the|previous){_S}year(?![\w-]))"
        rf"|(?<![\w-])H(?P<h_n2>[12]){_S}{_year('h_y2')}",
    ),
    # "last summer", "this winter", "the spring of 2019", "autumn 2008"
    (
        "season",
        _pre("se_pre") + _mod("se_mod") + r"(?:(?P<se_dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s{1,3}"
        r"(?P<se_name>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?![\w-])"
        r"|(?:the\s{1,3})?(?P<se_name2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s{1,3}of)?\s{1,3}"
        + _year("se_y")
        + ")",
    ),
    # "on Christmas Day", "New Year's Eve 2023", "Halloween"
    (
        "hol",
        _pre("hol_pre") + r"(?P<hol>Christmas\s{1,3}(?:Day|Eve)|New\s{1,3}Year[\u2019']?s\s{1,3}(?:Day|Eve)"
        r"|Valentine[\u2019']?s\s{1,3}Day|Halloween)(?![\w-])" + rf"(?:\s?,?{_S}{_year('hol_y')})?",
    ),
    # "last week", "earlier this month", "early next year", "the past year"
    (
        "rel",
        rf"(?:(?P<rel_mod>[Ee]arlier|[Ll]ater|{_MOD})(?:(?<=-)|{_S}))?(?:[Tt]he{_S})?"
        rf"(?P<rel_dir>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)"
        rf"{_S}(?P<rel_unit>week|month|year|quarter|weekend|decade)(?![\w-])",
    ),
    # "three years ago", "a week ago"
    (
        "ago",
        rf"(?:(?P<ago_approx>about|around|some|nearly|almost|roughly|more{_S}than|over|less{_S}than){_S})?"
        rf"(?<![\w-])(?P<ago_n>{_COUNT})[\s-]{{1,3}}(?P<ago_unit>day|week|month|year|decade)s?{_S}ago(?![\w-])",
    ),
    # "two days later", "a week earlier", "the next day", "the following month"
    (
        "shift",
        rf"(?<![\w-])(?P<sh_n>{_COUNT})[\s-]{{1,3}}(?P<sh_unit>day|week|month|year)s?{_S}"
        rf"(?P<sh_dir>later|earlier)(?![\w-])(?!{_S}than)"
        rf"|(?<![\w-])[Tt]he{_S}(?P<sh_word>next|following|previous|preceding|same){_S}"
        rf"(?P<sh_unit2>day|week|month|year|morning|evening|night)(?![\w-])"
        rf"|(?<![\w-])(?:(?P<sh_side>[Ee]arlier|[Ll]ater){_S})?[Tt]hat(?:{_S}same)?{_S}"
        rf"(?P<sh_unit3>day|week|month|year|morning|evening|night|afternoon)(?![\w-])"
        rf"|(?<![\w-])[Tt]he{_S}day{_S}(?P<sh_ba>before|after)(?=\s?[,.;:)]|\s*$)",
    ),
    # "today", "yesterday", "last night", "this morning"
    (
        "deic",
        r"(?<![\w-])(?P<de_word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s{1,3}night"
        r"|[Tt]his\s{1,3}(?:morning|afternoon|evening))(?:\s{1,3}(?:morning|afternoon|evening|night))?(?![\w-])",
    ),
    # "said Monday", "on Friday afternoon", "last Tuesday"
    (
        "wd",
        _pre("wd_pre")
        + rf"(?:(?P<wd_named>{NAMED_DAY_WORDS})\s{{1,3}})?"
        + r"(?:(?P<wd_dir>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s{1,3})?"
        + _weekday("wd")
        + r"(?:\s{1,3}(?:morning|afternoon|evening|night))?",
    ),
    # "in March", "early June", "last May"
    (
        "mon",
        _pre("mon_pre")
        + _mod("mon_mod")
        + r"(?:(?P<mon_dir>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s{1,3})?"
        + _month("mon_m", dot_required=True)
        + rf"(?:{_S}of{_S}(?P<mon_rel>this|last|next|the\s{{1,3}}same|the\s{{1,3}}following){_S}year(?![\w-]))?",
    ),
    # "the 1990s", "the '90s"
    (
        "dec",
        r"(?:[Tt]he\s{1,3})?(?:(?<![\w-])(?P<dec_y>1[6-9]\d0|20\d0)|[\u2019'](?P<dec_yy>\d0))[\u2019']?s(?![\w-])",
    ),
    # "the 20th century", "the twenty-first century"
    (
        "cent",
        r"(?:[Tt]he\s{1,3})?(?:(?<![\w-])(?P<cent_n>1[0-9]|2[0-2]|[1-9])(?:st|nd|rd|th)"
        r"|(?P<cent_w>(?i:nineteenth|twentieth|twenty-first)))[\s-]{1,3}[Cc]entury(?![\w-])",
    ),
    # "between 2007 and 2009", "from 2014 to 2018"
    (
        "yrr",
        rf"(?<![\w-])(?P<yrr_from>[Bb]etween|[Ff]rom){_S}"
        + _year("yrr_1")
        + rf"{_S}(?:and|to|through|until|till){_S}"
        + _year("yrr_2"),
    ),
    # "in 2009", "early 2011", "2008-2010"
    (
        "yr",
        _pre("yr_pre")
        + _mod("yr_mod")
        + r"(?<![\w$\u20ac\u00a3#.,])(?<!\d-)"
        + _year("yr")
        + rf"(?:{_DASH}(?P<yr2>1[6-9]\d\d|20\d\d|\d\d)(?![\w]|[.,:]\d))?",
    ),
]

#: The kinds, in the order of the alternatives.
KINDS: tuple[str, ...] = tuple(kind for kind, _ in _ALTERNATIVES)

DATE_PATTERN = re.compile("|".join(f"(?P<k_{kind}>{body})" for kind, body in _ALTERNATIVES))

#: Words that put a date without a year in the future ("will meet on June 3").
_FUTURE_WORDS = (
    r"will|won[\u2019']t|shall|going\s{1,3}to|scheduled|slated|set\s{1,3}to|due\s{1,3}to"
    r"|expected\s{1,3}to|plans?\s{1,3}to|planned|intends?\s{1,3}to|upcoming|ahead\s{1,3}of"
    r"|(?:wants?|aims?|hopes?|seeks?)\s{1,3}to|(?:is|are)\s{1,3}to|to\s{1,3}be\s{1,3}held"
    r"|(?:should|may|might)(?!\s{1,3}have\b)"
)
FUTURE_CUE = re.compile(rf"(?<![\w'])(?:{_FUTURE_WORDS})(?![\w'])|[\u2019']ll(?![\w'])")
#: ``FUTURE_CUE`` one character late, behind a non-word character (see ``dates._future_cues``):
#: opening with that class lets the scan jump from gap to gap. The gap is an apostrophe for
#: "'ll" (group ``ll``), and must not be "'" before the words (``dates`` checks that).
FUTURE_CUE_AFTER_GAP = re.compile(rf"\W(?:ll(?<=[\u2019']ll)(?P<ll>)(?![\w'])|(?:{_FUTURE_WORDS})(?![\w']))")

#: A past reporting verb next to a date makes the date the reporting day ("said Monday it will").
_REPORT_WORDS = "said|told|announced|reported|added|confirmed|stated|wrote|disclosed|declared|noted|tweeted|posted"
PAST_REPORT_CUE = re.compile(rf"(?<![\w'])(?:{_REPORT_WORDS})(?![\w'])")
#: ``PAST_REPORT_CUE`` behind the non-word character (not "'") its look-behind asks for.
PAST_REPORT_CUE_AFTER_GAP = re.compile(rf"[^\w'](?:{_REPORT_WORDS})(?![\w'])")
