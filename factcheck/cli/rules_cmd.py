"""``factcheck rules`` (the rule list) and ``factcheck rule CODE`` (one rule's page)."""

from __future__ import annotations

import json

import click

__all__ = ["rule", "rule_page", "rules"]


def rule_page(info: object) -> str:
    """A rule's documentation page in Markdown, as ``docs/rules/`` holds it."""
    from factcheck.rules.docs import render_page
    from factcheck.rules.registry import RuleInfo

    assert isinstance(info, RuleInfo)
    return render_page(info)


@click.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(output_format: str) -> None:
    """List every rule: code, name, default severity, status and what it checks."""
    from factcheck.output.base import rule_summary
    from factcheck.rules.registry import load_builtin_rules

    registry = load_builtin_rules()
    if output_format == "json":
        data = [
            {
                "code": info.code,
                "name": info.name,
                "severity": info.severity.value,
                "status": info.status,
                "since": info.since,
                "requires": sorted(info.requires),
                "summary": rule_summary(info),
                "url": info.url,
            }
            for info in registry
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    width = max((len(info.name) for info in registry), default=4)
    for info in registry:
        columns = f"{info.code}  {info.name:<{width}}  {info.severity.value:<7}  {info.status:<7}"
        click.echo(f"{columns}  {rule_summary(info)}")


@click.command()
@click.argument("code")
def rule(code: str) -> None:
    """Print the documentation page of rule CODE (a code such as FC301, or a rule name)."""
    from factcheck.rules.registry import load_builtin_rules

    click.echo(rule_page(load_builtin_rules().get(code)), nl=False)
