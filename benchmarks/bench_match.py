"""Matching speed and recall on synthetic claim sets with planted matches.

Usage: python benchmarks/bench_match.py [--sizes 1000 10000 100000] [--cdist-size 10000] [--seed 7]

For each size N it builds N judged quantity claims and N source claims (documents of 1000
claims each). Half the judged claims have a *planted* match among the sources: the same
figure's counted thing written another way ("UAVs" / "drones" / "one-way attack drones"),
a predicate of the same class ("intercepted" / "shot down"), the same actor and a day
within the time window; every other source claim is random over 40 counted things, 2000
actors, 8 predicates and 1000 days. It reports:

* recall of the planted pairs among the candidates ``match_candidates`` returns;
* seconds for ``match_candidates`` (blocking + rapidfuzz scoring of every candidate) and
  for the whole ``verify`` (comparison and verdicts too), and the growth exponent of each
  between the sizes (1.0 is linear);
* at ``--cdist-size``, the all-pairs baselines: ``rapidfuzz.process.cdist`` on the same
  texts, all cores, in the same run, with the matcher's scorer (``token_set_ratio``) and
  with cdist's default (``ratio``, the cheapest), and the speed-ups over each.

Synthetic only: no data folder is read. Needs numpy (``pip install -e '.[bench]'``) for cdist.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import sys
import time
from datetime import date, timedelta

from factcheck.claims import QuantityClaim
from factcheck.claimset import ClaimSet
from factcheck.document import Document, Span, text_sha256
from factcheck.entities import EntityRef, RefResolution
from factcheck.interval import Interval
from factcheck.match import MatchConfig, match_candidates, verify
from factcheck.provenance import ExtractionMethod, Provenance
from factcheck.quantity import QualifierClass, Quantity, Term
from factcheck.timeref import Granularity, TimeRef, TimeResolution

METHOD = ExtractionMethod(extractor="synthetic", rule="bench_match", version="0")
SYNONYMS = [("UAVs", "drones", "one-way attack drones"), ("ballistic missiles", "medium-range ballistic missiles")]
OTHER_THINGS = [f"thing{i}s" for i in range(38)]
INTERCEPT = ("intercepted", "shot down", "destroyed")
OTHER_PREDICATES = ("launched", "fired", "reported", "counted", "seized")
START = date(2022, 1, 1)
PER_DOCUMENT = 1000


def _claims(rows: list[tuple[str, str, str, int, Interval]], prefix: str, published: date) -> ClaimSet:
    """Claims from (counted, actor, predicate, day offset, interval) rows, 1000 per document."""
    documents, claims = [], []
    for first in range(0, len(rows), PER_DOCUMENT):
        chunk = rows[first : first + PER_DOCUMENT]
        texts = [f"more than {int(interval.low)} {counted}" for counted, _, _, _, interval in chunk]
        text = "\n".join(texts)
        document_id = f"{prefix}-{first // PER_DOCUMENT}"
        documents.append(
            Document(
                id=document_id, text=text, sha256=text_sha256(text), publisher=f"outlet:{prefix}", published=published
            )
        )
        offset = 0
        for (counted, actor, predicate, day, interval), piece in zip(chunk, texts, strict=True):
            span = Span(document=document_id, start=offset, end=offset + len(piece), text=piece)
            offset += len(piece) + 1
            when = START + timedelta(days=day)
            claims.append(
                QuantityClaim(
                    text=piece,
                    provenance=Provenance(document=document_id, spans=(span,), method=METHOD),
                    value=Quantity(
                        interval=interval,
                        number_text=str(int(interval.low)),
                        qualifier="more than",
                        qualifier_class=QualifierClass.MORE_THAN,
                    ),
                    counted=Term(text=counted, normalised=counted),
                    actor=EntityRef(text=actor, entity=actor, resolution=RefResolution.MANUAL),
                    predicate=predicate,
                    time=TimeRef(
                        text=when.isoformat(),
                        start=when,
                        end=when,
                        granularity=Granularity.DAY,
                        resolution=TimeResolution.MANUAL,
                    ),
                )
            )
    return ClaimSet(documents=tuple(documents), claims=tuple(claims))


def _random_row(rng: random.Random) -> tuple[str, str, str, int, Interval]:
    counted = rng.choice([*OTHER_THINGS, *(s for group in SYNONYMS for s in group)])
    predicate = rng.choice([*INTERCEPT, *OTHER_PREDICATES])
    return (
        counted,
        f"country:X{rng.randrange(2000)}",
        predicate,
        rng.randrange(1000),
        Interval.more_than(rng.randrange(1, 500)),
    )


def build(size: int, seed: int) -> tuple[ClaimSet, ClaimSet, set[tuple[str, str]]]:
    """Judged claims, source claims and the planted (claim id, evidence id) pairs."""
    rng = random.Random(seed)
    judged_rows, source_rows, planted_at = [], [], []
    for index in range(size):
        row = _random_row(rng)
        judged_rows.append(row)
        if index % 2 == 0:
            group = rng.choice(SYNONYMS)
            counted = rng.choice(group)
            row = (counted, row[1], rng.choice(INTERCEPT), row[3], row[4])
            judged_rows[-1] = row
            other = rng.choice(group)
            source_rows.append(
                (
                    other,
                    row[1],
                    rng.choice(INTERCEPT),
                    row[3] + rng.randint(-2, 2),
                    Interval.more_than(row[4].low + rng.randrange(0, 20)),
                )
            )
            planted_at.append(index)
        else:
            source_rows.append(_random_row(rng))
    order = list(range(size))
    rng.shuffle(order)
    source_rows = [source_rows[i] for i in order]
    position = {old: new for new, old in enumerate(order)}
    judged = _claims(judged_rows, "article", date(2025, 1, 1))
    sources = _claims(source_rows, "source", date(2024, 12, 1))
    planted = {(judged.claims[i].id, sources.claims[position[i]].id) for i in planted_at}
    return judged, sources, planted


def timed(function, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--cdist-size", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    config = MatchConfig()
    results: dict[int, tuple[float, float]] = {}
    texts_at: dict[int, tuple[list[str], list[str]]] = {}
    print(f"{'N':>8} {'planted':>8} {'recall':>7} {'candidates':>11} {'match s':>8} {'verify s':>9}")
    for size in args.sizes:
        judged, sources, planted = build(size, args.seed)
        candidates, match_seconds = timed(match_candidates, judged, sources, config=config)
        found = {(c.claim_id, c.evidence_id) for c in candidates}
        recall = len(planted & found) / len(planted)
        verdicts, verify_seconds = timed(verify, judged, sources, config=config)
        assert len(verdicts) == size
        results[size] = (match_seconds, verify_seconds)
        texts_at[size] = ([c.text for c in judged.claims], [c.text for c in sources.claims])
        columns = f"{size:>8} {len(planted):>8} {recall:>7.4f} {len(candidates):>11}"
        print(f"{columns} {match_seconds:>8.3f} {verify_seconds:>9.3f}")
        sys.stdout.flush()
    sizes = sorted(results)
    for small, large in itertools.pairwise(sizes):
        ratio = math.log(large / small)
        match_exp = math.log(results[large][0] / results[small][0]) / ratio
        verify_exp = math.log(results[large][1] / results[small][1]) / ratio
        print(f"exponent {small}->{large}: match_candidates {match_exp:.2f}, verify {verify_exp:.2f}")
    if args.cdist_size in texts_at:
        import numpy as np
        from rapidfuzz import fuzz, process
        from rapidfuzz.utils import default_process

        left, right = (list(map(default_process, texts)) for texts in texts_at[args.cdist_size])
        ours, whole = results[args.cdist_size]
        # The same scorer as the matcher's, then cdist's default (the cheapest, plain ratio).
        for name, scorer in (("token_set_ratio", fuzz.token_set_ratio), ("ratio", fuzz.ratio)):
            _, cdist_seconds = timed(process.cdist, left, right, scorer=scorer, dtype=np.uint8, workers=-1)
            print(
                f"cdist {name} all pairs at {args.cdist_size}: {cdist_seconds:.3f} s; match_candidates "
                f"{ours:.3f} s, speed-up {cdist_seconds / ours:.1f}x; verify {whole:.3f} s, "
                f"{cdist_seconds / whole:.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
