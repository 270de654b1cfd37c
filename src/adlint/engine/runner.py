"""Linting many files: a result cache and worker processes (`--jobs`).

Results come back in the order the files were given, whatever the number of
jobs, so output is deterministic.
"""

from __future__ import annotations

import gc
import os
from typing import Callable

from ..config import Settings
from ..record import FrozenRecord
from . import filter as filters
from .cache import Store
from .lint import FileResult, lint_path


class Job(FrozenRecord):
    _fields = ("path", "settings", "fmt", "report_unused")

    def __init__(self, path: str, settings: Settings, fmt: str | None = None,
                 report_unused: bool = False):
        self.__dict__.update(path=path, settings=settings, fmt=fmt, report_unused=report_unused)


class FileTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise FileTimeout


def lint_job(job: Job, store: Store | None) -> FileResult:
    """Lint one file within job.settings.file_timeout seconds (where the platform has
    interval timers: POSIX, main thread); past it the file is reported and skipped."""
    import signal
    import threading

    limit = job.settings.file_timeout
    timed = (limit and limit > 0 and hasattr(signal, "setitimer")
             and threading.current_thread() is threading.main_thread())
    if not timed:
        return _lint_job(job, store)
    old = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        return _lint_job(job, store)
    except FileTimeout:
        return FileResult(job.path, job.fmt, error=(
            f"took longer than {limit:g} s to lint, skipped (raise file-timeout in the config "
            "if it is a very large file)"))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _lint_job(job: Job, store: Store | None) -> FileResult:
    return lint_path(job.path, job.settings, job.fmt, job.report_unused, store=store)


def _work(args: tuple[list[Job], bool]) -> tuple[list[FileResult], dict]:
    from .. import rule_index

    jobs, use_cache = args
    same = {id(s): _interned(s) for s in {id(j.settings): j.settings for j in jobs}.values()}
    jobs = [j.replace(settings=same[id(j.settings)]) for j in jobs]
    store = Store("results") if use_cache else None
    # the parsed document stays in the worker: results travel back without it, with
    # what the worker added to the rule index since its last batch (the parent saves it once)
    results = [lint_job(j, store).replace(document=None) for j in jobs]
    return results, rule_index.take_added()


#: a worker's settings by their repr: each batch arrives with settings unpickled anew, and
#: the registry works out which rules to run once per settings object (Registry.plan)
_SETTINGS: dict[str, Settings] = {}


def _interned(settings: Settings) -> Settings:
    return _SETTINGS.setdefault(repr(settings), settings)


def _prepare(all_settings) -> None:
    """Load rules and compile their checks once, before the workers start: forked
    workers share them, and the compiled patterns reach the regex cache."""
    from ..analysis import elements, pay, sections
    from ..rules import load_registry

    for settings in all_settings:
        registry = load_registry(settings.rule_folders)
        for rule in registry.all_rules():
            if filters.enabled(settings, rule):
                registry.check_for(rule, settings.rules.get(rule.id))
    sections.section_patterns()  # the analysis's patterns too
    pay.words()
    elements.language_data("en")
    # at most one local LanguageTool per run: start it here, workers inherit its URL
    for settings in all_settings:
        if settings.grammar:
            from ..backends import languagetool as lt

            server = lt.server_for(settings)
            try:
                server.start()
            except lt.BackendError:
                pass  # server.failed is set; every file reports it, the CLI prints it once
            if server.url:
                os.environ[lt.ENV_URL] = server.url


def run(jobs: list[Job], n_jobs: int | None = None, use_cache: bool = True,
        progress: Callable[[FileResult], None] | None = None) -> list[FileResult]:
    """Lint every job; n_jobs None means one process per CPU core."""
    # what is loaded so far (rules, compiled patterns, word lists) lives as long as the
    # run: the collector stops walking it after every few hundred allocations, and forked
    # workers stop copying its pages by touching it
    gc.freeze()
    # a lint allocates hundreds of thousands of short-lived objects (tokens, matches) and
    # few cycles: collecting after every 700 allocations cost 3% of a batch for nothing
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *thresholds[1:])
    try:
        return _run(jobs, n_jobs, use_cache)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _run(jobs: list[Job], n_jobs: int | None, use_cache: bool) -> list[FileResult]:
    n = n_jobs or os.cpu_count() or 1
    n = max(1, min(n, len(jobs) // 4 or 1))  # a process pays off from a few files each
    if n == 1:
        store = Store("results") if use_cache else None
        # drop each parsed document once linted: memory stays flat over many files
        return [lint_job(j, store).replace(document=None) for j in jobs]
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    _prepare(list({repr(j.settings): j.settings for j in jobs}.values()))
    gc.freeze()  # the compiled checks too

    # fork shares the loaded rules with the workers; elsewhere spawn re-imports them
    method = "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" else "spawn"
    ctx = mp.get_context(method)
    # small batches handed out as workers free up, largest files first: no worker
    # sits idle while another finishes a long tail (files interleaved statically left
    # one worker a second or more behind the other)
    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i].path))
    per = max(1, min(BATCH, len(jobs) // (n * 4)))
    batches = [order[i:i + per] for i in range(0, len(order), per)]
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        parts = list(pool.map(_work, [([jobs[i] for i in b], use_cache) for b in batches]))
    from .. import rule_index

    out: list[FileResult | None] = [None] * len(jobs)
    for b, (part, index_entries) in zip(batches, parts):
        rule_index.merge(index_entries)
        for i, res in zip(b, part):
            out[i] = res
    return out  # type: ignore[return-value]


#: allocations between collections of the youngest generation during a run (Python: 700)
GC_THRESHOLD = 50_000

#: files per batch sent to a worker (fewer when there are few files)
BATCH = 8


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
