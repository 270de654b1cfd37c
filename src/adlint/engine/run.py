"""A whole run: collect files, lint them (in worker processes when it pays), apply
fixes and lint the fixed files again. The CLI, `adlint serve` and editor servers
call this; none of them re-implements it."""

from __future__ import annotations

import os
from typing import Callable

from ..config import ConfigFinder, Settings
from ..finding import SEVERITY_RANK
from ..record import FrozenRecord, Record
from ..rules import load_registry
from . import files, fix, validate
from .lint import FileResult, lint_path


_NEW = object()  # a parameter left out: a new empty list or dict


class RunOptions(FrozenRecord):
    """What to lint and how, beyond each file's own configuration."""

    _fields = ("paths", "config", "overrides", "extend_select", "ignore", "exclude", "fmt",
               "stdin_filename", "fix", "diff", "jobs", "report_unused")

    def __init__(
        self,
        paths: tuple[str, ...] = (".",),
        config: str | None = None,  # one config file for every file (--config)
        overrides: dict = _NEW,  # Settings fields set on the command line
        extend_select: tuple[str, ...] = (),  # added to each file's own extend-select
        ignore: tuple[str, ...] = (),  # added to each file's own ignore
        exclude: tuple[str, ...] = (),
        fmt: str | None = None,  # input format for every file (--format-in)
        stdin_filename: str | None = None,
        fix: bool = False,
        diff: bool = False,
        jobs: int | None = None,
        report_unused: bool = False,
    ):
        self.__dict__.update(
            paths=paths, config=config, overrides={} if overrides is _NEW else overrides,
            extend_select=extend_select, ignore=ignore, exclude=exclude, fmt=fmt,
            stdin_filename=stdin_filename, fix=fix, diff=diff, jobs=jobs,
            report_unused=report_unused)


class Run(Record):
    _fields = ("results", "skipped", "diff", "stdin_output", "base", "grammar_required_failed",
               "fixed")

    def __init__(
        self,
        results: list[FileResult] = _NEW,
        skipped: list[tuple[str, str]] = _NEW,  # (path, why), not linted
        diff: str = "",  # the fixes as a unified diff (--diff)
        stdin_output: bytes | None = None,  # the fixed text of standard input (--fix with -)
        base: Settings = _NEW,  # the settings of the working folder
        grammar_required_failed: bool = False,
        fixed: dict[str, int] = _NEW,  # path -> fixes applied (--fix)
    ):
        self.results = [] if results is _NEW else results
        self.skipped = [] if skipped is _NEW else skipped
        self.diff = diff
        self.stdin_output = stdin_output
        self.base = Settings() if base is _NEW else base
        self.grammar_required_failed = grammar_required_failed
        self.fixed = {} if fixed is _NEW else fixed

    @property
    def fixed_count(self) -> int:
        return sum(self.fixed.values())

    @property
    def notices(self) -> list[str]:
        """Messages about the run (a backend down), each once."""
        return list(dict.fromkeys(n for r in self.results for n in r.notices))

    @property
    def errors(self) -> bool:
        return any(r.error for r in self.results)

    def failing(self, fail_on: str) -> bool:
        threshold = SEVERITY_RANK[fail_on]
        return any(SEVERITY_RANK[f.severity] >= threshold for r in self.results for f in r.findings)


def run(options: RunOptions, read_stdin: Callable[[], bytes] | None = None) -> Run:
    """Lint `options.paths`; `read_stdin` supplies the bytes of "-"."""
    finder = ConfigFinder(options.config)
    # each config file's settings with the command line's changes: one object for all
    # its files (the rules a lint runs are planned once per settings object)
    effective: dict[int, tuple[Settings, Settings]] = {}

    def settings_for(path: str) -> Settings:
        s = finder.for_path(path)
        hit = effective.get(id(s))
        if hit is not None and hit[0] is s:
            return hit[1]
        # each config file once: its rule ids and options exist
        validate.check_settings(s, load_registry(s.rule_folders))
        changes = dict(options.overrides)
        if options.extend_select:
            changes["extend_select"] = s.extend_select + options.extend_select
        if options.ignore:
            changes["ignore"] = s.ignore + options.ignore
        effective[id(s)] = (s, s.replace(**changes) if changes else s)
        return effective[id(s)][1]

    base = finder.for_path(os.path.join(os.getcwd(), "x"))
    registry = load_registry(base.rule_folders)
    validate.check_ids(options.overrides.get("select", ()), registry, "command line", "--select")
    validate.check_ids(options.extend_select, registry, "command line", "--extend-select")
    validate.check_ids(options.ignore, registry, "command line", "--ignore")
    out = Run(base=base)
    paths, errors = files.collect(list(options.paths), options.exclude + base.exclude, out.skipped,
                                  include=base.include)
    out.results = [FileResult(p, error=msg) for p, msg in errors]

    if not (options.fix or options.diff) and "-" not in paths:
        from . import runner

        jobs = [runner.Job(p, settings_for(p), options.fmt, options.report_unused) for p in paths]
        use_cache = options.overrides.get("cache", True)
        out.results += runner.run(jobs, options.jobs, use_cache=use_cache)
        paths = []

    diffs = []
    for path in paths:
        shown = options.stdin_filename if path == "-" and options.stdin_filename else path
        settings = settings_for(shown if shown != "-" else "x")
        data = read_stdin() if path == "-" and read_stdin else None
        fmt = options.fmt if (path == "-" or options.fmt) else None
        res = lint_path(shown, settings, fmt, options.report_unused, data=data)
        if (options.fix or options.diff) and res.source is not None and any(f.fix for f in res.findings):
            new_text, applied = fix.apply_edits(res.source.text, res.findings)
            if options.diff:
                from ..report import display_path

                diffs.append(fix.unified_diff(display_path(shown), res.source.text, new_text))
            elif path == "-":
                out.stdin_output = fix.encode(res.source, new_text)
                out.fixed[shown] = applied
            else:
                try:
                    fix.write_atomic(res.source, new_text)
                except (fix.FixError, OSError) as exc:
                    res.notes.append(f"not fixed: {exc}")
                    res.error = f"not fixed: {exc}"
                else:  # what is left after the fixes
                    out.fixed[shown] = applied
                    res = lint_path(shown, settings, options.fmt, options.report_unused)
        elif path == "-" and options.fix and res.source is not None:
            out.stdin_output = res.source.raw
        out.results.append(res)
    out.diff = "".join(diffs)

    if out.notices:  # grammar = "required" (or --grammar=required): a missing LanguageTool fails
        grammar = options.overrides.get("grammar")
        if grammar is not None:
            out.grammar_required_failed = (grammar == "required"
                                           and any(r.backend_failed for r in out.results))
        else:
            out.grammar_required_failed = any(
                r.backend_failed and finder.for_path(r.path).grammar == "required"
                for r in out.results)
    return out
