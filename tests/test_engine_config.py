"""Configuration: [tool.factcheck] in pyproject.toml or factcheck.toml, found upward, validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import CheckConfig, find_config, load_config
from factcheck.errors import ConfigError
from factcheck.findings import Severity
from factcheck.quantity import BareReading

PYPROJECT = """[project]
name = "newsroom"

[tool.factcheck]
select = ["FC1", "FC301"]
ignore = ["FC402"]
extend-select = ["FC205"]
fail-level = "error"
tolerance = 0.2
bare-reading = "at_least"
preview = true
baseline = "ci/baseline.json"
output-format = "sarif"

[tool.factcheck.severity]
FC105 = "warning"
"""


def test_defaults() -> None:
    config = CheckConfig()
    assert config.select is None
    assert config.fail_level is Severity.WARNING
    assert config.tolerance == 0.1
    assert config.bare_reading is BareReading.EXACT
    assert config.output_format == "text"


def test_every_key_of_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml")
    assert config.select == ("FC1", "FC301")
    assert config.ignore == ("FC402",)
    assert config.extend_select == ("FC205",)
    assert config.fail_level is Severity.ERROR
    assert config.tolerance == 0.2
    assert config.bare_reading is BareReading.AT_LEAST
    assert config.preview is True
    assert config.baseline == tmp_path / "ci" / "baseline.json"  # relative to the file
    assert config.output_format == "sarif"
    assert config.severity == {"FC105": Severity.WARNING}


def test_found_upward_from_the_checked_path(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    deep = tmp_path / "claims" / "2024"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    assert load_config(start=deep / "missing-file.yaml").fail_level is Severity.ERROR


def test_factcheck_toml_wins_and_has_top_level_keys(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('fail-level = "info"\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "factcheck.toml"
    assert load_config(start=tmp_path).fail_level is Severity.INFO


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    outer = tmp_path / "outer"
    inner = outer / "inner"
    inner.mkdir(parents=True)
    (outer / "factcheck.toml").write_text('fail-level = "error"\n', encoding="utf-8")
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.other]\nfactcheck = 1\n', encoding="utf-8")
    assert find_config(inner) == outer / "factcheck.toml"


def test_unknown_key_names_file_line_and_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.factcheck]\nselect = ["FC1"]\nfail_level = "error"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"{path}:3:1: unknown key 'fail_level' in [tool.factcheck]; did you mean 'fail-level'?"


def test_unknown_key_without_a_near_match_lists_the_valid_keys(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("\n\nzzz = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{path}:3:1: unknown key 'zzz' .*valid keys are bare-reading, baseline"):
        load_config(path)


def test_bad_values_name_the_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text('select = ["FC1"]\nfail-level = "fatal"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}:2:1: fail-level: ")
    assert "'fatal'" in message


def test_bad_selector_and_severity_code(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text('ignore = ["FC 1"]\n[severity]\nE501 = "error"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "'FC 1' is neither a rule code or prefix" in message
    assert "severity override key 'E501' is not a rule code" in message


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("select = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{path}: invalid TOML"):
        load_config(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")


def test_command_line_overrides_win_and_none_keeps_the_file_value() -> None:
    config = CheckConfig(select=("FC1",), fail_level=Severity.ERROR)
    merged = config.merged({"select": ("FC3",), "fail_level": None, "preview": True})
    assert merged.select == ("FC3",)
    assert merged.fail_level is Severity.ERROR
    assert merged.preview is True
    with pytest.raises(ConfigError, match=r"fail_level|fail-level"):
        config.merged({"fail_level": "loud"})


def test_no_file_gives_defaults(tmp_path: Path) -> None:
    lonely = tmp_path / "a"
    lonely.mkdir()
    # tmp_path has no configuration above it up to the filesystem root in the test sandbox,
    # unless the machine has one; either way the function must not fail.
    assert isinstance(load_config(start=lonely), CheckConfig)


def test_key_regex_does_not_backtrack_on_long_lines(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("[" * 1 + "tool.factcheck]\n" + "x" * 50_000 + " = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_config(path)


def test_selector_check_is_linear_on_crafted_input() -> None:
    import time

    crafted = "a" + "-a" * 50_000 + "!"
    started = time.perf_counter()
    with pytest.raises(ValueError, match="neither a rule code"):
        CheckConfig(select=(crafted,))
    assert time.perf_counter() - started < 1.0
