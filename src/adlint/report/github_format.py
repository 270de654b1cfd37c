"""GitHub Actions workflow commands: ::warning file=…,line=…::message"""

from __future__ import annotations

from . import display_path

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render(results, registry, **_) -> str:
    out = []
    for r in results:
        path = _prop(display_path(r.path))
        if r.error:
            out.append(f"::error file={path},title=adlint::{_data(r.error)}")
            continue
        for f in r.findings:
            props = [f"file={path}", f"line={f.line}", f"col={f.column}"]
            if f.start is not None:
                props += [f"endLine={f.end_line}", f"endColumn={f.end_column}"]
            props.append(f"title={_prop(f.rule)}")
            out.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{_data(f.message)}")
        out += [f"::notice file={path},title=adlint note::{_data(n)}" for n in r.notes]
    return "\n".join(out) + ("\n" if out else "")
