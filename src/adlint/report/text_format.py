"""path:line:col: severity rule-id message, then a summary (like ruff and flake8)."""

from __future__ import annotations

from collections import Counter

from ..analysis.elements import ELEMENTS
from ..finding import SEVERITY_RANK
from . import display_path

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


_GROUPS = (("elements", "missing"), ("length", "length"), ("gender-coded", "gender coding"),
           ("pay-transparency", "pay transparency"), ("other", "also"))
_LENGTH = {"structure/too-short", "structure/too-long", "structure/wall-of-text", "readability/grade",
           "readability/ease"}


def _group(rule: str) -> str:
    if rule in _LENGTH:
        return "length"
    pack = rule.split("/", 1)[0]
    return pack if pack in ("elements", "gender-coded", "pay-transparency") else "other"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _summary_lines(r, registry, paint) -> list[str]:
    """The whole-ad findings of one file as an editor's summary: a line per group."""
    doc_level = [f for f in r.findings if f.start is None]
    score = (r.metrics or {}).get("score")
    if not doc_level and not (score and score["value"] < 100):
        return []
    groups: dict[str, list] = {}
    for f in doc_level:
        groups.setdefault(_group(f.rule), []).append(f)
    out = []
    if score:
        head = f"score {score['value']}/100"
        if score["raise"]:
            head += "; to raise it: " + ", ".join(f"{e['change']} (+{e['points']})" for e in score["raise"])
        out.append(head)
    m = r.metrics or {}
    for key, label in _GROUPS:
        fs = groups.get(key)
        if not fs:
            continue
        sev = max(fs, key=lambda f: SEVERITY_RANK[f.severity]).severity
        if key == "elements":  # most important first, each severity once
            order = {f"elements/missing-{e.replace('_', '-')}": i for i, e in enumerate(ELEMENTS)}
            parts = []
            for level in ("error", "warning", "info"):
                names = [f.rule.split("/", 1)[1].removeprefix("missing-").replace("-", " ")
                         for f in sorted(fs, key=lambda f: order.get(f.rule, 99)) if f.severity == level]
                if names:
                    parts.append(f"{', '.join(names)} [{paint(_COLORS[level], level)}]")
            out.append(f"{label}: " + " · ".join(parts))
            continue
        elif key == "length":
            parts = []
            rules = {f.rule for f in fs}
            if m.get("words") is not None:
                size = (", too short" if "structure/too-short" in rules
                        else ", too long" if "structure/too-long" in rules else "")
                parts.append(_plural(m["words"], "word") + size)
            if "structure/wall-of-text" in rules:
                parts.append("no headings or lists")
            if "readability/grade" in rules and m.get("grade") is not None:
                parts.append(f"reading grade {m['grade']:.1f} (aim for 10 or below)")
            if "readability/ease" in rules and m.get("flesch_reading_ease") is not None:
                parts.append(f"reading ease {m['flesch_reading_ease']:.1f} (Kandel & Moles), "
                             f"{m['avg_sentence_length']:.1f} words a sentence")
            what = " · ".join(parts)
        elif key == "gender-coded":
            coded = (m.get("gender_coding") or {}).get("masculine", [])
            what = f"leans masculine-coded ({_plural(len(set(coded)), 'masculine-coded word')})"
        else:
            what = "; ".join(f.message.split(": ")[0].rstrip(".") + f" ({f.rule})" for f in fs)
        out.append(f"{label}: {what} [{paint(_COLORS.get(sev, ''), sev)}]")
    return out


def render(results, registry, color: bool = False, statistics: bool = False,
           quiet: bool = False, verbose: bool = False, **_) -> str:
    def paint(code, s):
        return f"{code}{s}{_RESET}" if color else s

    lines = []
    counts: Counter = Counter()
    fixable = 0
    files_with = 0
    for r in results:
        if r.error:
            continue
        if r.findings:
            files_with += 1
        for f in r.findings:
            counts[f.severity] += 1
            fixable += bool(f.fix)
        shown = r.findings if verbose or quiet else [f for f in r.findings if f.start is not None]
        for f in shown:
            mark = " [*]" if f.fix else ""
            lines.append(
                f"{paint(_BOLD, display_path(r.path))}:{f.line}:{f.column}: "
                f"{paint(_COLORS.get(f.severity, ''), f.severity)} "
                f"{paint(_BOLD, f.rule)} {f.message}{mark}")
            if f.suggestions and not quiet:
                lines.append(paint(_DIM, f"    suggestion: {' | '.join(f.suggestions[:3])}"))
        if not (verbose or quiet):
            summary = _summary_lines(r, registry, paint)
            if summary:
                lines.append(f"{paint(_BOLD, display_path(r.path))}: {summary[0]}")
                lines += [f"    {line}" for line in summary[1:]]
    for r in results:
        if r.error:
            lines.append(f"{paint(_BOLD, display_path(r.path))}: {paint(_COLORS['error'], 'error')}"
                         f" {r.error}")
        elif r.notes and not quiet:
            lines += [f"{paint(_BOLD, display_path(r.path))}: {paint(_DIM, 'note')} {n}"
                      for n in r.notes]
    if statistics:  # only the counts table (and errors), like ruff --statistics
        by_rule = Counter((f.rule, f.severity) for r in results for f in r.findings)
        lines = [f"{n:5d}  {rule:<36} {sev}"
                 for (rule, sev), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0]))]
        lines += [f"{display_path(r.path)}: error {r.error}" for r in results if r.error]
        return "\n".join(lines) + ("\n" if lines else "")
    total = sum(counts.values())
    if quiet:
        return "\n".join(lines) + ("\n" if lines else "")
    if total:
        parts = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
                          for s in ("error", "warning", "info") if counts[s])
        linted = sum(1 for r in results if not r.error)
        summary = f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {files_with} of {linted} file{'s' if linted != 1 else ''}."
        if fixable:
            summary += f"\n[*] {fixable} fixable with --fix."
        lines.append(summary)
    elif not any(r.error for r in results):
        lines.append("All checks passed.")
    return "\n".join(lines) + "\n"
