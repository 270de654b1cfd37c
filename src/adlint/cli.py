"""Command line: argument parsing and exit codes only.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage, config or input errors.
"""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .config import PROFILES
from .finding import SEVERITIES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _extend(values):
    out = []
    for v in values or ():
        out.extend(v)
    return tuple(out)


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with the terminal's width looked up only when help is
    written (argparse makes a formatter per argument; the lookup imports shutil)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._given = (width, max_help_position, indent_increment)
        self._sizes: tuple[int, int] | None = None
        super().__init__(prog, indent_increment, max_help_position, width=80)

    def _size(self, i: int) -> int:
        if self._sizes is None:
            width, max_help, indent = self._given
            if width is None:
                import shutil

                width = shutil.get_terminal_size().columns - 2
            self._sizes = (width, min(max_help, max(width - 20, indent * 2)))
        return self._sizes[i]

    _width = property(lambda self: self._size(0), lambda self, value: None)
    _max_help_position = property(lambda self: self._size(1), lambda self, value: None)


COMMANDS = ("check", "rules", "serve", "explain", "lsp")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only that command's sub-parser is built (the
    others cost a run's start-up and are never used)."""
    p = argparse.ArgumentParser(
        prog="adlint", description="Lint job ads and careers pages (Markdown, HTML, text).",
        formatter_class=_Formatter)
    p.add_argument("--version", action="version", version=f"adlint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    if command in (None, "check"):
        _check_parser(sub)
    if command in (None, "rules"):
        _rules_parser(sub)
    if command in (None, "serve"):
        _serve_parser(sub)
    if command in (None, "explain"):
        _explain_parser(sub)
    if command in (None, "lsp"):
        sub.add_parser("lsp", help="a language server for editors (LSP over stdio)",
                       description="Speak the Language Server Protocol on stdin/stdout: "
                                   "diagnostics, fixes and explanations in your editor.",
                       formatter_class=_Formatter)
    return p


def _check_parser(sub) -> None:
    from .report import FORMATS

    c = sub.add_parser("check", help="lint files or folders",
                       description="Lint files or folders of job ads.",
                       formatter_class=_Formatter)
    c.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                   help="files or folders (default: .); - reads standard input")
    c.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format")
    c.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    c.add_argument("--color", dest="color", action="store_true", default=None,
                   help="colour the text output even when not on a terminal")
    c.add_argument("--no-color", dest="color", action="store_false", help="never colour output")
    c.add_argument("--select", type=_csv, action="append", metavar="IDS",
                   help="only these rules or packs (comma-separated; ALL for every rule)")
    c.add_argument("--extend-select", type=_csv, action="append", metavar="IDS",
                   help="add these rules or packs to the selection")
    c.add_argument("--ignore", type=_csv, action="append", metavar="IDS",
                   help="skip these rules or packs")
    c.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that fails (default: warning)")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    c.add_argument("--statistics", action="store_true", help="show counts per rule")
    c.add_argument("-q", "--quiet", action="store_true", help="findings only, no summary")
    c.add_argument("-v", "--verbose", action="store_true",
                   help="text output: every finding on its own line, whole-ad ones too")
    c.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    c.add_argument("--diff", action="store_true", help="show the fixes as a diff, change nothing")
    c.add_argument("--config", metavar="FILE", help="use this config file for every file")
    c.add_argument("-j", "--jobs", type=_positive_int, metavar="N",
                   help="lint in N processes (default: one per CPU core)")
    c.add_argument("--no-cache", action="store_true",
                   help="do not read or write the result cache (see ADLINT_CACHE_DIR)")
    c.add_argument("--exclude", type=_csv, action="append", metavar="GLOBS",
                   help="skip files and folders matching these globs")
    c.add_argument("--stdin-filename", metavar="PATH",
                   help="path of the text read from -, for config, format and output")
    c.add_argument("--format-in", choices=("markdown", "html", "text"),
                   help="input format (default: from the extension)")
    c.add_argument("--language", help="language of the documents, e.g. en, fr")
    c.add_argument("--profile", choices=PROFILES, help="what kind of page this is")
    c.add_argument("--grammar", dest="grammar", action="store_const", const="on",
                   help="check grammar and spelling with LanguageTool; --grammar=required "
                        "makes an unreachable LanguageTool an error (exit 2), --grammar=off "
                        "turns it off")
    c.add_argument("--grammar-mode", dest="grammar", choices=("on", "off", "required"),
                   help=argparse.SUPPRESS)
    c.add_argument("--languagetool-url", metavar="URL",
                   help="a running LanguageTool server, e.g. http://localhost:8010 "
                        "(default: $ADLINT_LANGUAGETOOL_URL, the config, else a local one)")
    c.add_argument("--jurisdictions", metavar="CODES",
                   help="pay-transparency laws to check, e.g. US-CO,US-NYC,CA-ON,EU, or auto "
                        "(inferred from the ad's location); not legal advice")
    c.add_argument("--report-unused-disables", action="store_true",
                   help="report adlint-disable comments that suppress nothing")
    t = c.add_argument_group("tables", "lint each row of .jsonl, .csv or .parquet files as one ad")
    t.add_argument("--text-column", metavar="NAME", help="the column with the ad's text")
    t.add_argument("--id-column", metavar="NAME",
                   help="the column that names each row in results (default: the row number)")
    t.add_argument("--format-column", metavar="NAME",
                   help="the column with each row's format: markdown, html or text "
                        "(default: --format-in, else markdown)")


def _rules_parser(sub) -> None:
    r = sub.add_parser("rules", help="list every rule", formatter_class=_Formatter)
    r.add_argument("-f", "--format", choices=("text", "json"), default="text")
    r.add_argument("--config", metavar="FILE")
    r.add_argument("pack", nargs="?", help="only rules of this pack")


def _serve_parser(sub) -> None:
    sv = sub.add_parser("serve", help="a local page to check ads as you type",
                        description="Serve a local page (loopback only by default) where you "
                                    "paste an ad and see its problems as you type.",
                        formatter_class=_Formatter)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks one)")
    sv.add_argument("--open", action="store_true", help="open the page in your browser")
    sv.add_argument("--max-bytes", type=_positive_int, default=512 * 1024,
                    help="largest ad the page accepts (default 512 KB)")


def _explain_parser(sub) -> None:
    e = sub.add_parser("explain", help="explain a rule: rationale, source, examples",
                       formatter_class=_Formatter)
    e.add_argument("rule", help="rule id, e.g. jargon/rockstar")
    e.add_argument("--config", metavar="FILE")


def _err(msg: str) -> None:
    print(f"adlint: error: {msg}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    if not argv:
        parser.print_help()
        return EXIT_ERROR
    # --grammar takes its value only as --grammar=VALUE, so a path after it stays a path
    argv = [("--grammar-mode=" + a.split("=", 1)[1]) if a.startswith("--grammar=") else a
            for a in argv]
    args = parser.parse_args(argv)
    from .config import ConfigError
    from .rules import RuleError

    try:
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "serve":
            from . import serve

            return serve.main(args.host, args.port, args.open, args.max_bytes)
        if args.command == "lsp":
            from . import lsp

            return lsp.main()
    except (ConfigError, RuleError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:  # `adlint rules | head`: the reader stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    parser.print_help()
    return EXIT_ERROR


def _registry_for(config: str | None):
    from .config import ConfigFinder
    from .rules import load_registry

    settings = ConfigFinder(config).for_path(os.path.join(os.getcwd(), "x"))
    return load_registry(settings.rule_folders), settings


def cmd_rules(args) -> int:
    import json

    registry, settings = _registry_for(args.config)
    from .rules import check_kind

    rows = [r for r in registry.all_rules() if not args.pack or r.pack == args.pack]
    if args.format == "json":
        print(json.dumps([{
            "id": r.id, "severity": r.severity, "languages": list(r.languages or []),
            "fixable": check_kind(r.kind).fixable, "default": r.default, "kind": r.kind,
            "profiles": {p: r.severity_in(p) or "off" for p in PROFILES},
            "summary": r.short, "source": r.source} for r in rows], indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max((len(r.id) for r in rows), default=10)

    def sev(r, profile):
        got = r.severity_in(profile)
        return got if got else "off"

    print(f"{'RULE':<{width}}  {'JOB-AD':<8} {'CAREERS':<8} {'LANG':<5} FIX  SUMMARY")
    for r in rows:
        fix = "fix" if check_kind(r.kind).fixable else "   "
        langs = ",".join(r.languages) if r.languages else "any"
        off = "" if r.default else " (off by default)"
        print(f"{r.id:<{width}}  {sev(r, 'job-ad'):<8} {sev(r, 'careers-page'):<8} {langs:<5} "
              f"{fix}  {r.short}{off}")
    ids = {r.id for r in rows}
    more = f" ({len(rows) - len(ids)} more in other languages)" if len(rows) > len(ids) else ""
    print(f"\n{len(ids)} rules in {len({r.pack for r in rows})} packs{more}.")
    return EXIT_OK


def cmd_explain(args) -> int:
    import textwrap

    registry, _ = _registry_for(args.config)
    rule = registry.rules.get(args.rule)
    if rule is None:
        from .engine.validate import suggest

        _err(f"unknown rule {args.rule!r}{suggest(args.rule, list(registry.rules))}")
        return EXIT_ERROR
    from .rules import check_kind

    print(f"{rule.id}  [{rule.severity}{', fixable' if check_kind(rule.kind).fixable else ''}]")
    print()
    print(textwrap.fill(rule.short, 88))
    if rule.rationale:
        print()
        print("Why:")
        print(textwrap.fill(rule.rationale, 88, initial_indent="  ", subsequent_indent="  "))
    if rule.examples.get("bad"):
        print()
        print("Bad:")
        print(textwrap.indent(rule.examples["bad"], "  "))
    if rule.examples.get("good"):
        print()
        print("Better:")
        print(textwrap.indent(rule.examples["good"], "  "))
    print()
    print(f"Languages: {', '.join(rule.languages) if rule.languages else 'any'}")
    if rule.source:
        print(f"Source: {rule.source}")
    for other in registry.variants.get(rule.id, ()):
        print()
        print(f"In {', '.join(other.languages or ())}: {other.short}")
        for key, title in (("bad", "Bad"), ("good", "Better")):
            if other.examples.get(key):
                print(f"{title}:")
                print(textwrap.indent(other.examples[key], "  "))
        if other.source:
            print(f"Source: {other.source}")
    return EXIT_OK


def _overrides(args) -> dict:
    """Settings given on the command line, applied over each file's configuration."""
    changes: dict = {}
    if args.select:
        changes["select"] = _extend(args.select)
    if args.fail_on:
        changes["fail_on"] = args.fail_on
    if args.language:
        changes["language"] = args.language
    if args.profile:
        changes["profile"] = args.profile
    if args.grammar:
        changes["grammar"] = {"on": True, "off": False, "required": "required"}[args.grammar]
    if args.languagetool_url:
        changes["languagetool_url"] = args.languagetool_url
    if args.no_cache:
        changes["cache"] = False
    if args.jurisdictions:
        from .config import parse_jurisdictions

        value = "auto" if args.jurisdictions == "auto" else _csv(args.jurisdictions)
        changes["jurisdictions"] = parse_jurisdictions(value, "--jurisdictions", "value")
    return changes


def cmd_check(args) -> int:
    from . import engine, report

    overrides = _overrides(args)
    if args.text_column:
        from .table.cli import check_tables

        return check_tables(args, overrides)
    if args.id_column or args.format_column:
        _err("--id-column and --format-column need --text-column (the column with the ad's text)")
        return EXIT_ERROR
    options = engine.RunOptions(
        paths=tuple(args.paths), config=args.config, overrides=overrides,
        exclude=_extend(args.exclude), fmt=args.format_in, stdin_filename=args.stdin_filename,
        fix=args.fix, diff=args.diff, jobs=args.jobs, report_unused=args.report_unused_disables,
        extend_select=_extend(args.extend_select), ignore=_extend(args.ignore))
    run = engine.run(options, read_stdin=sys.stdin.buffer.read)
    for p, why in run.skipped:
        print(f"adlint: {report.display_path(p)}: {why}", file=sys.stderr)

    if args.fix and run.fixed:
        files_fixed = len(run.fixed)
        print(f"Fixed {run.fixed_count} problem{'s' if run.fixed_count != 1 else ''} in "
              f"{files_fixed} file{'s' if files_fixed != 1 else ''}.", file=sys.stderr)
    if run.stdin_output is not None:
        sys.stdout.buffer.write(run.stdin_output)
        sys.stdout.flush()
    elif args.diff:
        sys.stdout.write(run.diff)
    else:
        color = args.color
        if color is None:
            color = (not args.output and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
        from .rules import load_registry

        out = report.render(args.format, run.results, load_registry(run.base.rule_folders),
                            color=color, statistics=args.statistics, quiet=args.quiet,
                            verbose=args.verbose, output=args.output)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(out)
        else:
            sys.stdout.write(out)
        if args.format != "text":
            for r in run.results:
                if r.error:
                    print(f"adlint: {report.display_path(r.path)}: {r.error}", file=sys.stderr)

    for n in run.notices:
        print(f"adlint: {n}", file=sys.stderr)
    if run.errors or run.grammar_required_failed:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    if args.diff:
        return EXIT_FINDINGS if any(f.fix for r in run.results for f in r.findings) else EXIT_OK
    return EXIT_FINDINGS if run.failing(args.fail_on or run.base.fail_on) else EXIT_OK
