"""schema.org ClaimReview JSON-LD: one review per verdict, the format fact-checkers publish.

The output is a JSON-LD document with an ``@graph`` of ``ClaimReview`` items. Each names
the claim as written (``claimReviewed``), the review's ``author``, a ``reviewRating`` whose
``alternateName`` is the verdict in words, the claim as a ``Claim`` with its author (the
innermost speaker of its attribution chain, else the publisher) and where it appeared, and
the evidence as ``citation`` items. Numeric ratings run from 1 (contradicted) to 5
(supported); a verdict of "not enough information" has no numeric rating. No date is
written unless one is given, so the output is deterministic. The text is safe to paste
into an HTML ``<script type="application/ld+json">`` element.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.report.markdown import LABEL_TEXT
from factcheck.report.model import ClaimView, DocumentView, ReportData
from factcheck.report.safety import script_json

__all__ = ["RATING_VALUES", "claimreview_items", "render_claimreview"]

#: The numeric rating of each label (1 worst, 5 best); ``not_enough_info`` has none.
RATING_VALUES: dict[str, int | None] = {
    "supported": 5,
    "refined": 4,
    "superseded": 2,
    "contradicted": 1,
    "not_enough_info": None,
}


def _who(name: str, kind: str | None) -> dict[str, Any]:
    return {"@type": "Person" if kind == "person" else "Organization", "name": name}


def _claim_author(claim: ClaimView, document: DocumentView | None) -> dict[str, Any] | None:
    if claim.chain:
        link = claim.chain[-1]
        return _who(link.name or link.agent, link.entity_kind)
    if document and document.publisher:
        return _who(document.publisher, None)
    return None


def claimreview_items(
    data: ReportData, *, review_url: str = "", author: str = "factcheck", date: str | None = None
) -> list[dict[str, Any]]:
    """The ClaimReview objects, one per claim with a verdict, in report order."""
    documents = {document.id: document for document in data.documents}
    items: list[dict[str, Any]] = []
    for claim in data.claims:
        verdict = claim.verdict
        if verdict is None:
            continue
        document = documents.get(claim.provenance.document)
        rating: dict[str, Any] = {
            "@type": "Rating",
            "alternateName": LABEL_TEXT[verdict.label],
            "bestRating": 5,
            "worstRating": 1,
            "ratingExplanation": verdict.explanation,
        }
        value = RATING_VALUES[verdict.label]
        if value is not None:
            rating["ratingValue"] = value
        item_reviewed: dict[str, Any] = {"@type": "Claim", "name": claim.summary}
        claim_author = _claim_author(claim, document)
        if claim_author:
            item_reviewed["author"] = claim_author
        if document is not None:
            appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": document.title or document.id}
            if document.url:
                appearance["url"] = document.url
            if document.publisher:
                appearance["publisher"] = _who(document.publisher, None)
            if document.published:
                appearance["datePublished"] = document.published
                item_reviewed["datePublished"] = document.published
            item_reviewed["appearance"] = [appearance]
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "url": f"{review_url}#claim-{claim.id}",
            "identifier": claim.id,
            "claimReviewed": claim.text,
            "author": {"@type": "Organization", "name": author},
            "reviewRating": rating,
            "reviewBody": verdict.explanation,
            "itemReviewed": item_reviewed,
        }
        if date:
            review["datePublished"] = date
        citations = []
        for evidence in verdict.evidence:
            citation: dict[str, Any] = {
                "@type": "CreativeWork",
                "identifier": evidence.claim_id,
                "description": evidence.relation,
            }
            if evidence.url:
                citation["url"] = evidence.url
            if evidence.publisher:
                citation["publisher"] = _who(evidence.publisher, None)
            if evidence.published:
                citation["datePublished"] = evidence.published
            if evidence.excerpts:
                citation["text"] = " … ".join(excerpt.text for excerpt in evidence.excerpts)
            citations.append(citation)
        if citations:
            review["citation"] = citations
        items.append(review)
    return items


def render_claimreview(
    data: ReportData, *, review_url: str = "", author: str = "factcheck", date: str | None = None
) -> str:
    """The ClaimReview JSON-LD document (``@context`` schema.org, ``@graph`` of reviews)."""
    document = {
        "@context": "https://schema.org",
        "@graph": claimreview_items(data, review_url=review_url, author=author, date=date),
    }
    return script_json(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"
