"""The check engine: run the selected rules over a claim set and collect their findings.

:func:`check` loads claim files leniently (a changed text or span becomes a finding of the
provenance rules, not a load error), chooses the rules from the configuration, runs each
one in isolation (a rule that raises becomes an ``FC001 internal-error`` finding and the
run goes on), turns each :class:`~factcheck.rules.registry.Violation` into a located
:class:`~factcheck.findings.Finding`, then applies suppressions, severity overrides and the
baseline. The result is a :class:`RunResult`; the writers in :mod:`factcheck.output` turn
it into text, JSON, SARIF, JUnit XML or GitHub annotations.

Everything is a pure function of the input files and the configuration: the same input
gives the same findings in the same order.
"""

from __future__ import annotations

import re
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.baseline import load_baseline
from factcheck.claimset import ClaimSet, Location
from factcheck.config import CheckConfig
from factcheck.errors import Problem
from factcheck.files.load import LoadedFile, load_paths, merge_files
from factcheck.findings import Finding
from factcheck.rules.fc0xx_internal import INTERNAL_CODES
from factcheck.rules.registry import RuleContext, RuleInfo, RuleRegistry, Violation, load_builtin_rules

__all__ = [
    "ClaimsInput",
    "IntegrityRecord",
    "RunResult",
    "check",
    "check_files",
    "integrity_records",
    "select_rules",
]

ClaimsInput = ClaimSet | str | Path | Sequence[str | Path]
IntegrityRecord = tuple[str, str | None, str | None, str, Location]


@dataclass(frozen=True)
class RunResult:
    """What one run found, and what it did not report and why.

    ``findings`` are the reported findings in canonical order (:meth:`Finding.sort_key`);
    ``suppressed`` were silenced by a claim's ``suppress`` entry, ``baselined`` by the
    baseline file (neither is in ``findings``). ``unused_suppressions`` are the FC002
    findings (also in ``findings`` unless FC002 is deselected). ``rules`` are the rules
    that ran, ``skipped_rules`` those selected but skipped because no claim of a kind they
    require is in the set. ``files`` are the claim files checked (empty for a ClaimSet).
    ``document_paths`` maps a document id to the file its text lives in, for quoting spans.
    """

    findings: tuple[Finding, ...]
    rules: tuple[RuleInfo, ...]
    files: tuple[str, ...] = ()
    suppressed: tuple[Finding, ...] = ()
    unused_suppressions: tuple[Finding, ...] = ()
    baselined: tuple[Finding, ...] = ()
    skipped_rules: tuple[RuleInfo, ...] = ()
    claim_count: int = 0
    document_paths: Mapping[str, str] = field(default_factory=dict)
    config: CheckConfig = field(default_factory=CheckConfig)

    @property
    def statistics(self) -> dict[str, int]:
        """Reported findings per rule code, sorted by code."""
        counts = Counter(finding.code for finding in self.findings)
        return dict(sorted(counts.items()))

    @property
    def failed(self) -> bool:
        """True when a reported finding is at or above the configured fail level."""
        return any(finding.severity.at_least(self.config.fail_level) for finding in self.findings)

    @property
    def exit_code(self) -> int:
        """1 when :attr:`failed`, else 0 (the command line's convention)."""
        return 1 if self.failed else 0


def check(
    claims: ClaimsInput,
    *,
    config: CheckConfig | None = None,
    registry: RuleRegistry | None = None,
    options: Mapping[str, Any] | None = None,
) -> RunResult:
    """Check ``claims`` (a :class:`ClaimSet`, or claim files and folders) and return the findings.

    Files are loaded with :func:`factcheck.files.load_paths` in lenient mode; a file that
    cannot be read or validated still raises :class:`~factcheck.errors.ClaimsFileError`.
    ``registry`` defaults to the built-in rules; ``options`` is passed to rules as
    :attr:`RuleContext.options` (for example verdicts for the cross-source rules).
    """
    if isinstance(claims, ClaimSet):
        return check_files((), config=config, registry=registry, options=options, claim_set=claims)
    paths = [claims] if isinstance(claims, (str, Path)) else list(claims)
    return check_files(load_paths(paths, strict=False), config=config, registry=registry, options=options)


def check_files(
    files: Sequence[LoadedFile],
    *,
    config: CheckConfig | None = None,
    registry: RuleRegistry | None = None,
    options: Mapping[str, Any] | None = None,
    claim_set: ClaimSet | None = None,
) -> RunResult:
    """Check claim files the caller has already loaded (so nothing is read twice).

    ``claim_set`` defaults to the files' claims merged; give it to check a set without
    files (findings then have no file positions). Otherwise as :func:`check`.
    """
    config = config or CheckConfig()
    registry = registry if registry is not None else load_builtin_rules()
    baseline = load_baseline(config.baseline) if config.baseline is not None else None
    if claim_set is None:
        claim_set = merge_files(files) if len(files) != 1 else files[0].claims
    locator = _Locator(files)

    selected = select_rules(registry, config)
    present = {claim.kind for claim in claim_set.claims}
    runnable = [info for info in selected if info.code not in INTERNAL_CODES]
    ran = [info for info in runnable if not info.requires or info.requires & present]
    skipped = [info for info in runnable if info not in ran]
    internal = {info.code: info for info in registry if info.code in INTERNAL_CODES}

    context = RuleContext(
        claims=claim_set,
        tolerance=config.tolerance,
        bare_reading=config.bare_reading,
        integrity=integrity_records(files),
        options=dict(options or {}),
        locate_claim=locator.claim,
        locate_document=locator.document,
    )
    raw: list[Finding] = []
    for info in ran:
        raw.extend(_run_rule(info, context, locator, config, internal.get("FC001")))

    suppressions = _Suppressions(claim_set, locator)
    reported: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in raw:
        (suppressed if suppressions.covers(finding) else reported).append(finding)
    unused: list[Finding] = []
    if "FC002" in internal:
        ran_codes = {info.code for info in ran}
        unused = suppressions.unused(internal["FC002"], ran_codes, set(_all_codes(registry)), config)
        if any(info.code == "FC002" for info in selected):
            reported.extend(unused)

    baselined: list[Finding] = []
    if baseline is not None:
        kept: list[Finding] = []
        for finding in reported:
            (baselined if finding.fingerprint in baseline.fingerprints else kept).append(finding)
        reported = kept

    return RunResult(
        findings=_sorted(reported),
        rules=tuple(ran),
        files=tuple(str(file.path) for file in files),
        suppressed=_sorted(suppressed),
        unused_suppressions=_sorted(unused),
        baselined=_sorted(baselined),
        skipped_rules=tuple(skipped),
        claim_count=len(claim_set.claims),
        document_paths=locator.document_paths(),
        config=config,
    )


def select_rules(registry: RuleRegistry, config: CheckConfig) -> list[RuleInfo]:
    """The rules ``config`` selects, by code; raises UnknownRuleError for a selector matching none.

    ``select`` (default: every rule) and ``extend_select`` choose, ``ignore`` removes.
    A preview rule is kept only with ``preview`` or when named by its exact code or name.
    A severity override for a code no rule has is an error too (a typo would go unnoticed).
    """
    for code in config.severity:
        registry.get(code)
    base = registry.select(config.select) if config.select is not None else list(registry)
    chosen = {info.code: info for info in [*base, *registry.select(config.extend_select)]}
    ignored = {info.code for info in registry.select(config.ignore)}
    exact = {s.upper() for s in (*(config.select or ()), *config.extend_select)}
    exact |= {registry.get(s).code for s in (*(config.select or ()), *config.extend_select) if _is_name(s)}
    result = []
    for code in sorted(chosen):
        info = chosen[code]
        if code in ignored and code != "FC001":
            continue
        if info.status == "preview" and not config.preview and code not in exact:
            continue
        result.append(info)
    return result


def _is_name(selector: str) -> bool:
    return not selector.upper().startswith("FC")


def _all_codes(registry: RuleRegistry) -> Iterable[str]:
    return (info.code for info in registry)


def _sorted(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda finding: finding.sort_key()))


# -- running one rule -------------------------------------------------------------------


def _run_rule(
    info: RuleInfo,
    context: RuleContext,
    locator: _Locator,
    config: CheckConfig,
    internal_error: RuleInfo | None,
) -> list[Finding]:
    findings: list[Finding] = []
    try:
        for violation in info.function(context):
            if not isinstance(violation, Violation):
                raise TypeError(f"rule yielded {type(violation).__name__}, not a Violation")
            findings.append(_to_finding(info, violation, locator, config))
    except Exception as exc:  # a crashing rule is a finding, never a lost run
        if internal_error is None:
            raise
        return [_crash_finding(info, exc, internal_error, config)]
    return findings


def _to_finding(info: RuleInfo, violation: Violation, locator: _Locator, config: CheckConfig) -> Finding:
    where: Location | None = None
    if violation.claim_ids:
        where = locator.claim(violation.claim_ids[0], violation.field)
    elif violation.document is not None:
        where = locator.document(violation.document)
    try:
        return Finding(
            code=info.code,
            name=info.name,
            severity=config.severity.get(info.code, info.severity),
            message=violation.message,
            claim_ids=tuple(violation.claim_ids),
            spans=tuple(violation.spans),
            path=where.path if where else None,
            line=where.line if where else 0,
            column=where.column if where else 0,
            context=dict(violation.context),
            url=info.url,
        )
    except ValidationError as exc:
        raise TypeError(f"rule yielded an invalid violation: {exc.errors(include_url=False)[0]['msg']}") from exc


def _crash_finding(info: RuleInfo, exc: Exception, internal_error: RuleInfo, config: CheckConfig) -> Finding:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return Finding(
        code=internal_error.code,
        name=internal_error.name,
        severity=config.severity.get(internal_error.code, internal_error.severity),
        message=f"rule {info.code} {info.name} crashed: {type(exc).__name__}: {exc}",
        context={"rule": info.code, "exception": type(exc).__name__, "traceback": trace},
        url=internal_error.url,
    )


# -- locations ----------------------------------------------------------------------------


class _Locator:
    """Where claims and documents are written, across the loaded files."""

    def __init__(self, files: Sequence[LoadedFile]) -> None:
        self._claims: dict[str, tuple[LoadedFile, int]] = {}
        self._documents: dict[str, tuple[LoadedFile, int]] = {}
        for file in files:
            for index, claim in enumerate(file.claims.claims):
                self._claims.setdefault(claim.id, (file, index))
            for index, document in enumerate(file.claims.documents):
                self._documents.setdefault(document.id, (file, index))

    def claim(self, claim_id: str, field_path: tuple[str | int, ...] = ()) -> Location | None:
        found = self._claims.get(claim_id)
        if found is None:
            return None
        file, index = found
        return file.locate(("claims", index, *field_path))

    def claim_index(self, claim_id: str) -> tuple[LoadedFile, int] | None:
        return self._claims.get(claim_id)

    def document(self, document_id: str) -> Location | None:
        found = self._documents.get(document_id)
        if found is None:
            return None
        file, index = found
        return file.locate(("documents", index))

    def document_paths(self) -> dict[str, str]:
        paths: dict[str, str] = {}
        for document_id, (file, index) in sorted(self._documents.items()):
            text_file = file.claims.documents[index].text_file
            paths[document_id] = (file.path.parent / text_file).as_posix() if text_file else file.path.as_posix()
        return paths


# -- suppressions ---------------------------------------------------------------------------


class _Suppressions:
    """The ``suppress`` entries of every claim, and which of them silenced a finding."""

    def __init__(self, claim_set: ClaimSet, locator: _Locator) -> None:
        self._locator = locator
        self._entries: dict[tuple[str, str], int] = {}
        self._used: set[tuple[str, str]] = set()
        for claim in claim_set.claims:
            for position, entry in enumerate(claim.suppress):
                self._entries.setdefault((claim.id, entry.code), position)

    def covers(self, finding: Finding) -> bool:
        """True (and the entry marked used) when a claim the finding names suppresses its code."""
        hit = False
        for claim_id in finding.claim_ids:
            key = (claim_id, finding.code)
            if key in self._entries:
                self._used.add(key)
                hit = True
        return hit

    def unused(self, info: RuleInfo, ran: set[str], known: set[str], config: CheckConfig) -> list[Finding]:
        findings = []
        for (claim_id, code), position in sorted(self._entries.items()):
            if (claim_id, code) in self._used:
                continue
            if code in known and code not in ran:
                continue  # the rule did not run, so the suppression cannot be judged
            reason = "no rule has this code" if code not in known else f"{code} reported nothing for this claim"
            where = self._locator.claim(claim_id, ("suppress", position))
            findings.append(
                Finding(
                    code=info.code,
                    name=info.name,
                    severity=config.severity.get(info.code, info.severity),
                    message=f"unused suppression of {code} on claim {claim_id}: {reason}",
                    claim_ids=(claim_id,),
                    path=where.path if where else None,
                    line=where.line if where else 0,
                    column=where.column if where else 0,
                    context={"suppressed_code": code},
                    url=info.url,
                )
            )
        return findings


# -- integrity ----------------------------------------------------------------------------

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def integrity_records(files: Sequence[LoadedFile]) -> tuple[IntegrityRecord, ...]:
    """The integrity problems lenient loading tolerated, as :attr:`RuleContext.integrity` records.

    Each record is ``(kind, claim_id, document_id, message, location)`` where ``kind`` is
    ``"document-hash"`` (a text that no longer matches its sha256), ``"duplicate-document"``
    (a document id used twice in one file) or ``"span"`` (a span whose text, bounds or
    document do not match).
    """
    records: list[IntegrityRecord] = []
    for file in files:
        for problem in file.integrity:
            records.append(_integrity_record(file, problem))
    return tuple(records)


def _integrity_record(file: LoadedFile, problem: Problem) -> IntegrityRecord:
    steps: list[str | int] = [
        name if name else int(index) for name, index in _STEP.findall(problem.field) if name or index
    ]
    value = _value_at(file.raw, steps)
    document_id: str | None = None
    kind = "span"
    if steps[:1] == ["documents"] and len(steps) >= 2 and isinstance(steps[1], int):
        document = _value_at(file.raw, steps[:2])
        document_id = str(document.get("id")) if isinstance(document, dict) else None
        kind = "document-hash" if steps[-1] == "sha256" else "duplicate-document"
    elif isinstance(value, dict) and "document" in value:
        document_id = str(value["document"])
    claim_id = problem.claim_id
    if claim_id is not None and claim_id.startswith("claims["):
        claim_id = None
    if claim_id is None and steps[:1] == ["claims"] and len(steps) >= 2 and isinstance(steps[1], int):
        index = steps[1]
        if index < len(file.claims.claims):
            claim_id = file.claims.claims[index].id
    location = Location(problem.path, problem.line, problem.column)
    return (kind, claim_id, document_id, problem.message, location)


def _value_at(data: Any, steps: Sequence[str | int]) -> Any:
    current = data
    for step in steps:
        if isinstance(current, dict) and isinstance(step, str):
            current = current.get(step)
        elif isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current):
            current = current[step]
        else:
            return None
    return current
