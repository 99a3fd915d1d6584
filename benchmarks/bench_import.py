"""Import cost: ``import factcheck`` against a bare interpreter, measured in the same run.

Usage: python benchmarks/bench_import.py [--runs N]

Prints the median wall time of fresh interpreters that (a) do nothing, (b) import factcheck,
(c) import factcheck and load the shipped claims, (d) run ``factcheck --version``; and the
extra cost of each over (a). Target: ``import factcheck`` adds under 0.25 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(command: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    python = sys.executable
    cases = {
        "bare interpreter": [python, "-c", "pass"],
        "import factcheck": [python, "-c", "import factcheck"],
        "import + load claims/": [python, "-c", "import factcheck; factcheck.load('claims')"],
        "factcheck --version": [python, "-c", "from factcheck.cli import main; main(['--version'])"],
    }
    results = {name: median_seconds(command, runs) for name, command in cases.items()}
    base = results["bare interpreter"]
    print(f"{'case':<24} {'median s':>9} {'extra s':>8} {'x bare':>7}")
    for name, seconds in results.items():
        print(f"{name:<24} {seconds:9.3f} {seconds - base:8.3f} {seconds / base:7.2f}")


if __name__ == "__main__":
    main()
