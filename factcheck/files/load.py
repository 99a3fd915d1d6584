"""Loading claim files: parse, validate, check hashes and spans, and report every problem.

``load(path)`` reads one file or every claim file under a folder and returns one
:class:`~factcheck.claimset.ClaimSet`. Problems are collected, not stopped at: a file with
five bad claims raises one :class:`~factcheck.errors.ClaimsFileError` listing all five,
each with ``path:line:column``, the claim id and the field.

With ``strict=False`` the integrity problems (a text that no longer matches its hash, a
span that no longer matches its text) do not stop loading; they are kept on the
:class:`LoadedFile` so that ``factcheck check`` can report them as findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from factcheck._internal.gc_pause import collector_paused
from factcheck.claimset import ClaimSet, Location
from factcheck.document import text_sha256
from factcheck.errors import ClaimsFileError, Problem
from factcheck.files.source_map import ParseError, SourceMap, parse_json, parse_yaml

__all__ = [
    "CLAIM_FILE_SUFFIXES",
    "LoadedFile",
    "claim_locations",
    "find_claim_files",
    "load",
    "load_file",
    "load_paths",
    "merge_files",
]

CLAIM_FILE_SUFFIXES = (".yaml", ".yml", ".json")
MAX_FILE_BYTES = 64 * 1024 * 1024
_KINDS = ("quantity", "event", "statement", "stance", "relation")

KeyPath = tuple[str | int, ...]


@dataclass
class LoadedFile:
    """One claim file as loaded: its set, where its values were written, and integrity problems."""

    path: Path
    claims: ClaimSet
    source_map: SourceMap
    raw: Any
    integrity: list[Problem] = field(default_factory=list)

    def locate(self, key_path: KeyPath) -> Location:
        """Where the value at ``key_path`` (``("claims", 3, "value")``) was written."""
        line, column = self.source_map.locate(key_path)
        return Location(str(self.path), line, column)

    def claim_locations(self) -> dict[str, Location]:
        """Where each claim starts, by id (the first, for a duplicated id)."""
        table: dict[str, Location] = {}
        for index, claim in enumerate(self.claims.claims):
            table.setdefault(claim.id, self.locate(("claims", index)))
        return table


def claim_locations(files: Iterable[LoadedFile]) -> dict[str, Location]:
    """Where each claim of several files starts, by id (the first file wins for a duplicated id)."""
    table: dict[str, Location] = {}
    for loaded in files:
        for claim_id, location in loaded.claim_locations().items():
            table.setdefault(claim_id, location)
    return table


def find_claim_files(paths: Iterable[str | Path]) -> list[Path]:
    """The claim files named by ``paths``: files as given, folders searched recursively, sorted.

    Raises :class:`ClaimsFileError` for a path that does not exist.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix in CLAIM_FILE_SUFFIXES and p.is_file() and not _hidden(p, path)
                )
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ClaimsFileError(path, [Problem(str(path), 0, 0, "no such file or folder")])
    return list(dict.fromkeys(found))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def load_file(path: str | Path, *, strict: bool = True) -> LoadedFile:
    """Load one claim file; raise :class:`ClaimsFileError` listing every problem."""
    path = Path(path)
    text = _read_text(path, what="claim file")
    try:
        if path.suffix == ".json":
            raw, source_map = parse_json(text)
        else:
            raw, source_map = parse_yaml(text)
    except ParseError as exc:
        raise ClaimsFileError(path, [Problem(str(path), exc.line, exc.column, exc.message, exc.field)]) from exc
    if not isinstance(raw, dict):
        raise ClaimsFileError(path, [Problem(str(path), 1, 1, "a claim file must be a mapping with 'schema_version'")])
    problems: list[Problem] = []
    prepared = _attach_texts(raw, path, source_map, problems)
    claim_set: ClaimSet | None = None
    try:
        claim_set = ClaimSet.model_validate(prepared)
    except ValidationError as exc:
        problems.extend(_problems_from_validation(exc, prepared, path, source_map))
    if claim_set is None or problems:
        raise ClaimsFileError(path, problems)
    integrity = _integrity_problems(prepared, claim_set, path, source_map)
    if strict and integrity:
        raise ClaimsFileError(path, integrity)
    return LoadedFile(path, claim_set, source_map, raw, integrity)


def load_paths(paths: Sequence[str | Path], *, strict: bool = True) -> list[LoadedFile]:
    """Load every claim file under ``paths``; one error lists the problems of every bad file."""
    loaded: list[LoadedFile] = []
    problems: list[Problem] = []
    with collector_paused():
        for file in find_claim_files(paths):
            try:
                loaded.append(load_file(file, strict=strict))
            except ClaimsFileError as exc:
                problems.extend(exc.problems)
    if problems:
        where = ", ".join(str(p) for p in paths)
        raise ClaimsFileError(where, problems)
    return loaded


def load(path: str | Path, *more: str | Path, strict: bool = True) -> ClaimSet:
    """Load claim files (files or folders) into one :class:`ClaimSet`.

    Hashes and spans are verified; with ``strict=False`` their mismatches are tolerated.
    """
    files = load_paths([path, *more], strict=strict)
    if len(files) == 1:
        return files[0].claims
    return merge_files(files)


def merge_files(files: Sequence[LoadedFile]) -> ClaimSet:
    """One set from several files; an id defined differently in two files is an error, not a silent pick."""
    problems: list[Problem] = []
    seen_documents: dict[str, Location] = {}
    seen_entities: dict[str, tuple[Any, Location]] = {}
    for file in files:
        for index, document in enumerate(file.claims.documents):
            where = file.locate(("documents", index, "id"))
            first = seen_documents.setdefault(document.id, where)
            if first is not where:
                problems.append(_conflict(where, f"document id {document.id!r} is also defined at {first}"))
        for index, entity in enumerate(file.claims.entities):
            where = file.locate(("entities", index, "id"))
            earlier = seen_entities.setdefault(entity.id, (entity, where))
            if earlier[1] is not where and earlier[0] != entity:
                problems.append(_conflict(where, f"entity {entity.id!r} is defined differently at {earlier[1]}"))
    if problems:
        raise ClaimsFileError(", ".join(sorted({p.path for p in problems})), problems)
    return ClaimSet.merge(file.claims for file in files)


def _conflict(where: Location, message: str) -> Problem:
    return Problem(where.path, where.line, where.column, message)


# -- reading --------------------------------------------------------------------------


def _read_text(path: Path, *, what: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ClaimsFileError(
                path, [Problem(str(path), 0, 0, f"{what} is {size} bytes; the limit is {MAX_FILE_BYTES}")]
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ClaimsFileError(path, [Problem(str(path), 0, 0, f"{what} not found")]) from exc
    except IsADirectoryError as exc:
        raise ClaimsFileError(path, [Problem(str(path), 0, 0, f"{what} is a folder")]) from exc
    except OSError as exc:
        raise ClaimsFileError(path, [Problem(str(path), 0, 0, f"cannot read {what}: {exc.strerror}")]) from exc
    if b"\x00" in data:
        raise ClaimsFileError(path, [Problem(str(path), 0, 0, f"{what} is binary (it contains NUL bytes)")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ClaimsFileError(
            path, [Problem(str(path), line, column, f"{what} is not valid UTF-8 (byte {exc.start})")]
        ) from exc


def _attach_texts(raw: dict[str, Any], path: Path, source_map: SourceMap, problems: list[Problem]) -> dict[str, Any]:
    """Read each document's ``text_file`` into ``text`` so the models see the text."""
    documents = raw.get("documents")
    if not isinstance(documents, list):
        return raw
    prepared_documents: list[Any] = []
    for index, document in enumerate(documents):
        if isinstance(document, dict) and "text_file" in document and "text" not in document:
            text_file = document["text_file"]
            key_path: KeyPath = ("documents", index, "text_file")
            text = _read_document_text(text_file, path, source_map, key_path, problems)
            if text is not None:
                document = {**document, "text": text}
        prepared_documents.append(document)
    return {**raw, "documents": prepared_documents}


def _read_document_text(
    text_file: Any, path: Path, source_map: SourceMap, key_path: KeyPath, problems: list[Problem]
) -> str | None:
    line, column = source_map.locate(key_path)
    field_name = _dotted(key_path)

    def problem(message: str) -> None:
        problems.append(Problem(str(path), line, column, message, field_name))

    if not isinstance(text_file, str) or not text_file:
        problem("text_file must be a relative path")
        return None
    relative = PurePosixPath(text_file)
    if relative.is_absolute() or ".." in relative.parts or "\\" in text_file:
        problem(f"text_file {text_file!r} must be a relative path inside the claim file's folder")
        return None
    try:
        return _read_text(path.parent / relative, what="document text file")
    except ClaimsFileError as exc:
        problem(f"{exc.problems[0].message}: {text_file!r}")
        return None


# -- problems -------------------------------------------------------------------------


def _dotted(path: Iterable[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _has_step(current: Any, step: str | int) -> bool:
    if isinstance(current, dict):
        return isinstance(step, str) and step in current
    return isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current)


def _data_path(loc: tuple[str | int, ...], raw: Any) -> KeyPath:
    """The path of keys in the raw data that a pydantic ``loc`` points at.

    Discriminated unions add the tag (``quantity``) and function validators add their own
    names to ``loc``; those steps have no counterpart in the data and are skipped.
    """
    current = raw
    path: list[str | int] = []
    for step in loc:
        if _has_step(current, step):
            current = current[step]
            path.append(step)
        elif not isinstance(current, (dict, list)):
            break  # the rest names members of a union such as ``date | datetime``
        elif isinstance(current, dict) and isinstance(step, str) and (step in _KINDS or "[" in step):
            continue
        else:
            path.append(step)
            break
    return tuple(path)


def _claim_id_at(raw: Any, path: KeyPath) -> str | None:
    if len(path) >= 2 and path[0] == "claims" and isinstance(path[1], int):
        claims = raw.get("claims") if isinstance(raw, dict) else None
        if isinstance(claims, list) and path[1] < len(claims) and isinstance(claims[path[1]], dict):
            claim_id = claims[path[1]].get("id")
            return str(claim_id) if claim_id else f"claims[{path[1]}]"
    return None


def _message(error: Any, data_path: KeyPath) -> str:
    kind = error["type"]
    last = data_path[-1] if data_path else ""
    if kind == "extra_forbidden":
        return f"unknown field {last!r}"
    if kind == "missing":
        return f"missing required field {last!r}"
    if kind == "union_tag_invalid":
        return f"unknown claim kind {error['input'].get('kind')!r}; expected one of {', '.join(_KINDS)}"
    if kind == "union_tag_not_found":
        return f"missing 'kind'; expected one of {', '.join(_KINDS)}"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    if kind not in ("value_error", "assertion_error"):
        shown = repr(error.get("input"))
        if len(shown) > 60:
            shown = shown[:57] + "..."
        message += f" (got {shown})"
    return message


def _problems_from_validation(exc: ValidationError, raw: Any, path: Path, source_map: SourceMap) -> list[Problem]:
    errors = [(error, _data_path(tuple(error["loc"]), raw)) for error in exc.errors(include_url=False)]
    paths = [data_path for _, data_path in errors]
    problems: list[Problem] = []
    seen: set[KeyPath] = set()
    for error, data_path in errors:
        if data_path in seen:
            continue  # one problem per value, even when several union members refused it
        if error["type"] == "too_short" and any(
            other[: len(data_path)] == data_path and len(other) > len(data_path) for other in paths
        ):
            continue  # "too few items" only because an item inside was refused
        seen.add(data_path)
        if error["type"] == "missing":
            line, column = source_map.locate(data_path[:-1])
        else:
            line, column = source_map.locate(data_path)
        problems.append(
            Problem(
                str(path),
                line,
                column,
                _message(error, data_path),
                _dotted(data_path),
                _claim_id_at(raw, data_path),
            )
        )
    return sorted(problems, key=lambda p: (p.line, p.column, p.message))


def _walk_spans(data: Any, path: KeyPath) -> Iterator[tuple[KeyPath, dict[str, Any]]]:
    if isinstance(data, dict):
        if {"document", "start", "end", "text"} <= data.keys():
            yield path, data
        for key, value in data.items():
            yield from _walk_spans(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk_spans(value, (*path, index))


def _integrity_problems(raw: dict[str, Any], claim_set: ClaimSet, path: Path, source_map: SourceMap) -> list[Problem]:
    """Hashes that do not match their text, spans that do not match their document, duplicate ids."""
    problems: list[Problem] = []

    def add(key_path: KeyPath, message: str) -> None:
        line, column = source_map.locate(key_path)
        problems.append(Problem(str(path), line, column, message, _dotted(key_path), _claim_id_at(raw, key_path)))

    seen: set[str] = set()
    for index, document in enumerate(claim_set.documents):
        if document.id in seen:
            add(("documents", index, "id"), f"document id {document.id!r} is used twice in this file")
        seen.add(document.id)
        if text_sha256(document.text) != document.sha256:
            add(
                ("documents", index, "sha256"),
                f"the text of document {document.id!r} no longer matches its sha256 "
                f"(the text hashes to {text_sha256(document.text)})",
            )
    texts = {document.id: document.text for document in claim_set.documents}
    for key_path, span in _walk_spans(raw.get("claims", []), ("claims",)):
        document_id = span["document"]
        text = texts.get(document_id)
        if text is None:
            add(key_path, f"span refers to document {document_id!r}, which is not in this file")
            continue
        start, end = span["start"], span["end"]
        actual = text[start:end]
        if end > len(text):
            add(key_path, f"span {start}..{end} runs past the end of document {document_id!r} ({len(text)} characters)")
        elif actual != span["text"]:
            add(
                key_path,
                f"span {start}..{end} of {document_id!r} reads {_short(actual)}, not {_short(span['text'])}",
            )
    return problems


def _short(text: str) -> str:
    return repr(text if len(text) <= 50 else text[:47] + "...")
