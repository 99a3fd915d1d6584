"""``factcheck check`` on the rule fixtures: exit 1 with each family's codes, each finding
filed in its own fixture's claim file; exit 0 on the passing fixtures and the founding claims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_rules_fixtures import FIXTURES, GENERATOR

pytest.importorskip("factcheck.engine", reason="the check engine is not on this branch yet")

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("provenance", "time", "quantities", "entities")


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["check", *args, "--format", "json", "--no-config"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("family", FAMILIES)
def test_check_exits_1_with_the_codes_of_the_family(family: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _check(capsys, str(FIXTURES / family))
    expected = sorted(c for c, (fam, _name, _builder) in GENERATOR.FIXTURES.items() if fam == family)
    assert code == 1
    assert sorted(f["code"] for f in report["findings"]) == expected
    for finding in report["findings"]:
        path = Path(finding["location"]["path"])
        assert path.name == "claims.yaml"
        assert path.parent.name.startswith(finding["code"].lower() + "-"), (finding["code"], path)
        assert finding["location"]["line"] > 0


@pytest.mark.parametrize("family", FAMILIES)
def test_check_exits_0_on_the_passing_fixtures(family: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _check(capsys, str(FIXTURES / "passing" / family))
    assert code == 0
    assert report["findings"] == []


def test_check_exits_0_on_the_founding_claims_with_six_infos(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _check(capsys, str(ROOT / "claims" / "founding"), str(ROOT / "claims" / "reference"))
    assert code == 0
    assert report["summary"]["error"] == 0 and report["summary"]["warning"] == 0
    assert report["summary"]["by_code"] == {"FC105": 3, "FC402": 3}
