"""Word lists for quantity extraction: units, currencies, trend words, stop words, plurals.

Plain data, no logic beyond building lookups. Unit names are lowercase, singular and spelled
out ("kilometre", "mile per hour"); currencies are ISO 4217 codes.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = [
    "COUNTED_SYNONYMS",
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "INDEX_NAMES",
    "IRREGULAR_SINGULARS",
    "METRE_CONTEXT",
    "MONTHS",
    "NAME_IDIOMS",
    "NOT_PLURAL",
    "NOT_SUPERLATIVE",
    "PER_WORDS",
    "SCALE_ABBREVIATIONS",
    "SENTENCE_ADVERBS",
    "SENTENCE_FUNCTION_WORDS",
    "STOP_WORDS",
    "TIME_SUFFIXES",
    "TREND_DOWN",
    "TREND_NOUNS",
    "TREND_OBJECT_VERBS",
    "TREND_UP",
    "UNITS_CASED",
    "UNITS_WORDS",
]

#: Currency signs and codes written before the number: "$2.3bn", "US$58", "€5", "GBP 10".
CURRENCY_BEFORE: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "$A": "AUD",
    "US $": "USD",
    "USD": "USD",
    "A$": "AUD",
    "A $": "AUD",
    "HK $": "HKD",
    "C $": "CAD",
    "NZ $": "NZD",
    "S $": "SGD",
    "AU$": "AUD",
    "AU $": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "S$": "SGD",
    "SGD": "SGD",
    "£": "GBP",
    "GBP": "GBP",
    "PS": "GBP",  # "£" mangled by a Latin-1 round trip: "PS2.7m" (see quantities._mangled_pound)
    "€": "EUR",
    "EUR": "EUR",
    "¥": "JPY",
    "Y=": "JPY",  # how wire copy writes the yen sign in ASCII: "Y=28,030"
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "₽": "RUB",
    "RUB": "RUB",
    "₴": "UAH",
    "UAH": "UAH",
    "₪": "ILS",
    "ILS": "ILS",
    "CHF": "CHF",
    "R$": "BRL",
    "BRL": "BRL",
    "₩": "KRW",
    "KRW": "KRW",
    "RM": "MYR",
    "MYR": "MYR",
}

#: Currency words written after the number: "300 euros", "5 billion yuan".
CURRENCY_AFTER: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "usd": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "indian rupees": "INR",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "ukrainian hryvnias": "UAH",
    "israeli shekels": "ILS",
    "malaysian ringgit": "MYR",
    "south african rand": "ZAR",
    "mexican pesos": "MXN",
    "turkish lira": "TRY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "shekels": "ILS",
    "shekel": "ILS",
    "ringgit": "MYR",
    "swiss francs": "CHF",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "kronor": "SEK",
    "kroner": "DKK",
    "zlotys": "PLN",
    "zloty": "PLN",
    "lira": "TRY",
    "rand": "ZAR",
    "naira": "NGN",
    "pesos": "MXN",
    "francs": "CHF",
    "won": "KRW",
    "reais": "BRL",
    # Signs written after the amount, as in much of Europe: "1,200€", "850 €".
    "€": "EUR",
    "£": "GBP",
    # ISO codes written after the amount: "110 JPY".
    **{
        code.lower(): code
        for code in (
            "USD",
            "EUR",
            "GBP",
            "JPY",
            "CNY",
            "AUD",
            "CAD",
            "HKD",
            "NZD",
            "SGD",
            "INR",
            "RUB",
            "UAH",
            "ILS",
            "CHF",
            "BRL",
            "KRW",
            "MYR",
        )
    },
}

#: Abbreviated scales after a number: "$2.3bn", "4.3M", "5k". Lower-case "m" and "b" are
#: scales only after a currency (otherwise "100m" is metres).
SCALE_ABBREVIATIONS: dict[str, float] = {
    "bn": 1e9,
    "bln": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "M": 1e6,
    "K": 1e3,
    "k": 1e3,
    "B": 1e9,
    "m": 1e6,
    "b": 1e9,
    "T": 1e12,
}

#: Units written as words (matched case-insensitively) and their normalised names.
UNITS_WORDS: dict[str, str] = {
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "basis points": "basis point",
    "basis point": "basis point",
    "kilometres": "kilometre",
    "kilometers": "kilometre",
    "kilometre": "kilometre",
    "kilometer": "kilometre",
    "metres": "metre",
    "meters": "metre",
    "metre": "metre",
    "meter": "metre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "centimetre": "centimetre",
    "centimeter": "centimetre",
    "millimetres": "millimetre",
    "millimeters": "millimetre",
    "millimetre": "millimetre",
    "millimeter": "millimetre",
    "micrometres": "micrometre",
    "micrometers": "micrometre",
    "nanometres": "nanometre",
    "nanometers": "nanometre",
    "nanometre": "nanometre",
    "nanometer": "nanometre",
    "gigatonnes": "gigatonne",
    "gigatons": "gigatonne",
    "megatonnes": "megatonne",
    "megatons": "megatonne",
    "gigapascals": "gigapascal",
    "pound-feet": "pound-foot",
    "revolutions per minute": "revolution per minute",
    "miles per hour": "mile per hour",
    "mile per hour": "mile per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "miles per gallon": "mile per gallon",
    "miles": "mile",
    "mile": "mile",
    "nautical miles": "nautical mile",
    "yards": "yard",
    "yard": "yard",
    "feet": "foot",
    "foot": "foot",
    "inches": "inch",
    "parts per million": "part per million",
    "parts per billion": "part per billion",
    "inch": "inch",
    "square metres": "square metre",
    "square meters": "square metre",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "square miles": "square mile",
    "square feet": "square foot",
    "square foot": "square foot",
    "square metre": "square metre",
    "square meter": "square metre",
    "square mile": "square mile",
    "square kilometre": "square kilometre",
    "cubic kilometres": "cubic kilometre",
    "cubic kilometers": "cubic kilometre",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "cubic feet": "cubic foot",
    "tablespoons": "tablespoon",
    "teaspoons": "teaspoon",
    "acres": "acre",
    "hectares": "hectare",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "ton",
    "ton": "ton",
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kilos": "kilogram",
    "grams": "gram",
    "milligrams": "milligram",
    "micrograms": "microgram",
    "pounds": "pound",
    "ounces": "ounce",
    "litres": "litre",
    "liters": "litre",
    "litre": "litre",
    "liter": "litre",
    "gallons": "gallon",
    "barrels per day": "barrel per day",
    "barrels a day": "barrel per day",
    "barrel-a-day": "barrel per day",
    "barrels": "barrel",
    "barrel": "barrel",
    "cents": "cent",
    "cent": "cent",
    "pence": "penny",
    "sen": "sen",
    "degrees celsius": "celsius",
    "degrees fahrenheit": "fahrenheit",
    "degrees centigrade": "celsius",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "degrees": "degree",
    "degree": "degree",
    "horsepower": "horsepower",
    "calories": "calorie",
    "kilocalories": "kilocalorie",
    "knots": "knot",
    "megawatts": "megawatt",
    "gigawatts": "gigawatt",
    "kilowatts": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "kilowatt": "kilowatt",
    "kilowatt-hours": "kilowatt hour",
    "gigabytes": "gigabyte",
    "terabytes": "terabyte",
    "megabytes": "megabyte",
    "years old": "year of age",
    "year-old": "year of age",
    "year old": "year of age",
    "years": "year",
    "year": "year",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "seconds": "second",
    "times": "time",
    "points": "point",
    "point": "point",
}

#: Unit symbols (matched case-sensitively, no letter may follow) and their normalised names.
UNITS_CASED: dict[str, str] = {
    "%": "percent",
    "pc": "percent",
    "p": "penny",
    "Mbps": "megabit per second",
    "Gbps": "gigabit per second",
    "Ghz": "gigahertz",
    "Mhz": "megahertz",
    "mL": "millilitre",
    "mAh": "milliampere hour",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "WAR": "win above replacement",
    "ppm": "part per million",
    "ppb": "part per billion",
    "kts": "knot",
    "kt": "knot",
    "\u00b5m": "micrometre",
    "\u03bcm": "micrometre",
    "Nm": "newton metre",
    "MPa": "megapascal",
    "psi": "pound per square inch",
    "ksi": "kilopound per square inch",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "km/hr": "kilometre per hour",
    "lb-ft": "foot pound-force",
    "rpm": "revolution per minute",
    "mph": "mile per hour",
    "m.p.h.": "mile per hour",
    "mpg": "mile per gallon",
    "km2": "square kilometre",
    "km3": "cubic kilometre",
    "km^2": "square kilometre",
    "km^3": "cubic kilometre",
    "sq mi": "square mile",
    "mi": "mile",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "cl": "centilitre",
    "sq km": "square kilometre",
    "sq m": "square metre",
    "sqm": "square metre",
    "m2": "square metre",
    "sq ft": "square foot",
    "km": "kilometre",
    "cm": "centimetre",
    "mm": "millimetre",
    "m": "metre",
    "ft": "foot",
    "kg": "kilogram",
    "mg": "milligram",
    "mcg": "microgram",
    "kcal": "kilocalorie",
    "HZ": "hertz",
    "lbs": "pound",
    "lb": "pound",
    "oz": "ounce",
    "ml": "millilitre",
    "bpd": "barrel per day",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kW": "kilowatt",
    "kWh": "kilowatt hour",
    "Wh": "watt hour",
    "MWh": "megawatt hour",
    "TWh": "terawatt hour",
    "eV": "electronvolt",
    "keV": "kiloelectronvolt",
    "MeV": "megaelectronvolt",
    "GeV": "gigaelectronvolt",
    "TeV": "teraelectronvolt",
    "L": "litre",
    "K": "kelvin",
    "s": "second",
    "ms": "millisecond",
    "h": "hour",
    "nm": "nanometre",
    "mV": "millivolt",
    "kV": "kilovolt",
    "V": "volt",
    "mW": "milliwatt",
    "\u00c5": "angstrom",
    "mbar": "millibar",
    "\u2030": "per mille",
    "wt%": "weight percent",
    "\u00b0": "degree",
    "GWh": "gigawatt hour",
    "GB": "gigabyte",
    "TB": "terabyte",
    "MB": "megabyte",
    "GHz": "gigahertz",
    "kHz": "kilohertz",
    "W": "watt",
    "min": "minute",
    "g": "gram",
    "HP": "horsepower",
    "MHz": "megahertz",
    "Hz": "hertz",
    "°C": "celsius",
    "°F": "fahrenheit",
    "degC": "celsius",  # "°" mangled in ASCII copy: "2.14degF", "1.19deg C"
    "degF": "fahrenheit",
    "deg C": "celsius",
    "deg F": "fahrenheit",
    "\u2032": "foot",  # primes (U+2032 feet, U+2033 inches) and the ASCII apostrophe: 30'
    "'": "foot",
    "\u2033": "inch",
    "C": "celsius",
    "F": "fahrenheit",
    "bps": "basis point",
    "mins": "minute",
    "hrs": "hour",
    "sec": "second",
}

#: Words after a lower-case "m" that make it metres, not millions ("100m sprint", "2m tall").
METRE_CONTEXT: frozenset[str] = _words(
    """
    tall high wide long deep away above below under across in from sprint race freestyle
    butterfly backstroke breaststroke hurdles relay dash final finals medley individual record
    """
)

#: Words after "per" / "a" that make a rate ("$80 per barrel", "3,000 tests a day").
PER_WORDS: frozenset[str] = frozenset(
    {"hour", "day", "week", "month", "year", "annum", "second", "minute", "night", "game", "season"}
    | {"barrel", "share", "gallon", "ounce", "tonne", "ton", "pound", "kilo", "litre", "head", "person", "piece"}
)

#: Verbs and nouns that make a figure a change rather than a level ("rose 3%", "up 19 cents").
TREND_UP: frozenset[str] = _words(
    """
    up rose rise rises rising risen increased increase increases increasing gained gain gains
    gaining jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing
    grown soared soars surged surges surging advanced advances higher rallied spiked expanded
    expand soar soaring surge rallying spiking advancing upward upwards
    """
)
TREND_DOWN: frozenset[str] = _words(
    """
    down fell fall falls falling fallen dropped drop drops dropping declined decline declines
    declining decreased decrease decreases slipped slips slid slides sank sinks plunged plunges
    tumbled tumbles lower shrank shrunk shrinks contracted eased eases dip dipped dips slumped
    slumps retreated weakened narrowed plummeted plummeting plummets plummet tumbling slumping
    plunging plunge sinking sliding slipping dipping easing shrinking downward downwards
    """
)
#: Verbs that take a count as their object ("lost 3 games") and a change only with a unit
#: of change ("lost 2%", "cut $5 billion").
TREND_OBJECT_VERBS: dict[str, str] = {
    "added": "up",
    "adds": "up",
    "raised": "up",
    "raises": "up",
    "boosted": "up",
    "hiked": "up",
    "lost": "down",
    "loses": "down",
    "shed": "down",
    "sheds": "down",
    "cut": "down",
    "cuts": "down",
    "reduced": "down",
    "lowered": "down",
}
#: Nouns after a figure that make it a change: "a 5% rise", "a 3 percent drop".
TREND_NOUNS: dict[str, str] = {
    "rise": "up",
    "increase": "up",
    "gain": "up",
    "jump": "up",
    "growth": "up",
    "hike": "up",
    "surge": "up",
    "improvement": "up",
    "drop": "down",
    "fall": "down",
    "decline": "down",
    "decrease": "down",
    "cut": "down",
    "loss": "down",
    "reduction": "down",
    "slump": "down",
    "plunge": "down",
}

#: Month names and abbreviations: a number right after one is a day of a date.
MONTHS: frozenset[str] = _words(
    """
    January February March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)

#: Words that end a counted-noun phrase: determiners, prepositions, conjunctions, pronouns,
#: auxiliaries and frequent verbs. Lower-case.
#: Words ending in "-est" that are no superlatives ("interest", "forest").
NOT_SUPERLATIVE: frozenset[str] = _words(
    "interest forest request contest protest harvest test quest guest chest west nest rest pest crest"
)

STOP_WORDS: frozenset[str] = _words(
    """
    a an the this that these those its it their his her our your my some any each every all
    no not nor and or but if as of in on at to by for from with without into onto over under
    about above below between among through during before after since until than then
    who whom whose which what when where why how while because although though so yet
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must said says say saying told tells reported according
    he she they we you i me him them us there here more most less least fewer many much
    such other another also only just even still already very too again ago later earlier
    per via across along around against toward towards upon within outside inside near
    including include includes included like unlike versus vs plus minus or
    got get gets make makes made take takes took go goes went come comes came give gives gave
    see sees saw say seems become became becomes need needs want wants used using
    both either neither else whether up down off out
    higher lower cheaper bigger smaller larger faster slower better worse greater older younger
    longer shorter
    """
)

#: Sentence-initial or lower-case words that may stand right before a number without making
#: it part of a name ("In 2019", "About 300", "With 275").
SENTENCE_FUNCTION_WORDS: frozenset[str] = _words(
    """
    a an the in on at by for from with about around over under some only just nearly almost
    roughly approximately more less fewer least up to and but or of to since after before
    during until all another those these its their his her our between among than as while
    when if estimated total within
    """
)

#: Adverbs that may open a sentence before a figure ("Today 40 people ...", "Exactly 12 ...").
SENTENCE_ADVERBS: frozenset[str] = _words(
    """
    exactly precisely perhaps maybe today yesterday tonight overall altogether now then still
    there here yet also nationwide worldwide globally together combined respectively last next
    this that each every some many few several both
    """
)

#: Words where a number word is part of an idiom, not a figure ("one-time", "one another").
#: Stock indices named with a number ("FTSE 100", "Nikkei 225"), matched in any case.
INDEX_NAMES: frozenset[str] = frozenset(
    {"sp", "ftse", "nasdaq", "russell", "nikkei", "stoxx", "cac", "dax", "asx", "tsx", "kospi", "sensex", "nifty"}
)

NAME_IDIOMS: frozenset[str] = frozenset({"time", "off", "way", "sided", "on", "another", "hit", "liner", "stop"})

#: Singular forms that do not follow the rules, and words that end in "s" but are singular.
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "leaves": "leaf",
    "halves": "half",
    "thieves": "thief",
    "wolves": "wolf",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "data": "data",
    "media": "media",
    "indices": "index",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "bases": "base",
    "buses": "bus",
    "movies": "movie",
    "cookies": "cookie",
    "series": "series",
    "species": "species",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
}

#: Words ending in "s" that are singular (not plurals to strip).
NOT_PLURAL: frozenset[str] = frozenset(
    {
        "news",
        "series",
        "species",
        "bus",
        "gas",
        "lens",
        "status",
        "virus",
        "campus",
        "census",
        "bonus",
        "corps",
        "specimen",
        "abdomen",
        "process",
    }
)

#: One kind under several names: the normalised form of each counted phrase.
COUNTED_SYNONYMS: dict[str, str] = {
    "drone": "uav",
    "uav": "uav",
    "unmanned aerial vehicle": "uav",
    "unmanned aircraft": "uav",
    "unmanned aircraft system": "uav",
    "uas": "uav",
    "attack drone": "uav",
    "combat drone": "uav",
    "kamikaze drone": "uav",
    "loitering munition": "uav",
}

#: Suffixes after a number that make it a time, not a figure: "10 a.m.", "5pm", "0401 GMT".
TIME_SUFFIXES: tuple[str, ...] = (
    "a.m.",
    "p.m.",
    "a.m",
    "p.m",
    "am",
    "pm",
    "o'clock",
    "GMT",
    "UTC",
    "EDT",
    "EST",
    "BST",
)
