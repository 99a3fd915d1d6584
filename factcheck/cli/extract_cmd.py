"""``factcheck extract ARTICLE... --published DATE``: article text in, claim file out.

Each input is a UTF-8 text file (or a folder of ``*.txt`` files). The publication date
anchors every relative date, so it is required: ``--published``, or a front-matter block at
the top of the file::

    ---
    published: 2024-05-27
    title: NATO mulls protecting Ukrainian skies
    ---
    (the article text)

Dates are never anchored to today. Binary or undecodable input stops the run with exit
status 2 and a message naming the file; nothing is written until every input has been
extracted, and the output file is written atomically.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Literal

import click

from factcheck.errors import ExtractionError

__all__ = ["extract", "read_article"]

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>(?:[^\n]{0,500}\n){0,50}?)---[ \t]*(?:\r?\n|\Z)")
_FRONT_KEYS = {"published", "title", "publisher", "url", "id"}
_ID_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def _document_id(path: Path) -> str:
    stem = _ID_UNSAFE.sub("-", path.stem.casefold()).strip("-._") or "doc"
    return stem[:128]


def read_article(path: Path) -> tuple[str, dict[str, Any]]:
    """The text of an article file and its front-matter fields (``published``, ``title``, ...).

    Raises :class:`ExtractionError` for a file that cannot be read, is binary or is not UTF-8.
    """
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ExtractionError(f"{path}: {size} bytes is larger than the {MAX_ARTICLE_BYTES}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    nul = data.find(b"\x00")
    if nul != -1:
        raise ExtractionError(f"{path}: binary data (a NUL byte at offset {nul}); expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExtractionError(
            f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8 first"
        ) from exc
    text = text.removeprefix("\ufeff")
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    from factcheck.files.source_map import ParseError, parse_yaml

    try:
        fields, _ = parse_yaml(match.group("body"))
    except ParseError as exc:
        raise ExtractionError(f"{path}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(fields, dict):
        raise ExtractionError(f"{path}: front matter must be 'key: value' lines")
    unknown = sorted(set(map(str, fields)) - _FRONT_KEYS)
    if unknown:
        raise ExtractionError(f"{path}: unknown front-matter field(s) {unknown}; allowed: {sorted(_FRONT_KEYS)}")
    return text[match.end() :], {str(k): v for k, v in fields.items()}


def _published(value: Any, path: Path) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ExtractionError(f"{path}: published {value!r} is not a date (YYYY-MM-DD)") from exc


def _inputs(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise ExtractionError(f"{path}: no such file or folder")
    if not found:
        raise ExtractionError(f"no article files (*.txt) under {', '.join(paths)}")
    return list(dict.fromkeys(found))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", help="Publication date YYYY-MM-DD (required unless the file's front matter has it).")
@click.option("--title", help="Document title (default: the title line of the article).")
@click.option("--publisher", help="Publisher: an entity id such as outlet:nv, or a name.")
@click.option("--url", help="Where the article was published.")
@click.option("--id", "document_id", help="Document id (default: from the file name). Only with one input.")
@click.option("--format", "output_format", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the claim file here (default: stdout).")
def extract(
    paths: tuple[str, ...],
    published: str | None,
    title: str | None,
    publisher: str | None,
    url: str | None,
    document_id: str | None,
    output_format: Literal["yaml", "json"],
    output: str | None,
) -> None:
    """Extract the claims of article text files into one claim file.

    Several files or folders (every *.txt inside) make one claim file with one document
    each. Exit 0 on success, 2 on unreadable input or a missing publication date.
    """
    from factcheck.claimset import ClaimSet
    from factcheck.document import Document
    from factcheck.extraction.pipeline import extract_document
    from factcheck.files.dump import dumps, write_atomic

    files = _inputs(paths)
    if document_id is not None and len(files) > 1:
        raise click.UsageError("--id names one document; it cannot be used with several inputs")
    sets: list[ClaimSet] = []
    show_progress = len(files) > 1 and sys.stderr.isatty()
    with click.progressbar(
        files, label="extracting", file=sys.stderr, show_pos=True, hidden=not show_progress
    ) as progress:
        for path in progress:
            text, fields = read_article(path)
            when = published if published is not None else fields.get("published")
            if when is None:
                raise ExtractionError(
                    f"{path}: no publication date; pass --published YYYY-MM-DD or put 'published:' in the "
                    "file's front matter (dates are never anchored to today)"
                )
            try:
                document = Document.from_text(
                    text,
                    id=document_id or str(fields.get("id") or _document_id(path)),
                    published=_published(when, path),
                    title=title or fields.get("title"),
                    publisher=publisher or fields.get("publisher"),
                    url=url or fields.get("url"),
                )
            except ValueError as exc:
                raise ExtractionError(f"{path}: {exc}") from exc
            extraction = extract_document(document)
            for warning in extraction.warnings:
                click.echo(f"{path}: warning: {warning}", err=True)
            sets.append(extraction.claims)
    merged = ClaimSet.merge(sets).sorted() if len(sets) > 1 else sets[0]
    rendered = dumps(merged, output_format, inline_text=True)
    if output is None:
        click.echo(rendered, nl=False)
    else:
        write_atomic(Path(output), rendered)
