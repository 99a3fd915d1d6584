"""The command line: show, schema, --version and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_show_lists_the_founding_claims(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(ROOT / "claims" / "founding")]) == 0
    out = capsys.readouterr().out
    assert "document nv-nato-skies-2024-05-27: NATO mulls protecting Ukrainian skies" in out
    assert "over 300 projectiles = (300, inf) projectile @ 2024-04-13" in out
    assert "He [= person:volodymyr-zelenskyy] emphasized @ 2024-04-15" in out
    assert "29 claims: 8 event, 3 quantity, 3 relation, 9 stance, 6 statement" in out


def test_show_json_is_a_claim_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["show", "--format", "json", str(ROOT / "claims" / "founding" / "claims.yaml")]) == 0
    text = capsys.readouterr().out
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert len(data["claims"]) == 29
    assert "text" in data["documents"][0]  # the text is inlined, so the JSON stands alone
    copy = tmp_path / "copy.json"
    copy.write_text(text, encoding="utf-8")
    assert main(["show", str(copy)]) == 0


def test_show_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    main(["show", str(ROOT / "claims")])
    first = capsys.readouterr().out
    main(["show", str(ROOT / "claims")])
    assert capsys.readouterr().out == first


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == {"schema_version", "documents", "entities", "claims", "relations"}
    assert schema["additionalProperties"] is False


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--format", "xml", "x"]) == 2
    assert "Invalid value for '--format'" in capsys.readouterr().err


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "No such command 'frobnicate'" in capsys.readouterr().err


def test_version_in_a_subprocess() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from factcheck.cli import main; main(['--version'])"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"factcheck, version {__version__}"
