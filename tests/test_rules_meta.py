"""Every registered rule is documented, named by convention, and has its fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_rules_fixtures import EXPECTED, FIXTURES, GENERATOR

from factcheck.rules import REGISTRY, RuleInfo, load_builtin_rules
from factcheck.rules.docs import REQUIRED_HEADINGS, main, missing_headings, render_index, render_page

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "docs" / "rules"
FAMILIES = {"FC1": "provenance", "FC2": "time", "FC3": "quantities", "FC4": "entities"}

load_builtin_rules()
RULES = list(REGISTRY)
OURS = [info for info in RULES if info.family in FAMILIES]


def test_the_four_families_hold_the_rules_of_the_issue() -> None:
    assert [info.code for info in OURS] == [
        *(f"FC10{i}" for i in range(1, 10)),
        *(f"FC20{i}" for i in range(1, 6)),
        *(f"FC30{i}" for i in range(1, 6)),
        *(f"FC40{i}" for i in range(1, 5)),
    ]


@pytest.mark.parametrize("info", RULES, ids=lambda info: info.code)
def test_page_is_the_generated_one(info: RuleInfo) -> None:
    page = PAGES / f"{info.code}.md"
    assert page.exists(), f"run: python -m factcheck.rules.docs docs/rules ({page} is missing)"
    assert page.read_text(encoding="utf-8") == render_page(info)


def test_index_is_the_generated_one_and_every_page_has_a_rule() -> None:
    assert (PAGES / "index.md").read_text(encoding="utf-8") == render_index(RULES)
    assert {p.stem for p in PAGES.glob("FC*.md")} == {info.code for info in RULES}


@pytest.mark.parametrize("info", RULES, ids=lambda info: info.code)
def test_docstring_has_every_heading_in_order(info: RuleInfo) -> None:
    assert missing_headings(info.doc) == []
    page = render_page(info)
    assert page.startswith(f"# {info.code} {info.name}\n")
    assert f"**Severity:** {info.severity.value}" in page


@pytest.mark.parametrize("info", OURS, ids=lambda info: info.code)
def test_name_and_function_follow_the_convention(info: RuleInfo) -> None:
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", info.name)
    assert not info.name.startswith(("no-", "banned-"))
    assert info.function.__name__ == info.name.replace("-", "_")


@pytest.mark.parametrize("info", OURS, ids=lambda info: info.code)
def test_rule_has_a_failing_and_a_passing_fixture(info: RuleInfo) -> None:
    family, name, _builder = GENERATOR.FIXTURES[info.code]
    assert family == FAMILIES[info.family]
    assert name == info.name
    assert (FIXTURES / family / f"{info.code.lower()}-{name}" / "claims.yaml").is_file()
    assert (FIXTURES / "passing" / family / f"{info.code.lower()}-{name}" / "claims.yaml").is_file()
    assert info.code in EXPECTED  # test_rules_fixtures asserts it triggers exactly this code


def test_missing_headings_reports_absent_and_misordered_headings() -> None:
    doc = "Flags x.\n\n## What it does\nx\n\n## Example\nx\n\n## Why is this bad?\nx\n"
    # "Example" comes before "Why is this bad?": it counts as missing from its place.
    assert missing_headings(doc) == ["## Example", "## Use instead", "## Known problems"]
    full = "\n\n".join(f"{h}\ntext" for h in REQUIRED_HEADINGS)
    assert missing_headings(full) == []
    assert missing_headings("\n\n".join(f"{h}\ntext" for h in reversed(REQUIRED_HEADINGS))) != []


def test_the_script_writes_pages_and_check_mode_reports_stale_ones(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    assert (tmp_path / "FC301.md").read_text(encoding="utf-8") == (PAGES / "FC301.md").read_text(encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 0
    (tmp_path / "FC301.md").write_text("stale\n", encoding="utf-8")
    assert main(["--check", str(tmp_path)]) == 1
    assert main([]) == 2


@pytest.mark.parametrize("info", OURS, ids=lambda info: info.code)
def test_yaml_blocks_of_the_docstring_parse(info: RuleInfo) -> None:
    from factcheck.files.source_map import parse_yaml

    blocks = re.findall(r"```yaml\n(.*?)```", info.doc, flags=re.DOTALL)
    assert blocks, "the Example section shows a YAML snippet"
    for block in blocks:
        data, _source_map = parse_yaml(block)
        assert data is not None
