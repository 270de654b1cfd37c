"""Code actions: each fix as a quick fix, all fixes at once, and comments that
silence a rule for a line or for the file, written the way the format reads them
(an HTML comment in Markdown and HTML, a line of its own in plain text)."""

from __future__ import annotations

import re

from lsprotocol import types as lsp

from ..finding import Finding
from ..parse.common import FRONT_MATTER
from .convert import Lines

QUICKFIX = lsp.CodeActionKind.QuickFix
FIX_ALL = "source.fixAll.adlint"

_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>[ \t]*(?:\r\n|\r|\n)?", re.IGNORECASE)


def _file_directive(fmt: str) -> re.Pattern:
    if fmt == "text":
        return re.compile(r"^[ \t]*(?:#|//)?[ \t]*adlint-disable-file\b([^\r\n]*)(?=\r|\n|\Z)",
                          re.MULTILINE)
    return re.compile(r"<!--\s*adlint-disable-file\b(.*?)-->", re.DOTALL)


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _insert(lines: Lines, offset: int, text: str) -> lsp.TextEdit:
    pos = lines.position(offset)
    return lsp.TextEdit(lsp.Range(pos, pos), text)


def _add_to(match: re.Match, rule: str, lines: Lines) -> lsp.TextEdit:
    """Add a rule to an existing directive's list (after its last id)."""
    ids = match.group(1)
    at = match.start(1) + len(ids.rstrip())
    sep = ", " if "," in ids else " "
    return _insert(lines, at, (sep if ids.strip() else " ") + rule)


def disable_line(f: Finding, fmt: str, lines: Lines, shift: int) -> lsp.TextEdit | None:
    """An edit that silences f's rule on f's line, or None where no comment can go."""
    text = lines.text
    line = lines.position(f.start + shift).line
    start, end = lines.starts[line], lines.line_end(line)
    fm = FRONT_MATTER.match(text)
    if fm and start < fm.end():
        return None  # a comment would become part of a front-matter value
    if fmt == "text":
        if line > 0:  # an adlint-disable-next-line just above: add the rule to it
            above = text[lines.starts[line - 1]:lines.line_end(line - 1)]
            m = re.match(r"[ \t]*(?:#|//)?[ \t]*adlint-disable-next-line\b(.*)$", above)
            if m:
                return _add_to(_Shifted(m, lines.starts[line - 1]), f.rule, lines)
        indent = re.match(r"[ \t]*", text[start:end]).group()
        return _insert(lines, start, f"{indent}adlint-disable-next-line {f.rule}{_newline(text)}")
    m = re.search(r"<!--\s*adlint-disable-line\b(.*?)-->", text[start:end])
    if m:
        return _add_to(_Shifted(m, start), f.rule, lines)
    # before trailing spaces, so a Markdown hard line break stays one
    body = text[start:end].rstrip(" \t")
    return _insert(lines, start + len(body), f" <!-- adlint-disable-line {f.rule} -->")


def disable_file(f: Finding, fmt: str, lines: Lines) -> lsp.TextEdit:
    text = lines.text
    m = _file_directive(fmt).search(text)
    if m and m.group(1).strip():
        return _add_to(m, f.rule, lines)
    at = 0
    fm = FRONT_MATTER.match(text)
    if fm:
        at = fm.end()
    elif fmt == "html":
        dt = _DOCTYPE.match(text)
        at = dt.end() if dt else 0
    nl = _newline(text)
    lead = nl if at and text[at - 1] not in "\r\n" else ""
    comment = f"adlint-disable-file {f.rule}" if fmt == "text" else \
        f"<!-- adlint-disable-file {f.rule} -->"
    return _insert(lines, at, lead + comment + nl)


class _Shifted:
    """A match on a slice of the text, with group 1 at its offset in the whole text."""

    def __init__(self, m: re.Match, base: int):
        self._m, self._base = m, base

    def group(self, i):
        return self._m.group(i)

    def start(self, i):
        return self._m.start(i) + self._base


def _edit(uri: str, version: int | None, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
    return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
        lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version), edits)])


def fix_edits(findings: list[Finding], lines: Lines, shift: int) -> list[lsp.TextEdit]:
    """Every fix that does not overlap an earlier one, as apply_edits would apply them."""
    fixes = sorted((e for f in findings if f.fix for e in f.fix), key=lambda e: (e.start, e.end))
    out, last = [], 0
    for e in fixes:
        if e.start < last:
            continue
        out.append(lsp.TextEdit(lines.range(e.start + shift, e.end + shift), e.replacement))
        last = e.end
    return out


def _title(f: Finding, text: str, shift: int) -> str:
    if len(f.fix) == 1:
        e = f.fix[0]
        old = text[e.start + shift:e.end + shift]
        return f"Replace “{old}” with “{e.replacement}”" if e.replacement else f"Delete “{old}”"
    return f"Fix {f.rule}"


def _wanted(kind: str, only) -> bool:
    return not only or any(kind == k or kind.startswith(k + ".") for k in only)


def code_actions(uri: str, version: int | None, fmt: str, findings: list[Finding],
                 diagnostics: list[lsp.Diagnostic], lines: Lines, shift: int,
                 start: int, end: int, only=None) -> list[lsp.CodeAction]:
    """The actions for the findings that touch [start, end] (code-point offsets of the
    request's range): their fixes, disabling their rules, and fixing everything."""
    text = lines.text
    first_line_end = lines.line_end(0)
    here = [(f, d) for f, d in zip(findings, diagnostics)
            if (f.start is None and start <= first_line_end)
            or (f.start is not None and f.start + shift <= end and start <= f.end + shift)]
    actions: list[lsp.CodeAction] = []
    if _wanted(QUICKFIX, only):
        for f, d in here:
            if f.fix:
                actions.append(lsp.CodeAction(
                    title=_title(f, text, shift), kind=QUICKFIX, diagnostics=[d],
                    is_preferred=True, edit=_edit(uri, version, fix_edits([f], lines, shift))))
        fixable_here = any(f.fix for f, _ in here)
        all_fixes = fix_edits(findings, lines, shift)
        if fixable_here and len(all_fixes) > 1:
            actions.append(lsp.CodeAction(title=f"Fix all adlint problems ({len(all_fixes)})",
                                          kind=QUICKFIX, edit=_edit(uri, version, all_fixes)))
        seen = set()
        for f, d in here:
            if f.rule in seen:
                continue
            seen.add(f.rule)
            line_edit = None if f.start is None else disable_line(f, fmt, lines, shift)
            if line_edit:
                actions.append(lsp.CodeAction(title=f"Disable {f.rule} for this line",
                                              kind=QUICKFIX, diagnostics=[d],
                                              edit=_edit(uri, version, [line_edit])))
            actions.append(lsp.CodeAction(title=f"Disable {f.rule} for this file", kind=QUICKFIX,
                                          diagnostics=[d],
                                          edit=_edit(uri, version, [disable_file(f, fmt, lines)])))
    if only and _wanted(FIX_ALL, only):
        all_fixes = fix_edits(findings, lines, shift)
        if all_fixes:
            actions.append(lsp.CodeAction(title="Fix all adlint problems", kind=FIX_ALL,
                                          edit=_edit(uri, version, all_fixes)))
    return actions
