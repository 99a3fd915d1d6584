"""``factcheck report``: formats, inputs from files, the founding example, and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = str(ROOT / "claims" / "founding")
UAVS = "q-5900a13a6dba"  # "more than 70 UAVs", claims/founding/claims.yaml
PROJECTILES = "q-a247e5194187"  # "over 300 projectiles"


def test_founding_report_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", FOUNDING, "--no-check", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# NATO mulls protecting Ukrainian skies by shooting down Russian missiles\n")
    assert "| claims | 29 | 3 quantity, 8 event, 6 statement, 9 stance, 3 relation |" in out
    assert out.count("\n### ") == 29
    assert re.search(rf"^### \d+\. `{UAVS}` quantity: “more than 70 UAVs”$", out, re.MULTILINE)
    assert "- value: more than 70 UAVs (70, inf)" in out
    assert "- attribution: **NV &gt; the Israel Defense Forces**" in out
    assert "(checks not run)" in out


def test_founding_report_as_html_file_shows_every_claim_with_provenance(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    assert main(["report", FOUNDING, "--no-check", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.count('class="claim-detail"') == 29
    assert page.count("<dt>Provenance</dt>") == 29 and page.count("<dt>Verdict</dt>") == 29
    assert "extractor manual, rule hand-annotated, version 0.1.0" in page
    assert "claims/founding/claims.yaml:1429:5" in page  # where the 70-UAVs claim is written
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temporary file left


def test_findings_and_verdicts_from_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    findings = tmp_path / "findings.json"
    findings.write_text(
        json.dumps(
            {
                "version": 1,
                "findings": [
                    {
                        "code": "FC301",
                        "name": "parts-exceed-whole",
                        "severity": "error",
                        "message": "hand-made finding",
                        "claim_ids": [UAVS],
                        "location": {"path": "claims/founding/claims.yaml", "line": 1429, "column": 5},
                        "fingerprint": "ignored",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(
        json.dumps(
            {
                "verdicts": [
                    {
                        "claim_id": PROJECTILES,
                        "label": "supported",
                        "rule": "quantity-interval",
                        "explanation": "hand-made verdict",
                        "evidence": [],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    argv = ["report", FOUNDING, "--format", "json", "--findings", str(findings), "--verdicts", str(verdicts)]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checked"] is True and data["verified"] is True
    assert data["summary"]["findings_by_severity"] == {"error": 1, "warning": 0, "info": 0}
    assert data["summary"]["verdicts_by_label"]["supported"] == 1
    by_id = {claim["id"]: claim for claim in data["claims"]}
    assert [f["location"] for f in by_id[UAVS]["findings"]] == ["claims/founding/claims.yaml:1429:5"]
    assert by_id[PROJECTILES]["verdict"]["explanation"] == "hand-made verdict"


@pytest.mark.parametrize("fmt", ["claimreview", "prov", "json", "md", "html"])
def test_every_format_runs_from_the_command_line(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", FOUNDING, "--no-check", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt in ("claimreview", "prov", "json"):
        json.loads(out)
    assert out.endswith("\n")


def test_bad_findings_file_names_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "findings.json"
    bad.write_text('{"findings": [\n  {"code": "X"\n', encoding="utf-8")
    assert main(["report", FOUNDING, "--findings", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3:1: the findings file is not JSON" in err
    assert "Traceback" not in err


def test_invalid_finding_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "findings.json"
    bad.write_text('[{"code": "X1", "name": "n", "severity": "error", "message": "m"}]', encoding="utf-8")
    assert main(["report", FOUNDING, "--findings", str(bad)]) == 2
    assert f"{bad}: findings[0].code: String should match pattern" in capsys.readouterr().err


def test_verdict_on_an_unknown_claim_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(
        '[{"claim_id": "q-000000000000", "label": "supported", "rule": "r", "explanation": "x"}]', encoding="utf-8"
    )
    assert main(["report", FOUNDING, "--no-check", "--verdicts", str(verdicts)]) == 2
    assert "verdict on claim 'q-000000000000', which is not among the reported claims" in capsys.readouterr().err


def test_against_and_verdicts_together_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    verdicts = tmp_path / "v.json"
    verdicts.write_text("[]", encoding="utf-8")
    assert main(["report", FOUNDING, "--against", FOUNDING, "--verdicts", str(verdicts)]) == 2
    assert "not both" in capsys.readouterr().err


def test_missing_path_and_unwritable_output_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nope"), "--no-check"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["report", FOUNDING, "--no-check", "-o", str(blocker / "report.html")]) == 2
    err = capsys.readouterr().err
    assert "report.html" in err and "Traceback" not in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", FOUNDING, "--format", "pdf"]) == 2
    assert "Invalid value for '--format'" in capsys.readouterr().err


def test_the_checks_run_by_default_and_match_factcheck_check(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.engine import check

    paths = [FOUNDING, str(ROOT / "claims" / "reference")]
    assert main(["report", *paths, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checked"] is True
    expected = check(paths).findings
    assert [(f["code"], f["location"]) for f in data["findings"]] == [(f.code, f.location) for f in expected]
    # Each claim-bound finding also appears on its claim.
    by_id = {claim["id"]: claim for claim in data["claims"]}
    for finding in expected:
        for claim_id in finding.claim_ids:
            assert finding.code in [f["code"] for f in by_id[claim_id]["findings"]]


def test_a_bad_config_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text("selekt = ['FC1']\n", encoding="utf-8")
    assert main(["report", FOUNDING, "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "Traceback" not in err


def test_against_sources_shows_the_verdicts_of_verify(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.files.load import load_paths, merge_files
    from factcheck.match import verify

    sources = str(ROOT / "claims" / "sources")
    paths = [FOUNDING, str(ROOT / "claims" / "reference")]
    assert main(["report", *paths, "--against", sources, "--no-check", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verified"] is True
    expected = verify(merge_files(load_paths(paths)), merge_files(load_paths([sources])))
    shown = {claim["id"]: claim["verdict"] for claim in data["claims"] if claim["verdict"] is not None}
    assert {claim_id: verdict["label"] for claim_id, verdict in shown.items()} == {
        v.claim_id: v.label.value for v in expected
    }
    assert data["summary"]["verdicts"] == len(expected)
    # Evidence keeps its sources: each names its claim and document, and quoted ones keep their excerpts.
    evidence = [e for verdict in shown.values() for e in verdict["evidence"]]
    assert evidence and all(e["claim_id"] and e["document"] for e in evidence)
    assert any(x["text"] == "more than 70 drones" for e in evidence for x in e["excerpts"])


def test_a_folder_of_an_article_and_its_sources_is_verified_document_by_document(
    capsys: pytest.CaptureFixture[str],
) -> None:
    claims = str(ROOT / "claims")
    assert main(["report", claims, "--no-check", "--format", "json"]) == 0
    together = json.loads(capsys.readouterr().out)
    # The founding article has the most claims, so it comes first, and it gives the title.
    assert together["documents"][0]["id"] == "nv-nato-skies-2024-05-27"
    assert together["title"] == "NATO mulls protecting Ukrainian skies by shooting down Russian missiles"
    assert together["verified"] is True and together["summary"]["verdicts"] == together["summary"]["claims"]
    # The founding article judged against all the others is what --against claims/sources says.
    paths = [FOUNDING, str(ROOT / "claims" / "reference")]
    assert (
        main(["report", *paths, "--against", str(ROOT / "claims" / "sources"), "--no-check", "--format", "json"]) == 0
    )
    against = json.loads(capsys.readouterr().out)
    founding = {
        c["id"]: c["verdict"]["label"]
        for c in together["claims"]
        if c["provenance"]["document"] == "nv-nato-skies-2024-05-27"
    }
    assert founding == {c["id"]: c["verdict"]["label"] for c in against["claims"]}
    assert main(["report", claims, "--no-check", "--no-verify", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["verified"] is False
