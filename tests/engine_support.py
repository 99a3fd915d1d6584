"""Shared fixtures of the engine, output and check-command tests: a hand-written claim file
and a registry of small test rules (FC9xx) next to the engine's own FC001/FC002."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from factcheck.claims import QuantityClaim
from factcheck.rules.registry import RuleContext, RuleRegistry, Violation, load_builtin_rules, rule

TEXT = "Iran launched over 300 projectiles. The US downed more than 70 UAVs."
SHA = "1eee7b6f7c7ef047f0484127982d85bb34c70b7f3fc30add0ff1cb8f9205dead"

# The first claim starts on line 9 ("  - kind: quantity", key at column 5), the second on
# line 30; the second claim's suppression entry is on line 52, column 9.
CLAIMS_YAML = f"""schema_version: 1
documents:
  - id: d1
    title: Test
    published: '2024-05-27'
    text: {TEXT}
    sha256: {SHA}
claims:
  - kind: quantity
    text: over 300 projectiles
    value:
      interval: (300, inf)
      number_text: '300'
      qualifier: over
      qualifier_class: more_than
    counted:
      text: projectiles
      normalised: projectile
    provenance:
      document: d1
      spans:
        - document: d1
          start: 14
          end: 34
          text: over 300 projectiles
      method:
        extractor: manual
        rule: test
        version: 0.1.0
  - kind: quantity
    text: more than 70 UAVs
    value:
      interval: (70, inf)
      number_text: '70'
      qualifier: more than
      qualifier_class: more_than
    counted:
      text: UAVs
      normalised: uav
    provenance:
      document: d1
      spans:
        - document: d1
          start: 50
          end: 67
          text: more than 70 UAVs
      method:
        extractor: manual
        rule: test
        version: 0.1.0
    suppress:
      - code: FC999
        reason: a code no rule has
"""

FIRST_LINE, SECOND_LINE, SUPPRESS_LINE = 9, 30, 52


def write_claims(folder: Path, text: str = CLAIMS_YAML, name: str = "claims.yaml") -> Path:
    """Write a claim file into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def make_registry() -> RuleRegistry:
    """FC001/FC002 from the built-in registry plus the test rules FC901-FC905."""
    builtin = load_builtin_rules()
    registry = RuleRegistry()
    for code in ("FC001", "FC002"):
        registry.register(builtin.get(code))

    @rule(code="FC901", name="large-figure", severity="error", requires=("quantity",), registry=registry)
    def large_figure(context: RuleContext) -> Iterator[Violation]:
        """## What it does
        Flags figures of at least 100.
        """
        for claim in context.claims.by_kind("quantity"):
            assert isinstance(claim, QuantityClaim)
            if claim.value.interval.low >= 100:
                yield Violation(
                    f"figure {claim.text!r} is at least 100",
                    claim_ids=(claim.id,),
                    spans=(claim.span,),
                    context={"low": claim.value.interval.low},
                )

    @rule(code="FC902", name="crashing-rule", severity="warning", registry=registry)
    def crashing_rule(context: RuleContext) -> Iterator[Violation]:
        """## What it does
        Crashes.
        """
        yield Violation("before the crash")
        raise ZeroDivisionError("division by zero")

    @rule(code="FC903", name="preview-figure", severity="info", status="preview", registry=registry)
    def preview_figure(context: RuleContext) -> Iterator[Violation]:
        """## What it does
        Flags every figure (in preview).
        """
        for claim in context.claims.by_kind("quantity"):
            yield Violation(f"figure {claim.text!r}", claim_ids=(claim.id,))

    @rule(code="FC904", name="event-only", severity="warning", requires=("event",), registry=registry)
    def event_only(context: RuleContext) -> Iterator[Violation]:
        """## What it does
        Runs only when there are events.
        """
        yield Violation("there are events", document="d1")

    @rule(code="FC905", name="integrity-echo", severity="error", registry=registry)
    def integrity_echo(context: RuleContext) -> Iterator[Violation]:
        """## What it does
        Repeats each integrity problem loading tolerated.
        """
        for kind, claim_id, document_id, message, _location in context.integrity:
            yield Violation(
                f"{kind}: {message}",
                claim_ids=(claim_id,) if claim_id else (),
                document=document_id,
                context={"kind": kind},
            )

    return registry
