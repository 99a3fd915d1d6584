"""Escaping and link checks shared by the writers.

Everything from input is text, never markup: HTML escapes ``<>&"'``, Markdown also
escapes its own punctuation, and a URL becomes a link only when it is ``http`` or
``https`` and holds no whitespace or control characters (so ``javascript:`` and
``data:`` URLs stay inert text).
"""

from __future__ import annotations

import html
import re

__all__ = ["escape_html", "escape_markdown", "safe_url", "script_json"]

_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"'<>`\\]+", re.IGNORECASE)
# Inline Markdown syntax; block syntax (#, >, -, 1.) only acts at a line start, which input
# never reaches because line breaks are flattened and every line starts with the writer's text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def safe_url(url: str | None) -> str | None:
    """``url`` when it may be a live link (absolute http or https), else None."""
    if url is None or len(url) > 2048:
        return None
    return url if _SAFE_URL.fullmatch(url) else None


def escape_html(text: str) -> str:
    """``text`` escaped for HTML element content and quoted attribute values."""
    return html.escape(text, quote=True)


def escape_markdown(text: str) -> str:
    """``text`` escaped for Markdown: ``<>&`` as entities, inline Markdown punctuation with backslashes.

    Line breaks become spaces, so input cannot start a heading, list or table row.
    """
    flat = " ".join(text.split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def script_json(text: str) -> str:
    """JSON text made safe inside an HTML ``<script>`` element: no ``<``, ``>``, ``&`` or line separators."""
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
