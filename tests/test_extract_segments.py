"""Segmentation: title, tag lines, body, 'Read also', promotion, syndication, byline."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from factcheck.document import Document, Segment, SegmentLabel
from factcheck.extraction.segments import _PROMOTION, _may_promote, segment_text

ARTICLE = (
    "Ministers agree grain corridor deal\n"
    "\n"
    "Economy\n"
    "By Anna Berg\n"
    "\n"
    "The ministers agreed on Tuesday to reopen the corridor.\n"
    "\n"
    "Read more: Why the corridor closed in July\n"
    "\n"
    "Shipping is expected to resume next month.\n"
    "\n"
    "Subscribe to our newsletter for daily briefings.\n"
    "\n"
    "This article was originally published by Harbour Times.\n"
)


def _labels(text: str) -> list[tuple[str, str]]:
    seg = segment_text(text)
    return [(s.label.value, text[s.start : s.end]) for s in seg.segments]


def test_each_kind_of_line_gets_its_label() -> None:
    assert _labels(ARTICLE) == [
        ("title", "Ministers agree grain corridor deal"),
        ("tagline", "Economy"),
        ("byline", "By Anna Berg"),
        ("paragraph", "The ministers agreed on Tuesday to reopen the corridor."),
        ("read_also", "Read more: Why the corridor closed in July"),
        ("paragraph", "Shipping is expected to resume next month."),
        ("promotion", "Subscribe to our newsletter for daily briefings."),
        ("syndication", "This article was originally published by Harbour Times."),
    ]


def test_syndication_note_names_the_original() -> None:
    seg = segment_text("Body text here.\n\nRead the original article on The Morning Ledger")
    assert seg.derived_from is not None
    assert seg.derived_from.name == "The Morning Ledger"
    assert segment_text(ARTICLE).derived_from is not None
    assert segment_text(ARTICLE).derived_from.name == "Harbour Times"  # type: ignore[union-attr]


def test_text_without_a_note_has_no_origin() -> None:
    assert segment_text("Just one paragraph.").derived_from is None


def test_a_single_line_is_body_not_title() -> None:
    assert _labels("Over 300 drones were launched") == [("paragraph", "Over 300 drones were launched")]


def test_short_line_after_the_body_is_not_a_tagline() -> None:
    assert _labels("Title line\n\nFirst paragraph.\n\nShort line")[-1] == ("paragraph", "Short line")


def test_body_mentioning_donations_is_still_body() -> None:
    text = "Title\n\nThe charity said donations fell by a third in 2023."
    assert _labels(text)[-1][0] == "paragraph"


def test_body_returns_only_paragraphs() -> None:
    seg = segment_text(ARTICLE)
    assert [s.label for s in seg.body()] == [SegmentLabel.PARAGRAPH, SegmentLabel.PARAGRAPH]


def test_document_from_text_segments_and_names_the_origin() -> None:
    document = Document.from_text(ARTICLE, published=date(2024, 5, 1))
    assert document.id.startswith("doc-") and len(document.id) == 16
    assert document.title == "Ministers agree grain corridor deal"
    assert document.derived_from is not None and document.derived_from.name == "Harbour Times"
    assert len(document.segments) == 8
    assert document.hash_matches


def test_document_from_text_keeps_a_given_title_and_can_skip_segmenting() -> None:
    document = Document.from_text(ARTICLE, id="x", title="Given", segment=False)
    assert document.title == "Given"
    assert document.segments == ()
    assert document.derived_from is None


@given(st.text(max_size=300))
def test_segments_are_ordered_trimmed_and_in_range(text: str) -> None:
    previous = 0
    for segment in segment_text(text).segments:
        assert previous <= segment.start < segment.end <= len(text)
        assert not text[segment.start].isspace() and not text[segment.end - 1].isspace()
        assert "\n" not in text[segment.start : segment.end]
        previous = segment.end


def test_promotion_lines_in_any_case_are_found() -> None:
    # Matching ignores case; the quick word check before the regex must too, including the
    # letters that fold onto "i", "k" and "s" (dotted and dotless i, Kelvin sign, long s).
    for line in ("SUPPORT US today!", "Please \u017fupport us", "JO\u0130N OUR NEWSLETTER", "Jo\u0131n our channel"):
        labels = [s.label for s in segment_text(f"First paragraph of the story.\n{line}").segments]
        assert labels == [SegmentLabel.PARAGRAPH, SegmentLabel.PROMOTION], line


_PROMO_PIECES = st.sampled_from(
    ["support", "SUPPORT", "\u017fupport", "us", "become", "a", "Patron", "donate", "now", "make", "donation",
     "monthly", "one-time", "sign", "up", "for", "our", "follow", "on", "jo\u0130n", "newsletter", "download",
     "app", "subscribe", "to", "the", "war", "\u212a", "\u2019", ",", "-"]
)  # fmt: skip


@given(st.lists(_PROMO_PIECES, max_size=12).map(" ".join))
def test_the_quick_word_check_never_hides_a_promotion(line: str) -> None:
    if _PROMOTION.search(line):
        assert _may_promote(line)


def test_segments_equal_the_validated_ones() -> None:
    # Segments are built from trimmed, non-empty lines without validating them again.
    for segment in segment_text(ARTICLE).segments:
        again = Segment(label=segment.label, start=segment.start, end=segment.end)
        assert again == segment and hash(again) == hash(segment)
        assert again.model_fields_set == segment.model_fields_set
