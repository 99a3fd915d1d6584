"""Rule selection as set algebra: select and extend-select choose, ignore removes, by prefix."""

from __future__ import annotations

from engine_support import make_registry
from hypothesis import given
from hypothesis import strategies as st

from factcheck.config import CheckConfig
from factcheck.engine import select_rules

REGISTRY = make_registry()
CODES = [info.code for info in REGISTRY]
SELECTORS = st.sampled_from(["FC", "FC0", "FC9", "FC90", *CODES, "large-figure", "event-only"])


def matches(selector: str, code: str) -> bool:
    return code.startswith(selector.upper()) or REGISTRY.get(code).name == selector


@given(
    select=st.none() | st.lists(SELECTORS, min_size=1, max_size=3),
    extend=st.lists(SELECTORS, max_size=2),
    ignore=st.lists(SELECTORS, max_size=2),
    preview=st.booleans(),
)
def test_selection_laws(select: list[str] | None, extend: list[str], ignore: list[str], preview: bool) -> None:
    config = CheckConfig(
        select=tuple(select) if select is not None else None,
        extend_select=tuple(extend),
        ignore=tuple(ignore),
        preview=preview,
    )
    chosen = [info.code for info in select_rules(REGISTRY, config)]
    assert chosen == sorted(set(chosen))
    wanted = [*(select if select is not None else ["FC"]), *extend]
    for code in chosen:
        assert any(matches(s, code) for s in wanted)  # nothing unasked
        assert code == "FC001" or not any(matches(s, code) for s in ignore)  # nothing ignored
        if REGISTRY.get(code).status == "preview" and not preview:
            assert code in wanted  # a preview rule only by its exact code
    for code in CODES:
        asked = any(matches(s, code) for s in wanted)
        ignored = code != "FC001" and any(matches(s, code) for s in ignore)
        stable_or_allowed = REGISTRY.get(code).status == "stable" or preview or code in wanted
        if asked and not ignored and stable_or_allowed:
            assert code in chosen  # nothing asked for is lost


@given(base=st.lists(SELECTORS, max_size=2), more=SELECTORS)
def test_ignoring_more_never_adds_rules(base: list[str], more: str) -> None:
    fewer = select_rules(REGISTRY, CheckConfig(ignore=(*base, more)))
    assert {i.code for i in fewer} <= {i.code for i in select_rules(REGISTRY, CheckConfig(ignore=tuple(base)))}
