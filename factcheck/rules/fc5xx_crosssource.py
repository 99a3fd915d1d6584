"""FC5xx: cross-source rules. They read the verdicts of :func:`factcheck.match.verify`.

The rules need ``context.options["verdicts"]`` (a :class:`~factcheck.verdicts.Verdicts`);
without it they yield nothing, so ``factcheck check`` stays offline and source-free.
:func:`verdict_findings` runs them for ``factcheck verify``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factcheck.claimset import ClaimSet, Location
from factcheck.findings import Finding
from factcheck.rules.registry import REGISTRY, RuleContext, Violation, rule
from factcheck.verdicts import EvidenceRelation, Verdict, VerdictLabel, Verdicts

__all__ = ["contradicted_claim", "superseded_claim", "verdict_findings"]


def _violations(context: RuleContext, label: VerdictLabel) -> Iterator[Violation]:
    verdicts = context.options.get("verdicts")
    if not isinstance(verdicts, Verdicts):
        return
    for verdict in verdicts:
        if verdict.label is not label:
            continue
        yield _violation(context.claims, verdict)


def _violation(claims: ClaimSet, verdict: Verdict) -> Violation:
    against = (EvidenceRelation.CONTRADICTS, EvidenceRelation.SUPERSEDES)
    deciding = tuple(item for item in verdict.deciding_evidence if item.relation in against)
    cited = ", ".join(f"{item.claim_id} ({item.publisher or item.document})" for item in deciding[:3])
    more = f" and {len(deciding) - 3} more" if len(deciding) > 3 else ""
    claim = claims.claim(verdict.claim_id)
    own = (claim.span,) if claim is not None else ()
    spans = own + tuple(span for item in deciding for span in item.spans)
    reading = f" [{verdict.reading}]" if verdict.reading else ""
    text = f"{claim.text!r} is " if claim is not None else ""
    message = f"{text}{verdict.label.value} by {cited}{more} (rule {verdict.rule}){reading}"
    return Violation(
        message=message,
        claim_ids=(verdict.claim_id, *(item.claim_id for item in deciding)),
        spans=spans,
        context={"label": verdict.label.value, "rule": verdict.rule, "reading": verdict.reading},
    )


@rule(code="FC501", name="contradicted-claim", severity="error")
def contradicted_claim(context: RuleContext) -> Iterator[Violation]:
    """Checks for claims that an independent source contradicts.

    ## What it does
    Reports every claim whose verdict from `factcheck verify` is `contradicted`.

    An independent source states a conflicting value: a disjoint interval, another date,
    the opposite stance or polarity, a membership the reference table does not have.

    ## Why is this bad?
    A published figure or statement that independent sources disagree with is either
    wrong or needs its own source; readers cannot tell which without the evidence.

    ## Example
    The article says "the US intercepted 40 drones"; an independent source (another
    originator) says "more than 70 drones". `[40, 40]` and `(70, inf)` are disjoint.

    ## Use instead
    Quote the figure with its source and date ("more than 70 drones, US officials said
    on 13 April"), or correct it; then the verdict is `supported` or `refined`.

    ## Known problems
    Only as good as the blocking keys: a claim whose counted thing or actor is written
    differently from the sources' is not compared at all (`not_enough_info`). A bare
    number read exactly may conflict where "at least" was meant: see the verdict's
    reading and the `--bare-reading` option.
    """
    yield from _violations(context, VerdictLabel.CONTRADICTED)


@rule(code="FC502", name="superseded-claim", severity="warning")
def superseded_claim(context: RuleContext) -> Iterator[Violation]:
    """Checks for claims that repeat a figure its originator later updated.

    ## What it does
    Reports every claim whose verdict from `factcheck verify` is `superseded`.

    The conflicting figure is a later statement by the same originator (the same body,
    after its spokespeople and parts are followed up to it), which had earlier said
    something consistent with the claim.

    ## Why is this bad?
    Tolls and counts grow as reports come in; an article that repeats the first figure
    after the originator corrected it tells its readers something the originator no
    longer says.

    ## Example
    US officials said on 13 April "at least three ballistic missiles"; CENTCOM said on
    14 April "at least six". An article of 27 May with "three ballistic missiles" (read
    exactly) is superseded.

    ## Use instead
    Use the originator's latest figure as of the article's date, with its date
    ("at least six, CENTCOM said on 14 April").

    ## Known problems
    "Same originator" follows the `part_of`, `spokesperson_of`, `head_of` and
    `speaks_for` reference relations; a body missing from them counts as a different
    originator, and the verdict is `contradicted` instead.
    """
    yield from _violations(context, VerdictLabel.SUPERSEDED)


def verdict_findings(
    verdicts: Verdicts,
    claims: ClaimSet,
    *,
    locate: Callable[[str], Location | None] | None = None,
) -> list[Finding]:
    """The FC501/FC502 findings for ``verdicts``, located with ``locate(claim_id)``, sorted."""
    context = RuleContext(claims=claims, options={"verdicts": verdicts})
    findings: list[Finding] = []
    for code in ("FC501", "FC502"):
        info = REGISTRY.get(code)
        for violation in info.function(context):
            where = locate(violation.claim_ids[0]) if locate and violation.claim_ids else None
            findings.append(
                Finding(
                    code=info.code,
                    name=info.name,
                    severity=info.severity,
                    message=violation.message,
                    claim_ids=violation.claim_ids,
                    spans=violation.spans,
                    path=where.path if where else None,
                    line=where.line if where else 0,
                    column=where.column if where else 0,
                    context=dict(violation.context),
                    url=info.url,
                )
            )
    return sorted(findings, key=Finding.sort_key)
