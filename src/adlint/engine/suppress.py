"""Inline suppression: adlint-disable / -enable / -disable-next-line / -disable-line /
-disable-file comments, applied after the rules, in one place."""

from __future__ import annotations

from ..document import Directive
from ..finding import Finding

UNUSED_RULE = "adlint/unused-disable"


def _names(rule_id: str, ids: tuple[str, ...]) -> bool:
    return not ids or rule_id in ids or rule_id.split("/")[0] in ids or "ALL" in ids


def _suppressing(f: Finding, directives: list[Directive]) -> Directive | None:
    """The directive that silences f, if any (ESLint semantics: the last
    disable/enable before the line wins; line and file directives always apply)."""
    active: Directive | None = None
    for d in directives:
        if not _names(f.rule, d.rules):
            if d.action == "enable" and not d.rules:
                active = None
            continue
        if d.action == "disable-file":
            return d
        if d.action == "disable-next-line" and f.line == d.end_line + 1 and not f.document_level:
            return d
        if d.action == "disable-line" and d.line <= f.line <= d.end_line and not f.document_level:
            return d
        if d.line < f.line or (d.line == f.line and d.end < (f.start or 0)):
            if d.action == "disable" and not f.document_level:
                active = d
            elif d.action == "enable":
                active = None
    return active


def apply(findings: list[Finding], directives: list[Directive],
          report_unused: bool = False) -> list[Finding]:
    if not directives:
        return findings
    kept = []
    used: set[int] = set()
    for f in findings:
        d = _suppressing(f, directives)
        if d is None:
            kept.append(f)
        else:
            used.add(id(d))
    if report_unused:
        for d in directives:
            if d.action != "enable" and id(d) not in used:
                what = " ".join(d.rules) if d.rules else "any rule"
                kept.append(Finding(
                    UNUSED_RULE, "warning",
                    f"unused adlint-{d.action} directive: no problem from {what} to suppress here",
                    d.start, d.end))
    return kept
