"""Hostile input stays text: no markup, no event handler, no live javascript: link, in any format."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims import EventClaim
from factcheck.claimset import ClaimSet
from factcheck.document import Document, Origin
from factcheck.entities import Entity, EntityKind, EntityRef
from factcheck.findings import Finding, Severity
from factcheck.provenance import AttributionLink, ExtractionMethod, Provenance
from factcheck.report import build_report, render_report
from factcheck.report.html_assets import SCRIPT
from factcheck.report.safety import escape_html, escape_markdown, safe_url
from factcheck.verdicts import Evidence, EvidenceRelation, Verdict, VerdictLabel, Verdicts

PAYLOADS = (
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    "</textarea><textarea>",
    '"><svg onload="window.__xss = 3">',
    "' onmouseover='window.__xss = 4",
    "</script><script>window.__xss = 5</script>",
    "[click](javascript:window.__xss=6)",
    '<a href="javascript:window.__xss=7">x</a>',
)
HOSTILE_TEXT = "Title <b>bold</b>\n\n" + "\n".join(f"Line {i}: {p}" for i, p in enumerate(PAYLOADS)) + "\n"


def hostile_report_input() -> tuple[ClaimSet, list[Finding], Verdicts]:
    document = Document.from_text(
        HOSTILE_TEXT,
        id="hostile",
        title='<script>window.__xss = 8</script>" onload="x',
        publisher="outlet:evil",
        url="javascript:window.__xss=9",
    ).model_copy(update={"derived_from": Origin(name="<iframe src=javascript:alert(1)>")})
    method = ExtractionMethod(extractor="<script>x</script>", rule="r<i>", version="1")
    claims = []
    for payload in PAYLOADS:
        start = HOSTILE_TEXT.index(payload)
        span = document.span(start, start + len(payload))
        link = AttributionLink(agent=EntityRef(text=f"<u>{payload}</u>", entity="outlet:evil"), cue=payload)
        claims.append(
            EventClaim(
                text=span.text,
                provenance=Provenance(document="hostile", spans=(span,), chain=(link,), method=method),
                predicate=payload,
                note=payload,
            )
        )
    entities = (Entity(id="outlet:evil", kind=EntityKind.MEDIA_OUTLET, name="<script>window.__xss = 10</script>"),)
    claim_set = ClaimSet(documents=(document,), entities=entities, claims=tuple(claims))
    findings = [
        Finding(
            code="FC101",
            name="hostile-finding",
            severity=Severity.ERROR,
            message=payload,
            claim_ids=(claims[i].id,),
            spans=(claims[i].span,),
            path=f"<script>{i}.yaml",
            line=1,
            column=1,
            url="javascript:window.__xss=11",
        )
        for i, payload in enumerate(PAYLOADS)
    ]
    verdicts = Verdicts(
        verdicts=(
            Verdict(
                claim_id=claims[0].id,
                label=VerdictLabel.CONTRADICTED,
                rule="<rule>",
                explanation=PAYLOADS[1],
                reading=PAYLOADS[2],
                evidence=(
                    Evidence(
                        claim_id="q-000000000009",
                        document="evil-source",
                        publisher=PAYLOADS[3],
                        url="javascript:window.__xss=12",
                        relation=EvidenceRelation.CONTRADICTS,
                        score=50,
                        spans=(claims[1].span,),
                        explanation=PAYLOADS[0],
                        origin=PAYLOADS[4],
                    ),
                    Evidence(
                        claim_id="q-000000000010",
                        document="evil-source",
                        publisher="Data",
                        url="data:text/html,<script>alert(1)</script>",
                        relation=EvidenceRelation.RELATED,
                        score=10,
                    ),
                ),
            ),
        )
    )
    return claim_set, findings, verdicts


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def _html() -> str:
    claims, findings, verdicts = hostile_report_input()
    return render_report(build_report(claims, findings, verdicts, checked=True), "html")


def test_html_has_no_markup_from_input() -> None:
    parser = _Collector()
    parser.feed(_html())
    names = [tag for tag, _ in parser.tags]
    assert names.count("script") == 1 and parser.scripts == [SCRIPT]
    assert not {"textarea", "img", "svg", "iframe", "b", "u", "i"} & set(names)
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert value is not None and value.startswith("https://"), (tag, name, value)
    # The hostile strings are all there, as text.
    text = "".join(parser.text)
    for payload in PAYLOADS:
        assert payload in text


def test_html_links_only_http_urls() -> None:
    parser = _Collector()
    parser.feed(_html())
    # Not a single link in this report: every URL in the input is hostile.
    assert [tag for tag, attrs in parser.tags if any(name == "href" for name, _ in attrs)] == []


def test_html_has_a_strict_content_security_policy() -> None:
    parser = _Collector()
    parser.feed(_html())
    policies = [
        dict(attrs).get("content") or ""
        for tag, attrs in parser.tags
        if tag == "meta" and dict(attrs).get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(policies) == 1
    policy = policies[0]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "unsafe-inline" not in policy


def test_markdown_has_no_raw_html_or_live_links() -> None:
    claims, findings, verdicts = hostile_report_input()
    text = render_report(build_report(claims, findings, verdicts, checked=True), "md")
    assert "<" not in text and ">" not in text.replace("\n    > ", "\n")  # only the writer's own quote markers
    # A link needs an unescaped "](": every "]" from input is escaped, so none forms.
    assert re.search(r"(?<!\\)\]\((javascript|data):", text) is None
    assert "[click\\](javascript:window.\\_\\_xss=6)" in text  # the link syntax is escaped, shown as text


@pytest.mark.parametrize("fmt", ["json", "claimreview", "prov"])
def test_machine_formats_keep_the_strings_as_data(fmt: str) -> None:
    claims, findings, verdicts = hostile_report_input()
    text = render_report(build_report(claims, findings, verdicts, checked=True), fmt)
    data = json.loads(text)
    assert PAYLOADS[0] in json.dumps(data, ensure_ascii=False)
    if fmt == "claimreview":
        assert "<" not in text  # safe to paste into <script type="application/ld+json">


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
        ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("javascript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,x", None),
        ('https://a.example/"onmouseover=x', None),
        ("https://a.example/ b", None),
        ("//evil.example/x", None),
        ("https://a.example/\x00", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_safe_url_and_markdown_escaping_are_linear_on_long_input() -> None:
    # A long near-miss must not make the URL pattern backtrack.
    long = "https://" + "a" * 100_000 + " "
    assert safe_url(long) is None
    assert safe_url("https://" + "a" * 1000 + "\x00" * 1000) is None
    assert escape_markdown("*" * 50_000).count("\\*") == 50_000


@given(st.text())
def test_escaped_html_parses_back_to_the_same_text_and_no_tag(text: str) -> None:
    parser = _Collector()
    parser.feed(f'<p title="{escape_html(text)}">{escape_html(text)}</p>')
    parser.close()
    assert [tag for tag, _ in parser.tags] == ["p"]
    assert parser.tags[0][1] == [("title", text)]
    assert "".join(parser.text) == text


@given(st.text(alphabet=st.sampled_from("ab<>&[]()`*_|~#\\!\n x:")))
def test_escaped_markdown_has_no_raw_html_or_unescaped_syntax(text: str) -> None:
    out = escape_markdown(text)
    assert "<" not in out and ">" not in out and "\n" not in out
    # Every special character is preceded by an odd number of backslashes (escaped, not an escaped backslash).
    for index, char in enumerate(out):
        if char in "[]`*_|~#":
            run = len(out[:index]) - len(out[:index].rstrip("\\"))
            assert run % 2 == 1, (out, index)
