"""html: one self-contained page (no network) that shows each ad with its problems
highlighted in place, the findings with their reasons, and per-ad gauges.

`render_file` is also what the local page (`adlint serve`) shows after each edit.
"""

from __future__ import annotations

import html
from importlib.resources import files

from . import display_path

ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}
LABELS = {"error": "error", "warning": "warning", "info": "note"}
RANK = {"info": 1, "warning": 2, "error": 3}
ELEMENT_LABELS = {"application_process": "how to apply"}


def asset(name: str) -> str:
    return files("adlint").joinpath("web", name).read_text(encoding="utf-8")


def page(title: str, body: str, script: str = "") -> str:
    return ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n<style>\n{asset('style.css')}</style>\n</head>\n"
            f"<body>\n{body}\n" + (f"<script>\n{script}</script>\n" if script else "")
            + "</body>\n</html>\n")


def _rationale(registry, finding) -> str:
    """The why of the rule that made the finding (grammar/<LanguageTool id> findings
    come from the grammar rule)."""
    rule = registry.rules.get(finding.base_rule or finding.rule) if registry else None
    return rule.rationale if rule else ""


def highlight(text: str, findings, fid) -> str:
    """The source with each finding's characters in a <mark> (severity class, number)."""
    spans = [(f.start, f.end, i, f) for i, f in enumerate(findings)
             if f.start is not None and f.end is not None and f.end > f.start]
    if not spans:
        return html.escape(text)
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        cover = [(i, f) for s, e, i, f in spans if s <= a and b <= e]
        if not cover:
            out.append(piece)
            continue
        sev = max((f.severity for _, f in cover), key=lambda s: RANK.get(s, 0))
        first = [i for s, e, i, f in spans if s == a and (i, f) in cover]
        tip = html.escape(" · ".join(f"{f.rule}: {f.message}" for _, f in cover), quote=True)
        ids = " ".join(f"{fid}-{i + 1}" for i, _ in cover)
        anchor = f' id="{fid}-m{first[0] + 1}"' if first else ""
        num = "".join(f"<sup>{i + 1}</sup>" for i in first) if b in [e for _, e, _, _ in spans] else ""
        label = html.escape(f"{LABELS[sev]}: " + "; ".join(f.message for _, f in cover), quote=True)
        out.append(f'<mark class="sev-{sev}"{anchor} data-findings="{ids}" title="{tip}" '
                   f'aria-label="{label}">{piece}{num}</mark>')
    return "".join(out)


def _gauges(result) -> str:
    m = result.metrics or {}
    parts = []
    grade = m.get("grade")
    if grade is not None:
        ease = m.get("flesch_reading_ease")
        parts.append(
            f'<div class="gauge" data-gauge="grade"><h3>Reading grade</h3>'
            f'<div class="value">{grade:g}</div>'
            f'<meter min="0" max="20" low="9" high="12" optimum="6" value="{min(max(grade, 0), 20)}" '
            f'aria-label="reading grade {grade:g} of 20"></meter>'
            f'<div class="hint">aim for 10 or below; reading ease {ease:g}</div></div>')
    words = m.get("words")
    if words is not None:
        band = "too short" if words < 150 else "too long" if words > 1000 else "in range"
        parts.append(f'<div class="gauge" data-gauge="length"><h3>Length</h3>'
                     f'<div class="value">{words:,} words</div>'
                     f'<div class="hint">{band} (150–1,000)</div></div>')
    gender = m.get("gender_coding")
    if gender:
        words_list = sorted(set(gender.get("masculine", [])))[:8]
        fem = sorted(set(gender.get("feminine", [])))[:8]
        parts.append(f'<div class="gauge" data-gauge="gender"><h3>Gender coding</h3>'
                     f'<div class="value">{html.escape(gender.get("verdict", "?"))}</div>'
                     f'<div class="hint">masculine: {html.escape(", ".join(words_list) or "none")}'
                     f'<br>feminine: {html.escape(", ".join(fem) or "none")}</div></div>')
    elements = m.get("elements")
    if elements and all(v is None for v in elements.values()):
        parts.append('<div class="gauge" data-gauge="elements"><h3>What the ad tells</h3>'
                     '<div class="value">not judged</div><div class="hint">element detection is '
                     'for English ads</div></div>')
    elif elements:
        chips = "".join(
            f'<li class="{"yes" if ok else "no"}">{"✓" if ok else "✗"} '
            f'{html.escape(ELEMENT_LABELS.get(k, k.replace("_", " ")))}'
            f'<span class="sr-only">{" present" if ok else " missing"}</span></li>'
            for k, ok in elements.items())
        have = sum(elements.values())
        parts.append(f'<div class="gauge" data-gauge="elements"><h3>What the ad tells</h3>'
                     f'<div class="value">{have} of {len(elements)}</div><ul class="chips">{chips}</ul></div>')
    laws = m.get("jurisdictions")
    pay = [f for f in result.findings if f.rule.startswith("pay-transparency/")]
    if laws:
        names = ", ".join(j["code"] for j in laws)
        status = (f"{len(pay)} gap{'s' if len(pay) != 1 else ''}" if pay else "✓ no gaps found")
        parts.append(f'<div class="gauge" data-gauge="pay"><h3>Pay transparency</h3>'
                     f'<div class="value">{html.escape(status)}</div>'
                     f'<div class="hint">laws: {html.escape(names)} (not legal advice)</div></div>')
    else:
        parts.append('<div class="gauge" data-gauge="pay"><h3>Pay transparency</h3>'
                     '<div class="value">not checked</div><div class="hint">set jurisdictions '
                     '(e.g. US-CO, EU, or auto)</div></div>')
    return '<div class="gauges">' + "".join(parts) + "</div>"


def _finding_item(f, i: int, fid: str, registry, interactive: bool) -> str:
    where = (f'<a href="#{fid}-m{i}">line {f.line}, column {f.column}</a>'
             if f.start is not None else "whole ad")
    why = _rationale(registry, f)
    sugg = (f'<p class="suggest">Try: {html.escape(" | ".join(f.suggestions[:3]))}</p>'
            if f.suggestions else "")
    fix = (f'<button type="button" class="fix" data-fix="{i - 1}">Apply fix: '
           f'{html.escape(f.fix[0].replacement or "remove")}</button>'
           if interactive and f.fix else "")
    return (f'<li id="{fid}-{i}" class="sev-{f.severity}"><span class="badge sev-{f.severity}">'
            f'{ICONS[f.severity]} {LABELS[f.severity]}</span> <sup>{i}</sup> '
            f'<span class="rule">{html.escape(f.rule)}</span> · {where}'
            f'<div>{html.escape(f.message)}</div>'
            + (f'<p class="why">Why: {html.escape(why)}</p>' if why else "") + sugg + fix + "</li>")


def render_file(result, registry, fid: str = "f1", interactive: bool = False,
                title: str | None = None) -> str:
    name = html.escape(title or display_path(result.path))
    if result.error:
        return (f'<section class="file" id="{fid}"><h2>{name}</h2>'
                f'<p class="error-box" role="alert">Not linted: {html.escape(result.error)}</p></section>')
    if result.source is not None:
        text = result.source.text
    elif result.document is not None:
        text = result.document.source
    else:
        text = ""
    items = "".join(_finding_item(f, i, fid, registry, interactive)
                    for i, f in enumerate(result.findings, 1))
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in result.notes + result.notices)
    count = len(result.findings)
    return (f'<section class="file" id="{fid}" aria-labelledby="{fid}-h">'
            f'<h2 id="{fid}-h">{name} — {count} problem{"s" if count != 1 else ""}</h2>'
            + _gauges(result)
            + (f'<ul class="why">{notes}</ul>' if notes else "")
            + f'<div class="body"><div><h3 class="sr-only">The ad</h3>'
            f'<pre class="source" tabindex="0">{highlight(text, result.findings, fid)}</pre></div>'
            f'<div><h3 class="sr-only">Problems</h3><ol class="findings">{items}</ol></div></div></section>')


_SORT_JS = """
document.querySelectorAll('table.index th button').forEach(function (btn) {
  btn.addEventListener('click', function () {
    var th = btn.closest('th'), table = th.closest('table'), col = th.cellIndex;
    var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
      return c * dir;
    });
    rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
  });
});
"""


def _index(results) -> str:
    rows = []
    for n, r in enumerate(results, 1):
        sev = {s: sum(f.severity == s for f in r.findings) for s in ("error", "warning", "info")}
        grade = (r.metrics or {}).get("grade")
        words = (r.metrics or {}).get("words", 0)
        path = display_path(r.path)
        rows.append((len(r.findings), f'<tr><td data-v="{html.escape(path)}"><a href="#f{n}">'
                     f'{html.escape(path)}</a></td><td class="num" data-v="{len(r.findings)}">'
                     f'{len(r.findings) if not r.error else "not linted"}</td>'
                     f'<td class="num" data-v="{sev["error"]}">{sev["error"]}</td>'
                     f'<td class="num" data-v="{sev["warning"]}">{sev["warning"]}</td>'
                     f'<td class="num" data-v="{grade if grade is not None else -1}">'
                     f'{grade if grade is not None else "–"}</td>'
                     f'<td class="num" data-v="{words or 0}">{words or 0:,}</td></tr>'))
    rows.sort(key=lambda r: -r[0])
    heads = [("File", ""), ("Problems", "num"), ("Errors", "num"), ("Warnings", "num"),
             ("Grade", "num"), ("Words", "num")]
    sort = ' aria-sort="descending"'
    th = "".join(f'<th class="{c}" scope="col"{sort if h == "Problems" else ""}>'
                 f'<button type="button">{h}</button></th>' for h, c in heads)
    return (f'<table class="index"><caption class="sr-only">Ads by number of problems; '
            f'select a column to sort</caption><thead><tr>{th}</tr></thead><tbody>'
            + "".join(r for _, r in rows) + "</tbody></table>")


def render(results, registry, **_) -> str:
    n = len(results)
    total = sum(len(r.findings) for r in results)
    body = [f'<header class="top"><h1>adlint report: {total} problem{"s" if total != 1 else ""} '
            f'in {n} file{"s" if n != 1 else ""}</h1></header><main>']
    if n > 1:
        body.append(_index(results))
    for i, r in enumerate(results, 1):
        body.append(render_file(r, registry, fid=f"f{i}"))
    body.append("</main>")
    return page("adlint report", "".join(body), _SORT_JS)