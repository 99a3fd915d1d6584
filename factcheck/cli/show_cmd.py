"""``factcheck show FILE...``: validate claim files and print their claims."""

from __future__ import annotations

from typing import Literal

import click

__all__ = ["render_text", "show"]


def render_text(files: list[object]) -> str:
    """A readable listing: each document with its metadata, then its claims in text order."""
    from factcheck.describe import describe_claim
    from factcheck.files.load import LoadedFile

    lines: list[str] = []
    for loaded in files:
        assert isinstance(loaded, LoadedFile)
        claim_set = loaded.claims.sorted()
        locations = loaded.claim_locations()
        lines.append(f"== {loaded.path}")
        for document in claim_set.documents:
            published = document.published.isoformat() if document.published else "(no publication date)"
            lines.append(f"document {document.id}: {document.title or '(untitled)'}")
            lines.append(
                f"  publisher {document.publisher or '?'}, published {published}, {len(document.text)} characters"
            )
            if document.url:
                lines.append(f"  {document.url}")
        if claim_set.entities:
            lines.append(f"{len(claim_set.entities)} entities")
        if claim_set.relations:
            lines.append(f"{len(claim_set.relations)} reference relations")
        for claim in claim_set.claims:
            span = claim.span
            chain = claim.provenance.chain_text()
            lines.append(
                f"{locations[claim.id].line:>5}  {claim.id}  {claim.kind:<9} "
                f"[{span.start}:{span.end}] {describe_claim(claim)}"
                + (f"  (via {chain})" if chain else "")
                + (f"  [{claim.modality.value}]" if claim.modality != "asserted" else "")
            )
        counts: dict[str, int] = {}
        for claim in claim_set.claims:
            counts[claim.kind] = counts.get(claim.kind, 0) + 1
        if claim_set.documents or claim_set.claims:
            summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no claims"
            lines.append(f"{len(claim_set.claims)} claims: {summary}")
        lines.append("")
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "yaml"]),
    default="text",
    show_default=True,
    help="text: a readable table; json/yaml: the merged claims in the claim-file format.",
)
def show(paths: tuple[str, ...], output_format: Literal["text", "json", "yaml"]) -> None:
    """Validate claim files (or folders of them) and print their claims.

    Exit 0 when every file is valid, 2 (with path:line:column and the problem) when not.
    """
    from factcheck.claimset import ClaimSet
    from factcheck.files.dump import dumps
    from factcheck.files.load import load_paths

    files = load_paths(list(paths))
    if output_format == "text":
        click.echo(render_text(list(files)), nl=False)
        return
    merged = ClaimSet.merge(file.claims for file in files)
    click.echo(dumps(merged, output_format, inline_text=True), nl=False)
