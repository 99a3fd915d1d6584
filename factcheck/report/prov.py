"""W3C PROV-JSON of a report's provenance.

* entities: documents (``doc:``), claims and evidence claims (``claim:``), verdicts
  (``verdict:``) and findings (``finding:``);
* agents (``agent:``): publishers and the speakers of attribution chains;
* activities: one extraction per document and extractor (``act:extract.…``), the checks
  (``act:check``) and the cross-source verification (``act:verify``);
* relations: a claim ``wasGeneratedBy`` its extraction, which ``used`` the document; a
  claim ``wasDerivedFrom`` its document as a ``prov:Quotation`` (its text is an exact span);
  a claim ``wasAttributedTo`` each agent of its chain (with the cue, the position and
  whether it is a direct quote); a document ``wasAttributedTo`` its publisher; a verdict
  ``wasDerivedFrom`` its evidence claims and ``wasGeneratedBy`` the verification.

Identifiers are qualified names under ``urn:factcheck:`` prefixes; relation ids are
numbered in output order, so the same report gives the same bytes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factcheck.report.model import ClaimView, ReportData

__all__ = ["prov_document", "render_prov"]

PREFIXES = {
    "fc": "urn:factcheck:",
    "doc": "urn:factcheck:document:",
    "claim": "urn:factcheck:claim:",
    "agent": "urn:factcheck:agent:",
    "act": "urn:factcheck:activity:",
    "verdict": "urn:factcheck:verdict:",
    "finding": "urn:factcheck:finding:",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _local(text: str) -> str:
    return _UNSAFE.sub("-", text.replace(":", ".")).strip("-") or "unnamed"


def _agent_id(entity: str | None, name: str) -> str:
    return f"agent:{_local(entity)}" if entity else f"agent:name.{_local(name.casefold())}"


def _typed(value: str, kind: str) -> dict[str, str]:
    return {"$": value, "type": kind}


class _Builder:
    def __init__(self) -> None:
        self.sections: dict[str, dict[str, Any]] = {}
        self.counts: dict[str, int] = {}

    def add(self, section: str, key: str, attributes: dict[str, Any]) -> None:
        table = self.sections.setdefault(section, {})
        if key in table:
            table[key].update({k: v for k, v in attributes.items() if k not in table[key]})
        else:
            table[key] = attributes

    def relate(self, section: str, attributes: dict[str, Any]) -> None:
        self.counts[section] = self.counts.get(section, 0) + 1
        self.add(section, f"_:{section}{self.counts[section]}", attributes)


def prov_document(data: ReportData) -> dict[str, Any]:
    """The PROV-JSON document as a dictionary."""
    b = _Builder()
    for document in data.documents:
        attributes: dict[str, Any] = {
            "prov:type": _typed("schema:NewsArticle", "prov:QUALIFIED_NAME"),
            "prov:label": document.title or document.id,
            "fc:sha256": document.sha256,
        }
        if document.url:
            attributes["prov:location"] = document.url
        if document.published:
            kind = "xsd:dateTime" if "T" in document.published else "xsd:date"
            attributes["fc:published"] = _typed(document.published, kind)
        b.add("entity", f"doc:{_local(document.id)}", attributes)
        if document.publisher:
            publisher = _agent_id(
                document.publisher_id if document.publisher_id != document.publisher else None, document.publisher
            )
            b.add(
                "agent",
                publisher,
                {"prov:type": _typed("prov:Organization", "prov:QUALIFIED_NAME"), "prov:label": document.publisher},
            )
            b.relate(
                "wasAttributedTo",
                {"prov:entity": f"doc:{_local(document.id)}", "prov:agent": publisher, "fc:role": "publisher"},
            )
        if document.derived_from:
            origin = f"doc:origin.{_local(document.derived_from.casefold())}"
            b.add("entity", origin, {"prov:label": document.derived_from})
            b.relate(
                "wasDerivedFrom",
                {
                    "prov:generatedEntity": f"doc:{_local(document.id)}",
                    "prov:usedEntity": origin,
                    "fc:relation": "syndicated copy",
                },
            )
    for claim in data.claims:
        _claim(b, claim)
    if data.checked or data.findings:
        b.add("activity", "act:check", {"prov:label": f"checks by {data.generator}"})
        for claim in data.claims:
            b.relate("used", {"prov:activity": "act:check", "prov:entity": f"claim:{_local(claim.id)}"})
        for number, finding in enumerate(data.findings, start=1):
            key = f"finding:{number}"
            b.add(
                "entity",
                key,
                {
                    "prov:type": "fc:Finding",
                    "prov:label": f"{finding.code} {finding.name}",
                    "prov:value": finding.message,
                    "fc:severity": finding.severity,
                },
            )
            b.relate("wasGeneratedBy", {"prov:entity": key, "prov:activity": "act:check"})
            for claim_id in finding.claim_ids:
                b.relate(
                    "wasDerivedFrom", {"prov:generatedEntity": key, "prov:usedEntity": f"claim:{_local(claim_id)}"}
                )
    if data.verified:
        b.add("activity", "act:verify", {"prov:label": f"cross-source verification by {data.generator}"})
        for claim in data.claims:
            if claim.verdict is not None:
                _verdict(b, claim)
    result: dict[str, Any] = {"prefix": PREFIXES}
    for section in ("entity", "activity", "agent", "wasGeneratedBy", "used", "wasDerivedFrom", "wasAttributedTo"):
        if section in b.sections:
            result[section] = b.sections[section]
    return result


def _claim(b: _Builder, claim: ClaimView) -> None:
    p = claim.provenance
    key = f"claim:{_local(claim.id)}"
    b.add(
        "entity",
        key,
        {
            "prov:type": "fc:Claim",
            "prov:value": claim.text,
            "fc:kind": claim.kind,
            "fc:summary": claim.summary,
            "fc:modality": claim.modality,
            "fc:polarity": claim.polarity,
        },
    )
    activity = f"act:extract.{_local(p.document)}.{_local(p.extractor)}.{_local(p.rule)}.{_local(p.version)}"
    b.add(
        "activity",
        activity,
        {
            "prov:label": f"extraction by {p.extractor} ({p.rule})",
            "fc:extractor": p.extractor,
            "fc:rule": p.rule,
            "fc:version": p.version,
        },
    )
    document = f"doc:{_local(p.document)}"
    b.relate("used", {"prov:activity": activity, "prov:entity": document})
    b.relate("wasGeneratedBy", {"prov:entity": key, "prov:activity": activity})
    b.relate(
        "wasDerivedFrom",
        {
            "prov:generatedEntity": key,
            "prov:usedEntity": document,
            "prov:activity": activity,
            "prov:type": _typed("prov:Quotation", "prov:QUALIFIED_NAME"),
            "fc:start": p.start,
            "fc:end": p.end,
        },
    )
    for position, link in enumerate(claim.chain):
        agent = _agent_id(link.entity, link.agent)
        kind = (
            "prov:Person" if link.entity_kind == "person" else "prov:Organization" if link.entity_kind else "prov:Agent"
        )
        b.add("agent", agent, {"prov:type": _typed(kind, "prov:QUALIFIED_NAME"), "prov:label": link.name or link.agent})
        attributes: dict[str, Any] = {
            "prov:entity": key,
            "prov:agent": agent,
            "fc:cue": link.cue,
            "fc:position": position,
            "fc:mode": link.mode,
        }
        if link.mode == "direct":
            attributes["prov:type"] = _typed("fc:DirectQuote", "prov:QUALIFIED_NAME")
        b.relate("wasAttributedTo", attributes)


def _verdict(b: _Builder, claim: ClaimView) -> None:
    verdict = claim.verdict
    assert verdict is not None
    key = f"verdict:{_local(claim.id)}"
    b.add(
        "entity",
        key,
        {
            "prov:type": "fc:Verdict",
            "prov:label": verdict.label,
            "prov:value": verdict.explanation,
            "fc:rule": verdict.rule,
        },
    )
    b.relate("used", {"prov:activity": "act:verify", "prov:entity": f"claim:{_local(claim.id)}"})
    b.relate("wasGeneratedBy", {"prov:entity": key, "prov:activity": "act:verify"})
    b.relate("wasDerivedFrom", {"prov:generatedEntity": key, "prov:usedEntity": f"claim:{_local(claim.id)}"})
    for evidence in verdict.evidence:
        evidence_key = f"claim:{_local(evidence.claim_id)}"
        attributes: dict[str, Any] = {"prov:type": "fc:Claim", "fc:document": evidence.document}
        if evidence.excerpts:
            attributes["prov:value"] = evidence.excerpts[0].text
        b.add("entity", evidence_key, attributes)
        source = f"doc:{_local(evidence.document)}"
        source_attributes: dict[str, Any] = {"prov:label": evidence.document}
        if evidence.url:
            source_attributes["prov:location"] = evidence.url
        if evidence.published:
            kind = "xsd:dateTime" if "T" in evidence.published else "xsd:date"
            source_attributes["fc:published"] = _typed(evidence.published, kind)
        b.add("entity", source, source_attributes)
        b.relate(
            "wasDerivedFrom",
            {
                "prov:generatedEntity": evidence_key,
                "prov:usedEntity": source,
                "prov:type": _typed("prov:Quotation", "prov:QUALIFIED_NAME"),
            },
        )
        if evidence.publisher:
            publisher = _agent_id(None, evidence.publisher)
            b.add(
                "agent",
                publisher,
                {"prov:type": _typed("prov:Organization", "prov:QUALIFIED_NAME"), "prov:label": evidence.publisher},
            )
            b.relate("wasAttributedTo", {"prov:entity": source, "prov:agent": publisher, "fc:role": "publisher"})
        b.relate("used", {"prov:activity": "act:verify", "prov:entity": evidence_key})
        b.relate(
            "wasDerivedFrom",
            {"prov:generatedEntity": key, "prov:usedEntity": evidence_key, "fc:relation": evidence.relation},
        )


def render_prov(data: ReportData) -> str:
    """The PROV-JSON document as text."""
    return json.dumps(prov_document(data), indent=2, ensure_ascii=False) + "\n"
