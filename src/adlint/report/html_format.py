"""html: self-contained pages (no network) that read like an editor's notes: each ad
with its problems marked in the text, a score with the changes that raise it most,
honest gauges and the findings grouped by what they are about.

One page for a few ads; for a large folder (more than `SPLIT_OVER` ads, with
`--output`), an index page plus one page per ad in a folder named after it.

`panel` and `rendered` are also what the local page (`adlint serve`) shows.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from importlib.resources import files
from urllib.parse import quote

from . import display_path

ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}
LABELS = {"error": "error", "warning": "warning", "info": "note"}
RANK = {"info": 1, "warning": 2, "error": 3}
ELEMENT_LABELS = {"application_process": "how to apply"}

#: Where each finding is listed: a heading, and the rule ids or packs under it. An exact
#: rule id wins over its pack (elements/missing-pay is about pay, the other elements/*
#: about structure); rules of packs not named here go under OTHER.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Pay and benefits": ("pay-transparency", "elements/missing-pay", "elements/missing-benefits",
                         "tone/vague-pay", "benefits"),
    "Clarity": ("readability", "jargon", "buzzwords"),
    "Inclusive language": ("inclusive", "gender-coded"),
    "Tone": ("tone", "hoops"),
    "Structure": ("structure", "elements", "page", "titles", "credentials"),
}
OTHER = "Grammar and other"

#: More ads than this, with --output: an index page plus one page per ad.
SPLIT_OVER = 200

#: Reading gauge: grade and longest-sentence limits (readability/grade, long-sentence).
GOOD_GRADE, HARD_GRADE = 10, 12
#: French ads: reading ease (Kandel & Moles; readability/ease in rules/readability.fr.yaml)
GOOD_EASE, HARD_EASE = 50, 40
LONG_SENTENCE, VERY_LONG_SENTENCE = 30, 40

_esc = html.escape


def category(rule: str) -> str:
    for name, keys in CATEGORIES.items():
        if rule in keys:
            return name
    pack = rule.split("/", 1)[0]
    for name, keys in CATEGORIES.items():
        if pack in keys:
            return name
    return OTHER


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 word', '2 words', '1,204 words'."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def fmt_grade(g) -> str:
    return f"{g:.1f}"


def asset(name: str) -> str:
    return files("adlint").joinpath("web", name).read_text(encoding="utf-8")


def page(title: str, body: str, script: str = "") -> str:
    return ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"adlint\">\n"
            f"<title>{_esc(title)}</title>\n<style>\n{asset('style.css')}</style>\n</head>\n"
            f"<body>\n{body}\n" + (f"<script>\n{script}</script>\n" if script else "")
            + "</body>\n</html>\n")


def _rationale(registry, finding) -> str:
    """The why of the rule that made the finding (grammar/<LanguageTool id> findings
    come from the grammar rule)."""
    rule = registry.rules.get(finding.base_rule or finding.rule) if registry else None
    return rule.rationale if rule else ""


def _identity(i: int) -> int:
    return i


# -- marks in the text --------------------------------------------------------------------

def _spans(findings):
    return [(f.start, f.end, i, f) for i, f in enumerate(findings)
            if f.start is not None and f.end is not None and f.end > f.start]


def numbering(findings) -> dict[int, int]:
    """Footnote numbers of the in-text findings, in reading order: {finding index: n}."""
    spans = sorted(_spans(findings), key=lambda s: (s[0], s[1], s[2]))
    return {i: n for n, (_, _, i, _) in enumerate(spans, 1)}


def _word_end(text: str, p: int) -> int:
    """A footnote never splits a word: after a mark that ends inside one, move it to
    the word's end."""
    while 0 < p < len(text) and text[p].isalnum() and text[p - 1].isalnum():
        p += 1
    return p


def _footnote(nums, fid: str) -> str:
    """A superscript joined to what it follows (U+2060 WORD JOINER: no line break, no
    space); several notes at one place are one superscript with commas, so 1 and 2
    never read as 12."""
    links = ",".join(f'<a href="#{fid}-n{n}">{n}</a>' for n in sorted(nums))
    return f'\u2060<sup class="fn">{links}</sup>'


def _mark(cover, findings, extra: str = "") -> str:
    sev = max((findings[i].severity for i in cover), key=lambda s: RANK.get(s, 0))
    tip = _esc(" · ".join(f"{LABELS[findings[i].severity]}: {findings[i].message}" for i in cover),
               quote=True)
    ids = " ".join(str(i) for i in cover)
    return f'<mark class="sev-{sev}" data-f="{ids}" title="{tip}"{extra}>'


def highlight(text: str, findings, fid: str = "f1", numbers: dict[int, int] | None = None,
              notes: bool = True) -> str:
    """The source, escaped, with each finding's characters in a <mark> (severity class,
    data-f = the findings' indices) and, given `numbers`, an anchor (#fid-mN) where each
    starts and (unless not `notes`) a footnote after each."""
    spans = _spans(findings)
    if not spans:
        return _esc(text)
    after: dict[int, list[int]] = {}
    starts: dict[int, list[int]] = {}
    if numbers:
        for s, e, i, _ in spans:
            if notes:
                after.setdefault(_word_end(text, e), []).append(numbers[i])
            starts.setdefault(s, []).append(numbers[i])
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans], *after,
                   *starts})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(f'<span class="anchor" id="{fid}-m{n}"></span>' for n in sorted(starts.get(a, ())))
        piece = _esc(text[a:b])
        cover = [i for s, e, i, _ in spans if s <= a and b <= e]
        out.append(f"{_mark(cover, findings)}{piece}</mark>" if cover else piece)
        if b in after:
            out.append(_footnote(after[b], fid))
    return "".join(out)


def rendered(doc, findings, fid: str = "f1", numbers: dict[int, int] | None = None,
             shown: set | None = None) -> str:
    """An HTML ad as a reader sees it: its prose blocks as text (never its markup, so
    nothing in it runs or loads), with the same marks and footnotes. `shown` collects
    the findings that have a mark in it (not those in <title>, attributes…)."""
    spans = _spans(findings)
    out = []
    in_list = False
    for block in doc.blocks:
        text = block.text
        n = len(text)
        if not n:
            continue
        src_a = [block.source_start(k) for k in range(n)]
        src_b = [block.source_end(k + 1) for k in range(n)]
        lo, hi = src_a[0], src_b[-1]
        here = [(s, e, i) for s, e, i, _ in spans if s < hi and e > lo]
        covers = [tuple(i for s, e, i in here if s < src_b[k] and e > src_a[k]) for k in range(n)]
        if shown is not None:
            shown.update(i for c in covers for i in c)
        notes: dict[int, list[int]] = {}
        starts: dict[int, list[int]] = {}
        if numbers:
            for s, e, i in here:
                ks = [k for k in range(n) if i in covers[k]]
                if not ks:
                    continue
                if e <= hi:
                    notes.setdefault(_word_end(text, ks[-1] + 1), []).append(numbers[i])
                if s >= lo:
                    starts.setdefault(ks[0], []).append(numbers[i])
        parts = []
        k = 0
        while k < n:
            j = k + 1
            while j < n and covers[j] == covers[k] and j not in notes and j not in starts:
                j += 1
            parts.extend(f'<span class="anchor" id="{fid}-m{m}"></span>' for m in sorted(starts.get(k, ())))
            piece = _esc(text[k:j].replace("\ufffc", "…"))
            parts.append(f"{_mark(covers[k], findings)}{piece}</mark>" if covers[k] else piece)
            if j in notes:
                parts.append(_footnote(notes[j], fid))
            k = j
        body = "".join(parts)
        if block.kind == "list_item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{body}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind == "heading":
            out.append(f'<p class="rt-h rt-h{min(max(block.level, 1), 4)}">{body}</p>')
        elif block.kind == "quote":
            out.append(f"<blockquote>{body}</blockquote>")
        else:
            out.append(f'<p class="rt-{block.kind.replace("_", "-")}">{body}</p>')
    if in_list:
        out.append("</ul>")
    return "".join(out) or '<p class="rt-empty">The page has no text.</p>'


# -- the panel: score, gauges, findings by category -----------------------------------------

def score_box(metrics) -> str:
    """The 0-100 score and the three changes that raise it most; nothing when the ad
    was not scored."""
    s = (metrics or {}).get("score")
    if not isinstance(s, dict) or s.get("value") is None:
        return ""
    v = max(0, min(100, int(round(s["value"]))))
    st, word = (("ok", "strong") if v >= 80 else ("warn", "fair") if v >= 50 else ("bad", "weak"))
    top = sorted(s.get("raise") or [], key=lambda e: -(e.get("points") or 0))[:3]
    items = "".join(f'<li>{_esc(str(e.get("change", "")))}: <strong>+{int(round(e.get("points") or 0))}'
                    f'</strong></li>' for e in top)
    return (f'<div class="score st-{st}" data-score="{v}">'
            f'<div class="score-top"><span class="score-label">Score</span> '
            f'<span class="score-value">{v}</span><span class="score-of"> / 100</span> '
            f'<span class="score-word">{word}</span></div>'
            f'<div class="bar" aria-hidden="true"><span style="width:{v}%"></span></div>'
            + (f'<p class="raise-h">What raises it most</p><ol class="raise">{items}</ol>' if items else "")
            + "</div>")


def document(result):
    """The parsed ad: the result's own, or parsed again from its source (the engine
    drops documents once linted, to keep memory flat over many files)."""
    if result.document is not None:
        return result.document
    if result.source is None or result.error or not result.format:
        return None
    from ..parse import parse

    try:
        return parse(result.path, result.source.text, result.format)
    except Exception:  # noqa: BLE001 - the report shows the source instead
        return None


def longest_sentences(result, n: int = 3, doc=None) -> list[tuple[int, str, int | None, int | None]]:
    """The n longest sentences: (words, text, source start, source end)."""
    out = []
    doc = doc or document(result)
    if doc is not None:
        from ..analysis.sentences import sentences

        for s in sentences(doc):
            a, b = s.block.span(s.start, s.end)
            out.append((s.words, s.text, a, b))
    else:  # no source to parse: the long sentences the rule reported
        from ..analysis.words import count

        out = [(count(f.text), f.text, f.start, f.end) for f in result.findings
               if f.rule == "readability/long-sentence" and f.text]
    out.sort(key=lambda x: (-x[0], x[2] or 0))
    return out[:n]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.replace("\ufffc", "…").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _gauge(key: str, title: str, st: str, value: str, status: str = "", rest: str = "") -> str:
    return (f'<div class="gauge st-{st}" data-gauge="{key}"><h3>{title}</h3>'
            f'<div class="value">{value}</div>'
            + (f'<div class="status">{status}</div>' if status else "") + rest + "</div>")


def gauges(result, interactive: bool = False, offset=_identity, doc=None) -> str:
    m = result.metrics or {}
    parts = []
    grade = m.get("grade")
    ease = m.get("flesch_reading_ease") if grade is None else None  # French: Kandel & Moles
    longest = longest_sentences(result, doc=doc)
    if grade is not None or ease is not None or longest:
        top = longest[0][0] if longest else 0
        g = grade if grade is not None else 0
        if ease is not None:  # 0-100, higher is easier: shown on the grade bar's scale
            g = max(0.0, (100 - ease) / 5)
            hard, good = ease < HARD_EASE, ease < GOOD_EASE
        else:
            hard, good = g > HARD_GRADE, g > GOOD_GRADE
        if hard or top > VERY_LONG_SENTENCE:
            st, status = "bad", "hard to read"
        elif good or top > LONG_SENTENCE:
            st, status = "warn", "harder than it needs to be"
        else:
            st, status = "ok", "easy to read"
        if top > LONG_SENTENCE:
            status += f": a {top:,}-word sentence"
        avg = m.get("avg_sentence_length")
        aim = (f"a reading ease of {GOOD_EASE} or more" if ease is not None
               else f"grade {GOOD_GRADE} or below")
        hint = (f'<div class="hint">aim for {aim} and sentences under '
                f'{LONG_SENTENCE} words' + (f"; {avg:.1f} words a sentence on average" if avg else "")
                + "</div>")
        rows = []
        for words, text, a, b in longest:
            label = f'<span class="n">{plural(words, "word")}</span> <q>{_esc(_short(text, 60))}</q>'
            if interactive and a is not None:
                rows.append(f'<li><button type="button" class="goto-range" data-start="{offset(a)}" '
                            f'data-end="{offset(b)}">{label}</button></li>')
            else:
                rows.append(f"<li>{label}</li>")
        listing = (f'<p class="sub">Longest sentences</p><ol class="longest">{"".join(rows)}</ol>'
                   if rows else "")
        width = min(max(g, 0), 20) * 5
        bar = f'<div class="bar" aria-hidden="true"><span style="width:{width:.0f}%"></span></div>'
        value = (f"grade {fmt_grade(grade)}" if grade is not None
                 else f"ease {ease:.0f} (Kandel and Moles)" if ease is not None else "not measured")
        parts.append(_gauge("grade", "Reading", st, value, status, bar + hint + listing))
    words = m.get("words")
    if words is not None:
        if words < 150:
            st, band = "warn", "short: aim for 150–1,000 words"
        elif words > 1000:
            st, band = "warn", "long: aim for 150–1,000 words"
        else:
            st, band = "ok", "a good length (150–1,000 words)"
        parts.append(_gauge("length", "Length", st, plural(words, "word"), band))
    gender = m.get("gender_coding")
    coded = [f for f in result.findings if f.rule == "gender-coded/masculine-coded"]
    if coded:
        masc = sorted(set((gender or {}).get("masculine", [])))
        hint = (f'<div class="hint">{plural(len(masc), "masculine-coded word")}: '
                f'{_esc(", ".join(masc[:8]))}{"…" if len(masc) > 8 else ""}</div>' if masc else "")
        parts.append(_gauge("gender", "Gender coding", "warn", "masculine-coded",
                            "may put some women off applying", hint))
    elif gender:
        parts.append(_gauge("gender", "Gender coding", "ok", "no strong gender coding"))
    elements = m.get("elements")
    if elements and all(v is None for v in elements.values()):
        parts.append(_gauge("elements", "What the ad tells", "none", "not judged",
                            "element detection is for English ads"))
    elif elements:
        def chip(k, ok):
            name = _esc(ELEMENT_LABELS.get(k, k.replace("_", " ")))
            return (f'<li class="{"yes" if ok else "no"}"><span aria-hidden="true">{"✓" if ok else "✗"}'
                    f'</span> {name}<span class="sr-only">{" present" if ok else " missing"}</span></li>')
        missing = [k for k, ok in elements.items() if not ok]
        chips = "".join(chip(k, False) for k in missing) + "".join(
            chip(k, True) for k, ok in elements.items() if ok)
        have = len(elements) - len(missing)
        st = "ok" if not missing else "warn" if len(missing) <= 3 else "bad"
        status = "all there" if not missing else f"{plural(len(missing), 'thing')} missing"
        parts.append(_gauge("elements", "What the ad tells", st, f"{have} of {len(elements)}", status,
                            f'<ul class="chips">{chips}</ul>'))
    laws = m.get("jurisdictions")
    pay = [f for f in result.findings if f.rule.startswith("pay-transparency/")]
    if laws:
        names = ", ".join(j["code"] for j in laws)
        parts.append(_gauge("pay", "Pay transparency", "bad" if pay else "ok",
                            plural(len(pay), "gap") if pay else "✓ no gaps found",
                            f"laws: {_esc(names)} (not legal advice)"))
    else:
        parts.append(_gauge("pay", "Pay transparency", "none", "not checked",
                            "set pay laws (e.g. US-CO, EU, or auto)"))
    return '<div class="gauges">' + "".join(parts) + "</div>"


def _fix_label(f) -> str:
    rep = f.fix[0].replacement
    return f"Replace with “{_esc(rep)}”" if rep else "Remove it"


def _finding_item(f, i: int, fid: str, registry, interactive: bool, numbers, offset,
                  in_markup=frozenset()) -> str:
    num = numbers.get(i) if numbers else None
    sev = f.severity
    badge = (f'<span class="badge sev-{sev}"><span aria-hidden="true">{ICONS[sev]}</span> '
             f'{LABELS[sev]}</span>')
    fn = f'<span class="fnum"><span class="sr-only">note </span>{num}</span>' if num else ""
    quoted = " ".join(f.text.split())
    quote_ = (f' <q class="quote">{_esc(_short(f.text, 60))}</q>'
              if f.start is not None and quoted and quoted not in f.message else "")
    inner = f'<span class="line1">{badge}{fn}{quote_}</span> <span class="msg">{_esc(f.message)}</span>'
    if f.start is None:
        where = "whole ad"
    elif interactive:
        where = f"line {f.line:,}"
    else:
        where = (f'<a href="#{fid}-src-m{num}">line {f.line:,}, column {f.column:,} of the markup</a>'
                 if i in in_markup else
                 f'<a href="#{fid}-m{num}">line {f.line:,}, column {f.column:,}</a>')
    if interactive and f.start is not None:
        head = (f'<button type="button" class="goto" data-i="{i}" data-start="{offset(f.start)}" '
                f'data-end="{offset(f.end)}">{inner}</button>')
    else:
        head = f'<div class="head">{inner}</div>'
    sugg = (f'<p class="suggest">Try: {_esc(" | ".join(f.suggestions[:3]))}</p>'
            if f.suggestions else "")
    fix = (f'<button type="button" class="fix" data-fix="{i}">{_fix_label(f)}</button>'
           if interactive and f.fix else "")
    why = _rationale(registry, f)
    why = f'<details class="why"><summary>Why</summary><p>{_esc(why)}</p></details>' if why else ""
    ident = f"{fid}-n{num}" if num else f"{fid}-w{i + 1}"
    return (f'<li id="{ident}" class="finding sev-{sev}" data-i="{i}" data-rule="{_esc(f.rule)}">'
            f'{head}{sugg}{fix}<div class="foot-row"><span class="meta"><span class="rule">'
            f'{_esc(f.rule)}</span> · {where}</span>{why}</div></li>')


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def grouped(result, registry, fid: str = "f1", interactive: bool = False, numbers=None,
            offset=_identity, level: int = 3, in_markup=frozenset()) -> str:
    """The findings under the CATEGORIES headings: in-text ones first, in reading
    order, then the whole-ad ones, most severe first."""
    findings = result.findings
    groups: dict[str, list[int]] = {name: [] for name in [*CATEGORIES, OTHER]}
    for i, f in enumerate(findings):
        groups[category(f.rule)].append(i)

    def key(i):
        f = findings[i]
        if f.start is not None:
            return (0, f.start, f.end or 0, 0, "")
        return (1, 0, 0, -RANK.get(f.severity, 0), f.rule)

    out = []
    for name, idx in groups.items():
        if not idx:
            continue
        idx.sort(key=key)
        items = "".join(_finding_item(findings[i], i, fid, registry, interactive, numbers, offset,
                                      in_markup) for i in idx)
        out.append(f'<section class="group" data-group="{_slug(name)}">'
                   f'<h{level} class="group-h">{_esc(name)} <span class="count">{len(idx):,}</span>'
                   f'</h{level}><ol class="findings">{items}</ol></section>')
    if not out:
        return '<p class="all-clear">✓ No problems found.</p>'
    return "".join(out)


def panel(result, registry, fid: str = "f1", interactive: bool = False, numbers=None,
          offset=_identity, level: int = 3, doc=None, in_markup=frozenset()) -> str:
    """Score, gauges, notes and the grouped findings of one ad."""
    notes = "".join(f"<li>{_esc(n)}</li>" for n in result.notes + result.notices)
    return (score_box(result.metrics) + gauges(result, interactive, offset, doc)
            + (f'<ul class="notes">{notes}</ul>' if notes else "")
            + grouped(result, registry, fid, interactive, numbers, offset, level, in_markup))


# -- the report ---------------------------------------------------------------------------

def _text_of(result) -> str:
    if result.source is not None:
        return result.source.text
    if result.document is not None:
        return result.document.source
    return ""


def render_file(result, registry, fid: str = "f1", title: str | None = None,
                back: str | None = None, level: int = 2) -> str:
    name = _esc(title or display_path(result.path))
    back_link = (f'<a class="back" href="{_esc(back, quote=True)}">↑ back to the index</a>'
                 if back else "")
    if result.error:
        return (f'<section class="file" id="{fid}"><div class="file-head"><h{level}>{name}</h{level}>'
                f'{back_link}</div><p class="error-box" role="alert">Not linted: '
                f'{_esc(result.error)}</p></section>')
    text = _text_of(result)
    numbers = numbering(result.findings)
    count = len(result.findings)
    score = (result.metrics or {}).get("score")
    facts = [plural(count, "problem")]
    if isinstance(score, dict) and score.get("value") is not None:
        facts.append(f"score {int(round(score['value']))} / 100")
    doc = document(result)
    in_markup: set = set()
    if result.format == "html" and doc is not None and doc.blocks:
        seen: set = set()
        page_text = rendered(doc, result.findings, fid, numbers, seen)
        in_markup = set(numbers) - seen  # in <title>, <meta>, attributes: linked to the markup
        shown = (f'<div class="rendered" tabindex="0">{page_text}</div><details class="markup"'
                 f'{" open" if in_markup else ""}><summary>The page’s markup</summary>'
                 f'<pre class="source">{highlight(text, result.findings, fid + "-src", numbers, notes=False)}'
                 f'</pre></details>')
    else:
        shown = f'<pre class="source" tabindex="0">{highlight(text, result.findings, fid, numbers)}</pre>'
    return (f'<section class="file" id="{fid}" aria-labelledby="{fid}-h">'
            f'<div class="file-head"><h{level} id="{fid}-h">{name}</h{level}>'
            f'<span class="facts">{" · ".join(facts)}</span>{back_link}</div>'
            f'<div class="body"><div class="text-col"><h{level + 1} class="sr-only">The ad</h{level + 1}>'
            f'{shown}</div><div class="panel-col">'
            f'{panel(result, registry, fid, numbers=numbers, level=level + 1, doc=doc, in_markup=in_markup)}'
            f'</div></div>'
            + (f'<p class="foot">{back_link}</p>' if back else "") + "</section>")


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


def _counts(r) -> dict[str, int]:
    return {s: sum(f.severity == s for f in r.findings) for s in ("error", "warning", "info")}


def _index(ordered, hrefs) -> str:
    scored = any(isinstance((r.metrics or {}).get("score"), dict) for r in ordered)
    heads = [("file", "Ad", "file")] + ([("score", "Score", "num")] if scored else []) + [
        ("problems", "Problems", "num"), ("errors", "Errors", "num"),
        ("warnings", "Warnings", "num"), ("grade", "Grade", "num"), ("words", "Words", "num")]
    rows = []
    for n, (r, href) in enumerate(zip(ordered, hrefs), 1):
        m = r.metrics or {}
        sev = _counts(r)
        grade = m.get("grade")
        words = m.get("words") or 0
        score = m.get("score") if isinstance(m.get("score"), dict) else None
        path = display_path(r.path)
        cells = {
            "file": (path, f'<a href="{_esc(href, quote=True)}">{_esc(path)}</a>'),
            "score": (score["value"] if score else -1, f'{score["value"]:,}' if score else "–"),
            "problems": (len(r.findings), "not linted" if r.error else f"{len(r.findings):,}"),
            "errors": (sev["error"], f'{sev["error"]:,}'),
            "warnings": (sev["warning"], f'{sev["warning"]:,}'),
            "grade": (grade if grade is not None else -1, fmt_grade(grade) if grade is not None else "–"),
            "words": (words, f"{words:,}"),
        }
        tds = "".join(f'<td class="{c}" data-label="{h}" data-v="{_esc(str(cells[k][0]), quote=True)}">'
                      f"{cells[k][1]}</td>" for k, h, c in heads)
        rows.append(f'<tr id="row-{n}">{tds}</tr>')
    sort = ' aria-sort="descending"'
    th = "".join(f'<th class="{c}" scope="col" data-col="{k}"{sort if k == "problems" else ""}>'
                 f'<button type="button">{h}</button></th>' for k, h, c in heads)
    return (f'<section class="index-box" id="index" aria-labelledby="index-h">'
            f'<h2 id="index-h">The ads <span class="count">{len(ordered):,}</span></h2>'
            f'<p class="sort-hint" aria-hidden="true">Sort by</p>'
            f'<div class="table-scroll"><table class="index"><caption class="sr-only">Ads by number '
            f'of problems; select a column to sort</caption><thead><tr>{th}</tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div></section>")


def _totals(results) -> str:
    count: Counter = Counter()
    ads: Counter = Counter()
    worst: dict[str, str] = {}
    for r in results:
        for f in r.findings:
            count[f.rule] += 1
            if RANK.get(f.severity, 0) > RANK.get(worst.get(f.rule, ""), 0):
                worst[f.rule] = f.severity
        for rule in {f.rule for f in r.findings}:
            ads[rule] += 1
    if not count:
        return ""
    by_cat: Counter = Counter()
    for rule, c in count.items():
        by_cat[category(rule)] += c
    cats = " · ".join(f"{_esc(name)} <strong>{by_cat[name]:,}</strong>"
                      for name in [*CATEGORIES, OTHER] if by_cat[name])
    rows = "".join(
        f'<tr><td><span class="badge sev-{worst[rule]}"><span aria-hidden="true">{ICONS[worst[rule]]}'
        f'</span><span class="sr-only">{LABELS[worst[rule]]}</span></span> '
        f'<span class="rule">{_esc(rule)}</span></td><td>{_esc(category(rule))}</td>'
        f'<td class="num">{c:,}</td><td class="num">{ads[rule]:,}</td></tr>'
        for rule, c in sorted(count.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f'<section class="totals-box" id="totals" aria-labelledby="totals-h">'
            f'<h2 id="totals-h">Problems by rule <span class="count">{len(count):,}</span></h2>'
            f'<p class="by-cat">{cats}</p><details><summary>Every rule, most frequent first</summary>'
            f'<div class="table-scroll"><table class="totals"><thead><tr><th scope="col">Rule</th>'
            f'<th scope="col">Area</th><th scope="col" class="num">Problems</th>'
            f'<th scope="col" class="num">Ads</th></tr></thead><tbody>{rows}</tbody></table></div>'
            f"</details></section>")


def _header(results) -> str:
    n = len(results)
    total = sum(len(r.findings) for r in results)
    return (f'<header class="top"><h1>adlint report: {plural(total, "problem")} '
            f'in {plural(n, "ad")}</h1></header>')


def _order(results):
    """Most problems first (the index's order, and the sections')."""
    return sorted(results, key=lambda r: (-len(r.findings), display_path(r.path)))


def render(results, registry, output: str | None = None, **_) -> str:
    ordered = _order(results)
    if output and output != "-" and len(results) > SPLIT_OVER:
        return _render_split(ordered, registry, output)
    body = [_header(results), "<main>"]
    if len(ordered) > 1:
        body.append(_index(ordered, [f"#f{n}" for n in range(1, len(ordered) + 1)]))
        body.append(_totals(ordered))
    for n, r in enumerate(ordered, 1):
        body.append(render_file(r, registry, fid=f"f{n}",
                                back=f"#row-{n}" if len(ordered) > 1 else None))
    body.append("</main>")
    return page("adlint report", "".join(body), _SORT_JS)


_PAGE_NAME = re.compile(r"^\d+-[a-z0-9-]*\.html$")


def _render_split(ordered, registry, output: str) -> str:
    """Write one page per ad into <output stem>/ and return the index page."""
    base = os.path.basename(output)
    stem = os.path.splitext(base)[0] or "report"
    folder = os.path.join(os.path.dirname(os.path.abspath(output)), stem)
    os.makedirs(folder, exist_ok=True)
    names = [f"{n}-{_slug(os.path.basename(display_path(r.path)))[:60].strip('-') or 'ad'}.html"
             for n, r in enumerate(ordered, 1)]
    index_href = quote(base)
    for n, (r, name) in enumerate(zip(ordered, names), 1):
        nav = [f'<a href="../{index_href}#row-{n}">↑ back to the index</a>']
        if n > 1:
            nav.append(f'<a href="{quote(names[n - 2])}" rel="prev">← previous ad</a>')
        if n < len(ordered):
            nav.append(f'<a href="{quote(names[n])}" rel="next">next ad →</a>')
        path = display_path(r.path)
        body = (f'<header class="top"><h1>adlint report: {_esc(path)}</h1>'
                f'<nav class="pager" aria-label="Ads">{" ".join(nav)}</nav></header><main>'
                + render_file(r, registry, fid="f1", back=f"../{index_href}#row-{n}")
                + "</main>")
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(page(f"adlint: {path}", body))
    keep = set(names)
    for old in os.listdir(folder):  # pages of an earlier, larger run
        if old not in keep and _PAGE_NAME.match(old):
            full = os.path.join(folder, old)
            try:
                with open(full, encoding="utf-8") as fh:
                    head = fh.read(600)
                if '<meta name="generator" content="adlint">' in head:
                    os.remove(full)
            except OSError:
                pass
    hrefs = [f"{quote(stem)}/{quote(name)}" for name in names]
    body = [_header(ordered), "<main>",
            f'<p class="split-note">One page per ad, in <code>{_esc(stem)}/</code>.</p>',
            _index(ordered, hrefs), _totals(ordered), "</main>"]
    return page("adlint report", "".join(body), _SORT_JS)
