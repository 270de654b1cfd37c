"""Runs the rules over documents, then applies selection, severities and suppression."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import language as lang_mod
from . import suppress
from .checks.base import Context
from .config import Settings
from .document import Document
from .finding import Finding
from .parse import format_for, parse
from .rules import Registry, load_registry
from .source import InputError, Source, from_bytes, read_source


#: Metrics every result carries (JSON output, reports), computed even when no rule asks.
REPORTED_METRICS = ("words", "sentences", "avg_sentence_length", "flesch_reading_ease", "grade",
                    "elements", "element_evidence", "jurisdictions")


@dataclass
class FileResult:
    path: str
    format: str | None = None
    language: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    skipped_rules: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # about the run: shown once
    backend_failed: bool = False  # an optional backend (LanguageTool) was unavailable
    error: str | None = None
    source: Source | None = None
    document: Document | None = None


def document_language(doc: Document, settings: Settings) -> tuple[str, str]:
    """The document's language (primary subtag) and where it came from. The full tag
    as written ("en-GB") is kept in doc.metadata["language_tag"] for backends that
    tell regional variants apart (LanguageTool's spelling)."""
    fm = doc.metadata.get("front_matter") or {}
    candidates = [(fm.get(key) if isinstance(fm, dict) else None, f"front matter {key}")
                  for key in ("lang", "language", "locale")]
    candidates += [(doc.metadata.get("lang"), "html lang"), (settings.language, "config")]
    for raw, where in candidates:
        tag = lang_mod.normalize(raw)
        if tag:
            doc.metadata["language_tag"] = str(raw).strip()
            return tag, where
    guess = lang_mod.detect(doc.prose)
    if guess:
        return guess, "detected"
    return "en", "default"


def _place(findings: list[Finding], doc: Document) -> None:
    """Fill in line and column from the source offsets of span findings."""
    lines = doc.lines
    for f in findings:
        if f.start is not None:
            f.line, f.column = lines.position(f.start)
            f.end_line, f.end_column = lines.position(f.end)


def lint_document(doc: Document, settings: Settings, registry: Registry | None = None,
                  report_unused: bool = False) -> FileResult:
    registry = registry or load_registry(settings.rule_folders)
    doc.language, doc.language_source = document_language(doc, settings)
    result = FileResult(doc.path, doc.format, doc.language, document=doc)
    if doc.metadata.get("front_matter_error"):
        result.notes.append(doc.metadata["front_matter_error"])
    file_ignores = settings.ignored_for_file(doc.path) if doc.path != "-" else ()
    ctx = Context(doc, settings)
    if settings.jurisdictions:
        from .jurisdictions import active

        active(doc, settings)  # before the rules, so the metric says which laws applied
    findings: list[Finding] = []
    for rule in registry.rules.values():
        if not settings.enabled(rule):
            continue
        if file_ignores and any(s in (rule.id, rule.pack, "ALL") for s in file_ignores):
            continue
        if not rule.supports(doc.language):
            result.skipped_rules.append(rule.id)
            continue
        check = registry.check_for(rule, settings.rules.get(rule.id))
        configured = settings.configured_severity(rule)
        for f in check.check(doc, ctx):
            if f.rule != rule.id and not settings.keeps(f.rule, rule):
                continue
            if configured:
                f.severity = configured
            findings.append(f)
    if settings.vocabulary:
        findings = _accept_vocabulary(findings, settings.vocabulary)
    _place(findings, doc)
    findings = suppress.apply(findings, doc.directives, report_unused)
    _place([f for f in findings if f.rule == suppress.UNUSED_RULE], doc)
    findings.sort(key=Finding.sort_key)
    result.findings = findings
    result.notes += ctx.notes
    result.notices = ctx.notices
    result.backend_failed = ctx.backend_failed
    for name in REPORTED_METRICS:
        ctx.metric(name)
    result.metrics = dict(sorted(ctx.metrics.items()))
    return result


def _accept_vocabulary(findings: list[Finding], vocabulary) -> list[Finding]:
    """The shared vocabulary: a finding that names exactly an accepted word or
    phrase ("Kubernetes", "ACME Corp") is dropped, whichever rule made it."""
    accepted = {" ".join(w.split()).casefold() for w in vocabulary}
    return [f for f in findings
            if f.start is None or " ".join(f.named.split()).casefold() not in accepted]


def lint_text(text: str, fmt: str = "markdown", settings: Settings | None = None,
              path: str = "-") -> FileResult:
    """Lint a string. The public entry point for tools and tests."""
    settings = settings or Settings()
    if text.startswith("\ufeff"):
        text = text[1:]
    doc = parse(path, text, fmt)
    return lint_document(doc, settings)


def lint_source(src: Source, fmt: str, settings: Settings, report_unused: bool = False) -> FileResult:
    doc = parse(src.path, src.text, fmt)
    result = lint_document(doc, settings, report_unused=report_unused)
    result.source = src
    return result


def lint_path(path: str, settings: Settings, fmt: str | None = None,
              report_unused: bool = False, data: bytes | None = None) -> FileResult:
    """Lint one file (or stdin bytes in `data`); input problems become result.error."""
    fmt = fmt or format_for(path) or "text"
    try:
        src = from_bytes(data, path) if data is not None else read_source(path, settings.max_file_size)
        return lint_source(src, fmt, settings, report_unused)
    except InputError as exc:
        return FileResult(path, fmt, error=str(exc))
    except RecursionError:
        return FileResult(path, fmt, error="structure nested too deeply to parse; not linted")
