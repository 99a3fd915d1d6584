"""Malformed claim files: every problem is reported with its path, line, column and claim."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factcheck import ClaimsFileError, load
from factcheck.cli import main

TEXT = "NATO is considering over 300 projectiles."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()

# Line numbers are written next to the lines they are asserted against below.
VALID = f"""schema_version: 1
documents:
  - id: d1
    text: {TEXT}
    sha256: {SHA}
claims:
  - kind: quantity
    text: over 300
    value:
      interval: (300, inf)
      number_text: '300'
      qualifier: over
      qualifier_class: more_than
    counted:
      text: projectiles
      normalised: projectile
    provenance:
      document: d1
      spans:
        - document: d1
          start: 20
          end: 28
          text: over 300
      method:
        extractor: manual
        rule: test
        version: 0.1.0
"""


def write(tmp_path: Path, text: str | bytes, name: str = "claims.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ClaimsFileError) as info:
        load(path)
    assert info.value.path == str(path)
    return [str(problem) for problem in info.value.problems]


def test_the_base_file_is_valid(tmp_path: Path) -> None:
    claims = load(write(tmp_path, VALID))
    assert [c.text for c in claims] == ["over 300"]


def test_invalid_yaml_syntax(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("interval: (300, inf)", "interval: [300, inf"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:11:")
    assert "invalid YAML" in problem


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- 1\n- 2\n")
    assert problems_of(path) == [f"{path}:1:1: a claim file must be a mapping with 'schema_version'"]


def test_unknown_top_level_field(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + "claimz: []\n")
    [problem] = problems_of(path)
    assert problem == f"{path}:28:9: claimz: unknown field 'claimz'"


def test_unknown_field_in_a_claim_names_the_claim(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("    text: over 300\n", "    text: over 300\n    confidence: 0.9\n", 1))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:9:17: claim claims[0]: claims[0].confidence: unknown field")


def test_unknown_claim_kind(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("kind: quantity", "kind: opinion"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:7:5:")
    assert "unknown claim kind 'opinion'" in problem


def test_missing_kind(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("  - kind: quantity\n    text: over 300", "  - text: over 300"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:7:5:")
    assert "missing 'kind'" in problem


def test_missing_required_field_points_at_its_parent(tmp_path: Path) -> None:
    broken = VALID.replace("    counted:\n      text: projectiles\n      normalised: projectile\n", "")
    path = write(tmp_path, broken)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:7:5: claim claims[0]: claims[0].counted: missing required field 'counted'")


def test_bad_interval_text(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("(300, inf)", "over three hundred"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:10:17: claim claims[0]: claims[0].value.interval:")
    assert "'over three hundred' is not an interval" in problem


def test_empty_interval(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("(300, inf)", "(300, 300)"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:10:17:")
    assert "empty interval" in problem


def test_span_that_no_longer_matches_its_text(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("start: 20\n          end: 28", "start: 21\n          end: 29"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:20:11: claim claims[0]: claims[0].provenance.spans[0]:")
    assert "span 21..29 of 'd1' reads 'ver 300 ', not 'over 300'" in problem


def test_span_past_the_end_of_the_document(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("start: 20\n          end: 28", "start: 40\n          end: 48"))
    [problem] = problems_of(path)
    assert "runs past the end of document 'd1' (41 characters)" in problem
    assert problem.startswith(f"{path}:20:11:")


def test_text_that_no_longer_matches_its_hash(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("over 300 projectiles.", "over 400 projectiles.", 1))
    problems = problems_of(path)
    assert any(
        p.startswith(f"{path}:5:13: documents[0].sha256: the text of document 'd1' no longer matches") for p in problems
    )


def test_duplicate_key(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("      qualifier: over\n", "      qualifier: over\n      qualifier: above\n"))
    assert problems_of(path) == [f"{path}:13:7: claims[0].value.qualifier: duplicate key 'qualifier'"]


def test_python_object_tags_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("rule: test", "rule: !!python/object/apply:os.system ['true']"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:26:15:")
    assert "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in problem


def test_anchors_and_aliases_are_refused(tmp_path: Path) -> None:
    billion_laughs = "schema_version: 1\nclaims: &a [*a]\n"
    path = write(tmp_path, billion_laughs)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:2:")
    assert "anchors and aliases" in problem or "invalid YAML" in problem


def test_invalid_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.encode() + b"# caf\xe9\n")
    assert problems_of(path) == [f"{path}:28:6: claim file is not valid UTF-8 (byte {len(VALID.encode()) + 5})"]


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert problems_of(path) == [f"{path}: claim file is binary (it contains NUL bytes)"]


def test_claim_id_that_does_not_match_its_content(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("  - kind: quantity\n", "  - id: q-000000000000\n    kind: quantity\n"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:7:5: claim q-000000000000: claims[0]:")
    assert "does not match its content" in problem


def test_text_file_outside_the_folder(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace(f"    text: {TEXT}\n", "    text_file: ../../etc/passwd\n"))
    problems = problems_of(path)
    assert problems[0] == (
        f"{path}:4:16: documents[0].text_file: text_file '../../etc/passwd' must be a relative path "
        "inside the claim file's folder"
    )


def test_missing_text_file(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace(f"    text: {TEXT}\n", "    text_file: article.txt\n"))
    problems = problems_of(path)
    assert problems[0] == f"{path}:4:16: documents[0].text_file: document text file not found: 'article.txt'"


def test_unsupported_schema_version(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("schema_version: 1", "schema_version: 2"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:1:17: schema_version:")
    assert "(got 2)" in problem


def test_invalid_date(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("    sha256:", "    published: 2024-13-45\n    sha256:"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:5:16: documents[0].published:")


def test_negative_offset(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("start: 20", "start: -1"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:21:18: claim claims[0]: claims[0].provenance.spans[0].start:")
    assert "greater than or equal to 0" in problem


def test_every_problem_of_a_file_is_listed(tmp_path: Path) -> None:
    broken = VALID.replace("(300, inf)", "(300, 200)").replace("qualifier_class: more_than", "qualifier_class: lots")
    path = write(tmp_path, broken)
    problems = problems_of(path)
    assert len(problems) == 2
    assert problems[0].startswith(f"{path}:10:17:")
    assert problems[1].startswith(f"{path}:13:24:")


def test_json_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "schema_version": 1,\n  "claims": [,]\n}\n', name="claims.json")
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:3:14: invalid JSON")


def test_json_validation_error_has_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{\n  "schema_version": 1,\n  "entities": [\n    {"id": "bad id", "kind": "country", "name": "X"}\n  ]\n}\n',
        name="claims.json",
    )
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:4:12: entities[0].id:")


def test_deep_nesting_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, "schema_version: 1\nclaims: " + "[" * 5000 + "]" * 5000 + "\n")
    [problem] = problems_of(path)
    assert "nesting" in problem


def test_cli_reports_path_line_and_problem_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, VALID.replace("kind: quantity", "kind: opinion"))
    assert main(["show", str(path)]) == 2
    captured = capsys.readouterr()
    assert f"{path}:7:5:" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert captured.out == ""


def test_cli_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path / "absent.yaml")]) == 2
    assert "absent.yaml: no such file or folder" in capsys.readouterr().err


def test_conflicting_definitions_across_files(tmp_path: Path) -> None:
    entity = "schema_version: 1\nentities:\n  - id: org:x\n    kind: organisation\n    name: {name}\n"
    write(tmp_path, entity.format(name="Ex"), name="a.yaml")
    write(tmp_path, entity.format(name="Why"), name="b.yaml")
    with pytest.raises(ClaimsFileError) as info:
        load(tmp_path)
    [problem] = info.value.problems
    expected = f"entity 'org:x' is defined differently at {tmp_path / 'a.yaml'}:3:9"
    assert str(problem) == f"{tmp_path / 'b.yaml'}:3:9: {expected}"


def test_identical_definitions_across_files_are_fine(tmp_path: Path) -> None:
    entity = "schema_version: 1\nentities:\n  - id: org:x\n    kind: organisation\n    name: Ex\n"
    write(tmp_path, entity, name="a.yaml")
    write(tmp_path, entity, name="b.yaml")
    assert [e.id for e in load(tmp_path).entities] == ["org:x"]
