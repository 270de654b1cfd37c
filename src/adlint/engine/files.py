"""Finding the files to lint under the paths given on the command line."""

from __future__ import annotations

import fnmatch
import os

from ..parse import EXTENSIONS

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "build", "dist", "_site", "site",
             ".venv", "venv", "env", ".tox", ".nox", "__pycache__", ".mypy_cache",
             ".pytest_cache", ".ruff_cache", ".cache", "vendor", "public", ".jekyll-cache",
             "target", "out"}


def _matches(path: str, patterns: tuple[str, ...]) -> bool:
    rel = os.path.normpath(path).replace(os.sep, "/")
    name = os.path.basename(rel)
    for p in patterns:
        p = p.rstrip("/")
        if fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p + "/*"):
            return True
    return False


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def collect(paths: list[str], exclude: tuple[str, ...] = (),
            skipped: list[tuple[str, str]] | None = None,
            include: tuple[str, ...] = ()) -> tuple[list[str], list[tuple[str, str]]]:
    """(files to lint, [(path, error)]). Files named explicitly are always linted
    (a symlink named on the command line is the user's choice); files found in
    folders must have a known extension, match one of the `include` globs when
    there are any, and not be excluded.

    Symlinks met while walking a folder are followed only when they point inside
    that folder: a link to /etc/passwd or ~/.ssh in a pull request is never read
    (it goes to `skipped`, with the reason). Symlink loops are walked once."""
    files: list[str] = []
    errors: list[tuple[str, str]] = []
    seen: set[str] = set()
    skipped = skipped if skipped is not None else []

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
        top = os.path.realpath(path)
        for root, dirs, names in os.walk(path, followlinks=True):
            real = os.path.realpath(root)
            if real in visited:  # a symlink loop
                dirs[:] = []
                continue
            visited.add(real)
            keep = []
            for d in sorted(dirs):
                full = os.path.join(root, d)
                if d in SKIP_DIRS or d.startswith(".") or _matches(full, exclude):
                    continue
                if os.path.islink(full) and not _inside(os.path.realpath(full), top):
                    skipped.append((full, "symlink to a folder outside " + path + ", not followed"))
                    continue
                keep.append(d)
            dirs[:] = keep
            for name in sorted(names):
                full = os.path.join(root, name)
                if os.path.splitext(name)[1].lower() not in EXTENSIONS or _matches(full, exclude):
                    continue
                if include and not _matches(full, include):
                    continue
                if os.path.islink(full):
                    target = os.path.realpath(full)
                    if not os.path.exists(target):
                        errors.append((full, "broken symlink (its target does not exist)"))
                        continue
                    if not _inside(target, top):
                        skipped.append((full, "symlink to a file outside " + path + ", not read"))
                        continue
                add(full)
                found += 1
        if not found:
            exts = ", ".join(sorted(EXTENSIONS))
            errors.append((path, f"no lintable files found (looked for {exts})"))
    return files, errors
