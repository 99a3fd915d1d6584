"""The JSON report: :class:`~factcheck.report.model.ReportData` as documented in ``docs/report.schema.json``."""

from __future__ import annotations

import json

from factcheck.report.model import ReportData

__all__ = ["render_json", "report_schema"]


def render_json(data: ReportData) -> str:
    """The report as JSON: keys in model order, two-space indent, a final newline."""
    return json.dumps(data.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def report_schema() -> str:
    """The JSON Schema of the JSON report (the text of ``docs/report.schema.json``)."""
    schema = ReportData.model_json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factcheck.invalid/schemas/report-1.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
