"""Validators: rules with stable codes that check a set of claims for consistency.

A rule is metadata plus a pure function (see :mod:`factcheck.rules.registry`). Built-in
rules live in one module per family (``fc1xx_provenance``, ``fc2xx_time``,
``fc3xx_quantities``, ``fc4xx_entities``) and are loaded by
:func:`factcheck.rules.registry.load_builtin_rules`.
"""

from factcheck.rules.registry import REGISTRY, RuleContext, RuleInfo, Violation, load_builtin_rules, rule

__all__ = ["REGISTRY", "RuleContext", "RuleInfo", "Violation", "load_builtin_rules", "rule"]
