"""Output writers: findings as text, JSON, SARIF 2.1.0, JUnit XML, GitHub annotations or GitLab Code Quality.

Each writer is a pure function ``(FindingsReport) -> str``. A :class:`FindingsReport` holds
plain findings and the rule infos that produced them, so ``factcheck check`` (from a
:class:`~factcheck.engine.RunResult`, see :func:`report_from_result`) and ``factcheck
verify`` (from its FC5xx findings) share the writers. Output is deterministic: findings in
canonical order, keys in a fixed order, no timestamps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError
from factcheck.output.base import FindingsReport

if TYPE_CHECKING:
    from factcheck.engine import RunResult

__all__ = ["FORMATS", "FindingsReport", "render", "report_from_result"]

Writer = Callable[[FindingsReport], str]

#: Format name -> "module:function", imported on use.
FORMATS: dict[str, str] = {
    "text": "factcheck.output.text:render_text",
    "json": "factcheck.output.json_format:render_json",
    "sarif": "factcheck.output.sarif:render_sarif",
    "junit": "factcheck.output.junit:render_junit",
    "github": "factcheck.output.github:render_github",
    "gitlab": "factcheck.output.gitlab:render_gitlab",
}


def render(output_format: str, report: FindingsReport) -> str:
    """``report`` in ``output_format`` (one of :data:`FORMATS`)."""
    from importlib import import_module

    target = FORMATS.get(output_format)
    if target is None:
        raise ConfigError(f"unknown output format {output_format!r}; expected one of {', '.join(FORMATS)}")
    module_name, attribute = target.split(":")
    writer: Writer = getattr(import_module(module_name), attribute)
    return writer(report)


def report_from_result(result: RunResult, *, show_statistics: bool = False) -> FindingsReport:
    """The writers' input for a check run."""
    return FindingsReport(
        findings=result.findings,
        rules=result.rules,
        files=result.files,
        document_paths=dict(result.document_paths),
        fail_level=result.config.fail_level,
        suppressed=len(result.suppressed),
        baselined=len(result.baselined),
        claim_count=result.claim_count,
        show_statistics=show_statistics,
    )
