"""The date finder on the founding article reproduces every hand-written date with a span."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import factcheck
from factcheck.extraction.dates import find_dates

FOUNDING = Path(__file__).resolve().parent.parent / "claims" / "founding" / "claims.yaml"


def hand_written_dates(node: Any) -> set[tuple[object, ...]]:
    """Every time reference in the claim file that has a span and was anchored to publication."""
    found: set[tuple[object, ...]] = set()
    if isinstance(node, dict):
        span = node.get("span")
        if "granularity" in node and span is not None and str(node.get("anchor", "")).startswith("published"):
            found.add(
                (span["start"], span["end"], node["text"], node["start"], node["end"], node["granularity"],
                 node["resolution"], node["anchor"], node["year_inferred"])
            )  # fmt: skip
        for value in node.values():
            found |= hand_written_dates(value)
    elif isinstance(node, list):
        for value in node:
            found |= hand_written_dates(value)
    return found


def test_founding_article_dates_match_the_hand_written_claims() -> None:
    claims = factcheck.load(FOUNDING)
    [document] = claims.documents
    expected = hand_written_dates(claims.model_dump(mode="json"))
    assert len(expected) == 5  # May 27, April 13, April 15, April 20, May 22
    published = document.published
    assert published is not None
    ours = {
        (m.start, m.end, m.timeref.text, str(m.timeref.start), str(m.timeref.end), str(m.timeref.granularity),
         str(m.timeref.resolution), m.timeref.anchor, m.timeref.year_inferred)
        for m in find_dates(document.text, anchor=published)
    }  # fmt: skip
    assert ours == expected, f"missing: {sorted(expected - ours, key=repr)}; extra: {sorted(ours - expected, key=repr)}"
