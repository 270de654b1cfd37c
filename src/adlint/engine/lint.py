"""Linting one document: parse, gather facts, run the rules, then let the filter
decide what stays. The engine, not the check, names each finding's rule and sets
its severity."""

from __future__ import annotations

from typing import Any

from ..analysis.facts import REPORTED, Facts
from ..analysis.language import identify
from ..analysis.language import name as language_name
from ..config import Settings
from ..document import Document
from ..finding import Finding, Note
from ..parse import format_for, parse
from ..record import Record
from ..rules import Registry, load_registry
from ..source import InputError, Source, from_bytes, read_source
from . import filter as filters


_NEW = object()  # a parameter left out: a new empty list or dict


class FileResult(Record):
    _fields = ("path", "format", "language", "metrics", "skipped_rules", "findings", "notes",
               "notices", "backend_failed", "error", "source", "document")

    def __init__(self, path: str, format: str | None = None, language: str | None = None,
                 metrics: dict[str, Any] = _NEW, skipped_rules: list[str] = _NEW,
                 findings: list[Finding] = _NEW, notes: list[str] = _NEW,
                 notices: list[str] = _NEW, backend_failed: bool = False,
                 error: str | None = None, source: Source | None = None,
                 document: Document | None = None):
        self.path = path
        self.format = format
        self.language = language
        self.metrics = {} if metrics is _NEW else metrics
        self.skipped_rules = [] if skipped_rules is _NEW else skipped_rules
        self.findings = [] if findings is _NEW else findings
        self.notes = [] if notes is _NEW else notes
        self.notices = [] if notices is _NEW else notices  # about the run: shown once
        self.backend_failed = backend_failed  # an optional backend (LanguageTool) was unavailable
        self.error = error
        self.source = source
        self.document = document


def _place(findings: list[Finding], doc: Document) -> None:
    """Fill in line and column from the source offsets of span findings."""
    lines = doc.lines
    for f in findings:
        if f.start is not None:
            f.line, f.column = lines.position(f.start)
            f.end_line, f.end_column = lines.position(f.end)


_TEMPLATE_DIRS = {"_layouts", "_includes"}
_LIQUID = ("{{", "{%")


def _template(doc: Document, facts: Facts) -> str | None:
    """A site template with no prose of its own (a Jekyll layout or include, a page
    that only loops over the jobs): what it is, or None for an ad."""
    if _TEMPLATE_DIRS & set(doc.path.replace("\\", "/").split("/")[:-1]):
        return "a layout or include template"
    if any(t in doc.source for t in _LIQUID) and facts.words < 30:
        return "a Liquid template with little prose of its own"
    return None


def lint_document(doc: Document, settings: Settings, registry: Registry | None = None,
                  report_unused: bool = False) -> FileResult:
    registry = registry or load_registry(settings.rule_folders)
    doc.language, doc.language_source, doc.language_tag, language_note = identify(
        doc, settings.language)
    result = FileResult(doc.path, doc.format, doc.language, document=doc)
    if language_note:
        result.notes.append(language_note)
    if doc.metadata.front_matter_error:
        result.notes.append(doc.metadata.front_matter_error)
    file_ignores = settings.ignored_for_file(doc.path) if doc.path != "-" else ()
    facts = Facts(doc, settings)
    template = _template(doc, facts)
    if template:
        result.notes.append(f"{template}: not linted as an ad")
        result.metrics = {name: facts.metric(name) for name in sorted(REPORTED)}
        return result
    if settings.jurisdictions:
        facts.metric("jurisdictions")  # before the rules, so the metric says which laws applied
        if "auto" in settings.jurisdictions and not any(a.inferred_from for a in facts.jurisdictions):
            result.notes.append("jurisdictions: no jurisdiction inferred from the ad (no place "
                                "of a pay-transparency law named where the work is); set "
                                "jurisdictions, e.g. jurisdictions = [\"US-CO\"]")
    findings: list[Finding] = []
    ran = 0  # rules that ran on this document
    for planned in registry.plan(settings, doc.language):
        rule = planned.rule
        if file_ignores and any(s in (rule.id, rule.pack, "ALL") for s in file_ignores):
            continue
        if not planned.supported:
            result.skipped_rules.append(rule.id)
            continue
        check = planned.check
        ran += 1
        for item in check.check(doc, facts):
            if isinstance(item, Note):
                (result.notices if item.run_level else result.notes).append(item.text)
                result.backend_failed |= item.backend_failed
                continue
            if not filters.in_scope(rule, item):
                continue
            item.base_rule = rule.id
            item.rule = f"{rule.pack}/{item.code}" if item.code else rule.id
            if item.code and not filters.keeps(settings, item.rule, rule):
                continue
            item.severity = filters.severity(settings, rule, item)
            findings.append(item)
    # an English ad skips only rules written for other languages: no note
    if result.skipped_rules and doc.language not in ("unknown", "en"):
        result.notes.append(f"{language_name(doc.language)}: {ran} of {ran + len(result.skipped_rules)} "
                            "rules apply; the others are written for English")
    findings = filters.accept_vocabulary(findings, settings.vocabulary)
    _place(findings, doc)
    findings = filters.suppress_inline(findings, doc, report_unused)
    _place([f for f in findings if f.rule == filters.UNUSED_RULE], doc)
    findings.sort(key=Finding.sort_key)
    result.findings = findings
    for name in REPORTED:
        facts.metric(name)
    from .score import compute

    facts.metrics["score"] = compute(findings, settings.score_weights)
    result.metrics = dict(sorted(facts.metrics.items()))
    return result


def lint_text(text: str, fmt: str = "markdown", settings: Settings | None = None,
              path: str = "-") -> FileResult:
    """Lint a string, as the CLI would lint a file with this text."""
    settings = settings or Settings()
    if text.startswith("\ufeff"):
        text = text[1:]
    return lint_document(parse(path, text, fmt, settings.front_matter_prose), settings)


def lint_source(src: Source, fmt: str, settings: Settings, report_unused: bool = False) -> FileResult:
    result = lint_document(parse(src.path, src.text, fmt, settings.front_matter_prose), settings, report_unused=report_unused)
    result.source = src
    return result


def lint_path(path: str, settings: Settings, fmt: str | None = None,
              report_unused: bool = False, data: bytes | None = None, store=None) -> FileResult:
    """Lint one file (or stdin bytes in `data`); input problems become result.error.
    With a result `store` (engine.cache.Store), an unchanged file is not linted again."""
    fmt = fmt or format_for(path) or "text"
    try:
        src = from_bytes(data, path) if data is not None else read_source(path, settings.max_file_size)
        if store is None or not settings.cache:
            return lint_source(src, fmt, settings, report_unused)
        from .cache import code_fingerprint, key

        k = key(src.raw, path, fmt, report_unused, settings, code_fingerprint(settings.rule_folders))
        hit = store.get(k)
        if isinstance(hit, dict):
            return FileResult(path, source=src, **hit)
        res = lint_source(src, fmt, settings, report_unused)
        if not res.backend_failed:  # an incomplete result must not outlive the outage
            store.put(k, {"format": res.format, "language": res.language, "metrics": res.metrics,
                          "skipped_rules": res.skipped_rules, "findings": res.findings,
                          "notes": res.notes})
        return res
    except InputError as exc:
        return FileResult(path, fmt, error=str(exc))
    except RecursionError:
        return FileResult(path, fmt, error="structure nested too deeply to parse; not linted")
