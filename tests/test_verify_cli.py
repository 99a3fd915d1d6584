"""``factcheck verify``: text and JSON output, exit codes 0, 1 and 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = str(ROOT / "claims" / "founding")
SOURCES = str(ROOT / "claims" / "sources")
REFERENCE = str(ROOT / "claims" / "reference")


def test_text_output_explains_every_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE])
    out = capsys.readouterr().out
    # "three ballistic missiles" is superseded (FC502, a warning): the default fail level fails.
    assert code == 1
    assert "q-437124fb0417 superseded [quantity-interval] 'three ballistic missiles'" in out
    assert "reading: conflict if 'three' is exact; refined if read as a lower bound" in out
    assert "q-5900a13a6dba refined [quantity-interval] 'more than 70 UAVs'" in out
    assert "FC502 [warning] 'three ballistic missiles' is superseded by" in out
    assert "claims.yaml:" in out.splitlines()[0]
    assert "29 verdicts:" in out


def test_fail_level_error_passes_a_superseded_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--fail-level", "error"]) == 0


def test_exit_zero_reports_the_finding_but_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--exit-zero"]) == 0
    assert "FC502 [warning]" in capsys.readouterr().out


def test_reading_at_least_has_no_findings(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--bare-reading", "at_least"])
    assert code == 0
    assert "FC50" not in capsys.readouterr().out


def test_json_output_is_sorted_deterministic_and_documented(capsys: pytest.CaptureFixture[str]) -> None:
    main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--format", "json"])
    first = capsys.readouterr().out
    main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--format", "json"])
    assert capsys.readouterr().out == first
    data = json.loads(first)
    assert data["schema"] == "factcheck-verify/1"
    assert set(data) == {"schema", "summary", "verdicts", "findings"}
    ids = [v["claim_id"] for v in data["verdicts"]]
    assert ids == sorted(ids) and len(ids) == 29
    assert sum(data["summary"].values()) == 29
    assert data["summary"]["superseded"] == 1
    verdict = next(v for v in data["verdicts"] if v["claim_id"] == "q-437124fb0417")
    assert verdict["path"].endswith("claims.yaml") and verdict["line"] > 0
    assert {"label", "rule", "reading", "explanation", "evidence", "text"} <= set(verdict)
    assert [f["code"] for f in data["findings"]] == ["FC502"]


@pytest.mark.parametrize(
    "args",
    [
        ["verify", FOUNDING, "--against", "no/such/folder"],
        ["verify", "no/such/claims", "--against", SOURCES],
        ["verify", FOUNDING, "--against", SOURCES, "--tolerance", "1.5"],
        ["verify", FOUNDING, "--against", SOURCES, "--score-threshold", "-1"],
        ["verify", FOUNDING],
        ["verify", FOUNDING, "--against", SOURCES, "--format", "xml"],
    ],
)
def test_bad_input_exits_2_without_a_traceback(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_a_broken_source_file_is_named_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nclaims:\n  - kind: quantity\n    text: 3\n", encoding="utf-8")
    assert main(["verify", FOUNDING, "--against", str(bad)]) == 2
    assert f"{bad}:3:" in capsys.readouterr().err


def test_findings_cite_the_conflicting_evidence_only(capsys: pytest.CaptureFixture[str]) -> None:
    main(["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--format", "json"])
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    # The claim, then the four later US figures (CNN and JPost/Reuters for CENTCOM, Ryder's
    # briefing, Business Insider's destroyers); US officials' "at least three" agrees with it.
    assert finding["claim_ids"][0] == "q-437124fb0417"
    assert len(finding["claim_ids"]) == 5
    assert "and 1 more" in finding["message"]


def test_sarif_junit_and_github_go_through_the_shared_writers(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", FOUNDING, "--against", SOURCES, "--against", REFERENCE, "--format"]
    assert main([*args, "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    [run] = sarif["runs"]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["FC501", "FC502"]
    [result] = run["results"]
    assert (result["ruleId"], result["level"]) == ("FC502", "warning")
    assert main([*args, "junit"]) == 1
    junit = capsys.readouterr().out
    assert junit.startswith("<?xml") and 'failure type="FC502"' in junit
    assert main([*args, "github"]) == 1
    github = capsys.readouterr().out
    assert github.startswith("::warning file=") and "title=FC502 superseded-claim" in github
