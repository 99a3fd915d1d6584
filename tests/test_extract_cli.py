"""``factcheck extract``: options, front matter, several inputs, exit codes, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main

ARTICLE = "Harbour reopens\n\nThe port authority said on Monday that 12 ships docked.\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_prints_a_claim_file_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "Harbour News.txt", ARTICLE)
    assert main(["extract", str(article), "--published", "2024-05-29"]) == 0
    out = capsys.readouterr().out
    saved = _write(tmp_path / "claims.yaml", out)
    claims = factcheck.load(saved)
    [document] = claims.documents
    assert document.id == "harbour-news"
    assert document.title == "Harbour reopens"
    assert [c.text for c in claims.by_kind("quantity")] == ["12 ships"]
    [statement] = claims.by_kind("statement")
    assert statement.time is not None and statement.time.start is not None
    assert statement.time.start.isoformat() == "2024-05-27"  # the Monday before the Wednesday


def test_json_output_to_a_file(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", ARTICLE)
    target = tmp_path / "out" / "a.json"
    assert main(["extract", str(article), "--published", "2024-05-29", "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] == "2024-05-29"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]  # no temporary file left


def test_metadata_options_reach_the_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", ARTICLE)
    args = ["--published", "2024-05-29", "--title", "T", "--publisher", "outlet:reuters", "--url", "https://x.test/a"]
    assert main(["extract", str(article), *args, "--id", "my-doc", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    document = data["documents"][0]
    assert (document["id"], document["title"], document["publisher"], document["url"]) == (
        "my-doc",
        "T",
        "outlet:reuters",
        "https://x.test/a",
    )
    chain = data["claims"][0]["provenance"]["chain"]
    assert chain[0]["agent"]["entity"] == "outlet:reuters"


def test_front_matter_supplies_the_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", "---\npublished: 2024-05-29\npublisher: outlet:bild\n---\n" + ARTICLE)
    assert main(["extract", str(article), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)["documents"][0]
    assert document["published"] == "2024-05-29"
    assert document["text"] == ARTICLE


def test_missing_date_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", ARTICLE)
    target = tmp_path / "out.yaml"
    assert main(["extract", str(article), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "no publication date" in err and "a.txt" in err
    assert not target.exists()


def test_bad_front_matter_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", "---\npublished: 2024-05-29\nauthor: me\n---\nText.")
    assert main(["extract", str(article)]) == 2
    assert "unknown front-matter field" in capsys.readouterr().err


def test_binary_input_exits_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path / "a.txt", ARTICLE)
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    target = tmp_path / "out.yaml"
    assert main(["extract", str(good), str(binary), "--published", "2024-05-29", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "b.txt" in err and "binary" in err and "Traceback" not in err
    assert not target.exists()


def test_invalid_utf8_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\nIt cost \xe9 5.\n")
    assert main(["extract", str(bad), "--published", "2024-05-29"]) == 2
    err = capsys.readouterr().err
    assert "bad.txt:3" in err and "UTF-8" in err


def test_a_folder_gives_one_document_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "one.txt", ARTICLE)
    _write(folder / "two.txt", "Title\n\nGermany sent 14 tanks.\n")
    _write(folder / "notes.md", "ignored")
    assert main(["extract", str(folder), "--published", "2024-05-29", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data["documents"]] == ["one", "two"]


def test_id_with_several_inputs_is_a_usage_error(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ARTICLE)
    b = _write(tmp_path / "b.txt", ARTICLE)
    assert main(["extract", str(a), str(b), "--published", "2024-05-29", "--id", "x"]) == 2


def test_missing_file_and_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt"), "--published", "2024-05-29"]) == 2
    assert "no such file" in capsys.readouterr().err
    article = _write(tmp_path / "a.txt", ARTICLE)
    assert main(["extract", str(article), "--published", "May 29"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_output_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", ARTICLE)
    main(["extract", str(article), "--published", "2024-05-29"])
    first = capsys.readouterr().out
    main(["extract", str(article), "--published", "2024-05-29"])
    assert capsys.readouterr().out == first


def test_warnings_go_to_stderr_and_do_not_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", "Title\n\nShares fell 20 percent on Black Monday, Reuters reported.\n")
    assert main(["extract", str(article), "--published", "2024-05-29"]) == 0
    captured = capsys.readouterr()
    assert "warning:" in captured.err and "'on Black Monday' could not be resolved" in captured.err
    assert "schema_version" in captured.out
