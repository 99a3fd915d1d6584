"""The HTML page itself: self-contained, its CSP matches its blocks, readable contrast, several documents."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_report_cases import example_claims, example_findings, example_verdicts

from factcheck.claims import EventClaim
from factcheck.claimset import ClaimSet
from factcheck.document import Document
from factcheck.provenance import ExtractionMethod, Provenance
from factcheck.report import build_report, render_report
from factcheck.report.html_assets import SCRIPT, STYLE, csp_hash


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: str | None = None
        self.blocks: dict[str, list[str]] = {"style": [], "script": []}
        self.policy = ""
        self.attributes: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open = tag if tag in self.blocks else None
        if tag in self.blocks:
            self.blocks[tag].append("")
        for name, value in attrs:
            self.attributes.append((tag, name, value))
        if tag == "meta" and dict(attrs).get("http-equiv") == "Content-Security-Policy":
            self.policy = dict(attrs).get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        self.open = None

    def handle_data(self, data: str) -> None:
        if self.open:
            self.blocks[self.open][-1] += data


def _page() -> str:
    claims = example_claims()
    return render_report(build_report(claims, example_findings(claims), example_verdicts(claims)), "html")


def test_page_is_self_contained_and_its_policy_allows_exactly_its_blocks() -> None:
    parser = _Blocks()
    parser.feed(_page())
    assert parser.blocks == {"style": [STYLE], "script": [SCRIPT]}
    assert f"style-src {csp_hash(STYLE)}" in parser.policy and f"script-src {csp_hash(SCRIPT)}" in parser.policy
    # Nothing is loaded: no src, no stylesheet link, no CSS import or url(); style attributes would be blocked.
    assert [a for a in parser.attributes if a[1] in ("src", "style") or (a[0] == "link")] == []
    assert "@import" not in STYLE and "url(" not in STYLE
    # The only links are the evidence and rule pages (http/https), opened without referrer.
    links = [value for tag, name, value in parser.attributes if tag == "a" and name == "href"]
    assert links and all(value and value.startswith("https://") for value in links)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, two: str) -> float:
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _variables() -> dict[str, str]:
    return dict(re.findall(r"--([a-z]+): (#[0-9a-f]{6});", STYLE))


@pytest.mark.parametrize("kind", ["quantity", "event", "statement", "stance", "relation"])
def test_highlight_colours_keep_text_readable(kind: str) -> None:
    colours = _variables()
    # WCAG 2 AA for body text: 4.5:1.
    assert _contrast(colours["ink"], colours[kind]) >= 4.5


def test_badge_colours_keep_text_readable() -> None:
    pairs = re.findall(r"\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \}", STYLE)
    assert len(pairs) >= 7  # verdicts (4 rules) and severities (3)
    for background, text in pairs:
        assert _contrast(background, text) >= 4.5, (background, text)
    colours = _variables()
    assert _contrast(colours["muted"], colours["paper"]) >= 4.5
    assert _contrast(colours["focus"], colours["paper"]) >= 4.5


def test_a_report_of_two_documents_keeps_each_text_with_its_claims() -> None:
    example = example_claims()
    other = Document.from_text("A second article says nothing new.", id="aaa-second")
    span = other.span(2, 16)
    method = ExtractionMethod(extractor="manual", rule="hand-annotated", version="0.1.0")
    claim = EventClaim(
        text=span.text, provenance=Provenance(document=other.id, spans=(span,), method=method), predicate="say"
    )
    merged = ClaimSet.merge([example, ClaimSet(documents=(other,), claims=(claim,))])
    data = build_report(merged)
    # The document with more claims comes first (the article under study), whatever the ids.
    assert [d.id for d in data.documents] == ["example-2024-04-14", "aaa-second"]
    assert data.documents[1].claim_ids == (claim.id,)
    assert [(r.start, r.end, r.claim_ids) for r in data.documents[1].runs] == [
        (0, 2, ()),
        (2, 16, (claim.id,)),
        (16, 34, ()),
    ]
    # Claims follow their documents, then their position: the second article's claim last.
    assert data.claims[-1].id == claim.id
    page = render_report(data, "html")
    assert page.count('<article class="document"') == 2
    assert page.index('id="doc-example-2024-04-14"') < page.index('id="doc-aaa-second"')
