"""Shared pytest configuration: hypothesis profiles.

``dev`` (the default) runs 200 examples per property; ``ci`` runs 500 with a fixed seed
derived from each test, so a CI failure reproduces. Choose with ``HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", max_examples=200)
settings.register_profile("ci", max_examples=500, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
