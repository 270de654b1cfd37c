"""path:line:col: severity rule-id message, then a summary (like ruff and flake8)."""

from __future__ import annotations

from collections import Counter

from . import display_path

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(results, registry, color: bool = False, statistics: bool = False,
           quiet: bool = False, **_) -> str:
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
            mark = " [*]" if f.fix else ""
            fixable += bool(f.fix)
            lines.append(
                f"{paint(_BOLD, display_path(r.path))}:{f.line}:{f.column}: "
                f"{paint(_COLORS.get(f.severity, ''), f.severity)} "
                f"{paint(_BOLD, f.rule)} {f.message}{mark}")
            if f.suggestions and not quiet:
                lines.append(paint(_DIM, f"    suggestion: {' | '.join(f.suggestions[:3])}"))
    for r in results:
        if r.error:
            lines.append(f"{paint(_BOLD, display_path(r.path))}: {paint(_COLORS['error'], 'error')}"
                         f" {r.error}")
        elif r.notes and not quiet:
            lines += [f"{paint(_BOLD, display_path(r.path))}: {paint(_DIM, 'note')} {n}"
                      for n in r.notes]
    if statistics:
        by_rule = Counter((f.rule, f.severity) for r in results for f in r.findings)
        if lines:
            lines.append("")
        for (rule, sev), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0])):
            lines.append(f"{n:5d}  {rule:<36} {sev}")
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
