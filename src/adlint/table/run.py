"""Lint each row of a table (JSON Lines, CSV, Parquet) as one document.

A row is named `<file>#<id>` (its id column, else its 1-based row number); positions
are within the row's text. A row whose text is missing, null or not a string is an input
error naming the row, and the other rows go on. Results come out in row order, one at a
time, so `--format jsonl` writes each document as it finishes in constant memory; with
`jobs` > 1 rows are linted in worker processes that each build the linter once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

from ..api import FORMATS, Linter
from ..config import ConfigError
from ..engine.lint import FileResult
from . import reader

#: format names a format column may use
FORMAT_NAMES = {"markdown": "markdown", "md": "markdown", "html": "html", "htm": "html",
                "text": "text", "txt": "text", "plain": "text"}
CHUNK = 64  # rows sent to a worker at a time


@dataclass(frozen=True)
class TableOptions:
    text_column: str
    id_column: str | None = None
    format_column: str | None = None
    fmt: str = "markdown"  # when there is no format column
    jobs: int = 1


def _task(row: reader.Row, path: str, opts: TableOptions):
    """(name, id, text, format, problem) for one row."""
    number, values, problem = row
    ident = number
    if values is not None and opts.id_column:
        raw = values.get(opts.id_column)
        ident = raw if isinstance(raw, (str, int)) and not isinstance(raw, bool) else (
            number if raw is None else str(raw))
    name = f"{path}#{ident}"
    if problem:
        return name, ident, None, opts.fmt, f"row {number}: {problem}"
    text = values.get(opts.text_column)
    fmt = opts.fmt
    if opts.format_column:
        given = values.get(opts.format_column)
        fmt = FORMAT_NAMES.get(str(given).strip().lower()) if given is not None else opts.fmt
        if fmt is None:
            return name, ident, None, opts.fmt, (f"row {number}: {opts.format_column} is {given!r}, "
                                                 f"not one of {', '.join(FORMATS)}")
    if text is None:
        return name, ident, None, fmt, f"row {number}: {opts.text_column} is empty (null)"
    if not isinstance(text, str):
        return name, ident, None, fmt, (f"row {number}: {opts.text_column} is a "
                                        f"{type(text).__name__}, not text")
    return name, ident, text, fmt, None


def _lint(linter: Linter, task) -> tuple:
    name, ident, text, fmt, problem = task
    if problem:
        return ident, FileResult(name, fmt, error=problem)
    res = linter.lint_text(text, fmt, path=name).file
    res.document = None  # not needed by reports; keeps worker results small
    return ident, res


_WORKER: Linter | None = None


def _init(linter: Linter) -> None:
    global _WORKER
    _WORKER = linter


def _work(tasks: list) -> list:
    return [_lint(_WORKER, t) for t in tasks]


def _chunks(tasks: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for t in tasks:
        chunk.append(t)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def lint_table(path: str, linter: Linter, opts: TableOptions) -> Iterator[tuple]:
    """(id, FileResult) for each row of the table at `path`, in row order."""
    if not os.path.isfile(path):
        raise ConfigError(f"{path}: no such table file")
    columns = tuple(c for c in (opts.text_column, opts.id_column, opts.format_column) if c)
    tasks = (_task(row, path, opts) for row in reader.rows(path, columns))
    if opts.jobs <= 1:
        for t in tasks:
            yield _lint(linter, t)
        return
    import multiprocessing as mp
    from collections import deque

    # forked after the linter is built, workers share its compiled rules; at most a few
    # chunks are in flight (Pool.imap would read the whole table ahead: memory grows)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(opts.jobs, initializer=_init, initargs=(linter,)) as pool:
        pending: deque = deque()
        for chunk in _chunks(tasks, CHUNK):
            pending.append(pool.apply_async(_work, (chunk,)))
            if len(pending) >= 4 * opts.jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
