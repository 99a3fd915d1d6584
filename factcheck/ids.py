"""Stable claim ids, derived from content and never from order or chance."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from factcheck.document import Span

__all__ = ["claim_id"]

_PREFIX = {"quantity": "q", "event": "e", "statement": "s", "stance": "t", "relation": "r"}


def claim_id(kind: str, spans: Iterable[Span]) -> str:
    """The id of a claim of ``kind`` over ``spans``: ``q-`` and 12 hex digits for a quantity.

    The hash covers the document id, the kind and every span's offsets, so two claims
    from one sentence (each stance holder of a list, with its own name span) differ.
    """
    parts = [kind]
    for span in spans:
        parts.append(f"{span.document}:{span.start}:{span.end}")
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{_PREFIX.get(kind, 'c')}-{digest}"
