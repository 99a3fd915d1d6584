"""Attribution extraction on PolNeAR: cue, source and content F1, and speed per sentence.

Usage: python benchmarks/bench_attribution.py [DATA] [--split test|dev] [--runs N] [--show-errors N] [--ceiling]

DATA defaults to ``../shared/bench`` relative to the repository root; the corpus is read from
``DATA/polnear/data/<split>/``. Scoring follows ``DATA/SCORING.md`` section 3.6:

* one annotation file per article (the alphabetically first annotator);
* cue: a predicted cue matches a gold cue when the spans overlap, one-to-one (maximum
  bipartite matching per document);
* source, over the cue-matched pairs: exact span, and whitespace-token Jaccard >= 0.5;
  P over all predicted sources, R over all gold sources (a predicted source where the gold
  attribution has none is a false positive);
* content: exact span, and token overlap P/R (Citron "overlap" style); discontinuous gold
  spans are the union of their parts;
* full attribution: cue overlaps, source overlap >= 0.5 (or both empty), content overlap >= 0.5;
* direct quotes (content begins with a quotation mark) and indirect speech separately;
* the "one-role adapter" row maps our output to PolNeAR's convention that every token has one
  role: attributions nested inside another attribution's content (ours have a ``parent``)
  are never annotated there, so the adapter leaves them out. The "factcheck" row above it
  counts everything the library reports.

A baseline runs in the same run on the same sentences: a regular expression for "said",
"says", "told" and "according to" that takes the word before the cue as the source. Speed is
the median over ``--runs`` runs of the whole split, in CPU ms per sentence
(``time.process_time``, so other jobs on a shared machine do not count); the slowest single
sentence is reported too. Sentences come from a simple splitter kept in this script (the
package's splitter is another module's job).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extraction.attribution import AttributionMention, find_attributions  # noqa: E402

Spans = tuple[tuple[int, int], ...]
_QUOTES = "\u201c\"\u2018'"


@dataclass(frozen=True)
class Attribution:
    """One attribution, gold or predicted, as spans (empty tuple: absent)."""

    cue: Spans
    source: Spans
    content: Spans


@dataclass
class Article:
    name: str
    text: str
    gold: list[Attribution]
    sentences: list[tuple[int, int]] = field(default_factory=list)


def parse_spans(field_text: str) -> Spans:
    parts = []
    for part in field_text.split(";"):
        start, end = part.split()
        parts.append((int(start), int(end)))
    return tuple(parts)


def load_ann(path: Path) -> list[Attribution]:
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            _kind, _, offsets = info.partition(" ")
            spans[tid] = parse_spans(offsets)
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            roles = dict(arg.split(":", 1) for arg in args.split())
            events.append(roles)
    result = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""), ())
        if not cue:
            continue
        result.append(
            Attribution(
                cue=cue, source=spans.get(roles.get("Source", ""), ()), content=spans.get(roles.get("Content", ""), ())
            )
        )
    return result


# A simple sentence splitter for the benchmark only: paragraphs, then ". " before a capital.
_SPLIT = re.compile(r"(?<=[.!?])[\u201d\"\u2019]?\s+(?=[\u201c\"\u2018(A-Z0-9])")
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Adm|St|Jr|Sr|U\.S|Sept|Oct|Nov|Dec|Jan|Feb|Aug|No|vs|[A-Z])\.$"
)


def simple_split(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for match in _SPLIT.finditer(text, para.start(), para.end()):
            cut = match.start() + (1 if text[match.start()] in '\u201d"\u2019' else 0)
            if _ABBREV.search(text, max(start, cut - 6), cut):
                continue
            out.append((start, cut))
            start = match.end()
        if start < para.end():
            out.append((start, para.end()))
    return out


try:  # the package's splitter once the extraction branches are merged; the simple one until then
    from factcheck.extraction.sentences import split_sentences as _package_split

    SPLITTER = "factcheck.extraction.sentences.split_sentences"

    def split_sentences(text: str) -> list[tuple[int, int]]:
        return list(_package_split(text))

except ImportError:
    SPLITTER = "the benchmark's simple splitter"
    split_sentences = simple_split


def load_split(data: Path, split: str) -> list[Article]:
    folder = data / "polnear" / "data" / split
    articles = []
    ann_files = sorted((folder / "attributions").glob("*.ann"))
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        anns = [p for p in ann_files if p.name.startswith(name + "_")]
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        article = Article(name, text, load_ann(anns[0]))
        article.sentences = split_sentences(text)
        articles.append(article)
    return articles


def ours(text: str, sentences: list[tuple[int, int]]) -> list[Attribution]:
    return [to_attribution(m) for m in find_attributions(text, sentences)]


def ours_unquoted(text: str, sentences: list[tuple[int, int]]) -> list[Attribution]:
    """Ours without the attributions nested inside a quotation's content.

    PolNeAR gives every token one role, so a cue inside a quoted content is never annotated;
    this row shows what that convention costs, the headline row counts everything we report.
    """
    found = find_attributions(text, sentences)
    keep = [m for m in found if m.parent is None or found[m.parent].mode.value != "direct"]
    return [to_attribution(m) for m in keep]


def ours_one_role(text: str, sentences: list[tuple[int, int]]) -> list[Attribution]:
    """Evaluation adapter: ours mapped to PolNeAR's one-role convention.

    PolNeAR gives every token one role, so an attribution whose cue lies inside another
    attribution's content (quoted or reported) is never annotated. The adapter drops every
    attribution that has a ``parent``; the library still reports them, and the "all" row
    counts everything it reports.
    """
    return [to_attribution(m) for m in find_attributions(text, sentences) if m.parent is None]


def to_attribution(m: AttributionMention) -> Attribution:
    source: Spans = ((m.source_start, m.source_end),) if m.source_start is not None and m.source_end is not None else ()
    return Attribution(((m.cue_start, m.cue_end),), source, ((m.content_start, m.content_end),))


_BASE_CUE = re.compile(r"\b(?:said|says|told|according to)\b")
_BASE_WORD = re.compile(r"([\w\u2019'.-]+)\s*$")


def baseline(text: str, sentences: list[tuple[int, int]]) -> list[Attribution]:
    """The peer in the same run: cue regex, source = the word before the cue."""
    out = []
    for start, end in sentences:
        for match in _BASE_CUE.finditer(text, start, end):
            word = _BASE_WORD.search(text, start, match.start())
            source: Spans = ((word.start(1), word.end(1)),) if word else ()
            out.append(Attribution(((match.start(), match.end()),), source, ((match.end(), end),)))
    return out


def overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def match(gold: list[Attribution], pred: list[Attribution]) -> list[tuple[int, int]]:
    """Maximum bipartite matching on cue overlap (Kuhn's augmenting paths)."""
    edges = [[g for g, ga in enumerate(gold) if overlaps(pa.cue, ga.cue)] for pa in pred]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(pred)):
        augment(p, set())
    return sorted((p, g) for g, p in owner.items())


class TokenIndex:
    """Whitespace tokens of a text, so spans compare as token sets."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in re.finditer(r"\S+", text)]
        self.ends = [m.end() for m in re.finditer(r"\S+", text)]

    def tokens(self, spans: Spans) -> frozenset[int]:
        out: set[int] = set()
        import bisect

        for start, end in spans:
            lo = bisect.bisect_right(self.ends, start)
            hi = bisect.bisect_left(self.starts, end)
            out.update(range(lo, hi))
        return frozenset(out)


@dataclass
class Counts:
    cue_tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    src_exact: int = 0
    src_overlap: int = 0
    n_pred_src: int = 0
    n_gold_src: int = 0
    content_exact: int = 0
    content_p: float = 0.0
    content_r: float = 0.0
    full: int = 0

    def prf(self, tp: float, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trimmed(spans: Spans, text: str) -> Spans:
    out = []
    for s, e in spans:
        chunk = text[s:e]
        s2 = s + len(chunk) - len(chunk.lstrip())
        e2 = e - (len(chunk) - len(chunk.rstrip()))
        out.append((s2, e2))
    return tuple(out)


def score(
    articles: Iterable[Article],
    system: Callable[[str, list[tuple[int, int]]], list[Attribution]],
    only: str | None = None,
) -> Counts:
    c = Counts()
    for art in articles:
        pred = system(art.text, art.sentences)
        gold = art.gold
        if only is not None:
            gold = [g for g in gold if is_direct(g, art.text) == (only == "direct")]
            pred = [p for p in pred if is_direct(p, art.text) == (only == "direct")]
        idx = TokenIndex(art.text)
        c.n_pred += len(pred)
        c.n_gold += len(gold)
        c.n_pred_src += sum(1 for p in pred if p.source)
        c.n_gold_src += sum(1 for g in gold if g.source)
        for p_i, g_i in match(gold, pred):
            p, g = pred[p_i], gold[g_i]
            c.cue_tp += 1
            src_ok = not p.source and not g.source
            if p.source and g.source:
                pt, gt = idx.tokens(p.source), idx.tokens(g.source)
                if trimmed(p.source, art.text) == trimmed(g.source, art.text):
                    c.src_exact += 1
                jac = len(pt & gt) / len(pt | gt) if pt | gt else 0.0
                if jac >= 0.5:
                    c.src_overlap += 1
                    src_ok = True
            content_ok = False
            if p.content and g.content:
                if trimmed(p.content, art.text) == trimmed(g.content, art.text):
                    c.content_exact += 1
                pt, gt = idx.tokens(p.content), idx.tokens(g.content)
                inter = len(pt & gt)
                if pt and gt:
                    c.content_p += inter / len(pt)
                    c.content_r += inter / len(gt)
                    content_ok = inter / len(pt) >= 0.5 and inter / len(gt) >= 0.5
            if src_ok and content_ok:
                c.full += 1
    return c


def is_direct(a: Attribution, text: str) -> bool:
    if not a.content:
        return False
    start = min(s for s, _ in a.content)
    return text[start : start + 1] in _QUOTES


def report(name: str, c: Counts) -> None:
    cue = c.prf(c.cue_tp, c.n_pred, c.n_gold)
    sx = c.prf(c.src_exact, c.n_pred_src, c.n_gold_src)
    so = c.prf(c.src_overlap, c.n_pred_src, c.n_gold_src)
    cx = c.prf(c.content_exact, c.n_pred, c.n_gold)
    co = c.prf(1.0, 1, 1)
    cp = c.content_p / c.n_pred if c.n_pred else 0.0
    cr = c.content_r / c.n_gold if c.n_gold else 0.0
    co = (cp, cr, 2 * cp * cr / (cp + cr) if cp + cr else 0.0)
    full = c.prf(c.full, c.n_pred, c.n_gold)

    def fmt(t: tuple[float, float, float]) -> str:
        return f"{100 * t[0]:5.1f} {100 * t[1]:5.1f} {100 * t[2]:5.1f}"

    print(
        f"{name:<22} cue P/R/F {fmt(cue)} | src exact {fmt(sx)} | src ovl {fmt(so)} | "
        f"content exact {fmt(cx)} | content ovl {fmt(co)} | full {fmt(full)}"
    )
    print(
        f"{'':<22} counts: pred={c.n_pred} gold={c.n_gold} cue_tp={c.cue_tp} pred_src={c.n_pred_src} "
        f"gold_src={c.n_gold_src} src_exact={c.src_exact} src_ovl={c.src_overlap} full={c.full}"
    )


def timing(articles: list[Article], runs: int) -> tuple[float, float, int]:
    n_sent = sum(len(a.sentences) for a in articles)
    samples = []
    for _ in range(runs):
        started = time.process_time()
        for art in articles:
            find_attributions(art.text, art.sentences)
        samples.append(time.process_time() - started)
    # The slowest sentence: each sentence's best of three, so that a scheduler pause on a
    # shared machine is not taken for a slow sentence.
    worst = 0.0
    for art in articles:
        for sent in art.sentences:
            best = float("inf")
            for _ in range(3):
                started = time.process_time()
                find_attributions(art.text, [sent])
                best = min(best, time.process_time() - started)
            worst = max(worst, best)
    return 1000 * statistics.median(samples) / n_sent, 1000 * worst, n_sent


def show_errors(articles: list[Article], limit: int) -> None:
    shown = 0
    for art in articles:
        pred = ours(art.text, art.sentences)
        pairs = match(art.gold, pred)
        matched_g = {g for _, g in pairs}
        matched_p = {p for p, _ in pairs}
        for g_i, g in enumerate(art.gold):
            if g_i not in matched_g and shown < limit:
                s, e = g.cue[0]
                print(f"FN {art.name}: cue={art.text[s:e]!r} ctx={art.text[max(0, s - 80) : e + 40]!r}")
                shown += 1
        for p_i, p in enumerate(pred):
            if p_i not in matched_p and shown < limit:
                s, e = p.cue[0]
                print(f"FP {art.name}: cue={art.text[s:e]!r} ctx={art.text[max(0, s - 80) : e + 40]!r}")
                shown += 1
        for p_i, g_i in pairs:
            p, g = pred[p_i], art.gold[g_i]
            if shown >= limit:
                break
            ps = " | ".join(art.text[s:e] for s, e in p.source) if p.source else "-"
            gs = " | ".join(art.text[s:e] for s, e in g.source) if g.source else "-"
            if ps != gs:
                print(f"SRC {art.name}: pred={ps!r} gold={gs!r}")
                shown += 1


def lexicon_words() -> frozenset[str]:
    """Every word that can open or make a cue in the library: verb forms, multiword openers,
    frame triggers, reporting and light nouns, belief and evidence adjectives, "seem"."""
    from factcheck.extraction import _attribution_classes as classes
    from factcheck.extraction import _attribution_lexicon as lexicon

    groups: list[Iterable[str]] = [
        lexicon.FORMS,
        lexicon.MULTIWORD_FIRST,
        classes.FRAME_TRIGGERS,
        classes.REPORT_NOUNS,
        classes.LIGHT_NOUNS,
        classes.BELIEF_ADJECTIVES,
        classes.EVIDENT_ADJECTIVES,
        classes.SEEM_FORMS,
    ]
    return frozenset(word.lower() for group in groups for word in group)


def ceiling(articles: list[Article], target: float = 0.80) -> None:
    """How far a cue lexicon can take cue F1: the gold cues missed, split by whether they hold
    a word of the library's lexicon, and the F1 if every cue holding one were found."""
    words = lexicon_words()
    gold = pred = tp = missed_lexical = 0
    for art in articles:
        predicted = ours(art.text, art.sentences)
        pairs = match(art.gold, predicted)
        found = {g for _, g in pairs}
        gold += len(art.gold)
        pred += len(predicted)
        tp += len(pairs)
        for g_i, g in enumerate(art.gold):
            cue_words = {w.lower() for s, e in g.cue for w in re.findall(r"[A-Za-z]+", art.text[s:e])}
            if g_i not in found and cue_words & words:
                missed_lexical += 1
    missed = gold - tp
    precision, recall = tp / pred, tp / gold
    best_recall = (tp + missed_lexical) / gold

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    needed = target * best_recall / (2 * best_recall - target) if 2 * best_recall > target else float("inf")
    print(
        f"cue ceiling: P {100 * precision:.1f} R {100 * recall:.1f} F1 {100 * f1(precision, recall):.1f}; "
        f"{missed} gold cues missed, {missed_lexical} holding a word of the lexicon, "
        f"{missed - missed_lexical} ({100 * (missed - missed_lexical) / gold:.1f} % of all gold cues) none"
    )
    print(
        f"  finding every cue that holds a lexicon word: recall {100 * best_recall:.1f}, F1 "
        f"{100 * f1(precision, best_recall):.1f} at our precision, {100 * f1(1.0, best_recall):.1f} at "
        f"precision 100; F1 {100 * target:.0f} would need precision {100 * needed:.1f} at that recall"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument(
        "--ceiling", action="store_true", help="how far the cue lexicon can take cue F1 (missed cues by lexicon)"
    )
    parser.add_argument(
        "--peer-sentences", type=int, default=0, help="also time dateparser.search_dates on N sentences"
    )
    args = parser.parse_args()
    articles = load_split(args.data, args.split)
    print(
        f"PolNeAR {args.split}: {len(articles)} articles, {sum(len(a.gold) for a in articles)} gold attributions, "
        f"{sum(len(a.sentences) for a in articles)} sentences (split by {SPLITTER})"
    )
    report("factcheck", score(articles, ours))
    report("  direct", score(articles, ours, "direct"))
    report("  indirect", score(articles, ours, "indirect"))
    report("  no cues in quotes", score(articles, ours_unquoted))
    report("one-role adapter", score(articles, ours_one_role))
    report("baseline (said-regex)", score(articles, baseline))
    ms, worst, n_sent = timing(articles, args.runs)
    base_samples = []
    for _ in range(args.runs):
        started = time.process_time()
        for art in articles:
            baseline(art.text, art.sentences)
        base_samples.append(time.process_time() - started)
    base_ms = 1000 * statistics.median(base_samples) / n_sent
    print(
        f"speed: factcheck {ms:.4f} ms/sentence (slowest sentence {worst:.3f} ms); "
        f"baseline {base_ms:.4f} ms/sentence; ratio {ms / base_ms:.1f}x the baseline's time"
    )
    if args.peer_sentences:
        # For scale only: dateparser.search_dates (the date peer of the extraction issue) on
        # the first N sentences of the same split, same run.
        from dateparser.search import search_dates

        sample = [(a.text, s) for a in articles for s in a.sentences][: args.peer_sentences]
        settings = {"RELATIVE_BASE": __import__("datetime").datetime(2016, 10, 1)}
        started = time.process_time()
        for text, (s_start, s_end) in sample:
            search_dates(text[s_start:s_end], languages=["en"], settings=settings)
        peer_ms = 1000 * (time.process_time() - started) / len(sample)
        started = time.process_time()
        for text, sent in sample:
            find_attributions(text, [sent])
        ours_ms = 1000 * (time.process_time() - started) / len(sample)
        print(
            f"scale: dateparser.search_dates {peer_ms:.3f} ms/sentence vs find_attributions {ours_ms:.4f} "
            f"on the same {len(sample)} sentences: {peer_ms / ours_ms:.0f}x faster"
        )
    if args.ceiling:
        ceiling(articles)
    if args.show_errors:
        show_errors(articles, args.show_errors)


if __name__ == "__main__":
    main()
