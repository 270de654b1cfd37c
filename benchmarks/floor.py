"""The floor: markdown-it-py parsing the same files, nothing else, in as many
processes as `adlint check` uses (one per CPU core, files interleaved), one
process start included. benchmarks/run.py times it beside adlint.

    python benchmarks/floor.py FILE...
"""

from __future__ import annotations

import os
import sys


def parse_all(paths: list[str]) -> int:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")  # adlint's configuration
    tokens = 0
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            tokens += len(md.parse(fh.read()))
    return tokens


def main(paths: list[str]) -> None:
    n = max(1, min(os.cpu_count() or 1, len(paths) // 4 or 1))  # as adlint's runner decides
    if n == 1:
        parse_all(paths)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        list(pool.map(parse_all, [paths[i::n] for i in range(n)]))


if __name__ == "__main__":
    main(sys.argv[1:])
