"""`adlint check TABLE --text-column NAME`: the command line for tables."""

from __future__ import annotations

import os
import sys

from ..api import Linter
from ..config import ConfigError, ConfigFinder
from ..finding import SEVERITY_RANK
from . import reader
from .run import TableOptions, lint_table

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _linter(args, overrides: dict) -> Linter:
    finder = ConfigFinder(args.config)
    base = finder.for_path(os.path.abspath(args.paths[0]))
    changes = dict(overrides)
    for key in ("extend_select", "ignore"):
        extra = tuple(v for group in (getattr(args, key) or ()) for v in group)
        if extra:
            changes[key] = getattr(base, key) + extra
    return Linter(base.replace(**changes) if changes else base)


def check_tables(args, overrides: dict) -> int:
    from .. import report
    from ..report import jsonl_format
    from ..rules import load_registry

    if args.fix or args.diff:
        raise ConfigError("--fix and --diff change files; they do not apply to table rows")
    for path in args.paths:
        if path == "-" or reader.kind_of(path) is None:
            raise ConfigError(f"{path}: --text-column reads table files: .jsonl, .csv or .parquet")
    linter = _linter(args, overrides)
    opts = TableOptions(args.text_column, args.id_column, args.format_column,
                        args.format_in or "markdown", args.jobs or 1)
    fail_on = SEVERITY_RANK[args.fail_on or linter.settings.fail_on]
    errors = failing = 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        results = []
        for path in args.paths:
            for ident, res in lint_table(path, linter, opts):
                errors += bool(res.error)
                failing += any(SEVERITY_RANK[f.severity] >= fail_on for f in res.findings)
                if args.format == "jsonl":
                    out.write(jsonl_format.line(res, ident))  # streamed: constant memory
                else:
                    results.append(res)
                    if res.error and args.format != "text":
                        print(f"adlint: {res.path}: {res.error}", file=sys.stderr)
        if args.format != "jsonl":
            out.write(report.render(args.format, results, load_registry(linter.settings.rule_folders),
                                    color=False if args.color is None else args.color,
                                    statistics=args.statistics, quiet=args.quiet,
                                    verbose=args.verbose, output=args.output))
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if errors:
        print(f"adlint: {errors} row{'s' if errors != 1 else ''} could not be linted", file=sys.stderr)
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if failing else EXIT_OK
