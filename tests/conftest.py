"""Shared pytest configuration: hypothesis profiles.

``dev`` (the default) runs 200 examples per property; ``ci`` runs 500 with a fixed seed
derived from each test, so a CI failure reproduces. Choose with ``HYPOTHESIS_PROFILE``.
Neither profile has a per-example deadline or the too-slow health check: speed is measured
in ``benchmarks/``, and a shared CI machine must not turn load into failures.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_NOT_TIMED = [HealthCheck.too_slow]
settings.register_profile("dev", max_examples=200, deadline=None, suppress_health_check=_NOT_TIMED)
settings.register_profile(
    "ci", max_examples=500, derandomize=True, deadline=None, suppress_health_check=_NOT_TIMED
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
