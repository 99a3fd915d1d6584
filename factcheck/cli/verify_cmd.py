"""``factcheck verify CLAIMS --against SOURCES...``: verdicts with evidence, and FC5xx findings.

Exit 0 when no FC501/FC502 finding is at or above ``--fail-level``, 1 when one is, 2 for
input errors (a bad claim file, a bad option).
"""

from __future__ import annotations

import json
from typing import Any, Literal

import click

__all__ = ["render_json", "render_text", "verify"]

JSON_SCHEMA_ID = "factcheck-verify/1"


def render_text(verdicts: Any, claims: Any, locations: dict[str, Any], findings: list[Any]) -> str:
    """One block per verdict (location, label, rule, explanation, evidence), then the findings."""
    from factcheck.verdicts import EvidenceRelation

    lines: list[str] = []
    for verdict in verdicts:
        claim = claims.claim(verdict.claim_id)
        where = locations.get(verdict.claim_id)
        text = claim.text if claim is not None else ""
        shown = text if len(text) <= 80 else text[:77] + "..."
        lines.append(f"{where or '<claims>'}: {verdict.claim_id} {verdict.label.value} [{verdict.rule}] {shown!r}")
        lines.append(f"    {verdict.explanation}")
        if verdict.reading:
            lines.append(f"    reading: {verdict.reading}")
        for item in verdict.evidence:
            if item.relation is EvidenceRelation.RELATED and verdict.deciding_evidence:
                continue  # related items are listed only when nothing decided
            flags = []
            if not item.independent:
                flags.append("not independent")
            if item.published_after_claim:
                flags.append("published after the claim")
            quoted = item.spans[0].text if item.spans else item.explanation
            published = f", {item.published}" if item.published else ""
            extra = f" ({'; '.join(flags)})" if flags else ""
            lines.append(
                f"    {item.relation.value:<11} {item.claim_id} {quoted!r} "
                f"[{item.publisher or item.document}{published}; origin {item.origin}]{extra}"
            )
            if item.url:
                lines.append(f"                {item.url}")
    counts = verdicts.by_label()
    summary = ", ".join(f"{count} {label.value}" for label, count in counts.items())
    lines.append(f"{len(verdicts)} verdicts: {summary}")
    for finding in findings:
        lines.append(f"{finding.location}: {finding.code} [{finding.severity.value}] {finding.message}")
    return "\n".join(lines) + "\n"


def render_json(verdicts: Any, claims: Any, locations: dict[str, Any], findings: list[Any]) -> str:
    """The documented JSON form (docs/verify.md): sorted keys, verdicts by claim id."""
    items = []
    for verdict in verdicts:
        data = verdict.model_dump(mode="json")
        claim = claims.claim(verdict.claim_id)
        where = locations.get(verdict.claim_id)
        data["text"] = claim.text if claim is not None else None
        data["path"] = where.path if where else None
        data["line"] = where.line if where else 0
        data["column"] = where.column if where else 0
        items.append(data)
    document = {
        "schema": JSON_SCHEMA_ID,
        "summary": {label.value: count for label, count in verdicts.by_label().items()},
        "verdicts": items,
        "findings": [finding.model_dump(mode="json") for finding in findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _render_findings(output_format: str, findings: list[Any], files: list[Any], fail_level: Any) -> str:
    """The FC5xx findings through the shared writers (SARIF 2.1.0, JUnit XML, GitHub annotations)."""
    from factcheck.output import FindingsReport, render
    from factcheck.rules.registry import REGISTRY

    document_paths: dict[str, str] = {}
    for loaded in files:
        for document in loaded.claims.documents:
            if document.text_file:
                document_paths.setdefault(document.id, str(loaded.path.parent / document.text_file))
    report = FindingsReport(
        findings=findings,
        rules=[REGISTRY.get("FC501"), REGISTRY.get("FC502")],
        files=sorted({str(loaded.path) for loaded in files}),
        document_paths=document_paths,
        fail_level=fail_level,
    )
    return render(output_format, report)


@click.command()
@click.argument("claims", nargs=-1, required=True, type=click.Path())
@click.option(
    "--against",
    "sources",
    multiple=True,
    required=True,
    type=click.Path(),
    help="A claim file or folder of sources (repeatable); reference data counts as a source.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif", "junit", "github"]),
    default="text",
    show_default=True,
)
@click.option(
    "--fail-level",
    type=click.Choice(["info", "warning", "error"]),
    default="warning",
    show_default=True,
    help="Exit 1 when an FC5xx finding is at least this severe (FC501 error, FC502 warning).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--bare-reading", type=click.Choice(["exact", "at_least"]), default="exact", show_default=True)
@click.option("--tolerance", type=float, default=0.1, show_default=True, help="Relative spread of 'about N'.")
@click.option("--time-window", "time_window", type=int, default=3, show_default=True, help="Days.")
@click.option("--score-threshold", type=float, default=60.0, show_default=True, help="rapidfuzz score, 0-100.")
def verify(
    claims: tuple[str, ...],
    sources: tuple[str, ...],
    output_format: Literal["text", "json", "sarif", "junit", "github"],
    fail_level: str,
    exit_zero: bool,
    bare_reading: str,
    tolerance: float,
    time_window: int,
    score_threshold: float,
) -> int:
    """Match CLAIMS against the sources and print a verdict, with evidence, for every claim."""
    from pydantic import ValidationError

    from factcheck.claimset import ClaimSet
    from factcheck.errors import ConfigError
    from factcheck.files.load import claim_locations, load_paths, merge_files
    from factcheck.findings import Severity
    from factcheck.match import MatchConfig
    from factcheck.match import verify as run_verify
    from factcheck.rules.fc5xx_crosssource import verdict_findings
    from factcheck.rules.registry import load_builtin_rules

    try:
        config = MatchConfig(
            tolerance=tolerance,
            bare_reading=bare_reading,
            time_window_days=time_window,
            score_threshold=score_threshold,
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid verify option: {problems}") from exc
    load_builtin_rules()
    judged_files = load_paths(list(claims))
    judged = merge_files(judged_files) if len(judged_files) != 1 else judged_files[0].claims
    source_files = load_paths(list(sources))
    source_set = merge_files(source_files) if source_files else ClaimSet()
    verdicts = run_verify(judged, source_set, config=config)
    locations = claim_locations(judged_files)
    findings = verdict_findings(verdicts, judged, locate=locations.get)
    threshold = Severity(fail_level)
    if output_format in ("sarif", "junit", "github"):
        click.echo(_render_findings(output_format, findings, [*judged_files, *source_files], threshold), nl=False)
    else:
        render = render_json if output_format == "json" else render_text
        click.echo(render(verdicts, judged, locations, findings), nl=False)
    failed = any(f.severity.at_least(threshold) for f in findings)
    return 1 if failed and not exit_zero else 0
