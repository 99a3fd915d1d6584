"""The engine: selection, locations, crashes, suppressions, baselines and integrity findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_support import CLAIMS_YAML, FIRST_LINE, SECOND_LINE, SUPPRESS_LINE, TEXT, make_registry, write_claims

from factcheck.baseline import load_baseline, write_baseline
from factcheck.claimset import ClaimSet
from factcheck.config import CheckConfig
from factcheck.engine import check, select_rules
from factcheck.errors import ClaimsFileError, UnknownRuleError
from factcheck.files import load
from factcheck.files.source_map import parse_yaml
from factcheck.findings import Severity

ROOT = Path(__file__).resolve().parent.parent


def codes(result: object) -> list[str]:
    return [finding.code for finding in result.findings]  # type: ignore[attr-defined]


def test_violations_become_located_findings(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    result = check(path, config=CheckConfig(select=("FC901",)), registry=make_registry())
    [finding] = result.findings
    assert finding.code == "FC901"
    assert finding.name == "large-figure"
    assert finding.severity is Severity.ERROR
    assert finding.message == "figure 'over 300 projectiles' is at least 100"
    assert (finding.path, finding.line, finding.column) == (str(path), FIRST_LINE, 5)
    assert [span.text for span in finding.spans] == ["over 300 projectiles"]
    assert finding.url == "https://factcheck.invalid/docs/rules/FC901.md"
    assert finding.context == {"low": 300.0}
    assert [info.code for info in result.rules] == ["FC901"]
    assert result.files == (str(path),)
    assert result.claim_count == 2
    assert result.statistics == {"FC901": 1}
    assert result.failed and result.exit_code == 1


def test_a_claim_set_gives_findings_without_a_place() -> None:
    data, _ = parse_yaml(CLAIMS_YAML)
    claim_set = ClaimSet.model_validate(data)
    result = check(claim_set, config=CheckConfig(select=("FC901",)), registry=make_registry())
    [finding] = result.findings
    assert finding.path is None and finding.line == 0
    assert finding.location == "<claims>"
    assert result.files == ()


def test_a_crashing_rule_becomes_fc001_and_the_run_goes_on(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    result = check(path, config=CheckConfig(select=("FC901", "FC902")), registry=make_registry())
    assert codes(result) == ["FC001", "FC901"]  # FC001 has no place, so it sorts first
    crash = result.findings[0]
    assert crash.message == "rule FC902 crashing-rule crashed: ZeroDivisionError: division by zero"
    assert crash.context["rule"] == "FC902"
    assert "ZeroDivisionError" in str(crash.context["traceback"])
    # The crashed rule's findings before the crash are dropped: it checked nothing reliably.
    assert all(finding.code != "FC902" for finding in result.findings)


def test_fc001_cannot_be_ignored(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    config = CheckConfig(select=("FC902",), ignore=("FC001",))
    assert codes(check(path, config=config, registry=make_registry())) == ["FC001"]


def test_a_rule_yielding_something_else_is_an_internal_error(tmp_path: Path) -> None:
    from factcheck.rules.registry import RuleRegistry, rule

    registry = RuleRegistry()
    registry.register(make_registry().get("FC001"))

    @rule(code="FC906", name="yields-strings", severity="error", registry=registry)
    def yields_strings(context: object) -> object:
        """## What it does
        Yields a string.
        """
        yield "not a violation"

    result = check(write_claims(tmp_path), registry=registry)
    assert [f.message for f in result.findings] == [
        "rule FC906 yields-strings crashed: TypeError: rule yielded str, not a Violation"
    ]


def test_selection_by_prefix_ignore_and_extend_select() -> None:
    registry = make_registry()
    stable = [info.code for info in select_rules(registry, CheckConfig())]
    assert stable == ["FC001", "FC002", "FC901", "FC902", "FC904", "FC905"]  # no preview FC903
    assert [i.code for i in select_rules(registry, CheckConfig(select=("FC90",), ignore=("FC902",)))] == [
        "FC901",
        "FC904",
        "FC905",
    ]
    chosen = select_rules(registry, CheckConfig(select=("large-figure",), extend_select=("FC905",)))
    assert [info.code for info in chosen] == ["FC901", "FC905"]


def test_preview_rules_need_preview_or_their_exact_code() -> None:
    registry = make_registry()
    assert "FC903" not in [i.code for i in select_rules(registry, CheckConfig(select=("FC9",)))]
    assert "FC903" in [i.code for i in select_rules(registry, CheckConfig(select=("FC9",), preview=True))]
    assert "FC903" in [i.code for i in select_rules(registry, CheckConfig(select=("FC903",)))]


def test_unknown_selector_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(UnknownRuleError, match=r"'FC91' selects no rule; did you mean .*'FC901'"):
        select_rules(make_registry(), CheckConfig(select=("FC91",)))


def test_rules_whose_kinds_are_absent_are_skipped(tmp_path: Path) -> None:
    result = check(write_claims(tmp_path), config=CheckConfig(select=("FC904",)), registry=make_registry())
    assert result.findings == ()
    assert [info.code for info in result.skipped_rules] == ["FC904"]
    assert result.rules == ()


def test_severity_override_and_fail_level(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    config = CheckConfig(select=("FC901",), severity={"FC901": Severity.INFO})
    result = check(path, config=config, registry=make_registry())
    assert [f.severity for f in result.findings] == [Severity.INFO]
    assert not result.failed and result.exit_code == 0
    config = config.merged({"fail_level": "info"})
    assert check(path, config=config, registry=make_registry()).exit_code == 1


def test_unused_suppression_of_an_unknown_code_is_fc002(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    result = check(path, config=CheckConfig(select=("FC002",)), registry=make_registry())
    [finding] = result.findings
    assert finding.code == "FC002"
    assert finding.severity is Severity.WARNING
    assert (finding.line, finding.column) == (SUPPRESS_LINE, 9)
    claim_id = load(path).claims[1].id
    assert finding.message == f"unused suppression of FC999 on claim {claim_id}: no rule has this code"
    assert result.unused_suppressions == result.findings


def test_a_suppression_drops_its_finding_and_counts_it(tmp_path: Path) -> None:
    text = Path(write_claims(tmp_path)).read_text(encoding="utf-8")
    # Suppress FC901 on the first claim (before its provenance) instead of FC999 on the second.
    text = text.replace(
        "      normalised: projectile\n",
        "      normalised: projectile\n    suppress:\n      - code: FC901\n        reason: the test says so\n",
    )
    text = text.replace(
        "      - code: FC999\n        reason: a code no rule has\n", "      - code: FC901\n        reason: unused\n"
    )
    path = write_claims(tmp_path, text)
    result = check(path, config=CheckConfig(select=("FC901", "FC002")), registry=make_registry())
    assert [f.code for f in result.suppressed] == ["FC901"]
    # The second claim's FC901 suppression silenced nothing: FC901 ran and did not flag "70".
    [unused] = result.findings
    assert unused.code == "FC002"
    assert "unused suppression of FC901" in unused.message
    assert unused.context == {"suppressed_code": "FC901"}


def test_a_suppression_of_a_rule_that_did_not_run_is_not_judged(tmp_path: Path) -> None:
    path = write_claims(tmp_path, CLAIMS_YAML.replace("      - code: FC999\n", "      - code: FC901\n"))
    result = check(path, config=CheckConfig(select=("FC002",)), registry=make_registry())
    assert result.findings == ()


def test_baseline_hides_recorded_findings(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    registry = make_registry()
    first = check(path, config=CheckConfig(select=("FC901", "FC002")), registry=registry)
    assert codes(first) == ["FC901", "FC002"]
    baseline = tmp_path / "baseline.json"
    write_baseline(first.findings[:1], baseline)
    assert load_baseline(baseline).fingerprints == {first.findings[0].fingerprint}
    second = check(path, config=CheckConfig(select=("FC901", "FC002"), baseline=baseline), registry=registry)
    assert codes(second) == ["FC002"]
    assert [f.code for f in second.baselined] == ["FC901"]


def test_integrity_problems_reach_the_rules_as_records(tmp_path: Path) -> None:
    changed = CLAIMS_YAML.replace(f"text: {TEXT}", f"text: {TEXT.replace('Iran', 'Irak')}")
    path = write_claims(tmp_path, changed)
    with pytest.raises(ClaimsFileError):
        load(path)  # strict loading refuses it
    result = check(path, config=CheckConfig(select=("FC905",)), registry=make_registry())
    [finding] = result.findings
    assert finding.context == {"kind": "document-hash"}
    assert finding.message.startswith("document-hash: the text of document 'd1' no longer matches its sha256")
    assert (finding.line, finding.column) == (3, 5)  # filed against the document


def test_span_integrity_record_names_claim_and_document(tmp_path: Path) -> None:
    # Shift the second claim's span by one: the text no longer matches the offsets.
    changed = CLAIMS_YAML.replace("start: 50\n          end: 67", "start: 51\n          end: 68")
    path = write_claims(tmp_path, changed)
    result = check(path, config=CheckConfig(select=("FC905",)), registry=make_registry())
    [finding] = result.findings
    assert finding.context == {"kind": "span"}
    assert finding.message == "span: span 51..68 of 'd1' reads 'ore than 70 UAVs.', not 'more than 70 UAVs'"
    assert finding.line == SECOND_LINE  # the finding is filed against the claim


def test_the_same_input_gives_the_same_result(tmp_path: Path) -> None:
    path = write_claims(tmp_path)
    config = CheckConfig(select=("FC9", "FC002"), preview=True)
    first = check([tmp_path], config=config, registry=make_registry())
    second = check([path], config=config, registry=make_registry())
    assert first.findings == second.findings
    assert [f.sort_key() for f in first.findings] == sorted(f.sort_key() for f in first.findings)


def test_founding_claims_check_clean_with_the_builtin_rules() -> None:
    result = check([ROOT / "claims" / "founding", ROOT / "claims" / "reference"])
    assert not result.failed, [f"{f.location}: {f.code} {f.message}" for f in result.findings]
    assert result.claim_count == 29


def test_malformed_files_still_raise(tmp_path: Path) -> None:
    path = write_claims(tmp_path, "schema_version: 1\nclaims: [\n")
    with pytest.raises(ClaimsFileError) as info:
        check(path)
    assert str(info.value.problems[0]).startswith(f"{path}:")


def test_loading_restores_the_garbage_collector(tmp_path: Path) -> None:
    import gc

    from factcheck.files.load import load_paths

    path = write_claims(tmp_path)
    assert gc.isenabled()
    load_paths([path])
    assert gc.isenabled()
    bad = write_claims(tmp_path / "bad", "schema_version: 1\nclaims: [\n")
    with pytest.raises(ClaimsFileError):
        load_paths([bad])
    assert gc.isenabled()
    gc.disable()
    try:
        load_paths([path])
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_severity_override_of_an_unknown_code_is_an_error() -> None:
    with pytest.raises(UnknownRuleError, match=r"unknown rule 'FC911'; did you mean .*'FC901'"):
        select_rules(make_registry(), CheckConfig(severity={"FC911": Severity.INFO}))


def test_a_violation_field_narrows_the_location(tmp_path: Path) -> None:
    from factcheck.rules.registry import RuleContext, RuleRegistry, Violation, rule

    registry = RuleRegistry()

    @rule(code="FC907", name="interval-pointer", severity="error", registry=registry)
    def interval_pointer(context: RuleContext) -> object:
        """## What it does
        Points at the interval of the first figure.
        """
        first = context.claims.claims[0]
        yield Violation("look here", claim_ids=(first.id,), field=("value", "interval"))

    [finding] = check(write_claims(tmp_path), registry=registry).findings
    # "      interval: (300, inf)" is line 12 of engine_support.CLAIMS_YAML; the value starts at column 17.
    assert (finding.line, finding.column) == (12, 17)


def test_rules_registered_into_an_empty_registry_stay_there() -> None:
    from factcheck.rules.registry import REGISTRY, RuleRegistry, rule

    registry = RuleRegistry()

    @rule(code="FC908", name="empty-registry-probe", severity="info", registry=registry)
    def probe(context: object) -> object:
        """## What it does
        Nothing.
        """
        yield from ()

    assert "FC908" in registry
    assert "FC908" not in REGISTRY


def test_json_claim_files_are_located_too(tmp_path: Path) -> None:
    import json

    data, _ = parse_yaml(CLAIMS_YAML)
    text = json.dumps(data, indent=2)
    path = write_claims(tmp_path, text, name="claims.json")
    [finding] = check(path, config=CheckConfig(select=("FC002",)), registry=make_registry()).findings
    lines = text.splitlines()
    code_line = next(n for n, line in enumerate(lines, start=1) if '"code": "FC999"' in line)
    opening = lines[code_line - 2]  # the suppression object opens on the line before its "code"
    assert opening.strip() == "{"
    assert (finding.path, finding.line, finding.column) == (str(path), code_line - 1, opening.index("{") + 1)
