"""FC0xx: the engine's own findings (a rule that crashed, an unused suppression)."""

from __future__ import annotations
