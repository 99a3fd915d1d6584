"""Each rule against its fixtures: the failing one triggers exactly its code on the claims
named below (by their text, read off the fixture articles), the passing one triggers nothing.

The expectations are written by hand from the articles in tests/fixtures/_make_fixtures.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from rules_support import findings_by_code, rule_context, run_rules

from factcheck.errors import ClaimsFileError
from factcheck.files.load import load_file, load_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_make_fixtures", FIXTURES / "_make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()

#: Code -> (texts of the claims the finding names, in order; phrases its message must contain).
EXPECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FC101": (("45 new buses",), ("'45 new buses'", "reads '40 new buses'")),
    "FC102": (("40 new buses",), ("document 'fc102'", "not to the recorded sha256")),
    "FC103": (("40 new buses",), ("document 'fc103' has no publication date",)),
    "FC104": (
        ("The Harbour Council will vote on the budget at the end of the session",),
        ("'at the end of the session' is unresolved",),
    ),
    "FC105": (
        ("The plan to close the old pier has support from some council members",),
        ("holder 'some council members' has no entity id",),
    ),
    "FC106": (("40 new buses",), ("used by 2 claims", "identical")),
    "FC107": (("Ferry strike ends after nine days",), ("read also segment", "not body text")),
    "FC108": (("12 of them electric",), ("part_of refers to claim 'q-000000000000'",)),
    "FC109": (
        ("The plan to close the old pier has support from Norway",),
        ("'country:NW'", "not defined in the reference data"),
    ),
    "FC201": (
        ("The Harbour Council approved the purchase on March 18",),
        ("2025-03-18", "4 day(s) after", "published on 2025-03-14"),
    ),
    "FC202": (("The bridge reopened on May 6",), ("'on May 2' (2025-05-02)", "'on May 6' (2025-05-06)")),
    "FC203": (("On March 12, Vidal reiterated that fares will not rise.",), ("no earlier statement",)),
    "FC204": (
        ("the strike ended on March 3", "Talks resumed on March 9"),
        ("2025-03-03", "2025-03-09", "ends before that starts"),
    ),
    "FC205": (
        ("The ferry timetable changed on June 10",),
        ("2024-06-10, 351 day(s) before", "2025-06-10 is 14 day(s) after", "also plausible"),
    ),
    "FC301": (
        ("up to 300 rockets", "250 drones", "80 missiles"),
        ("parts sum to [330, 330]", "'up to 300 rockets' is [0, 300]"),
    ),
    "FC302": (
        ("more than 40 buses", "fewer than 30 buses"),
        ("'more than 40 buses' is (40, inf)", "'fewer than 30 buses' is [0, 30)"),
    ),
    "FC303": (("120 percent of the fleet",), ("[120, 120]", "outside [0, 100]")),
    "FC304": (("three ferries",), ("[-3, -3]", "below 0")),
    "FC305": (
        ("three ferries", "at least five ferries"),
        ("'three' is exact ([3, 3] vs [5, inf))", "lower bound ([3, inf) vs [5, inf))"),
    ),
    "FC401": (
        ("The plan to close the old pier has support from Norway", "Norway opposes the plan"),
        ("'Norway' is said to support and to oppose",),
    ),
    "FC402": (
        ("The plan to close the old pier has support from the Netherlands", "Ferries from Holland will dock elsewhere"),
        ("'country:NL' is written 2 ways", "'the Netherlands'", "'Holland'"),
    ),
    "FC403": (
        ("Several NATO countries, including Sweden",),
        ("'Sweden' (country:SE) member_of 'NATO'", "2023-06-02", "from 2024-03-07"),
    ),
    "FC404": (("He said fares will not rise.",), ("pronoun 'He', not resolved",)),
}


def _folder(code: str, *, passing: bool) -> Path:
    return FIXTURES / GENERATOR.fixture_folder(code, passing=passing)


def test_fixture_files_are_what_the_generator_writes() -> None:
    expected = GENERATOR.build_all()
    for relative, text in expected.items():
        assert (FIXTURES / relative).read_text(encoding="utf-8") == text, relative
    on_disk = {p.relative_to(FIXTURES) for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".yaml", ".txt")}
    assert on_disk == set(expected)


def test_every_fixture_code_has_an_expectation() -> None:
    assert set(EXPECTED) == set(GENERATOR.FIXTURES)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_failing_fixture_triggers_exactly_its_code(code: str) -> None:
    folder = _folder(code, passing=False)
    files = load_paths([folder], strict=False)
    claims = files[0].claims
    results = run_rules(rule_context(files))
    texts, phrases = EXPECTED[code]
    assert [r[0] for r in results] == [code]
    [(_code, claim_ids, message)] = results
    named = []
    for claim_id in claim_ids:
        claim = claims.claim(claim_id)
        assert claim is not None, claim_id
        named.append(claim.text)
    assert tuple(named) == texts
    for phrase in phrases:
        assert phrase in message, (phrase, message)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_passing_fixture_triggers_nothing(code: str) -> None:
    assert findings_by_code(_folder(code, passing=True)) == []


@pytest.mark.parametrize("family", ["provenance", "time", "quantities", "entities"])
def test_a_family_folder_checked_at_once_gives_each_code_once(family: str) -> None:
    expected = sorted(code for code, (fam, _name, _builder) in GENERATOR.FIXTURES.items() if fam == family)
    results = findings_by_code(FIXTURES / family)
    assert sorted(r[0] for r in results) == expected
    assert findings_by_code(FIXTURES / "passing" / family) == []


def test_integrity_problems_stop_a_strict_load_and_reach_the_rules_when_lenient() -> None:
    for code in ("FC101", "FC102"):
        path = _folder(code, passing=False) / "claims.yaml"
        with pytest.raises(ClaimsFileError):
            load_file(path)
        context = rule_context([load_file(path, strict=False)])
        assert len(context.integrity) == 1
        kind = context.integrity[0][0]
        assert kind == ("span" if code == "FC101" else "document-hash")


def test_settings_change_the_outcome_where_documented() -> None:
    # Reading bare numbers as lower bounds does not silence FC305 (it explains both readings)
    # but the configured reading is named in the message.
    [result] = findings_by_code(_folder("FC305", passing=False), bare_reading="at_least")
    assert result[0] == "FC305" and "configured reading is at_least" in result[2]
    # With a window of ten days, next June 10 (14 days on) is no longer close at hand.
    assert findings_by_code(_folder("FC205", passing=False), options={"inferred_year_window_days": 10}) == []
