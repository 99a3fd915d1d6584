"""Quantity extraction: accuracy and speed against quantulum3, in the same run.

Scores :func:`factcheck.extraction.quantities.find_quantities` and quantulum3 (the peer, if
installed: ``pip install -e '.[bench]'``) on the public evaluation sets under the data folder
(default ``../shared/bench`` next to the repository), following its ``SCORING.md``:

* NewsQuant: value, value+unit and value+change P/R/F1 (one-to-one matching), qualifier
  accuracy and confusion over the value-matched pairs; ours also under the plain mapping
  (qualifier labels and plain unit names, without CQE's conventions), to show what the
  adapter adds;
* quantulum3's own test sentences: value and value+unit;
* MeasEval: quantity span F1 (exact and token overlap), unit and modifier accuracy;
* speed: milliseconds per sentence for both systems on the same sentences, their ratio,
  and our slowest sentence.

Run ``PYTHONHASHSEED=0 python benchmarks/bench_quantities.py [DATA]`` (quantulum3's output
depends on the hash seed). Nothing from the data folder is written anywhere; the script
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extraction._quantity_lexicon import TREND_NOUNS
from factcheck.extraction.quantities import QuantityMention, find_quantities, singularise
from factcheck.quantity import QualifierClass

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "bench"

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Prediction:
    """One quantity in the scorer's terms: value (or range), unit name, change, span."""

    value: Value
    unit: str
    change: str
    start: int = -1
    end: int = -1
    approximate: bool | None = None  # ours: the qualifier says "about", whatever ``change`` says


# -- mapping our mentions to the benchmarks' conventions -------------------------------

#: ISO 4217 codes as CQE and quantulum3 name them.
CURRENCY_NAMES = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "SGD": "singapore dollar",
    "INR": "indian rupee",
    "RUB": "russian ruble",
    "UAH": "ukrainian hryvnia",
    "ILS": "shekel",
    "CHF": "swiss franc",
    "BRL": "brazilian real",
    "KRW": "south korean won",
    "MYR": "malaysian ringgit",
    "DKK": "danish krone",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
}
#: Our unit names where the benchmarks spell them differently.
UNIT_NAMES = {
    "percent": "percentage",
    "person": "people",
    "time": "count",
    "gigatonne": "gigaton",
    "pound": "pound-mass",
    "tonne": "metric ton",
    "penny": "point",  # CQE reads the "p" of "118.5p" as a point
    "revolution per minute": "revolutions per minute",
    "milliampere hour": "milliampere-hour",
    "part per billion": "parts-per-billion",
    "mmbtu": "mega british thermal unit",
}
#: Function words CQE leaves out of its unit names ("categories of products" -> "category product").
UNIT_STOP_WORDS = frozenset(
    {"and", "or", "of", "the", "&", "in", "to", "ever", "a", "an", "his", "her", "its", "their"}
)
#: CQE writes vague plurals as an order of magnitude ("thousands" = 1000-10000, "dozens" = 12).
VAGUE_RANGES: dict[str, Value] = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "tens of thousands": (1e4, 1e5),
    "hundreds of thousands": (1e5, 1e6),
    "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
}
CHANGES = {
    QualifierClass.EXACT: "=",
    QualifierClass.RANGE: "=",
    QualifierClass.VAGUE: "=",
    QualifierClass.ABOUT: "~",
    QualifierClass.NEARLY: "~",
    QualifierClass.MORE_THAN: ">",
    QualifierClass.AT_LEAST: ">",
    QualifierClass.LESS_THAN: "<",
    QualifierClass.AT_MOST: "<",
}


def written_value(mention: QuantityMention) -> Value:
    """The number as written (not its interval): 300 for "over 300", (40, 50) for a range."""
    quantity = mention.quantity
    interval = quantity.interval
    cls = quantity.qualifier_class
    if cls is QualifierClass.VAGUE:
        return VAGUE_RANGES.get(quantity.number_text.lower(), interval.low)
    if cls is QualifierClass.RANGE:
        if quantity.tolerance is not None:  # an approximate range: the ends as written
            return (interval.low / (1 - quantity.tolerance), interval.high / (1 + quantity.tolerance))
        return (interval.low, interval.high)
    if cls in {QualifierClass.LESS_THAN, QualifierClass.AT_MOST, QualifierClass.NEARLY}:
        value = interval.high
    elif cls is QualifierClass.ABOUT:
        value = (interval.low + interval.high) / 2
    else:
        value = interval.low
    if quantity.share and quantity.unit is None:
        value /= 100  # fractions: CQE writes "a third" as 0.333
    return value


def unit_name(mention: QuantityMention, *, head_only: bool = False, text: str = "", plain: bool = False) -> str:
    """Our unit, currency or counted noun under the benchmark's names ('-' for none).

    ``plain`` names a counted thing by its singular words without function words, without
    CQE's lemmatiser conventions (superlatives, leading participles, proper plurals).
    """
    quantity = mention.quantity
    if quantity.currency is not None:
        name = CURRENCY_NAMES.get(quantity.currency, quantity.currency.lower())
        if quantity.unit is not None:
            return f"{name} {quantity.unit}"
        return name
    if quantity.share and quantity.unit is None:
        # CQE names a fraction's unit "% <whole>": "a third of the population" -> "% population".
        return "% " + (_counted_name(mention, head_only, text, plain) if mention.counted is not None else "-")
    if quantity.unit is not None and quantity.unit.startswith("per ") and mention.counted is not None:
        return f"{_counted_name(mention, head_only, text, plain)} {quantity.unit}"  # "test per day"
    if quantity.unit is not None:
        if quantity.unit in UNIT_NAMES:
            return UNIT_NAMES[quantity.unit]
        return " ".join(UNIT_NAMES.get(word, word) for word in quantity.unit.split())
    if mention.counted is not None:
        return _counted_name(mention, head_only, text, plain)
    return "-"


_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "", "least": ""}


def _lemma(word: str) -> str:
    """CQE names counted things by spaCy lemmas: "proudest" -> "proud", "categories" -> "category"."""
    if word in _SUPERLATIVES:
        return _SUPERLATIVES[word]
    if word.endswith("iest") and len(word) > 6:
        return word[:-4] + "y"
    if word.endswith("est") and len(word) > 5 and word not in {"interest", "forest", "request", "contest", "protest"}:
        stem = word[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # "hottest" -> "hot"
        return stem + "e" if stem.endswith(("rg", "rs", "v", "c", "at")) else stem
    return singularise(word)


def _is_proper_plural(written: str) -> bool:
    """ "Americans", "Germans", "3s": spaCy does not lemmatise proper nouns, so neither does CQE."""
    possessive = "'" in written or "\u2019" in written
    return written[:1].isupper() and not written[:-1].isupper() and written.endswith("s") and not possessive


def _is_participle(word: str) -> bool:
    """ "recorded songs", "combined sales": CQE's names leave a past participle modifier out.

    ("-ing" words are left alone: "shipping containers", "lightning strikes" are nouns.)
    """
    return len(word) > 5 and word.endswith("ed") and word != "hundred"


def _counted_name(mention: QuantityMention, head_only: bool, text: str, plain: bool = False) -> str:
    assert mention.counted is not None
    if plain:
        plain_words = (singularise(n) for n in mention.counted.normalised.split() if n not in UNIT_STOP_WORDS)
        plain_name = " ".join(w for w in plain_words if w)
        if head_only:
            plain_name = plain_name.split()[-1]
        return UNIT_NAMES.get(plain_name, plain_name)
    # "the most gifted attackers": the participle is the superlative's adjective, kept
    superlative = mention.counted_start is not None and text[: mention.counted_start].endswith("most ")
    normalised = mention.counted.normalised.split()
    written = mention.counted.text.split()
    if len(written) != len(normalised):
        written = normalised
    words = (
        w.lower() if _is_proper_plural(w) else _lemma(n)
        for i, (n, w) in enumerate(zip(normalised, written, strict=True))
        if n not in UNIT_STOP_WORDS and not (i == 0 and len(normalised) > 1 and _is_participle(n) and not superlative)
    )
    name = " ".join(w for w in words if w)
    if head_only:
        name = name.split()[-1]
    return UNIT_NAMES.get(name, name)


#: quantulum3's names where they differ from ours (it counts things as "dimensionless").
QUANTULUM_NAMES = {"celsius": "degree celsius", "fahrenheit": "degree fahrenheit", "pound": "pound-mass"}


def ours_quantulum(text: str) -> list[Prediction]:
    """Ours under quantulum3's unit names: counted nouns are dimensionless ('-') there."""
    found = []
    mentions = find_quantities(text)
    for mention, prediction in zip(mentions, _predictions(text, mentions), strict=True):
        quantity = mention.quantity
        unit = prediction.unit
        if quantity.unit is None and quantity.currency is None:
            unit = "-"
        elif quantity.currency is None and quantity.unit is not None:
            unit = QUANTULUM_NAMES.get(quantity.unit, UNIT_NAMES.get(quantity.unit, quantity.unit))
        found.append(Prediction(prediction.value, unit, prediction.change, prediction.start, prediction.end))
    return found


def ours(text: str, *, head_only: bool = False) -> list[Prediction]:
    """Our quantities in the scorer's terms.

    The change is the qualifier when there is one ("up about 19 per cent" is '~', as CQE
    annotates it), else the trend; ``head_only`` names a counted thing by its head noun.
    """
    return _predictions(text, find_quantities(text), head_only=head_only)


#: A trend noun right after the figure: "a 3 percent drop", "a 60 basis point improvement".
_TREND_NOUN_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(TREND_NOUNS, key=len, reverse=True))})(?![A-Za-z])", re.I)


def change_of(text: str, mention: QuantityMention, previous: QuantityMention | None = None) -> str:
    """Our qualifier and trend under CQE's ``change`` convention (from the majority of its gold).

    * a bound ("more than", "under") is the change, even after a trend verb ("climbed more
      than 3%" is '>');
    * a trend verb beats an approximation: "rose about 1.5%" is 'up', but a copula with the
      adverb keeps it: "was up about 19 per cent" is '~';
    * a change named by a noun after the figure is a plain value: "a 3 percent drop" is '=';
    * a level reached by a movement is that movement: "climbed to 6.7%" is 'up' (``moved``),
      while after the amount of change ("rose 3% to 164p") the level is '=';
    * a figure the verb "average" gives is approximate: "averaged 7.3 points" is '~' (but "an
      average of 20" is '=').
    """
    cls = mention.quantity.qualifier_class
    trend = mention.trend
    if trend is not None and _TREND_NOUN_AFTER.match(text, mention.end):
        trend = None
    if trend is None and mention.moved is not None and not _after_change(text, mention, previous):
        trend = mention.moved
    if (
        cls in {QualifierClass.ABOUT, QualifierClass.NEARLY}
        and trend is not None
        and not _COPULA_UP.search(text, max(0, mention.start - 16), mention.start)
    ):
        return trend
    if cls in {QualifierClass.EXACT, QualifierClass.RANGE}:
        if cls is QualifierClass.RANGE and mention.quantity.tolerance is not None:
            return "~"  # "about 14-18 mpg"
        if trend is None and _AVERAGE.search(text, max(0, mention.start - 24), mention.start):
            return "~"  # "averaged 7.3 points": CQE reads an average as approximate
        return trend or "="
    return CHANGES[cls]


def plain_change(mention: QuantityMention) -> str:
    """Our qualifier and trend without CQE's conventions: the qualifier's label, else the trend.

    The mapping used before :func:`change_of`: a bound or an approximation is its label, an
    exact figure or a range is its trend verb's direction or '=', an approximate range '~'.
    """
    cls = mention.quantity.qualifier_class
    if cls is QualifierClass.RANGE and mention.quantity.tolerance is not None:
        return "~"
    if cls in {QualifierClass.EXACT, QualifierClass.RANGE}:
        return mention.trend or "="
    return CHANGES[cls]


def _after_change(text: str, mention: QuantityMention, previous: QuantityMention | None) -> bool:
    """The clause gave the amount of change first: "lost 162 points, or 2.1%, to fall to 7,425"."""
    if previous is None or previous.trend is None or mention.start - previous.end > 40:
        return False
    return not any(mark in text[previous.end : mention.start] for mark in ".;!?")


_AVERAGE = re.compile(r"\baverag(?:es|ed|ing)[ \t]+$", re.I)  # the verb; "an average of 20" stays '='
_COPULA_UP = re.compile(r"(?:is|was|are|were|been|be)[ \t]+(?:up|down)[ \t]+$", re.I)


def _predictions(
    text: str, mentions: Sequence[QuantityMention], *, head_only: bool = False, plain: bool = False
) -> list[Prediction]:
    found = []
    for i, mention in enumerate(mentions):
        change = plain_change(mention) if plain else change_of(text, mention, mentions[i - 1] if i else None)
        unit = unit_name(mention, head_only=head_only, text=text, plain=plain)
        cls = mention.quantity.qualifier_class
        approximate = cls in {QualifierClass.ABOUT, QualifierClass.NEARLY} or mention.quantity.tolerance is not None
        end = _figure_end(text, mention)
        found.append(Prediction(written_value(mention), unit, change, mention.start, end, approximate))
    return found


def _figure_end(text: str, mention: QuantityMention) -> int:
    """Where the figure ends without its counted noun (MeasEval spans cover number and unit only)."""
    if mention.counted_start is not None and mention.start < mention.counted_start < mention.end:
        return mention.start + len(text[mention.start : mention.counted_start].rstrip(" \t-"))
    return mention.end


def ours_plain(text: str) -> list[Prediction]:
    """Ours under the plain mapping (:func:`plain_change`, plain unit names): what the adapter adds."""
    return _predictions(text, find_quantities(text), plain=True)


def ours_head(text: str) -> list[Prediction]:
    """Ours, with counted things named by their head noun ("charging stations" -> "station")."""
    return ours(text, head_only=True)


def quantulum(parser: Any) -> Callable[[str], list[Prediction]]:
    """quantulum3 in the scorer's terms (it has no qualifier: change is always '=')."""

    def run(text: str) -> list[Prediction]:
        found = []
        for quantity in parser.parse(text):
            value: Value = float(quantity.value)
            if quantity.uncertainty:
                value = (value - quantity.uncertainty, value + quantity.uncertainty)
            name = quantity.unit.name.lower()
            found.append(Prediction(value, "-" if name == "dimensionless" else name, "=", *quantity.span))
        return found

    return run


# -- scoring -----------------------------------------------------------------------------


def values_match(predicted: Value, gold: Value) -> bool:
    """numpy.isclose on each end; a range matches only a range.

    Ranges are compared as sets of ends: CQE writes "fell from $2,415 to $2,315" as the pair
    (2415, 2315), we as the interval [2315, 2415].
    """
    if isinstance(predicted, tuple) != isinstance(gold, tuple):
        return False
    if isinstance(predicted, tuple) and isinstance(gold, tuple):
        predicted, gold = tuple(sorted(predicted)), tuple(sorted(gold))  # type: ignore[assignment]
    pairs = zip(predicted, gold, strict=True) if isinstance(predicted, tuple) else [(predicted, gold)]
    return all(abs(p - g) <= 1e-5 * abs(g) + 1e-8 for p, g in pairs)  # type: ignore[misc]


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths): one prediction per gold quantity."""
    match_of_pred: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(n_pred):
            if p in seen or not ok(g, p):
                continue
            seen.add(p)
            if p not in match_of_pred or augment(match_of_pred[p], seen):
                match_of_pred[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return sorted((g, p) for p, g in match_of_pred.items())


@dataclass
class Score:
    """TP/FP/FN counts and the ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        ratios = f"{100 * self.precision:.1f} / {100 * self.recall:.1f} / **{100 * self.f1:.1f}**"
        return f"{ratios} ({self.tp}/{self.fp}/{self.fn})"


@dataclass
class ValueScores:
    """The NewsQuant metric levels for one system."""

    value: Score = field(default_factory=Score)
    unit: Score = field(default_factory=Score)
    change: Score = field(default_factory=Score)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)


def score_sentence(scores: ValueScores, gold: Sequence[Prediction], predicted: Sequence[Prediction]) -> None:
    """Add one sentence's one-to-one matches at each metric level."""
    n_gold, n_pred = len(gold), len(predicted)
    by_value = max_matching(n_gold, n_pred, lambda g, p: values_match(predicted[p].value, gold[g].value))
    scores.value.add(len(by_value), n_pred, n_gold)
    for g, p in by_value:
        scores.confusion[(gold[g].change, predicted[p].change)] += 1
    by_unit = max_matching(
        n_gold,
        n_pred,
        lambda g, p: values_match(predicted[p].value, gold[g].value) and predicted[p].unit == gold[g].unit,
    )
    scores.unit.add(len(by_unit), n_pred, n_gold)
    by_change = max_matching(
        n_gold,
        n_pred,
        lambda g, p: values_match(predicted[p].value, gold[g].value) and predicted[p].change == gold[g].change,
    )
    scores.change.add(len(by_change), n_pred, n_gold)


def gold_value(raw: str) -> Value:
    """CQE's value strings: '6650.0', or a range 'a-b' (a dash after the first character)."""
    dash = raw.find("-", 1)
    while dash > 0 and raw[dash - 1] in "eE":
        dash = raw.find("-", dash + 1)  # an exponent, not a range: "1.99E-05"
    if dash > 0:
        return (float(raw[:dash]), float(raw[dash + 1 :]))
    return float(raw)


def load_newsquant(data: Path) -> list[tuple[str, list[Prediction]]]:
    rows = json.loads((data / "newsquant/data/formatted_test_set/NewsQuant.json").read_text("utf-8"))
    return [
        (
            row["text"],
            [Prediction(gold_value(q["value"]), q["normalized_unit"].lower(), q["change"]) for q in row["quantities"]],
        )
        for row in rows
    ]


def load_quantulum_tests(data: Path) -> list[tuple[str, list[Prediction]]]:
    folder = data / "quantulum3-tests/quantulum3/_lang/en_US/tests"
    cases = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for row in json.loads((folder / name).read_text("utf-8")):
            gold = []
            for q in row["res"]:
                value: Value = float(q["value"])
                if q.get("uncertainty"):
                    value = (value - q["uncertainty"], value + q["uncertainty"])
                unit = q["unit"].lower()
                gold.append(Prediction(value, "-" if unit == "dimensionless" else unit, "="))
            cases.append((row["req"], gold))
    return cases


def run_value_set(
    cases: Sequence[tuple[str, list[Prediction]]], system: Callable[[str], list[Prediction]]
) -> tuple[ValueScores, list[float]]:
    """Scores, and each sentence's CPU time (the slowest sentence is reported from these)."""
    scores = ValueScores()
    times = []
    for text, gold in cases:
        started = time.process_time_ns()
        predicted = system(text)
        times.append((time.process_time_ns() - started) / 1e9)
        score_sentence(scores, gold, predicted)
    return scores, times


def cpu_ms_per_sentence(texts: Sequence[str], system: Callable[[str], object], repeats: int) -> float:
    """Mean CPU milliseconds per sentence, best of ``repeats`` passes.

    CPU time of this process, not wall-clock time: the benchmark machine is shared, and other
    processes would otherwise inflate both systems' figures by different amounts.
    """
    best = math.inf
    for _ in range(repeats):
        started = time.process_time()
        for text in texts:
            system(text)
        best = min(best, time.process_time() - started)
    return 1000 * best / len(texts)


# -- MeasEval ----------------------------------------------------------------------------


def _token_f1(a: str, b: str) -> float:
    ta, tb = a.split(), b.split()
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _overlaps(gold: list[tuple[int, int, set[str]]], predicted: list[Prediction]) -> Callable[[int, int], bool]:
    return lambda g, p: predicted[p].start < gold[g][1] and gold[g][0] < predicted[p].end


def _same_value(gold: Sequence[Prediction], predicted: Sequence[Prediction]) -> Callable[[int, int], bool]:
    return lambda g, p: values_match(predicted[p].value, gold[g].value)


def measeval(data: Path, system: Callable[[str], list[Prediction]]) -> dict[str, float]:
    """Quantity span F1 (exact, token overlap) and modifier accuracy over overlap matches."""
    folder = data / "measeval/data/eval"
    exact = overlap_p = overlap_r = 0.0
    n_pred = n_gold = 0
    mod_hits = mod_total = 0
    for text_path in sorted((folder / "text").glob("*.txt")):
        text = text_path.read_text("utf-8")
        gold: list[tuple[int, int, set[str]]] = []
        tsv = folder / "tsv" / (text_path.stem + ".tsv")
        if tsv.exists():
            for line in tsv.read_text("utf-8").splitlines()[1:]:
                cols = line.split("\t")
                if len(cols) >= 8 and cols[2] == "Quantity":
                    other = json.loads(cols[7]) if cols[7] else {}
                    mods = {m for m in other.get("mods", []) if m in {"IsApproximate", "IsRange"}}
                    gold.append((int(cols[3]), int(cols[4]), mods))
        predicted = system(text)
        n_pred += len(predicted)
        n_gold += len(gold)
        pairs = max_matching(len(gold), len(predicted), _overlaps(gold, predicted))
        for g, p in pairs:
            gs, ge, mods = gold[g]
            ps, pe = predicted[p].start, predicted[p].end
            exact += (gs, ge) == (ps, pe)
            f1 = _token_f1(text[ps:pe], text[gs:ge])
            overlap_p += f1
            overlap_r += f1
            ours_mods = set()
            approximate = predicted[p].approximate
            if approximate or (approximate is None and predicted[p].change == "~"):
                ours_mods.add("IsApproximate")
            if isinstance(predicted[p].value, tuple) or predicted[p].change in {"<", ">"}:
                ours_mods.add("IsRange")
            mod_total += 1
            mod_hits += ours_mods == mods
    p_exact, r_exact = exact / max(n_pred, 1), exact / max(n_gold, 1)
    p_ov, r_ov = overlap_p / max(n_pred, 1), overlap_r / max(n_gold, 1)
    return {
        "exact_f1": 2 * p_exact * r_exact / (p_exact + r_exact) if p_exact + r_exact else 0.0,
        "overlap_f1": 2 * p_ov * r_ov / (p_ov + r_ov) if p_ov + r_ov else 0.0,
        "modifier_accuracy": mod_hits / max(mod_total, 1),
    }


# -- report ------------------------------------------------------------------------------


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="benchmark data folder")
    parser.add_argument("--no-peer", action="store_true", help="do not run quantulum3")
    parser.add_argument(
        "--errors", type=int, default=0, help="print this many NewsQuant sentences that differ from the gold"
    )
    parser.add_argument("--repeats", type=int, default=3, help="timing passes per system (best is kept)")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / "newsquant").is_dir():
        print(f"error: no benchmark data in {data}", file=sys.stderr)
        return 2

    systems: dict[str, Callable[[str], list[Prediction]]] = {
        "factcheck": ours,
        "factcheck (plain mapping)": ours_plain,
        "factcheck (head noun)": ours_head,
    }
    if not args.no_peer:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import classifier as q3_classifier
                from quantulum3 import parser as q3_parser
            q3_classifier.USE_CLF = False
            systems["quantulum3"] = quantulum(q3_parser)
        except ImportError:
            print("quantulum3 not installed: peer rows skipped (pip install -e '.[bench]')", file=sys.stderr)

    newsquant = load_newsquant(data)
    q3_tests = load_quantulum_tests(data)
    print(f"Quantity extraction, commit `{_commit()}`, same run; P / R / **F1** (TP/FP/FN), one-to-one matching.\n")
    print("| set | system | value | value+unit | value+change | qualifier acc. | CPU ms/sentence | slowest (ms CPU) |")
    print("|---|---|---|---|---|---|---|---|")
    mean_ms: dict[str, float] = {}
    for set_name, cases in (("NewsQuant", newsquant), ("quantulum3 tests", q3_tests)):
        set_systems = dict(systems)
        if set_name == "quantulum3 tests":
            # quantulum3's own naming: counts are dimensionless, "degree celsius", ...
            set_systems = {"factcheck": ours_quantulum, **{k: v for k, v in systems.items() if k == "quantulum3"}}
        for name, system in set_systems.items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                system(cases[0][0])  # warm-up: lazy tables and imports
                scores, times = run_value_set(cases, system)
                ms = cpu_ms_per_sentence([text for text, _ in cases], system, args.repeats)
            matched = sum(scores.confusion.values())
            agree = sum(n for (g, p), n in scores.confusion.items() if g == p)
            if set_name == "NewsQuant":
                mean_ms[name] = ms
            print(
                f"| {set_name} | {name} | {scores.value.row()} | {scores.unit.row()} | {scores.change.row()} "
                f"| {100 * agree / max(matched, 1):.1f} | {ms:.3f} | {1000 * max(times):.2f} |"
            )
            if name == "factcheck" and set_name == "NewsQuant":
                confusion = scores.confusion
    if "quantulum3" in mean_ms:
        print(
            f"\nSpeed on NewsQuant: quantulum3 / factcheck = **{mean_ms['quantulum3'] / mean_ms['factcheck']:.0f}x**."
        )
    labels = ["=", "~", ">", "<", "up", "down"]
    print("\nNewsQuant qualifier confusion (rows gold, columns ours) over value-matched pairs:\n")
    print("| gold \\ ours | " + " | ".join(labels) + " |")
    print("|---" * (len(labels) + 1) + "|")
    for g in labels:
        print(f"| {g} | " + " | ".join(str(confusion[(g, p)]) for p in labels) + " |")
    print("\nMeasEval (scientific text), quantity spans:\n")
    print("| system | exact span F1 | overlap span F1 | modifier acc. (IsApproximate/IsRange) |")
    print("|---|---|---|---|")
    for name, system in systems.items():
        if name == "factcheck (plain mapping)":
            continue  # same spans and modifiers as "factcheck": the mapping changes names and labels only
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = measeval(data, system)
        print(
            f"| {name} | {100 * result['exact_f1']:.1f} | {100 * result['overlap_f1']:.1f} "
            f"| {100 * result['modifier_accuracy']:.1f} |"
        )
    if args.errors:
        _print_misses(newsquant, args.errors)
    return 0


def _print_misses(cases: Sequence[tuple[str, list[Prediction]]], limit: int) -> None:
    shown = 0
    for text, gold in cases:
        predicted = ours(text)
        pairs = max_matching(len(gold), len(predicted), _same_value(gold, predicted))
        if len(pairs) == len(gold) == len(predicted) and all(
            predicted[p].unit == gold[g].unit and predicted[p].change == gold[g].change for g, p in pairs
        ):
            continue
        print("\n" + text)
        print("  gold:", [(g.value, g.unit, g.change) for g in gold])
        print("  ours:", [(p.value, p.unit, p.change) for p in predicted])
        shown += 1
        if shown >= limit:
            break


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main"]
