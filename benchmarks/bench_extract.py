"""Whole-extractor speed: factcheck.extract against quantulum3 + dateparser.search_dates, same sentences, same run.

Usage::

    python benchmarks/bench_extract.py [DATA] [--repeat N] [--limit N]

DATA is the benchmark folder (default ``../shared/bench`` relative to the repository root);
the sentences are NewsQuant's 590 news sentences, read at run time and never stored.

Measured, per sentence (each sentence is one paragraph of its own document, published on a
fixed date; the best of ``--repeat`` runs is taken per sentence):

* **factcheck**: the whole extractor, ``extract(Document.from_text(sentence))``: segments,
  sentences, entities, dates, quantities, attributions, stances, events, claim models;
* **finders only**: the same finders without building claims (where the time goes);
* **peers**: ``quantulum3.parser.parse`` plus ``dateparser.search.search_dates`` (English,
  ``RELATIVE_BASE`` = the publication date) on the same sentence.

Reported: mean and max ms per sentence, the throughput ratio peer/ours, and the peak memory
(tracemalloc) of one pass of each over all sentences.

Throughput in interleaved rounds (``--rounds N``): each round times one whole pass of ours
over all sentences and then one pass of the peers, so a change in the machine's load during
the run falls on both sides of the ratio; reported are the median, lowest and highest of the
per-round ratios. This is the figure to quote for the 20x target; the per-sentence table
gives the slowest sentence and where the time goes.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench"
PUBLISHED = date(2024, 5, 27)


def load_sentences(data: Path) -> list[str]:
    rows = json.loads((data / "newsquant/data/formatted_test_set/NewsQuant.json").read_text("utf-8"))
    return [str(row["text"]) for row in rows]


def ours() -> Callable[[str], Any]:
    from factcheck.document import Document
    from factcheck.extraction import extract

    def run(sentence: str) -> Any:
        return extract(Document.from_text(sentence, id="s", published=PUBLISHED))

    return run


def finders_only() -> Callable[[str], Any]:
    from factcheck.extraction.attribution import find_attributions
    from factcheck.extraction.dates import find_dates
    from factcheck.extraction.entities import find_entities
    from factcheck.extraction.pipeline import _default_resolver
    from factcheck.extraction.quantities import find_quantities
    from factcheck.extraction.sentences import split_sentences

    resolver = _default_resolver(88.0)

    def run(sentence: str) -> Any:
        spans = split_sentences(sentence)
        found: list[Any] = [find_attributions(sentence, spans)]
        for start, end in spans:
            found.append(find_entities(sentence, start, end, resolver=resolver))
            found.append(find_dates(sentence, start, end, anchor=PUBLISHED))
            found.append(find_quantities(sentence, start, end))
        return found

    return run


def peers() -> Callable[[str], Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import classifier as q3_classifier
        from quantulum3 import parser as q3_parser
    q3_classifier.USE_CLF = False
    settings = {"RELATIVE_BASE": datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day)}

    def run(sentence: str) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return q3_parser.parse(sentence), search_dates(sentence, languages=["en"], settings=settings)

    return run


def per_sentence(system: Callable[[str], Any], sentences: Sequence[str], repeat: int) -> list[float]:
    """Seconds per sentence, the best of ``repeat`` runs each."""
    for sentence in sentences[:20]:
        system(sentence)  # warm caches and imports
    times = []
    for sentence in sentences:
        best = float("inf")
        for _ in range(repeat):
            began = time.process_time()
            system(sentence)
            best = min(best, time.process_time() - began)
        times.append(best)
    return times


def one_pass(system: Callable[[str], Any], sentences: Sequence[str]) -> float:
    """CPU seconds for one pass of ``system`` over every sentence."""
    began = time.process_time()
    for sentence in sentences:
        system(sentence)
    return time.process_time() - began


def interleaved_ratios(
    system: Callable[[str], Any], peer: Callable[[str], Any], sentences: Sequence[str], rounds: int
) -> list[float]:
    """Peer time over our time, one ratio per round of one pass each, ours first."""
    ratios = []
    for _ in range(rounds):
        ours_seconds = one_pass(system, sentences)
        ratios.append(one_pass(peer, sentences) / ours_seconds)
    return ratios


def peak_memory(system: Callable[[str], Any], sentences: Sequence[str]) -> int:
    gc.collect()
    tracemalloc.start()
    for sentence in sentences:
        system(sentence)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="benchmark data folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs per sentence; the best counts")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    parser.add_argument("--no-peer", action="store_true", help="skip quantulum3 + dateparser")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved whole-pass rounds (0: skip)")
    args = parser.parse_args(argv)
    if not (args.data / "newsquant").is_dir():
        print(f"error: no benchmark data in {args.data}", file=sys.stderr)
        return 2
    sentences = load_sentences(args.data)
    if args.limit:
        sentences = sentences[: args.limit]
    # One-time cost: the first document loads the reference data and builds the name index.
    gc.collect()
    tracemalloc.start()
    began = time.process_time()
    first = ours()
    first(sentences[0])
    cold_ms = (time.process_time() - began) * 1000
    _, cold_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    systems: dict[str, Callable[[str], Any]] = {
        "factcheck extract (whole)": ours(),
        "factcheck finders only": finders_only(),
    }
    if not args.no_peer:
        try:
            systems["quantulum3 + search_dates"] = peers()
        except ImportError:
            print("quantulum3 not installed: peer row skipped (pip install -e '.[bench]')", file=sys.stderr)
    rows = {}
    for name, system in systems.items():
        times = per_sentence(system, sentences, args.repeat)
        rows[name] = (statistics.fmean(times) * 1000, max(times) * 1000, peak_memory(system, sentences))
    peer = rows.get("quantulum3 + search_dates")
    print(f"Whole-extractor speed, commit `{_commit()}`, NewsQuant ({len(sentences)} sentences), same run,")
    print(f"best of {args.repeat} runs per sentence, CPU time (time.process_time).\n")
    print("| system | ms/sentence (mean) | max ms/sentence | throughput vs peer | peak memory (MiB) |")
    print("|---|---:|---:|---:|---:|")
    for name, (mean_ms, max_ms, peak) in rows.items():
        ratio = f"{peer[0] / mean_ms:.1f}x" if peer else "-"
        print(f"| {name} | {mean_ms:.3f} | {max_ms:.2f} | {ratio} | {peak / 2**20:.1f} |")
    if peer and args.rounds > 0:
        ratios = interleaved_ratios(systems["factcheck extract (whole)"], peers(), sentences, args.rounds)
        print(
            f"\nThroughput, {args.rounds} interleaved rounds of one whole pass each (ours, then the peers): "
            f"peer/ours median {statistics.median(ratios):.1f}x, lowest {min(ratios):.1f}x, "
            f"highest {max(ratios):.1f}x ({', '.join(f'{r:.1f}' for r in ratios)})."
        )
    print(
        f"\nFirst document (loads claims/reference/ and builds the name index once): {cold_ms:.0f} ms, "
        f"peak {cold_peak / 2**20:.1f} MiB (traced with tracemalloc, so slower than untraced)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
