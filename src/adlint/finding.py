"""Findings: what rules report and formatters print."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass
class Edit:
    start: int
    end: int
    replacement: str


@dataclass
class Finding:
    """A problem found. Checks fill in the message and the span; the engine sets
    `rule` (the rule's id, or `pack/<code>` when the check gives a sub-code, as
    LanguageTool's rules do) and `severity` (the rule's, its profile's or the
    user's)."""

    rule: str
    severity: str
    message: str
    start: int | None = None  # source offsets; None for a document-level finding
    end: int | None = None
    suggestions: list[str] = field(default_factory=list)
    fix: list[Edit] | None = None
    text: str = ""  # the source text the finding names
    named: str = ""  # the prose text the rule matched (text, after entities and markup)
    code: str | None = None  # a sub-rule id the check reports under (grammar/<LanguageTool id>)
    minor: bool = False  # the check's own doubt (an uncertain law, a style hint): severity info
    base_rule: str = ""  # the id of the rule definition that made it (for rule docs)
    block_kind: str | None = None  # the kind of block it is in, for the rule's `scope`
    # filled in by the engine from the document's line index
    line: int = 1
    column: int = 1
    end_line: int = 1
    end_column: int = 1

    @property
    def document_level(self) -> bool:
        return self.start is None

    def sort_key(self):
        return (self.line, self.column, self.rule)


@dataclass(frozen=True)
class Note:
    """Something a check tells the writer that is not a problem in the text."""

    text: str
    run_level: bool = False  # about the run (a backend down), shown once, not per file
    backend_failed: bool = False  # an optional backend (LanguageTool) could not answer
