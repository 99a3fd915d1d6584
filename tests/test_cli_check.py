"""`factcheck check`, `baseline`, `rules` and `rule`: options, outputs and exit codes 0, 1, 2.

The built-in registry on this branch holds FC001/FC002; the claim file of engine_support
suppresses FC999, a code no rule has, so `--select FC002` gives exactly one warning.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from engine_support import CLAIMS_YAML, SUPPRESS_LINE, write_claims

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_founding_claims_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(ROOT / "claims")], capsys)
    assert code == 0, out
    assert out.endswith("checked).\n") or "finding" in out


def test_a_warning_exits_1_and_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_claims(tmp_path)
    code, out, _ = run(["check", str(path), "--select", "FC002", "--no-config"], capsys)
    assert code == 1
    first, summary = out.splitlines()
    assert first.startswith(f"{path}:{SUPPRESS_LINE}:9: FC002 [warning] unused suppression of FC999 on claim q-")
    assert summary == "Found 1 finding: 1 warning (2 claims, 1 file checked)."


def test_fail_level_and_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    assert run(["check", path, "--select", "FC002", "--fail-level", "error"], capsys)[0] == 0
    assert run(["check", path, "--select", "FC002", "--exit-zero"], capsys)[0] == 0


def test_ignore_makes_it_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    code, out, _ = run(["check", path, "--select", "FC0", "--ignore", "FC002"], capsys)
    assert (code, out) == (0, "All checks passed (2 claims, 1 file checked).\n")


def test_comma_separated_selectors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    assert run(["check", path, "--select", "FC001,FC002"], capsys)[0] == 1


def test_unknown_rule_code_exits_2_with_a_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(write_claims(tmp_path)), "--select", "FC003"], capsys)
    assert code == 2
    assert "'FC003' selects no rule; did you mean" in err
    assert "'FC002'" in err


def test_malformed_selector_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(write_claims(tmp_path)), "--ignore", "FC0002"], capsys)
    assert code == 2
    assert "'FC0002' is neither a rule code or prefix" in err


def test_malformed_claim_file_exits_2_with_its_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_claims(tmp_path, CLAIMS_YAML.replace("interval: (70, inf)", "interval: seventy"))
    code, out, err = run(["check", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert f"{path}:33:" in err  # the line of the broken interval, written by hand in engine_support
    assert "Traceback" not in err


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(tmp_path / "nothing-here")], capsys)
    assert code == 2
    assert "no such file or folder" in err


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("json", '"version": 1'),
        ("sarif", '"version": "2.1.0"'),
        ("junit", "<testsuites"),
        ("github", "::warning file="),
        ("gitlab", '"check_name": "FC002"'),
    ],
)
def test_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, marker: str) -> None:
    path = str(write_claims(tmp_path))
    code, out, _ = run(["check", path, "--select", "FC002", "--format", fmt], capsys)
    assert code == 1
    assert marker in out


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path / "claims"))
    target = tmp_path / "out" / "factcheck.sarif"
    code, out, _ = run(["check", path, "--select", "FC002", "--format", "sarif", "-o", str(target)], capsys)
    assert (code, out) == (1, "")
    log = json.loads(target.read_text(encoding="utf-8"))
    assert [result["ruleId"] for result in log["runs"][0]["results"]] == ["FC002"]
    assert [p.name for p in target.parent.iterdir()] == ["factcheck.sarif"]  # no temporary file left


def test_statistics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    code, out, _ = run(["check", path, "--select", "FC002", "--statistics"], capsys)
    assert code == 1
    assert out.splitlines()[0] == "    1  FC002  unused-suppression"


def test_config_file_and_cli_precedence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    (tmp_path / "factcheck.toml").write_text('select = ["FC002"]\nfail-level = "error"\n', encoding="utf-8")
    assert run(["check", path], capsys)[0] == 0  # found next to the claims: only errors fail
    assert run(["check", path, "--fail-level", "warning"], capsys)[0] == 1  # the option wins
    assert run(["check", path, "--no-config", "--select", "FC002"], capsys)[0] == 1
    other = tmp_path / "strict.toml"
    other.write_text('fail-level = "warning"\nselect = ["FC002"]\n', encoding="utf-8")
    assert run(["check", path, "--config", str(other)], capsys)[0] == 1


def test_config_and_no_config_exclude_each_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    code, _, err = run(["check", path, "--config", "x.toml", "--no-config"], capsys)
    assert code == 2
    assert "exclude each other" in err


def test_bad_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    (tmp_path / "factcheck.toml").write_text("selekt = []\n", encoding="utf-8")
    code, _, err = run(["check", path], capsys)
    assert code == 2
    assert "factcheck.toml:1:1: unknown key 'selekt'" in err
    assert "did you mean 'select'?" in err


def test_baseline_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path / "claims"))
    baseline = tmp_path / "baseline.json"
    code, _, err = run(["baseline", path, "--select", "FC002", "-o", str(baseline)], capsys)
    assert code == 0
    assert "Wrote 1 finding" in err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [entry["code"] for entry in data["findings"]] == ["FC002"]
    first = baseline.read_bytes()
    run(["baseline", path, "--select", "FC002", "-o", str(baseline)], capsys)
    assert baseline.read_bytes() == first  # deterministic
    code, out, _ = run(["check", path, "--select", "FC002", "--baseline", str(baseline)], capsys)
    assert code == 0
    assert out == "All checks passed (2 claims, 1 file checked; 1 in baseline).\n"


def test_missing_baseline_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path))
    code, _, err = run(["check", path, "--baseline", str(tmp_path / "none.json")], capsys)
    assert code == 2
    assert "baseline file not found" in err


def test_rules_lists_code_name_severity_status(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["FC001", "internal-error", "error", "stable"]
    assert lines[1].split()[:4] == ["FC002", "unused-suppression", "warning", "stable"]
    code, out, _ = run(["rules", "--format", "json"], capsys)
    data = json.loads(out)
    assert data[0]["code"] == "FC001"
    assert data[0]["url"] == "https://factcheck.invalid/docs/rules/FC001.md"
    assert {"code", "name", "severity", "status", "summary"} <= set(data[1])


def test_rule_prints_its_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rule", "FC002"], capsys)
    assert code == 0
    assert out.startswith("# FC002 unused-suppression\n\nReports a suppression on a claim that silenced no finding.\n")
    assert "**Severity:** warning" in out
    assert out == (ROOT / "docs" / "rules" / "FC002.md").read_text(encoding="utf-8")  # the same page as the docs
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Known problems"):
        assert heading in out
    assert run(["rule", "unused-suppression"], capsys)[1] == out


def test_unknown_rule_page_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["rule", "FC0021"], capsys)
    assert code == 2
    assert "unknown rule 'FC0021'" in err


def test_check_runs_as_a_program(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = str(write_claims(tmp_path))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck.cli import main; main()",
            "check",
            path,
            "--select",
            "FC002",
            "--format",
            "github",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith(f"::warning file={path.replace(':', '%3A')},line={SUPPRESS_LINE},col=9,")


def test_an_empty_folder_warns_and_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", str(tmp_path), "--no-config"], capsys)
    assert code == 0
    assert out == "All checks passed (0 claims checked).\n"
    assert err == f"warning: no claim files (.yaml, .yml, .json) found in {tmp_path}\n"


def test_an_unwritable_output_is_exit_2_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_claims(tmp_path / "claims"))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = run(["check", path, "-o", str(blocker / "out.txt")], capsys)
    assert code == 2
    assert err.startswith(f"error: {blocker / 'out.txt'}: cannot write the output")
    code, _, err = run(["baseline", path, "-o", str(blocker / "baseline.json")], capsys)
    assert code == 2
    assert "cannot write the baseline" in err


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "gitlab"])
def test_the_project_claims_give_byte_identical_output(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", str(ROOT / "claims"), "--format", fmt, "--no-config"]
    first = run(args, capsys)
    second = run(args, capsys)
    assert first == second
    assert first[0] == 0  # the project's own claims pass
    if fmt == "sarif":
        from test_output_formats import sarif_validator

        log = json.loads(first[1])
        assert list(sarif_validator().iter_errors(log)) == []
        assert all(result.get("locations") for result in log["runs"][0]["results"])
