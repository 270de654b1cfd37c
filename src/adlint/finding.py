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
    rule: str
    severity: str
    message: str
    start: int | None = None  # source offsets; None for a document-level finding
    end: int | None = None
    suggestions: list[str] = field(default_factory=list)
    fix: list[Edit] | None = None
    text: str = ""  # the source text the finding names
    named: str = ""  # the prose text the rule matched (text, after entities and markup)
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
