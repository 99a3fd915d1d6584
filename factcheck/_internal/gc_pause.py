"""Pausing Python's cyclic garbage collector around allocation-heavy work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, restoring its previous state afterwards.

    Loading and matching build many small containers that all stay alive; every automatic
    collection walks them again, which made both superlinear (see ``benchmarks/bench_check.py``
    and ``benchmarks/bench_match.py``). Neither creates reference cycles, so reference
    counting frees everything and pausing loses nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
