"""Writing claim files: canonical, deterministic, atomic.

The same set always gives the same bytes: documents and entities sorted by id, claims by
document and position, keys in a fixed order, no timestamps. ``dump`` writes to a
temporary file next to the target and renames it, so a failure never leaves half a file.
A document with ``text_file`` keeps its text in that file, written next to the claim file.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import yaml

from factcheck.claimset import ClaimSet
from factcheck.errors import ReportError

__all__ = ["dump", "dumps", "to_data", "write_atomic"]

Format = Literal["yaml", "json"]

_CLAIM_KEY_ORDER = ("id", "kind", "text")
_CLAIM_KEY_LAST = ("modality", "polarity", "note", "suppress", "provenance")


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, the way people write YAML."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_NEEDS_ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\r\t]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Control characters, NEL and the Unicode line separators are folded or dropped by YAML
    # readers unless escaped; only double-quoted scalars escape them, so force that style.
    if _NEEDS_ESCAPES.search(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _order_claim(claim: dict[str, Any]) -> dict[str, Any]:
    first = {k: claim[k] for k in _CLAIM_KEY_ORDER if k in claim}
    last = {k: claim[k] for k in _CLAIM_KEY_LAST if k in claim}
    middle = {k: v for k, v in claim.items() if k not in first and k not in last}
    return {**first, **middle, **last}


def to_data(claim_set: ClaimSet, *, inline_text: bool = False) -> dict[str, Any]:
    """The plain-data form of a set as written to a claim file (canonical order)."""
    ordered = claim_set.sorted()
    data = _prune(ordered.model_dump(mode="json"))
    documents = []
    for document in data.get("documents", []):
        if document.get("text_file") and not inline_text:
            document = {k: v for k, v in document.items() if k != "text"}
        elif inline_text:
            document = {k: v for k, v in document.items() if k != "text_file"}
        documents.append(document)
    result: dict[str, Any] = {"schema_version": data.pop("schema_version")}
    if documents:
        result["documents"] = documents
    for section in ("entities", "relations"):
        if data.get(section):
            result[section] = data[section]
    if data.get("claims"):
        result["claims"] = [_order_claim(claim) for claim in data["claims"]]
    return result


def dumps(claim_set: ClaimSet, format: Format = "yaml", *, inline_text: bool = False) -> str:
    """The claim file text of ``claim_set`` in ``format`` (``yaml`` or ``json``)."""
    data = to_data(claim_set, inline_text=inline_text)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if format == "yaml":
        text: str = yaml.dump(
            data,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            width=100,
            default_flow_style=False,
        )
        return text
    raise ReportError(f"unknown claim-file format {format!r}; expected 'yaml' or 'json'")


def _plain_file_mode(path: Path) -> int:
    """The mode ``open(path, "w")`` would give: an existing file keeps its own, a new one follows the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename.

    The temporary file is private (mode 0600) while it is written; before the rename it gets
    the mode a plain write would have given, so a report is as readable as any other file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _plain_file_mode(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # POSIX; elsewhere the platform's defaults apply
            os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def dump(claim_set: ClaimSet, path: str | Path, *, format: Format | None = None) -> None:
    """Write ``claim_set`` to ``path`` (format from the suffix unless given), with its text files."""
    path = Path(path)
    chosen: Format = format or ("json" if path.suffix == ".json" else "yaml")
    text = dumps(claim_set, chosen)
    for document in claim_set.documents:
        if document.text_file:
            relative = PurePosixPath(document.text_file)
            if relative.is_absolute() or ".." in relative.parts:
                raise ReportError(f"text_file {document.text_file!r} must be relative to the claim file")
            target = path.parent / relative
            if not target.exists() or target.read_bytes() != document.text.encode("utf-8"):
                write_atomic(target, document.text)
    write_atomic(path, text)
