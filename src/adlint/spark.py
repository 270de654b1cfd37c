"""adlint on Apache Spark: lint a DataFrame of ads, one document per row.

    from adlint import spark as adlint_spark
    findings = adlint_spark.lint(ads, "description", id_col="job_id", format="html")
    per_ad = adlint_spark.metrics(ads, "description", id_col="job_id", format="html")

Both run with `mapInArrow`: each Python worker builds the linter once (kept between
tasks while Spark reuses the worker) and lints its partitions' rows in Arrow batches. The
configuration is resolved on the driver (so a bad config fails at once, with adlint's
one-line message) and travels to the workers as settings, not as a file path. A row
whose text is null, not a string, or that makes adlint fail is reported (an
`adlint/input-error` finding, or the `error` column of `metrics`) and never fails the
job. Needs `pip install 'adlint[spark]'`.
"""

from __future__ import annotations

import pickle
from typing import Any

from .api import FORMATS, Linter
from .table.run import FORMAT_NAMES

INPUT_ERROR = "adlint/input-error"
FINDING_COLUMNS = ("id", "rule", "severity", "message", "line", "column", "end_line",
                   "end_column", "suggestions", "fixable")
FINDING_SCHEMA = ("id string, rule string, severity string, message string, line int, "
                  "column int, end_line int, end_column int, suggestions array<string>, "
                  "fixable boolean")
ELEMENTS = ("pay", "benefits", "location", "about", "responsibilities", "requirements", "growth",
            "inclusion", "accommodation", "application_process", "contact", "schedule", "deadline")
METRICS_SCHEMA = ("id string, language string, words int, grade double, gender string, "
                  + ", ".join(f"{e} boolean" for e in ELEMENTS) + ", error string")

_LINTERS: dict[bytes, Linter] = {}  # per Python worker: built once per configuration


def _worker_linter(spec: bytes) -> Linter:
    linter = _LINTERS.get(spec)
    if linter is None:
        linter = _LINTERS[spec] = Linter(pickle.loads(spec))
    return linter


def _spec(config: Any, settings: dict) -> bytes:
    """The resolved settings, pickled: validated here, on the driver."""
    return pickle.dumps(Linter(config, **settings).settings)


def _columns(df, text_col: str, id_col: str | None, format_col: str | None):
    from pyspark.sql import functions as F

    missing = [c for c in (text_col, id_col, format_col) if c and c not in df.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in the DataFrame (columns: {', '.join(df.columns)})")
    ident = (F.col(id_col) if id_col else F.monotonically_increasing_id()).cast("string")
    fmt = F.col(format_col).cast("string") if format_col else F.lit(None).cast("string")
    return df.select(ident.alias("_id"), F.col(text_col).alias("_text"), fmt.alias("_format"))


def _documents(batches, spec: bytes, default_format: str):
    """(id, result or None, problem) for every row of the Arrow batches."""
    linter = _worker_linter(spec)
    for batch in batches:
        data = batch.to_pydict()
        for ident, text, given in zip(data["_id"], data["_text"], data["_format"]):
            fmt = default_format if given is None else FORMAT_NAMES.get(given.strip().lower())
            if fmt is None:
                yield ident, None, f"format {given!r} is not one of {', '.join(FORMATS)}"
            elif text is None:
                yield ident, None, "the text is null"
            elif not isinstance(text, str):
                yield ident, None, f"the text is a {type(text).__name__}, not a string"
            else:
                try:
                    res = linter.lint_text(text, fmt, path=ident)
                except Exception as exc:  # a bad row must never fail the job
                    yield ident, None, f"adlint failed on this row: {type(exc).__name__}: {exc}"
                    continue
                yield ident, res, res.error


def _arrow_schema(ddl: str):
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import _parse_datatype_string

    return to_arrow_schema(_parse_datatype_string(ddl))


def _arrow_batches(rows, schema, size: int = 4096):
    """Output rows as Arrow record batches of at most `size` rows."""
    import pyarrow as pa

    out: list[dict] = []
    for row in rows:
        out.append(row)
        if len(out) == size:
            yield pa.RecordBatch.from_pylist(out, schema=schema)
            out = []
    if out:
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def _map(df, text_col, id_col, format, format_col, config, settings, ddl: str, to_rows):
    """`df` mapped with mapInArrow to `ddl` rows: `to_rows(id, result, problem)` gives
    the output rows of one document (result None or problem set: not linted)."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    spec = _spec(config, settings)
    rows = _columns(df, text_col, id_col, format_col)
    schema = _arrow_schema(ddl)

    def run(batches):
        docs = _documents(batches, spec, format)
        return _arrow_batches((row for doc in docs for row in to_rows(*doc)), schema)

    return rows.mapInArrow(run, ddl)


def _finding_rows(ident, res, problem):
    if res is None or problem:
        return [{"id": ident, "rule": INPUT_ERROR, "severity": "error", "message": problem,
                 "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                 "suggestions": [], "fixable": False}]
    return [{"id": ident, "rule": f.rule, "severity": f.severity, "message": f.message,
             "line": f.line, "column": f.column, "end_line": f.end_line,
             "end_column": f.end_column, "suggestions": list(f.suggestions),
             "fixable": bool(f.fix)} for f in res.findings]


def _metrics_rows(ident, res, problem):
    row: dict = {"id": ident, "error": problem}
    if res is not None and not res.error:
        m = res.metrics
        elements = m.get("elements") or {}
        row.update(language=res.language, words=m.get("words"), grade=m.get("grade"),
                   gender=(m.get("gender_coding") or {}).get("verdict"),
                   **{e: elements.get(e) for e in ELEMENTS})
    return [row]


def lint(df, text_col: str, id_col: str | None = None, format: str = "markdown",
         format_col: str | None = None, config: Any = None, **settings):
    """One row per finding: id, rule, severity, message, line, column, end_line,
    end_column, suggestions, fixable (the JSON report's diagnostics). `config` is a
    config file path, a dict of configuration keys or a Settings; keyword arguments are
    configuration keys over it (`select=["jargon"]`, `jurisdictions=["US-CO"]`). Without
    `id_col` the id is Spark's `monotonically_increasing_id()`."""
    return _map(df, text_col, id_col, format, format_col, config, settings,
                FINDING_SCHEMA, _finding_rows)


def metrics(df, text_col: str, id_col: str | None = None, format: str = "markdown",
            format_col: str | None = None, config: Any = None, **settings):
    """One row per ad: id, language, words, grade, gender (the gender-coding verdict),
    one boolean column per element (pay, benefits, location, … deadline), and error
    (why the row could not be linted, else null)."""
    return _map(df, text_col, id_col, format, format_col, config, settings,
                METRICS_SCHEMA, _metrics_rows)
