"""Baselines: the findings a team has accepted, so that a new rule can be adopted without fixing history.

A baseline file is JSON: a format version and one entry per finding fingerprint, sorted,
with the code, claim ids and message for people reading the diff::

    {
      "version": 1,
      "findings": [
        {"fingerprint": "0a1b2c3d4e5f6a7b", "code": "FC301", "claim_ids": ["q-..."], "message": "..."}
      ]
    }

A fingerprint (:attr:`Finding.fingerprint`) hashes the code, the claim ids and the message,
not the line, so moving a claim in its file keeps it baselined; changing what the finding
says does not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.findings import Finding

__all__ = ["BASELINE_VERSION", "Baseline", "baseline_text", "load_baseline", "write_baseline"]

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Baseline:
    """The fingerprints of accepted findings."""

    fingerprints: frozenset[str]
    path: str | None = None


def baseline_text(findings: Iterable[Finding]) -> str:
    """The baseline file for ``findings``: deterministic, sorted by fingerprint, one entry each."""
    entries: dict[str, dict[str, Any]] = {}
    for finding in findings:
        entries.setdefault(
            finding.fingerprint,
            {
                "fingerprint": finding.fingerprint,
                "code": finding.code,
                "claim_ids": list(finding.claim_ids),
                "message": finding.message,
            },
        )
    data = {"version": BASELINE_VERSION, "findings": [entries[key] for key in sorted(entries)]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_baseline(findings: Iterable[Finding], path: str | Path) -> None:
    """Write the baseline for ``findings`` to ``path`` atomically."""
    from factcheck.files.dump import write_atomic

    write_atomic(Path(path), baseline_text(findings))


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; raise :class:`ConfigError` naming the file for anything unusable."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: baseline file not found (create it with 'factcheck baseline')") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read baseline file: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON in baseline file: {exc.msg}") from exc
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise ConfigError(f'{path}: not a factcheck baseline (expected an object with "version": {BASELINE_VERSION})')
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise ConfigError(f'{path}: baseline "findings" must be a list')
    fingerprints = set()
    for index, entry in enumerate(entries):
        fingerprint = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(fingerprint, str) or not fingerprint:
            raise ConfigError(f'{path}: findings[{index}] has no "fingerprint" string')
        fingerprints.add(fingerprint)
    return Baseline(frozenset(fingerprints), str(path))
