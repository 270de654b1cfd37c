"""Dump adlint's findings and metrics on a corpus in a canonical form, or diff two dumps.

Usage:
  python scripts/ab_findings.py dump OUT.jsonl PATH... [-- ADLINT_ARGS...]
  python scripts/ab_findings.py diff BEFORE.jsonl AFTER.jsonl

`dump` runs `adlint check --format json --no-cache` (default rules unless ADLINT_ARGS
say otherwise) and writes one line per finding, sorted, plus one line of metrics per
file, so two versions of adlint can be compared line by line. `diff` prints what was
added and removed, counted per rule, and exits 1 when the dumps differ.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter


def dump(out: str, args: list[str]) -> int:
    if "--" in args:
        i = args.index("--")
        paths, extra = args[:i], args[i + 1:]
    else:
        paths, extra = args, []
    cmd = [sys.executable, "-m", "adlint", "check", "--format", "json", "--no-cache",
           "--exit-zero", *extra, *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        return 2
    report = json.loads(proc.stdout)
    lines = []
    for entry in report["files"]:
        path = entry["path"]
        for d in entry.get("diagnostics", []):
            lines.append(json.dumps({"path": path, **d}, sort_keys=True, ensure_ascii=False))
        lines.append(json.dumps({"path": path, "metrics": entry.get("metrics"),
                                 "language": entry.get("language")},
                                sort_keys=True, ensure_ascii=False))
    lines.sort()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"{len(report['files'])} files, {len(lines)} lines -> {out}")
    return 0


def _rule(line: str) -> str:
    obj = json.loads(line)
    return obj.get("rule") or obj.get("code") or "(metrics)"


def diff(before: str, after: str) -> int:
    with open(before, encoding="utf-8") as fh:
        a = set(fh.read().splitlines())
    with open(after, encoding="utf-8") as fh:
        b = set(fh.read().splitlines())
    removed, added = sorted(a - b), sorted(b - a)
    for sign, lines in (("-", removed), ("+", added)):
        for rule, n in Counter(_rule(x) for x in lines).most_common():
            print(f"{sign} {n:6d} {rule}")
    for x in removed[:20]:
        print("-", x[:300])
    for x in added[:20]:
        print("+", x[:300])
    print(f"removed={len(removed)} added={len(added)} unchanged={len(a & b)}")
    return 1 if removed or added else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "dump":
        return dump(argv[1], argv[2:])
    if len(argv) == 3 and argv[0] == "diff":
        return diff(argv[1], argv[2])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
