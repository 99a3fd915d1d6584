"""The pre-commit hook and the GitHub Action: well-formed, and they run what the docs say."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_pre_commit_hook() -> None:
    [hook] = load(".pre-commit-hooks.yaml")
    assert hook["id"] == "factcheck-check"
    assert hook["entry"] == "factcheck check"
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("claims/founding/claims.yaml")
    assert pattern.search("claims/sources/a.yml")
    assert pattern.search("claims/x.json")
    assert not pattern.search("claims/founding/article.txt")
    assert not pattern.search("docs/claims.yaml")


def test_action_uploads_sarif_then_fails_with_annotations() -> None:
    action = load("action.yml")
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert uses[0].startswith("actions/setup-python@")
    runs = [step.get("run", "") for step in steps]
    sarif = next(index for index, run in enumerate(runs) if "--format sarif" in run)
    upload = next(index for index, use in enumerate(uses) if use.startswith("github/codeql-action/upload-sarif@"))
    github = next(index for index, run in enumerate(runs) if "--format github" in run)
    assert sarif < upload < github
    assert "-o factcheck.sarif --exit-zero" in runs[sarif]
    assert steps[upload]["with"]["sarif_file"] == "factcheck.sarif"
    assert "--exit-zero" not in runs[github]  # this run fails the job
    for run in runs:
        assert "${{" not in run  # inputs reach the shell through env, not by expansion
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
