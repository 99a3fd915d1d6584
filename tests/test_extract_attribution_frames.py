"""Attribution frames added for the open cue class: siblings, broad cue classes, adapters.

Sentences are written for these tests; each test names the phenomenon it checks.
"""

from __future__ import annotations

from test_extract_attribution import content_of, cue_of, run, source_of


def test_participle_sibling_ends_the_first_content() -> None:
    # ", insisting ..." shares the speaker and starts a new report: not inside the first one.
    text = "The mayor denied that the bridge was unsafe, insisting that engineers had checked it."
    denied, insisting = run(text)
    assert content_of(text, denied) == "that the bridge was unsafe"
    assert content_of(text, insisting) == "that engineers had checked it"
    assert insisting.parent is None
    assert source_of(text, insisting) == "The mayor"


def test_coordinated_sibling_ends_the_first_content() -> None:
    text = "Okafor announced that the port would reopen and promised to hire new pilots."
    announced, promised = run(text)
    assert cue_of(text, promised) == "promised"
    assert content_of(text, announced) == "that the port would reopen"
    assert promised.parent is None


def test_postposed_cue_encloses_the_earlier_report() -> None:
    # The later "officials said" reports the whole clause, the earlier cue included.
    text = "The council plans to close the library in June, officials said."
    plans, said = run(text)
    assert content_of(text, plans) == "to close the library in June"
    assert said.parent is None
    assert plans.parent == 1


def test_truly_nested_report_keeps_its_parent() -> None:
    text = "The Ledger reported that the minister said the mine would close."
    reported, said = run(text)
    assert said.parent == 0
    assert content_of(text, reported) == "that the minister said the mine would close"
