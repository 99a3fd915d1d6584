"""``render_report``: one entry point over the writers, chosen by format name."""

from __future__ import annotations

from typing import Literal, get_args

from factcheck.errors import ReportError
from factcheck.report.model import ReportData

__all__ = ["REPORT_FORMATS", "ReportFormat", "render_report"]

ReportFormat = Literal["html", "md", "json", "claimreview", "prov"]
REPORT_FORMATS: tuple[str, ...] = get_args(ReportFormat)


def render_report(
    data: ReportData,
    format: str = "html",
    *,
    review_url: str = "",
    author: str = "factcheck",
    date: str | None = None,
) -> str:
    """The report as text in ``format``.

    ``review_url``, ``author`` and ``date`` apply to ClaimReview only: the page the reviews
    are published on, who reviews, and the review date (omitted unless given).
    """
    if format == "html":
        from factcheck.report.html import render_html

        return render_html(data)
    if format == "md":
        from factcheck.report.markdown import render_markdown

        return render_markdown(data)
    if format == "json":
        from factcheck.report.json_format import render_json

        return render_json(data)
    if format == "claimreview":
        from factcheck.report.claimreview import render_claimreview

        return render_claimreview(data, review_url=review_url, author=author, date=date)
    if format == "prov":
        from factcheck.report.prov import render_prov

        return render_prov(data)
    raise ReportError(f"unknown report format {format!r}; expected one of {', '.join(REPORT_FORMATS)}")
