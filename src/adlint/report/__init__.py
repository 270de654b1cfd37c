"""Output formats. A formatter sees results and rule metadata, never rules' code."""

from __future__ import annotations

import importlib

FORMATS = ("text", "json", "jsonl", "sarif", "github", "junit", "html")


def render(fmt: str, results, registry, **options) -> str:
    module = importlib.import_module(f"adlint.report.{fmt}_format")
    return module.render(results, registry, **options)


def display_path(path: str) -> str:
    import os

    if path == "-":
        return path
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = path if rel.startswith("..") else rel
    else:
        path = os.path.normpath(path)
    return path.replace(os.sep, "/")
