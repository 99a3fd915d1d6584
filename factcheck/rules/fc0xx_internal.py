"""FC0xx: the engine's own findings (a rule that crashed, an unused suppression).

These rules are registered so that they can be selected, documented and listed like any
other, but their functions yield nothing: the engine (:mod:`factcheck.engine`) reports
them itself, because only it sees a rule crash or a suppression go unused.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.rules.registry import RuleContext, Violation, rule

__all__ = ["INTERNAL_CODES", "internal_error", "unused_suppression"]

#: Codes the engine emits itself instead of running their functions.
INTERNAL_CODES = frozenset({"FC001", "FC002"})


@rule(code="FC001", name="internal-error", severity="error")
def internal_error(context: RuleContext) -> Iterator[Violation]:
    """Reports a rule that crashed, so that a crash is never a silent "all clear".

    ## What it does
    Reports a rule that raised an exception while checking the claims.

    ## Why is this bad?
    A crashed rule has checked nothing, so a clean result would be a false "all clear".
    The engine catches the exception, reports it as this finding with the exception type,
    message and traceback (in the JSON and SARIF outputs), and runs the other rules.

    ## Example
    A rule that indexes past the end of a list on an unusual claim:

    ``text
    <claims>: FC001 [error] rule FC999 example-rule crashed: IndexError: list index out of range
    ``

    ## Use instead
    Nothing in the claim file needs to change: this is a bug in the rule. Report it with
    the claim file that triggers it. To keep CI green meanwhile, ignore the *crashing rule*
    (`--ignore FC999`), not FC001; FC001 is always reported, whatever the selection.

    ## Known problems
    A rule that loops forever is not caught; only exceptions are.
    """
    del context
    yield from ()


@rule(code="FC002", name="unused-suppression", severity="warning")
def unused_suppression(context: RuleContext) -> Iterator[Violation]:
    """Reports a suppression on a claim that silenced no finding.

    ## What it does
    Reports a suppression (`suppress:` on a claim) that silenced nothing in this run.

    ## Why is this bad?
    Suppressions record a reviewer's decision that a finding does not apply. Once the claim
    or the rule changes so that the finding is gone, the stale suppression hides any *new*
    finding of that rule on the claim. Reporting it keeps suppressions honest, as ruff's
    `unused-noqa` does.

    ## Example
    ``yaml
    claims:
      - id: q-a247e5194187
        kind: quantity
        text: over 300 projectiles
        suppress:
          - code: FC301
            reason: the article counts cruise missiles separately
    ``
    when FC301 reports nothing for this claim.

    ## Use instead
    Remove the suppression, or keep it and fix the rule code it names:

    ``yaml
    claims:
      - id: q-a247e5194187
        kind: quantity
        text: over 300 projectiles
    ``

    ## Known problems
    A suppression is judged only when its rule ran: with `--select FC2` a suppression
    of FC301 is not reported. A suppression naming a code that no rule has is always
    reported.
    """
    del context
    yield from ()
