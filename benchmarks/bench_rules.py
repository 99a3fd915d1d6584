"""Cost of the FC1xx-FC4xx rules against the cost of validating the claims they read.

Usage: python benchmarks/bench_rules.py [--copies 200 1000] [--runs 3]

Builds, in memory, N copies of the founding article with its 29 claims (each copy its own
document id, so claim ids and references are recomputed), merged with the reference data.
For each N it measures the CPU time of (a) validating the merged set from JSON (the parse baseline) and (b)
running every FC1xx-FC4xx rule, and prints the ratio b/a and each rule's time. Running two
sizes shows how each rule scales: linear rules take about N2/N1 times longer.
The founding copies make many figures and stances share a measurand or holder across
documents, the worst case for the grouping rules.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.claimset import ClaimSet
from factcheck.document import Span
from factcheck.files.load import load_paths, merge_files
from factcheck.ids import claim_id
from factcheck.rules import REGISTRY, RuleContext, load_builtin_rules

ROOT = Path(__file__).resolve().parent.parent
FOUNDING_ID = "nv-nato-skies-2024-05-27"


def copies_json(count: int) -> str:
    """The JSON of ``count`` renamed copies of the founding claims plus the reference data."""
    files = load_paths([ROOT / "claims" / "founding", ROOT / "claims" / "reference"], strict=True)
    merged = merge_files(files)
    founding = ClaimSet(documents=merged.documents, claims=merged.claims, entities=(), relations=()).model_dump_json()
    parts: list[dict[str, list[object]]] = []
    for index in range(count):
        new_document = f"copy-{index:05d}"
        text = founding.replace(f'"{FOUNDING_ID}"', f'"{new_document}"')
        data = json.loads(text)
        mapping: dict[str, str] = {}
        for claim in data["claims"]:
            new_id = claim_id(claim["kind"], [Span.model_validate(s) for s in claim["provenance"]["spans"]])
            mapping[claim["id"]] = new_id
        for old, new in mapping.items():
            text = text.replace(f'"{old}"', f'"{new}"')
        parts.append(json.loads(text))
    whole = {
        "documents": [d for part in parts for d in part["documents"]],
        "claims": [c for part in parts for c in part["claims"]],
        "entities": json.loads(ClaimSet(entities=merged.entities).model_dump_json())["entities"],
        "relations": json.loads(ClaimSet(relations=merged.relations).model_dump_json())["relations"],
    }
    return json.dumps(whole)


def best(function: Callable[[], object], runs: int) -> float:
    """The least CPU time of ``runs`` calls, with the garbage collector paused.

    CPU time of the process, not wall time: the machine is shared, and other processes
    stretch wall time by a factor that changes from one second to the next. The collector
    is paused because its pauses grow with the heap, not with the work measured.
    """
    timings = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.process_time()
            function()
            timings.append(time.process_time() - started)
    finally:
        gc.enable()
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rules = [info for info in load_builtin_rules() if info.family in ("FC1", "FC2", "FC3", "FC4")]
    assert REGISTRY
    rows: dict[str, list[float]] = {info.code: [] for info in rules}
    for count in args.copies:
        payload = copies_json(count)
        parse = best(lambda payload=payload: ClaimSet.model_validate_json(payload), args.runs)
        claims = ClaimSet.model_validate_json(payload)
        total = 0.0
        findings = 0
        for info in rules:
            # A fresh set per rule: the lookups are built once per set, so the first rule
            # would otherwise pay for all of them.
            context = RuleContext(claims=ClaimSet.model_validate_json(payload))
            seconds = best(lambda info=info, context=context: list(info.function(context)), args.runs)
            rows[info.code].append(seconds)
            total += seconds
            findings += len(list(info.function(context)))
        print(
            f"copies={count} claims={len(claims)} parse={parse:.3f}s CPU rules={total:.3f}s CPU "
            f"rules/parse={total / parse:.2f} findings={findings}"
        )
    print(f"{'rule':<8}" + "".join(f"{f'N={n} s':>12}" for n in args.copies) + f"{'growth':>9}")
    for code, timings in rows.items():
        growth = timings[-1] / timings[0] if timings[0] > 0 else float("nan")
        print(f"{code:<8}" + "".join(f"{t:12.4f}" for t in timings) + f"{growth:9.1f}")


if __name__ == "__main__":
    main()
