"""The rule registry: explicit registration, stable codes, selection by code or prefix.

A rule is a function ``(context) -> Iterable[Violation]`` registered with
:func:`rule`. Its docstring is its documentation page, with ruff's headings
(``## What it does``, ``## Why is this bad?``, ``## Example``, ``## Use instead``,
``## Known problems``). Registering a second rule under a code or name raises
:class:`~factcheck.errors.DuplicateRuleError`; an unknown code raises
:class:`~factcheck.errors.UnknownRuleError` listing the nearest valid ones.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, Literal

from factcheck.claimset import ClaimSet, Location
from factcheck.document import Span
from factcheck.errors import DuplicateRuleError, UnknownRuleError
from factcheck.findings import ContextValue, Severity
from factcheck.quantity import DEFAULT_TOLERANCE, BareReading

__all__ = [
    "BUILTIN_RULE_MODULES",
    "REGISTRY",
    "RuleContext",
    "RuleFunction",
    "RuleInfo",
    "RuleRegistry",
    "Violation",
    "load_builtin_rules",
    "rule",
]

DOCS_BASE_URL = "https://factcheck.invalid/docs/rules/"
ClaimKindName = Literal["quantity", "event", "statement", "stance", "relation"]


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule function yields: the message and the evidence; the engine adds the rest.

    ``claim_ids`` lists the claims involved, the first being the one the finding is filed
    against (its file position becomes the finding's location). ``field`` optionally
    narrows the location to a field of that claim, as a key path (``("value", "interval")``).
    ``document`` names the document when the violation is about a document, not a claim.
    """

    message: str
    claim_ids: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    context: dict[str, ContextValue] = field(default_factory=dict)
    field: tuple[str | int, ...] = ()
    document: str | None = None


@dataclass(frozen=True)
class RuleContext:
    """What a rule may read: the merged claims (reference data included) and settings.

    ``locate_claim`` and ``locate_document`` give file positions; rules normally do not
    need them (the engine locates findings), but they are here for rules about files.
    ``integrity`` holds the problems loading tolerated (changed texts and spans) as
    ``(kind, claim_id_or_None, document_id_or_None, message, location)`` tuples.
    """

    claims: ClaimSet
    tolerance: float = DEFAULT_TOLERANCE
    bare_reading: BareReading = BareReading.EXACT
    integrity: tuple[tuple[str, str | None, str | None, str, Location], ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    locate_claim: Callable[[str], Location | None] = lambda _claim_id: None
    locate_document: Callable[[str], Location | None] = lambda _document_id: None


RuleFunction = Callable[[RuleContext], Iterable[Violation]]


@dataclass(frozen=True)
class RuleInfo:
    """A registered rule: metadata plus the function."""

    code: str
    name: str
    severity: Severity
    status: Literal["stable", "preview"]
    requires: frozenset[str]
    since: str
    function: RuleFunction
    summary: str
    doc: str

    @property
    def url(self) -> str:
        """The rule's documentation page."""
        return f"{DOCS_BASE_URL}{self.code}.md"

    @property
    def family(self) -> str:
        """``FC3`` for FC301: the hundreds digit names the family."""
        return self.code[:3]


class RuleRegistry:
    """Rules by code, with selection by code or prefix."""

    def __init__(self) -> None:
        self._rules: dict[str, RuleInfo] = {}
        self._names: dict[str, str] = {}

    def register(self, info: RuleInfo) -> RuleInfo:
        """Add a rule; a second rule with the same code or name is an error."""
        if info.code in self._rules:
            raise DuplicateRuleError(f"rule code {info.code} is already registered (as {self._rules[info.code].name})")
        if info.name in self._names:
            raise DuplicateRuleError(f"rule name {info.name!r} is already registered (as {self._names[info.name]})")
        self._rules[info.code] = info
        self._names[info.name] = info.code
        return info

    def __iter__(self) -> Iterator[RuleInfo]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def get(self, code_or_name: str) -> RuleInfo:
        """The rule with this code (``FC301``) or name; raises UnknownRuleError with suggestions."""
        key = code_or_name.strip()
        if key.upper() in self._rules:
            return self._rules[key.upper()]
        if key in self._names:
            return self._rules[self._names[key]]
        raise UnknownRuleError(f"unknown rule {code_or_name!r}{self._suggest(key)}")

    def select(self, selectors: Iterable[str]) -> list[RuleInfo]:
        """Rules whose code starts with any selector (``FC``, ``FC3``, ``FC301``) or whose name matches."""
        chosen: dict[str, RuleInfo] = {}
        for selector in selectors:
            key = selector.strip()
            matched = [r for r in self if r.code.startswith(key.upper()) or r.name == key]
            if not matched:
                raise UnknownRuleError(f"{selector!r} selects no rule{self._suggest(key)}")
            for info in matched:
                chosen[info.code] = info
        return sorted(chosen.values(), key=lambda r: r.code)

    def _suggest(self, key: str) -> str:
        from rapidfuzz import process

        choices = [*self._rules, *self._names]
        if not choices:
            return ""
        best = process.extract(key, choices, limit=3, score_cutoff=50)
        if not best:
            return f"; valid codes are {', '.join(sorted(self._rules))}"
        return "; did you mean " + ", ".join(repr(name) for name, _score, _index in best) + "?"


REGISTRY = RuleRegistry()


def _summary(doc: str) -> str:
    lines = [line.strip() for line in doc.splitlines()]
    for index, line in enumerate(lines):
        if line.startswith("## What it does"):
            for candidate in lines[index + 1 :]:
                if candidate:
                    return candidate
    return next((line for line in lines if line), "")


def rule(
    *,
    code: str,
    name: str,
    severity: Severity | str,
    requires: Iterable[ClaimKindName] = (),
    status: Literal["stable", "preview"] = "stable",
    since: str = "0.1.0",
    registry: RuleRegistry | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as a rule in ``registry`` (the built-in one by default)."""

    def decorate(function: RuleFunction) -> RuleFunction:
        doc = inspect.cleandoc(function.__doc__ or "")
        info = RuleInfo(
            code=code,
            name=name,
            severity=Severity(severity),
            status=status,
            requires=frozenset(requires),
            since=since,
            function=function,
            summary=_summary(doc),
            doc=doc,
        )
        (registry if registry is not None else REGISTRY).register(info)  # an empty registry is falsy
        return function

    return decorate


BUILTIN_RULE_MODULES: tuple[str, ...] = (
    "factcheck.rules.fc0xx_internal",
    "factcheck.rules.fc1xx_provenance",
    "factcheck.rules.fc2xx_time",
    "factcheck.rules.fc3xx_quantities",
    "factcheck.rules.fc4xx_entities",
    "factcheck.rules.fc5xx_crosssource",
)


def load_builtin_rules() -> RuleRegistry:
    """Import the built-in rule modules (once) and return the registry."""
    for module in BUILTIN_RULE_MODULES:
        import_module(module)
    return REGISTRY
