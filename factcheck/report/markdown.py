"""The Markdown report, for pull-request comments and wikis: the same content as the HTML page.

Every value from input goes through :func:`~factcheck.report.safety.escape_markdown`, and
only http(s) URLs become links.
"""

from __future__ import annotations

from factcheck.report.model import ClaimView, EvidenceView, FindingView, ReportData, VerdictView
from factcheck.report.safety import escape_markdown as md
from factcheck.report.safety import safe_url

__all__ = ["render_markdown"]

LABEL_TEXT = {
    "supported": "supported",
    "refined": "refined (supported, more precisely)",
    "contradicted": "contradicted",
    "superseded": "superseded (a later figure by the same originator)",
    "not_enough_info": "not enough information",
}


def _link(text: str, url: str | None) -> str:
    href = safe_url(url)
    if href is None:
        return md(text) if url is None else f"{md(text)} ({md(url)}, not linked)"
    # Parentheses and spaces cannot occur unescaped in a link target.
    target = href.replace("(", "%28").replace(")", "%29")
    return f"[{md(text)}]({target})"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {md(key.replace('_', ' '))}" for key, n in counts.items())


def render_markdown(data: ReportData) -> str:
    """The report as GitHub-flavoured Markdown."""
    lines: list[str] = [f"# {md(data.title)}", "", f"Claim-provenance report by {md(data.generator)}.", ""]
    s = data.summary
    lines += [
        "## Summary",
        "",
        "| | total | by kind, severity or label |",
        "|---|---:|---|",
        f"| claims | {s.claims} | {_counts(s.claims_by_kind)} |",
        f"| findings | {s.findings} | {_counts(s.findings_by_severity)}"
        + ("" if data.checked else " (checks not run)")
        + " |",
        f"| verdicts | {s.verdicts} | {_counts(s.verdicts_by_label)}"
        + ("" if data.verified else " (no sources given)")
        + " |",
        "",
    ]
    for document in data.documents:
        lines += [f"## Document: {md(document.title or document.id)}", ""]
        lines.append(f"- id: `{document.id}`")
        if document.publisher:
            lines.append(f"- publisher: {md(document.publisher)}")
        if document.published:
            basis = f" ({md(document.published_basis)})" if document.published_basis else ""
            lines.append(f"- published: {md(document.published)}{basis}")
        if document.url:
            lines.append(f"- URL: {_link(document.url, document.url)}")
        if document.derived_from:
            lines.append(f"- derived from: {md(document.derived_from)}")
        lines.append(
            f"- sha256: `{document.sha256}`, {len(document.text)} characters, {len(document.claim_ids)} claims"
        )
        lines.append("")
    lines += ["## Claims", ""]
    for number, claim in enumerate(data.claims, start=1):
        lines += _claim_lines(number, claim)
    if not data.claims:
        lines += ["No claims.", ""]
    lines += ["## All findings", ""]
    if data.findings:
        lines += ["| location | code | severity | message | claims |", "|---|---|---|---|---|"]
        for finding in data.findings:
            claims = ", ".join(f"`{c}`" for c in finding.claim_ids)
            lines.append(
                f"| {md(finding.location)} | {_link(finding.code, finding.url)} {md(finding.name)} | "
                f"{finding.severity} | {md(finding.message)} | {claims} |"
            )
    else:
        lines.append("No findings." if data.checked else "No findings given (the checks were not run).")
    lines.append("")
    return "\n".join(lines)


def _claim_lines(number: int, claim: ClaimView) -> list[str]:
    p = claim.provenance
    lines = [f"### {number}. `{claim.id}` {claim.kind}: “{md(claim.text)}”", ""]
    lines.append(f"- says: {md(claim.summary)}")
    if claim.value:
        lines.append(f"- value: {md(claim.value)}")
    if claim.time:
        lines.append(f"- time: {md(claim.time)}")
    lines.append(f"- modality: {claim.modality}, polarity: {claim.polarity}")
    if claim.chain:
        lines.append(f"- attribution: **{md(claim.chain_text)}**")
        for link in claim.chain:
            named = f" \\[= {md(link.name)}\\]" if link.name and link.name != link.agent else ""
            who = md(link.agent) + named + (f" (`{link.entity}`)" if link.entity else "")
            when = f", {md(link.date)}" if link.date else ""
            lines.append(f"  - {who}: {md(link.cue)}{when}, {link.mode} speech")
    where = f", written at {md(p.location)}" if p.location else ""
    segment = f" ({md(p.segment)})" if p.segment else ""
    lines.append(
        f"- provenance: document `{p.document}`, characters {p.start}-{p.end}{segment}; "
        f"extractor {md(p.extractor)}, rule {md(p.rule)}, version {md(p.version)}{where}"
    )
    for extra in p.spans[1:]:
        lines.append(f"  - also characters {extra.start}-{extra.end}: “{md(extra.text)}”")
    if claim.references:
        lines.append("- refers to: " + ", ".join(f"`{ref}`" for ref in claim.references))
    if claim.note:
        lines.append(f"- note: {md(claim.note)}")
    if claim.findings:
        lines.append("- findings:")
        lines += [f"  - {_finding_text(f)}" for f in claim.findings]
    else:
        lines.append("- findings: none")
    lines += _verdict_lines(claim.verdict)
    lines.append("")
    return lines


def _finding_text(finding: FindingView) -> str:
    rule = f"{_link(finding.code, finding.url)} {md(finding.name)}"
    return f"{finding.severity} {rule}: {md(finding.message)} ({md(finding.location)})"


def _verdict_lines(verdict: VerdictView | None) -> list[str]:
    if verdict is None:
        return ["- verdict: none"]
    reading = f" Reading: {md(verdict.reading)}." if verdict.reading else ""
    lines = [
        f"- verdict: **{LABEL_TEXT[verdict.label]}** (rule {md(verdict.rule)}): {md(verdict.explanation)}{reading}"
    ]
    if verdict.timeline:
        lines.append("  - timeline:")
        for entry in verdict.timeline:
            who = md(entry.publisher or "?")
            lines.append(f"    - {md(entry.published)} {who} ({entry.relation}): “{md(entry.excerpt)}”")
    for evidence in verdict.evidence:
        lines += _evidence_lines(evidence)
    return lines


def _evidence_lines(evidence: EvidenceView) -> list[str]:
    who = evidence.publisher or evidence.document
    source = _link(who, evidence.url)
    marks = []
    if evidence.published:
        marks.append(md(evidence.published))
    if not evidence.independent:
        marks.append("not independent")
    if evidence.published_after_claim:
        marks.append("published after the claim")
    if evidence.origin:
        marks.append(f"origin {md(evidence.origin)}")
    marks.append(f"score {evidence.score:g}")
    lines = [f"  - {evidence.relation}: {source}, `{evidence.claim_id}` ({', '.join(marks)})"]
    if evidence.explanation:
        lines.append(f"    {md(evidence.explanation)}")
    if evidence.reading:
        lines.append(f"    reading: {md(evidence.reading)}")
    lines += [f"    > {md(excerpt.text)}" for excerpt in evidence.excerpts]
    return lines
