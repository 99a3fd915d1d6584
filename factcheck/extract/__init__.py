"""Extraction: from article text to typed claims (rule-based, offline, deterministic)."""

from __future__ import annotations
