"""The founding claims with the reference data: no errors or warnings, and exactly the infos
we expect from reading the article.

Each info below is justified by the text:

* FC105 'Russian missiles', 'some member countries', 'the assault' are not entities of the
  reference data (a class of weapon, an unnamed group, an anaphor for Iran's attack).
* FC402 the article writes the United States as "the United States" and "The US", the
  United Kingdom as "Great Britain" and "the United Kingdom", and Ukraine as a place both as
  "Ukrainian territory" and "Ukraine".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_support import rule_context, run_rules

from factcheck.files.load import load_paths
from factcheck.findings import Severity
from factcheck.quantity import BareReading
from factcheck.rules import REGISTRY, load_builtin_rules

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


@pytest.fixture(scope="module")
def results() -> list[tuple[str, tuple[str, ...], str]]:
    return run_rules(rule_context(load_paths([CLAIMS / "founding", CLAIMS / "reference"], strict=False)))


def test_no_errors_or_warnings(results: list[tuple[str, tuple[str, ...], str]]) -> None:
    load_builtin_rules()
    serious = [r for r in results if REGISTRY.get(r[0]).severity.at_least(Severity.WARNING)]
    assert serious == []


def test_the_infos_are_the_expected_ones(results: list[tuple[str, tuple[str, ...], str]]) -> None:
    notes = sorted((code, message.split(" ")[0] + " " + message.split("'")[1]) for code, _ids, message in results)
    assert notes == [
        ("FC105", "holder some member countries"),
        ("FC105", "targets[0] Russian missiles"),
        ("FC105", "targets[0] the assault"),
        ("FC402", "entity country:GB"),
        ("FC402", "entity country:UA"),
        ("FC402", "entity country:US"),
    ]
    [us] = [m for c, _i, m in results if c == "FC402" and "country:US" in m]
    assert "'the United States'" in us and "'The US'" in us


def test_the_us_interceptions_fit_inside_the_attack_under_both_readings() -> None:
    files = load_paths([CLAIMS / "founding", CLAIMS / "reference"], strict=False)
    for reading in BareReading:
        found = run_rules(rule_context(files, bare_reading=reading), codes=["FC3"])
        assert found == []


def test_checking_the_founding_file_alone_skips_entity_ids_but_finds_nothing_serious() -> None:
    files = load_paths([CLAIMS / "founding"], strict=False)
    found = run_rules(rule_context(files))
    load_builtin_rules()
    assert [r for r in found if REGISTRY.get(r[0]).severity.at_least(Severity.WARNING)] == []


def test_fc402_cites_each_way_of_writing_where_the_article_writes_it() -> None:
    from factcheck.rules.fc4xx_entities import entity_written_several_ways

    context = rule_context(load_paths([CLAIMS / "founding", CLAIMS / "reference"], strict=False))
    cited = {
        str(v.context["entity"]): [(s.text, s.start) for s in v.spans] for v in entity_written_several_ways(context)
    }
    article = (CLAIMS / "founding" / "article.txt").read_text(encoding="utf-8")
    assert cited["country:US"] == [("the United States", article.index("the United States")), ("The US", 1364)]
    assert article[1364:1370] == "The US"
    assert cited["country:GB"] == [("Great Britain", 503), ("the United Kingdom", article.index("the United Kingdom"))]
