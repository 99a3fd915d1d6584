"""Claim files round-trip losslessly: load/dump/load is equal, dump/load/dump is byte-identical."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import ClaimSet, Document, ExtractionMethod, Provenance, Quantity, QuantityClaim, Term
from factcheck.cli.schema_cmd import claim_file_schema
from factcheck.files import dump, dumps
from factcheck.files.load import find_claim_files, load_file

ROOT = Path(__file__).resolve().parent.parent
CLAIM_FILES = find_claim_files([ROOT / "claims"])


def test_shipped_files_are_canonical() -> None:
    assert CLAIM_FILES, "claims/ holds no claim files"
    for path in CLAIM_FILES:
        loaded = load_file(path)
        fmt = "json" if path.suffix == ".json" else "yaml"
        assert dumps(loaded.claims, fmt) == path.read_text(encoding="utf-8"), path


def test_shipped_files_satisfy_the_exported_schema() -> None:
    schema = claim_file_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in CLAIM_FILES:
        data = json.loads(dumps(load_file(path).claims, "json"))
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, (path, errors[:3])


def test_yaml_and_json_round_trip(tmp_path: Path) -> None:
    original = factcheck.load(ROOT / "claims" / "founding" / "claims.yaml")
    for name in ("copy.yaml", "copy.json"):
        target = tmp_path / name
        dump(original, target)
        assert (tmp_path / "article.txt").read_bytes() == (ROOT / "claims/founding/article.txt").read_bytes()
        again = factcheck.load(target)
        assert again == original.sorted()
        assert dumps(again, "json" if name.endswith("json") else "yaml") == target.read_text(encoding="utf-8")


def test_equality_is_not_disturbed_by_cached_lookups() -> None:
    first = factcheck.load(ROOT / "claims" / "founding" / "claims.yaml")
    second = factcheck.load(ROOT / "claims" / "founding" / "claims.yaml")
    first.claim("nothing")  # fills the lookup caches of one side only
    assert first == second


@st.composite
def quantity_sets(draw: st.DrawFn) -> ClaimSet:
    text = draw(st.text(min_size=1, max_size=60))
    document = Document.from_text(text, id="doc")
    method = ExtractionMethod(extractor="manual", rule="property", version="0")
    claims = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        span = document.span(start, end)
        low = draw(st.integers(-1000, 1000))
        high = draw(st.integers(low, 2000) | st.just(10**9))
        closed = draw(st.booleans()) if low != high else True
        interval = factcheck.Interval(low, high, low_closed=closed, high_closed=True)
        counted = draw(st.text(min_size=1, max_size=12))
        claims.append(
            QuantityClaim(
                text=span.text,
                provenance=Provenance(document="doc", spans=(span,), method=method),
                value=Quantity(interval=interval, number_text=str(low)),
                counted=Term(text=counted, normalised=counted.lower() or counted),
                note=draw(st.none() | st.text(max_size=20)),
            )
        )
    return ClaimSet(documents=(document,), claims=tuple(claims))


@given(quantity_sets(), st.sampled_from(["yaml", "json"]))
def test_round_trip_property(claim_set: ClaimSet, fmt: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"set.{fmt}"
        first = dumps(claim_set, fmt)  # type: ignore[arg-type]
        path.write_text(first, encoding="utf-8")
        loaded = factcheck.load(path)
        assert loaded == claim_set.sorted()
        assert dumps(loaded, fmt) == first  # type: ignore[arg-type]


def test_written_files_get_the_mode_of_a_plain_write(tmp_path: Path) -> None:
    import os
    import stat

    from factcheck.files.dump import write_atomic

    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "report.html"
        write_atomic(fresh, "<p>x</p>")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not the 0600 of a temporary file
        kept = tmp_path / "kept.txt"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        write_atomic(kept, "new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text(encoding="utf-8") == "new"
    finally:
        os.umask(umask)
