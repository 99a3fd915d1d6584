"""``claims/sources/``: built by tests/sources_builder.py from the seed's quotes, verdict-free."""

from __future__ import annotations

from pathlib import Path

import pytest
from sources_builder import SOURCES, build

import factcheck.files as files
from factcheck.files.dump import dumps

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "claims" / "sources"
SEED = ROOT.parent / "shared" / "seed" / "sources.md"


def test_committed_files_are_what_the_builder_writes() -> None:
    built = build()
    on_disk = sorted(p.stem for p in SOURCES_DIR.glob("*.yaml"))
    assert on_disk == sorted(built)
    for stem, claim_set in built.items():
        assert (SOURCES_DIR / f"{stem}.yaml").read_text(encoding="utf-8") == dumps(claim_set), stem
        for document in claim_set.documents:
            assert (SOURCES_DIR / f"{stem}.txt").read_text(encoding="utf-8") == document.text


def test_one_document_per_source_with_publisher_url_and_date() -> None:
    loaded = files.load(SOURCES_DIR)
    assert len(loaded.documents) == len(SOURCES)
    for document in loaded.documents:
        assert document.publisher and document.url and document.url.startswith("http")
        assert document.published is not None
        assert loaded.claims_of(document.id), f"{document.id} has no claims"


@pytest.mark.skipif(not SEED.exists(), reason="the seed folder is not next to the repository")
def test_every_excerpt_is_quoted_exactly_from_the_seed() -> None:
    seed = SEED.read_text(encoding="utf-8")
    for source in SOURCES:
        for paragraph in source.paragraphs:
            assert paragraph in seed, (source.id, paragraph[:60])


def test_no_verdict_is_written_into_the_data() -> None:
    # The issue: "Working out the verdicts is the library's job; do not write the expected
    # verdicts into the data."
    for path in SOURCES_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for word in ("verdict", "supported", "contradicted", "superseded", "refined"):
            assert word not in text.casefold(), (path.name, word)


def test_the_syndicated_reuters_copy_names_its_origin() -> None:
    loaded = files.load(SOURCES_DIR / "middle-east-monitor-2024-04-15-centcom.yaml")
    [document] = loaded.documents
    assert document.derived_from is not None
    assert document.derived_from.name == "Reuters"
