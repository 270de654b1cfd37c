"""Benchmark adlint against write-good, alex and proselint, side by side.

    python benchmarks/run.py ../shared/corpus/md            # batch + one ad + scaling
    python benchmarks/run.py ../shared/corpus/md --rounds 5 --skip-scaling

Peers are installed on first use into benchmarks/.peers (npm for write-good and
alex, a virtual environment for proselint) or taken from PATH. Each tool runs in
one process over the same files; tools run alternately, `--rounds` times, and
the table shows medians and the ratio to adlint. adlint runs with --no-cache
(cold: what a fresh checkout or CI sees) and with its result cache warm (what a
second pre-commit run sees). Peak memory is the largest resident set of the
process tree (ru_maxrss of the waited child).

The floor (benchmarks/floor.py) is markdown-it-py alone parsing the same files in
as many processes as adlint uses; the ratio adlint cold / floor is printed. The
one-ad table also times the first run on a machine: no rule index yet (a fresh
cache folder for each run); then one ad in a warm process (rules and index loaded, as
`adlint serve` and `adlint lsp` keep them), the median over 49 ads new to the process.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS = HERE / ".peers"
FLOOR = "floor: markdown-it-py parse only"


def peer_commands() -> dict[str, list[str]]:
    npm_bin = PEERS / "node_modules" / ".bin"
    if not (npm_bin / "write-good").exists() or not (npm_bin / "alex").exists():
        if shutil.which("npm"):
            subprocess.run(["npm", "install", "--silent", "--prefix", str(PEERS), "write-good", "alex"],
                           check=False, stdout=subprocess.DEVNULL)
    venv = PEERS / "venv"
    proselint = venv / "bin" / "proselint"
    if not proselint.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=False)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"], check=False)
    cmds = {}
    for name in ("write-good", "alex"):
        exe = npm_bin / name if (npm_bin / name).exists() else shutil.which(name)
        if exe:
            cmds[name] = [str(exe)]
    exe = proselint if proselint.exists() else shutil.which("proselint")
    if exe:
        # proselint 0.16 has a `check` command; older versions take paths directly
        out = subprocess.run([str(exe), "--help"], capture_output=True, text=True).stdout
        cmds["proselint"] = [str(exe), "check"] if "check" in out else [str(exe)]
    return cmds


def run_once(cmd: list[str], files: list[str], env=None) -> tuple[float, float]:
    """(wall seconds, peak MB) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    return wall, usage.ru_maxrss / 1024


def bench(tools: dict[str, list[str]], files: list[str], rounds: int, env) -> dict[str, tuple[float, float]]:
    times: dict[str, list[float]] = {k: [] for k in tools}
    mem: dict[str, float] = {k: 0.0 for k in tools}
    for _ in range(rounds):
        for name, cmd in tools.items():  # alternate tools within each round
            wall, mb = run_once(cmd, files, env)
            times[name].append(wall)
            mem[name] = max(mem[name], mb)
    return {k: (statistics.median(v), mem[k]) for k, v in times.items()}


def table(title: str, results: dict[str, tuple[float, float]], ref: str) -> None:
    base = results[ref][0]
    print(f"\n{title}")
    print(f"| tool | median wall (s) | peak memory (MB) | × adlint cold |")
    print(f"|---|---:|---:|---:|")
    for name, (t, mb) in sorted(results.items(), key=lambda kv: kv[1][0]):
        print(f"| {name} | {t:.2f} | {mb:.0f} | {t / base:.1f} |")


def warm_process(paths: list[str], env) -> float:
    """Median milliseconds to lint one ad in a process that has linted another before
    (rules, index and imports loaded), each ad new to the process: paths[0] warms it up,
    the rest are timed."""
    code = ("import statistics, sys, time; from pathlib import Path; import adlint\n"
            "linter = adlint.Linter()\n"
            "linter.lint_text(Path(sys.argv[1]).read_text(encoding='utf-8'))\n"
            "times = []\n"
            "for p in sys.argv[2:]:\n"
            "    text = Path(p).read_text(encoding='utf-8')\n"
            "    t = time.perf_counter(); linter.lint_text(text, path=p)\n"
            "    times.append(time.perf_counter() - t)\n"
            "print(statistics.median(times) * 1000)")
    out = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True,
                         env=env, check=True)
    return float(out.stdout.split()[-1])


def words(path: str) -> int:
    return len(Path(path).read_text(encoding="utf-8", errors="replace").split())


def _english(paths: list[str]) -> list[str]:
    code = ("import sys; from adlint.engine import lint_path; from adlint.config import Settings\n"
            "s = Settings(select=('structure/too-long',))\n"
            "for p in sys.argv[1:]:\n    print(lint_path(p, s).language)")
    out = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True)
    return [p for p, lang in zip(paths, out.stdout.split()) if lang == "en"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", help="folder of Markdown ads (e.g. ../shared/corpus/md)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--one", help="the single ad for the cold-start test (default: the first file)")
    ap.add_argument("--skip-scaling", action="store_true")
    args = ap.parse_args()

    files = sorted(str(p) for p in Path(args.corpus).glob("*.md"))
    # adlint's bytecode, as `pip install` writes it (a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run)
    import importlib.util

    spec = importlib.util.find_spec("adlint")
    if spec and spec.submodule_search_locations:
        subprocess.run([sys.executable, "-m", "compileall", "-q", *spec.submodule_search_locations],
                       stdout=subprocess.DEVNULL, check=False)
    adlint = [sys.executable, "-m", "adlint", "check", "-q", "--exit-zero"]
    cache = tempfile.mkdtemp(prefix="adlint-bench-cache-")
    env = {**os.environ, "ADLINT_CACHE_DIR": cache}
    peers = peer_commands()
    cpus = os.cpu_count()
    print(f"machine: {platform.processor() or platform.machine()}, {cpus} CPUs, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print(f"corpus: {len(files)} files, {sum(map(words, files)):,} words; rounds: {args.rounds}")
    print("peers: " + ", ".join(f"{k} ({' '.join(v)})" for k, v in peers.items()))

    floor = [sys.executable, str(HERE / "floor.py")]
    tools = {"adlint (cold, --no-cache)": adlint + ["--no-cache"], **peers}
    subprocess.run(adlint + files, env=env, stdout=subprocess.DEVNULL)  # fill the cache
    # the floor runs in the same rounds, alternating with the tools
    batch = bench({**tools, FLOOR: floor}, files, args.rounds, env)
    batch["adlint (warm cache)"] = bench({"a": adlint}, files, args.rounds, env)["a"]
    batch["adlint (cold, --jobs 1)"] = bench({"a": adlint + ["--no-cache", "--jobs", "1"]}, files,
                                             args.rounds, env)["a"]
    table(f"Batch: {len(files)} files in one process per tool", batch, "adlint (cold, --no-cache)")
    cold = batch["adlint (cold, --no-cache)"][0]
    print(f"\nadlint cold / floor (markdown-it-py parse only, same files, same processes): "
          f"{cold / batch[FLOOR][0]:.2f}×")
    if "write-good" in batch:
        print(f"write-good / adlint cold: {batch['write-good'][0] / cold:.1f}×")

    one_job = batch["adlint (cold, --jobs 1)"][0]
    print(f"--jobs scaling ({cpus} CPUs): --jobs 1 {one_job:.2f} s, default {cold:.2f} s: "
          f"{one_job / cold:.2f}× faster")

    one = args.one or files[0]
    # the first run on a machine: no rule index yet (a fresh cache folder every run)
    first = ["sh", "-c", 'd=$(mktemp -d); ADLINT_CACHE_DIR="$d" "$@"; s=$?; rm -rf "$d"; exit $s',
             "sh", *adlint, "--no-cache"]
    single = bench({**tools, "adlint (first run, no rule index)": first}, [one],
                   max(args.rounds, 5), env)
    table(f"One ad, cold process: {one} ({words(one):,} words)", single, "adlint (cold, --no-cache)")
    if "write-good" in single:
        print(f"\nadlint cold / write-good, one ad: "
              f"{single['adlint (cold, --no-cache)'][0] / single['write-good'][0]:.2f}×")

    sample = files[1:51]  # the first warms the process up, the other 49 are timed
    warm_ms = warm_process(sample, env)
    print(f"\nOne ad in a warm process (rules loaded, as in `adlint serve` and `adlint lsp`): "
          f"median {warm_ms:.0f} ms over {len(sample) - 1} ads it has not linted before")
    if "write-good" in single:
        print(f"adlint warm / write-good cold, one ad: {warm_ms / 1000 / single['write-good'][0]:.2f}×")

    if args.skip_scaling:
        return
    print("\nScaling (adlint, cold, --no-cache, --jobs 1):")
    english = _english(files)  # the rules are for English ads
    lengths = sorted(english, key=words)
    median = lengths[len(lengths) // 2]
    text = Path(median).read_text(encoding="utf-8")
    tmp = Path(tempfile.mkdtemp(prefix="adlint-bench-"))
    print("| input | words | wall (s) | s per 1,000 words |")
    print("|---|---:|---:|---:|")
    for n in (1, 10, 100):
        p = tmp / f"ad-x{n}.md"
        p.write_text("\n\n".join([text] * n), encoding="utf-8")
        w = words(str(p))
        t, _ = bench({"a": adlint + ["--no-cache", "--jobs", "1"]}, [str(p)], args.rounds, env)["a"]
        print(f"| median ad ×{n} | {w:,} | {t:.2f} | {t / w * 1000:.3f} |")
    for n in (1, 10):
        d = tmp / f"files-x{n}"
        d.mkdir()
        for k in range(n):
            for f in files:
                shutil.copy(f, d / f"{k}-{Path(f).name}")
        copies = sorted(str(p) for p in d.iterdir())
        w = sum(map(words, copies))
        t, mb = bench({"a": adlint + ["--no-cache"]}, copies, 1, env)["a"]
        print(f"| corpus ×{n} ({len(copies)} files, --jobs {cpus}) | {w:,} | {t:.2f} | "
              f"{t / w * 1000:.3f} |")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
