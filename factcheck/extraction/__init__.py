"""Extraction: from article text to typed claims (rule-based, offline, deterministic).

>>> from datetime import date
>>> from factcheck.document import Document
>>> from factcheck.extraction import extract
>>> doc = Document.from_text("Title\\n\\nGermany sent 14 tanks.", id="doc", published=date(2024, 5, 27))
>>> [(claim.kind, claim.text) for claim in extract(doc)]
[('quantity', '14 tanks')]

The pieces are importable on their own (:mod:`.segments`, :mod:`.sentences`,
:mod:`.entities`, :mod:`.quantities`, :mod:`.dates`, :mod:`.attribution`, :mod:`.stances`,
:mod:`.events`, :mod:`.modality`); :mod:`.pipeline` puts them together. Names here load on
first use, so importing one finder does not import the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extraction.pipeline import ExtractConfig, Extraction, extract, extract_document

__all__ = ["ExtractConfig", "Extraction", "extract", "extract_document"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("factcheck.extraction.pipeline"), name)
    raise AttributeError(f"module 'factcheck.extraction' has no attribute {name!r}")
