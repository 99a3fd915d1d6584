"""The public surface: __all__ is right, and importing factcheck stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parent.parent


def test_every_name_in_all_resolves() -> None:
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name


def test_all_is_sorted_and_unique() -> None:
    assert factcheck.__all__ == sorted(set(factcheck.__all__))


def test_unknown_attribute_raises() -> None:
    try:
        factcheck.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout))


def test_import_loads_no_heavy_dependency() -> None:
    loaded = _modules_after("import factcheck")
    assert not {"dateparser", "rapidfuzz", "click", "yaml", "pydantic"} & {m.split(".")[0] for m in loaded}


def test_loading_claims_does_not_import_dateparser() -> None:
    loaded = _modules_after(f"import factcheck; factcheck.load({str(ROOT / 'claims/founding/claims.yaml')!r})")
    assert "dateparser" not in {m.split(".")[0] for m in loaded}


def test_all_lists_exactly_the_lazy_exports() -> None:
    from factcheck import _EXPORTS

    assert set(factcheck.__all__) == {*_EXPORTS, "__version__"}


def test_extract_is_the_function_even_after_a_finder_module_is_imported() -> None:
    # The package is factcheck.extraction, so importing one of its modules never shadows
    # the top-level function factcheck.extract with a module.
    script = (
        "import factcheck.extraction.quantities, factcheck\n"
        "from datetime import date\n"
        "doc = factcheck.Document.from_text('T\\n\\nGermany sent 14 tanks.', id='d', published=date(2024, 5, 27))\n"
        "print([c.text for c in factcheck.extract(doc).claims])"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['14 tanks']"
