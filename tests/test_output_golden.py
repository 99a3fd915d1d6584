"""Golden files for every output format, written by hand from the report built below.

The report has three findings: an FC001 crash without a place, an FC301 error with one
span, and an FC402 info whose message and span hold quotes, a percent sign, a comma, a
colon and a line break (to pin quoting and escaping). Fingerprints are computed here
independently (sha256 of ``code|claim ids|message``, first 16 hex digits) and stand in
the golden files as ``[FP1]``..``[FP3]``. Set ``FACTCHECK_UPDATE_GOLDEN=1`` to rewrite
the files from the program (then review the diff by hand).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from factcheck.document import Span
from factcheck.findings import Finding, Severity
from factcheck.output import FindingsReport, render
from factcheck.rules.registry import RuleInfo

GOLDEN = Path(__file__).parent / "golden" / "check"


def _no_rule(context: object) -> list[object]:
    return []


RULES = (
    RuleInfo(
        code="FC301",
        name="parts-exceed-whole",
        severity=Severity.ERROR,
        status="stable",
        requires=frozenset({"quantity"}),
        since="0.1.0",
        function=_no_rule,  # type: ignore[arg-type]
        summary="Flags parts that cannot fit their whole.",
        doc="## What it does\nFlags parts that cannot fit their whole.",
    ),
    RuleInfo(
        code="FC402",
        name="entity-written-several-ways",
        severity=Severity.INFO,
        status="preview",
        requires=frozenset(),
        since="0.2.0",
        function=_no_rule,  # type: ignore[arg-type]
        summary="Flags an entity written several ways.",
        doc="## What it does\nFlags an entity written several ways.",
    ),
)

CRASH = Finding(
    code="FC001",
    name="internal-error",
    severity=Severity.ERROR,
    message="rule FC999 x crashed: ValueError: boom",
    url="https://factcheck.invalid/docs/rules/FC001.md",
)
PARTS = Finding(
    code="FC301",
    name="parts-exceed-whole",
    severity=Severity.ERROR,
    message="parts sum to (400, inf) but the whole is (300, inf)",
    claim_ids=("q-000000000002", "q-000000000001"),
    spans=(Span(document="doc1", start=14, end=34, text="over 300 projectiles"),),
    path="claims/a.yaml",
    line=12,
    column=5,
    context={"whole": "(300, inf)", "parts": "(400, inf)"},
    url="https://factcheck.invalid/docs/rules/FC301.md",
)
NAMES = Finding(
    code="FC402",
    name="entity-written-several-ways",
    severity=Severity.INFO,
    message='entity "US" written as U.S., the US: 100% sure\nsecond line',
    claim_ids=("e-000000000003",),
    spans=(
        Span(document="doc1", start=50, end=54, text="U.S."),
        Span(document="doc1", start=60, end=72, text='say "no"\nnow'),
    ),
    path="claims/a.yaml",
    line=40,
    column=5,
    url="https://factcheck.invalid/docs/rules/FC402.md",
)

REPORT = FindingsReport(
    findings=(NAMES, PARTS, CRASH),  # out of order on purpose: writers sort
    rules=RULES,
    files=("claims/a.yaml", "claims/b.yaml"),
    document_paths={"doc1": "claims/article.txt"},
    fail_level=Severity.WARNING,
    suppressed=1,
    claim_count=7,
    version="9.9.9",
)


def fingerprint(code: str, claim_ids: tuple[str, ...], message: str) -> str:
    return hashlib.sha256("|".join([code, *claim_ids, message]).encode()).hexdigest()[:16]


PLACEHOLDERS = {
    "[FP1]": fingerprint("FC001", (), CRASH.message),
    "[FP2]": fingerprint("FC301", PARTS.claim_ids, PARTS.message),
    "[FP3]": fingerprint("FC402", NAMES.claim_ids, NAMES.message),
}
# GitLab needs unique fingerprints: sha256 of "<fingerprint>:<occurrence>" (each occurs once here).
PLACEHOLDERS.update(
    {f"[GL{n}]": hashlib.sha256(f"{PLACEHOLDERS[f'[FP{n}]']}:0".encode()).hexdigest() for n in (1, 2, 3)}
)


def expected(name: str) -> str:
    text = (GOLDEN / name).read_text(encoding="utf-8")
    for placeholder, value in PLACEHOLDERS.items():
        text = text.replace(placeholder, value)
    return text


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("text", "report.txt"),
        ("json", "report.json"),
        ("sarif", "report.sarif"),
        ("junit", "report.xml"),
        ("github", "report.github.txt"),
        ("gitlab", "report.gitlab.json"),
    ],
)
def test_golden(fmt: str, name: str) -> None:
    actual = render(fmt, REPORT)
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        text = actual
        for placeholder, value in PLACEHOLDERS.items():
            text = text.replace(value, placeholder)
        (GOLDEN / name).write_text(text, encoding="utf-8")
    assert actual == expected(name)


def test_fingerprints_match_the_model() -> None:
    assert [CRASH.fingerprint, PARTS.fingerprint, NAMES.fingerprint] == list(PLACEHOLDERS.values())[:3]
