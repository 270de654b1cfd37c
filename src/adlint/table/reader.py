"""Rows of a table file (JSON Lines, CSV, Parquet), streamed: one row in memory at a time
(one record batch for Parquet)."""

from __future__ import annotations

import csv
import json
import os
import sys
from typing import Iterator, NamedTuple

from ..config import ConfigError

KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
         ".pq": "parquet"}


class Row(NamedTuple):
    number: int  # 1-based data row (the header of a CSV is not counted)
    values: dict | None  # None: the row could not be read (`problem` says why)
    problem: str | None = None


def kind_of(path: str) -> str | None:
    return KINDS.get(os.path.splitext(path)[1].lower())


def rows(path: str, columns: tuple[str, ...]) -> Iterator[Row]:
    """Each row as {column: value} for the named columns (missing ones are None). A
    column that the file does not have at all raises ConfigError before any row."""
    kind = kind_of(path)
    if kind is None:
        raise ConfigError(f"{path}: not a table file (expected .jsonl, .csv or .parquet)")
    try:
        if kind == "parquet":
            yield from _parquet(path, columns)
        elif kind == "csv":
            yield from _csv(path, columns)
        else:
            yield from _jsonl(path, columns)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _missing(path: str, wanted: tuple[str, ...], have) -> None:
    absent = [c for c in wanted if c not in have]
    if absent:
        listed = ", ".join(sorted(map(str, have))[:20]) or "none"
        raise ConfigError(f"{path}: no column {absent[0]!r} (columns: {listed})")


def _jsonl(path: str, columns: tuple[str, ...]) -> Iterator[Row]:
    checked = False
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        number = 0
        for line in fh:
            if not line.strip():
                continue
            number += 1
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Row(number, None, f"not valid JSON ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield Row(number, None, f"a JSON {type(record).__name__}, not an object")
                continue
            if not checked and number == 1:
                _missing(path, columns[:1], record)  # the text column must be in the first row
                checked = True
            yield Row(number, {c: record.get(c) for c in columns})


def _csv(path: str, columns: tuple[str, ...]) -> Iterator[Row]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # ads can be long
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.DictReader(fh)
        _missing(path, columns, reader.fieldnames or ())
        for number, record in enumerate(reader, 1):
            # CSV has no null: an empty cell is one (and a short row lacks the cell)
            yield Row(number, {c: (record.get(c) or None) for c in columns})


def _parquet(path: str, columns: tuple[str, ...]) -> Iterator[Row]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError(f"{path}: reading Parquet needs pyarrow: pip install 'adlint[table]'") from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own types for a bad file
        raise ConfigError(f"{path}: not a readable Parquet file ({exc})") from None
    _missing(path, columns, pf.schema_arrow.names)
    number = 0
    for batch in pf.iter_batches(batch_size=1024, columns=list(dict.fromkeys(columns))):
        data = batch.to_pydict()
        for i in range(batch.num_rows):
            number += 1
            yield Row(number, {c: data[c][i] for c in columns})
