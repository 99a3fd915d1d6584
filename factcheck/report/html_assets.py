"""The stylesheet and script of the HTML report, inlined so the page works offline.

The page's Content-Security-Policy allows exactly these two blocks (by their SHA-256), so
even a string that escaped escaping could not run as a script or load anything remote.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["SCRIPT", "STYLE", "csp_hash"]


def csp_hash(text: str) -> str:
    """The CSP source expression ``'sha256-…'`` for an inline block's exact text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


STYLE = """
:root { --ink: #111827; --muted: #4b5563; --line: #d1d5db; --paper: #ffffff; --panel: #f9fafb;
  --focus: #1d4ed8; --quantity: #fde68a; --event: #bfdbfe; --statement: #ddd6fe; --stance: #fbcfe8;
  --relation: #bbf7d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: var(--paper); }
header, .filters, main, footer { padding: 0 1.5rem; }
header h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
header p { margin: 0 0 0.75rem; color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.summary > li { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; background: var(--panel); }
.summary h2 { font-size: 0.95rem; margin: 0 0 0.25rem; }
.summary ul { margin: 0; padding: 0; list-style: none; font-size: 0.9rem; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); padding-top: 0.5rem; padding-bottom: 0.5rem; background: var(--panel); }
.filters label { font-weight: 600; }
.filters select { font: inherit; margin-left: 0.25rem; }
.hint { color: var(--muted); font-size: 0.9rem; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 0.25rem; font-size: 0.85rem; background: #fff; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; margin-top: 1rem; }
.doc-meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
.doc-meta dt { font-weight: 600; display: inline; }
.doc-meta dd { display: inline; margin: 0 0.75rem 0 0.25rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem; line-height: 1.7; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
mark { color: var(--ink); border-radius: 2px; cursor: pointer; padding: 0.05em 0; }
mark.k-quantity { background: var(--quantity); } mark.k-event { background: var(--event); }
mark.k-statement { background: var(--statement); } mark.k-stance { background: var(--stance); }
mark.k-relation { background: var(--relation); }
mark.multi { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.selected { outline: 3px solid var(--focus); outline-offset: 1px; }
mark.dim { background: transparent; text-decoration: none; cursor: default; }
mark:focus-visible, button:focus-visible, a:focus-visible, select:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
.badge { display: inline-block; border-radius: 4px; padding: 0 0.4rem; font-size: 0.8rem; font-weight: 600;
  border: 1px solid rgba(0,0,0,0.25); color: var(--ink); white-space: nowrap; }
.badge.k-quantity { background: var(--quantity); } .badge.k-event { background: var(--event); }
.badge.k-statement { background: var(--statement); } .badge.k-stance { background: var(--stance); }
.badge.k-relation { background: var(--relation); }
.v-supported, .v-refined { background: #dcfce7; color: #14532d; }
.v-contradicted { background: #fee2e2; color: #7f1d1d; }
.v-superseded { background: #ffedd5; color: #7c2d12; }
.v-not_enough_info, .v-none { background: #f3f4f6; color: #374151; }
.s-error { background: #fee2e2; color: #7f1d1d; } .s-warning { background: #fef3c7; color: #78350f; }
.s-info { background: #e0f2fe; color: #0c4a6e; }
.m-modality { background: #fff; color: #374151; font-weight: 400; font-style: italic; }
.seg { color: #4b5563; font-style: italic; }
.seg-title { color: var(--ink); font-style: normal; font-weight: 700; }
button.ref { all: unset; cursor: pointer; text-decoration: underline; color: var(--focus); }
.claims h2, .inspector h2 { font-size: 1.1rem; }
.claim-list { list-style: none; margin: 0; padding: 0; }
.claim-list button { all: unset; display: block; width: 100%; padding: 0.4rem 0.5rem;
  border-bottom: 1px solid var(--line); cursor: pointer; }
.claim-list button[aria-selected="true"] { background: #e0e7ff; box-shadow: inset 4px 0 0 var(--focus); }
.claim-list button:focus-visible, button.ref:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
.claim-list .quote { display: block; }
.inspector { position: sticky; top: 0.5rem; align-self: start; max-height: calc(100vh - 1rem); overflow: auto;
  border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; background: var(--panel); }
.inspector .empty { color: var(--muted); }
.claim-detail h3 { font-size: 1.05rem; margin: 0.25rem 0 0.5rem; }
.claim-detail dl { margin: 0; }
.claim-detail dt { font-weight: 700; margin-top: 0.5rem; }
.claim-detail dd { margin: 0 0 0 0.75rem; }
.chain { font-size: 1.05rem; font-weight: 600; }
.chain-links, .evidence, .findings, .timeline { margin: 0.25rem 0; padding-left: 1.1rem; }
blockquote { margin: 0.25rem 0; padding: 0.25rem 0.5rem; border-left: 4px solid var(--line); background: #fff;
  font-family: Georgia, "Times New Roman", serif; }
.timeline { list-style: none; border-left: 3px solid var(--focus); padding-left: 0.75rem; }
.timeline li { margin-bottom: 0.4rem; }
.timeline time { font-weight: 700; }
.claim-detail h4 { font-size: 0.95rem; margin: 0.5rem 0 0.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
code { font-size: 0.9em; }
footer { color: var(--muted); font-size: 0.85rem; margin: 2rem 0 1rem; }
.all-findings { grid-column: 1 / -1; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } .inspector { position: static; max-height: none; } }
@media print {
  .filters, .hint, .claims { display: none; }
  main { display: block; }
  .inspector { position: static; max-height: none; overflow: visible; border: 0; padding: 0; background: none; }
  .inspector .empty { display: none; }
  .claim-detail, .claim-detail[hidden] { display: block !important; break-inside: avoid; border-top: 1px solid #999;
    padding-top: 0.5rem; margin-top: 0.5rem; }
  mark { outline: none !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; } a[href]::after { content: " <" attr(href) ">"; font-size: 0.8em; overflow-wrap: anywhere; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".claim-list button"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-claims]"));
  var empty = document.getElementById("inspector-empty");
  var shown = document.getElementById("shown-count");
  var current = null;
  function ids(mark) { return mark.getAttribute("data-claims").split(" "); }
  function visibleItems() { return items.filter(function (b) { return !b.parentNode.hidden; }); }
  function select(id, scroll) {
    current = id;
    items.forEach(function (b) {
      b.setAttribute("aria-selected", b.getAttribute("data-claim") === id ? "true" : "false");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".claim-detail"), function (d) {
      d.hidden = d.getAttribute("data-claim") !== id;
    });
    empty.hidden = id !== null;
    var first = null;
    marks.forEach(function (m) {
      var on = id !== null && ids(m).indexOf(id) >= 0;
      m.classList.toggle("selected", on);
      if (on && first === null) { first = m; }
    });
    if (scroll) {
      var item = items.filter(function (b) { return b.getAttribute("data-claim") === id; })[0];
      if (item) { item.scrollIntoView({block: "nearest"}); }
      if (first) { first.scrollIntoView({block: "nearest"}); }
    }
  }
  function step(delta) {
    var list = visibleItems();
    if (!list.length) { return; }
    var at = list.map(function (b) { return b.getAttribute("data-claim"); }).indexOf(current);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    select(list[next].getAttribute("data-claim"), true);
    list[next].focus();
  }
  function applyFilters() {
    var kind = document.getElementById("filter-kind").value;
    var verdict = document.getElementById("filter-verdict").value;
    var severity = document.getElementById("filter-severity").value;
    var visible = {};
    var count = 0;
    items.forEach(function (b) {
      var ok = (!kind || b.getAttribute("data-kind") === kind) &&
        (!verdict || b.getAttribute("data-verdict") === verdict) &&
        (!severity || (" " + b.getAttribute("data-severities") + " ").indexOf(" " + severity + " ") >= 0);
      b.parentNode.hidden = !ok;
      if (ok) { visible[b.getAttribute("data-claim")] = true; count += 1; }
    });
    marks.forEach(function (m) {
      m.classList.toggle("dim", !ids(m).some(function (id) { return visible[id]; }));
    });
    shown.textContent = String(count);
    if (current !== null && !visible[current]) { select(null, false); }
  }
  items.forEach(function (b) {
    b.addEventListener("click", function () { select(b.getAttribute("data-claim"), true); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.ref"), function (b) {
    b.addEventListener("click", function () { select(b.getAttribute("data-claim"), true); });
  });
  marks.forEach(function (m) {
    function pick() {
      if (m.classList.contains("dim")) { return; }
      var list = ids(m);
      var at = list.indexOf(current);
      select(list[(at + 1) % list.length], true);
    }
    m.addEventListener("click", pick);
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); }
    });
  });
  ["filter-kind", "filter-verdict", "filter-severity"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", applyFilters);
  });
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "SELECT" || tag === "INPUT" || tag === "TEXTAREA" || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); step(1); }
    else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); step(-1); }
    else if (e.key === "Escape") { select(null, false); }
  });
  applyFilters();
})();
"""
