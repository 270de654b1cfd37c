"""Applying fixes: edits to the decoded text, written back atomically."""

from __future__ import annotations

import os

from ..finding import Finding
from ..source import BOM, Source


class FixError(Exception):
    pass


def apply_edits(text: str, findings: list[Finding]) -> tuple[str, int]:
    """text with every non-overlapping fix applied, and how many findings were fixed. A
    finding's edits go in together or not at all (a list's "- " markers, one per line);
    one that overlaps an edit already taken waits for the next run."""
    taken: list = []
    applied = 0
    for f in sorted((f for f in findings if f.fix), key=lambda f: min((e.start, e.end) for e in f.fix)):
        if any(_overlap(e, t) for e in f.fix for t in taken):
            continue
        taken.extend(f.fix)
        applied += 1
    out = []
    last = 0
    for e in sorted(taken, key=lambda e: (e.start, e.end)):
        out.append(text[last:e.start])
        out.append(e.replacement)
        last = e.end
    out.append(text[last:])
    return "".join(out), applied


def _overlap(a, b) -> bool:
    """Two edits that touch the same text (two insertions at one point count too)."""
    if a.start == a.end or b.start == b.end:
        return a.start == b.start or (b.start < a.start < b.end) or (a.start < b.start < a.end)
    return a.start < b.end and b.start < a.end


def encode(src: Source, text: str) -> bytes:
    return (BOM if src.bom else b"") + text.encode("utf-8")


def write_atomic(src: Source, text: str) -> None:
    """Replace src.path with text, keeping BOM and mode; refuse if the file changed."""
    path = src.path
    try:
        with open(path, "rb") as fh:
            current = fh.read()
    except OSError as exc:
        raise FixError(f"cannot re-read before fixing: {exc.strerror}") from None
    if current != src.raw:
        raise FixError("file changed since it was read; not fixed (run adlint again)")
    data = encode(src, text)
    folder = os.path.dirname(os.path.realpath(path))  # same file system as the target
    import tempfile  # here: only --fix writes files

    fd, tmp = tempfile.mkstemp(prefix=".adlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if src.mode is not None:
            os.chmod(tmp, src.mode & 0o7777)
        os.replace(tmp, os.path.realpath(path))
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib  # here: only --diff shows one

    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}"))
