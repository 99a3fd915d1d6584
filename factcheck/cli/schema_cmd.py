"""``factcheck schema``: the JSON Schema of claim files."""

from __future__ import annotations

import json

import click

__all__ = ["claim_file_schema", "schema"]


def claim_file_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) that every claim file satisfies, generated from the models."""
    from factcheck.claimset import ClaimSet

    document = ClaimSet.model_json_schema(mode="validation")
    # In a file, a document's text is inline or in ``text_file`` next to it.
    doc_schema = document["$defs"]["Document"]
    doc_schema["required"] = [name for name in doc_schema["required"] if name != "text"]
    doc_schema["anyOf"] = [{"required": ["text"]}, {"required": ["text_file"]}]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factcheck.invalid/schema/claim-file-1.json",
        "title": "factcheck claim file, schema version 1",
        **{k: v for k, v in document.items() if k != "title"},
    }


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of claim files."""
    text = json.dumps(claim_file_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if output:
        from pathlib import Path

        from factcheck.files.dump import write_atomic

        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)
