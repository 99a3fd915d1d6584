"""FC1xx: provenance and spans."""

from __future__ import annotations
