"""adlint findings to LSP diagnostics: source offsets (code points) to positions in
the encoding the client and server agreed on (UTF-16 code units unless the client
asked for UTF-8 or UTF-32), and back.

LSP lines end at "\\n", "\\r\\n" or "\\r" only (not at U+2028 or form feeds, which
str.splitlines would also split on)."""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from lsprotocol import types as lsp

from ..finding import Finding

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

SEVERITY = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
            "info": lsp.DiagnosticSeverity.Information}
SOURCE = "adlint"


def _units(s: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(s)
    if encoding == "utf-8":
        return len(s.encode("utf-8", "surrogatepass"))
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


class Lines:
    """Line starts of a text, to turn offsets into LSP positions and back."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.text = text
        self.encoding = str(getattr(encoding, "value", encoding) or "utf-16")
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_end(self, line: int) -> int:
        """Offset of the end of a 0-based line, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - (2 if self.text[end - 2:end] == "\r\n" else 1)
        return len(self.text)

    def position(self, offset: int) -> lsp.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        return lsp.Position(line, _units(self.text[self.starts[line]:offset], self.encoding))

    def offset(self, pos: lsp.Position) -> int:
        """The code-point offset of a position (clamped to its line, as LSP asks)."""
        if pos.line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[pos.line], self.line_end(pos.line)
        if self.encoding == "utf-32":
            return min(start + pos.character, end)
        seen = 0
        for i in range(start, end):
            if seen >= pos.character:
                return i
            seen += _units(self.text[i], self.encoding)
        return end

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(self.position(start), self.position(end))

    def first_line(self) -> lsp.Range:
        """Where document-level findings go: the whole first line."""
        return self.range(0, self.line_end(0))


def doc_url(rule_id: str, base: str | None = None) -> str | None:
    """The rule's documentation page: under `base` (a URL the client set) or the
    docs/rules/ page shipped with adlint (in the wheel, or beside src/ in a checkout)."""
    if "/" not in rule_id:
        return None
    if base:
        return base.rstrip("/") + f"/{rule_id}.md"
    here = Path(__file__).resolve().parent.parent
    for folder in (here / "docs" / "rules", here.parent.parent / "docs" / "rules"):
        page = folder / f"{rule_id}.md"
        if page.is_file():
            return page.as_uri()
    return None


def diagnostic(f: Finding, lines: Lines, shift: int = 0, docs_base: str | None = None
               ) -> lsp.Diagnostic:
    """One finding as a diagnostic; `shift` is added to its offsets (a BOM the
    engine did not see)."""
    if f.start is None:
        rng = lines.first_line()
    else:
        rng = lines.range(f.start + shift, f.end + shift)
    message = f.message
    if f.suggestions and not f.fix:
        message += "\nSuggestions: " + " | ".join(f.suggestions)
    url = doc_url(f.base_rule or f.rule, docs_base)
    return lsp.Diagnostic(
        range=rng, message=message, severity=SEVERITY.get(f.severity, lsp.DiagnosticSeverity.Warning),
        code=f.rule, code_description=lsp.CodeDescription(href=url) if url else None,
        source=SOURCE)


def error_diagnostic(message: str, lines: Lines) -> lsp.Diagnostic:
    """A configuration error, on the first line."""
    return lsp.Diagnostic(range=lines.first_line(), message=message,
                          severity=lsp.DiagnosticSeverity.Error, code="adlint/config",
                          source=SOURCE)
