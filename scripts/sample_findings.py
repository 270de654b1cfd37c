"""Sample adlint's span findings on a corpus for hand judging, and score the judgements.

Usage:
  python scripts/sample_findings.py sample PATH... [--adlint CMD] [-k K] [--seed N]
         [--root DIR] [--exclude GLOB...] [--reuse JUDGED.tsv...]
         --out SAMPLE.tsv --freq FREQ.tsv
  python scripts/sample_findings.py score JUDGED.tsv --freq FREQ.tsv [--min-judged N]

`sample` runs `CMD check --format json --no-cache --exit-zero PATH...` (default
rules), keeps the span findings (those that point at text: a non-empty `text` and a
real position, not the document-level verdicts at 1:1 such as elements/*,
structure/too-*, readability/grade, gender-coded/masculine-coded) of the files
adlint reads as English (`language` == "en", or the language given by --language), counts them per rule, and samples up
to K per rule with a fixed seed. Each rule is sampled with its own generator seeded
from (seed, rule), over its hits sorted by id, so adding or changing another rule
does not change a rule's sample.

The sample TSV has: id, rule, path, line, col, text, context, message, verdict,
reason. `id` is a stable hash of path (relative to --root, default the current
folder), line, col, rule and text; `context` is about 200 characters of the source
around the hit, whitespace collapsed, the hit marked with ⟦ ⟧. verdict (TP or FP)
and reason are left blank for the judge, except that --reuse fills them from
earlier judged TSVs for hits with the same id, so judgements carry over to later
runs as long as the hit is identical.

The frequency TSV has: rule, hits, files (files with at least one hit), sampled.

`score` prints, as Markdown, per-rule precision (judged, right, %) for the rules
with judged hits (with a 95% Wilson interval), the unweighted precision (mean of the per-rule precisions), the
pooled precision of all judged hits, and the precision weighted by hit frequency:
sum_r hits_r * prec_r / sum_r hits_r over the judged rules.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import hashlib
import json
import os
import random
import re
import shlex
import subprocess
import sys
from collections import Counter, defaultdict

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
COLUMNS = ["id", "rule", "path", "line", "col", "text", "context", "message",
           "verdict", "reason"]
FREQ_COLUMNS = ["rule", "hits", "files", "sampled"]
CONTEXT = 200  # characters of context around the hit, in total


def hit_id(path: str, line: int, col: int, rule: str, text: str) -> str:
    key = "\x1f".join([path, str(line), str(col), rule, text])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def is_span(d: dict) -> bool:
    """A finding that points at text, not a verdict on the whole document."""
    if not (d.get("text") or "").strip():
        return False
    pos = (d.get("line"), d.get("column"), d.get("end_line"), d.get("end_column"))
    return pos != (1, 1, 1, 1)


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def context(source: str, starts: list[int], d: dict) -> str:
    a = starts[d["line"] - 1] + d["column"] - 1
    b = starts[d["end_line"] - 1] + d["end_column"] - 1
    hit = source[a:b]
    if _collapse(hit).strip() != _collapse(d["text"]).strip():
        # position does not match the text: fall back to searching for it near a
        i = source.find(d["text"], max(0, a - 500))
        if i >= 0:
            a, b, hit = i, i + len(d["text"]), d["text"]
    room = max(0, CONTEXT - len(hit)) // 2
    before = source[max(0, a - room):a]
    after = source[b:b + room]
    return _collapse(f"{before}⟦{hit}⟧{after}").strip()


def line_starts(source: str) -> list[int]:
    starts = [0]
    for line in source.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def run_adlint(cmd: str, paths: list[str]) -> dict:
    argv = [*shlex.split(cmd), "check", "--format", "json", "--no-cache",
            "--exit-zero", *paths]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"adlint failed (exit {proc.returncode}): {' '.join(argv)}")
    return json.loads(proc.stdout)


def wilson(ok: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (small samples: read it, don't trust the point)."""
    if n == 0:
        return (0.0, 1.0)
    p = ok / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / d
    return (max(0.0, c - h), min(1.0, c + h))


def read_tsv(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE,
                                    quotechar=None))


def write_tsv(path: str, columns: list[str], rows: list[dict]) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, columns, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                           escapechar=None, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({k: _cell(row.get(k, "")) for k in columns})


def _cell(v) -> str:
    # one TSV line per hit: no tabs or newlines inside a cell
    return re.sub(r"[\t\r\n]+", " ", str(v))


def sample(args: argparse.Namespace) -> int:
    report = run_adlint(args.adlint, args.paths)
    root = os.path.abspath(args.root)
    hits: list[dict] = []
    skipped_lang: Counter = Counter()
    for entry in report["files"]:
        path = os.path.abspath(entry["path"])
        rel = os.path.relpath(path, root) if path.startswith(root + os.sep) else path
        if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path, g) for g in args.exclude):
            continue
        if entry.get("language") != args.language:
            skipped_lang[entry.get("language")] += 1
            continue
        spans = [d for d in entry.get("diagnostics", []) if is_span(d)]
        if not spans:
            continue
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            source = fh.read()
        starts = line_starts(source)
        if args.front_matter_only:
            fm = FRONT_MATTER.match(source)
            last = source[:fm.end()].count("\n") if fm else 0
            spans = [d for d in spans if d["line"] <= last]
        for d in spans:
            hits.append({
                "id": hit_id(rel, d["line"], d["column"], d["rule"], d["text"]),
                "rule": d["rule"], "path": rel, "line": d["line"], "col": d["column"],
                "text": _collapse(d["text"]).strip(),
                "context": context(source, starts, d),
                "message": d.get("message", ""), "verdict": "", "reason": "",
            })

    by_rule: dict[str, list[dict]] = defaultdict(list)
    for h in hits:
        by_rule[h["rule"]].append(h)

    old: dict[str, dict] = {}
    for path in args.reuse:
        for row in read_tsv(path):
            if row.get("verdict", "").strip():
                old[row["id"]] = row

    chosen: list[dict] = []
    freq: list[dict] = []
    for rule in sorted(by_rule):
        rows = sorted(by_rule[rule], key=lambda h: h["id"])
        rng = random.Random(f"{args.seed}:{rule}")
        picked = rng.sample(rows, min(args.k, len(rows)))
        picked.sort(key=lambda h: (h["path"], int(h["line"]), int(h["col"])))
        for h in picked:
            if h["id"] in old:
                h["verdict"] = old[h["id"]]["verdict"].strip()
                h["reason"] = old[h["id"]].get("reason", "")
        chosen.extend(picked)
        freq.append({"rule": rule, "hits": len(rows),
                     "files": len({h["path"] for h in rows}), "sampled": len(picked)})

    write_tsv(args.out, COLUMNS, chosen)
    write_tsv(args.freq, FREQ_COLUMNS, freq)
    reused = sum(1 for h in chosen if h["verdict"])
    n_en = sum(1 for e in report["files"] if e.get("language") == args.language)
    print(f"{len(report['files'])} files ({n_en} {args.language}; skipped {dict(skipped_lang)}), "
          f"{len(hits)} span hits in {len(by_rule)} rules; sampled {len(chosen)} "
          f"({reused} verdicts reused) -> {args.out}, {args.freq}")
    return 0


def score(args: argparse.Namespace) -> int:
    freq = {r["rule"]: r for r in read_tsv(args.freq)}
    judged: dict[str, list[bool]] = defaultdict(list)
    blank = 0
    for path in args.judged:
        for row in read_tsv(path):
            v = row.get("verdict", "").strip().upper()
            if v not in ("TP", "FP"):
                blank += 1
                continue
            judged[row["rule"]].append(v == "TP")
    rows = []
    for rule in sorted(judged, key=lambda r: (sum(judged[r]) / len(judged[r]), r)):
        v = judged[rule]
        if len(v) < args.min_judged:
            continue
        hits = int(freq[rule]["hits"]) if rule in freq else 0
        files = freq[rule]["files"] if rule in freq else "?"
        rows.append((rule, hits, files, len(v), sum(v), sum(v) / len(v)))
    print("| rule | hits | files | judged | right | precision | 95% CI |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for rule, hits, files, n, ok, p in rows:
        lo, hi = wilson(ok, n)
        print(f"| {rule} | {hits} | {files} | {n} | {ok} | {p:.0%} | {lo:.0%}–{hi:.0%} |")
    if not rows:
        print("\nNo judged hits.")
        return 1
    unweighted = sum(r[5] for r in rows) / len(rows)
    pooled = sum(r[4] for r in rows) / sum(r[3] for r in rows)
    total = sum(r[1] for r in rows)
    weighted = sum(r[1] * r[5] for r in rows) / total if total else float("nan")
    print()
    print(f"- rules judged: {len(rows)}; hits judged: {sum(r[3] for r in rows)} "
          f"({sum(r[4] for r in rows)} right)" + (f"; {blank} rows without a verdict"
                                                 if blank else ""))
    print(f"- unweighted precision (mean over rules): **{unweighted:.1%}**")
    print(f"- pooled precision (all judged hits): {pooled:.1%}")
    print(f"- frequency-weighted precision (Σ hits·prec / Σ hits, {total} hits): "
          f"**{weighted:.1%}**")
    return 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="run adlint and sample span findings per rule")
    s.add_argument("paths", nargs="+")
    s.add_argument("--adlint", default="adlint", help="adlint command (default: adlint)")
    s.add_argument("-k", type=int, default=10, help="hits sampled per rule (default 10)")
    s.add_argument("--seed", type=int, default=13)
    s.add_argument("--language", default="en",
                   help="keep the files adlint reads in this language (default en; fr for French)")
    s.add_argument("--root", default=".", help="paths in the TSV and ids are relative "
                   "to this folder (default: current folder)")
    s.add_argument("--exclude", nargs="*", default=[], metavar="GLOB",
                   help="skip files whose (relative or absolute) path matches")
    s.add_argument("--reuse", nargs="*", default=[], metavar="TSV",
                   help="judged TSVs whose verdicts are copied to identical hits")
    s.add_argument("--front-matter-only", action="store_true",
                   help="keep only hits inside front matter (front-matter-prose runs)")
    s.add_argument("--out", required=True)
    s.add_argument("--freq", required=True)
    c = sub.add_parser("score", help="per-rule precision of a judged sample")
    c.add_argument("judged", nargs="+")
    c.add_argument("--freq", required=True)
    c.add_argument("--min-judged", type=int, default=1)
    args = p.parse_args(argv)
    return sample(args) if args.cmd == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
