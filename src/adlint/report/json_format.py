"""The JSON report; keys may be added over time but are never renamed."""

from __future__ import annotations

import json

from .. import __version__
from . import display_path


def finding_dict(f) -> dict:
    d = {"rule": f.rule, "severity": f.severity, "message": f.message,
         "line": f.line, "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
         "suggestions": list(f.suggestions), "fixable": bool(f.fix)}
    if f.start is not None:
        d["text"] = f.text
    return d


def file_dict(r) -> dict:
    return {"path": display_path(r.path), "format": r.format, "language": r.language,
            "metrics": r.metrics, "skipped_rules": r.skipped_rules,
            "notes": r.notes, "diagnostics": [finding_dict(f) for f in r.findings]}


def render(results, registry, **_) -> str:
    data = {
        "adlint_version": __version__,
        "files": [file_dict(r) for r in results if not r.error],
        "errors": [{"path": display_path(r.path), "message": r.error} for r in results if r.error],
        "notices": list(dict.fromkeys(n for r in results for n in r.notices)),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
