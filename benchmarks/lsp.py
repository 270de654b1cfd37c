"""How fast `adlint lsp` re-lints a long ad after a change, and whether its memory
stays flat over many edits.

    python benchmarks/lsp.py [--words 3000] [--edits 1000]

Starts `adlint lsp` as an editor would (tests/lsp_client.py), opens a Markdown ad of
about --words words built from the bundled examples, then:

1. re-lint time: 30 edits with the debounce set to 0 ms, each timed from sending
   didChange to receiving its publishDiagnostics (median, 90th percentile, max);
2. memory: --edits edits in a row (each changes one word, as typing does), with the
   server's resident memory (VmRSS from /proc, Linux) after every 100.

Nothing here is asserted; the figures go in the README.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from lsp_client import Client  # noqa: E402


def long_ad(words: int) -> str:
    parts = []
    for p in sorted((ROOT / "examples").glob("*.md")):
        body = p.read_text(encoding="utf-8")
        parts.append(body.split("---\n", 2)[-1] if body.startswith("---") else body)
    text = "# Senior data analyst\n\n"
    k = 0
    while len(text.split()) < words:
        text += parts[k % len(parts)].replace("# ", "## ", 1) + "\n\n"
        k += 1
    return text


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=3000)
    ap.add_argument("--edits", type=int, default=1000)
    args = ap.parse_args(argv)

    text = long_ad(args.words)
    folder = Path(tempfile.mkdtemp(prefix="adlint-lsp-bench-"))
    doc = (folder / "long-ad.md").resolve().as_uri()
    client = Client(cwd=folder, env={"ADLINT_CACHE_DIR": str(folder / "cache")})
    try:
        client.initialize(root=folder, options={"debounce": 0})
        client.open(doc, text)
        client.diagnostics(doc, version=1)
        print(f"ad: {len(text.split())} words, {len(text)} characters; "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

        times = []
        version = 1
        for i in range(30):
            version += 1
            edited = text.replace("team", f"team{i % 7}", 1)
            t0 = time.perf_counter()
            client.change(doc, edited, version)
            client.diagnostics(doc, version=version)
            times.append((time.perf_counter() - t0) * 1000)
            client.backlog.clear()
        times.sort()
        print(f"re-lint after a change (didChange -> publishDiagnostics, debounce 0): "
              f"median {statistics.median(times):.0f} ms, p90 {times[int(len(times) * 0.9)]:.0f} ms, "
              f"max {times[-1]:.0f} ms")

        pid = client.proc.pid
        print(f"memory: {rss_mb(pid):.1f} MB after opening")
        start = time.perf_counter()
        for i in range(1, args.edits + 1):
            version += 1
            client.change(doc, text.replace("data", f"data{i}", 1), version)
            client.diagnostics(doc, version=version)
            client.backlog.clear()
            client.seen.clear()
            if i % 100 == 0:
                print(f"  after {i:>5} edits: {rss_mb(pid):.1f} MB")
        print(f"{args.edits} edits in {time.perf_counter() - start:.1f} s")
    finally:
        client.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
