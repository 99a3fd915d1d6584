"""``factcheck report PATH...``: the claim-provenance report of claim files.

Loads the claims, runs the checks (unless ``--no-check`` or ``--findings`` gives them),
matches the claims against ``--against`` sources (or reads ``--verdicts``; with neither,
several documents are verified each against the others unless ``--no-verify``), builds the
report and writes it as HTML (default), Markdown, JSON, ClaimReview or PROV, to ``-o FILE``
(written atomically) or standard output. Exit 0 when the report was written, 2 on bad
input; findings do not change the exit code (use ``factcheck check`` for that).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from factcheck.report.render import REPORT_FORMATS

__all__ = ["load_findings_file", "load_verdicts_file", "report"]


def _read_json(path: Path, what: str) -> Any:
    from factcheck.errors import ReportError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"{path}: cannot read the {what} file: {exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{path}:{exc.lineno}:{exc.colno}: the {what} file is not JSON: {exc.msg}") from exc


_FINDING_FIELDS = (
    "code",
    "name",
    "severity",
    "message",
    "claim_ids",
    "spans",
    "path",
    "line",
    "column",
    "context",
    "url",
)


def load_findings_file(path: str | Path) -> list[Any]:
    """Findings from a JSON file: a list of findings, or an object with a ``findings`` list.

    Each finding has the fields of :class:`~factcheck.findings.Finding`; a ``location``
    (``{"path", "line", "column"}``) stands for ``path``/``line``/``column``, and derived
    fields of ``factcheck check --format json`` (``fingerprint``) are ignored.
    """
    from pydantic import ValidationError

    from factcheck.errors import ReportError
    from factcheck.findings import Finding

    file = Path(path)
    data = _read_json(file, "findings")
    items = data.get("findings") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ReportError(f"{file}: expected a list of findings or an object with a 'findings' list")
    findings = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ReportError(f"{file}: findings[{index}] is not an object")
        fields = {key: item[key] for key in _FINDING_FIELDS if key in item}
        location = item.get("location")
        if isinstance(location, dict):
            for key in ("path", "line", "column"):
                if key in location and key not in fields:
                    fields[key] = location[key]
        try:
            findings.append(Finding.model_validate(fields))
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(part) for part in problem["loc"])
            raise ReportError(f"{file}: findings[{index}].{where}: {problem['msg']}") from exc
    return findings


def load_verdicts_file(path: str | Path) -> Any:
    """Verdicts from a JSON file: ``{"verdicts": [...]}`` (the Verdicts model) or a list of verdicts."""
    from pydantic import ValidationError

    from factcheck.errors import ReportError
    from factcheck.verdicts import Verdicts

    file = Path(path)
    data = _read_json(file, "verdicts")
    if isinstance(data, list):
        data = {"verdicts": data}
    if not isinstance(data, dict) or not isinstance(data.get("verdicts"), list):
        raise ReportError(f"{file}: expected a list of verdicts or an object with a 'verdicts' list")
    verdicts = [
        {key: value for key, value in item.items() if key in _VERDICT_FIELDS} if isinstance(item, dict) else item
        for item in data["verdicts"]
    ]
    try:
        return Verdicts.model_validate({"verdicts": verdicts})
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise ReportError(f"{file}: {where}: {problem['msg']}") from exc


_VERDICT_FIELDS = ("claim_id", "label", "rule", "explanation", "reading", "evidence")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write the report here (default: standard output)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(REPORT_FORMATS)),
    default="html",
    show_default=True,
    help="html: one offline page; md: Markdown; json: the report data; claimreview: schema.org JSON-LD; "
    "prov: W3C PROV-JSON.",
)
@click.option("--against", "against", multiple=True, type=click.Path(), help="Source claim files to verify against.")
@click.option("--findings", "findings_file", type=click.Path(dir_okay=False), help="Findings JSON instead of checking.")
@click.option(
    "--verdicts", "verdicts_file", type=click.Path(dir_okay=False), help="Verdicts JSON instead of verifying."
)
@click.option("--no-check", is_flag=True, help="Do not run the checks (the report shows no findings).")
@click.option(
    "--no-verify",
    is_flag=True,
    help="Without --against: do not verify each document's claims against the other documents given.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    help="Check settings ([tool.factcheck]); by default found upward from the first PATH, as for check.",
)
@click.option("--title", help="The report's title (default: the first document's title).")
@click.option("--review-url", default="", help="ClaimReview: the URL the reviews are published at.")
@click.option("--author", default="factcheck", show_default=True, help="ClaimReview: who reviews.")
@click.option("--review-date", help="ClaimReview: the review date (omitted unless given).")
def report(
    paths: tuple[str, ...],
    output: str | None,
    output_format: str,
    against: tuple[str, ...],
    findings_file: str | None,
    verdicts_file: str | None,
    no_check: bool,
    no_verify: bool,
    config_file: str | None,
    title: str | None,
    review_url: str,
    author: str,
    review_date: str | None,
) -> None:
    """The claim-provenance report of claim files (or folders of them).

    Every claim with its span in the article, attribution chain, provenance, findings and
    verdict. Exit 0 when the report is written, 2 on bad input.
    """
    from factcheck.errors import ConfigError
    from factcheck.files.dump import write_atomic
    from factcheck.files.load import claim_locations, load_paths, merge_files
    from factcheck.report import build_report, render_report

    if against and verdicts_file:
        raise ConfigError("give either --against (verify now) or --verdicts (verdicts from a file), not both")
    checking = not no_check and findings_file is None
    files = load_paths(list(paths))
    claims = merge_files(files)
    locations = claim_locations(files)
    sources = None
    verdicts = None
    if verdicts_file is not None:
        verdicts = load_verdicts_file(verdicts_file)
    elif against:
        sources = merge_files(load_paths(list(against)))
        from factcheck.match import verify

        verdicts = verify(claims, sources)
    elif not no_verify and len(claims.documents) > 1:
        from factcheck.report.cross import cross_verify

        verdicts = cross_verify(claims)
    findings: list[Any] = []
    if findings_file is not None:
        findings = load_findings_file(findings_file)
    elif checking:
        # The same checks as `factcheck check`, with the verdicts for the cross-source rules.
        from factcheck.config import load_config
        from factcheck.engine import check_files

        config = load_config(config_file) if config_file else load_config(start=paths[0])
        options = {"verdicts": verdicts} if verdicts is not None else None
        # The files loaded above, checked as they are: strict loading already refused any
        # changed text or span, so there are no integrity records to report.
        findings = list(check_files(files, config=config, options=options).findings)
    data = build_report(
        claims,
        findings,
        verdicts,
        sources=sources,
        locations=locations,
        title=title,
        checked=checking or findings_file is not None,
    )
    text = render_report(data, output_format, review_url=review_url, author=author, date=review_date)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(Path(output), text)
    except OSError as exc:
        from factcheck.errors import ReportError

        raise ReportError(f"{output}: cannot write the report: {exc.strerror or exc}") from exc
    click.echo(f"wrote {output} ({output_format}, {data.summary.claims} claims)", err=True)
