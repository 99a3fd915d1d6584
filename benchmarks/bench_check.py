"""Check speed: the whole ``check`` against loading alone, on 1,000 synthetic claim files.

Usage: python benchmarks/bench_check.py [--files N] [--claims M] [--runs R] [--keep DIR]

Generates N claim files of M claims each (quantities, events and stances over a synthetic
article per file, written with the project's ``dump``) in a temporary folder, then times,
in the same run and interleaved, (a) loading them (``load_paths`` in lenient mode, as
check does) and (b) ``factcheck.engine.check`` over the same paths with the built-in rules
that are registered. Prints the median seconds of each, per file, and the ratio check/load.
Target: check <= 3x load. The data is generated, not read from ../shared/bench.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from factcheck.claims import EventClaim, QuantityClaim, StanceClaim
from factcheck.claimset import ClaimSet
from factcheck.document import Document
from factcheck.engine import check
from factcheck.entities import EntityRef, RefResolution
from factcheck.files import dump
from factcheck.files.load import load_paths
from factcheck.interval import Interval
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance
from factcheck.quantity import QualifierClass, Quantity, Term
from factcheck.rules.registry import load_builtin_rules
from factcheck.timeref import Granularity, TimeRef, TimeResolution

ACTORS = [("Iran", "country:IR"), ("the US", "country:US"), ("Britain", "country:GB"), ("France", "country:FR")]
HOLDERS = [("Estonia", "country:EE"), ("Lithuania", "country:LT"), ("Poland", "country:PL"), ("Germany", "country:DE")]
THINGS = [("UAVs", "uav"), ("missiles", "missile"), ("projectiles", "projectile"), ("drones", "drone")]
METHOD = ExtractionMethod(extractor="manual", rule="bench", version="0.1.0")


def make_file(index: int, claims: int) -> ClaimSet:
    """One article of ``claims`` sentences and one claim per sentence."""
    published = date(2024, 1, 1) + timedelta(days=index % 300)
    sentences: list[tuple[str, str, tuple[int, int]]] = []
    text = f"Report {index}. "
    for number in range(claims):
        kind = ("quantity", "event", "stance")[number % 3]
        actor = ACTORS[(index + number) % len(ACTORS)][0]
        if kind == "quantity":
            thing = THINGS[number % len(THINGS)][0]
            phrase = f"more than {10 + number} {thing}"
            sentence = f"{actor} intercepted {phrase} on day {number}. "
            start = len(text) + len(actor) + len(" intercepted ")
        elif kind == "event":
            phrase = f"{actor} launched an attack"
            sentence = f"{phrase} in the night of event {number}. "
            start = len(text)
        else:
            holder = HOLDERS[number % len(HOLDERS)][0]
            phrase = f"support from {holder}"
            sentence = f"The plan {number} has {phrase}, officials said. "
            start = len(text) + len(f"The plan {number} has ")
        sentences.append((kind, phrase, (start, start + len(phrase))))
        text += sentence
    document = Document.from_text(text, id=f"bench-{index:05d}", published=published, title=f"Report {index}")
    made = []
    first_event: str | None = None
    when = TimeRef(
        text="on Tuesday",
        start=published - timedelta(days=1),
        end=published - timedelta(days=1),
        granularity=Granularity.DAY,
        resolution=TimeResolution.ANCHORED,
        anchor=f"published {published.isoformat()}",
    )
    for number, (kind, phrase, (start, end)) in enumerate(sentences):
        span = document.span(start, end)
        actor, actor_id = ACTORS[(index + number) % len(ACTORS)]
        chain = (AttributionLink(agent=EntityRef(text="Officials"), cue="said"),) if kind == "stance" else ()
        provenance = Provenance(document=document.id, spans=(span,), chain=chain, method=METHOD)
        ref = EntityRef(text=actor, entity=actor_id, resolution=RefResolution.ALIAS)
        if kind == "quantity":
            thing, normal = THINGS[number % len(THINGS)]
            low = 10 + number
            made.append(
                QuantityClaim(
                    text=phrase,
                    provenance=provenance,
                    value=Quantity(
                        interval=Interval.parse(f"({low}, inf)"),
                        number_text=str(low),
                        qualifier="more than",
                        qualifier_class=QualifierClass.MORE_THAN,
                    ),
                    counted=Term(text=thing, normalised=normal),
                    actor=ref,
                    predicate="intercepted",
                    time=when,
                )
            )
        elif kind == "event":
            claim = EventClaim(text=phrase, provenance=provenance, predicate="attack", actors=(ref,), time=when)
            first_event = first_event or claim.id
            made.append(claim)
        else:
            holder, holder_id = HOLDERS[number % len(HOLDERS)]
            made.append(
                StanceClaim(
                    text=phrase,
                    provenance=provenance,
                    holder=EntityRef(text=holder, entity=holder_id, resolution=RefResolution.ALIAS),
                    stance="support",
                    target=first_event,
                    target_text=f"the plan {number}",
                )
            )
    return ClaimSet(documents=(document,), claims=tuple(made))


def generate(folder: Path, files: int, claims: int) -> list[Path]:
    paths = []
    for index in range(files):
        path = folder / f"{index // 100:02d}" / f"claims-{index:05d}.yaml"
        dump(make_file(index, claims), path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Generate into this folder and keep it.")
    args = parser.parse_args()
    registry = load_builtin_rules()
    print(f"rules registered: {len(registry)} ({', '.join(info.code for info in registry)})")
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        started = time.perf_counter()
        generate(folder, args.files, args.claims)
        print(f"generated {args.files} files x {args.claims} claims in {time.perf_counter() - started:.1f} s")
        # Wall time and CPU time of this process: on a shared machine the CPU time is the steadier.
        loads: list[tuple[float, float]] = []
        checks: list[tuple[float, float]] = []
        for _ in range(args.runs):
            wall, cpu = time.perf_counter(), time.process_time()
            load_paths([folder], strict=False)
            loads.append((time.perf_counter() - wall, time.process_time() - cpu))
            wall, cpu = time.perf_counter(), time.process_time()
            result = check([folder])
            checks.append((time.perf_counter() - wall, time.process_time() - cpu))
    load_wall, load_cpu = (statistics.median(x) for x in zip(*loads, strict=True))
    check_wall, check_cpu = (statistics.median(x) for x in zip(*checks, strict=True))
    per_file = 1000 / args.files
    print(f"{'case':<20} {'wall s':>8} {'cpu s':>8} {'cpu ms/file':>12} {'x load (cpu)':>13}")
    print(f"{'load (lenient)':<20} {load_wall:8.3f} {load_cpu:8.3f} {load_cpu * per_file:12.2f} {1.0:13.2f}")
    print(
        f"{'check (all rules)':<20} {check_wall:8.3f} {check_cpu:8.3f} {check_cpu * per_file:12.2f}"
        f" {check_cpu / load_cpu:13.2f}"
    )
    print(
        f"findings: {len(result.findings)} ({result.statistics}); rules run: {len(result.rules)}; "
        f"target check <= 3x load: {check_cpu <= 3 * load_cpu}"
    )


if __name__ == "__main__":
    main()
