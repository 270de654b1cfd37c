"""adlint at scale: Spark local[1] vs local[2], and the command line on a JSON Lines table.

    python benchmarks/spark.py ../shared/corpus --ads 200000

Builds a table of N ads from the corpus's Markdown and HTML files, each copy varied (a
copy number in the title and a changed sentence) so that no cache can help, written
once as Parquet (for Spark) and JSON Lines (for the CLI). Then, with default rules:

- Spark `local[1]` and `local[2]`: adlint.spark.lint(...) written to Parquet, wall time,
  ads per second, scaling factor, and the peak resident memory of any one Python worker
  (sampled from /proc every 0.2 s);
- `adlint check TABLE.jsonl --text-column text --format jsonl --jobs 1` and `--jobs 2`.

Prints a Markdown table. Spark start-up (about 10-30 s) is included in the Spark rows,
as a user would see it; the CLI rows include Python start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

FORMATS = {".md": "markdown", ".html": "html"}


def build_table(corpus: Path, n: int, folder: Path) -> tuple[Path, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sources = [(p, FORMATS[p.suffix]) for p in sorted(corpus.rglob("*"))
               if p.suffix in FORMATS and p.is_file()]
    texts = [(p.read_text(encoding="utf-8", errors="replace"), fmt) for p, fmt in sources]
    jsonl, parquet = folder / "ads.jsonl", folder / "ads.parquet"
    writer, batch = None, []
    with open(jsonl, "w", encoding="utf-8") as fh:
        for i in range(n):
            text, fmt = texts[i % len(texts)]
            copy = i // len(texts)
            if copy:  # vary every copy: a copy number on the first line, one sentence changed
                head, _, rest = text.partition("\n")
                text = f"{head} ({copy})\n{rest}\n\nThis is copy {copy} of this ad, posted {i}.\n"
            row = {"id": f"ad-{i}", "text": text, "format": fmt}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            batch.append(row)
            if len(batch) == 5000:
                t = pa.Table.from_pylist(batch)
                writer = writer or pq.ParquetWriter(parquet, t.schema)
                writer.write_table(t)
                batch = []
    if batch:
        t = pa.Table.from_pylist(batch)
        writer = writer or pq.ParquetWriter(parquet, t.schema)
        writer.write_table(t)
    writer.close()
    return jsonl, parquet


class WorkerMemory:
    """The largest VmRSS of any process whose command line names pyspark's worker."""

    def __init__(self):
        self.peak_kb, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(0.2):
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                    if b"pyspark.daemon" not in cmd and b"pyspark.worker" not in cmd:
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


SPARK_JOB = """
import sys, time
from pyspark.sql import SparkSession
from adlint import spark as adlint_spark
t0 = time.time()
spark = (SparkSession.builder.master(sys.argv[1]).appName("adlint-bench")
         .config("spark.ui.enabled", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
# a single Parquet file can be one partition: spread the rows over every core
ads = spark.read.parquet(sys.argv[2]).repartition(spark.sparkContext.defaultParallelism * 4)
adlint_spark.lint(ads, "text", id_col="id", format_col="format").write.mode("overwrite").parquet(sys.argv[3])
n = spark.read.parquet(sys.argv[3]).count()
print(n, time.time() - t0)
spark.stop()
"""


def run_spark(master: str, parquet: Path, out: Path) -> tuple[float, int, int]:
    script = out.parent / "job.py"
    script.write_text(SPARK_JOB, encoding="utf-8")
    with WorkerMemory() as mem:
        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, str(script), master, str(parquet), str(out)],
                             capture_output=True, text=True)
        wall = time.perf_counter() - t0
    if res.returncode:
        sys.exit(f"spark run failed:\n{res.stderr[-3000:]}")
    findings = int(res.stdout.split()[0])
    return wall, findings, mem.peak_kb


def run_cli(jsonl: Path, jobs: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "adlint", "check", str(jsonl), "--text-column", "text",
                          "--id-column", "id", "--format-column", "format", "--format", "jsonl",
                          "--jobs", str(jobs), "--no-cache", "--exit-zero"],
                         capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if res.returncode:
        sys.exit(f"adlint failed:\n{res.stderr[-3000:]}")
    findings = sum(len(json.loads(line).get("diagnostics", ())) for line in res.stdout.splitlines())
    return wall, findings


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--ads", type=int, default=200_000)
    p.add_argument("--skip-cli", action="store_true")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl, parquet = build_table(args.corpus, args.ads, folder)
        rows = []
        for master in ("local[1]", "local[2]"):
            wall, findings, peak = run_spark(master, parquet, folder / f"out-{master[6]}")
            rows.append((f"Spark {master}", wall, findings, f"{peak / 1024:.0f} MB per worker"))
        if not args.skip_cli:
            for jobs in (1, 2):
                wall, findings = run_cli(jsonl, jobs)
                rows.append((f"adlint check --jobs {jobs} (JSON Lines)", wall, findings, ""))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{args.ads:,} ads")
    print()
    print("| run | wall (s) | ads/s | findings | memory |")
    print("|---|---:|---:|---:|---|")
    for name, wall, findings, mem in rows:
        print(f"| {name} | {wall:.1f} | {args.ads / wall:,.0f} | {findings:,} | {mem} |")
    one, two = rows[0][1], rows[1][1]
    print(f"\nSpark scaling local[1] -> local[2]: {one / two:.2f}x")


if __name__ == "__main__":
    main()
