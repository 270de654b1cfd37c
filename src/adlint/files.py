"""Finding the files to lint under the paths given on the command line."""

from __future__ import annotations

import fnmatch
import os

from .parse import EXTENSIONS

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "build", "dist", "_site", "site",
             ".venv", "venv", "env", ".tox", ".nox", "__pycache__", ".mypy_cache",
             ".pytest_cache", ".ruff_cache", ".cache", "vendor", "public", ".jekyll-cache",
             "target", "out"}


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    rel = os.path.normpath(path).replace(os.sep, "/")
    name = os.path.basename(rel)
    for p in patterns:
        p = p.rstrip("/")
        if fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p + "/*"):
            return True
    return False


def collect(paths: list[str], exclude: tuple[str, ...] = ()) -> tuple[list[str], list[tuple[str, str]]]:
    """(files to lint, [(path, error)]). Files named explicitly are always linted;
    files found in folders must have a known extension and not be excluded."""
    files: list[str] = []
    errors: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            files.append(p)

    for path in paths:
        if path == "-":
            files.append(path)
            continue
        if os.path.isfile(path):
            add(path)
            continue
        if not os.path.isdir(path):
            errors.append((path, "no such file or directory"))
            continue
        found = 0
        visited: set[str] = set()
        for root, dirs, names in os.walk(path, followlinks=True):
            real = os.path.realpath(root)
            if real in visited:  # a symlink loop
                dirs[:] = []
                continue
            visited.add(real)
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                             and not _excluded(os.path.join(root, d), exclude))
            for name in sorted(names):
                full = os.path.join(root, name)
                if os.path.splitext(name)[1].lower() in EXTENSIONS and not _excluded(full, exclude):
                    add(full)
                    found += 1
        if not found:
            exts = ", ".join(sorted(EXTENSIONS))
            errors.append((path, f"no lintable files found (looked for {exts})"))
    return files, errors
