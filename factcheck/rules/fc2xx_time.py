"""FC2xx: time (dates against publication, reports against what they report)."""

from __future__ import annotations
