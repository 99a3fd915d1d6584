"""The founding round trip: extracting the founding article reproduces its hand-written claims.

The comparison (tests/founding_diff.py) matches claims by id -- the id is derived from the
kind and the spans, so a match means the same kind of claim over exactly the same text --
and then compares every field except the annotator's note and the extraction method. The
readable diff is printed and attached to every failure.

Score at this commit: 29 of 29 claims matched by id, all 29 with every field equal, no extra
claims. (Until the conventions below were written down, four hand-written events broke the
file's own: paraphrased predicates, "Poland's" as a mention where "Iran's" was written "Iran",
a place not written as in the text, and NATO once marked `manual` where it resolves by alias.
The hand file now follows docs/model.md: a predicate is the event's verb or verb phrase as the
text says it, its arguments go in actors, targets and place; a mention is written as in the
text without the possessive ending.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from founding_diff import Diff, compare

import factcheck
from factcheck.claimset import ClaimSet
from factcheck.extraction import extract

ROOT = Path(__file__).resolve().parent.parent

#: Claims the extractor reproduces with every field equal (ids of the hand-written file).
EXACT = {
    "s-d687cc678c09", "e-f4ba71ec3f6d", "t-fed1a457d609", "e-ae25d6cb7440", "t-2bdf61d8018d",
    "t-d3fa4d26a2af", "t-f0c88cff5d5a", "t-66d09bd59f77", "t-f067dccb8e26", "t-bb9ea64166fc",
    "t-1234f3613935", "t-d873dc4b0ad8", "r-4c7543b2bcd4", "r-164652c32c95", "r-8a50738cdf0d",
    "e-ff96b2529976", "s-befe77b47fb7", "e-25fbf1782b21", "q-5900a13a6dba", "q-437124fb0417",
    "s-b6e1e4a7da83", "s-be902917e75b", "s-62f4da45ead1", "s-c32047b08a4a", "q-a247e5194187",
}  # fmt: skip
#: Events whose predicates, mentions and places follow the conventions of docs/model.md.
EVENTS = {"e-6f2764612253", "e-31706012824e", "e-46d90c0ebc15", "e-96eb367421b5"}


@pytest.fixture(scope="module")
def expected() -> ClaimSet:
    return factcheck.load(ROOT / "claims" / "founding" / "claims.yaml")


@pytest.fixture(scope="module")
def extracted(expected: ClaimSet) -> ClaimSet:
    [document] = expected.documents
    return extract(document)


@pytest.fixture(scope="module")
def diff(expected: ClaimSet, extracted: ClaimSet) -> Diff:
    result = compare(expected, extracted)
    print(result.render(expected, extracted))
    return result


def test_matched_claims_keep_their_fields(diff: Diff, expected: ClaimSet, extracted: ClaimSet) -> None:
    report = diff.render(expected, extracted)
    assert set(diff.exact) >= EXACT, report
    assert set(diff.exact) >= EXACT | EVENTS, report
    assert len(diff.matched) == len(expected.claims) == 29, report


def test_no_claim_is_invented(diff: Diff, expected: ClaimSet, extracted: ClaimSet) -> None:
    assert diff.extra == [], diff.render(expected, extracted)


def test_segments_and_origin_match_the_hand_labels(expected: ClaimSet, extracted: ClaimSet) -> None:
    [hand] = expected.documents
    fresh = factcheck.Document.from_text(hand.text, id=hand.id, published=hand.published)
    assert fresh.segments == hand.segments
    assert fresh.derived_from == hand.derived_from


def test_every_extracted_claim_is_traced_to_this_extractor(extracted: ClaimSet) -> None:
    for claim in extracted.claims:
        method = claim.provenance.method
        assert method.extractor == "factcheck.extract"
        assert method.version == factcheck.__version__
        assert method.rule
        assert claim.provenance.chain[0].cue == "published"


def test_full_round_trip(diff: Diff, expected: ClaimSet, extracted: ClaimSet) -> None:
    assert len(diff.exact) == len(expected.claims), diff.render(expected, extracted)
