"""Report speed: building and writing the report of the founding example, against loading it.

Usage: python benchmarks/bench_report.py [--runs N] [--claims N]

Measures, in one process and one run, the median wall time of
(a) loading ``claims/founding`` and ``claims/reference`` (the baseline: what any command pays),
(b) ``build_report`` on the loaded claims,
(c) each writer (html, md, json, claimreview, prov),
(d) the whole ``factcheck report claims/founding claims/reference -o FILE`` in-process, without
    and with the checks, and with ``--against claims/sources`` when that folder exists,
and the same build + HTML write for a synthetic article of ``--claims`` quantity claims, to
show that highlighting stays near linear. Target (issue 6): the founding report builds in
under a second.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median(function: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def synthetic(count: int) -> object:
    from factcheck.claims import QuantityClaim
    from factcheck.claimset import ClaimSet
    from factcheck.document import Document
    from factcheck.interval import Interval
    from factcheck.provenance import ExtractionMethod, Provenance
    from factcheck.quantity import QualifierClass, Quantity, Term

    sentences = [f"Unit {i} intercepted more than {i} UAVs. " for i in range(count)]
    document = Document.from_text("".join(sentences), id="synthetic")
    method = ExtractionMethod(extractor="bench", rule="bench", version="0")
    claims = []
    offset = 0
    for i, sentence in enumerate(sentences):
        start = offset + sentence.index("more than")
        span = document.span(start, start + len(f"more than {i} UAVs"))
        claims.append(
            QuantityClaim(
                text=span.text,
                provenance=Provenance(document="synthetic", spans=(span,), method=method),
                value=Quantity(
                    interval=Interval.more_than(i),
                    number_text=str(i),
                    qualifier="more than",
                    qualifier_class=QualifierClass.MORE_THAN,
                ),
                counted=Term(text="UAVs", normalised="uav"),
            )
        )
        offset += len(sentence)
    return ClaimSet(documents=(document,), claims=tuple(claims))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--claims", type=int, default=5000)
    args = parser.parse_args()

    from factcheck.cli import main as cli
    from factcheck.files.load import load_paths, merge_files
    from factcheck.report import REPORT_FORMATS, build_report, render_report

    paths = [str(ROOT / "claims" / "founding"), str(ROOT / "claims" / "reference")]
    files = load_paths(paths)
    claims = merge_files(files)
    data = build_report(claims)
    rows: list[tuple[str, float]] = [
        (
            "load claims/founding + claims/reference (baseline)",
            median(lambda: merge_files(load_paths(paths)), args.runs),
        ),
        ("build_report", median(lambda: build_report(claims), args.runs)),
    ]
    rows += [(f"render {fmt}", median(lambda fmt=fmt: render_report(data, fmt), args.runs)) for fmt in REPORT_FORMATS]
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder) / "report.html")
        rows.append(
            (
                "factcheck report ... --no-check -o report.html (in-process)",
                median(lambda: cli(["report", *paths, "--no-check", "-o", target]), args.runs),
            )
        )
        rows.append(
            (
                "factcheck report ... -o report.html, checks included (in-process)",
                median(lambda: cli(["report", *paths, "-o", target]), args.runs),
            )
        )
        rows.append(
            (
                "factcheck report claims/ -o report.html (README; checks, 30 documents cross-verified)",
                median(lambda: cli(["report", str(ROOT / "claims"), "-o", target]), args.runs),
            )
        )
        sources = ROOT / "claims" / "sources"
        if sources.is_dir():
            rows.append(
                (
                    "factcheck report ... --against claims/sources -o report.html (in-process)",
                    median(lambda: cli(["report", *paths, "--against", str(sources), "-o", target]), args.runs),
                )
            )
    big = synthetic(args.claims)
    small = synthetic(args.claims // 10)
    for label, claim_set in (
        (f"{args.claims // 10} synthetic claims", small),
        (f"{args.claims} synthetic claims", big),
    ):
        rows.append(
            (
                f"build + render html, {label}",
                median(lambda cs=claim_set: render_report(build_report(cs), "html"), max(3, args.runs // 4)),  # type: ignore[arg-type]
            )
        )
    baseline = rows[0][1]
    print("| case | median s | x load |\n|---|---:|---:|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.4f} | {seconds / baseline:.2f} |")


if __name__ == "__main__":
    main()
