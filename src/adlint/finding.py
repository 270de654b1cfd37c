"""Findings: what rules report and formatters print."""

from __future__ import annotations

from .record import FrozenRecord, Record

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}

_NEW = object()  # a parameter left out: a new empty list


class Edit(Record):
    _fields = ("start", "end", "replacement")

    def __init__(self, start: int, end: int, replacement: str):
        self.start, self.end, self.replacement = start, end, replacement


class Finding(Record):
    """A problem found. Checks fill in the message and the span; the engine sets
    `rule` (the rule's id, or `pack/<code>` when the check gives a sub-code, as
    LanguageTool's rules do) and `severity` (the rule's, its profile's or the
    user's)."""

    _fields = ("rule", "severity", "message", "start", "end", "suggestions", "fix", "text",
               "named", "code", "minor", "base_rule", "block_kind", "line", "column",
               "end_line", "end_column")

    def __init__(self, rule: str, severity: str, message: str, start: int | None = None,
                 end: int | None = None, suggestions: list[str] = _NEW,
                 fix: list[Edit] | None = None, text: str = "", named: str = "",
                 code: str | None = None, minor: bool = False, base_rule: str = "",
                 block_kind: str | None = None, line: int = 1, column: int = 1,
                 end_line: int = 1, end_column: int = 1):
        self.rule = rule
        self.severity = severity
        self.message = message
        self.start = start  # source offsets; None for a document-level finding
        self.end = end
        self.suggestions = [] if suggestions is _NEW else suggestions
        self.fix = fix
        self.text = text  # the source text the finding names
        self.named = named  # the prose text the rule matched (text, after entities and markup)
        self.code = code  # a sub-rule id the check reports under (grammar/<LanguageTool id>)
        self.minor = minor  # the check's own doubt (an uncertain law, a style hint): severity info
        self.base_rule = base_rule  # the id of the rule definition that made it (for rule docs)
        self.block_kind = block_kind  # the kind of block it is in, for the rule's `scope`
        # filled in by the engine from the document's line index
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column

    @property
    def document_level(self) -> bool:
        return self.start is None

    def sort_key(self):
        return (self.line, self.column, self.rule)


class Note(FrozenRecord):
    """Something a check tells the writer that is not a problem in the text."""

    _fields = ("text", "run_level", "backend_failed")

    def __init__(self, text: str, run_level: bool = False, backend_failed: bool = False):
        # run_level: about the run (a backend down), shown once, not per file;
        # backend_failed: an optional backend (LanguageTool) could not answer
        self.__dict__.update(text=text, run_level=run_level, backend_failed=backend_failed)
