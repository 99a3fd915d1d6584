"""Date extraction: quality on TimeML gold and speed, ours against dateparser.search_dates.

    python benchmarks/bench_dates.py [DATA_DIR] [--sets tempeval3,meantime] [--repeat 3]

DATA_DIR defaults to ``../shared/bench`` next to the repository. Nothing from it is kept.
Scoring follows ``SCORING.md`` (sections 3.4 and 3.5): relaxed extent match (overlap,
one-to-one by maximum bipartite matching per document), strict match (identical trimmed
span), and value F1, whose true positives are one-to-one overlapping pairs with identical
TimeML values. The peer is ``dateparser.search_dates`` (languages ``['en']``,
``RELATIVE_BASE`` = the document creation time, ``PREFER_DATES_FROM`` = ``past``), run per
sentence in the same process; its granularity comes from ``DateDataParser.get_date_data``
on each found substring, so "2009" can score as ``2009`` rather than ``2009-03-22``.
Speed is the time per sentence of each system on the same sentences (best of ``--repeat``).
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from factcheck.extraction._date_timeml import find_timexes
from factcheck.extraction.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench"


@dataclass(frozen=True, slots=True)
class Tag:
    """A time expression: offsets into the document text, TimeML type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Doc:
    name: str
    text: str
    dct: date
    gold: list[Tag]


@dataclass(slots=True)
class Score:
    system: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    dates_matched: int = 0
    dates_value: int = 0
    anchored_matched: int = 0
    anchored_value: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def f1(tp: int, system: int, gold: int) -> tuple[float, float, float]:
        p = tp / system if system else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- data ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;|[^<&]+|[<&]")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _strip_tags(markup: str) -> tuple[str, list[Tag]]:
    """The plain text of TimeML markup and the TIMEX3 tags in it, by code-point offsets."""
    parts: list[str] = []
    length = 0
    open_tags: list[tuple[int, dict[str, str]]] = []
    tags: list[Tag] = []
    for match in _TOKEN.finditer(markup):
        token = match.group(0)
        if match.group(2) is not None:
            if match.group(2) == "TIMEX3":
                if match.group(1):
                    begin, attrs = open_tags.pop()
                    tags.append(Tag(begin, length, attrs.get("type", ""), attrs.get("value", "")))
                elif not match.group(3).rstrip().endswith("/"):
                    open_tags.append((length, dict(_ATTR.findall(match.group(3)))))
            continue
        piece = html.unescape(token) if token.startswith("&") else token
        parts.append(piece)
        length += len(piece)
    return "".join(parts), tags


def _trim(text: str, tags: Iterable[Tag]) -> list[Tag]:
    out = []
    for tag in tags:
        start, end = tag.start, tag.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Tag(start, end, tag.type, tag.value))
    return out


def load_tempeval(data: Path) -> list[Doc]:
    folder = data / "tempeval3-platinum" / "data" / "TempEval3" / "Evaluation" / "te3-platinum"
    docs = []
    for path in sorted(folder.glob("*.tml")):
        markup = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", markup, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", markup, re.S)
        if dct is None or body is None:
            raise SystemExit(f"{path}: no DCT or TEXT")
        text, tags = _strip_tags(body.group(1))
        docs.append(Doc(path.stem, text, date.fromisoformat(dct.group(1)), _trim(text, tags)))
    return docs


# MEANTIME annotates time expressions in the title and the first sentences only (no TIMEX3 in
# the data is anchored beyond sentence 5), so the text scored is those sentences.
MEANTIME_SENTENCES = 6


def load_meantime(data: Path) -> list[Doc]:
    """MEANTIME documents: tokens joined with spaces, newlines between sentences.

    The dateline (the CREATION_TIME timex) is the document creation time given to both
    systems, so it is blanked out of the text rather than scored.
    """
    folder = data / "meantime-en" / "data" / "meantime_newsreader_english_oct15" / "intra_cross-doc_annotation"
    import xml.etree.ElementTree as ET

    docs = []
    for path in sorted(folder.glob("corpus_*/*.xml")):
        root = ET.parse(path).getroot()
        spans: dict[str, tuple[int, int]] = {}
        pieces: list[str] = []
        length = 0
        last_sentence = None
        for token in root.iter("token"):
            sentence = token.get("sentence")
            if int(sentence or 0) >= MEANTIME_SENTENCES:
                break
            if pieces:
                separator = "\n" if sentence != last_sentence else " "
                pieces.append(separator)
                length += 1
            last_sentence = sentence
            word = token.text or ""
            spans[token.get("t_id", "")] = (length, length + len(word))
            pieces.append(word)
            length += len(word)
        text = "".join(pieces)
        dct_value = None
        dct_spans: list[tuple[int, int]] = []
        gold: list[Tag] = []
        markables = root.find("Markables")
        for timex in markables.iter("TIMEX3") if markables is not None else ():
            anchors = [spans[a.get("t_id", "")] for a in timex.iter("token_anchor") if a.get("t_id", "") in spans]
            if timex.get("functionInDocument") == "CREATION_TIME":
                dct_value = timex.get("value")
                dct_spans.extend(anchors)
                continue
            if not anchors:
                continue
            gold.append(Tag(min(a[0] for a in anchors), max(a[1] for a in anchors), timex.get("type", ""),
                            timex.get("value", "")))  # fmt: skip
        if not dct_value or not re.match(r"\d{4}-\d\d-\d\d", dct_value):
            continue  # the two documents without a DCT are left out (SCORING 3.5)
        for begin, stop in dct_spans:
            text = text[:begin] + " " * (stop - begin) + text[stop:]
        docs.append(Doc(path.stem, text, date.fromisoformat(dct_value[:10]), gold))
    return docs


# -- systems -------------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"'\u201d\u2019)]?(?=\s+[\"'\u201c(A-Z0-9])|$)", re.M)


def sentences(text: str) -> list[tuple[int, int]]:
    """A simple sentence split (lines, then sentence-final punctuation before a capital)."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def ours(doc: Doc) -> list[Tag]:
    return [Tag(t.start, t.end, t.type, t.value or "") for t in find_timexes(doc.text, anchor=doc.dct)]


class Peer:
    """dateparser.search_dates per sentence, with offsets recovered by searching the substrings."""

    def __init__(self) -> None:
        from dateparser import DateDataParser
        from dateparser.search import search_dates

        self.search_dates = search_dates
        self.parser_class = DateDataParser

    def settings(self, dct: date) -> dict[str, object]:
        return {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "past"}

    def sentence(self, text: str, dct: date) -> list[tuple[str, datetime]] | None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return self.search_dates(text, languages=["en"], settings=self.settings(dct))

    def run(self, doc: Doc) -> list[Tag]:
        parser = self.parser_class(languages=["en"], settings=self.settings(doc.dct))
        tags = []
        for start, end in sentences(doc.text):
            cursor = start
            for found, moment in self.sentence(doc.text[start:end], doc.dct) or []:
                at = doc.text.find(found, cursor, end)
                if at < 0:
                    continue
                cursor = at + len(found)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    period = parser.get_date_data(found).period or "day"
                tags.append(Tag(at, at + len(found), "DATE", _peer_value(moment, period)))
        return tags


def _peer_value(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    return moment.date().isoformat()


# -- scoring -------------------------------------------------------------------------------


def _max_matching(system: Sequence[Tag], gold: Sequence[Tag], edge: Callable[[Tag, Tag], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (gold index -> system index) by augmenting paths."""
    adjacency = [[j for j, g in enumerate(gold) if edge(s, g)] for s in system]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(system)):
        augment(i, set())
    return owner


def _overlap(a: Tag, b: Tag) -> bool:
    return a.start < b.end and b.start < a.end


_YEAR = re.compile(r"\b\d{4}\b")


def score(docs: Sequence[Doc], system: Callable[[Doc], list[Tag]], types: frozenset[str] | None = None) -> Score:
    total = Score()
    for doc in docs:
        gold = [g for g in doc.gold if types is None or g.type in types]
        predicted = system(doc)
        total.system += len(predicted)
        total.gold += len(gold)
        relaxed = _max_matching(predicted, gold, _overlap)
        total.relaxed += len(relaxed)
        total.strict += len(_max_matching(predicted, gold, lambda s, g: (s.start, s.end) == (g.start, g.end)))
        total.value += len(_max_matching(predicted, gold, lambda s, g: _overlap(s, g) and s.value == g.value))
        for j, i in relaxed.items():
            if gold[j].type != "DATE":
                continue
            same = predicted[i].value == gold[j].value
            total.dates_matched += 1
            total.dates_value += same
            if not _YEAR.search(doc.text[gold[j].start : gold[j].end]):
                total.anchored_matched += 1
                total.anchored_value += same
        for j, g in enumerate(gold):
            i = relaxed.get(j)
            got = "-" if i is None else f"{doc.text[predicted[i].start : predicted[i].end]!r} {predicted[i].value}"
            if i is None or predicted[i].value != g.value:
                total.misses.append(f"{doc.name}: {doc.text[g.start : g.end]!r} {g.type} {g.value} <- {got}")
    return total


def row(name: str, s: Score) -> str:
    _, _, relaxed = Score.f1(s.relaxed, s.system, s.gold)
    _, _, strict = Score.f1(s.strict, s.system, s.gold)
    vp, vr, vf = Score.f1(s.value, s.system, s.gold)
    dates = s.dates_value / s.dates_matched if s.dates_matched else 0.0
    anchored = s.anchored_value / s.anchored_matched if s.anchored_matched else 0.0
    return (
        f"| {name} | {s.system} | {s.gold} | {relaxed:.3f} | {strict:.3f} | {vp:.3f} | {vr:.3f} | **{vf:.3f}** "
        f"| {s.value} | {dates:.3f} ({s.dates_value}/{s.dates_matched}) "
        f"| {anchored:.3f} ({s.anchored_value}/{s.anchored_matched}) |"
    )


HEADER = (
    "| system | sys | gold | relaxed F1 | strict F1 | value P | value R | value F1 | value TP "
    "| DATE value acc. | DATE value acc., no year in span |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


# -- Recognizers-Text date specs (SCORING 3.8) -------------------------------------------


@dataclass(frozen=True, slots=True)
class SpecCase:
    text: str
    reference: date
    gold: list[tuple[int, int, list[dict[str, str]]]]  # start, end (exclusive), resolution values


def load_recognizers(data: Path) -> list[SpecCase]:
    import json

    path = data / "recognizers-text-specs" / "Specs" / "DateTime" / "English" / "DateTimeModel.json"
    cases = []
    for record in json.loads(path.read_text(encoding="utf-8-sig")):
        results = [
            r for r in record.get("Results", []) if r.get("TypeName") in {"datetimeV2.date", "datetimeV2.daterange"}
        ]
        reference = record.get("Context", {}).get("ReferenceDateTime")
        if not results or not reference:
            continue
        gold = [(r["Start"], r["End"] + 1, r.get("Resolution", {}).get("values", [])) for r in results]
        cases.append(SpecCase(record["Input"], date.fromisoformat(reference[:10]), gold))
    return cases


def _resolution_ok(first: date | None, last: date | None, values: list[dict[str, str]]) -> tuple[bool, bool]:
    """(correct, chose the earliest of several readings) for one predicted interval."""
    if first is None or last is None:
        return False, False
    hits = []
    for index, value in enumerate(values):
        point = first == last and value.get("value") == first.isoformat()
        ends = {last.isoformat(), date.fromordinal(last.toordinal() + 1).isoformat()}
        if point or (value.get("start") == first.isoformat() and value.get("end") in ends):
            hits.append(index)
    return bool(hits), bool(hits) and hits[0] == 0


def score_recognizers(
    cases: Sequence[SpecCase], system: Callable[[str, date], list[tuple[int, int, date | None, date | None]]]
) -> str:
    predicted_total = gold_total = exact = overlap = correct = ambiguous = past = 0
    for case in cases:
        predicted = system(case.text, case.reference)
        predicted_total += len(predicted)
        gold_total += len(case.gold)
        gold_tags = [Tag(a, b, "", "") for a, b, _ in case.gold]
        system_tags = [Tag(a, b, "", "") for a, b, _, _ in predicted]
        exact += len(_max_matching(system_tags, gold_tags, lambda x, y: (x.start, x.end) == (y.start, y.end)))
        matching = _max_matching(system_tags, gold_tags, _overlap)
        overlap += len(matching)
        for j, i in matching.items():
            values = case.gold[j][2]
            ok, earliest = _resolution_ok(predicted[i][2], predicted[i][3], values)
            correct += ok
            if len(values) == 2 and ok:
                ambiguous += 1
                past += earliest
    _, _, exact_f1 = Score.f1(exact, predicted_total, gold_total)
    p, r, overlap_f1 = Score.f1(overlap, predicted_total, gold_total)
    accuracy = correct / overlap if overlap else 0.0
    return (
        f"| {{name}} | {predicted_total} | {gold_total} | {exact_f1:.3f} | {p:.3f} | {r:.3f} | {overlap_f1:.3f} "
        f"| {accuracy:.3f} ({correct}/{overlap}) | {past}/{ambiguous} |"
    )


def ours_spec(text: str, reference: date) -> list[tuple[int, int, date | None, date | None]]:
    return [(m.start, m.end, m.timeref.start, m.timeref.end) for m in find_dates(text, anchor=reference)]


def peer_spec(peer: Peer) -> Callable[[str, date], list[tuple[int, int, date | None, date | None]]]:
    def run(text: str, reference: date) -> list[tuple[int, int, date | None, date | None]]:
        out: list[tuple[int, int, date | None, date | None]] = []
        cursor = 0
        for found, moment in peer.sentence(text, reference) or []:
            at = text.find(found, cursor)
            if at >= 0:
                cursor = at + len(found)
                out.append((at, at + len(found), moment.date(), moment.date()))
        return out

    return run


RECOGNIZERS_HEADER = (
    "| system | sys | gold | exact span F1 | overlap P | overlap R | overlap F1 | resolution acc. "
    "| past reading chosen (of two) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|"
)


# -- speed ---------------------------------------------------------------------------------


def speed(docs: Sequence[Doc], peer: Peer, repeat: int) -> list[str]:
    items = [(doc.text[a:b], doc.dct) for doc in docs for a, b in sentences(doc.text)]

    def best(run: Callable[[str, date], object]) -> tuple[float, float]:
        """Mean and maximum over sentences of each sentence's best time over the runs."""
        for text, dct in items[:50]:  # warm-up: first calls compile and cache
            run(text, dct)
        fastest = [float("inf")] * len(items)
        for _ in range(repeat):
            for index, (text, dct) in enumerate(items):
                began = time.perf_counter()
                run(text, dct)
                fastest[index] = min(fastest[index], time.perf_counter() - began)
        return sum(fastest) / len(items), max(fastest)

    def run_dates(text: str, dct: date) -> object:
        return find_dates(text, anchor=dct)

    def run_timexes(text: str, dct: date) -> object:
        return find_timexes(text, anchor=dct)

    peer_time, peer_worst = best(peer.sentence)
    lines = [
        f"{len(items)} sentences; per sentence the best of {repeat} runs",
        "",
        "| system | ms / sentence | max ms (one sentence) | speed-up vs search_dates |",
        "|---|---:|---:|---:|",
        f"| dateparser.search_dates | {peer_time * 1e3:.3f} | {peer_worst * 1e3:.2f} | 1.0 |",
    ]
    for name, run in (("find_dates", run_dates), ("find_timexes (dates + durations)", run_timexes)):
        mean, worst = best(run)
        lines.append(f"| {name} | {mean * 1e3:.4f} | {worst * 1e3:.2f} | {peer_time / mean:.0f}x |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default="tempeval3,meantime,recognizers")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="list gold timexes we miss or value wrongly")
    args = parser.parse_args(argv)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"commit {commit or 'unknown'}; data {args.data}")
    peer = Peer()
    for name in args.sets.split(","):
        if name == "recognizers":
            cases = load_recognizers(args.data)
            print(f"\n## recognizers: {len(cases)} date/daterange cases, {sum(len(c.gold) for c in cases)} gold\n")
            print(RECOGNIZERS_HEADER)
            print(score_recognizers(cases, ours_spec).format(name="factcheck find_dates"))
            print(score_recognizers(cases, peer_spec(peer)).format(name="dateparser.search_dates"))
            continue
        docs = load_tempeval(args.data) if name == "tempeval3" else load_meantime(args.data)
        print(f"\n## {name}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold timexes\n")
        print(HEADER)
        ours_all, peer_all = score(docs, ours), score(docs, peer.run)
        print(row("factcheck find_timexes", ours_all))
        print(row("dateparser.search_dates", peer_all))
        subset = frozenset({"DATE", "TIME"})
        print(row("factcheck, DATE+TIME gold only", score(docs, ours, subset)))
        print(row("search_dates, DATE+TIME gold only", score(docs, peer.run, subset)))
        if args.misses:
            print("\n".join(["", *ours_all.misses]))
        print()
        print("\n".join(speed(docs, peer, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
