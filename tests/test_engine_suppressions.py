"""Suppressions as bookkeeping: every finding is either reported or suppressed, and every
suppression either silenced something or is reported unused (when its rule ran)."""

from __future__ import annotations

from engine_support import CLAIMS_YAML, make_registry
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims import Suppression
from factcheck.claimset import ClaimSet
from factcheck.config import CheckConfig
from factcheck.engine import check
from factcheck.files.source_map import parse_yaml

BASE = ClaimSet.model_validate(parse_yaml(CLAIMS_YAML)[0])
REGISTRY = make_registry()
CONFIG = CheckConfig(select=("FC901", "FC903", "FC002"), preview=True)
CODES = st.sampled_from(["FC901", "FC903", "FC904", "FC999"])


def with_suppressions(codes: list[list[str]]) -> ClaimSet:
    claims = []
    for claim, chosen in zip(BASE.claims, codes, strict=True):
        entries = tuple(Suppression(code=code, reason="property test") for code in dict.fromkeys(chosen))
        claims.append(claim.model_copy(update={"suppress": entries}))
    return BASE.model_copy(update={"claims": tuple(claims)})


@given(st.lists(st.lists(CODES, max_size=3), min_size=2, max_size=2))
def test_findings_and_suppressions_are_conserved(codes: list[list[str]]) -> None:
    plain = check(with_suppressions([[], []]), config=CONFIG, registry=REGISTRY)
    result = check(with_suppressions(codes), config=CONFIG, registry=REGISTRY)
    reported = [f for f in result.findings if f.code != "FC002"]
    assert sorted(reported + list(result.suppressed), key=lambda f: f.sort_key()) == list(plain.findings)
    ran = {info.code for info in result.rules}
    known = {info.code for info in REGISTRY}
    used = {(claim_id, f.code) for f in result.suppressed for claim_id in f.claim_ids}
    expected_unused = {
        (claim.id, code)
        for claim, chosen in zip(BASE.claims, codes, strict=True)
        for code in chosen
        if (claim.id, code) not in used and (code in ran or code not in known)
    }
    unused = {(f.claim_ids[0], str(f.context["suppressed_code"])) for f in result.unused_suppressions}
    assert unused == expected_unused
    assert [f for f in result.findings if f.code == "FC002"] == list(result.unused_suppressions)
