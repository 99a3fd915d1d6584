"""FC3xx: quantities (parts against wholes, conflicting figures, ranges)."""

from __future__ import annotations
